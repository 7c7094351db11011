"""Quality gates: value accuracy on our news gold sets, and WikiWarsDE where the data is present."""
import importlib.util
import json
import os
from pathlib import Path

import pytest

from lagebild.temporal import tag

ROOT = Path(__file__).resolve().parents[2]
NEWS_FLOOR = {"temporal_news_gold.jsonl": 97.0, "temporal_news_heldout.jsonl": 90.0}
WIKIWARS = Path(os.environ.get("LAGEBILD_DATA", ROOT.parent / "shared" / "data")) / "temporal" / "wikiwarsde"


@pytest.mark.parametrize("name", sorted(NEWS_FLOOR))
def test_news_value_accuracy(name):
    ok = total = 0
    for line in (ROOT / "benchmarks" / "data" / name).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        found = tag(item["text"], item["dct"])
        for g in item["timexes"]:
            total += 1
            s = item["text"].find(g["text"])
            hit = next((t for t in found if t.start < s + len(g["text"]) and s < t.end), None)
            ok += hit is not None and hit.value == g["value"]
    assert total >= 60
    assert 100 * ok / total >= NEWS_FLOOR[name]


@pytest.mark.skipif(not WIKIWARS.exists(), reason="WikiWarsDE not available")
def test_wikiwars_floor():
    spec = importlib.util.spec_from_file_location("bench_temporal", ROOT / "benchmarks" / "temporal.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    r = bench.eval_wikiwars(WIKIWARS)
    assert r["strict"][2] >= 90.0
    assert r["lenient"][2] >= 95.0
    assert r["value_accuracy"] >= 92.0
