"""Corpus stage: undated articles borrow publication dates from their siblings.

Siblings are the articles most similar to it (TF-IDF cosine over capitalised
words, which in German news are mostly names and topic nouns). Until stories
exist this is the "same event" grouping; the dating itself is
:func:`lagebild.temporal.stage.date_group`.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Optional

from ..model import Document, RawArticle, Sentence, Timex
from ..stage import CorpusStage
from .stage import STAGE, date_group

_CAP = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]{3,}")


def _bag(text: str) -> Counter:
    return Counter(w.casefold() for w in _CAP.findall(text))


class SiblingDates(CorpusStage):
    name = "temporal.siblings.v1"
    provides = ("published",)
    requires = ("timexes",)

    def __init__(self, min_similarity: float = 0.05, relative: float = 0.5, max_siblings: int = 6) -> None:
        self.min_similarity = min_similarity
        self.relative = relative      # keep siblings at least this fraction as similar as the best one
        self.keep_above = 0.9
        self.max_siblings = max_siblings

    def run(self, store) -> int:
        """Date what can be dated; returns the number of articles whose date changed."""
        rows = [dict(r) for r in store.conn.execute(
            "SELECT id, source, text, published, published_inferred, published_confidence FROM articles "
            "WHERE language = 'de' AND duplicate_of IS NULL")]
        # strong own evidence (e.g. the page's "Stand:" stamp) is not overruled by siblings
        todo = [r for r in rows if not r["published"] or (r["published_inferred"] and
                                                          (r["published_confidence"] or 0.0) < self.keep_above)]
        changed = self._copies(store)
        if not todo or len(rows) < 2:
            return changed
        bags = {r["id"]: _bag(r["text"]) for r in rows}
        df = Counter(w for b in bags.values() for w in b)
        n = len(rows)
        vecs = {}
        for aid, b in bags.items():
            v = {w: c * math.log((1 + n) / (1 + df[w])) for w, c in b.items()}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            vecs[aid] = {w: x / norm for w, x in v.items()}
        by_id = {r["id"]: r for r in rows}
        for r in todo:
            v = vecs[r["id"]]
            sims = []
            for other in rows:
                if other["id"] == r["id"] or not other["published"]:
                    continue
                ov = vecs[other["id"]]
                s = sum(x * ov.get(w, 0.0) for w, x in v.items())
                if s >= self.min_similarity:
                    sims.append((s, other["id"]))
            if not sims:
                continue
            best = max(sims)[0]
            sims = [(sim, i) for sim, i in sims if sim >= self.relative * best]
            group = [self._doc(store, r)] + [self._doc(store, by_id[i]) for _, i in
                                             sorted(sims, reverse=True)[: self.max_siblings]]
            new = date_group(group)[0]
            if new.published != r["published"] or new.published_confidence != r["published_confidence"]:
                self._save(store, new)
                changed += 1
        return changed

    @staticmethod
    def _copies(store) -> int:
        """An undated exact or near copy takes its original's date (inferred, with lower confidence)."""
        rows = store.conn.execute(
            "SELECT c.id, o.published, o.published_inferred, o.published_confidence FROM articles c "
            "JOIN articles o ON o.id = c.duplicate_of WHERE c.published IS NULL AND o.published IS NOT NULL").fetchall()
        if not rows:
            return 0
        c = store.conn
        c.execute("BEGIN IMMEDIATE")
        for cid, pub, inferred, conf in rows:
            conf = 0.6 * (conf if inferred and conf is not None else 1.0)
            c.execute("UPDATE articles SET published = ?, published_inferred = 1, published_confidence = ? "
                      "WHERE id = ?", (pub, round(conf, 3), cid))
        c.execute("COMMIT")
        return len(rows)

    @staticmethod
    def _doc(store, r: dict) -> Document:
        sents = tuple(Sentence(s["start"], s["end"], s["stage"]) for s in store.annotations("sentences", r["id"]))
        raw = RawArticle(source=r["source"], format="", raw_text="")
        return Document(id=r["id"], raw=raw, text=r["text"], sentences=sents, published=r["published"],
                        published_inferred=bool(r["published_inferred"]),
                        published_confidence=r["published_confidence"])

    @staticmethod
    def _save(store, doc: Document) -> None:
        c = store.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("UPDATE articles SET published = ?, published_inferred = 1, published_confidence = ? WHERE id = ?",
                      (doc.published, doc.published_confidence, doc.id))
            c.execute("DELETE FROM timexes WHERE article = ?", (doc.id,))
            c.executemany(
                'INSERT INTO timexes (article, seq, start, "end", text, type, value, granularity, anchor, '
                "range_start, range_end, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(doc.id, i, t.start, t.end, t.text, t.type, t.value, t.granularity, t.anchor, t.range_start,
                  t.range_end, t.stage) for i, t in enumerate(doc.timexes)])
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
