"""NER benchmark: quality per mode on held-out and cross-domain splits, and speed.

    .venv/bin/python benchmarks/ner.py                 # both modes, everything
    .venv/bin/python benchmarks/ner.py --mode fast --no-speed
    .venv/bin/python benchmarks/ner.py --mode fast --fast-model build/ner/fast-x.npz --no-xdomain

Quality: exact-span P/R/F1 per type and micro-averaged (conlleval-style) on
  * germeval-heldout: the 10 % GermEval 2014 split the shipped models never saw
    (all four types, and PER/ORG/LOC only);
  * smartdata-test-news / -all: SmartData v3 test documents (news only / news +
    RSS + tweets), PER/ORG/LOC (SmartData has no MISC);
  * cross-domain: models trained on GermEval only (``make train-ner-xdomain``
    writes them to build/ner/), tested on SmartData v3 test news.
Speed: tokens/s of the tagger on one core (1 thread), on raw German news from
../shared/data/text/10kgnad (throughput only; never used for training), with the
word-type cache starting cold. Tokenisation is not counted.
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")  # per-core figures

import argparse  # noqa: E402
import csv  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "train", "ner"))

import data  # noqa: E402

from lagebild.ner.labels import TAGS, viterbi_bio  # noqa: E402
from lagebild.ner.metrics import score, table  # noqa: E402

WORK = os.path.join(ROOT, "build", "ner")
GNAD = os.path.join(data.DATA, "text", "10kgnad", "test.csv")
PLO = ("PER", "ORG", "LOC")


def load_model(mode: str, path: str | None = None):
    if mode == "fast":
        from lagebild.ner.fast import MODEL_PATH, FastModel

        return FastModel(path or MODEL_PATH)
    import torch

    torch.set_num_threads(1)
    from lagebild.ner.accurate import MODEL_PATH, AccurateModel

    return AccurateModel(path or MODEL_PATH)


def predict(model, sents: list[data.Sentence]) -> list[list[str]]:
    out = []
    for i in range(0, len(sents), 256):
        chunk = [s.words for s in sents[i:i + 256]]
        for lp in model.log_probs(chunk):
            out.append([TAGS[k] for k in viterbi_bio(lp)])
    return out


def report(title: str, gold: list[data.Sentence], pred: list[list[str]], types=None) -> float:
    sc = score([s.tags for s in gold], pred, types)
    print(f"\n== {title}\n{table(sc)}")
    return sc["micro"].f1


def gnad_sentences(limit_tokens: int) -> list[list[str]]:
    sents, n = [], 0
    with open(GNAD, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter=";", quotechar="'"):
            if len(row) < 2:
                continue
            text = row[1]
            spans = data.tokenize(text)
            for sent in data.split_sentences(text, spans):
                words = [text[a:b] for a, b in sent]
                sents.append(words)
                n += len(words)
            if n >= limit_tokens:
                return sents
    return sents


def speed(mode: str, model, sents: list[list[str]]) -> float:
    n = sum(map(len, sents))
    t = time.perf_counter()
    for i in range(0, len(sents), 64):  # ~ article-sized batches, as the stage sees them
        for lp in model.log_probs(sents[i:i + 64]):
            viterbi_bio(lp)
    dt = time.perf_counter() - t
    print(f"\n== speed {mode}: {n} tokens in {dt:.1f}s = {n / dt:,.0f} tokens/s on 1 core")
    return n / dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["fast", "accurate", "both"], default="both")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-quality", action="store_true")
    ap.add_argument("--speed-tokens", type=int, default=None)
    ap.add_argument("--fast-model", default=None, help="fast weights to measure instead of the shipped fast.npz")
    ap.add_argument("--no-xdomain", action="store_true", help="skip the cross-domain models")
    args = ap.parse_args()
    modes = ["fast", "accurate"] if args.mode == "both" else [args.mode]
    g_train, g_held = data.germeval_split()
    _, s_test = data.smartdata_split()
    s_news = [s for s in s_test if s.doc_type == "NEWS_HTML"]
    summary = []
    for mode in modes:
        print(f"\n######## mode {mode}")
        mpath = args.fast_model if mode == "fast" else None
        model = load_model(mode, mpath)
        row = {"mode": mode}
        if not args.no_quality:
            p = predict(model, g_held)
            row["germeval_all4"] = report(f"{mode}: germeval-heldout, 4 types ({len(g_held)} sentences)", g_held, p)
            row["germeval_plo"] = report(f"{mode}: germeval-heldout, PER/ORG/LOC", g_held, p, PLO)
            p = predict(model, s_news)
            row["smartdata_news"] = report(f"{mode}: smartdata-test-news ({len(s_news)} sentences)", s_news, p, PLO)
            p = predict(model, s_test)
            row["smartdata_all"] = report(f"{mode}: smartdata-test-all ({len(s_test)} sentences)", s_test, p, PLO)
            xpath = os.path.join(WORK, "fast-germeval.npz" if mode == "fast" else "accurate-germeval.pt")
            if args.no_xdomain:
                pass
            elif os.path.exists(xpath):
                xm = load_model(mode, xpath)
                p = predict(xm, s_news)
                row["xdomain_news"] = report(f"{mode}: CROSS-DOMAIN trained on GermEval only -> smartdata-test-news",
                                             s_news, p, PLO)
                del xm
            else:
                print(f"\n(cross-domain model {xpath} missing: run `make train-ner-xdomain`)")
        if not args.no_speed:
            n = args.speed_tokens or (200_000 if mode == "fast" else 20_000)
            if os.path.exists(GNAD):
                sents = gnad_sentences(n)
            else:
                sents = [s.words for s in g_held]
            if mode == "fast":  # a fresh model: the word-type cache starts cold
                model = load_model(mode, mpath)
            row["tokens_per_s"] = speed(mode, model, sents)
        summary.append(row)
    print("\n== summary (micro F1; speed per core)")
    keys = ["germeval_all4", "germeval_plo", "smartdata_news", "smartdata_all", "xdomain_news", "tokens_per_s"]
    print("mode      " + " ".join(f"{k:>15}" for k in keys))
    for row in summary:
        cells = []
        for k in keys:
            v = row.get(k)
            cells.append(f"{'-':>15}" if v is None else (f"{v:15,.0f}" if k == "tokens_per_s" else f"{v:15.3f}"))
        print(f"{row['mode']:<9} " + " ".join(cells))


if __name__ == "__main__":
    main()
