"""Stable ids across runs and incremental linking."""
from lagebild.entities import link


def test_ids_are_deterministic(article):
    arts = [article("[Kim Jong Un|PER] traf [Wladimir Putin|PER].", id="a1"),
            article("[Putin|PER] lobte [Kim|PER].", id="a2")]
    a, b = link(arts), link(arts)
    assert [e.id for e in a.entities] == [e.id for e in b.entities]
    assert a.links == b.links


def test_ids_stay_stable_when_new_articles_arrive(article):
    first = [article("Kreml-Sprecher [Peskow|PER] äußerte sich in [Moskau|LOC].", id="a1")]
    s1 = link(first)
    peskow = next(l.entity for l in s1.links if l.text == "Peskow")
    moskau = next(l.entity for l in s1.links if l.text == "Moskau")
    # the fuller name arrives later and changes the canonical name, not the id
    more = first + [article("[Dmitri Peskow|PER] sprach in [Moskau|LOC] mit [Kim Jong Un|PER].", id="a2")]
    s2 = link(more, previous=s1)
    assert {l.entity for l in s2.links if "Peskow" in l.text} == {peskow}
    assert s2.entity(peskow).name == "Dmitri Peskow"
    assert {l.entity for l in s2.links if l.text == "Moskau"} == {moskau}


def test_entity_records(article):
    s = link([article("[Kim Jong Un|PER] reiste nach [Moskau|LOC].", id="a1", published="2023-09-12"),
              article("Herr [Kim|PER] kam in [Moskau|LOC] an. [Kim Jong-un|PER] lachte.", id="a2",
                      published="2023-09-13")])
    kim = next(e for e in s.entities if e.name.startswith("Kim"))
    assert kim.type == "PER" and kim.name == "Kim Jong Un"
    assert set(kim.aliases) == {"Kim Jong Un", "Kim", "Kim Jong-un"}
    assert kim.mention_count == 3 and kim.articles == ("a1", "a2")
    assert (kim.first_seen, kim.last_seen) == ("2023-09-12", "2023-09-13")
    assert "Herr" in kim.roles and kim.key.startswith("PER|")
