"""The segment document stage."""
from __future__ import annotations

from dataclasses import replace

from ..model import Document, Sentence, Token
from ..stage import DocumentStage
from .sentences import split_sentences
from .tokens import tokenize

STAGE = "segment.rules.v1"


class SegmentStage(DocumentStage):
    name = STAGE
    provides = ("sentences", "tokens")
    requires = ("text",)

    def __call__(self, doc: Document) -> Document:
        text = doc.text or ""
        spans = tokenize(text)
        sents = split_sentences(text, spans)
        return replace(
            doc,
            tokens=tuple(Token(s, e, text[s:e], STAGE) for s, e in spans),
            sentences=tuple(Sentence(s, e, STAGE) for s, e in sents),
        )
