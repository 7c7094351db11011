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
             ) -> tuple[tuple[str, ...], Optional[str]]:
    """``(chain, origin)`` for attribution ``a``."""
    names: list[str] = []
    if outlet:
        names.append(outlet)
    for b in relays_of(a, attrs):
        s = speaker_of(td, b)
        if s:
            names.append(s)
    s = speaker_of(td, a)
    if s:
        names.append(s)
    if a.origin_span:
        names.append(normalise(td, *a.origin_span))
    chain: list[str] = []
    for n in names:
        if not chain or chain[-1].casefold() != n.casefold():
            chain.append(n)
    has_source = bool(s or a.origin_span or len(chain) > (1 if outlet else 0))
    origin = chain[-1] if chain and has_source else None
    return tuple(chain), origin
