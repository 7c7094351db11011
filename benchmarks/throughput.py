"""Throughput of the whole pipeline on real German news (10kGNAD test split, 1,028 articles).

Prints articles/s and tokens/s for the whole run and per stage, peak RSS, and the
number of workers. Usage:

    .venv/bin/python benchmarks/throughput.py [--workers N] [--engine local|dask] [--limit N] [--ner fast|accurate|none]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
DATA = os.path.join(ROOT, "..", "shared", "data", "text", "10kgnad", "test.csv")


def load(limit: int | None) -> list[dict]:
    out = []
    with open(DATA, encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
            if len(row) < 2:
                continue
            out.append({"text": row[1], "title": None, "outlet": "DER STANDARD (10kGNAD)",
                        "url": f"10kgnad://test/{i}"})
            if limit and len(out) >= limit:
                break
    return out


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--engine", default="local", choices=("local", "dask"),
                    help="dask: a local dask.distributed cluster of --workers processes")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--ner", default="fast", choices=("fast", "accurate", "none"),
                    help="NER mode (default fast, as in `lagebild build`)")
    a = ap.parse_args()

    from lagebild.build import build
    from lagebild.pipeline import default_specs

    arts = load(a.limit)
    tmp = tempfile.mkdtemp(prefix="lagebild-bench-")
    # one JSONL file per worker-sized chunk so the local engine can spread the work
    n_files = max(a.workers * 8, 1)
    paths = []
    for k in range(n_files):
        p = os.path.join(tmp, f"part{k:03d}.jsonl")
        with open(p, "w", encoding="utf-8") as fh:
            for art in arts[k::n_files]:
                fh.write(json.dumps(art, ensure_ascii=False) + "\n")
        paths.append(p)
    specs = default_specs(ner=a.ner)
    db = os.path.join(tmp, "bench.db")
    t0 = time.perf_counter()
    rep = build(paths, db, workers=a.workers, specs=specs, batch_size=500, engine=a.engine)
    wall = time.perf_counter() - t0
    print(f"corpus: 10kGNAD test split, {len(arts)} articles, {rep.tokens} tokens")
    print(f"pipeline: {', '.join(s.name for s in specs)}")
    print(f"engine: {a.engine}, workers: {a.workers}")
    print(f"whole run: {wall:.1f} s  {rep.read / wall:.1f} articles/s  {rep.tokens / wall:,.0f} tokens/s "
          f"(stored {rep.stored}, skipped {len(rep.skipped)}, near-dup {rep.near_duplicates}, "
          f"exact-dup {rep.exact_duplicates})")
    print("per stage (CPU time summed over workers):")
    for name, sec in sorted(rep.stage_seconds.items(), key=lambda kv: -kv[1]):
        if sec > 0:
            print(f"  {name:24s} {sec:7.2f} s  {rep.read / sec:9.1f} articles/s  {rep.tokens / sec:12,.0f} tokens/s")
    print(f"peak RSS: {peak_rss_mb():.0f} MB (largest single process)")


if __name__ == "__main__":
    main()
