"""Run the quotation rules over a :class:`TokDoc` and resolve speakers."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from . import speakers as S
from .direct import direct_quotes
from .indirect import free_indirect, sentence_attributions
from .marks import find_quoted
from .tokdoc import Attribution, TokDoc

MAX_CONTINUATION = 3   # Konjunktiv sentences that may continue one attribution


def extract(td: TokDoc) -> list[Attribution]:
    """All attributions of the document, in text order, speakers resolved."""
    quoted = find_quoted(td)
    direct = direct_quotes(td, quoted)
    direct = _bare_direct_speakers(td, direct)
    blocked: set[int] = set()
    for a in direct:
        blocked.update(a.message)
        blocked.update(a.cue)
        blocked.update(a.source)
        blocked.update(a.addr)
    out = list(direct)
    by_sent: dict[int, list[Attribution]] = {}
    for a in direct:
        by_sent.setdefault(td.sent_of[a.message[-1]], []).append(a)
    last: Optional[Attribution] = None
    chain = 0
    for n, (s, e) in enumerate(td.sents):
        found = sentence_attributions(td, s, e, blocked)
        out.extend(found)
        here = found + by_sent.get(n, [])
        if here:
            last = max(here, key=lambda a: a.message[-1])
            chain = 0
            continue
        if any(k in blocked for k in range(s, e)):
            last, chain = None, 0
            continue
        if last is not None and last.kind != "direct" and chain < MAX_CONTINUATION:
            cont = free_indirect(td, s, e, last)
            if cont is not None:
                out.append(cont)
                chain += 1
                continue
        last, chain = None, 0
    out.sort(key=lambda a: (a.message[0] if a.message else 0))
    return resolve_speakers(td, out)


def _bare_direct_speakers(td: TokDoc, direct: list[Attribution]) -> list[Attribution]:
    """A framed quote followed by unframed quoted sentences: „A“, sagte X. „B“
    – B is X's too (same source, no cue)."""
    out: list[Attribution] = []
    prev: Optional[Attribution] = None
    for a in direct:
        if not a.source and not a.cue and prev is not None and prev.source:
            gap = td.sent_of[a.message[0]] - td.sent_of[prev.message[-1]]
            if gap <= 2:
                a = replace(a, source=prev.source, speaker_span=prev.speaker_span, rule=a.rule + "+cont")
        out.append(a)
        prev = a
    return out


def resolve_speakers(td: TokDoc, attrs: list[Attribution]) -> list[Attribution]:
    recent: list[tuple[int, int]] = []
    out: list[Attribution] = []
    for a in attrs:
        span = a.speaker_span
        if span is None and a.source:
            span = (a.source[0], a.source[-1] + 1)
        if span is None:
            out.append(a)
            continue
        i, j = span
        resolved = span
        if j - i == 1 and td.low[i] in ("er", "sie", "wir", "ihr"):
            ante = S.antecedent(td, i, recent)
            if ante:
                resolved = ante
        elif j - i == 1:
            full = S.full_name(td, i, j, i)
            if full:
                resolved = full
        speaker = S.normalise(td, *resolved)
        if td.low[i] == "man" and j - i == 1:
            speaker = None
        if resolved != span or not (j - i == 1 and td.tags[i] == "PPER"):
            recent.append(resolved)
        out.append(replace(a, speaker=speaker, speaker_span=resolved))
    return out
