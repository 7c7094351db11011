import sqlite3

import pytest

from lagebild.build import build
from lagebild.pipeline import analyse_text
from lagebild.store import Store
from lagebild.store.db import Dedup
from lagebild.store.migrations import MIGRATIONS

A = "Die Hafenarbeiter in Hamburg haben am Dienstag die Arbeit niedergelegt. Die Gewerkschaft fordert mehr Lohn."
B = "Der Kreml bestätigte am Montag das Treffen in Wladiwostok. Kremlsprecher Peskow nannte keine Details."


def test_migrations_recorded_wal_and_idempotent(db):
    Store(db).close()
    Store(db).close()                       # second open applies nothing new
    c = sqlite3.connect(db)
    versions = [r[0] for r in c.execute("SELECT version FROM migrations ORDER BY version")]
    assert versions == [m[0] for m in MIGRATIONS]
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_older_database_upgrades_and_keeps_its_claims(write, db):
    """A database written before the claims' origin columns existed (migration 4) opens,
    gains them and keeps every stored claim."""
    build([write("a.txt", "Laut KCNA hat Nordkorea eine Rakete getestet. Kim sagte, das sei ein Erfolg.")], db)
    c = sqlite3.connect(db)
    before = c.execute('SELECT article, seq, text, origin FROM claims ORDER BY article, seq').fetchall()
    assert before
    c.executescript("DROP INDEX claims_origin_entity; ALTER TABLE claims DROP COLUMN origin_entity; "
                    "ALTER TABLE claims DROP COLUMN origin_end; ALTER TABLE claims DROP COLUMN origin_start; "
                    "DELETE FROM migrations WHERE version = 4;")
    c.close()
    Store(db).close()
    c = sqlite3.connect(db)
    assert c.execute('SELECT article, seq, text, origin FROM claims ORDER BY article, seq').fetchall() == before
    cols = {r[1] for r in c.execute("PRAGMA table_info(claims)")}
    assert {"origin_start", "origin_end", "origin_entity"} <= cols
    assert max(r[0] for r in c.execute("SELECT version FROM migrations")) == MIGRATIONS[-1][0]


def test_older_database_is_upgraded_before_it_is_read(write, db, tmp_path):
    """serve and export open the database read-only: one written before the claim groups
    existed is upgraded first, so the export works and lists what it has."""
    from lagebild.export import export
    build([write("a.txt", "Laut KCNA hat Nordkorea eine Rakete getestet.")], db)
    c = sqlite3.connect(db)
    c.executescript("DROP TABLE claim_groups; DELETE FROM migrations WHERE version = 5;")
    c.close()
    with Store(db, readonly=True) as st:
        out = str(tmp_path / "x.json")
        export(st, "json", out)
        assert st.count("claims") >= 1
    import json
    data = json.load(open(out, encoding="utf-8"))
    assert data["claim_groups"] == [] and data["claims"]
    # building again with nothing new fills the claim groups of the upgraded database
    r = build([write("a.txt", "Laut KCNA hat Nordkorea eine Rakete getestet.")], db)
    assert r.stored == 0 and r.claim_groups >= 1
    with Store(db, readonly=True) as st:
        assert st.count("claim_groups") >= 1


def test_full_text_search_with_umlauts_and_operators(write, db):
    build([write("a.txt", A), write("b.txt", B)], db)
    with Store(db) as st:
        assert [h["title"] for h in st.search("Hafenarbeiter")] == [None]
        assert len(st.search("Kreml OR Gewerkschaft")) == 2
        assert st.search("wladiwostok")[0]["snippet"].count("[") == 1
        assert st.search('"unbalanced') == []          # bad FTS syntax falls back to a phrase search


def test_rerun_is_idempotent(write, db):
    paths = [write("a.txt", A), write("b.txt", B)]
    first = build(paths, db)
    second = build(paths, db)
    assert (first.stored, second.stored, second.unchanged) == (2, 0, 2)
    with Store(db) as st:
        assert st.count() == 2 and st.count("sentences") == 4


def test_failed_batch_rolls_back_and_rerun_completes(write, db, monkeypatch):
    paths = [write("a.txt", A), write("b.txt", B)]
    real = Store.write_batch
    calls = {"n": 0}

    def crash_on_second(self, items, skipped, run_id, pipeline=""):
        calls["n"] += 1
        if calls["n"] == 2:
            # simulate a kill in the middle of the transaction
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("INSERT INTO articles (id, source, raw_text, text, content_hash, ingested_at) "
                              "VALUES ('half', 'x', 'x', 'x', 'x', 'x')")
            self.conn.execute("ROLLBACK")
            raise RuntimeError("killed")
        return real(self, items, skipped, run_id, pipeline)

    monkeypatch.setattr(Store, "write_batch", crash_on_second)
    with pytest.raises(RuntimeError):
        build(paths, db, batch_size=1)
    with Store(db) as st:
        assert st.count() == 1                    # first batch kept, second not half-written
        assert st.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    monkeypatch.setattr(Store, "write_batch", real)
    report = build(paths, db, batch_size=1)
    assert (report.stored, report.unchanged) == (1, 1)
    with Store(db) as st:
        assert st.count() == 2


def test_write_replaces_annotations_of_same_article(db):
    doc = analyse_text(A, source="a.txt")
    with Store(db) as st:
        st.write_batch([(doc, Dedup("h"))], [], None)
        st.write_batch([(doc, Dedup("h"))], [], None)
        assert st.count() == 1 and st.count("sentences") == 2


def test_readonly_store_refuses_missing_db(tmp_path):
    from lagebild.errors import LagebildError
    with pytest.raises(LagebildError, match="does not exist"):
        Store(str(tmp_path / "nope.db"), readonly=True)
