import csv
import json

import pytest

from lagebild.build import build
from lagebild.export import export
from lagebild.store import Store

A = "Anzeige\nDie Hafenarbeiter in Hamburg haben am Dienstag die Arbeit niedergelegt.\nKommentare (3)"

REQUIRED_ARTICLE_FIELDS = {"id", "source", "outlet", "title", "published", "published_inferred", "language",
                           "text", "removed", "duplicate_of"}


@pytest.fixture
def built(write, db):
    build([write("a.txt", A), write("copy.txt", A)], db)
    return db


def test_json_schema(built, tmp_path):
    out = str(tmp_path / "x.json")
    with Store(built, readonly=True) as st:
        export(st, "json", out)
    data = json.load(open(out, encoding="utf-8"))
    assert data["schema"] == "lagebild/1"
    assert list(data)[1:] == ["articles", "sentences", "entities", "timexes", "quotes", "claims", "claim_groups",
                              "events", "stories"]
    a, b = data["articles"]
    assert REQUIRED_ARTICLE_FIELDS <= set(a)
    assert a["removed"][0]["text"] == "Anzeige" and a["removed"][0]["reason"] == "advertisement"
    assert b["duplicate_of"] == a["id"] and a["duplicate_of"] is None
    s = data["sentences"][0]
    assert a["text"][s["start"]:s["end"]] == "Die Hafenarbeiter in Hamburg haben am Dienstag die Arbeit niedergelegt."


def test_jsonl_same_content(built, tmp_path):
    with Store(built, readonly=True) as st:
        export(st, "json", str(tmp_path / "x.json"))
        export(st, "jsonl", str(tmp_path / "x.jsonl"))
    full = json.load(open(tmp_path / "x.json", encoding="utf-8"))
    lines = [json.loads(l) for l in open(tmp_path / "x.jsonl", encoding="utf-8")]
    assert lines[0] == {"schema": "lagebild/1"}
    arts = [{k: v for k, v in l.items() if k != "table"} for l in lines[1:] if l["table"] == "articles"]
    assert arts == full["articles"]


def test_csv_one_file_per_table(built, tmp_path):
    out = tmp_path / "csv"
    with Store(built, readonly=True) as st:
        export(st, "csv", str(out))
    rows = list(csv.DictReader(open(out / "articles.csv", encoding="utf-8")))
    assert len(rows) == 2 and json.loads(rows[0]["removed"])[0]["reason"] == "advertisement"
    assert (out / "sentences.csv").exists() and (out / "removed.csv").exists() and (out / "entities.csv").exists()
