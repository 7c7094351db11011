"""Attribution chains: outlet → relays → original source.

"Laut CNN hat Panetta verkündet, …" published by outlet X gives the chain
``(X, "CNN", "Panetta")``; "„…“, zitierten russische Medien Peskow" gives
``(X, "russische Medien", "Peskow")``; "berichtete TASS unter Berufung auf
Regierungskreise" gives ``(X, "TASS", "Regierungskreise")``.
"""
from __future__ import annotations

from typing import Optional, Sequence

from ..quotes.speakers import normalise
from ..quotes.tokdoc import Attribution, TokDoc


def speaker_of(td: TokDoc, a: Attribution) -> Optional[str]:
    if a.speaker:
        return a.speaker
    if a.speaker_span:
        return normalise(td, *a.speaker_span)
    return None


def relays_of(a: Attribution, attrs: Sequence[Attribution]) -> list[Attribution]:
    """Outer attributions that carry ``a`` (outermost first): those whose
    message contains ``a``'s cue and message ("Laut CNN hat Panetta gesagt, …")."""
    inner = set(a.message) | set(a.cue)
    outer = [b for b in attrs if b is not a and b.kind != "direct" and b.message
             and inner <= set(b.message) and len(b.message) > len(a.message)]
    outer.sort(key=lambda b: -len(b.message))
    return outer


def chain_of(td: TokDoc, a: Attribution, attrs: Sequence[Attribution], outlet: Optional[str]
             ) -> tuple[tuple[str, ...], Optional[str], Optional[tuple[int, int]]]:
    """``(chain, origin, origin token span)`` for attribution ``a``; the span is
    None when the origin is the outlet or has no phrase in the text."""
    names: list[tuple[str, Optional[tuple[int, int]]]] = []
    if outlet:
        names.append((outlet, None))
    for b in relays_of(a, attrs):
        s = speaker_of(td, b)
        if s:
            names.append((s, b.speaker_span))
    s = speaker_of(td, a)
    if s:
        names.append((s, a.speaker_span))
    if a.origin_span:
        names.append((normalise(td, *a.origin_span), a.origin_span))
    chain: list[str] = []
    span: Optional[tuple[int, int]] = None
    for n, sp in names:
        if not chain or chain[-1].casefold() != n.casefold():
            chain.append(n)
            span = sp
    has_source = bool(s or a.origin_span or len(chain) > (1 if outlet else 0))
    origin = chain[-1] if chain and has_source else None
    return tuple(chain), origin, span if origin else None
