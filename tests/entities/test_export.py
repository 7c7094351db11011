from lagebild.entities import export_entities, find_entities, link


def test_export_shape(article):
    s = link([article("Der russische Präsident [Wladimir Putin|PER] lobte [Moskau|LOC]. Der Kremlchef lachte. "
                      "[Washington|LOC] warnte.")])
    out = export_entities(s)
    putin = next(e for e in out if e["name"] == "Wladimir Putin")
    assert set(putin) >= {"id", "type", "name", "aliases", "roles", "mentions"}
    assert putin["mentions"][0] == {"article": "a1", "start": 24, "end": 38, "text": "Wladimir Putin"}
    assert putin["mentions"][1]["kind"] == "role"
    wash = next(e for e in out if e["name"] == "Washington")
    assert wash["acts_as"][0]["relation"] == "government"
    assert all(m.get("kind") != "role" for e in export_entities(s, include_roles=False) for m in e["mentions"])


def test_find_entities_across_spellings(article):
    s = link([article("[Juri Uschakow|PER] und [Sergej Lawrow|PER] in [Pjöngjang|LOC].")])
    assert find_entities(s.entities, "Ushakov")[0].name == "Juri Uschakow"
    assert find_entities(s.entities, "pyongyang")[0].name == "Pjöngjang"
    assert find_entities(s.entities, "Lawr")[0].name == "Sergej Lawrow"
    assert find_entities(s.entities, "Peskow") == []
