"""The Store: all reads and writes of the SQLite database go through here."""
from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator, Optional

from ..errors import LagebildError
from ..model import Document, Skipped
from .annotations import TABLES, write_annotations
from .entities import EntityStoreMixin
from .migrations import MIGRATIONS, migrate


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Dedup:
    """What the dedup stage decided for one article."""

    content_hash: str
    duplicate_of: Optional[str] = None
    kind: Optional[str] = None          # exact | near
    similarity: Optional[float] = None
    signature: Optional[bytes] = None   # MinHash signature


ARTICLE_COLUMNS = (
    "id", "source", "format", "outlet", "title", "url", "author", "published", "published_inferred",
    "published_confidence", "language", "language_confidence", "encoding", "raw_text", "text",
    "content_hash", "duplicate_of", "duplicate_kind", "duplicate_similarity", "n_tokens", "stages",
    "pipeline", "run_id", "ingested_at",
)


def _upgrade_if_behind(path: str) -> None:
    """A database written by an older Lagebild gets the additive migrations it lacks
    before it is read, so ``serve`` and ``export`` work on it; nothing stored changes."""
    try:
        ro = sqlite3.connect(f"file:{os.path.abspath(path)}?mode=ro", uri=True)
        try:
            done = ro.execute("SELECT MAX(version) FROM migrations").fetchone()[0] or 0
        finally:
            ro.close()
    except sqlite3.DatabaseError:
        return  # not a Lagebild database (yet): the caller reports it
    if done >= MIGRATIONS[-1][0]:
        return
    try:
        rw = sqlite3.connect(path, isolation_level=None)
        try:
            rw.execute("PRAGMA busy_timeout = 10000")
            migrate(rw)
        finally:
            rw.close()
    except sqlite3.DatabaseError as e:
        raise LagebildError("E023", f"{path}: written by an older Lagebild (schema {done}) and cannot be upgraded "
                                    f"here: {e}") from None


class Store(EntityStoreMixin):
    def __init__(self, path: str, *, readonly: bool = False) -> None:
        self.path = path
        if readonly:
            if not os.path.exists(path):
                raise LagebildError("E020", f"database {path!r} does not exist (run 'lagebild build' first)")
            _upgrade_if_behind(path)
            uri = f"file:{os.path.abspath(path)}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            d = os.path.dirname(os.path.abspath(path))
            os.makedirs(d, exist_ok=True)
            self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                migrate(self.conn)
        except sqlite3.DatabaseError as e:
            raise LagebildError("E021", f"{path}: not a usable Lagebild database: {e}") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- runs ---------------------------------------------------------------
    def start_run(self, command: str, pipeline: list[str]) -> int:
        cur = self.conn.execute("INSERT INTO runs (started_at, command, pipeline) VALUES (?, ?, ?)",
                                (_now(), command, json.dumps(pipeline)))
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, counts: dict[str, int], status: str) -> None:
        self.conn.execute(
            "UPDATE runs SET finished_at=?, n_read=?, n_stored=?, n_unchanged=?, n_duplicates=?, n_skipped=?, "
            "status=? WHERE id=?",
            (_now(), counts.get("read", 0), counts.get("stored", 0), counts.get("unchanged", 0),
             counts.get("duplicates", 0), counts.get("skipped", 0), status, run_id))

    # -- writes -------------------------------------------------------------
    def write_batch(self, items: list[tuple[Document, Dedup]], skipped: list[Skipped], run_id: Optional[int],
                    pipeline: str = "") -> None:
        """Write articles with all their annotations, and skip records, in one transaction."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            for doc, dd in items:
                row = self._article_row(doc, dd, run_id, pipeline)
                ph = ", ".join("?" * len(ARTICLE_COLUMNS))
                updates = ", ".join(f"{k}=excluded.{k}" for k in ARTICLE_COLUMNS if k != "id")
                c.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({ph}) "
                          f"ON CONFLICT(id) DO UPDATE SET {updates}", row)
                write_annotations(c, doc)
                if dd.signature is not None:
                    c.execute("INSERT OR REPLACE INTO minhashes VALUES (?, ?)", (doc.id, dd.signature))
            for s in skipped:
                c.execute("INSERT INTO skipped VALUES (?, ?, ?, ?, ?)", (run_id, s.source, s.stage, s.reason, _now()))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    @staticmethod
    def _article_row(doc: Document, dd: Dedup, run_id: Optional[int], pipeline: str) -> tuple:
        r = doc.raw
        return (doc.id, r.source, r.format, r.outlet, r.title, r.url, r.author, doc.published,
                int(doc.published_inferred), doc.published_confidence, doc.language, doc.language_confidence,
                r.encoding, r.raw_text, doc.text or "", dd.content_hash, dd.duplicate_of, dd.kind,
                dd.similarity, len(doc.tokens), json.dumps(list(doc.stages)), pipeline, run_id, _now())

    # -- reads --------------------------------------------------------------
    def stored_pipelines(self, ids: Iterable[str]) -> dict[str, str]:
        """The pipeline signature each of ``ids`` was stored with."""
        ids = list(ids)
        out: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = f"SELECT id, pipeline FROM articles WHERE id IN ({', '.join('?' * len(chunk))})"
            out.update({r["id"]: r["pipeline"] for r in self.conn.execute(q, chunk)})
        return out

    def ids_with_pipeline(self, signature: str) -> frozenset[str]:
        """Ids of the articles stored with exactly this pipeline signature."""
        return frozenset(r[0] for r in self.conn.execute("SELECT id FROM articles WHERE pipeline = ?", (signature,)))

    def content_hashes(self) -> Iterator[tuple[str, str]]:
        """(content_hash, id) of originals, oldest first."""
        yield from self.conn.execute(
            "SELECT content_hash, id FROM articles WHERE duplicate_of IS NULL ORDER BY rowid")

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        yield from self.conn.execute(
            "SELECT m.article, m.signature FROM minhashes m JOIN articles a ON a.id = m.article "
            "WHERE a.duplicate_of IS NULL ORDER BY a.rowid")

    def count(self, table: str = "articles") -> int:
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def article(self, article_id: str) -> Optional[dict[str, Any]]:
        r = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return dict(r) if r else None

    def articles(self, *, limit: int = 100, offset: int = 0, language: Optional[str] = None) -> list[dict[str, Any]]:
        where, args = ("WHERE language = ?", [language]) if language else ("", [])
        q = (f"SELECT id, source, outlet, title, published, published_inferred, published_confidence, language, "
             f"duplicate_of, duplicate_kind, n_tokens, substr(text, 1, 240) AS snippet FROM articles {where} "
             f"ORDER BY COALESCE(published, '9999') DESC, rowid LIMIT ? OFFSET ?")
        return [dict(r) for r in self.conn.execute(q, (*args, limit, offset))]

    def iter_articles(self) -> Iterator[dict[str, Any]]:
        yield from (dict(r) for r in self.conn.execute("SELECT * FROM articles ORDER BY rowid"))

    def annotations(self, table: str, article_id: Optional[str] = None) -> list[dict[str, Any]]:
        if table not in {t.name for t in TABLES}:
            raise LagebildError("E022", f"unknown annotation table {table!r}")
        if article_id is None:
            q = f"SELECT t.* FROM {table} t JOIN articles a ON a.id = t.article ORDER BY a.rowid, t.seq"
            return [dict(r) for r in self.conn.execute(q)]
        return [dict(r) for r in self.conn.execute(f"SELECT * FROM {table} WHERE article = ? ORDER BY seq", (article_id,))]

    def search(self, query: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search; plain words are ANDed, FTS5 syntax is allowed."""
        q = ("SELECT a.id, a.title, a.outlet, a.published, a.published_inferred, a.language, "
             "snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet, bm25(articles_fts) AS score "
             "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
             "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?")
        try:
            return [dict(r) for r in self.conn.execute(q, (query, limit))]
        except sqlite3.OperationalError:
            quoted = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
            if not quoted:
                return []
            return [dict(r) for r in self.conn.execute(q, (quoted, limit))]

    def skipped(self, run_id: Optional[int] = None) -> list[dict[str, Any]]:
        if run_id is None:
            return [dict(r) for r in self.conn.execute("SELECT * FROM skipped ORDER BY rowid")]
        return [dict(r) for r in self.conn.execute("SELECT * FROM skipped WHERE run = ? ORDER BY rowid", (run_id,))]

    def stats(self) -> dict[str, Any]:
        c = self.conn
        one = lambda q: c.execute(q).fetchone()[0]
        return {
            "articles": one("SELECT COUNT(*) FROM articles"),
            "originals": one("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL"),
            "exact_duplicates": one("SELECT COUNT(*) FROM articles WHERE duplicate_kind = 'exact'"),
            "near_duplicates": one("SELECT COUNT(*) FROM articles WHERE duplicate_kind = 'near'"),
            "languages": dict(c.execute("SELECT COALESCE(language, '?'), COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC").fetchall()),
            "outlets": dict(c.execute("SELECT COALESCE(outlet, '?'), COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC LIMIT 20").fetchall()),
            "published_inferred": one("SELECT COUNT(*) FROM articles WHERE published_inferred = 1"),
            "without_date": one("SELECT COUNT(*) FROM articles WHERE published IS NULL"),
            "sentences": one("SELECT COUNT(*) FROM sentences"),
            "tokens": one("SELECT COALESCE(SUM(n_tokens), 0) FROM articles"),
            "removals": one("SELECT COUNT(*) FROM removals"),
            "removal_reasons": dict(c.execute("SELECT reason, COUNT(*) FROM removals GROUP BY 1 ORDER BY 2 DESC").fetchall()),
            "runs": one("SELECT COUNT(*) FROM runs"),
            "skipped": one("SELECT COUNT(*) FROM skipped"),
            "schema_version": one("SELECT MAX(version) FROM migrations"),
        }
