import pytest

from lagebild.entities.metrics import b_cubed, ceaf_e, conll, false_merges, false_splits, muc


def test_perfect_and_known_scores():
    gold = {1: "a", 2: "a", 3: "b"}
    assert b_cubed(gold, {1: "x", 2: "x", 3: "y"}) == (1.0, 1.0, 1.0)
    assert conll(gold, {1: "x", 2: "x", 3: "y"}) == pytest.approx(1.0)
    # everything merged
    p, r, f = b_cubed(gold, {1: "x", 2: "x", 3: "x"})
    assert (round(p, 4), r) == (round((2 / 3 + 2 / 3 + 1 / 3) / 3, 4), 1.0)
    # MUC of a split: recall 0
    assert muc({1: "a", 2: "a"}, {1: "x", 2: "y"})[1] == 0.0
    assert ceaf_e(gold, {1: "x", 2: "y", 3: "z"})[2] < 1.0


def test_false_merges_and_splits():
    gold = {1: "a", 2: "a", 3: "b", 4: "c"}
    system = {1: "x", 2: "y", 3: "y", 4: "z"}
    assert false_merges(gold, system) == [("a", "b", "y")]
    assert false_splits(gold, system) == {"a": [("sys", "x"), ("sys", "y")]}
