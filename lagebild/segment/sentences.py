"""Sentence splitting over tokens, German-aware.

A sentence ends after ``.``, ``!``, ``?`` or ``…`` (plus closing quotes or
brackets) when the next token can start a sentence. Paragraph breaks always
end a sentence. Abbreviations and ordinals were already glued to their period
by the tokenizer, so they never end one.
"""
from __future__ import annotations

import re

from .tokens import tokenize

_CLOSERS = set("\"“”»«’')]")
_OPENERS = set("\"„“»«‚‘'([")
_ENDERS = {".", "!", "?", "…", "...", "?!", "!?"}


def split_sentences(text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character spans of the sentences of ``text``."""
    toks = spans if spans is not None else tokenize(text)
    sents: list[tuple[int, int]] = []
    start_i = 0
    n = len(toks)
    i = 0
    while i < n:
        s, e = toks[i]
        tok = text[s:e]
        end_here = False
        j = i
        if tok in _ENDERS or (len(tok) > 1 and set(tok) <= set(".…")) or tok in ("!", "?"):
            # absorb further enders and closing quotes/brackets
            while j + 1 < n and text[toks[j + 1][0]:toks[j + 1][1]] in _ENDERS | _CLOSERS \
                    and toks[j + 1][0] == toks[j][1]:
                j += 1
            if j + 1 >= n:
                end_here = True
            else:
                ns = toks[j + 1][0]
                nxt = text[ns:toks[j + 1][1]]
                gap = text[toks[j][1]:ns]
                if "\n" in gap:
                    end_here = True
                elif gap and (nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in _OPENERS
                              or nxt[:1] in "-–—"):
                    end_here = not _quote_continues(text, toks, j)
        elif i + 1 < n and "\n\n" in text[e:toks[i + 1][0]]:
            end_here = True
        if end_here:
            sents.append((toks[start_i][0], toks[j][1]))
            start_i = j + 1
            i = j + 1
            continue
        i += 1
    if start_i < n:
        sents.append((toks[start_i][0], toks[-1][1]))
    return sents


_CUE_AFTER = re.compile(r"^\s*[,]")


def _quote_continues(text: str, toks, j: int) -> bool:
    """„Wir kommen!“, sagte er. — the sentence goes on after the closing quote."""
    return bool(j + 1 < len(toks) and _CUE_AFTER.match(text[toks[j][1]:toks[j][1] + 3]))
