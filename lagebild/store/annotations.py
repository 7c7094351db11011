"""How each kind of per-article annotation is written to and read from its table.

Adding an annotation kind means adding one ``Table`` here (plus a migration).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..model import Document


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]            # after (article, seq)
    rows: Callable[[Document], list[tuple[Any, ...]]]


def _removals(doc: Document):
    return [(r.raw_start, r.raw_end, r.at, r.text, r.reason, r.stage) for r in doc.removed]


def _sentences(doc: Document):
    return [(s.start, s.end, s.stage) for s in doc.sentences]


def _mentions(doc: Document):
    return [(m.start, m.end, m.text, m.label, m.score, m.stage) for m in doc.mentions]


def _timexes(doc: Document):
    return [(t.start, t.end, t.text, t.type, t.value, t.granularity, t.anchor, t.range_start, t.range_end, t.stage)
            for t in doc.timexes]


def _quotes(doc: Document):
    return [(q.start, q.end, q.text, q.kind, q.cue, q.cue_start, q.cue_end, q.speaker_text, q.speaker_start,
             q.speaker_end, q.addressee_text, q.addressee_start, q.addressee_end, q.stage) for q in doc.quotes]


def _claims(doc: Document):
    import json

    return [(c.start, c.end, c.text, c.modality, json.dumps(list(c.chain), ensure_ascii=False), c.origin,
             c.subject, None, c.stage, c.origin_start, c.origin_end) for c in doc.claims]


TABLES: tuple[Table, ...] = (
    Table("removals", ("raw_start", "raw_end", "at", "text", "reason", "stage"), _removals),
    Table("sentences", ("start", '"end"', "stage"), _sentences),
    Table("mentions", ("start", '"end"', "text", "label", "score", "stage"), _mentions),
    Table("timexes", ("start", '"end"', "text", "type", "value", "granularity", "anchor", "range_start",
                      "range_end", "stage"), _timexes),
    Table("quotes", ("start", '"end"', "text", "kind", "cue", "cue_start", "cue_end", "speaker_text",
                     "speaker_start", "speaker_end", "addressee_text", "addressee_start", "addressee_end", "stage"),
          _quotes),
    Table("claims", ("start", '"end"', "text", "modality", "chain", "origin", "subject", "grp", "stage",
                     "origin_start", "origin_end"), _claims),
)


def write_annotations(conn, doc: Document) -> None:
    for t in TABLES:
        conn.execute(f"DELETE FROM {t.name} WHERE article = ?", (doc.id,))
        rows = t.rows(doc)
        if rows:
            ph = ", ".join("?" * (len(t.columns) + 2))
            conn.executemany(
                f"INSERT INTO {t.name} (article, seq, {', '.join(t.columns)}) VALUES ({ph})",
                [(doc.id, i, *r) for i, r in enumerate(rows)],
            )
