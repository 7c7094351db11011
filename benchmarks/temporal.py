"""Benchmarks for the temporal stage (lagebild.temporal).

    .venv/bin/python benchmarks/temporal.py                  # all three
    .venv/bin/python benchmarks/temporal.py --only wikiwars --errors 30

1. WikiWarsDE (TIMEX2 gold, narrative domain): extraction P/R/F1 strict (exact span)
   and lenient (overlap), value accuracy on the lenient matches, strict+value F1.
   Only the article body (<TEXT>) is tagged and scored; the DATETIME header is the DCT.
2. The project's own news gold set (benchmarks/data/temporal_news_gold.jsonl):
   value accuracy per expression, plus span recall.
3. Publication-date inference on spkatt2023-news/train: the date in each file name
   is the gold; the text (which carries no date line) is the only input.

Data is read where it lies (default ../shared/data from the repository root, or
$LAGEBILD_DATA). Nothing is copied.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lagebild.temporal import infer_dct, tag  # noqa: E402
from lagebild.temporal.dct import collect  # noqa: E402

DEFAULT_DATA = Path(os.environ.get("LAGEBILD_DATA", ROOT.parent / "shared" / "data"))
NEWS_GOLD = ROOT / "benchmarks" / "data" / "temporal_news_gold.jsonl"
NEWS_HELDOUT = ROOT / "benchmarks" / "data" / "temporal_news_heldout.jsonl"

_TAG = re.compile(r"<TIMEX2([^>]*)>(.*?)</TIMEX2>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


# ----------------------------------------------------------------- WikiWarsDE

def load_wikiwars(folder: Path) -> list[dict]:
    docs = []
    for path in sorted((folder / "keyinline").glob("*.xml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r'<DATETIME>.*?val="([^"]+)"', raw, re.S).group(1)[:10]
        body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
        text, gold, pos = [], [], 0
        out_len = 0
        for m in _TAG.finditer(body):
            chunk = body[pos:m.start()]
            text.append(chunk)
            out_len += len(chunk)
            attrs = dict(_ATTR.findall(m.group(1)))
            inner = m.group(2)
            gold.append({"start": out_len, "end": out_len + len(inner), "text": inner,
                         "value": attrs.get("val", "")})
            text.append(inner)
            out_len += len(inner)
            pos = m.end()
        text.append(body[pos:])
        docs.append({"id": path.name.split(".")[0], "dct": dct, "text": "".join(text), "gold": gold})
    return docs


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def _match_lenient(sys_spans: list, gold: list) -> list[tuple[int, int]]:
    """One-to-one pairs (sys index, gold index) of overlapping spans, largest overlap first."""
    pairs = []
    for i, s in enumerate(sys_spans):
        for j, g in enumerate(gold):
            ov = min(s["end"], g["end"]) - max(s["start"], g["start"])
            if ov > 0:
                pairs.append((ov, i, j))
    pairs.sort(reverse=True)
    used_s, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def eval_wikiwars(folder: Path, errors: int = 0) -> dict:
    docs = load_wikiwars(folder)
    n_sys = n_gold = tp_strict = tp_len = val_ok = strict_val = 0
    fps, fns, wrong = [], [], []
    t0 = time.perf_counter()
    for doc in docs:
        timexes = tag(doc["text"], doc["dct"], domain="narrative")
        sys_spans = [{"start": t.start, "end": t.end, "value": t.value, "text": t.text} for t in timexes]
        gold = doc["gold"]
        n_sys += len(sys_spans)
        n_gold += len(gold)
        gold_by_span = {(g["start"], g["end"]): g for g in gold}
        for s in sys_spans:
            g = gold_by_span.get((s["start"], s["end"]))
            if g:
                tp_strict += 1
                if s["value"] == g["value"]:
                    strict_val += 1
        pairs = _match_lenient(sys_spans, gold)
        tp_len += len(pairs)
        matched_s = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for i, j in pairs:
            s, g = sys_spans[i], gold[j]
            if s["value"] == g["value"]:
                val_ok += 1
            else:
                wrong.append((doc["id"], s["text"], s["value"], g["text"], g["value"],
                              _context(doc["text"], g["start"], g["end"])))
            if (s["start"], s["end"]) != (g["start"], g["end"]):
                fps.append((doc["id"], "SPAN", s["text"], g["text"], _context(doc["text"], g["start"], g["end"])))
        for i, s in enumerate(sys_spans):
            if i not in matched_s:
                fps.append((doc["id"], "FP", s["text"], s["value"], _context(doc["text"], s["start"], s["end"])))
        for j, g in enumerate(gold):
            if j not in matched_g:
                fns.append((doc["id"], "FN", g["text"], g["value"], _context(doc["text"], g["start"], g["end"])))
    secs = time.perf_counter() - t0
    strict = _prf(tp_strict, n_sys, n_gold)
    lenient = _prf(tp_len, n_sys, n_gold)
    sv = _prf(strict_val, n_sys, n_gold)
    res = {"documents": len(docs), "gold": n_gold, "system": n_sys, "strict": strict, "lenient": lenient,
           "value_accuracy": 100 * val_ok / tp_len if tp_len else 0.0, "strict_value": sv, "seconds": secs}
    if errors:
        for title, rows in (("false positives / span errors", fps), ("missed", fns), ("wrong value", wrong)):
            print(f"\n--- {title} ({len(rows)})")
            for row in rows[:errors]:
                print("  ", " | ".join(str(x) for x in row))
    return res


def _context(text: str, s: int, e: int, width: int = 50) -> str:
    return (text[max(0, s - width):s] + "[" + text[s:e] + "]" + text[e:e + width]).replace("\n", " ")


# ----------------------------------------------------------------- news gold set

def eval_news(path: Path, errors: int = 0) -> dict:
    """Each line: {"text", "dct", "timexes": [{"text", "value", ("occurrence")}]}."""
    n_gold = found = value_ok = n_sys = traps = trap_hits = 0
    by_class: Counter = Counter()
    ok_class: Counter = Counter()
    misses: list = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        timexes = tag(item["text"], item["dct"])
        n_sys += len(timexes)
        for word in item.get("no_timex", []):
            traps += 1
            ts = _find_occurrence(item["text"], word, 1)
            hit = [t for t in timexes if t.start < ts[1] and ts[0] < t.end]
            if hit:
                trap_hits += 1
                misses.append(("trap", word, None, hit[0].text, hit[0].value, item["dct"], item["text"]))
        for g in item["timexes"]:
            n_gold += 1
            cls = g.get("class", "other")
            by_class[cls] += 1
            gs = _find_occurrence(item["text"], g["text"], g.get("occurrence", 1))
            hit = None
            for t in timexes:
                if t.start < gs[1] and gs[0] < t.end:
                    hit = t
                    break
            if hit:
                found += 1
            if hit and hit.value == g["value"]:
                value_ok += 1
                ok_class[cls] += 1
            else:
                misses.append((cls, g["text"], g["value"], hit.text if hit else None, hit.value if hit else None,
                               item["dct"], item["text"]))
    res = {"sentences": sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()),
           "gold": n_gold, "found": found, "recall": 100 * found / n_gold if n_gold else 0.0,
           "value_accuracy": 100 * value_ok / n_gold if n_gold else 0.0,
           "traps": traps, "trap_hits": trap_hits,
           "by_class": {c: (ok_class[c], by_class[c]) for c in sorted(by_class)}}
    if errors:
        print(f"\n--- news gold misses ({len(misses)})")
        for row in misses[:errors]:
            print("  ", " | ".join(str(x) for x in row))
    return res


def _find_occurrence(text: str, needle: str, k: int) -> tuple[int, int]:
    start = -1
    for _ in range(k):
        start = text.find(needle, start + 1)
        if start < 0:
            raise ValueError(f"{needle!r} not in {text!r}")
    return start, start + len(needle)


# ----------------------------------------------------------------- DCT inference

_SPKATT_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")


def detokenize(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([.,;:!?)\]“])", r"\1", s)
    s = re.sub(r"([(\[„]) ", r"\1", s)
    return s


def load_spkatt(folder: Path) -> list[dict]:
    docs = []
    for path in sorted(folder.glob("*.json")):
        m = _SPKATT_DATE.search(path.name)
        if not m:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        text = "\n".join(detokenize(s["Tokens"]) for s in data["Sentences"])
        docs.append({"id": path.name, "gold": m.group(1), "text": text})
    return docs


def eval_dct(folder: Path, errors: int = 0) -> dict:
    docs = load_spkatt(folder)
    exact = near = answered = with_anchor = 0
    conf_hits: list[tuple[float, bool]] = []
    rows = []
    t0 = time.perf_counter()
    for doc in docs:
        guess = infer_dct(doc["text"])
        gold = date.fromisoformat(doc["gold"])
        # the ceiling: does the text name any day within a week of its publication?
        with_anchor += any(abs((a.day - gold).days) <= 7 for a in collect(doc["text"]).anchors)
        if guess.value is None:
            rows.append((doc["id"], None, doc["gold"], 0.0))
            continue
        answered += 1
        d = date.fromisoformat(guess.value)
        diff = abs((d - gold).days)
        exact += diff == 0
        near += diff <= 1
        conf_hits.append((guess.confidence, diff <= 1))
        if diff > 1:
            rows.append((doc["id"], guess.value, doc["gold"], round(guess.confidence, 2)))
    secs = time.perf_counter() - t0
    n = len(docs)
    confident = [ok for c, ok in conf_hits if c >= 0.7]
    default = [ok for c, ok in conf_hits if c >= 0.2]
    res = {"documents": n, "answered": answered, "exact": 100 * exact / n if n else 0.0,
           "within_1": 100 * near / n if n else 0.0,
           "exact_of_answered": 100 * exact / answered if answered else 0.0,
           "within_1_of_answered": 100 * near / answered if answered else 0.0,
           "with_anchor": with_anchor,
           "default_n": len(default),
           "default_within_1": 100 * sum(default) / len(default) if default else 0.0,
           "confident_n": len(confident),
           "confident_within_1": 100 * sum(confident) / len(confident) if confident else 0.0,
           "seconds": secs}
    if errors:
        print(f"\n--- DCT errors ({len(rows)})")
        for row in rows[:errors]:
            print("  ", " | ".join(str(x) for x in row))
    return res


# ----------------------------------------------------------------- main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--news", type=Path, default=NEWS_GOLD, help="news gold JSONL (development set)")
    ap.add_argument("--heldout", type=Path, default=NEWS_HELDOUT, help="news gold JSONL not tuned on")
    ap.add_argument("--only", choices=("wikiwars", "news", "dct"), action="append")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    a = ap.parse_args(argv)
    which = a.only or ["wikiwars", "news", "dct"]
    if "wikiwars" in which:
        r = eval_wikiwars(a.data / "temporal" / "wikiwarsde", a.errors)
        print(f"\nWikiWarsDE ({r['documents']} documents, {r['gold']} gold, {r['system']} tagged, "
              f"{r['seconds']:.1f}s)")
        print(f"  {'':22} {'P':>6} {'R':>6} {'F1':>6}")
        for k, label in (("strict", "extraction strict"), ("lenient", "extraction lenient"),
                         ("strict_value", "strict+value")):
            p, rr, f = r[k]
            print(f"  {label:22} {p:6.1f} {rr:6.1f} {f:6.1f}")
        print(f"  value accuracy (lenient matches): {r['value_accuracy']:.1f}")
        print("  HeidelTime 1.8 (published): strict F1 87.7, lenient F1 93.3, value 88.5, strict+value F1 78.7")
    if "news" in which:
        for label, path in (("News gold set, development", a.news), ("News gold set, held out", a.heldout)):
            if not path.exists():
                continue
            r = eval_news(path, a.errors)
            print(f"\n{label} ({r['sentences']} sentences, {r['gold']} expressions)")
            print(f"  span recall {r['recall']:.1f}   value accuracy {r['value_accuracy']:.1f}   "
                  f"false positives on traps: {r['trap_hits']} of {r['traps']}")
            for c, (ok, n) in r["by_class"].items():
                print(f"    {c:14} {ok:4d}/{n:<4d} {100 * ok / n:5.1f}")
    if "dct" in which:
        r = eval_dct(a.data / "quotes" / "spkatt2023-news" / "train" / "task2", a.errors)
        print(f"\nDCT inference, spkatt2023-news/train ({r['documents']} articles, {r['seconds']:.1f}s)")
        print(f"  answered {r['answered']} ({100 * r['answered'] / r['documents']:.1f}%)")
        print(f"  exact day    {r['exact']:.1f}% of all, {r['exact_of_answered']:.1f}% of answered")
        print(f"  within ±1 day {r['within_1']:.1f}% of all, {r['within_1_of_answered']:.1f}% of answered")
        print(f"  confidence ≥ 0.2 (stage default): {r['default_n']} articles, "
              f"{r['default_within_1']:.1f}% within ±1 day")
        print(f"  confidence ≥ 0.7: {r['confident_n']} articles, {r['confident_within_1']:.1f}% within ±1 day")
        print(f"  ceiling: {r['with_anchor']} articles name any day within a week of their publication")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
