"""Publication-date (DCT) inference from the text itself, and from sibling articles.

Every candidate day gets a score from the evidence in the text:

* explicit full dates ("am 3. Dezember 2004"): a report usually appears on the
  day of a past event or one or two days later, and before a future one;
* a date with its weekday ("am Freitag, dem 3. Dezember 2004"): news names the
  weekday only for dates close to the day of writing;
* "heute" next to a weekday or date ("am heutigen Mittwoch", "heute, am
  5. August 2005"): the day itself, or at least its weekday;
* weekday mentions ("am Donnerstag", "am gestrigen Dienstag"): the day lies
  within a week after (past tense) or before (future tense) that weekday;
* day and month without a year ("am 9. September") take their year from the
  years the text names.

The scores are log-likelihoods; their softmax gives the confidence. Without a
date anchor (day and month) nothing is guessed: ``value`` is None.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Optional, Sequence

from .calendar import parse_day
from .tagger import analyse
from .tense import direction

# How many days after the latest past event a report appears (judgement, not fitted);
# beyond a week the article is about something older, which happens all the time.
_LAG = {0: 0.30, 1: 0.30, 2: 0.12, 3: 0.07, 4: 0.05, 5: 0.04, 6: 0.03, 7: 0.02}
_LAG_TAIL = 0.004       # per day, 8 days and more
# Days from writing to the earliest future event: announcements come weeks ahead.
_LEAD = 0.02            # per day, 0..30
_LEAD_TAIL = 0.004      # per day, beyond a month
_WRONG_SIDE = 0.001     # a past event after the day of writing (or the tense was misread)
# Days since the weekday named in a past-tense sentence (0 = that very day).
_WEEKDAY_PAST = [0.22, 0.30, 0.18, 0.11, 0.08, 0.06, 0.05]
_WEEKDAY_FUTURE = [0.10, 0.24, 0.20, 0.15, 0.12, 0.10, 0.09]


@dataclass(frozen=True)
class DctEvidence:
    """One piece of text evidence for the publication date."""

    kind: str          # date | date_weekday | today | today_weekday | weekday | sibling
    text: str
    start: int
    end: int
    detail: str = ""


@dataclass(frozen=True)
class DctGuess:
    """An inferred publication date: ISO day or None, a confidence in [0, 1], and why."""

    value: Optional[str]
    confidence: float
    evidence: tuple[DctEvidence, ...] = ()
    scores: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def day(self) -> Optional[date]:
        return parse_day(self.value)


def _log(p: float) -> float:
    return math.log(max(p, 1e-12))


def _lag_ll(delta: int) -> float:
    return _log(_LAG.get(delta, _LAG_TAIL))


def _lead_ll(lead: int) -> float:
    return _log(_LEAD if lead <= 30 else _LEAD_TAIL)


@dataclass
class _Anchor:
    day: date
    direction: int            # -1 past / +1 future
    weight: float
    weekday_named: bool
    ev: DctEvidence


_HEUTE_NEAR = re.compile(r"^[\s,(]*(?:am|den|dem)?\s*$")


@dataclass
class _Found:
    anchors: list
    weekdays: list
    evidence: list
    min_year: Optional[int]

    @property
    def recency(self) -> float:
        """How sure we are that the dates found are news, not history (scales the confidence)."""
        if any(a.ev.kind in ("today", "date_weekday") for a in self.anchors):
            return 0.8
        if any(w[1] is not None for w in self.weekdays):
            return 0.7
        if self.weekdays:
            return 0.5
        return 0.35


def collect(text: str, sentences: Optional[Iterable[tuple[int, int]]] = None) -> _Found:
    """The date anchors, weekday constraints and evidence found in ``text``."""
    tagged = analyse(text, None, sentences=sentences)
    # a day and month without a year borrow the years of the full dates in the text
    years = sorted({t.spec.year for t in tagged if t.spec.explicit_day and 1900 <= t.spec.year <= 2100})
    anchors: list[_Anchor] = []
    weekdays: list[tuple[int, int, int, float, DctEvidence]] = []   # (weekday, day offset, direction, weight)
    evidence: list[DctEvidence] = []
    latest_past_year = None
    for i, t in enumerate(tagged):
        spec = t.spec
        if spec.kind not in ("date", "time"):
            continue
        s0, s1 = t.sentence
        dirn = direction(text[s0:s1], t.cand.start - s0, text[max(s0, t.cand.start - 30):t.cand.start]) or -1
        if spec.year and not spec.bc and not spec.two_digit_year and dirn < 0 and spec.year <= 2100 \
                and spec.year_offset is None:
            latest_past_year = max(latest_past_year or 0, spec.year)
        ev_text = text[t.cand.start:t.cand.end]
        named_wd = spec.notes.get("weekday")
        # "heute, am 5. August 2005" / "heute, Mittwoch": the day itself
        today_before = (i > 0 and tagged[i - 1].spec.notes.get("heute") and
                        _HEUTE_NEAR.match(text[tagged[i - 1].cand.end:t.cand.start]) is not None)
        deictic = 0 if today_before else spec.notes.get("deictic")
        if spec.day and spec.month and (spec.year or years) and spec.rel is None and spec.year_offset is None:
            if spec.year and not spec.two_digit_year:
                ys = [spec.year]
            elif spec.two_digit_year:
                ys = [2000 + spec.year if spec.year < 50 else 1900 + spec.year]
            else:
                ys = sorted({y + k for y in years for k in (-1, 0, 1)} if named_wd else set(years[-1:]),
                            reverse=True)
            for rank, y in enumerate(ys):
                try:
                    d = date(y, spec.month, spec.day)
                except ValueError:
                    continue
                agrees = named_wd is not None and named_wd == d.isoweekday()
                if named_wd is not None and not agrees and not spec.year:
                    continue  # the weekday is what picks the year here
                w = 1.0 if spec.year or agrees else 0.5
                kind = "date_weekday" if agrees else "date"
                if agrees:
                    w = 1.5
                if deictic is not None:
                    # "am heutigen Mittwoch, dem 13. September": the day itself (or one off)
                    kind, w, d = "today", 3.0, d - timedelta(days=deictic)
                ev = DctEvidence(kind, ev_text, t.cand.start, t.cand.end, d.isoformat())
                anchors.append(_Anchor(d, 0 if deictic is not None else dirn, w, agrees, ev))
                evidence.append(ev)
        elif spec.weekday is not None and spec.day is None:
            off = spec.offset if (spec.rel == "dct" and spec.unit == "D") else None
            if today_before:
                off = 0
            if off is not None:
                ev = DctEvidence("today_weekday", ev_text, t.cand.start, t.cand.end, f"weekday {spec.weekday}{off:+d}")
                weekdays.append((spec.weekday, off, 0, 2.0, ev))
            elif spec.rel is None and spec.notes.get("anchor") is None:
                d0 = spec.direction if spec.direction is not None else dirn
                ev = DctEvidence("weekday", ev_text, t.cand.start, t.cand.end,
                                 f"weekday {spec.weekday} {'past' if d0 < 0 else 'future'}")
                weekdays.append((spec.weekday, None, d0, 0.6, ev))
            else:
                continue
            evidence.append(ev)
    if latest_past_year:
        evidence.append(DctEvidence("year", str(latest_past_year), -1, -1, "latest year in a past-tense sentence"))
    return _Found(anchors, weekdays, evidence, latest_past_year)


def _score_days(anchors: Sequence[_Anchor], weekdays: Sequence, extra: Optional[dict] = None,
                min_year: Optional[int] = None) -> dict[date, float]:
    """Log-score of every candidate day.

    Past events must lie before the day of writing, future ones after it; the
    latest past event (or the earliest future one) says how close the day is.
    """
    if not anchors and not extra:
        return {}
    days: set[date] = set()
    for a in anchors:
        lo, hi = (-3, 14) if a.direction <= 0 else (-30, 1)
        days.update(a.day + timedelta(days=k) for k in range(lo, hi + 1))
    for d in (extra or {}):
        days.update(d + timedelta(days=k) for k in range(-2, 3))
    past = [a for a in anchors if a.direction < 0]
    future = [a for a in anchors if a.direction > 0]
    today = [a for a in anchors if a.direction == 0]
    scores: dict[date, float] = {}
    for c in days:
        s = 0.0
        for a in today:
            s += a.weight * (0.0 if c == a.day else _log(0.01))
        # each event on the wrong side costs; the nearest one on the right side sets the distance
        before = [a for a in past if (c - a.day).days >= -1]
        for a in past:
            if (c - a.day).days < -1:
                s += a.weight * _log(_WRONG_SIDE)
        if before:
            latest = max(before, key=lambda a: (a.day, a.weight))
            delta = (c - latest.day).days
            s += max(latest.weight, 1.0) * (_lag_ll(delta) if delta >= 0 else _log(0.02))
        after = [a for a in future if (a.day - c).days >= -1]
        for a in future:
            if (a.day - c).days < -1:
                s += a.weight * _log(_WRONG_SIDE)
        if after and not before:
            earliest = min(after, key=lambda a: a.day)
            lead = (earliest.day - c).days
            s += _lead_ll(lead) if lead >= 0 else _log(0.02)
        for a in anchors:
            if a.weekday_named:
                # a weekday with the date: the date is close to the day of writing
                s += a.weight * (0.0 if -7 <= (c - a.day).days <= 7 else _log(0.05))
        for wd, off, dirn, w, _ in weekdays:
            if off is not None:
                s += w * (0.0 if (c + timedelta(days=off)).isoweekday() == wd else _log(0.02))
                continue
            if dirn <= 0:
                k = (c.isoweekday() - wd) % 7
                s += w * _log(_WEEKDAY_PAST[k])
            else:
                k = (wd - c.isoweekday()) % 7
                s += w * _log(_WEEKDAY_FUTURE[k])
        if min_year and c.year < min_year:
            s += _log(0.001)  # the text already tells of a later year
        for d, w in (extra or {}).items():
            delta = abs((c - d).days)
            s += w * (0.0 if delta == 0 else (_log(0.3) if delta == 1 else _log(0.02)))
        scores[c] = s
    return scores


def _best(scores: dict[date, float], evidence: Sequence[DctEvidence]) -> DctGuess:
    """The day with the most probability within one day either side; that mass is the confidence."""
    if not scores:
        return DctGuess(None, 0.0, tuple(evidence))
    top = max(scores.values())
    post = {d: math.exp(v - top) for d, v in scores.items()}
    z = sum(post.values())
    one = timedelta(days=1)

    def window(d: date) -> float:
        return (post.get(d - one, 0.0) + post[d] + post.get(d + one, 0.0)) / z

    peak = max(post, key=lambda d: (post[d], d.toordinal()))
    if post[peak] / z >= 0.5:
        best = peak  # one day stands out ("am heutigen Donnerstag, dem 14. September")
    else:
        best = max(post, key=lambda d: (round(window(d), 6), post[d], d.toordinal()))
    return DctGuess(best.isoformat(), round(min(1.0, window(best)), 3), tuple(evidence), scores)


def _guess(found: _Found, votes: Optional[dict] = None, extra_ev: Sequence[DctEvidence] = ()) -> DctGuess:
    scores = _score_days(found.anchors, found.weekdays, votes, found.min_year)
    if found.min_year and scores and all(d.year < found.min_year for d in scores):
        scores = {}  # every date anchor is older than what the text already tells: history
    guess = _best(scores, list(found.evidence) + list(extra_ev))
    if guess.value is None:
        return guess
    conf = guess.confidence * (found.recency if not votes else 1.0)
    return DctGuess(guess.value, round(conf, 3), guess.evidence, guess.scores)


def infer_dct(text: str, sentences: Optional[Iterable[tuple[int, int]]] = None) -> DctGuess:
    """Guess the publication date of ``text`` from its own evidence.

    ``confidence`` estimates the chance that the guess is right within one day.

    >>> infer_dct("Die Polizei nahm am Freitag, dem 3. Dezember 2004, drei Männer fest.").value
    '2004-12-04'
    """
    return _guess(collect(text, sentences))


def infer_from_siblings(text: str, siblings: Sequence[tuple[str, float]],
                        sentences: Optional[Iterable[tuple[int, int]]] = None) -> DctGuess:
    """Publication date of an undated article that belongs to a group (same event, same day).

    ``siblings`` are ``(iso_date, weight)`` pairs: the publication dates of the
    other articles in the group, with weight 1.0 for a metadata date and the
    sibling's own confidence for an inferred one. The article's own evidence
    (as in :func:`infer_dct`) is combined with the siblings' votes; with no
    evidence of its own the article takes the siblings' best-supported day.
    """
    found = collect(text, sentences)
    votes: dict[date, float] = {}
    sib_ev = []
    for iso, w in siblings:
        d = parse_day(iso)
        if d is None or w <= 0:
            continue
        votes[d] = votes.get(d, 0.0) + float(w)
        sib_ev.append(DctEvidence("sibling", iso, -1, -1, f"weight {w:.2f}"))
    if not votes:
        return _guess(found)
    guess = _guess(found, votes, sib_ev)
    if guess.value is None:
        return guess
    # siblings only say "same event or same day": never surer than their agreement
    support = sum(w for d, w in votes.items() if abs((d - guess.day).days) <= 1) / sum(votes.values())
    own = found.anchors or found.weekdays
    conf = (guess.confidence if own else 0.7) * support
    return DctGuess(guess.value, round(conf, 3), guess.evidence, guess.scores)
