"""Word-type features of the fast mode (shared by training and inference).

Every feature of a word depends on the word alone, so a word type's feature
vector is computed once per process and cached; context comes from the
convolution layers of :mod:`lagebild.ner.fast`.
"""
from __future__ import annotations

import os
import re
import zlib
from functools import lru_cache

GAZETTEER_PATH = os.path.join(os.path.dirname(__file__), "models", "gazetteer.tsv")

_SHAPE_RUN = re.compile(r"(.)\1{2,}")


def shape(word: str) -> str:
    out = []
    for c in word[:12]:
        if c.isupper():
            out.append("X")
        elif c.islower():
            out.append("x")
        elif c.isdigit():
            out.append("d")
        else:
            out.append(c)
    return _SHAPE_RUN.sub(r"\1\1", "".join(out))


def load_gazetteer(path: str = GAZETTEER_PATH) -> tuple[dict[str, str], dict[str, str]]:
    """(single-token names -> type, tokens of multi-token names -> type)."""
    single: dict[str, str] = {}
    part: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, typ = line.rstrip("\n").split("\t")
            toks = name.split()
            if len(toks) == 1:
                single[name] = typ
            else:
                for t in toks:
                    part.setdefault(t, typ)
    return single, part


class Featurizer:
    """word -> list of hashed feature ids in ``[0, n_buckets)``."""

    def __init__(self, n_buckets: int, gazetteer_path: str = GAZETTEER_PATH, parts: bool = True,
                 ngrams: int = 0) -> None:
        self.n = n_buckets
        self.ngrams = ngrams  # > 0: also character trigrams of the lower-cased word (at most this many)
        self.single, self.part = load_gazetteer(gazetteer_path)
        if not parts:
            self.part = {}
        self.features = lru_cache(maxsize=500_000)(self._features)

    def names(self, word: str) -> list[str]:
        low = word.lower()
        f = ["w=" + low, "W=" + word if word[:1].isupper() else "Wl", "sh=" + shape(word),
             "p2=" + low[:2], "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:],
             "len=" + str(min(len(word), 12)), "bias"]
        if "-" in word[1:-1]:
            parts = low.split("-")
            f += ["hf=" + parts[0], "hl=" + parts[-1]]
            g = self.single.get(word.split("-")[0])
            if g:
                f.append("hg=" + g)
        g = self.single.get(word)
        if g:
            f.append("g=" + g)
        elif word.endswith("s") and self.single.get(word[:-1]):
            f.append("gs=" + self.single[word[:-1]])
        p = self.part.get(word)
        if p:
            f.append("gp=" + p)
        if self.ngrams:
            padded = "<" + low + ">"
            f += ["c3=" + padded[i:i + 3] for i in range(min(len(padded) - 2, self.ngrams))]
        return f

    def _features(self, word: str) -> tuple[int, ...]:
        n = self.n
        return tuple(zlib.crc32(s.encode("utf-8")) % n for s in self.names(word))
