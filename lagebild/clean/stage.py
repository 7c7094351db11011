"""The clean document stage."""
from __future__ import annotations

from dataclasses import replace

from ..errors import E_NO_TEXT, InputError
from ..model import Document
from ..stage import DocumentStage
from .clean import STAGE, clean_text
from .title import clean_title


class CleanStage(DocumentStage):
    name = STAGE
    provides = ("text", "removed")
    requires = ("raw",)

    def __init__(self, min_chars: int = 20) -> None:
        self.min_chars = min_chars

    def __call__(self, doc: Document) -> Document:
        raw = doc.raw
        title = clean_title(raw.title, raw.outlet)
        res = clean_text(raw.raw_text, title=title)
        if len(res.text.strip()) < self.min_chars:
            raise InputError(E_NO_TEXT, f"no article text left after cleaning ({len(res.text.strip())} chars)")
        if title != raw.title:
            raw = replace(raw, title=title)
        doc = replace(doc, raw=raw, text=res.text, removed=tuple(res.removed))
        if not (doc.published or raw.published) and res.stamped_date:
            # a "Stand: 13.09.2023" line is the page's own stamp, but it came from the text: mark it inferred
            doc = replace(doc, published=res.stamped_date, published_inferred=True, published_confidence=0.95)
        return doc
