"""Claims through build → store → export, and grouping of one origin relayed by several outlets."""
import json

from lagebild.build import build
from lagebild.export import iter_records
from lagebild.store import Store

RELAY = ("Laut der Nachrichtenagentur KCNA hat Nordkorea am Mittwoch erfolgreich einen Aufklärungssatelliten "
         "in die Umlaufbahn gebracht. Die USA bestritten, dass der Start gelungen sei.")


def test_same_origin_relayed_by_two_outlets_is_one_group(write, db):
    path = write("a.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"text": RELAY, "outlet": "Nordkurier", "url": "https://n.example/1", "published": "2023-11-22"},
        {"text": RELAY.replace("am Mittwoch", "am Mittwochabend"), "outlet": "Weser-Rundschau",
         "url": "https://w.example/1", "published": "2023-11-22"},
    ]))
    r = build([path], db)
    assert r.claim_groups >= 1
    with Store(db) as st:
        claims = list(iter_records(st, "claims"))
        quotes = list(iter_records(st, "quotes"))
    kcna = [c for c in claims if c["origin"] and "KCNA" in c["origin"]]
    assert kcna and kcna[0]["chain"][0] in ("Nordkurier", "Weser-Rundschau")
    groups = {c["group"] for c in kcna}
    articles = {c["article"] for c in kcna}
    # one near-duplicate pair: only the original carries claims into grouping, or both share one group
    assert len(groups) == 1 and None not in groups
    assert any(q["kind"] == "reported" and "KCNA" in (q["speaker_text"] or "") for q in quotes)
    assert len(articles) >= 1


def test_plural_preterite_denial_is_a_denied_claim_of_its_own_subject():
    from lagebild.pipeline import analyse_text
    doc = analyse_text("Laut KCNA gelang der Start am Mittwoch. Die USA bestritten, dass der Start gelungen sei.",
                       outlet="Nordkurier")
    by_origin = {c.origin: c.modality for c in doc.claims}
    assert by_origin.get("USA") == "denied"
    assert any(q.cue == "bestritten" and q.speaker_text == "USA" for q in doc.quotes)
