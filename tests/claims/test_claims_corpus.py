"""Claims through build → store → export, and grouping of one origin relayed by several outlets."""
import json

from lagebild.build import build
from lagebild.export import iter_records
from lagebild.pipeline import default_specs
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


LAWROW = [
    ("Kurier am Morgen", "2026-11-21", "Der russische Außenminister Sergej Lawrow hat am Donnerstag erklärt, "
     "Russland halte sich an das Getreideabkommen. Die Vorwürfe aus Kiew seien haltlos, sagte Lawrow in Moskau."),
    ("Abendblatt Nord", "2026-11-21", "Russlands Außenminister Sergei Lawrow sagte am Donnerstag, Russland halte "
     "sich an das Getreideabkommen. Die Vorwürfe aus Kiew seien völlig haltlos, fügte der Minister hinzu."),
    ("Tagesbote", "2026-11-22", "Wie die Nachrichtenagentur TASS berichtete, sagte der russische Außenminister, "
     "Russland halte sich an das Getreideabkommen. Kiew widersprach."),
]


def test_one_minister_spelled_three_ways_is_one_origin(write, db):
    """Name, transliteration, genitive country and role noun: the claims link their origin
    to one entity, so the same statement from three outlets is one group of one origin."""
    path = write("lawrow.jsonl", "\n".join(json.dumps({"text": t, "outlet": o, "published": p,
                                                        "url": f"https://x.example/{i}"}, ensure_ascii=False)
                                            for i, (o, p, t) in enumerate(LAWROW)))
    build([path], db, specs=default_specs(ner="fast"))
    with Store(db) as st:
        claims = list(iter_records(st, "claims"))
        quotes = list(iter_records(st, "quotes"))
        names = {e["id"]: e["name"] for e in iter_records(st, "entities")}
    deal = [c for c in claims if "Getreideabkommen" in c["text"]]
    assert len(deal) == 3
    assert len({c["origin_entity"] for c in deal}) == 1 and "Lawrow" in names[deal[0]["origin_entity"]]
    assert len({c["group"] for c in deal}) == 1
    assert {c["origin"] for c in deal} >= {"russische Außenminister"}
    # the speaker of "Russlands Außenminister Sergei Lawrow sagte" is the person, not Russland
    assert all(names.get(q["speaker"], "").endswith("Lawrow") for q in quotes if "Außenminister" in (q["speaker_text"] or ""))
    # "fügte der Minister hinzu": the bare title is the article's Außenminister
    vorwurf = [c for c in claims if "Vorwürfe" in c["text"]]
    assert len(vorwurf) == 2 and len({c["origin_entity"] for c in vorwurf}) == 1 and len({c["group"] for c in vorwurf}) == 1


def test_capital_speaking_is_its_government_and_a_place_after_the_head_is_no_origin(write, db):
    texts = [("Weser-Bote", "Washington behauptete, Russland habe Nordkorea beim Bau der Rakete geholfen."),
             ("Ostfriesen-Blatt", "Die US-Regierung warf Moskau vor, Nordkorea beim Bau der Rakete geholfen zu haben. "
              "Das Verteidigungsministerium in Seoul dementierte, dass der Satellit die Umlaufbahn erreicht habe.")]
    path = write("w.jsonl", "\n".join(json.dumps({"text": t, "outlet": o, "published": "2026-05-13",
                                                   "url": f"https://w.example/{i}"}, ensure_ascii=False)
                                       for i, (o, t) in enumerate(texts)))
    build([path], db, specs=default_specs(ner="fast"))
    with Store(db) as st:
        claims = list(iter_records(st, "claims"))
        names = {e["id"]: e["name"] for e in iter_records(st, "entities")}
    help_ = [c for c in claims if "Rakete" in c["text"]]
    assert len(help_) == 2 and {names[c["origin_entity"]] for c in help_} == {"Regierung (Vereinigte Staaten)"}
    assert len({c["group"] for c in help_}) == 1
    (denial,) = [c for c in claims if "Umlaufbahn" in c["text"]]
    assert denial["modality"] == "denied" and denial["origin_entity"] is None
    assert denial["origin"] == "Verteidigungsministerium in Seoul"
