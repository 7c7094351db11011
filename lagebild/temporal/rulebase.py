"""What the rule modules share: the rule set, word helpers, durations.

A rule is a regular expression plus a builder that turns a match into a
:class:`~lagebild.temporal.spec.Spec` (or None to reject it). Rule modules
(:mod:`.rules_dates`, :mod:`.rules_relative`, :mod:`.rules_clock`) each fill a
:class:`RuleSet`; :mod:`.extract` lists them explicitly, in a fixed order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from . import lexicon as lx
from .spec import Spec

Builder = Callable[[re.Match, str], Optional[Spec]]
SpanFn = Callable[[re.Match], tuple[int, int]]


@dataclass
class Rule:
    name: str
    regex: re.Pattern
    build: Builder
    span: Optional[SpanFn] = None

    def extent(self, m: re.Match) -> tuple[int, int]:
        """The part of the match that is the expression (prepositions stay outside)."""
        if self.span is not None:
            return self.span(m)
        if "sp" in self.regex.groupindex:
            return m.span("sp")
        return m.span()


class RuleSet:
    """An ordered list of rules, filled with the :meth:`rule` decorator."""

    def __init__(self) -> None:
        self.rules: list[Rule] = []

    def rule(self, name: str, pattern: str, flags: int = 0):
        def deco(fn: Builder) -> Builder:
            self.rules.append(Rule(name, re.compile(pattern, flags), fn))
            return fn
        return deco

    def set_span(self, name: str, fn: SpanFn) -> None:
        for r in self.rules:
            if r.name == name:
                r.span = fn


# Words that set a modifier on a period: "Anfang März", "Ende des Jahres".
MOD_WORDS = {"anfang": "START", "anfangs": "START", "beginn": "START", "mitte": "MID", "ende": "END",
             "ausgang": "END", "laufe": None, "verlauf": None, "start": "START", "schluss": "END"}


def prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\w.§%]+)\W*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([\w%€$°§]+\.?)", text[pos:pos + 30])
    return m.group(1) if m else ""


def sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \t\"„»«(")
    return not before or before[-1] in ".!?:\n" or pos == 0


def in_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a name such as "Bild am Sonntag"."""
    lo = max(0, start - 40)
    return any(m.start() + lo <= start and end <= m.end() + lo
               for m in lx.NAME_TRAPS.finditer(text[lo:end + 40]))


def month_number(word: str) -> Optional[int]:
    w = word.lower().rstrip(".")
    if w in lx.MONTHS:
        return lx.MONTHS[w]
    if w.endswith("es") and w[:-2] in lx.MONTHS:
        return lx.MONTHS[w[:-2]]
    if w.endswith("s") and w[:-1] in lx.MONTHS:
        return lx.MONTHS[w[:-1]]
    return None


def year_of(s: Optional[str], bc: Optional[str] = None) -> tuple[Optional[int], bool]:
    if not s:
        return None, False
    return int(s), bool(bc)


def mod_kind(word: str) -> str:
    """'past' | 'future' | 'follow' | 'before' | 'this' | 'same' for a modifier word."""
    w = re.sub(r"\s+", "", word.lower())
    stem = lx.stem_modifier(w)
    if stem in ("folgend", "darauffolgend", "nachfolgend", "anschließend"):
        return "follow"
    if stem in ("vorangegangen", "vorhergehend", "vorausgegangen"):
        return "before"
    if stem in lx.PAST_MODIFIERS or stem.startswith(("vergangen", "letzt", "vorig")):
        return "past"
    if stem in lx.FUTURE_MODIFIERS or stem.startswith(("kommend", "nächst")):
        return "future"
    if "selb" in stem or stem.startswith(("gleich", "ebendies")):
        return "same"
    return "this"


def rel_offset(kind: str) -> tuple[str, int]:
    """Anchor and offset for a modifier kind: "vergangene Woche" -> ('dct', -1)."""
    return {
        "past": ("dct", -1), "future": ("dct", 1), "this": ("dct", 0),
        "follow": ("ref", 1), "before": ("ref", -1), "same": ("ref", 0),
    }[kind]


def number_of(word: str) -> Optional[float]:
    w = word.lower()
    if w in lx.VAGUE_QUANTITIES:
        return None
    return lx.number_value(w)


def unit_of(word: str) -> Optional[str]:
    return lx.UNITS.get(word.lower())


def duration(n: Optional[float], unit: str) -> str:
    """TIMEX3 duration: (3, 'D') -> 'P3D'; (None, 'Y') -> 'PXY'; (1.5, 'Y') -> 'P1Y6M'; (0.5, 'H') -> 'PT30M'."""
    is_time = unit in ("H", "MIN", "S")
    letter = {"MIN": "M"}.get(unit, unit)
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{letter}"
    if n == int(n):
        return f"{prefix}{int(n)}{letter}"
    whole, frac = int(n), n - int(n)
    smaller = {"Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False), "D": ("H", 24, True),
               "H": ("M", 60, True), "CE": ("DE", 10, False), "DE": ("Y", 10, False)}
    if unit in smaller:
        u2, f, t2 = smaller[unit]
        q2 = frac * f
        if q2 == int(q2):
            head = f"{whole}{letter}" if whole else ""
            if t2 and not is_time:  # "anderthalb Tage": P1DT12H
                return f"P{head}T{int(q2)}{u2}" if head else f"PT{int(q2)}{u2}"
            return f"{prefix}{head}{int(q2)}{u2}"
    return f"{prefix}{str(n).replace('.', ',')}{letter}"


