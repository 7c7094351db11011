"""Pair quotation marks into quoted spans, tolerating sloppy typography.

Handles „…“ ‚…‘ »…« «…» “…” ‘…’ "…" '…' (and '' … '' from wiki markup),
mixed pairs such as „…" from careless or machine-translated text, and marks
left unbalanced: an opener without a closer runs to the end of its sentence
(or up to a trailing speech frame), a closer without an opener reaches back to
the start of its sentence (or to a colon before it).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .tokdoc import TokDoc

DOUBLE, SINGLE = "D", "S"

# mark -> (family, role) with role in {"open", "close", "either"}
_MARKS = {
    "„": (DOUBLE, "open"), "‟": (DOUBLE, "open"),
    "“": (DOUBLE, "either"), "”": (DOUBLE, "close"), "〞": (DOUBLE, "close"),
    '"': (DOUBLE, "either"), "''": (DOUBLE, "either"), "``": (DOUBLE, "open"), "＂": (DOUBLE, "either"),
    "»": (DOUBLE, "either"), "«": (DOUBLE, "either"),
    "‚": (SINGLE, "open"), "‘": (SINGLE, "either"), "’": (SINGLE, "close"),
    "'": (SINGLE, "either"), "›": (SINGLE, "either"), "‹": (SINGLE, "either"),
    "`": (SINGLE, "open"), "´": (SINGLE, "close"),
}

MAX_SENTENCES = 8   # a quote spanning more sentences than this is a stray mark


@dataclass(frozen=True)
class Quoted:
    open: Optional[int]     # token index of the opening mark (None: missing)
    close: Optional[int]    # token index of the closing mark (None: missing)
    start: int              # first token of the span (incl. the mark)
    end: int                # last token of the span, inclusive

    @property
    def balanced(self) -> bool:
        return self.open is not None and self.close is not None

    def inner(self) -> range:
        a = self.start + (1 if self.open is not None else 0)
        b = self.end - (1 if self.close is not None else 0)
        return range(a, b + 1)


def _role(td: TokDoc, i: int, family: str, role: str, pending: Optional[int]) -> str:
    w = td.words[i]
    if role != "either":
        return role
    if w == "“":
        # German closer after „, English opener otherwise – unless it is glued
        # to the word before or followed by punctuation: a stray closer
        if pending is not None:
            return "close"
        nxt = td.words[i + 1] if i + 1 < len(td) else "."
        sb, sa = td.space_before(i), td.space_after(i)
        if nxt in (",", ".", ";", ":", "!", "?") or (sb is False and sa is not False):
            return "close"
        return "open"
    sb, sa = td.space_before(i), td.space_after(i)
    if sb is not None and sa is not None and sb != sa:
        nxt = td.words[i + 1] if i + 1 < len(td) else ""
        if sb and not sa:
            return "open"
        if sa and not sb and nxt not in (".", ",", ";", ":", "!", "?"):
            return "close"
        return "close" if not sb else "open"
    if w in ("»", "«", "›", "‹"):
        if pending is not None:
            return "close"
        return "open"
    if w in ("'", "‘"):
        # apostrophes glued to words are not quote marks
        if pending is None:
            return "open"
        return "close"
    return "close" if pending is not None else "open"


def _matches(opener: str, closer: str) -> bool:
    if opener in ("»",):
        return closer in ("«", "“", '"')
    if opener in ("«",):
        return closer in ("»", "“", '"')
    if opener in ("›",):
        return closer == "‹"
    if opener in ("‹",):
        return closer == "›"
    return True


def find_quoted(td: TokDoc) -> list[Quoted]:
    """All quoted spans of the document, in order (outermost double quotes only,
    single quotes only where they are not nested inside double quotes)."""
    spans: list[Quoted] = []
    pend: dict[str, Optional[int]] = {DOUBLE: None, SINGLE: None}
    # an opener whose quote holds a nested one opened with the same mark
    # ("„Wir haben „Small Business“-Kunden gehabt“, sagte er"); once the
    # nested quote closes, the outer one is pending again
    outer: dict[str, Optional[int]] = {DOUBLE: None, SINGLE: None}
    for i, w in enumerate(td.words):
        if w not in _MARKS:
            continue
        family, role = _MARKS[w]
        if family == SINGLE and w in ("'", "’", "‘") and _is_apostrophe(td, i):
            continue
        if family == SINGLE and pend[DOUBLE] is not None:
            continue  # nested single quotes stay inside the double-quoted span
        p = pend[family]
        if p is not None and td.sent_of[i] - td.sent_of[p] > MAX_SENTENCES:
            spans.append(_unbalanced_open(td, p))
            if outer[family] is not None:
                spans.append(_unbalanced_open(td, outer[family]))
            pend[family] = p = outer[family] = None
        r = _role(td, i, family, role, p)
        if r == "open":
            if p is not None:
                if outer[family] is None and td.sent_of[i] == td.sent_of[p] and td.words[i] == td.words[p]:
                    outer[family] = p  # "„A „B“ …“": a nested quote with the same mark
                else:
                    # two openers in a row: the first one was never closed
                    spans.append(_unbalanced_open(td, p))
            pend[family] = i
        else:
            if p is not None and _matches(td.words[p], w):
                spans.append(Quoted(p, i, p, i))
                pend[family] = outer[family]
                outer[family] = None
            elif p is None:
                q = _unbalanced_close(td, i, spans)
                if q is not None:
                    spans.append(q)
    for family, p in pend.items():
        for q in (p, outer[family]):
            if q is not None:
                spans.append(_unbalanced_open(td, q))
    spans.sort(key=lambda q: q.start)
    # drop spans nested in or overlapping an earlier one
    out: list[Quoted] = []
    for q in spans:
        if out and q.start <= out[-1].end:
            continue
        out.append(q)
    return out


def _is_apostrophe(td: TokDoc, i: int) -> bool:
    sb, sa = td.space_before(i), td.space_after(i)
    if sb is False and sa is False:
        return True
    w_prev = td.words[i - 1] if i else ""
    # "Hans'" genitive: glued to a word ending in s/x/z and followed by a noun
    if sb is False and w_prev[-1:] in ("s", "x", "z", "ß") and sa:
        nxt = td.words[i + 1] if i + 1 < len(td) else ""
        if nxt[:1].isupper() and td.tags[i + 1 if i + 1 < len(td) else i] in ("NN", "NE"):
            return True
    return False


def _unbalanced_open(td: TokDoc, p: int) -> Quoted:
    """An opener never closed: the quote runs to the end of its sentence, stopping
    before a trailing ", sagte X" frame if there is one. Where the paragraphs are
    known (running text, not SpkAtt tokens) it goes on to the end of its paragraph,
    up to a sentence with a quotation mark or a frame of its own."""
    from .frames import postposed_frame_start  # local import: frames uses marks' callers
    s, e = td.sent_range(p)
    end = e - 1
    cut = postposed_frame_start(td, p + 1, e)
    if cut is not None:
        return Quoted(p, None, p, max(p, cut - 1))
    while td.text is not None and td.starts is not None and end + 1 < len(td.words) \
            and not td.line_break_before(end + 1):
        s2, e2 = td.sent_range(end + 1)
        if any(td.is_quote(k) for k in range(s2, e2)):
            break
        cut = postposed_frame_start(td, s2, e2)
        if cut is not None:
            end = cut - 1 if cut > s2 else end
            break
        end = e2 - 1
    return Quoted(p, None, p, max(p, end))


def _unbalanced_close(td: TokDoc, c: int, spans: list[Quoted]) -> Optional[Quoted]:
    """A closer without opener: reach back to a colon or the sentence start."""
    s, _e = td.sent_range(c)
    if c == s:
        return None  # a stray closer at the start of a sentence closes nothing
    start = s
    for k in range(c - 1, s - 1, -1):
        if td.words[k] == ":":
            start = k + 1
            break
    if spans and spans[-1].end >= start:
        start = spans[-1].end + 1
    if start >= c:
        return None
    return Quoted(None, c, start, c)
