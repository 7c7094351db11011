"""Entities through build → store → export/web/CLI; corrections survive rebuilds."""
import json

import pytest

from lagebild.build import build
from lagebild.cli import main
from lagebild.export import iter_records
from lagebild.pipeline import default_specs
from lagebild.store import Store

A1 = ("Kremlchef Wladimir Putin hat den nordkoreanischen Machthaber Kim Jong Un empfangen. "
      "Putin sprach von einem guten Treffen, sagte Kreml-Sprecher Dmitri Peskow.")
A2 = ("Kim Jong-un reiste anschließend weiter nach Wladiwostok. Peskow sagte, Kim sei ein willkommener Gast. "
      "Putins Berater Juri Uschakow begleitete ihn.")
A3 = "Sergei Lawrow will im Oktober nach Pjöngjang reisen, kündigte Uschakov an."


@pytest.fixture
def built(write, db):
    path = write("a.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"text": A1, "url": "https://a.example/1", "published": "2023-09-13", "outlet": "A"},
        {"text": A2, "url": "https://b.example/1", "published": "2023-09-14", "outlet": "B"}]))
    r = build([path], db, specs=default_specs(ner="fast"))
    assert r.entities > 0
    return db


def _entity(db, name):
    with Store(db) as st:
        return next(e for e in st.entity_list(limit=1000) if e["name"] == name or name in e["aliases"])


def test_entities_exported_with_mentions_and_quote_speakers(built):
    with Store(built) as st:
        ents = list(iter_records(st, "entities"))
        quotes = list(iter_records(st, "quotes"))
    putin = next(e for e in ents if "Putin" in e["aliases"])
    assert putin["type"] == "PER" and {"Putin", "Wladimir Putin"} <= set(putin["aliases"])
    assert {m["article"] for m in putin["mentions"]} and all({"start", "end", "text"} <= set(m) for m in putin["mentions"])
    peskow = next(e for e in ents if "Peskow" in e["aliases"])
    assert any(q["speaker"] == peskow["id"] for q in quotes)


def test_corrections_survive_a_rebuild_with_new_articles(built, write, capsys):
    kim = _entity(built, "Kim Jong-un")
    assert main(["entity", "rename", kim["id"], "Kim Jong Un (Machthaber)", "--db", built]) == 0
    more = write("b.jsonl", json.dumps({"text": A3, "url": "https://c.example/1", "published": "2023-09-20"},
                                       ensure_ascii=False))
    r = build([more], built, specs=default_specs(ner="fast"))
    assert r.stored == 1 and r.entities > 0               # re-linked the whole corpus
    with Store(built) as st:
        assert st.entity(kim["id"])["name"] == "Kim Jong Un (Machthaber)"
        assert len(st.entity_corrections()) == 1


def test_entity_cli_errors_are_one_line(built, capsys):
    assert main(["entity", "merge", "ent-nope", "ent-nada", "--db", built]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("lagebild: error:") and "\n" not in err


def test_entity_pages(built):
    from fastapi.testclient import TestClient

    from lagebild.web import create_app
    c = TestClient(create_app(built))
    putin = _entity(built, "Putin")
    r = c.get(f"/entity/{putin['id']}")
    assert r.status_code == 200 and "Schreibweisen" in r.text and "Wladimir Putin" in r.text
    assert c.get("/entities", params={"q": "Peskov"}).status_code == 200
    assert any("Peskow" in e["aliases"] for e in c.get("/api/entities", params={"q": "Peskow"}).json())
    assert c.get("/quotes", params={"speaker": "Peskow"}).status_code == 200
