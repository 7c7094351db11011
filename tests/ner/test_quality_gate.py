"""Quality gate: F1 on a small self-written gold set must not drop below the pinned floor.

The floors live in ``tests/ner/floors.json``; raise them when a model improves.
"""
import json
import os

from lagebild.ner.metrics import score, table

from lagebild.ner.accurate import MODEL_PATH as ACCURATE_PATH
from lagebild.ner.fast import MODEL_PATH as FAST_PATH

FLOORS = os.path.join(os.path.dirname(__file__), "floors.json")


def test_f1_not_below_pinned_floor(tagger, mode, gold):
    floors = json.load(open(FLOORS, encoding="utf-8"))[mode]
    pred = [[t for t, _ in s] for s in tagger.tag([w for w, _ in gold])]
    sc = score([t for _, t in gold], pred)
    plo = score([t for _, t in gold], pred, types=("PER", "ORG", "LOC"))
    report = f"{mode}\n{table(sc)}\nPER/ORG/LOC micro F1 {plo['micro'].f1:.3f}"
    assert sc["micro"].f1 >= floors["micro"], report
    assert plo["micro"].f1 >= floors["micro_per_org_loc"], report
    for typ in ("PER", "ORG", "LOC"):
        assert sc[typ].f1 >= floors[typ], report


def test_accurate_beats_fast_on_gold(gold):
    from lagebild.ner import get_tagger

    words, tags = [w for w, _ in gold], [t for _, t in gold]
    f1 = {m: score(tags, [[t for t, _ in s] for s in get_tagger(m).tag(words)])["micro"].f1
          for m in ("fast", "accurate")}
    assert f1["accurate"] > f1["fast"], f1


def test_shipped_weights_within_budget():
    models = os.path.dirname(FAST_PATH)
    total = sum(os.path.getsize(os.path.join(models, f)) for f in os.listdir(models))
    assert os.path.exists(FAST_PATH) and os.path.exists(ACCURATE_PATH)
    assert total <= 100 * 1024 * 1024, total
