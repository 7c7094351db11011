"""Calendar arithmetic on TIMEX3-style values.

Values are strings: ``2023``, ``2023-09``, ``2023-09-13``, ``2023-W37``,
``2023-W37-WE``, ``2023-SU``, ``2023-Q3``, ``2023-H2``, ``19`` (20th century),
``199`` (the 1990s), ``BC0490``, ``2023-09-13T14:00``, ``2023-09-13TEV``.
:func:`interval` turns any of them into the first and last calendar day it covers.
"""
from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta
from typing import Optional

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE|-\d)?$")
_PART = re.compile(r"^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$")
_CENTURY = re.compile(r"^(\d{2})$")
_DECADE = re.compile(r"^(\d{3})$")


def parse_day(value: Optional[str]) -> Optional[date]:
    """``"2023-09-13"`` (or a datetime starting so) -> date; anything else -> None."""
    if not value:
        return None
    m = _DAY.match(value.strip()[:10] if len(value.strip()) >= 10 else value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def last_day(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def add_months_to_day(d: date, n: int) -> date:
    y, m = add_months(d.year, d.month, n)
    return date(y, m, min(d.day, last_day(y, m)))


def add_years_to_day(d: date, n: int) -> date:
    y = d.year + n
    return date(y, d.month, min(d.day, last_day(y, d.month)))


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def week_monday(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def fmt_day(d: date) -> str:
    return d.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_year(year: int) -> str:
    if year <= 0:
        return f"BC{1 - year:04d}"
    return f"{year:04d}"


def interval(value: Optional[str]) -> Optional[tuple[str, str]]:
    """First and last ISO day that ``value`` covers, or None for durations, sets, refs.

    >>> interval("2023-09")
    ('2023-09-01', '2023-09-30')
    >>> interval("2023-W37")
    ('2023-09-11', '2023-09-17')
    """
    if not value:
        return None
    v = value.strip()
    try:
        d = parse_day(v)
        if d:
            return d.isoformat(), d.isoformat()
        m = _MONTH.match(v)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last_day(y, mo):02d}"
        m = _YEAR.match(v)
        if m:
            return f"{v}-01-01", f"{v}-12-31"
        m = _WEEK.match(v)
        if m:
            mon = week_monday(int(m.group(1)), int(m.group(2)))
            if m.group(3) == "-WE":
                return (mon + timedelta(days=5)).isoformat(), (mon + timedelta(days=6)).isoformat()
            if m.group(3):
                d = mon + timedelta(days=int(m.group(3)[1:]) - 1)
                return d.isoformat(), d.isoformat()
            return mon.isoformat(), (mon + timedelta(days=6)).isoformat()
        m = _PART.match(v)
        if m:
            y, part = int(m.group(1)), m.group(2)
            if part in SEASON_MONTHS:
                a, b = SEASON_MONTHS[part]
                yb = y + 1 if b < a else y
                return f"{y:04d}-{a:02d}-01", f"{yb:04d}-{b:02d}-{last_day(yb, b):02d}"
            if part[0] == "Q":
                q = int(part[1])
                a, b = 3 * q - 2, 3 * q
            else:
                a, b = (1, 6) if part == "H1" else (7, 12)
            return f"{y:04d}-{a:02d}-01", f"{y:04d}-{b:02d}-{last_day(y, b):02d}"
        m = _DECADE.match(v)
        if m:
            y = int(v) * 10
            return f"{y:04d}-01-01", f"{y + 9:04d}-12-31"
        m = _CENTURY.match(v)
        if m:
            y = int(v) * 100
            return f"{max(y, 1):04d}-01-01", f"{y + 99:04d}-12-31"
    except ValueError:
        return None
    return None
