"""Grouping the same statement of the same origin across articles."""
from __future__ import annotations

from lagebild.claims import group_claims, group_index, similarity


def test_same_origin_same_statement_grouped(article):
    docs = [
        article("Nach Angaben der Nachrichtenagentur KCNA hat Nordkorea eine neue Rakete getestet.",
                outlet="Abendpost", source="a"),
        article("Laut KCNA hat Nordkorea erneut eine neue Rakete getestet.", outlet="Morgenblatt", source="b"),
        article("Laut KCNA hat Nordkorea eine neue Rakete erfolgreich getestet.", outlet="Stadtanzeiger",
                source="c"),
    ]
    groups = [g for g in group_claims(docs) if len(g.members) > 1]
    assert len(groups) == 1
    g = groups[0]
    assert g.articles == 3 and g.outlets == 3
    assert g.origins == 1          # one origin, relayed three times: not three confirmations
    assert g.relays == 0
    idx = group_index(groups)
    assert {idx[(d.id, 0)] for d in docs} == {g.id}


def test_different_origin_not_grouped_by_default(article):
    docs = [
        article("Laut KCNA hat Nordkorea eine neue Rakete getestet.", outlet="Abendpost", source="a"),
        article("Laut Yonhap hat Nordkorea eine neue Rakete getestet.", outlet="Morgenblatt", source="b"),
    ]
    assert all(len(g.members) == 1 for g in group_claims(docs))
    merged = group_claims(docs, same_origin=False)
    assert len(merged) == 1 and merged[0].origins == 2


def test_different_statement_not_grouped(article):
    docs = [
        article("Laut KCNA hat Nordkorea eine neue Rakete getestet.", source="a"),
        article("Laut KCNA will Nordkorea mit Südkorea über Fischereirechte verhandeln.", source="b"),
    ]
    assert all(len(g.members) == 1 for g in group_claims(docs))


def test_relays_counted(article):
    docs = [
        article("Laut TASS sagte Peskow, Russland halte sich an alle Abkommen.", outlet="Abendpost", source="a"),
        article("Laut Interfax sagte Peskow, Russland halte sich an alle Abkommen.", outlet="Morgenblatt",
                source="b"),
    ]
    g = max(group_claims(docs), key=lambda g: len(g.members))
    assert len(g.members) == 2 and g.origins == 1 and g.relays == 2


def test_similarity_bounds():
    assert similarity("Die Rakete stürzte ins Meer", "Die Rakete stürzte ins Meer") == 1.0
    assert similarity("Die Rakete stürzte ins Meer", "Der Haushalt ist ausgeglichen") < 0.2


def test_origins_linked_to_one_entity_group_despite_spellings(article):
    docs = [
        article("Der russische Außenminister Sergej Lawrow sagte, Russland halte sich an das Getreideabkommen.",
                outlet="Abendpost", source="a"),
        article("Russlands Außenminister Sergei Lawrow erklärte, Russland halte sich an das Getreideabkommen.",
                outlet="Morgenblatt", source="b"),
    ]
    assert all(len(g.members) == 1 for g in group_claims(docs))  # the texts alone do not match
    linked = {(docs[0].id, 0): "ent-lawrow", (docs[1].id, 0): "ent-lawrow"}
    groups = [g for g in group_claims(docs, origin_entities=linked) if len(g.members) > 1]
    assert len(groups) == 1
    assert groups[0].origins == 1 and groups[0].origin_entity == "ent-lawrow"


def test_same_origin_text_of_two_entities_not_grouped(article):
    docs = [
        article("Der Sprecher sagte, die Lieferungen würden am Montag wieder aufgenommen.", source="a"),
        article("Der Sprecher sagte, die Lieferungen würden am Montag wieder aufgenommen.", source="b"),
    ]
    assert len(group_claims(docs)) == 1
    two = {(docs[0].id, 0): "ent-sprecher-kreml", (docs[1].id, 0): "ent-sprecher-nato"}
    groups = group_claims(docs, origin_entities=two)
    assert len(groups) == 2


def test_claim_keeps_the_offsets_of_its_origin(article):
    text = "Wie die Nachrichtenagentur TASS berichtete, sagte Lawrow, Russland halte sich an das Abkommen."
    doc = article(text)
    (c,) = [c for c in doc.claims if "Abkommen" in c.text]
    assert c.origin == "Lawrow"
    assert text[c.origin_start:c.origin_end] == "Lawrow"
    assert c.chain == ("Tagesblatt", "Nachrichtenagentur TASS", "Lawrow")


def test_country_by_adjective_or_by_place_is_one_origin(article):
    docs = [
        article("Das südkoreanische Verteidigungsministerium bestritt, dass der Satellit die Umlaufbahn erreicht habe.",
                outlet="Abendpost", source="a"),
        article("Das Verteidigungsministerium in Seoul dementierte, dass der Satellit die Umlaufbahn erreicht habe.",
                outlet="Morgenblatt", source="b"),
        article("Das Verteidigungsministerium in Moskau bestritt, dass der Satellit die Umlaufbahn erreicht habe.",
                outlet="Morgenblatt", source="c"),
    ]
    groups = sorted(group_claims(docs), key=lambda g: -len(g.members))
    assert [len(g.members) for g in groups] == [2, 1]  # Seoul's ministry twice, Moscow's apart
    assert {d for d, _ in groups[0].members} == {docs[0].id, docs[1].id}
