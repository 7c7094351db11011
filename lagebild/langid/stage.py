"""The language-identification document stage."""
from __future__ import annotations

from dataclasses import replace

from ..model import Document
from ..stage import DocumentStage
from .detect import detect_language


class LinguaLangId(DocumentStage):
    name = "langid.lingua.v1"
    provides = ("language",)
    requires = ("text",)

    def __call__(self, doc: Document) -> Document:
        lang, conf = detect_language(doc.text or "")
        return replace(doc, language=lang, language_confidence=conf)
