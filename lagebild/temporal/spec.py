"""What an expression means before it is anchored: the :class:`Spec`.

Extraction (:mod:`.extract`) turns text into ``Spec`` objects; resolution
(:mod:`.resolve`) turns a ``Spec`` plus an anchor into a TIMEX3-style value.
Keeping the two apart lets publication-date inference (:mod:`.dct`) reason
about expressions whose value depends on the very date it is looking for.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Spec:
    kind: str = "date"                 # date | time | duration | set | ref
    # calendar parts given in the text
    year: Optional[int] = None         # astronomical for BC is not used; see ``bc``
    month: Optional[int] = None
    day: Optional[int] = None
    week: Optional[int] = None         # ISO week number ("KW 37")
    weekday: Optional[int] = None      # ISO 1..7
    weekend: bool = False
    season: Optional[str] = None       # SP SU FA WI
    part: Optional[str] = None         # Q1..Q4, H1, H2
    century: Optional[int] = None      # 19 for "20. Jahrhundert"
    decade: Optional[int] = None       # 199 for "1990er Jahre"
    bc: bool = False
    two_digit_year: bool = False
    pod: Optional[str] = None          # MO MI AF EV NI
    hour: Optional[int] = None
    minute: Optional[int] = None
    holiday: Optional[tuple] = None    # ("fixed", month, day) | ("easter", offset)
    # relative parts
    rel: Optional[str] = None          # "dct" (deictic) | "ref" (anaphoric)
    unit: Optional[str] = None         # D W M Y WE Q H DE CE, for offsets
    offset: int = 0
    precision: Optional[str] = None    # granularity of the result of an offset
    year_offset: Optional[int] = None  # "März des vergangenen Jahres": year = anchor year + n
    year_rel: Optional[str] = None     # anchor for year_offset
    direction: Optional[int] = None    # -1 past, +1 future, 0 this one; None: decide by tense
    strict: bool = False               # direction excludes the current unit ("vergangenen Dienstag")
    mod: Optional[str] = None          # START MID END APPROX
    ref_word: Optional[str] = None     # PRESENT_REF | PAST_REF | FUTURE_REF
    duration: Optional[str] = None     # "P3D"
    vague: Optional[tuple] = None      # (unit, n or None, sign) for "in den kommenden Tagen"
    set_value: Optional[str] = None
    time_of: bool = False              # a clock time that takes its day from context
    needs_context: bool = False        # bare day "am 16." that takes month/year from context
    notes: dict = field(default_factory=dict)

    @property
    def explicit_day(self) -> bool:
        """A full calendar date stands in the text (day, month and four-digit year)."""
        return (self.year is not None and self.month is not None and self.day is not None
                and not self.two_digit_year and self.rel is None and self.year_offset is None)
