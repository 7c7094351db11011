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
        res = clean_text(doc.raw.raw_text)
        if len(res.text.strip()) < self.min_chars:
            raise InputError(E_NO_TEXT, f"no article text left after cleaning ({len(res.text.strip())} chars)")
        published = doc.published or doc.raw.published or res.stamped_date
        raw = doc.raw
        title = clean_title(raw.title, raw.outlet)
        if title != raw.title:
            raw = replace(raw, title=title)
        return replace(doc, raw=raw, text=res.text, removed=tuple(res.removed), published=published)
