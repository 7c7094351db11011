"""Quotation rules on news they were not written on: 80 DER Standard articles (10kGNAD).

SpkAtt-2023 news has been read in full while the rules were written, so its
figures are development figures. This benchmark measures the same rules on
articles from another outlet and country (Austrian DER Standard, 2015/16),
annotated by hand with the SpkAtt role conventions before the rules were run
on them (``benchmarks/data/quotes_10kgnad_gold*.json``, offsets only). The
corpus lost most quotation marks, so direct speech appears without them:
a harder, messier input than SpkAtt.

Six batches, each drawn at random and annotated before the rules saw it:

* ``A`` (session 16, seed 2026, 20 articles): its even half (``--split dev``)
  has been read for errors since; its odd half (``--split held``) never has.
* ``B`` (session 17, seed 2027, 10 articles): blind when committed, read for
  errors since.
* ``C`` (session 17, seed 2028, 10 articles): blind when committed, after the
  rule changes drawn from ``B``; read for errors since.
* ``D`` (session 17, seed 2029, 10 articles): blind when committed, after the
  rule changes drawn from ``B`` and ``C``; read for errors since.
* ``E`` (session 17, seed 2030, 10 articles): annotated at the end of the
  session and never read for errors: the blind measure of the session's rules.
* ``F`` (session 18, seed 2031, 10 articles): annotated and committed before
  the rules ran on it, never read for errors.
* ``G`` (session 19, seed 2032, 10 articles, 91 quotations): annotated and
  committed before the rules ran on it, never read for errors.

Since session 18 the gold of B-F joins consecutive cue-less sentences that
continue one speaker into one record, as SpkAtt does (its train gold joins 133
such sentence pairs and keeps 9 apart).

The articles are tokenized and split by Lagebild's own segmenter, the gold
character spans are mapped onto those tokens, and the SpkAtt token-level
scorer (:class:`lagebild.quotes.spkatt.Scorer`) judges the predictions.

    .venv/bin/python benchmarks/quotes_unseen.py            # all 80, with the fast NER, as the pipeline runs
    .venv/bin/python benchmarks/quotes_unseen.py --batch B  # one batch
    .venv/bin/python benchmarks/quotes_unseen.py --ner none
    .venv/bin/python benchmarks/quotes_unseen.py --batch A --split held  # the 10 articles of A never looked at
    .venv/bin/python benchmarks/quotes_unseen.py --batch unread  # all 40 never looked at (A held, E, F and G)
    .venv/bin/python benchmarks/quotes_unseen.py --show 30  # print the gold and predicted records of article row 30

The texts are CC BY-NC-SA 4.0 and are read where they lie, never copied.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lagebild.quotes.spkatt import ROLES, predict, result_table, score_pairs  # noqa: E402
from lagebild.segment.sentences import split_sentences  # noqa: E402
from lagebild.segment.tokens import tokenize  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
BATCHES = {"A": DATA / "quotes_10kgnad_gold.json", "B": DATA / "quotes_10kgnad_gold_b.json",
           "C": DATA / "quotes_10kgnad_gold_c.json", "D": DATA / "quotes_10kgnad_gold_d.json",
           "E": DATA / "quotes_10kgnad_gold_e.json", "F": DATA / "quotes_10kgnad_gold_f.json",
           "G": DATA / "quotes_10kgnad_gold_g.json"}
GOLD = BATCHES["A"]
CORPUS = ROOT.parent / "shared" / "data" / "text" / "10kgnad" / "test.csv"


def load_rows(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'")]


def load_docs(gold: Optional[Path], batch: str, split: str) -> list[dict]:
    """The annotated articles of a gold file, or of one batch or all of them."""
    if gold is None and batch == "unread":
        return (load_docs(None, "A", "held") + load_docs(None, "E", "all") + load_docs(None, "F", "all")
                + load_docs(None, "G", "all"))
    if gold is not None:
        files = [gold]
    else:
        files = list(BATCHES.values()) if batch == "all" else [BATCHES[batch]]
    docs = []
    for path in files:
        docs.extend(json.loads(path.read_text(encoding="utf-8"))["docs"])
    return {"all": docs, "dev": docs[0::2], "held": docs[1::2]}[split]


def segment(text: str) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """Token lists per sentence, and ``(sent, tok, start, end)`` for every token."""
    spans = tokenize(text)
    sents = split_sentences(text, spans)
    words: list[list[str]] = []
    index: list[tuple[int, int, int, int]] = []
    i = 0
    for si, (ss, se) in enumerate(sents):
        toks = []
        while i < len(spans) and spans[i][1] <= se:
            s, e = spans[i]
            if s >= ss:
                index.append((si, len(toks), s, e))
                toks.append(text[s:e])
            i += 1
        words.append(toks)
    return words, index


def gold_annotations(doc: dict, index) -> list[dict]:
    """The gold record's character spans as SpkAtt ``"sent:tok"`` lists."""
    out = []
    for q in doc["quotes"]:
        ann = {"Form": q["form"], "IsNested": q.get("nested", False)}
        for role in ROLES:
            toks = []
            for a, b in q.get(role, []):
                toks += [f"{si}:{ti}" for si, ti, s, e in index if s < b and e > a]
            ann[role] = toks
        out.append(ann)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batch", choices=("all", "unread") + tuple(BATCHES), default="all",
                    help="unread: the articles whose errors were never read (batch A's held half, batches E, F and G)")
    ap.add_argument("--gold", type=Path, help="a gold file of the same format instead of the batches")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="10kGNAD test.csv")
    ap.add_argument("--ner", choices=("fast", "accurate", "none"), default="fast")
    ap.add_argument("--split", choices=("all", "dev", "held"), default="all",
                    help="of batch A only: dev, articles at even positions (errors looked at); "
                         "held, odd positions (aggregates only)")
    ap.add_argument("--show", type=int, help="print gold and predicted records of this article row")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"10kGNAD not found at {args.corpus}", file=sys.stderr)
        return 2
    rows = load_rows(args.corpus)
    if args.split != "all" and args.batch not in ("A",) and args.gold is None:
        ap.error("--split needs --batch A")
    docs = load_docs(args.gold, args.batch, args.split)
    label = args.gold.name if args.gold else f"batch {args.batch}" + ("" if args.split == "all" else f", {args.split}")
    ner = None if args.ner == "none" else args.ner
    pairs = []
    for doc in docs:
        text = rows[doc["row"]]
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != doc["sha1"]:
            print(f"{args.corpus}: row {doc['row']} differs from the annotated text (sha1)", file=sys.stderr)
            return 2
        words, index = segment(text)
        gold, pred = gold_annotations(doc, index), predict(words, ner=ner)
        pairs.append((gold, pred))
        if args.show == doc["row"]:
            _show(words, gold, pred)
    results = score_pairs(pairs)
    n_gold = sum(len(g) for g, _ in pairs)
    n_pred = sum(len(p) for _, p in pairs)
    if args.json:
        print(json.dumps({"documents": len(docs), "gold": n_gold, "predicted": n_pred, "results": results}, indent=1))
        return 0
    print(f"10kGNAD unseen quotations ({label}): {len(docs)} articles, {n_gold} gold and {n_pred} predicted records, ner={args.ner}")
    for name, r in results.items():
        print(f"\n[{name}]")
        print(result_table(r))
    print("\nTarget from issue 6 on unseen news: Message F1 >= 75, Source F1 >= 70")
    return 0


def _show(words, gold, pred) -> None:
    def text(ann, role):
        return " ".join(words[int(x.split(":")[0])][int(x.split(":")[1])] for x in ann.get(role, []))
    for label, anns in (("GOLD", gold), ("PRED", pred)):
        print(f"--- {label}")
        for a in anns:
            print(f"{a.get('Form', ''):<20} SRC[{text(a, 'Source')}] CUE[{text(a, 'Cue')}] MSG[{text(a, 'Message')[:90]}]")


if __name__ == "__main__":
    raise SystemExit(main())
