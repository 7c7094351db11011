import json
import subprocess
import sys

from lagebild.cli import main
from lagebild.store import Store

GOOD = "Die Hafenarbeiter in Hamburg haben am Dienstag die Arbeit niedergelegt."


def test_build_exit_codes_and_db_state(write, db, capsys):
    good = write("gut.txt", GOOD)
    assert main(["build", good, "--db", db]) == 0
    bad = write("leer.txt", "")
    assert main(["build", good, bad, "--db", db]) == 1
    err = capsys.readouterr().err
    assert f"skipped {bad}: ingest: empty file" in err
    assert "read 1 article(s): 0 stored, 1 unchanged" in err
    with Store(db) as st:
        assert st.count() == 1 and len(st.skipped()) == 1


def test_search_export_stats(write, db, tmp_path, capsys):
    main(["build", write("gut.txt", GOOD), "--db", db])
    capsys.readouterr()
    assert main(["search", "Hafenarbeiter", "--db", db]) == 0
    assert "[Hafenarbeiter]" in capsys.readouterr().out
    out = str(tmp_path / "e.json")
    assert main(["export", "--db", db, "--format", "json", "--out", out]) == 0
    assert json.load(open(out))["articles"][0]["text"] == GOOD
    assert main(["stats", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 1


def test_errors_are_one_line(tmp_path, capsys):
    assert main(["export", "--db", str(tmp_path / "nope.db")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("lagebild: error:") and "\n" not in err and "nope.db" in err


def test_stdin(db):
    r = subprocess.run([sys.executable, "-m", "lagebild.cli", "build", "-", "--db", db],
                       input=GOOD.encode(), capture_output=True)
    assert r.returncode == 0, r.stderr
    with Store(db) as st:
        a = next(st.iter_articles())
    assert a["source"] == "<stdin>" and a["text"] == GOOD
