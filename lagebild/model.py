"""Typed records of Lagebild.

Every annotation is stand-off: ``start``/``end`` are character offsets into the
article's clean ``text`` (which never changes after the clean stage), and
``stage`` names the versioned stage that produced it (e.g. ``"segment.rules.v1"``).
Records are frozen dataclasses whose field names match the store's columns.
No library objects ever live inside a record.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

__all__ = [
    "RawArticle", "Removal", "Sentence", "Token", "Mention", "Timex", "Quote",
    "Claim", "Document", "Skipped", "replace",
]


@dataclass(frozen=True)
class RawArticle:
    """What ingest read from one input, before any analysis."""

    source: str                      # input path, URL, or "path#entry" for containers
    format: str                      # txt | html | feed | warc | jsonl | stdin
    raw_text: str                    # text as extracted (still with furniture)
    title: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None  # ISO date/datetime from metadata, or None
    encoding: Optional[str] = None   # detected input encoding for text files


@dataclass(frozen=True)
class Removal:
    """A span of page furniture removed by the clean stage.

    ``raw_start``/``raw_end`` point into the raw text; ``at`` is the offset in the
    clean text where the removed material used to be.
    """

    text: str
    reason: str
    raw_start: int
    raw_end: int
    at: int
    stage: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    stage: str


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    stage: str


@dataclass(frozen=True)
class Mention:
    """A named-entity mention (PER, ORG, LOC, MISC)."""

    start: int
    end: int
    text: str
    label: str
    score: float
    stage: str


@dataclass(frozen=True)
class Timex:
    """A temporal expression normalised to a TIMEX3-style value."""

    start: int
    end: int
    text: str
    type: str                        # DATE | TIME | DURATION | SET
    value: str                       # e.g. 2023-09-13, 2023-W37, PT5H, XXXX-WXX-1
    granularity: str                 # day | month | year | week | time | duration | range | ...
    anchor: Optional[str]            # the date it was resolved against (DCT or a reference)
    stage: str
    range_start: Optional[str] = None  # for vague expressions, e.g. "Anfang März"
    range_end: Optional[str] = None


@dataclass(frozen=True)
class Quote:
    start: int                       # message span
    end: int
    text: str
    kind: str                        # direct | indirect | reported
    cue: Optional[str]
    cue_start: Optional[int]
    cue_end: Optional[int]
    speaker_text: Optional[str]
    speaker_start: Optional[int]
    speaker_end: Optional[int]
    stage: str
    addressee_text: Optional[str] = None
    addressee_start: Optional[int] = None
    addressee_end: Optional[int] = None


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    text: str
    modality: str                    # asserted | reported | alleged | denied | planned
    chain: tuple[str, ...]           # outlet, relays..., origin
    origin: Optional[str]
    subject: Optional[str]
    stage: str
    origin_start: Optional[int] = None   # the origin's mention in the text, when the article names it
    origin_end: Optional[int] = None


@dataclass(frozen=True)
class Document:
    """One article moving through the document stages.

    Stages never mutate a Document; they return ``replace(doc, ...)``.
    """

    id: str
    raw: RawArticle
    text: Optional[str] = None
    removed: tuple[Removal, ...] = ()
    language: Optional[str] = None
    language_confidence: Optional[float] = None
    published: Optional[str] = None
    published_inferred: bool = False
    published_confidence: Optional[float] = None
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    stages: tuple[str, ...] = ()     # names of the stages applied, in order

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None


@dataclass(frozen=True)
class Skipped:
    """A rejected or broken input: counted, reported, never silently dropped."""

    source: str
    stage: str
    reason: str

    def line(self) -> str:
        return f"{self.source}: {self.stage}: {self.reason}"
