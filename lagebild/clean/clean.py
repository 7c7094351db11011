"""Clean one article's raw text: drop furniture with reasons, re-join wrapped lines.

The output text is the article's clean text; all later offsets point into it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import Removal
from .furniture import (
    DATELINE, INLINE_CREDIT_START, SIGNOFF_END, TRACKING_INLINE, classify_line, credit_shaped, inline_credit_end,
)
from .unwrap import Line, join_lines

STAGE = "clean.rules.v1"

# Characters dropped or mapped without an audit record (they are typography, not furniture).
# Invisible characters become "\x01" (same length, so offsets stay exact) and are dropped when joining.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), "\x01")
_SPACES = {ord(c): " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\t\x0b\x0c"}
_TEASER_HEADER = re.compile(r"^(mehr zum thema|lesen sie auch|auch interessant|weitere artikel|zum thema|"
                            r"passend dazu|mehr dazu|das könnte sie auch interessieren|verwandte artikel)\s*[:–-]?\s*$",
                            re.I)
_TIMESTAMP_DATE = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4}|\d{2})\b")


# "… des Kosmodroms. Vladimir Smirnov/TASS/Getty Images" — a credit after the last sentence of a line
_TRAILING_CREDIT = re.compile(r"[.!?“\"]\s+([^.!?“\"]{3,140})$")
_INITIALS = re.compile(r"^\(?[a-zäöü]{2,4}\)?$")


def _same_title(line: str, title: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().casefold()
    return norm(line) == norm(title)


@dataclass
class CleanResult:
    text: str
    removed: list[Removal] = field(default_factory=list)
    stamped_date: Optional[str] = None   # a page's own "Stand: 13.09.2023" line, as ISO date


def _lines(raw: str):
    # Simple, offset-exact split that treats \r\n, \r and \n as line ends.
    for m in re.finditer(r"([^\r\n]*)(\r\n|\r|\n|$)", raw):
        if m.start() == len(raw) and not m.group(0):
            break
        yield m.start(1), m.group(1)
        if not m.group(2):
            break


def _strip_span(s: str) -> tuple[int, int]:
    left = len(s) - len(s.lstrip())
    return left, len(s.rstrip())


def clean_text(raw: str, title: Optional[str] = None) -> CleanResult:
    raw_lines = list(_lines(raw))
    content_idx = [i for i, (_, t) in enumerate(raw_lines) if t.strip()]
    top = set(content_idx[:4])
    bottom = set(content_idx[-5:])
    pending: list[tuple[int, int, str, str]] = []   # raw_start, raw_end, text, reason
    lines: list[Line] = []
    in_teaser = False
    stamped: Optional[str] = None

    for i, (off, text) in enumerate(raw_lines):
        norm = text.translate(_INVISIBLE).translate(_SPACES)
        stripped = norm.replace("\x01", "").strip()
        if not stripped:
            lines.append(Line(off, "", blank=True))
            in_teaser = False
            continue
        a, b = _strip_span(text)
        reason = classify_line(stripped, near_top=i in top, near_bottom=i in bottom)
        if reason is None and title and i in top and _same_title(stripped, title):
            reason = "headline (kept as title)"
        if reason is None and i == content_idx[-1] and _INITIALS.match(stripped):
            reason = "sign-off"
        if reason is None and in_teaser and len(stripped) <= 140 and not stripped.endswith((".", "!", "?", "“", "\"")):
            reason = "related-article teaser"
        if reason is not None:
            pending.append((off + a, off + b, text[a:b], reason))
            lines.append(Line(off, "", removed=True))
            in_teaser = reason == "related-article teaser" and bool(_TEASER_HEADER.match(stripped))
            if reason == "timestamp" and stamped is None:
                stamped = _iso(stripped)
            continue
        in_teaser = False
        # inline removals on a content line; keep offsets by blanking removed chars
        spans: list[tuple[int, int, str]] = []
        tail = _TRAILING_CREDIT.search(norm)
        if tail and credit_shaped(tail.group(1).strip()):
            if len(norm[:tail.start(1)].split()) <= 30 and (i == 0 or not raw_lines[i - 1][1].strip()
                                                             or len(norm) < 200):
                # a short paragraph that ends in a credit is a photo caption
                pending.append((off + a, off + b, text[a:b], "photo caption"))
                lines.append(Line(off, "", removed=True))
                continue
            spans.append((tail.start(1), tail.end(1), "photo credit"))
        for m in INLINE_CREDIT_START.finditer(norm):
            end = inline_credit_end(norm, m.end())
            if end > m.end():
                spans.append((m.start(), end, "photo credit"))
        for m in TRACKING_INLINE.finditer(norm):
            spans.append((m.start(), m.end(), "tracking code"))
        if i in bottom and i == content_idx[-1]:
            m = SIGNOFF_END.search(norm)
            if m and m.start() > 0:
                spans.append((m.start(), m.end(), "sign-off"))
        if i in top and i == content_idx[0] or (lines and all(l.removed or l.blank for l in lines)):
            m = DATELINE.match(norm.lstrip())
            if m and m.end() < len(norm.strip()):
                lead = len(norm) - len(norm.lstrip())
                spans.append((lead + m.start(), lead + m.end(), "dateline"))
        spans = _merge(spans)
        chars = list(norm)
        removed_here = []
        for s, e, why in spans:
            frag = text[s:e].strip()
            if frag:
                removed_here.append((off + s, off + e, frag, why))
            for k in range(s, e):
                chars[k] = "\x00"
        kept = "".join(chars)
        line = Line(off, kept, inline=[(s, e) for s, e, _ in spans])
        line.pending = removed_here
        lines.append(line)

    out = join_lines(lines)
    removed: list[Removal] = []
    # map each removal to the clean-text position where it used to be
    for rs, re_, t, why in pending + [r for l in lines for r in getattr(l, "pending", [])]:
        at = out.position_of(rs)
        removed.append(Removal(text=t, reason=why, raw_start=rs, raw_end=re_, at=at, stage=STAGE))
    removed.sort(key=lambda r: r.raw_start)
    return CleanResult(text=out.text, removed=removed, stamped_date=stamped)


def _merge(spans):
    spans = sorted(spans)
    merged: list[tuple[int, int, str]] = []
    for s, e, why in spans:
        if merged and s <= merged[-1][1]:
            ps, pe, pw = merged[-1]
            merged[-1] = (ps, max(pe, e), pw)
        else:
            merged.append((s, e, why))
    return merged


def _iso(line: str) -> Optional[str]:
    m = _TIMESTAMP_DATE.search(line)
    if not m:
        return None
    d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
    year = int(y) + (2000 if len(y) == 2 else 0)
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    return f"{year:04d}-{mo:02d}-{d:02d}"
