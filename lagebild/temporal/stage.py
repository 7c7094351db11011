"""The temporal document stage and its corpus-level helper for same-day groups."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ..model import Document
from ..stage import DocumentStage
from .calendar import parse_day
from .dct import DctGuess, infer_dct, infer_from_siblings
from .tagger import DOMAINS, STAGE, tag


def _spans(doc: Document) -> Optional[list[tuple[int, int]]]:
    return [(s.start, s.end) for s in doc.sentences] or None


class TemporalStage(DocumentStage):
    """Tag and resolve temporal expressions; infer the publication date when it is missing.

    ``domain``: ``"news"`` (default) or ``"narrative"`` (encyclopaedic text, where
    "heute" is the present and relative dates follow the story).
    ``min_confidence``: an inferred publication date below this is not set
    (the timexes are then resolved without a DCT where they need one); on the
    spkatt benchmark guesses below 0.2 were never right.
    """

    name = STAGE
    provides = ("timexes", "published")
    requires = ("text", "sentences")
    languages = frozenset({"de"})

    def __init__(self, domain: str = "news", min_confidence: float = 0.2) -> None:
        if domain not in DOMAINS:
            raise ValueError(f"domain must be one of {DOMAINS}, not {domain!r}")
        self.domain = domain
        self.min_confidence = float(min_confidence)

    def __call__(self, doc: Document) -> Document:
        text = doc.text or ""
        spans = _spans(doc)
        published, inferred, confidence = doc.published, doc.published_inferred, doc.published_confidence
        if not parse_day(published):
            guess = infer_dct(text, spans)
            if guess.value is None and doc.raw.title:
                # the headline may say "heute" or give the date; offsets do not matter here
                guess = infer_dct(doc.raw.title + "\n" + text)
            if guess.value is not None and guess.confidence >= self.min_confidence:
                published, inferred, confidence = guess.value, True, guess.confidence
        timexes = tag(text, parse_day(published), domain=self.domain, sentences=spans, stage=self.name)
        return replace(doc, timexes=tuple(timexes), published=published, published_inferred=inferred,
                       published_confidence=confidence)


def date_group(docs: Sequence[Document], *, domain: str = "news", stage: str = STAGE) -> list[Document]:
    """Let undated articles of one group (same event or same day) borrow their siblings' dates.

    For a corpus stage: pass the documents of one group, after :class:`TemporalStage`
    ran. Articles with a metadata date are returned unchanged; an article whose
    date is missing or inferred gets the day that its own evidence and its
    siblings' dates support best (``published_inferred=True``), if that is more
    confident than what it had, and its timexes are resolved again against it.
    """
    out = []
    for i, doc in enumerate(docs):
        if doc.published and not doc.published_inferred:
            out.append(doc)
            continue
        siblings = []
        for j, other in enumerate(docs):
            if j == i or not parse_day(other.published):
                continue
            w = 1.0 if not other.published_inferred else float(other.published_confidence or 0.0)
            siblings.append((other.published[:10], w))
        guess: DctGuess = infer_from_siblings(doc.text or "", siblings, _spans(doc))
        if guess.value is None or guess.confidence <= (doc.published_confidence or 0.0):
            out.append(doc)
            continue
        timexes = tag(doc.text or "", guess.value, domain=domain, sentences=_spans(doc), stage=stage)
        out.append(replace(doc, published=guess.value, published_inferred=True,
                           published_confidence=guess.confidence, timexes=tuple(timexes)))
    return out
