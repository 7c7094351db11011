"""Exact-span precision / recall / F1 per type and micro-averaged (as conlleval)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from .labels import spans


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]],
          types: Optional[Sequence[str]] = None) -> dict[str, PRF]:
    """Per-type and ``"micro"`` scores over sentences of BIO tags.

    ``types`` restricts scoring to those types (chunks of other types are
    ignored on both sides), e.g. PER/ORG/LOC on data without MISC.
    """
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        gs = {s for s in spans(g) if types is None or s[2] in types}
        ps = {s for s in spans(p) if types is None or s[2] in types}
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    keys = sorted(set(tp) | set(fp) | set(fn) | set(types or ()))
    out = {k: PRF(tp[k], fp[k], fn[k]) for k in keys}
    out["micro"] = PRF(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def table(scores: dict[str, PRF]) -> str:
    lines = [f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for k, v in scores.items():
        lines.append(f"{k:<6} {v.precision:6.3f} {v.recall:6.3f} {v.f1:6.3f} {v.tp + v.fn:6d}")
    return "\n".join(lines)
