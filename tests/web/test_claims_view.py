"""The claims view: claim groups with their origin and support, in HTML and JSON."""
import json

import pytest
from fastapi.testclient import TestClient

from lagebild.build import build
from lagebild.pipeline import default_specs
from lagebild.web import create_app

ARTICLES = [
    ("Kurier am Morgen", "2026-11-21", "Der russische Außenminister Sergej Lawrow hat am Donnerstag erklärt, "
     "Russland halte sich an das Getreideabkommen."),
    ("Abendblatt Nord", "2026-11-21", "Russlands Außenminister Sergei Lawrow sagte am Donnerstag, Russland halte "
     "sich an das Getreideabkommen."),
    ("Tagesbote", "2026-11-22", "Wie die Nachrichtenagentur TASS berichtete, sagte der russische Außenminister, "
     "Russland halte sich an das Getreideabkommen. Die Hafenbehörde sprach von einer „angespannten“ Lage."),
]


@pytest.fixture
def client(write, db):
    path = write("a.jsonl", "\n".join(json.dumps({"text": t, "outlet": o, "published": p,
                                                   "url": f"https://x.example/{i}"}, ensure_ascii=False)
                                       for i, (o, p, t) in enumerate(ARTICLES)))
    build([path], db, specs=default_specs(ner="fast"))
    return TestClient(create_app(db))


def test_claim_group_counts_one_origin_three_outlets(client):
    groups = client.get("/api/claims", params={"q": "Getreideabkommen"}).json()
    assert len(groups) == 1
    g = groups[0]
    assert (g["claims"], g["origins"], g["outlets"], g["articles"]) == (3, 1, 3, 3)
    assert g["relays"] == 1  # TASS, between the Tagesbote and the minister
    assert "Lawrow" in g["origin_name"]
    chains = sorted(" → ".join(m["chain"]) for m in g["members"])
    assert chains[-1] == "Tagesbote → Nachrichtenagentur TASS → russische Außenminister"


def test_claims_page_lists_groups_and_filters(client):
    r = client.get("/claims")
    assert r.status_code == 200
    assert "Getreideabkommen" in r.text and "1 Ursprung · 3 Artikel · 3 Medien · 1 Weitergabe" in r.text
    assert "Die Hafenbehörde sprach von einer „angespannten“ Lage" in r.text
    r = client.get("/claims", params={"origin": "Hafenbehörde"})
    assert "Hafenbehörde" in r.text and "Getreideabkommen" not in r.text
    assert "Keine Behauptungen" in client.get("/claims", params={"modality": "denied"}).text


def test_article_view_lists_its_claims_with_chain(client):
    aid = next(a["id"] for a in client.get("/api/articles").json() if a["outlet"] == "Tagesbote")
    r = client.get(f"/article/{aid}")
    assert "Behauptungen (2)" in r.text
    assert "Tagesbote → Nachrichtenagentur TASS → russische Außenminister" in r.text


def test_lists_link_to_the_place_in_the_text(client):
    groups = client.get("/api/claims", params={"q": "Getreideabkommen"}).json()
    m = groups[0]["members"][0]
    page = client.get("/claims").text
    assert f'href="/article/{m["article"]}#c{m["start"]}"' in page
    article = client.get(f"/article/{m['article']}").text
    assert f'id="c{m["start"]}"' in article
    quotes = client.get("/api/quotes").json()
    assert f'href="/article/{quotes[0]["article"]}#c{quotes[0]["start"]}"' in client.get("/quotes").text
