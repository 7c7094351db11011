"""Entity linking state in the store: entities, links, acts-as links and the user's corrections.

Rows map 1:1 onto the frozen dataclasses of :mod:`lagebild.entities.records`;
tuple fields are stored as JSON arrays.
"""
from __future__ import annotations

import dataclasses
import json
from typing import Optional

TABLES = {"Entity": "entities", "EntityLink": "entity_links", "ActsAs": "entity_acts_as",
          "Correction": "entity_corrections"}


def _row(rec) -> tuple:
    return tuple(json.dumps(list(v), ensure_ascii=False) if isinstance(v, tuple) else v
                 for v in (getattr(rec, f.name) for f in dataclasses.fields(rec)))


def _insert(conn, cls, recs) -> None:
    cols = [f.name for f in dataclasses.fields(cls)]
    q = (f"INSERT INTO {TABLES[cls.__name__]} ({', '.join(chr(34) + c + chr(34) for c in cols)}) "
         f"VALUES ({', '.join('?' * len(cols))})")
    conn.executemany(q, [_row(r) for r in recs])


def _load(conn, cls) -> list:
    fields = dataclasses.fields(cls)
    out = []
    for r in conn.execute(f"SELECT * FROM {TABLES[cls.__name__]}"):
        kw = {}
        for f in fields:
            v = r[f.name]
            if str(f.type).startswith("tuple") and isinstance(v, str):
                v = tuple(json.loads(v))
            kw[f.name] = v
        out.append(cls(**kw))
    return out


class EntityStoreMixin:
    """Methods the ``entities.rules.v1`` stage and the CLI use on a Store."""

    def entity_state(self):
        from ..entities.records import ActsAs, Entity, EntityLink, LinkState

        ents = _load(self.conn, Entity)
        if not ents:
            return None
        return LinkState(entities=tuple(ents), links=tuple(_load(self.conn, EntityLink)),
                         acts_as=tuple(_load(self.conn, ActsAs)))

    def save_entity_state(self, state) -> None:
        from ..entities.records import ActsAs, Entity, EntityLink

        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            for t in ("entities", "entity_links", "entity_acts_as"):
                c.execute(f"DELETE FROM {t}")
            _insert(c, Entity, state.entities)
            _insert(c, EntityLink, state.links)
            _insert(c, ActsAs, state.acts_as)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def entity_corrections(self) -> list:
        from ..entities.records import Correction

        return sorted(_load(self.conn, Correction), key=lambda c: c.seq)

    def add_entity_correction(self, correction) -> None:
        from ..entities.records import Correction

        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            _insert(c, Correction, [correction])
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def entity(self, entity_id: str) -> Optional[dict]:
        r = self.conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return _decode(dict(r)) if r else None

    def entity_list(self, *, query: Optional[str] = None, type: Optional[str] = None, limit: int = 500) -> list[dict]:
        if query:
            from ..entities.export import find_entities

            state = self.entity_state()
            if state is None:
                return []
            hits = find_entities(list(state.entities), query, type=type)
            return [self.entity(e.id) for e in hits[:limit]]
        where, args = ("WHERE type = ?", [type]) if type else ("", [])
        q = f"SELECT * FROM entities {where} ORDER BY mention_count DESC, name LIMIT ?"
        return [_decode(dict(r)) for r in self.conn.execute(q, (*args, limit))]

    def entity_links(self, *, entity: Optional[str] = None, article: Optional[str] = None) -> list[dict]:
        if entity:
            rows = self.conn.execute('SELECT * FROM entity_links WHERE entity = ? ORDER BY article, start', (entity,))
        elif article:
            rows = self.conn.execute('SELECT * FROM entity_links WHERE article = ? ORDER BY start', (article,))
        else:
            rows = self.conn.execute('SELECT l.* FROM entity_links l JOIN articles a ON a.id = l.article '
                                     'ORDER BY a.rowid, l.start')
        return [_decode(dict(r)) for r in rows]

    def span_entities(self, query: str, args: tuple = ()) -> dict[tuple[str, int], str]:
        """``(article, seq) -> entity id`` for the rows of ``query`` (columns article, seq,
        s, e: a character span). Of the linked mentions overlapping the span, a person
        wins over anything else, then a mention outside a trailing prepositional phrase,
        then the one that ends last: the head of "Russlands Außenminister Sergei Lawrow"
        is Lawrow, not Russland; of "das Verteidigungsministerium in Seoul" Seoul only if
        nothing else is linked. A capital speaking for its government ("Washington
        behauptete") is the government."""
        links: dict[str, list[tuple]] = {}
        for l in self.conn.execute('SELECT l.article, l.start, l."end", l.entity, e.type FROM entity_links l '
                                   'LEFT JOIN entities e ON e.id = l.entity'):
            links.setdefault(l["article"], []).append((l["start"], l["end"], l["entity"], l["type"]))
        acts = {(r["article"], r["start"]): r["target"] for r in self.conn.execute(
            "SELECT article, start, target FROM entity_acts_as WHERE relation = 'government'")}
        texts: dict[str, str] = {}
        out = {}
        for q in self.conn.execute(query, args):
            inside = [(s, e, ent, t) for s, e, ent, t in links.get(q["article"], ()) if s < q["e"] and q["s"] < e]
            if not inside:
                continue
            if q["article"] not in texts:
                row = self.conn.execute("SELECT text FROM articles WHERE id = ?", (q["article"],)).fetchone()
                texts[q["article"]] = row["text"] or "" if row else ""
            text = texts[q["article"]]

            def rank(link):
                s, e, ent, t = link
                before = text[max(q["s"], 0):s].split()
                in_pp = s > q["s"] and bool(before) and before[-1].casefold() in _PP_HEADS
                return (t == "PER", not in_pp, e)
            best = max(inside, key=rank)
            if best[3] != "PER" and not rank(best)[1]:
                continue  # only a place inside a trailing phrase is linked: it is not the speaker
            out[(q["article"], q["seq"])] = acts.get((q["article"], best[0]), best[2])
        return out


# prepositions that open a phrase after the head of a speaker phrase ("das Ministerium in Seoul")
_PP_HEADS = frozenset({"in", "im", "aus", "bei", "beim", "von", "vom", "am", "an", "auf", "für", "nach"})


def _decode(row: dict) -> dict:
    for k in ("aliases", "roles", "articles"):
        if isinstance(row.get(k), str) and row[k].startswith("["):
            row[k] = json.loads(row[k])
    return row
