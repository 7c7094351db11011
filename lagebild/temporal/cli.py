"""What ``lagebild timex`` prints: one JSON object per temporal expression.

The CLI wiring lives in :mod:`lagebild.cli`; this module only turns text into
the objects to print, so it can be tested without a shell.
"""
from __future__ import annotations

from typing import Optional

from ..errors import LagebildError
from .calendar import parse_day
from .dct import infer_dct
from .tagger import DOMAINS, tag

FIELDS = ("start", "end", "text", "type", "value", "granularity", "anchor")


def timex_main(text: str, dct: Optional[str], domain: str = "news") -> list[dict]:
    """JSON-ready objects for every expression in ``text``, resolved against ``dct``.

    Without ``dct`` the publication date is inferred from the text; each object
    then carries ``"dct_inferred": true`` and the inference confidence.
    Vague expressions also carry ``range_start`` and ``range_end``.
    """
    if dct is not None and parse_day(dct) is None:
        raise LagebildError("T001", f"--dct must be a date like 2023-09-14, not {dct!r}")
    if domain not in DOMAINS:
        raise LagebildError("T002", f"--domain must be one of {', '.join(DOMAINS)}, not {domain!r}")
    inferred = None
    if dct is None:
        guess = infer_dct(text)
        if guess.value is not None:
            dct, inferred = guess.value, guess.confidence
    out = []
    for t in tag(text, dct, domain=domain):
        obj = {k: getattr(t, k) for k in FIELDS}
        if t.range_start or t.range_end:
            obj["range_start"], obj["range_end"] = t.range_start, t.range_end
        if inferred is not None:
            obj["dct_inferred"] = True
            obj["dct_confidence"] = inferred
        out.append(obj)
    return out
