"""Corpus-level dating: undated articles borrow from siblings on the same event."""
from lagebild.build import build
from lagebild.store import Store

DATED = ("Kremlchef Wladimir Putin hat den nordkoreanischen Machthaber Kim Jong Un am Kosmodrom Wostotschny "
         "empfangen. Kim reiste mit seinem Panzerzug an, Peskow sprach von konstruktiven Gesprächen.")
UNDATED = ("Am heutigen Mittwoch, dem 13. September, hat Putin den Gast Kim Jong Un in Wostotschny empfangen. "
           "Der Panzerzug aus Pjöngjang war in der Nacht angekommen, sagte Peskow.")
OTHER = "Im Hamburger Hafen streiken seit Dienstag die Hafenarbeiter der HKU für mehr Lohn, sagte ver.di."


def test_undated_article_takes_the_day_its_siblings_and_its_weekday_agree_on(write, db):
    import json
    a = write("a.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"text": DATED, "published": "2023-09-13", "url": "https://a.example/1"},
        {"text": OTHER, "published": "2023-09-26", "url": "https://a.example/2"},
        {"text": UNDATED, "url": "https://b.example/1"}]))
    r = build([a], db)
    assert r.sibling_dated == 1
    with Store(db) as st:
        art = next(x for x in st.iter_articles() if x["source"] == "https://b.example/1")
        assert art["published"] == "2023-09-13" and art["published_inferred"] == 1
        assert 0 < art["published_confidence"] < 1
        values = [t["value"] for t in st.annotations("timexes", art["id"])]
        assert "2023-09-13" in values


def test_undated_copy_inherits_its_originals_date(write, db):
    import json
    a = write("a.jsonl", json.dumps({"text": DATED, "published": "2023-09-13", "url": "https://a.example/1"}))
    b = write("copy.txt", DATED)
    build([a, b], db)
    with Store(db) as st:
        copy = next(x for x in st.iter_articles() if x["source"] == b)
    assert copy["duplicate_kind"] == "exact" and copy["published"] == "2023-09-13" and copy["published_inferred"] == 1
