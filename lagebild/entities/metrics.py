"""Coreference scores: MUC, B³, CEAF-e, their CoNLL average, false merges and splits.

Every function takes two mappings ``mention -> cluster`` (gold and system) over
the same mentions; a mention missing from ``system`` counts as a singleton.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Hashable, Mapping

Key = Hashable


def _clusters(assign: Mapping[Key, Hashable]) -> dict[Hashable, set]:
    out: dict[Hashable, set] = defaultdict(set)
    for m, c in assign.items():
        out[c].add(m)
    return out


def _complete(gold: Mapping, system: Mapping) -> dict:
    sys_full = {m: ("sys", system[m]) if m in system else ("single", m) for m in gold}
    return sys_full


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def b_cubed(gold: Mapping, system: Mapping) -> tuple[float, float, float]:
    sysa = _complete(gold, system)
    g, s = _clusters(gold), _clusters(sysa)
    p = r = 0.0
    for m in gold:
        gc, sc = g[gold[m]], s[sysa[m]]
        inter = len(gc & sc)
        p += inter / len(sc)
        r += inter / len(gc)
    n = len(gold) or 1
    p, r = p / n, r / n
    return p, r, _f(p, r)


def _muc_side(key: dict[Hashable, set], other_assign: Mapping) -> tuple[float, float]:
    num = den = 0
    for c in key.values():
        parts = {other_assign[m] for m in c}
        num += len(c) - len(parts)
        den += len(c) - 1
    return num, den


def muc(gold: Mapping, system: Mapping) -> tuple[float, float, float]:
    sysa = _complete(gold, system)
    g, s = _clusters(gold), _clusters(sysa)
    rn, rd = _muc_side(g, sysa)
    pn, pd = _muc_side(s, gold)
    r = rn / rd if rd else 0.0
    p = pn / pd if pd else 0.0
    return p, r, _f(p, r)


def _max_assignment(sim: list[list[float]]) -> float:
    """Total similarity of the best one-to-one assignment (Hungarian algorithm, O(n^3))."""
    n_rows = len(sim)
    n_cols = len(sim[0]) if sim else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return 0.0
    top = max((v for row in sim for v in row), default=0.0)
    # square cost matrix: minimise (top - similarity), padding costs top
    cost = [[top - (sim[i][j] if i < n_rows and j < n_cols else 0.0) for j in range(n)] for i in range(n)]
    INF = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    p, way = [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [INF] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], INF, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    total = 0.0
    for j in range(1, n + 1):
        i = p[j]
        if i and i - 1 < n_rows and j - 1 < n_cols:
            total += sim[i - 1][j - 1]
    return total


def ceaf_e(gold: Mapping, system: Mapping) -> tuple[float, float, float]:
    """Entity-based CEAF (phi4), with an optimal one-to-one alignment."""
    sysa = _complete(gold, system)
    g, s = list(_clusters(gold).values()), list(_clusters(sysa).values())
    index: dict = defaultdict(list)
    for j, c in enumerate(s):
        for m in c:
            index[m].append(j)
    gold_index = {m: i for i, c in enumerate(g) for m in c}
    # align within connected components only (the rest has similarity 0)
    total = 0.0
    seen_g: set[int] = set()
    for i0 in range(len(g)):
        if i0 in seen_g:
            continue
        comp_g, comp_s, todo = {i0}, set(), [("g", i0)]
        while todo:
            kind, x = todo.pop()
            if kind == "g":
                for m in g[x]:
                    for j in index[m]:
                        if j not in comp_s:
                            comp_s.add(j)
                            todo.append(("s", j))
            else:
                for m in s[x]:
                    i = gold_index[m]
                    if i not in comp_g:
                        comp_g.add(i)
                        todo.append(("g", i))
        seen_g |= comp_g
        gi, sj = sorted(comp_g), sorted(comp_s)
        sim = [[2 * len(g[i] & s[j]) / (len(g[i]) + len(s[j])) for j in sj] for i in gi]
        total += _max_assignment(sim)
    p = total / len(s) if s else 0.0
    r = total / len(g) if g else 0.0
    return p, r, _f(p, r)


def conll(gold: Mapping, system: Mapping) -> float:
    return (muc(gold, system)[2] + b_cubed(gold, system)[2] + ceaf_e(gold, system)[2]) / 3


def false_merges(gold: Mapping, system: Mapping) -> list[tuple[str, str, Hashable]]:
    """Pairs of different gold entities that share a system entity: (gold_a, gold_b, system)."""
    by_sys: dict[Hashable, set] = defaultdict(set)
    for m, c in system.items():
        if m in gold:
            by_sys[c].add(gold[m])
    out = []
    for c, ents in by_sys.items():
        es = sorted(ents)
        for i in range(len(es)):
            for j in range(i + 1, len(es)):
                out.append((es[i], es[j], c))
    return sorted(out, key=lambda x: (x[0], x[1], str(x[2])))


def false_splits(gold: Mapping, system: Mapping) -> dict[str, list[Hashable]]:
    """Gold entities whose mentions land in more than one system entity: gold -> system entities.

    The number of false splits is the sum of ``len(parts) - 1``.
    """
    sysa = _complete(gold, system)
    parts: dict[str, set] = defaultdict(set)
    for m, e in gold.items():
        parts[e].add(sysa[m])
    return {e: sorted(p, key=str) for e, p in sorted(parts.items()) if len(p) > 1}
