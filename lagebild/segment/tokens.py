"""A rule-based German tokenizer with character offsets.

Keeps hyphenated compounds ("Kreml-Sprecher", "Kim-Il-Sung-Platz", "45-jährige"), dotted names
("ver.di-Verhandlungsführerin", "tagesschau.de"), numbers and
dates ("13.09.2023", "2.000", "3,5"), abbreviations ("Dr.", "z.", "B.") and
ordinals ("13." before a month) as single tokens; punctuation stands alone.
"""
from __future__ import annotations

import re

from .abbreviations import ABBREVIATIONS, MONTHS, NUMBERED, ORDINAL_NOUNS

_TOKEN = re.compile(r"""
    (?P<url>https?://\S+[\w/]|www\.\S+[\w/])
  | (?P<email>[\w.+-]+@[\w-]+\.[\w.-]+\w)
  | (?P<numword>\d+(?:[.,]\d+)?-?[^\W\d_][\w]*(?:-[\w]+)*)  # "45-jährige", "2,5-fach", "2023er", "5G"
  | (?P<num>\d+(?:[.,:]\d+)+|\d+)
  | (?P<dotted>[a-zäöü][\w-]*(?:\.[a-zäöü]{2,})+(?:-[\w]+)*)  # "ver.di", "ver.di-Chef", "tagesschau.de"
  | (?P<word>[^\W\d_](?:[\w]|[-'’](?=\w)|\.(?=[^\W\d_]\.))*-?
        |\d+[^\W\d_][\w]*(?:-[\w]+)*)       # "2023er", "5G"
  | (?P<ellipsis>\.{2,}|…)
  | (?P<punct>\S)
""", re.VERBOSE)

_LOWER_START = re.compile(r"^[a-zäöüß]")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the tokens of ``text``."""
    spans: list[tuple[int, int]] = []
    matches = list(_TOKEN.finditer(text))
    n = len(matches)
    i = 0
    while i < n:
        m = matches[i]
        s, e = m.span()
        kind = m.lastgroup
        nxt = matches[i + 1] if i + 1 < n else None
        if nxt is not None and nxt.group() == "." and nxt.start() == e:
            tok = m.group()
            after = matches[i + 2] if i + 2 < n else None
            after_text = after.group() if after else ""
            prev = text[spans[-1][0]:spans[-1][1]] if spans else ""
            if kind == "word" and _is_abbreviation(tok, after_text, prev):
                spans.append((s, nxt.end()))
                i += 2
                continue
            if kind == "num" and _is_ordinal(tok, after_text):
                spans.append((s, nxt.end()))
                i += 2
                continue
        spans.append((s, e))
        i += 1
    return spans


def _is_abbreviation(tok: str, after: str, prev: str) -> bool:
    if "." in tok:
        return True
    if len(tok) == 1 and tok.isupper():
        # an initial before a name ("J. Smith") or the second part of "z. B.", "u. U."
        return after[:1].isupper() or (len(prev) == 2 and prev.endswith("."))
    if tok in NUMBERED:
        return not after[:1].isalpha() or after[:1].islower() or after in ("I", "II", "III", "IV", "V", "VI")
    return tok in ABBREVIATIONS


def _is_ordinal(tok: str, after: str) -> bool:
    if not tok.isdigit() or len(tok) > 3:
        return False
    if after in MONTHS or after in ORDINAL_NOUNS:
        return True
    if _LOWER_START.match(after):
        return True        # "am 3. und 4. Oktober", "der 2. größte"
    return False
