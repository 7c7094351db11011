"""Each bad input gets one clear line naming the file and the problem; the rest of
the batch completes; nothing already stored is lost or corrupted."""
import gzip
import os
import sqlite3

import pytest

from lagebild.build import build
from lagebild.store import Store

GOOD = "Die Hafenarbeiter in Hamburg haben am Dienstag die Arbeit niedergelegt. Die Gewerkschaft fordert mehr Lohn."


def _build(paths, db):
    return build(paths, db)


@pytest.fixture
def seeded(write, db):
    """A database that already holds one article, to prove nothing gets lost."""
    r = _build([write("seed.txt", "Schon gespeichert: Der Kreml bestätigte am Montag das Treffen in Wladiwostok.")], db)
    assert r.stored == 1
    return db


def _assert_one_clear_skip(report, path, *words):
    assert len(report.skipped) == 1, report.skipped
    s = report.skipped[0]
    line = s.line()
    assert "\n" not in line and path in line
    for w in words:
        assert w in line.lower(), line


def _assert_rest_done(report, db, expect_articles):
    assert report.stored >= 1
    with Store(db) as st:
        assert st.count() == expect_articles
        assert st.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


CASES = {
    "binary": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000), ("binary",)),
    "empty": ("leer.txt", b"", ("empty",)),
    "invalid_utf8": ("kaputt.txt", "Grüße aus Köln".encode() + b" \xff\xfe kaputt " + "Straße".encode(), ("invalid utf-8",)),
    "truncated_gzip_warc": ("crawl.warc.gz", None, ("warc",)),
    "truncated_jsonl": ("a.jsonl", b'{"text": "Der Hafen stand still am Dienstag in Hamburg."}\n{"text": "abgeschnit', ("invalid json",)),
    "malformed_html": ("seite.html", b"<html><body><div><<<>>></div></scr", ("html",)),
    "malformed_rss": ("feed.xml", b"<?xml version='1.0'?><rss><channel><title>X</title><item><title>kaputt", ("feed",)),
}


def _truncated_warc():
    from tests.ingest.test_readers import _warc_bytes  # noqa: E402
    data = _warc_bytes()
    return data[: len(data) // 2 + 37]


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_is_reported_and_batch_completes(case, write, seeded):
    name, content, words = CASES[case]
    if content is None:
        content = _truncated_warc()
    bad = write(name, content)
    good = write("gut.txt", GOOD)
    report = _build([bad, good], seeded)
    _assert_one_clear_skip(report, bad, *words)
    with Store(seeded) as st:
        titles = [a["text"][:18] for a in st.iter_articles()]
        assert any(t.startswith("Schon gespeichert") for t in titles)       # old data kept
        assert any(t.startswith("Die Hafenarbeiter") for t in titles)       # rest of batch done
        assert st.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert st.skipped()[-1]["source"].startswith(bad)   # file, maybe with a line/record


def test_truncated_warc_keeps_records_read_before_the_damage(write, db):
    from lagebild.ingest import Source, read_source
    from lagebild.model import RawArticle
    out = list(read_source(Source(name="c.warc.gz", path=write("c.warc.gz", _truncated_warc()))))
    assert any(isinstance(o, RawArticle) for o in out)
    assert "truncated WARC" in out[-1].reason and "kept 1 complete record" in out[-1].reason


def test_fifty_megabyte_text_file(write, seeded, tmp_path):
    big = tmp_path / "riesig.txt"
    with open(big, "wb") as fh:
        line = ("Der Hafen stand still. " * 40 + "\n").encode()
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    good = write("gut.txt", GOOD)
    report = _build([str(big), good], seeded)
    _assert_one_clear_skip(report, str(big), "too large", "mb")


def test_folder_with_ten_thousand_small_files(tmp_path, db):
    folder = tmp_path / "viele"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"m{i:05d}.txt").write_text(f"Meldung {i}: Im Hafen {i % 97} lagen heute {i} Schiffe vor Anker.",
                                              encoding="utf-8")
    report = build([str(folder)], db, batch_size=1000)
    assert report.ok and report.read == 10_000
    with Store(db) as st:
        assert st.count() == 10_000


def test_other_language_is_stored_but_not_run_through_german_stages(write, db):
    from lagebild.pipeline import Pipeline
    from lagebild.registry import StageSpec
    from lagebild.stage import DocumentStage

    en = write("wire.txt", "The North Korean leader arrived in Russia on Wednesday for talks with the Russian president.")
    de = write("de.txt", GOOD)
    report = build([en, de], db)
    assert report.ok
    with Store(db) as st:
        langs = {a["source"]: a["language"] for a in st.iter_articles()}
    assert langs == {en: "en", de: "de"}

    class GermanOnly(DocumentStage):
        name, languages = "test.german_only.v1", frozenset({"de"})

        def __call__(self, doc):
            raise AssertionError("must not run on English")

    p = Pipeline([StageSpec.of("clean.rules.v1"), StageSpec.of("langid.lingua.v1")])
    p.stages.append(GermanOnly())
    from lagebild.pipeline import make_document
    out = p.run(make_document("The leader arrived in Russia on Wednesday for talks with the president."))
    assert out.language == "en" and "test.german_only.v1" not in out.stages


def test_missing_path_and_empty_glob(tmp_path, db):
    report = build([str(tmp_path / "gibtsnicht.txt"), str(tmp_path / "*.nix")], db)
    reasons = [s.line() for s in report.skipped]
    assert any("gibtsnicht.txt" in r and "no such file" in r for r in reasons)
    assert any("*.nix" in r and "glob matched no files" in r for r in reasons)
