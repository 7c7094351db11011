"""Re-join hard-wrapped lines into paragraphs and normalise spacing.

Works on :class:`Line` records that still know their raw offsets, so every
removal can be placed exactly in the clean text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

_TERMINAL = re.compile(r"[.!?:;…][\"“”»«'’)\]]*$|[\"“”»«]$")
_CONJ = re.compile(r"^(und|oder|bis|sowie|bzw\.|als auch)\b")


@dataclass
class Line:
    raw_off: int
    text: str                     # normalised; chars removed inline are "\x00"
    blank: bool = False
    removed: bool = False
    inline: list = field(default_factory=list)
    pending: list = field(default_factory=list)


@dataclass
class Joined:
    text: str
    _raw_marks: list[int]
    _maps: list[tuple[int, Optional[list[int]], int]]   # (raw_off, per-char clean offsets, clean pos)

    def position_of(self, raw_offset: int) -> int:
        i = bisect.bisect_right(self._raw_marks, raw_offset) - 1
        if i < 0:
            return 0
        raw_off, cmap, pos = self._maps[i]
        if cmap:
            k = min(max(raw_offset - raw_off, 0), len(cmap) - 1)
            return min(cmap[k], len(self.text))
        return min(pos, len(self.text))


def _squeeze(line: Line) -> tuple[str, list[int]]:
    """Drop removed chars and collapse runs of spaces; return text + per-raw-char clean index."""
    out: list[str] = []
    idx: list[int] = []
    after_removed = False
    for ch in line.text:
        if ch == "\x01":           # invisible typography (soft hyphen, zero-width space)
            idx.append(len(out))
            continue
        if ch == "\x00":
            idx.append(len(out))
            after_removed = True
            continue
        if after_removed and ch in ",.;:!?" and out and out[-1] == " ":
            out.pop()
        if ch != " ":
            after_removed = False
        if ch == " " and (not out or out[-1] == " "):
            idx.append(len(out))
            continue
        idx.append(len(out))
        out.append(ch)
    while out and out[-1] == " ":
        out.pop()
    return "".join(out), idx


def _wrap_width(texts: list[str]) -> Optional[int]:
    """The column a hard-wrapped text was wrapped at, or None if it is not hard-wrapped.

    Hard-wrapped text has lines of similar length (40–110 chars) and many of
    them end mid-sentence; one-paragraph-per-line text ends almost every line
    with terminal punctuation.
    """
    texts = [t.strip() for t in texts if t.strip()]
    if len(texts) < 3:
        return None
    srt = sorted(len(t) for t in texts)
    w = srt[int(0.8 * (len(srt) - 1))]
    open_ended = sum(1 for t in texts[:-1] if not _TERMINAL.search(t)) / (len(texts) - 1)
    overlong = sum(1 for n in srt if n > 1.15 * w) / len(srt)
    # a few short lines (headline, outlet, date) over one-paragraph-per-line text are no wrap column
    return w if 40 <= w <= 110 and open_ended >= 0.4 and overlong <= 0.1 else None


def join_lines(lines: list[Line]) -> Joined:
    contents = [l for l in lines if not l.blank and not l.removed]
    squeezed = {id(l): _squeeze(l) for l in contents}
    width = _wrap_width([squeezed[id(l)][0] for l in contents])
    text_parts: list[str] = []
    length = 0
    marks: list[int] = []
    maps: list[tuple[int, Optional[list[int]], int]] = []
    prev: Optional[str] = None        # text of the previous content line
    para_break = False

    for l in lines:
        if l.blank:
            para_break = prev is not None
            marks.append(l.raw_off); maps.append((l.raw_off, None, length))
            continue
        if l.removed:
            marks.append(l.raw_off); maps.append((l.raw_off, None, length))
            continue
        s, idx = squeezed[id(l)]
        lead = len(s) - len(s.lstrip())
        s = s.strip()
        if not s:
            marks.append(l.raw_off); maps.append((l.raw_off, None, length))
            continue
        sep = ""
        drop_hyphen = False
        if prev is not None:
            if para_break:
                sep = "\n\n"
            elif prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha():
                if s[0].islower() and not _CONJ.match(s):
                    drop_hyphen = True
                elif not s[0].isupper():
                    sep = " "
            elif width and len(prev) >= 0.7 * width:
                sep = " "
            elif _TERMINAL.search(prev):
                sep = "\n\n"
            elif s[0].islower() or s[0].isdigit() or (width and not s[0].isupper()):
                sep = " "
            elif width and len(prev) + 1 + len(s.split()[0]) > width:
                sep = " "  # the next word did not fit on the line: wrapped mid-sentence
            else:
                sep = "\n\n"  # a short line without full stop (headline, byline, date) ends its paragraph
        if drop_hyphen:
            text_parts[-1] = text_parts[-1][:-1]
            length -= 1
        text_parts.append(sep)
        length += len(sep)
        start = length
        cmap = [start + max(0, i - lead) for i in idx]
        text_parts.append(s)
        length += len(s)
        marks.append(l.raw_off); maps.append((l.raw_off, cmap, start))
        prev = s
        para_break = False
    text = "".join(text_parts)
    return Joined(text=text, _raw_marks=marks, _maps=maps)
