import pytest
from fastapi.testclient import TestClient

from lagebild.build import build
from lagebild.web import create_app

A = "Anzeige\nDer nordkoreanische Machthaber ist am Mittwoch in Wladiwostok eingetroffen. Foto: Sputnik Er traf Putin."


@pytest.fixture
def client(write, db):
    build([write("kim.txt", A)], db)
    return TestClient(create_app(db))


def test_article_list_and_search(client):
    r = client.get("/")
    assert r.status_code == 200 and "Machthaber" in r.text
    r = client.get("/", params={"q": "Wladiwostok"})
    assert r.status_code == 200 and "1 Treffer" in r.text
    assert client.get("/api/search", params={"q": "Wladiwostok"}).json()[0]["id"]


def test_article_view_shows_clean_text_and_removals(client):
    aid = client.get("/api/articles").json()[0]["id"]
    r = client.get(f"/article/{aid}")
    assert r.status_code == 200
    body = r.text.split('<div class="text">')[1].split("</div>")[0]
    assert "Sputnik" not in body.replace('title="photo credit: Foto: Sputnik"', "")
    assert "Entfernte Seitenelemente (2)" in r.text and "photo credit" in r.text and "advertisement" in r.text
    api = client.get(f"/api/articles/{aid}").json()
    assert [x["reason"] for x in api["removed"]] == ["advertisement", "photo credit"]
    assert client.get("/article/doesnotexist").status_code == 404
