"""Corpus stage: group claims with the same origin saying the same thing across articles.

Reads the stored claims, finds the entity each origin's mention is linked to (``claims.origin_entity``:
"Sergej Lawrow", "Russlands Außenminister Sergei Lawrow" and "der russische Außenminister" are one
origin once entity linking has run), groups the claims with :func:`lagebild.claims.group.group_claims`
and stores each claim's group id (``claims.grp``, exported as ``group``) and each group with its
counts (``claim_groups``: claims, distinct origins, relays, outlets, articles). Copies of an article
are relays of the same origin: they join its group and count as relays, never as new origins.
"""
from __future__ import annotations

import json
from collections import defaultdict

from ..model import Claim, Document, RawArticle
from ..stage import CorpusStage
from .group import group_claims, group_index


class ClaimGroups(CorpusStage):
    name = "claims.groups.v1"
    provides = ("claim_groups",)
    requires = ("claims",)

    def __init__(self, threshold: float = 0.5) -> None:
        self.threshold = threshold

    def run(self, store) -> int:
        c = store.conn
        entities = store.span_entities('SELECT article, seq, origin_start AS s, origin_end AS e FROM claims '
                                       'WHERE origin_start IS NOT NULL')
        per_doc: dict[str, list] = defaultdict(list)
        meta = {}
        for r in c.execute("SELECT cl.*, a.source, a.outlet FROM claims cl JOIN articles a ON a.id = cl.article "
                           "ORDER BY a.rowid, cl.seq"):
            per_doc[r["article"]].append(Claim(r["start"], r["end"], r["text"], r["modality"],
                                               tuple(json.loads(r["chain"] or "[]")), r["origin"], r["subject"],
                                               r["stage"], r["origin_start"], r["origin_end"]))
            meta[r["article"]] = (r["source"], r["outlet"])
        docs = [Document(id=aid, raw=RawArticle(source=meta[aid][0], format="", raw_text="", outlet=meta[aid][1]),
                         claims=tuple(cls)) for aid, cls in per_doc.items()]
        groups = group_claims(docs, threshold=self.threshold, origin_entities=entities)
        index = group_index(groups)
        # claims are stored in the same order as doc.claims, so index position == seq
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("UPDATE claims SET grp = NULL, origin_entity = NULL")
            c.executemany("UPDATE claims SET grp = ? WHERE article = ? AND seq = ?",
                          [(gid, aid, seq) for (aid, seq), gid in index.items()])
            c.executemany("UPDATE claims SET origin_entity = ? WHERE article = ? AND seq = ?",
                          [(ent, aid, seq) for (aid, seq), ent in entities.items()])
            c.execute("DELETE FROM claim_groups")
            c.executemany("INSERT INTO claim_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          [(g.id, g.origin, g.origin_entity, g.text, len(g.members), g.origins, g.relays, g.outlets,
                            g.articles, json.dumps(list(g.modalities)), self.name) for g in groups])
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return len(groups)
