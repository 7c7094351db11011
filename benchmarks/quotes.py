"""Benchmark the quotation rules on SpkAtt-2023 (task 2, German WikiNews).

Token-level precision/recall/F1 for Message, Cue, Source (and Addr), plus the
joint micro-average over Cue+Source+Message, as implemented in
:func:`lagebild.quotes.spkatt.score_dirs` (predicted and gold annotations are
aligned one-to-one by shared Message/Cue tokens; true positives are the shared
tokens of aligned pairs, unaligned annotations count in full).

The data is CC BY-NC-SA: it is read where it lies and used for measurement
only; no model is trained on it.

    .venv/bin/python benchmarks/quotes.py                 # all 700 documents
    .venv/bin/python benchmarks/quotes.py --split dev     # even-numbered files (rules were tuned on these)
    .venv/bin/python benchmarks/quotes.py --split held    # odd-numbered files (looked at only as aggregates)
    .venv/bin/python benchmarks/quotes.py --out /tmp/pred # also write SpkAtt JSON predictions
    .venv/bin/python benchmarks/quotes.py --ner none      # rules without name mentions
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lagebild.quotes.spkatt import annotate_file, predict, result_table, score_pairs  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "quotes" / "spkatt2023-news" / "train" / "task2"


def _one(path: str, ner: str = "fast") -> tuple[list, list]:
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    return doc.get("Annotations", []), predict([s["Tokens"] for s in doc["Sentences"]], ner=ner or None)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT, help="folder of SpkAtt task2 *.json files")
    ap.add_argument("--split", choices=("all", "dev", "held"), default="all")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--out", type=Path, help="write predicted SpkAtt files here")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--ner", choices=("fast", "accurate", "none"), default="fast",
                    help="NER run on the gold tokens before the rules, as in the pipeline (default fast)")
    args = ap.parse_args(argv)

    files = sorted(args.data.glob("*.json"))
    if not files:
        print(f"no SpkAtt files in {args.data}", file=sys.stderr)
        return 2
    files = {"all": files, "dev": files[0::2], "held": files[1::2]}[args.split]

    t0 = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) if args.jobs > 1 else _Serial() as ex:
        ner = "" if args.ner == "none" else args.ner
        pairs = list(ex.map(_one, [str(f) for f in files], [ner] * len(files)))
    seconds = time.perf_counter() - t0
    results = score_pairs(pairs)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for f in files:
            annotate_file(f, args.out / f.name, ner=None if args.ner == "none" else args.ner)
    tokens = sum(len(s["Tokens"]) for f in files for s in json.loads(f.read_text(encoding="utf-8"))["Sentences"])
    if args.json:
        print(json.dumps({"split": args.split, "documents": len(files), "seconds": round(seconds, 1),
                          "results": results}, ensure_ascii=False, indent=1))
        return 0
    print(f"SpkAtt-2023 task 2 ({args.split}): {len(files)} documents, {tokens} tokens, "
          f"{seconds:.1f} s ({tokens / seconds:.0f} tokens/s)")
    for name, r in results.items():
        print(f"\n[{name}]")
        print(result_table(r))
        print("Message precision by predicted form:", r["message_precision_by_form"])
    print("\nReference (blind test, rule baseline): Message F1 47.9, joint F1 39.1")
    return 0


class _Serial:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    @staticmethod
    def map(fn, items, *more):
        return map(fn, items, *more)


if __name__ == "__main__":
    raise SystemExit(main())
