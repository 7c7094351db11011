"""The quotes document stage."""
from __future__ import annotations

from dataclasses import replace

from ..model import Document
from ..stage import DocumentStage
from .api import STAGE, document_attributions, to_quotes


class QuoteStage(DocumentStage):
    """Direct, indirect and reported speech with cue, speaker and addressee.

    Works with ``doc.mentions`` when the NER stage ran before it, and without.
    """

    name = STAGE
    provides = ("quotes",)
    requires = ("text", "sentences", "tokens")
    languages = frozenset({"de"})

    def __call__(self, doc: Document) -> Document:
        if not doc.text or not doc.tokens:
            return replace(doc, quotes=())
        td, attrs = document_attributions(doc)
        return replace(doc, quotes=tuple(to_quotes(td, attrs, STAGE)))
