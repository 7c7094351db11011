"""Fixtures of the quotes tests: self-written German texts run through the
segment stage (no language detection, no NER)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from lagebild.model import Document, Mention
from lagebild.pipeline import make_document
from lagebild.quotes import QuoteStage
from lagebild.segment.stage import SegmentStage


def segmented(text: str, outlet: str | None = "Testblatt", mentions: tuple[Mention, ...] = ()) -> Document:
    doc = make_document(text, outlet=outlet)
    doc = replace(doc, text=text, language="de", mentions=mentions)
    return SegmentStage()(doc)


def quotes_of(text: str, mentions: tuple[Mention, ...] = ()):
    return QuoteStage()(segmented(text, mentions=mentions)).quotes


@pytest.fixture
def quotes():
    """``quotes(text)`` -> the Quote records of ``text``."""
    return quotes_of


@pytest.fixture
def doc():
    """``doc(text, outlet=…)`` -> a segmented Document."""
    return segmented


def only(qs, **want):
    """The single quote whose fields match ``want`` (substring match for text)."""
    hits = [q for q in qs if all((v in getattr(q, k)) if k == "text" else getattr(q, k) == v
                                 for k, v in want.items())]
    assert len(hits) == 1, (want, qs)
    return hits[0]
