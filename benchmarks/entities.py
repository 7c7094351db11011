"""Benchmark of entity linking (issue 5).

    .venv/bin/python benchmarks/entities.py                 # gold-set quality + 10k-article timing
    .venv/bin/python benchmarks/entities.py --no-speed      # quality only
    .venv/bin/python benchmarks/entities.py --speed-only --articles 10000

Quality: the hand-written gold sets in ``benchmarks/data/entities_gold`` (the
development set and a held-out set written after the rules were fixed; gold
name-mention spans and labels are the linker's input; NER is measured
elsewhere). Prints B³, MUC, CEAF-e and their CoNLL average, the false merges
(pairs of different gold entities that share a system entity, listed) and the
false splits (a gold entity spread over k system entities counts k-1, listed),
role-noun links and acts-as links.

Speed: the 10kGNAD test articles (../shared/data/text/10kgnad/test.csv),
replicated with distinct ids and dates to ``--articles`` articles. Mentions
come from ``lagebild.ner`` (``--mentions ner``, the default when it is
installed: clean + segment + ``ner.fast.v1``, computed once per article and
cached in the temp directory) or from a simple capitalised-sequence heuristic
(``--mentions heuristic``: runs of capitalised words that the corpus rarely
uses after an article or an adjective; labels from the gazetteer, acronyms ->
ORG, runs of two or more words -> PER). NER time is not part of the timing.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lagebild.entities import ArticleInput, MentionInput, link  # noqa: E402
from lagebild.entities.gazetteer import gazetteer  # noqa: E402
from lagebild.entities.metrics import b_cubed, ceaf_e, false_merges, false_splits, muc  # noqa: E402

GOLD_DIR = ROOT / "benchmarks" / "data" / "entities_gold"
GNAD = ROOT.parent / "shared" / "data" / "text" / "10kgnad" / "test.csv"
sys.path.insert(0, str(GOLD_DIR))
import build as gold_build  # noqa: E402


# -- quality -----------------------------------------------------------------------
def gold_inputs(arts: list[dict]) -> list[ArticleInput]:
    return [ArticleInput(
        id=a["id"], text=a["text"], published=a["published"], story=a["story"],
        mentions=tuple(MentionInput(m["start"], m["end"], m["text"], m["label"])
                       for m in a["mentions"] if m["kind"] == "name"),
    ) for a in arts]


def quality(verbose: bool = True, which: str = "dev") -> dict:
    arts = gold_build.load(gold_build.SETS[which][1])
    errors = gold_build.validate(arts)
    if errors:
        raise SystemExit("gold set invalid:\n" + "\n".join(errors))
    lookalikes = gold_build.json.loads(gold_build.LOOKALIKES.read_text())["groups"]
    t0 = time.perf_counter()
    state = link(gold_inputs(arts))
    elapsed = time.perf_counter() - t0
    names = {e.id: e.name for e in state.entities}
    by_span = {(l.article, l.start, l.end): l for l in state.links}
    gold, system = {}, {}
    for a in arts:
        for m in a["mentions"]:
            if m["kind"] != "name":
                continue
            k = (a["id"], m["start"], m["end"])
            gold[k] = m["entity"]
            if k in by_span:
                system[k] = by_span[k].entity
    # which gold entity a system entity stands for (majority of its name mentions)
    votes: dict[str, Counter] = defaultdict(Counter)
    for k, e in system.items():
        votes[e][gold[k]] += 1
    sys2gold = {e: v.most_common(1)[0][0] for e, v in votes.items()}

    bp, br, bf = b_cubed(gold, system)
    mp, mr, mf = muc(gold, system)
    cp, cr, cf = ceaf_e(gold, system)
    conll = (mf + bf + cf) / 3
    merges = false_merges(gold, system)
    look = [(a, b, s) for a, b, s in merges if any(a in g and b in g for g in lookalikes)]
    splits = false_splits(gold, system)
    n_splits = sum(len(p) - 1 for p in splits.values())

    # role nouns: a gold role mention is found if a system role link overlaps it and
    # points to the system entity that stands for the same gold entity
    gold_roles = [(a["id"], m) for a in arts for m in a["mentions"] if m["kind"] == "role"]
    sys_roles = [l for l in state.links if l.kind == "role"]
    gold_by_art = defaultdict(list)
    for aid, m in gold_roles:
        gold_by_art[aid].append(m)
    gold_ent_of_sys = dict(sys2gold)
    role_ok, role_wrong = 0, []
    matched_gold = set()
    for l in sys_roles:
        hit = [m for m in gold_by_art[l.article] if m["start"] < l.end and l.start < m["end"]]
        target = gold_ent_of_sys.get(l.entity)
        if hit and (target == hit[0]["entity"] or (hit[0]["entity"].startswith("gov_") and l.method.startswith("government"))):
            if hit[0]["entity"].startswith("gov_") and l.method.startswith("government"):
                want = hit[0]["entity"][4:].upper()
                got = next((e.country for e in state.entities if e.id == l.entity), None)
                if want != got:
                    role_wrong.append((l.article, l.text, names.get(l.entity), hit[0]["entity"]))
                    continue
            role_ok += 1
            matched_gold.add((l.article, hit[0]["start"]))
        else:
            role_wrong.append((l.article, l.text, names.get(l.entity), hit[0]["entity"] if hit else None))
    role_p = role_ok / len(sys_roles) if sys_roles else 0.0
    role_r = len(matched_gold) / len(gold_roles) if gold_roles else 0.0
    missed_roles = [(aid, m["text"], m["entity"]) for aid, m in gold_roles if (aid, m["start"]) not in matched_gold]

    # acts-as
    gold_acts = {(a["id"], m["start"], m["acts_as"]) for a in arts for m in a["mentions"] if m.get("acts_as")}
    sys_acts = {(x.article, x.start, x.country) for x in state.acts_as}
    acts_tp = len(gold_acts & sys_acts)
    acts_p = acts_tp / len(sys_acts) if sys_acts else 0.0
    acts_r = acts_tp / len(gold_acts) if gold_acts else 0.0

    res = dict(b3=(bp, br, bf), muc=(mp, mr, mf), ceaf=(cp, cr, cf), conll=conll, merges=merges,
               lookalike_merges=look, splits=splits, n_splits=n_splits, roles=(role_p, role_r),
               acts=(acts_p, acts_r), seconds=elapsed)
    if verbose:
        n_ment = len(gold)
        n_ent = len(set(gold.values()))
        print(f"gold set '{which}': {len(arts)} articles, {n_ment} name mentions, {n_ent} gold entities, "
              f"{len(gold_roles)} role nouns, {len(gold_acts)} acts-as; linked in {elapsed:.2f} s")
        print(f"  system entities: {len(set(system.values()))}")
        print(f"  B3      P {bp:.4f}  R {br:.4f}  F1 {bf:.4f}")
        print(f"  MUC     P {mp:.4f}  R {mr:.4f}  F1 {mf:.4f}")
        print(f"  CEAF-e  P {cp:.4f}  R {cr:.4f}  F1 {cf:.4f}")
        print(f"  CoNLL F1 (MUC/B3/CEAF-e average) {conll:.4f}")
        print(f"  false merges (pairs of gold entities sharing a system entity): {len(merges)}, "
              f"among look-alike names: {len(look)}")
        for a, b, s in merges:
            print(f"    MERGE {a} + {b}  -> system '{names.get(s, s)}'")
        print(f"  false splits (extra system entities per gold entity): {n_splits}")
        for e, parts in splits.items():
            print(f"    SPLIT {e} -> " + " | ".join(
                f"'{names.get(p[1], p[1])}'" if p[0] == "sys" else f"(unlinked {p[1][0]}:{p[1][1]})" for p in parts))
        print(f"  role nouns: P {role_p:.3f}  R {role_r:.3f}  ({len(sys_roles)} linked, {len(gold_roles)} gold)")
        for w in role_wrong:
            print(f"    WRONG ROLE {w}")
        for w in missed_roles:
            print(f"    MISSED ROLE {w}")
        print(f"  acts-as: P {acts_p:.3f}  R {acts_r:.3f}  ({len(sys_acts)} found, {len(gold_acts)} gold)")
        for x in sorted(sys_acts - gold_acts):
            print(f"    EXTRA ACTS-AS {x}")
        for x in sorted(gold_acts - sys_acts):
            print(f"    MISSED ACTS-AS {x}")
    return res


# -- speed ---------------------------------------------------------------------------
_TOKEN = re.compile(r"[A-ZÄÖÜ][\w\-]*[\w]|[A-ZÄÖÜ]|[a-zäöüß][\w\-]*|\S")
_DET = frozenset("der die das den dem des ein eine einen einem einer eines kein keine keinen keinem "
                 "dieser diese dieses diesen diesem jeder jede jedes jeden jedem sein seine ihr ihre "
                 "unser unsere mehr viele alle zum zur im am vom beim".split())


def read_gnad(path: Path = GNAD) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) >= 2]


def heuristic_mentions(texts: list[str]) -> list[list[tuple[int, int, str, str]]]:
    """Candidate mentions from capitalised sequences (see module docstring)."""
    gaz = gazetteer()
    seen: Counter = Counter()
    after_det: Counter = Counter()
    toks_all = []
    for t in texts:
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(t)]
        toks_all.append(toks)
        for i, (_, _, w) in enumerate(toks):
            if w[:1].isupper():
                seen[w] += 1
                if i > 0:
                    p = toks[i - 1][2]
                    if p.lower() in _DET or (p[:1].islower() and p.endswith(("e", "en", "er", "es", "em"))):
                        after_det[w] += 1
    def namey(w: str, sentence_start: bool) -> bool:
        if not w[:1].isupper() or len(w) < 2:
            return False
        if w.isupper():
            return True
        ratio = after_det[w] / seen[w] if seen[w] else 1.0
        return ratio < 0.15 and not (sentence_start and seen[w] < 3)
    runs_per_text = []
    last_tokens: Counter = Counter()
    for t, toks in zip(texts, toks_all):
        runs, cur = [], []
        for i, (s, e, w) in enumerate(toks):
            start = i == 0 or toks[i - 1][2] in ".!?:\"„“"
            if namey(w, start):
                cur.append((s, e))
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        out = []
        for r in runs:
            s, e = r[0][0], r[-1][1]
            out.append((s, e, t[s:e], len(r)))
            if len(r) >= 2:
                last_tokens[t[r[-1][0]:r[-1][1]]] += 1
        runs_per_text.append(out)
    result = []
    for out in runs_per_text:
        ms = []
        for s, e, text, n in out:
            if gaz.country(text) or gaz.metonym(text):
                label = "LOC"
            elif text.isupper():
                label = "ORG"
            elif n >= 2 or last_tokens[text]:
                label = "PER"
            else:
                label = "ORG"
            ms.append((s, e, text, label))
        result.append(ms)
    return result


def ner_mentions(texts: list[str]) -> tuple[list[str], list[list[tuple[int, int, str, str]]]]:
    """Clean texts and their ``ner.fast.v1`` mentions (cached in the temp directory)."""
    import hashlib
    import json
    import tempfile

    from lagebild.model import replace
    from lagebild.pipeline import Pipeline, make_document
    from lagebild.registry import StageSpec, default_registry

    model = ROOT / "lagebild" / "ner" / "models" / "fast.npz"
    h = hashlib.sha1(("".join(texts[:5]) + str(len(texts)) + str(model.stat().st_mtime if model.exists() else 0))
                     .encode()).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"lagebild-entities-gnad-{h}.json"
    if cache.exists():
        got = json.loads(cache.read_text(encoding="utf-8"))
        return got["texts"], [[tuple(m) for m in ms] for ms in got["mentions"]]
    pipe = Pipeline([StageSpec.of("clean.rules.v1"), StageSpec.of("segment.rules.v1")])
    ner = default_registry().build(StageSpec.of("ner.fast.v1"))
    out_texts, out = [], []
    for t in texts:
        doc = pipe.run(make_document(t))
        if not hasattr(doc, "text") or not doc.text:
            out_texts.append(t)
            out.append([])
            continue
        doc = ner(replace(doc, language="de"))
        out_texts.append(doc.text)
        out.append([(m.start, m.end, m.text, m.label) for m in doc.mentions])
    cache.write_text(json.dumps({"texts": out_texts, "mentions": out}, ensure_ascii=False), encoding="utf-8")
    return out_texts, out


def speed(n_articles: int, mentions: str = "ner") -> None:
    if not GNAD.exists():
        print(f"speed: {GNAD} not found, skipped")
        return
    t0 = time.perf_counter()
    texts = read_gnad()
    source = "heuristic capitalised sequences"
    if mentions == "ner":
        try:
            texts, cands = ner_mentions(texts)
            source = "lagebild.ner (ner.fast.v1)"
        except Exception as e:  # NER not installed or broken: fall back, and say so
            print(f"  (lagebild.ner unavailable: {type(e).__name__}: {e}; using the heuristic)")
            cands = heuristic_mentions(texts)
    else:
        cands = heuristic_mentions(texts)
    t1 = time.perf_counter()
    t_g = time.perf_counter()
    gazetteer()
    t_g = time.perf_counter() - t_g
    arts = []
    for i in range(n_articles):
        j = i % len(texts)
        day = 1 + (i // len(texts)) * 3 + (j % 28)
        arts.append(ArticleInput(
            id=f"gnad-{i:05d}", text=texts[j],
            published=f"2023-{1 + (day // 28) % 12:02d}-{1 + day % 28:02d}", story=None,
            mentions=tuple(MentionInput(s, e, t, lab) for s, e, t, lab in cands[j]),
        ))
    n_mentions = sum(len(a.mentions) for a in arts)
    t2, c2 = time.perf_counter(), time.process_time()
    state = link(arts)
    t3, c3 = time.perf_counter(), time.process_time()
    print(f"speed: {n_articles} articles (10kGNAD test x{n_articles / len(texts):.1f}, distinct ids), "
          f"{n_mentions} mentions from {source} ({sum(len(c) for c in cands) / len(texts):.1f} per article)")
    print(f"  mention extraction (not timed below): {t1 - t0:.1f} s; gazetteer load: {t_g:.2f} s")
    print(f"  link(): {t3 - t2:.1f} s wall, {c3 - c2:.1f} s CPU, one process "
          f"({n_mentions / (t3 - t2):,.0f} mentions/s wall), "
          f"{len(state.entities)} entities, {sum(1 for l in state.links if l.kind == 'role')} role links, "
          f"{len(state.acts_as)} acts-as")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--speed-only", action="store_true")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--mentions", choices=("ner", "heuristic"), default="ner")
    args = ap.parse_args(argv)
    if not args.speed_only:
        for which in gold_build.SETS:
            quality(which=which)
    if not args.no_speed:
        speed(args.articles, args.mentions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
