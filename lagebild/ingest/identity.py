"""Stable ids: the same input gives the same article id on every run."""
from __future__ import annotations

import hashlib
import re

from ..model import RawArticle

_WS = re.compile(r"\s+")


def article_id(raw: RawArticle) -> str:
    """Id from where the article came from and what it says.

    Including the source keeps an exact copy under another path as its own row
    (linked to its original as a duplicate) instead of silently collapsing it.
    """
    h = hashlib.sha1()
    h.update(raw.source.encode("utf-8", "surrogatepass"))
    h.update(b"\x00")
    h.update(_WS.sub(" ", raw.raw_text).strip().encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


def content_hash(text: str) -> str:
    """Hash of the normalised clean text, for exact-duplicate detection."""
    norm = _WS.sub(" ", text).strip().casefold()
    return hashlib.sha1(norm.encode("utf-8", "surrogatepass")).hexdigest()
