"""User corrections: stored as records, re-applied on every run."""
import pytest

from lagebild.entities import apply, link, merge, rename, split, split_id
from lagebild.errors import LagebildError


@pytest.fixture
def corpus(article):
    return [
        article("[Sergej Lawrow|PER] traf [Kim Jong Un|PER] in [Pjöngjang|LOC].", id="a1"),
        article("Außenminister [Lawrow|PER] lobte [Pjöngjang|LOC].", id="a2"),
        article("Der Diplomat [S. Lawrow|PER] sprach in [Moskau|LOC].", id="a3", published="2021-01-01"),
    ]


def _ids(state, text):
    return {l.entity for l in state.links if l.text == text}


def test_merge_survives_a_rerun(corpus):
    s1 = link(corpus)
    a, b = next(iter(_ids(s1, "Sergej Lawrow"))), next(iter(_ids(s1, "S. Lawrow")))
    assert a != b
    c = merge(s1, a, b)
    assert (c.op, c.entity, c.other) == ("merge", a, b) and c.entity_key and c.other_key
    now = apply(s1, [c])
    assert _ids(now, "S. Lawrow") == {a}
    again = link(corpus, previous=now, corrections=[c])
    assert _ids(again, "S. Lawrow") == _ids(again, "Sergej Lawrow") == {a}
    rebuilt = link(corpus, corrections=[c])  # rebuild without the previous state
    assert _ids(rebuilt, "S. Lawrow") == _ids(rebuilt, "Sergej Lawrow")


def test_split_survives_a_rerun_and_catches_new_mentions(corpus, article):
    arts = corpus + [article("[Kim|PER] winkte aus dem Zug nach [Pjöngjang|LOC].", id="a4")]
    s1 = link(arts)
    kim = next(iter(_ids(s1, "Kim Jong Un")))
    assert _ids(s1, "Kim") == {kim}
    c = split(s1, kim, "Kim")
    now = apply(s1, [c])
    new = split_id(kim, "Kim")
    assert _ids(now, "Kim") == {new} and _ids(now, "Kim Jong Un") == {kim}
    assert now.entity(new).name == "Kim"
    more = arts + [article("[Kim|PER] schwieg in [Pjöngjang|LOC].", id="a5")]
    again = link(more, previous=now, corrections=[c])
    assert _ids(again, "Kim") == {new} and _ids(again, "Kim Jong Un") == {kim}


def test_rename_survives_a_rerun(corpus):
    s1 = link(corpus)
    kim = next(iter(_ids(s1, "Kim Jong Un")))
    c = rename(s1, kim, "Kim Jong-un (Machthaber)")
    now = apply(s1, [c])
    assert now.entity(kim).name == "Kim Jong-un (Machthaber)"
    assert link(corpus, previous=now, corrections=[c]).entity(kim).name == "Kim Jong-un (Machthaber)"


def test_corrections_apply_in_order(corpus):
    s1 = link(corpus)
    a, b = next(iter(_ids(s1, "Sergej Lawrow"))), next(iter(_ids(s1, "S. Lawrow")))
    c1 = merge(s1, a, b)
    c2 = rename(apply(s1, [c1]), a, "Sergej Lawrow (Außenminister)", existing=[c1])
    assert c2.seq == c1.seq + 1
    out = link(corpus, corrections=[c2, c1])
    assert out.entity(a).name == "Sergej Lawrow (Außenminister)"
    assert _ids(out, "S. Lawrow") == {a}


def test_bad_corrections_are_errors(corpus):
    s1 = link(corpus)
    kim = next(iter(_ids(s1, "Kim Jong Un")))
    with pytest.raises(LagebildError):
        merge(s1, kim, kim)
    with pytest.raises(LagebildError):
        merge(s1, kim, "ent-missing")
    with pytest.raises(LagebildError):
        split(s1, kim, "Peskow")
    with pytest.raises(LagebildError):
        rename(s1, kim, "  ")


def test_stale_corrections_become_notes(corpus):
    s1 = link(corpus)
    c = merge(s1, next(iter(_ids(s1, "Kim Jong Un"))), next(iter(_ids(s1, "Moskau"))))
    out = link(corpus[:1], corrections=[c])  # Moskau is gone
    assert out.notes and "skipped" in out.notes[0]
