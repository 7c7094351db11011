"""Versioned schema migrations. Each runs in its own transaction and is recorded
in ``migrations``; running them again is a no-op."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "articles, removals, sentences, runs, skipped, full-text search", """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    format TEXT,
    outlet TEXT,
    title TEXT,
    url TEXT,
    author TEXT,
    published TEXT,
    published_inferred INTEGER NOT NULL DEFAULT 0,
    published_confidence REAL,
    language TEXT,
    language_confidence REAL,
    encoding TEXT,
    raw_text TEXT NOT NULL,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    duplicate_of TEXT,
    duplicate_kind TEXT,
    duplicate_similarity REAL,
    n_tokens INTEGER NOT NULL DEFAULT 0,
    stages TEXT NOT NULL DEFAULT '',
    pipeline TEXT NOT NULL DEFAULT '',
    run_id INTEGER,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE removals (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    raw_start INTEGER NOT NULL,
    raw_end INTEGER NOT NULL,
    at INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    stage TEXT NOT NULL,
    PRIMARY KEY (article, seq)
);

CREATE TABLE sentences (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    stage TEXT NOT NULL,
    PRIMARY KEY (article, seq)
);

CREATE TABLE minhashes (
    article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
);

CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    command TEXT,
    pipeline TEXT,
    n_read INTEGER DEFAULT 0,
    n_stored INTEGER DEFAULT 0,
    n_unchanged INTEGER DEFAULT 0,
    n_duplicates INTEGER DEFAULT 0,
    n_skipped INTEGER DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'running'
);

CREATE TABLE skipped (
    run INTEGER REFERENCES runs(id),
    source TEXT NOT NULL,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
"""),
    (2, "mentions, timexes, quotes, claims", """
CREATE TABLE mentions (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    score REAL NOT NULL,
    stage TEXT NOT NULL,
    PRIMARY KEY (article, seq)
);
CREATE INDEX mentions_label ON mentions(label);

CREATE TABLE timexes (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    granularity TEXT NOT NULL,
    anchor TEXT,
    range_start TEXT,
    range_end TEXT,
    stage TEXT NOT NULL,
    PRIMARY KEY (article, seq)
);
CREATE INDEX timexes_value ON timexes(value);

CREATE TABLE quotes (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    speaker_text TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    addressee_text TEXT,
    addressee_start INTEGER,
    addressee_end INTEGER,
    stage TEXT NOT NULL,
    PRIMARY KEY (article, seq)
);
CREATE INDEX quotes_speaker ON quotes(speaker_text);

CREATE TABLE claims (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    modality TEXT NOT NULL,
    chain TEXT NOT NULL,
    origin TEXT,
    subject TEXT,
    grp TEXT,
    stage TEXT NOT NULL,
    PRIMARY KEY (article, seq)
);
CREATE INDEX claims_origin ON claims(origin);
"""),
    (3, "entities, entity links, acts-as links, user corrections", """
CREATE TABLE entities (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, aliases TEXT NOT NULL,
    roles TEXT NOT NULL, mention_count INTEGER NOT NULL, articles TEXT NOT NULL, first_seen TEXT, last_seen TEXT,
    country TEXT, stage TEXT NOT NULL
);
CREATE INDEX entities_name ON entities(name);
CREATE TABLE entity_links (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, entity TEXT NOT NULL, kind TEXT NOT NULL, label TEXT NOT NULL, form TEXT NOT NULL,
    confidence REAL NOT NULL, method TEXT NOT NULL, evidence TEXT NOT NULL, roles TEXT NOT NULL, antecedent INTEGER,
    published TEXT, stage TEXT NOT NULL
);
CREATE INDEX entity_links_entity ON entity_links(entity);
CREATE INDEX entity_links_article ON entity_links(article);
CREATE TABLE entity_acts_as (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, entity TEXT NOT NULL, target TEXT NOT NULL, relation TEXT NOT NULL, country TEXT,
    confidence REAL NOT NULL, evidence TEXT NOT NULL, stage TEXT NOT NULL
);
CREATE TABLE entity_corrections (
    seq INTEGER PRIMARY KEY, op TEXT NOT NULL, entity TEXT NOT NULL, other TEXT, value TEXT, entity_key TEXT,
    other_key TEXT, created TEXT
);
"""),
    (4, "claims: the origin's mention and its linked entity", """
ALTER TABLE claims ADD COLUMN origin_start INTEGER;
ALTER TABLE claims ADD COLUMN origin_end INTEGER;
ALTER TABLE claims ADD COLUMN origin_entity TEXT;
CREATE INDEX claims_origin_entity ON claims(origin_entity);
"""),
    (5, "claim groups with their counts", """
CREATE TABLE claim_groups (
    id TEXT PRIMARY KEY, origin TEXT, origin_entity TEXT, text TEXT NOT NULL, claims INTEGER NOT NULL,
    origins INTEGER NOT NULL, relays INTEGER NOT NULL, outlets INTEGER NOT NULL, articles INTEGER NOT NULL,
    modalities TEXT NOT NULL, stage TEXT NOT NULL
);
"""),
]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply pending migrations; return the versions applied now."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL)")
    done = {r[0] for r in conn.execute("SELECT version FROM migrations")}
    applied = []
    for version, name, sql in MIGRATIONS:
        if version in done:
            continue
        # executescript would COMMIT implicitly; run statement by statement in one transaction
        conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in _statements(sql):
                conn.execute(stmt)
            conn.execute("INSERT INTO migrations VALUES (?, ?, ?)",
                         (version, name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    out, buf = [], []
    for line in sql.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and (not joined.upper().startswith("CREATE TRIGGER") or joined.upper().endswith("END;")):
            if sqlite3.complete_statement(joined):
                out.append(joined)
                buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf).strip())
    return out
