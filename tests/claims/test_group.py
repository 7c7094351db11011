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
