"""Exact duplicates by content hash, near-duplicates by MinHash LSH (datasketch).

A corpus stage that runs in the main process, in input order, seeded with every
article already in the store, so re-runs and later batches link to the same
originals. Duplicates are stored and linked, never dropped.
"""
from __future__ import annotations

import re
from typing import Optional

import numpy as np

from ..ingest.identity import content_hash
from ..model import Document
from ..stage import CorpusStage
from ..store.db import Dedup

NUM_PERM = 64
SHINGLE = 4
SCHEME = "affine32"
_WORD = re.compile(r"\w+")


def signature(text: str) -> Optional[np.ndarray]:
    from datasketch import MinHash

    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return None
    shingles = {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch(list(shingles))
    return np.asarray(m.hashvalues, dtype=np.uint64)


class DedupStage(CorpusStage):
    name = "dedup.minhash.v1"
    provides = ("duplicate_of",)
    requires = ("text",)

    def __init__(self, threshold: float = 0.6) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.hashes: dict[str, str] = {}
        self.sigs: dict[str, np.ndarray] = {}

    def load(self, store) -> "DedupStage":
        for h, aid in store.content_hashes():
            self.hashes.setdefault(h, aid)
        for aid, blob in store.signatures():
            self._add(aid, np.frombuffer(blob, dtype=np.uint64).copy())
        return self

    def _add(self, aid: str, sig: np.ndarray) -> None:
        from datasketch import MinHash

        if aid in self.sigs:
            return
        self.sigs[aid] = sig
        self.lsh.insert(aid, MinHash(num_perm=NUM_PERM, seed=1, hashvalues=sig, scheme=SCHEME))

    def check(self, doc: Document) -> Dedup:
        """Decide for one article (call in input order); registers it as a candidate original."""
        from datasketch import MinHash

        text = doc.text or ""
        h = content_hash(text)
        sig = signature(text)
        blob = sig.tobytes() if sig is not None else None
        orig = self.hashes.get(h)
        if orig is not None and orig != doc.id:
            return Dedup(h, orig, "exact", 1.0, blob)
        self.hashes.setdefault(h, doc.id)
        if sig is None:
            return Dedup(h, signature=blob)
        best, best_sim = None, 0.0
        for cand in self.lsh.query(MinHash(num_perm=NUM_PERM, seed=1, hashvalues=sig, scheme=SCHEME)):
            if cand == doc.id:
                continue
            sim = float(np.mean(self.sigs[cand] == sig))
            if sim > best_sim:
                best, best_sim = cand, sim
        if best is not None and best_sim >= self.threshold:
            return Dedup(h, best, "near", round(best_sim, 3), blob)
        self._add(doc.id, sig)
        return Dedup(h, signature=blob)
