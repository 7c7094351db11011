"""The one label set every NER mode emits, and BIO helpers."""
from __future__ import annotations

from typing import Sequence

import numpy as np

TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
TAGS: tuple[str, ...] = ("O",) + tuple(f"{b}-{t}" for t in TYPES for b in ("B", "I"))
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
MISC_TAGS = (TAG_INDEX["B-MISC"], TAG_INDEX["I-MISC"])


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """BIO tags -> [(start, end_exclusive, type)], conlleval-style: an I-X that
    does not continue an X chunk starts a new chunk."""
    out, start, typ = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                out.append((start, i, typ))
            start, typ = (i, t[2:]) if t != "O" else (None, None)
    return out


def allowed_transitions() -> np.ndarray:
    """[prev, next] mask: I-X may only follow B-X or I-X."""
    n = len(TAGS)
    ok = np.ones((n, n), bool)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            for i, p in enumerate(TAGS):
                ok[i, j] = p[2:] == t[2:] and p != "O"
    return ok


_OK = allowed_transitions()
_START_OK = np.array([not t.startswith("I-") for t in TAGS])


def viterbi_bio(logp: np.ndarray) -> list[int]:
    """Best tag sequence under BIO constraints for per-token log-probs [n, tags]."""
    n = logp.shape[0]
    if n == 0:
        return []
    neg = -1e9
    trans = np.where(_OK, 0.0, neg)
    score = logp[0] + np.where(_START_OK, 0.0, neg)
    back = np.zeros((n, logp.shape[1]), np.int64)
    for i in range(1, n):
        cand = score[:, None] + trans
        back[i] = cand.argmax(0)
        score = cand.max(0) + logp[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i, best[-1]]))
    return best[::-1]


def viterbi_bio_batch(logps: Sequence[np.ndarray]) -> list[list[int]]:
    """:func:`viterbi_bio` for many sentences at once (vectorised across sentences)."""
    n_tags = len(TAGS)
    lens = [len(lp) for lp in logps]
    S, T = len(logps), max(lens, default=0)
    if T == 0:
        return [[] for _ in logps]
    neg = -1e9
    x = np.zeros((S, T, n_tags), np.float32)
    for i, lp in enumerate(logps):
        if len(lp):
            x[i, :len(lp)] = lp
    lens_a = np.asarray(lens)
    trans = np.where(_OK, 0.0, neg).astype(np.float32)
    score = x[:, 0] + np.where(_START_OK, 0.0, neg).astype(np.float32)
    back = np.zeros((S, T, n_tags), np.int64)
    for t in range(1, T):
        cand = score[:, :, None] + trans[None]          # [S, prev, next]
        best_prev = cand.argmax(1)
        new = np.take_along_axis(cand, best_prev[:, None, :], 1)[:, 0] + x[:, t]
        live = (t < lens_a)[:, None]
        score = np.where(live, new, score)
        back[:, t] = best_prev
    out = []
    last = score.argmax(1)
    for i, n in enumerate(lens):
        if n == 0:
            out.append([])
            continue
        path = [int(last[i])]
        b = back[i]
        for t in range(n - 1, 0, -1):
            path.append(int(b[t, path[-1]]))
        out.append(path[::-1])
    return out
