"""Fixtures of the claims tests: self-written German articles, segmented and
run through the quotes and claims stages."""
from __future__ import annotations

from dataclasses import replace

import pytest

from lagebild.claims import ClaimStage
from lagebild.pipeline import make_document
from lagebild.segment.stage import SegmentStage


def analysed(text: str, outlet: str | None = "Tagesblatt", source: str = "<test>"):
    doc = make_document(text, outlet=outlet, source=source)
    doc = replace(doc, text=text, language="de")
    return ClaimStage()(SegmentStage()(doc))


@pytest.fixture
def article():
    """``article(text, outlet=…, source=…)`` -> a Document with claims."""
    return analysed


def claim(doc, needle: str):
    hits = [c for c in doc.claims if needle in c.text]
    assert len(hits) == 1, (needle, doc.claims)
    return hits[0]
