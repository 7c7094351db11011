"""Find German temporal expressions and say what they mean (a :class:`Spec`).

Each rule is a regular expression plus a builder that turns a match into a
``Spec`` (or rejects it). All rules run over the text; overlapping candidates
are settled longest-first. Then modifiers are attached ("Anfang", "Mitte",
"Ende", "gegen"; parts of day such as "in den frühen Morgenstunden des ...").
Nothing here needs the publication date: values are computed in
:mod:`.resolve`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from . import rules_clock, rules_dates, rules_relative
from .rulebase import MOD_WORDS, Rule
from .spec import Spec


@dataclass
class Candidate:
    start: int
    end: int
    spec: Spec
    rule: str


# Every rule, in a fixed order: listed here, not registered by importing.
RULES: tuple[Rule, ...] = (*rules_dates.RULES.rules, *rules_relative.RULES.rules, *rules_clock.RULES.rules)


# What may stand right before an expression to set its modifier: "Anfang", "Mitte", "Ende" ...
_MOD_PREFIX = re.compile(
    r"(?:(?P<g>[Gg]egen|[Zz]u)\s+)?(?P<mod>Anfang|Anfangs|Beginn|Mitte|Ende|Ausgang|Laufe|Verlauf|Start|"
    r"Spätsommer)(?:\s+(?:des|der|dem|den|diese[sn]|kommenden|nächsten|vergangenen|letzten))?\s+$"
)
_APPROX_PREFIX = re.compile(r"(?P<a>[Uu]m|[Ee]twa|[Uu]ngefähr|[Cc]irca|ca\.|[Gg]egen|[Kk]napp|[Ss]pätestens|[Ff]rühestens)\s+(?:das\s+Jahr\s+)?$")
_POD_PREFIX = re.compile(
    r"(?:(?P<fs>frühen|späten|späteren)\s+)?(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Morgenstunden|"
    r"Abendstunden|Nachmittagsstunden|Nachtstunden|Mittagsstunden)\s+(?:des|vom|am|dieses)\s+$"
)
_POD_GEN_PREFIX = re.compile(
    r"(?:(?P<fs>frühen|späten|späteren)\s+)?(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Morgenstunden|"
    r"Abendstunden|Nachmittagsstunden|Nachtstunden|Mittagsstunden)\s+$"
)
_POD_SUFFIX_AFTER = re.compile(r"^,?\s+(?P<pod>morgens|abends|nachmittags|vormittags|nachts|früh|mittags)(?![\w])")


def _day_like(spec: Spec) -> bool:
    if spec.kind not in ("date",):
        return False
    if spec.day is not None or spec.weekday is not None or spec.holiday is not None:
        return True
    return spec.rel is not None and spec.unit == "D"


def _periodic(spec: Spec) -> bool:
    """Can take "Anfang/Mitte/Ende": months, years, seasons, decades, centuries, weeks."""
    if spec.kind != "date" or spec.day is not None or spec.weekday is not None:
        return False
    if spec.rel is not None:
        return spec.unit in ("W", "M", "Y", "DE", "CE", "Q", "H")
    return any(x is not None for x in (spec.month, spec.year, spec.season, spec.decade, spec.century, spec.week)) \
        or "decade2" in spec.notes


def find(text: str) -> list[Candidate]:
    """All temporal expressions in ``text``, left to right, with their meaning."""
    cands: list[Candidate] = []
    for r in RULES:
        name = r.name
        for m in r.regex.finditer(text):
            try:
                spec = r.build(m, text)
            except (KeyError, ValueError):
                spec = None
            if spec is None:
                continue
            start, end = r.extent(m)
            # trim whitespace the pattern may have swallowed
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                cands.append(_attach(Candidate(start, end, spec, name), text))
    return _merge_times(_select(cands), text)


def _merge_times(cands: list[Candidate], text: str) -> list[Candidate]:
    """"11. November, 11 Uhr" is one expression; "11. November um 11 Uhr" stays two."""
    out: list[Candidate] = []
    for c in cands:
        if out and c.spec.kind == "time" and c.spec.time_of and _day_like(out[-1].spec) \
                and re.fullmatch(r",?\s*", text[out[-1].end:c.start]):
            prev = out[-1]
            prev.spec.kind, prev.spec.hour, prev.spec.minute = "time", c.spec.hour, c.spec.minute
            prev.spec.time_of = False
            prev.spec.notes.update(c.spec.notes)
            prev.end = c.end
            continue
        out.append(c)
    return out


_PRIORITY = {"day_month": 0, "numeric_dmy": 0, "iso": 0, "month_year": 1, "weekday": 1, "deictic": 2,
             "quantity": 3, "year": 5, "month": 4, "now": 6, "pod": 6, "pod_adverb": 6}


def _select(cands: list[Candidate]) -> list[Candidate]:
    cands.sort(key=lambda c: (-(c.end - c.start), _PRIORITY.get(c.rule, 3), c.start))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in occupied):
            continue
        taken.append(c)
        occupied.append((c.start, c.end))
    taken.sort(key=lambda c: c.start)
    return taken


def _attach(c: Candidate, text: str) -> Candidate:
    """Grow a candidate by the modifiers around it: "Anfang", "gegen", "am frühen Morgen des"."""
    spec = c.spec
    before = text[max(0, c.start - 40):c.start]
    if _periodic(spec) and spec.mod is None:
        m = _MOD_PREFIX.search(before)
        if m:
            spec.mod = MOD_WORDS.get(m["mod"].lower(), "END" if m["mod"] == "Spätsommer" else None)
            c.start -= len(before) - m.start()
            if m["g"] and m["g"].lower() == "zu":
                c.start += len(m["g"]) + 1
            return c
    if spec.kind == "date" and (spec.year is not None or spec.decade is not None or spec.century is not None) \
            and spec.month is None and spec.mod is None:
        m = _APPROX_PREFIX.search(before)
        if m and m["a"].lower() not in ("spätestens", "frühestens", "knapp"):
            spec.mod = "APPROX"
            c.start -= len(before) - m.start()
            return c
    if _day_like(spec) and spec.pod is None:
        m = _POD_PREFIX.search(before)
        if m is None and re.match(r"(?:des|dies|jene|eben)", text[c.start:c.start + 6]):
            m = _POD_GEN_PREFIX.search(before)
        if m:
            spec.pod = lx.PARTS_OF_DAY[m["pod"].lower()]
            c.start -= len(before) - m.start()
            return c
        after = text[c.end:c.end + 20]
        m = _POD_SUFFIX_AFTER.match(after)
        if m and spec.hour is None:
            spec.pod = lx.PARTS_OF_DAY[m["pod"].lower()]
            c.end += m.end()
    if spec.notes.get("bare_pod") and spec.kind == "date":
        m = re.match(r"\s+(?:des|vom)\s+", text[c.end:c.end + 12])
        if m:
            spec.notes["pod_of_next"] = True
    return c
