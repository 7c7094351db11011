"""Tag a German text: find expressions, pick a direction, resolve, emit :class:`Timex`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional, Sequence

from ..model import Timex
from .calendar import parse_day
from .extract import Candidate, find
from .resolve import Context, Resolved, resolve, update_ref
from .spec import Spec
from .tense import direction

STAGE = "temporal.rules.v1"
DOMAINS = ("news", "narrative")

# A simple sentence splitter, used only when no sentence spans are given.
_SENT_END = re.compile(r"(?<=[.!?])[\"“»«)]?\s+(?=[\"„»«(]?[A-ZÄÖÜ0-9])|\n\s*\n")
_NO_END = re.compile(r"(?:\b\d{1,2}\.|\b[A-Za-zÄÖÜäöü]{1,3}\.|\bv\. Chr\.|\bn\. Chr\.)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans: enough to find the verbs around an expression."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        if _NO_END.search(text[max(start, m.start() - 12):m.start()]) and "\n" not in m.group():
            continue
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s] or [(0, len(text))]


@dataclass
class Tagged:
    """An expression with its meaning and resolution (internal, richer than :class:`Timex`)."""

    cand: Candidate
    res: Optional[Resolved]
    direction: Optional[int]
    sentence: tuple[int, int]

    @property
    def spec(self) -> Spec:
        return self.cand.spec


def _needs_direction(spec: Spec) -> bool:
    if spec.kind == "duration":
        return bool(spec.notes.get("in"))
    if spec.needs_context:
        return spec.notes.get("month_from_right", False)
    if spec.kind != "date" or spec.rel is not None:
        return False
    if spec.year is not None or spec.year_offset is not None:
        return False
    return (spec.weekday is not None or spec.weekend or spec.holiday is not None
            or any(x is not None for x in (spec.month, spec.season, spec.part, spec.week)))


# Connectors between a partial date and a fuller one it borrows from: "Mai/Juni 2021", "13. bis 15. Mai".
_BRIDGE = re.compile(r"^\s*(?:/|–|-|bis(?:\s+zu[mr])?|und|oder|sowie|bzw\.|,|auf|zu[mr]?)\s*(?:(?:de[mn]|zum|am|auf\s+den)\s+)?$")


def _inherit(cands: Sequence[Candidate], text: str) -> None:
    """Fill missing years and months from a neighbour joined by "bis", "/", "und"."""
    for i in range(len(cands) - 2, -1, -1):
        a, b = cands[i].spec, cands[i + 1].spec
        if a.kind != "date" or b.kind not in ("date", "time") or a.rel or a.year is not None:
            continue
        if not _BRIDGE.match(text[cands[i].end:cands[i + 1].start]):
            continue
        if a.month is None and a.needs_context and b.month is not None:
            a.month = b.month
            a.needs_context = b.year is None and b.year_offset is None
            if a.needs_context:
                a.notes["month_from_right"] = True
        if b.year is None and b.year_offset is None:
            continue
        if a.month is None and a.season is None and not a.needs_context:
            continue
        a.year, a.bc, a.two_digit_year = b.year, b.bc, b.two_digit_year
        a.year_offset, a.year_rel = b.year_offset, b.year_rel
        a.needs_context = a.needs_context and a.month is None
    for i in range(1, len(cands)):
        a, b = cands[i - 1].spec, cands[i].spec
        if b.kind != "date" or b.rel or b.year is not None or a.kind != "date" or a.year is None:
            continue
        if not (b.month is not None or b.season is not None) or b.weekday is not None:
            continue
        gap = text[cands[i - 1].end:cands[i].start]
        if re.match(r"^\s*(?:bis(?:\s+zu[mr])?|–|-|/|und)\s*(?:(?:de[mn]|zum|am)\s+)?$", gap):
            b.year, b.bc = a.year, a.bc


_ASIDE_BEFORE = {"ab", "seit", "bis", "von", "vor", "nach", "zwischen", "aus", "für"}


def _aside(c: Candidate, text: str, sentence: tuple[int, int]) -> bool:
    """A bare year that does not move the story's time: "seit 2015", "(1901–1989)"."""
    spec = c.spec
    if c.rule not in ("year", "year_short") or spec.month is not None or spec.mod is not None:
        return False
    before = text[sentence[0]:c.start]
    if before.count("(") > before.count(")"):
        return True
    words = re.findall(r"[\w]+", before[-30:])
    if words and words[-1].lower() in _ASIDE_BEFORE:
        return True
    after = text[c.end:c.end + 12]
    if re.match(r"[ \t]*(?:/\d+[ \t]*)?(?:\n|$)", after):
        return False  # a heading: "Rückblick 2019"
    # "bei der Fußball-WM 2006": a year naming a thing
    return bool(words) and words[-1][0].isupper() and words[-1].lower() not in _TIME_NOUNS \
        and len(words) > 1


def _heading(c: Candidate, text: str) -> bool:
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(line) < 80 and not line.rstrip().endswith((".", ":", "!", "?"))


_TIME_NOUNS = {"jahr", "jahre", "jahres", "sommer", "winter", "herbst", "frühjahr", "frühling", "anfang",
               "ende", "mitte", "beginn", "im", "januar", "februar", "märz", "april", "mai", "juni", "juli",
               "august", "september", "oktober", "november", "dezember", "kriegsjahr", "jahreswechsel"}


def analyse(text: str, dct: Optional[date | str] = None, *, domain: str = "news",
            sentences: Optional[Iterable[tuple[int, int]]] = None) -> list[Tagged]:
    """Find and resolve every expression; the richer form behind :func:`tag`."""
    if domain not in DOMAINS:
        raise ValueError(f"domain must be one of {DOMAINS}, not {domain!r}")
    d = parse_day(dct) if isinstance(dct, str) else dct
    sents = sorted(sentences) if sentences else split_sentences(text)
    cands = find(text)
    _inherit(cands, text)
    ctx = Context(d, domain)
    # where each expression sits, and which way its sentence points
    where, dirs = [], []
    si = 0
    for c in cands:
        while si < len(sents) - 1 and sents[si][1] <= c.start:
            si += 1
        s0, s1 = sents[si]
        where.append((s0, s1))
        dirs.append(direction(text[s0:s1], c.start - s0, text[max(s0, c.start - 30):c.start])
                    if _needs_direction(c.spec) else None)
    for i, c in enumerate(cands):
        if c.spec.notes.get("month_from_right") and i + 1 < len(cands):
            dirs[i] = dirs[i + 1]  # "vom 1. bis 3. August": both ends point the same way
    out: list[Tagged] = []
    for c, (s0, s1), dirn in zip(cands, where, dirs):
        res = resolve(c.spec, ctx, dirn)
        if res is not None and (c.spec.kind == "date" or (c.spec.kind == "time" and not c.spec.time_of)) \
                and not c.spec.notes.get("bare_pod") and not _aside(c, text, (s0, s1)):
            update_ref(ctx, c.spec, res)
            if c.spec.year is not None and not c.spec.bc and c.spec.year_offset is None:
                # a heading ("1864" on a line of its own) sets the story's year outright
                ctx.years.extend([ctx.ref.year] * (3 if _heading(c, text) else 1))
        out.append(Tagged(c, res, dirn, (s0, s1)))
    return out


def to_timex(t: Tagged, text: str, stage: str = STAGE) -> Optional[Timex]:
    if t.res is None:
        return None
    r = t.res
    return Timex(start=t.cand.start, end=t.cand.end, text=text[t.cand.start:t.cand.end], type=r.type,
                 value=r.value, granularity=r.granularity, anchor=r.anchor, stage=stage,
                 range_start=r.range_start, range_end=r.range_end)


def tag(text: str, dct: Optional[date | str] = None, *, domain: str = "news",
        sentences: Optional[Iterable[tuple[int, int]]] = None, stage: str = STAGE) -> list[Timex]:
    """Temporal expressions in ``text`` as :class:`~lagebild.model.Timex` records.

    ``dct`` is the publication date (``"2023-09-14"``) that deictic expressions
    are resolved against; without it they keep unknown parts (``XXXX-XX-XX``).
    ``domain`` is ``"news"`` (default) or ``"narrative"`` for encyclopaedic text.
    ``sentences`` are optional ``(start, end)`` spans; a simple splitter is used otherwise.
    """
    out = []
    for t in analyse(text, dct, domain=domain, sentences=sentences):
        tx = to_timex(t, text, stage)
        if tx is not None:
            out.append(tx)
    return out
