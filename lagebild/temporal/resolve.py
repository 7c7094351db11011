"""Turn a :class:`Spec` into a TIMEX3-style value against an anchor.

Two anchors exist. The *publication date* (DCT) anchors deictic expressions
("gestern", "vergangene Woche", "am Mittwoch"). The *reference time* — the
last date the text itself mentioned — anchors anaphoric ones ("am selben Tag",
"zwei Tage später", "im folgenden Jahr"). In the ``narrative`` domain
(encyclopaedic or historical text) every relative expression is anaphoric and
"heute" means the present (``PRESENT_REF``), as in TIMEX2 practice.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Optional

from .calendar import (
    add_months, add_months_to_day, add_years_to_day, easter, fmt_month, fmt_year, interval, iso_week,
    last_day, week_monday,
)
from .rulebase import duration
from .spec import Spec

SEASON_MID = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


@dataclass
class RefTime:
    """The reference time: the most specific date the text mentioned last."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    bc: bool = False

    def as_date(self) -> Optional[date]:
        if self.year and self.month and self.day and not self.bc:
            try:
                return date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None

    def value(self) -> Optional[str]:
        if self.year is None:
            return None
        if self.bc:
            return fmt_year(1 - self.year)
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return fmt_month(self.year, self.month)
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass
class Context:
    dct: Optional[date]
    domain: str = "news"
    ref: RefTime = field(default_factory=RefTime)
    years: list = field(default_factory=list)   # explicit years seen so far (narrative)

    def story_year(self) -> tuple[Optional[int], bool]:
        """The year a narration is in: the median of the last three explicit years.

        One glance ahead ("der ab dem 1. Juli 1990 gelten sollte") does not move the story.
        """
        if len(self.years) >= 3:
            last = sorted(self.years[-3:])
            y = last[1]
            if self.ref.year is not None and (y, False) != (self.ref.year, self.ref.bc):
                return y, self.ref.bc
        return self.ref.year, self.ref.bc

    def __post_init__(self) -> None:
        if self.dct and self.ref.year is None and self.domain == "news":
            self.ref = RefTime(self.dct.year, self.dct.month, self.dct.day)

    @property
    def narrative(self) -> bool:
        return self.domain == "narrative"

    def anchor_for(self, rel: Optional[str]) -> tuple[RefTime, Optional[str]]:
        """The anchor for a relative expression and its ISO form."""
        if rel == "dct" and not self.narrative and self.dct:
            return RefTime(self.dct.year, self.dct.month, self.dct.day), self.dct.isoformat()
        if self.ref.year is not None:
            return self.ref, self.ref.value()
        if self.dct:
            return RefTime(self.dct.year, self.dct.month, self.dct.day), self.dct.isoformat()
        return RefTime(), None


@dataclass
class Resolved:
    type: str
    value: str
    granularity: str
    anchor: Optional[str] = None
    range_start: Optional[str] = None
    range_end: Optional[str] = None


def _day_value(d: date, pod: Optional[str] = None) -> str:
    v = d.isoformat()
    return v + "T" + pod if pod else v


def _pick_year(month: int, day: Optional[int], anchor: date, direction: Optional[int], strict: bool) -> int:
    """The year that puts (month, day) in the right direction from ``anchor``."""
    def key(y: int) -> date:
        return date(y, month, min(day or 15, last_day(y, month)))

    cur = key(anchor.year)
    if day is None:
        same = (month == anchor.month)
        if direction == -1:
            if same:
                return anchor.year - 1 if strict else anchor.year
            return anchor.year if month < anchor.month else anchor.year - 1
        if direction == 1:
            if same:
                return anchor.year + 1 if strict else anchor.year
            return anchor.year if month > anchor.month else anchor.year + 1
        if direction == 0:
            return anchor.year
        # nearest, ties to the current year
        best = min((anchor.year - 1, anchor.year, anchor.year + 1),
                   key=lambda y: (abs((y * 12 + month) - (anchor.year * 12 + anchor.month)), y != anchor.year))
        return best
    if direction == -1:
        return anchor.year if cur <= anchor and not (strict and cur == anchor) else anchor.year - 1
    if direction == 1:
        return anchor.year if cur >= anchor and not (strict and cur == anchor) else anchor.year + 1
    if direction == 0:
        return anchor.year
    return min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda y: (abs((key(y) - anchor).days), y != anchor.year))


def _weekday_date(weekday: int, anchor: date, direction: Optional[int], strict: bool) -> date:
    delta = weekday - anchor.isoweekday()
    if direction == 1:
        if delta < 0 or (strict and delta == 0):
            delta += 7
        return anchor + timedelta(days=delta)
    if direction == 0:  # "diesen Mittwoch": this week's
        return anchor + timedelta(days=delta)
    # past (the default in news): the most recent one, today included unless strict
    if delta > 0 or (strict and delta == 0):
        delta -= 7
    return anchor + timedelta(days=delta)


def _mod_range(value: str, gran: str, mod: Optional[str]) -> Optional[tuple[str, str]]:
    """The part of ``value``'s interval that "Anfang", "Mitte", "Ende" pick out."""
    iv = interval(value)
    if not iv or mod not in ("START", "MID", "END", "APPROX"):
        return None
    a, b = date.fromisoformat(iv[0]), date.fromisoformat(iv[1])
    if mod == "APPROX":
        if gran == "year":
            return add_years_to_day(a, -1).isoformat(), add_years_to_day(b, 1).isoformat()
        return None
    if gran == "month":
        cuts = {"START": (1, 10), "MID": (11, 20), "END": (21, last_day(a.year, a.month))}[mod]
        return date(a.year, a.month, cuts[0]).isoformat(), date(a.year, a.month, cuts[1]).isoformat()
    if gran == "year":
        cuts = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        return date(a.year, cuts[0], 1).isoformat(), date(a.year, cuts[1], last_day(a.year, cuts[1])).isoformat()
    n = (b - a).days + 1
    third = n // 3
    if mod == "START":
        return a.isoformat(), (a + timedelta(days=third - 1)).isoformat()
    if mod == "MID":
        return (a + timedelta(days=third)).isoformat(), (a + timedelta(days=2 * third - 1)).isoformat()
    return (a + timedelta(days=2 * third)).isoformat(), b.isoformat()


def _shift(anchor: RefTime, unit: str, n: int, precision: Optional[str], pod: Optional[str],
           fraction: Optional[float] = None) -> Optional[tuple[str, str]]:
    """Move ``anchor`` by ``n`` units; returns (value, granularity) or None."""
    if fraction is not None and fraction != int(fraction):
        # "vor einem halben Jahr" -> six months
        conv = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}
        if unit in conv:
            unit, f = conv[unit]
            n = int(round(n / abs(n) * abs(fraction) * f)) if n else int(round(fraction * f))
            if precision:
                precision = unit
    d = anchor.as_date()
    if anchor.year is None:
        return None
    if unit == "D":
        if d is None:
            return (anchor.value(), "month" if anchor.month else "year") if n == 0 else None
        return _day_value(d + timedelta(days=n), pod), ("daypart" if pod else "day")
    if unit == "H":
        return None
    if unit == "W":
        if d is None:
            return None
        moved = d + timedelta(weeks=n)
        if precision == "D":
            return moved.isoformat(), "day"
        return iso_week(moved), "week"
    if unit == "WE":
        if d is None:
            return None
        return iso_week(d + timedelta(weeks=n)) + "-WE", "week"
    if unit == "M":
        if anchor.month is None:
            return None
        if precision == "D" and d is not None:
            return add_months_to_day(d, n).isoformat(), "day"
        y, m = add_months(anchor.year, anchor.month, n)
        return fmt_month(y, m), "month"
    if unit == "Y":
        if precision == "D" and d is not None:
            return add_years_to_day(d, n).isoformat(), "day"
        return _year_value(anchor.year, anchor.bc, n), "year"
    if unit == "Q":
        if anchor.month is None:
            return None
        q = (anchor.month - 1) // 3 + n
        y, q = anchor.year + q // 4, q % 4 + 1
        return f"{y:04d}-Q{q}", "quarter"
    if unit == "DE":
        return f"{(anchor.year // 10) + n:03d}", "decade"
    if unit == "CE":
        return f"{(anchor.year // 100) + n:02d}", "century"
    return None


def _year_value(year: int, bc: bool, n: int = 0) -> str:
    """Year ``year`` moved by ``n``; BC years count down ("ein Jahr später" than 490 BC is 489 BC)."""
    if bc:
        return f"BC{year - n:04d}"
    return f"{year + n:04d}"


def resolve(spec: Spec, ctx: Context, direction: Optional[int] = None) -> Optional[Resolved]:
    """The value of ``spec`` in context; None when it cannot be placed at all."""
    if spec.kind == "set":
        return Resolved("SET", spec.set_value or "", "set")
    if spec.kind == "ref":
        return _resolve_ref(spec, ctx)
    if spec.kind == "duration":
        return _resolve_duration(spec, ctx, direction)
    if spec.kind == "time":
        return _resolve_time(spec, ctx)
    return _resolve_date(spec, ctx, direction)


def _resolve_ref(spec: Spec, ctx: Context) -> Resolved:
    value = spec.ref_word or "PRESENT_REF"
    anchor_t, anchor = ctx.anchor_for("dct")
    r = Resolved("DATE", value, "ref", anchor)
    d = anchor_t.as_date()
    if d and spec.unit in ("D", "W", "M", "Y") and value != "PRESENT_REF":
        days = {"D": 1, "W": 7, "M": 30, "Y": 365}[spec.unit]
        if value == "PAST_REF":
            r.range_start, r.range_end = (d - timedelta(days=7 * days)).isoformat(), (d - timedelta(days=2 * days)).isoformat()
        else:
            r.range_start, r.range_end = (d + timedelta(days=2 * days)).isoformat(), (d + timedelta(days=7 * days)).isoformat()
        r.granularity = "range"
    return r


def _resolve_duration(spec: Spec, ctx: Context, direction: Optional[int]) -> Resolved:
    if spec.vague:
        return _resolve_vague(spec, ctx)
    if spec.notes.get("in") and not ctx.narrative and direction != -1:
        anchor_t, anchor = ctx.anchor_for("dct")
        if spec.ref_word:
            return Resolved("DATE", spec.ref_word, "ref", anchor)
        shifted = _shift(anchor_t, spec.unit or "D", spec.offset, spec.unit, None)
        if shifted:
            return Resolved("DATE", shifted[0], shifted[1], anchor)
    value = spec.duration or "PXD"
    r = Resolved("DURATION", value, "duration")
    if spec.notes.get("since") and ctx.dct and not ctx.narrative and spec.unit in ("D", "W", "M", "Y"):
        n = _duration_number(value)
        if n is not None:
            start = _back(ctx.dct, spec.unit, n)
            if start:
                r.anchor = ctx.dct.isoformat()
                r.range_start, r.range_end = start.isoformat(), ctx.dct.isoformat()
    return r


def _duration_number(value: str) -> Optional[int]:
    digits = "".join(ch for ch in value if ch.isdigit())
    return int(digits) if digits else None


def _back(d: date, unit: str, n: int) -> Optional[date]:
    if unit == "D":
        return d - timedelta(days=n)
    if unit == "W":
        return d - timedelta(weeks=n)
    if unit == "M":
        return add_months_to_day(d, -n)
    if unit == "Y":
        return add_years_to_day(d, -n)
    return None


def _fwd(d: date, unit: str, n: int) -> Optional[date]:
    b = _back(d, unit, -n)
    return b


_VAGUE_SPAN = {"D": 7, "W": 6, "M": 6, "Y": 5, "DE": 3, "H": 0, "MIN": 0, "NI": 3}


def _resolve_vague(spec: Spec, ctx: Context) -> Resolved:
    unit, n, sign, rel = spec.vague
    anchor_t, anchor = ctx.anchor_for(rel)
    d = anchor_t.as_date()
    if n is not None:
        r = Resolved("DURATION", spec.duration or "PXD", "range", anchor)
    elif ctx.narrative:
        r = Resolved("DURATION", spec.duration or "PXD", "duration", anchor)
    else:
        r = Resolved("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", "range", anchor)
    if d is None:
        if r.granularity == "range":
            r.granularity = "duration" if r.type == "DURATION" else "ref"
        return r
    count = int(n) if n is not None else _VAGUE_SPAN.get(unit, 3)
    u = unit if unit in ("D", "W", "M", "Y") else ("Y" if unit == "DE" else "D")
    if unit == "DE":
        count *= 10
    if unit in ("H", "MIN"):
        r.range_start = r.range_end = d.isoformat()
    elif sign < 0:
        start = _back(d, u, count)
        r.range_start, r.range_end = start.isoformat(), (d if n is not None else d - timedelta(days=1)).isoformat()
    else:
        end = _fwd(d, u, count)
        r.range_start, r.range_end = (d if n is not None else d + timedelta(days=1)).isoformat(), end.isoformat()
    r.granularity = "range"
    return r


def _resolve_time(spec: Spec, ctx: Context) -> Resolved:
    hh = f"T{spec.hour:02d}:{spec.minute or 0:02d}" + spec.notes.get("tz", "")
    if not spec.time_of:
        # a date with a clock time: resolve the date part first
        date_spec = replace(spec, kind="date", hour=None, minute=None, pod=None)
        res = _resolve_date_value(date_spec, ctx, None)
        if res is None:
            return Resolved("TIME", "XXXX-XX-XX" + hh, "time")
        return Resolved("TIME", res.value.split("T")[0] + hh, "time", res.anchor)
    ref = ctx.ref if ctx.ref.year is not None else (
        RefTime(ctx.dct.year, ctx.dct.month, ctx.dct.day) if ctx.dct else RefTime())
    d = ref.as_date()
    if d is None:
        return Resolved("TIME", "XXXX-XX-XX" + hh, "time")
    return Resolved("TIME", d.isoformat() + hh, "time", d.isoformat())


def _anchor_date(ctx: Context, rel: Optional[str]) -> tuple[Optional[date], Optional[str], RefTime]:
    t, iso = ctx.anchor_for(rel)
    return t.as_date(), iso, t


def _resolve_date(spec: Spec, ctx: Context, direction: Optional[int]) -> Optional[Resolved]:
    res = _resolve_date_value(spec, ctx, direction)
    if res is None:
        return None
    if spec.mod in ("START", "MID", "END", "APPROX"):
        rng = _mod_range(res.value, res.granularity, spec.mod)
        if rng:
            res.range_start, res.range_end = rng
            res.granularity = "range"
    return res


def _resolve_date_value(spec: Spec, ctx: Context, direction: Optional[int]) -> Optional[Resolved]:
    pod = spec.pod
    # --- relative to an anchor: "gestern", "vergangene Woche", "drei Tage später"
    if spec.rel is not None and spec.unit is not None:
        if ctx.narrative and spec.notes.get("heute"):
            return Resolved("DATE", "PRESENT_REF", "ref", ctx.ref.value())
        anchor_t, anchor = ctx.anchor_for(spec.rel)
        if spec.weekday is not None and spec.unit == "W":
            d = anchor_t.as_date()
            if d is None:
                return Resolved("DATE", "XXXX-XX-XX", "day", None)
            monday = d - timedelta(days=d.isoweekday() - 1) + timedelta(weeks=spec.offset)
            return Resolved("DATE", _day_value(monday + timedelta(days=spec.weekday - 1), pod),
                            "daypart" if pod else "day", anchor)
        shifted = _shift(anchor_t, spec.unit, spec.offset, spec.precision, pod, spec.notes.get("fraction"))
        if shifted is None:
            if spec.kind == "duration" or spec.precision:
                # "drei Wochen später" with only a month to go by: say how long, not when
                n = spec.notes.get("fraction", abs(spec.offset))
                return Resolved("DURATION", _dur(n, spec.unit), "duration", None)
            return Resolved("DATE", _unknown(spec.unit), _unit_gran(spec.unit), None)
        return Resolved("DATE", shifted[0], shifted[1], anchor)
    # --- weekend
    if spec.weekend:
        rel = spec.notes.get("anchor", "dct")
        d, anchor, _ = _anchor_date(ctx, rel)
        if d is None:
            return Resolved("DATE", "XXXX-WXX-WE", "week", None)
        dirn = spec.direction if spec.direction is not None else direction
        sat = _weekday_date(6, d, dirn if dirn is not None else -1, spec.strict)
        if d.isoweekday() == 7 and dirn != 1 and not spec.strict:
            sat = d - timedelta(days=1)
        return Resolved("DATE", iso_week(sat) + "-WE", "week", anchor)
    # --- weekday: "am Mittwoch", "kommenden Freitag"
    if spec.weekday is not None and spec.day is None:
        rel = spec.notes.get("anchor", "dct")
        d, anchor, _ = _anchor_date(ctx, rel)
        if d is None:
            return Resolved("DATE", f"XXXX-WXX-{spec.weekday}" + (f"T{pod}" if pod else ""),
                            "daypart" if pod else "day", None)
        dirn = spec.direction if spec.direction is not None else direction
        if dirn is None:
            dirn = 1 if ctx.narrative else -1
        wd = _weekday_date(spec.weekday, d, dirn, spec.strict)
        if spec.notes.get("night_to"):
            wd -= timedelta(days=1)
        return Resolved("DATE", _day_value(wd, pod), "daypart" if pod else "day", anchor)
    # --- parts of day alone: "am Abend"
    if spec.notes.get("bare_pod"):
        d, anchor, t = _anchor_date(ctx, "ref")
        if d is None:
            return Resolved("DATE", "XXXX-XX-XXT" + (pod or "MO"), "daypart", None)
        return Resolved("DATE", _day_value(d, pod), "daypart", anchor)
    # --- holidays
    if spec.holiday is not None:
        return _resolve_holiday(spec, ctx, direction)
    # --- centuries, decades
    if spec.century is not None:
        if spec.bc:
            return Resolved("DATE", f"BC{spec.century:02d}", "century")
        return Resolved("DATE", f"{spec.century:02d}", "century")
    if spec.decade is not None:
        return Resolved("DATE", f"{spec.decade:03d}", "decade")
    if "decade2" in spec.notes:
        d2 = spec.notes["decade2"]
        base = ctx.ref.year if ctx.narrative and ctx.ref.year else (ctx.dct.year if ctx.dct else None)
        if base is None:
            return Resolved("DATE", f"XX{d2 // 10}", "decade")
        cent = base // 100
        if d2 > base % 100:
            cent -= 1
        return Resolved("DATE", f"{cent * 10 + d2 // 10:03d}", "decade")
    # --- calendar parts with a year or without
    year, bc = spec.year, spec.bc
    anchor = None
    if year is not None and spec.two_digit_year:
        base = ctx.ref.year if (ctx.narrative and ctx.ref.year) else (ctx.dct.year if ctx.dct else (ctx.ref.year or 2000))
        cands = [(base // 100 - 1) * 100 + year, (base // 100) * 100 + year, (base // 100 + 1) * 100 + year]
        year = min(cands, key=lambda y: abs(y - base))
    if year is None and spec.year_offset is not None:
        t, anchor = ctx.anchor_for(spec.year_rel)
        if t.year is None:
            return Resolved("DATE", _unknown_parts(spec), _gran_of(spec), None)
        year, bc = t.year + spec.year_offset, t.bc
    if spec.needs_context:
        t = ctx.ref
        month = spec.month or t.month
        if spec.notes.get("month_from_right") and year is None and not ctx.narrative and ctx.dct:
            # "vom 13. bis 15. September" in news: the year as the neighbour gets it
            year, _, _ = _infer_year(replace(spec, needs_context=False), ctx, direction)
        if month is None or (year is None and t.year is None):
            return Resolved("DATE", f"XXXX-XX-{spec.day:02d}", "day", None)
        year = year if year is not None else t.year
        try:
            dd = date(year, month, spec.day)
        except ValueError:
            return None
        return Resolved("DATE", _day_value(dd, pod), "daypart" if pod else "day", t.value())
    if year is None and _has_parts(spec):
        year, bc, anchor = _infer_year(spec, ctx, direction)
        if year is None:
            return Resolved("DATE", _unknown_parts(spec), _gran_of(spec), None)
    if year is None:
        return None
    if not bc and ctx.narrative and ctx.ref.bc and year < 1000 and spec.year_offset is None:
        bc = True  # "im Jahr 478" in a text about 480 v. Chr.
    if bc:
        if spec.season:
            return Resolved("DATE", f"BC{year:04d}-{spec.season}", "season", anchor)
        if spec.month:
            if spec.day:
                return Resolved("DATE", f"BC{year:04d}-{spec.month:02d}-{spec.day:02d}", "day", anchor)
            return Resolved("DATE", f"BC{year:04d}-{spec.month:02d}", "month", anchor)
        return Resolved("DATE", f"BC{year:04d}", "year", anchor)
    if spec.week is not None:
        return Resolved("DATE", f"{year:04d}-W{spec.week:02d}", "week", anchor)
    if spec.part is not None:
        return Resolved("DATE", f"{year:04d}-{spec.part}", "quarter" if spec.part[0] == "Q" else "half", anchor)
    if spec.season is not None:
        return Resolved("DATE", f"{year:04d}-{spec.season}", "season", anchor)
    if spec.month is not None:
        if spec.day is not None:
            try:
                dd = date(year, spec.month, spec.day)
            except ValueError:
                return None
            return Resolved("DATE", _day_value(dd, pod), "daypart" if pod else "day", anchor)
        return Resolved("DATE", fmt_month(year, spec.month), "month", anchor)
    return Resolved("DATE", f"{year:04d}", "year", anchor)


def _has_parts(spec: Spec) -> bool:
    return any(x is not None for x in (spec.month, spec.season, spec.part, spec.week))


def _infer_year(spec: Spec, ctx: Context, direction: Optional[int]) -> tuple[Optional[int], bool, Optional[str]]:
    """Year for a month, season, quarter or week named without one."""
    if ctx.narrative:
        if ctx.ref.year is not None:
            y, bc = ctx.story_year()
            return y, bc, ctx.ref.value()
        if ctx.dct:
            return ctx.dct.year, False, ctx.dct.isoformat()
        return None, False, None
    if not ctx.dct:
        if ctx.ref.year is not None:
            return ctx.ref.year, ctx.ref.bc, ctx.ref.value()
        return None, False, None
    dirn = spec.direction if spec.direction is not None else direction
    month = spec.month
    day = spec.day
    if month is None:
        if spec.season:
            month = SEASON_MID[spec.season]
            if spec.season == "WI" and ctx.dct.month >= 11:
                month = 12
        elif spec.part:
            month = (int(spec.part[1]) * 3 - 1) if spec.part[0] == "Q" else (3 if spec.part == "H1" else 9)
        elif spec.week:
            mon = week_monday(ctx.dct.year, spec.week)
            month, day = mon.month, mon.day
    y = _pick_year(month, day, ctx.dct, dirn, spec.strict)
    named = spec.notes.get("weekday")
    if named and day:
        # "Donnerstag, den 21. September": the year in which the weekday fits
        fits = [yy for yy in (y, y - 1, y + 1) if _weekday_fits(yy, month, day, named)]
        if fits:
            y = fits[0]
    if spec.season == "WI" and month == 1:
        y -= 1  # "Winter 2023" runs from December 2023 into 2024
    return y, False, ctx.dct.isoformat()


def _weekday_fits(y: int, month: int, day: int, weekday: int) -> bool:
    try:
        return date(y, month, day).isoweekday() == weekday
    except ValueError:
        return False


def _resolve_holiday(spec: Spec, ctx: Context, direction: Optional[int]) -> Optional[Resolved]:
    def on(y: int) -> date:
        if spec.holiday[0] == "fixed":
            return date(y, spec.holiday[1], spec.holiday[2])
        return easter(y) + timedelta(days=spec.holiday[1])

    anchor = None
    if spec.year is not None:
        y = spec.year
    elif ctx.narrative and ctx.ref.year:
        y = ctx.ref.year
    elif ctx.dct:
        anchor = ctx.dct.isoformat()
        dirn = direction
        options = [on(ctx.dct.year - 1), on(ctx.dct.year), on(ctx.dct.year + 1)]
        if dirn == -1:
            past = [o for o in options if o <= ctx.dct]
            y = max(past).year
        elif dirn == 1:
            fut = [o for o in options if o >= ctx.dct]
            y = min(fut).year
        else:
            y = min(options, key=lambda o: abs((o - ctx.dct).days)).year
    elif ctx.ref.year:
        y = ctx.ref.year
    else:
        return Resolved("DATE", "XXXX-XX-XX", "day", None)
    d = on(y)
    return Resolved("DATE", _day_value(d, spec.pod), "day", anchor)


def _dur(n, unit: str) -> str:
    return duration(n, unit)


def _unit_gran(unit: str) -> str:
    return {"D": "day", "W": "week", "WE": "week", "M": "month", "Y": "year", "Q": "quarter", "H": "half",
            "DE": "decade", "CE": "century"}.get(unit, "day")


def _unknown(unit: str) -> str:
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Y": "XXXX",
            "Q": "XXXX-QX", "H": "XXXX-HX", "DE": "XXX", "CE": "XX"}.get(unit, "XXXX-XX-XX")


def _unknown_parts(spec: Spec) -> str:
    if spec.week is not None:
        return f"XXXX-W{spec.week:02d}"
    if spec.part is not None:
        return f"XXXX-{spec.part}"
    if spec.season is not None:
        return f"XXXX-{spec.season}"
    if spec.month is not None and spec.day is not None:
        return f"XXXX-{spec.month:02d}-{spec.day:02d}"
    if spec.month is not None:
        return f"XXXX-{spec.month:02d}"
    return "XXXX"


def _gran_of(spec: Spec) -> str:
    if spec.week is not None:
        return "week"
    if spec.part is not None:
        return "quarter"
    if spec.season is not None:
        return "season"
    if spec.day is not None:
        return "day"
    if spec.month is not None:
        return "month"
    return "year"


def update_ref(ctx: Context, spec: Spec, res: Resolved) -> None:
    """Make a freshly resolved date the reference time for what follows."""
    if res.type not in ("DATE", "TIME") or not res.value or res.value[0] not in "0123456789B":
        return
    v = res.value
    bc = v.startswith("BC")
    if bc:
        v = v[2:]
    parts = v.split("T")[0].split("-")
    try:
        if len(parts[0]) != 4:
            return
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        d = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
    except ValueError:
        return
    if len(parts) > 1 and parts[1].startswith("W") and parts[1][1:].isdigit() and not bc:
        # a week: the story continues from its Monday
        mon = week_monday(y, int(parts[1][1:]))
        ctx.ref = RefTime(mon.year, mon.month, mon.day)
        return
    if len(parts) > 1 and not parts[1].isdigit():
        # season, quarter: keep the year, forget month and day
        ctx.ref = RefTime(y, None, None, bc)
        return
    ctx.ref = RefTime(y, m, d, bc)
