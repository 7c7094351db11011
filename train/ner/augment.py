"""Entity-substitution augmentation for the fast model.

A training sentence is copied with some of its entity chunks replaced by another
name of the same type: names seen as chunks in the training data (unique
strings, so frequent names are not favoured), gazetteer names (``ORG``/``LOC``)
and person names built from a gazetteer first name and the last word of a
training person name. If the replaced chunk looks like a genitive ("Merkels",
"Chinas": last word ends in -s and its stem is a known name word), the new
name gets the -s too. The model then has to read the context as well as the
name itself, instead of memorising the training names.

For distillation the teacher's distributions are kept for the words outside
the replaced chunks (their context changed only in the name); the words of a
new chunk get its gold tags, smoothed as for sentences without teacher targets.
"""
from __future__ import annotations

import random

import numpy as np

from data import Sentence
from lagebild.ner.features import GAZETTEER_PATH
from lagebild.ner.labels import TAG_INDEX, TAGS, spans


def smoothed(tags: list[str]) -> np.ndarray:
    """log of a 0.98/0.02-smoothed one-hot per tag."""
    out = np.full((len(tags), len(TAGS)), 0.02 / len(TAGS), np.float32)
    for i, t in enumerate(tags):
        out[i, TAG_INDEX[t]] += 0.98
    return np.log(out)


class Substituter:
    def __init__(self, train: list[Sentence], seed: int = 0, gazetteer_path: str = GAZETTEER_PATH,
                 use_gazetteer: bool = True) -> None:
        self.rng = random.Random(seed)
        pools: dict[str, set[tuple[str, ...]]] = {}
        for s in train:
            for a, b, typ in spans(s.tags):
                pools.setdefault(typ, set()).add(tuple(s.words[a:b]))
        if use_gazetteer:
            first_names = []
            with open(gazetteer_path, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#") or not line.strip():
                        continue
                    name, typ = line.rstrip("\n").split("\t")
                    if typ in ("ORG", "LOC"):
                        pools.setdefault(typ, set()).add(tuple(name.split()))
                    elif typ == "PERFIRST":
                        first_names.append(name)
            surnames = sorted({p[-1] for p in pools.get("PER", ()) if len(p) >= 2 and p[-1][:1].isupper()})
            if first_names and surnames:
                r = random.Random(seed + 1)
                for _ in range(len(surnames)):
                    pools["PER"].add((r.choice(first_names), r.choice(surnames)))
        self.pools = {t: sorted(v) for t, v in pools.items()}
        self.name_words = {p[-1] for v in self.pools.values() for p in v}

    def _genitive(self, words: tuple[str, ...]) -> bool:
        w = words[-1]
        return len(w) > 3 and w.endswith("s") and w[:-1] in self.name_words

    def _sample(self, typ: str, genitive: bool) -> tuple[str, ...]:
        pool = self.pools[typ]
        for _ in range(4):
            name = self.rng.choice(pool)
            if not genitive:
                if not self._genitive(name):
                    return name
            elif not name[-1].endswith(("s", "x", "z", "ß")):
                return name[:-1] + (name[-1] + "s",)
        return name

    def __call__(self, s: Sentence, teacher: np.ndarray | None, p: float = 0.5) -> Sentence | None:
        chunks = [c for c in spans(s.tags) if c[2] in self.pools]
        if not chunks:
            return None
        pick = [self.rng.random() < p for _ in chunks]
        if not any(pick):
            pick[self.rng.randrange(len(chunks))] = True
        words: list[str] = []
        tags: list[str] = []
        rows: list[np.ndarray] = []
        pos = 0
        for (a, b, typ), sub in zip(chunks, pick):
            if not sub:
                continue
            words += s.words[pos:a]
            tags += s.tags[pos:a]
            if teacher is not None:
                rows.append(teacher[pos:a].astype(np.float32))
            name = self._sample(typ, self._genitive(tuple(s.words[a:b])))
            nt = ["B-" + typ] + ["I-" + typ] * (len(name) - 1)
            words += name
            tags += nt
            if teacher is not None:
                rows.append(smoothed(nt))
            pos = b
        words += s.words[pos:]
        tags += s.tags[pos:]
        out = Sentence(words, tags, s.source, s.weak_o, s.doc_type)
        if teacher is not None:
            rows.append(teacher[pos:].astype(np.float32))
            out.teacher = np.concatenate(rows, 0)  # type: ignore[attr-defined]
        return out


def capitalise_second(s: Sentence, teacher: np.ndarray | None) -> Sentence:
    """"Die russische Regierung ..." -> "Russische Regierung ...": a capitalised
    sentence-initial word that is otherwise written in lower case is no name."""
    w = s.words[1]
    out = Sentence([w[:1].upper() + w[1:]] + s.words[2:], s.tags[1:], s.source, s.weak_o, s.doc_type)
    if teacher is not None:
        out.teacher = teacher[1:].astype(np.float32)  # type: ignore[attr-defined]
    return out
