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


TABLES: tuple[Table, ...] = (
    Table("removals", ("raw_start", "raw_end", "at", "text", "reason", "stage"), _removals),
    Table("sentences", ("start", '"end"', "stage"), _sentences),
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
