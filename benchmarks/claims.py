"""Benchmark of claims across articles (issue 6): origin, modality, relays, grouping.

Gold: ``benchmarks/data/claims_gold.jsonl``, 11 short German news articles in
four stories, written by the project in session 19 *after* the claim rules of
that session were fixed (they were not tuned on it afterwards). Several outlets
report the same statement: the same minister spelled three ways and called by
his office, a state agency relayed by other agencies, a spokeswoman spelled
"Thießen" and "Thiessen", machine-translated grammar. Every attributed
statement of every article is listed (so precision can be counted) with its
origin, modality (asserted | reported | alleged | denied | planned), the relays
between outlet and origin, and a gold group: statements of one origin that say
the same thing.

The articles run through the whole pipeline (``lagebild.build`` with the fast
NER, entity linking and the claim-group stage) into a temporary database.

Prints:
* claims: gold statements found (a system claim covering at least 60 % of the
  gold span), and precision over all system claims of these articles;
* origin: the system origin (its linked entity's name, else the origin text)
  names the gold origin;
* modality and relays: exact agreement on the found claims;
* grouping: pairwise precision/recall/F1 of "same group" over found claims, and
  the gold groups with several claims that the system puts in one group
  counted as one origin.

    .venv/bin/python benchmarks/claims.py
    .venv/bin/python benchmarks/claims.py --show      # every gold claim with what the system made of it
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lagebild.build import build  # noqa: E402
from lagebild.export import iter_records  # noqa: E402
from lagebild.pipeline import default_specs  # noqa: E402
from lagebild.store import Store  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "claims_gold.jsonl"

# What a system origin must contain (case-insensitive) to name each gold origin.
ORIGIN_KEYS = {
    "lawrow": ("lawrow",), "regierung_ua": ("ukrain",), "beobachter": ("beobachter",), "selenskyj": ("selenskyj",),
    "tuerkei": ("türkei",), "kcna": ("kcna",), "vm_kr": ("verteidigungsministerium",),
    "usa": ("vereinigte staaten", "us-regierung", "washington"), "koelling": ("kölling",),
    "verdi": ("gewerkschaft", "verdi"), "thiessen": ("thießen", "thiessen"), "hafenbehoerde": ("hafenbehörde",),
    "polizei": ("polizei",), "beamte": ("beamte",), "vogt": ("vogt",), "landrat": ("landrat",),
}


def run(gold_path: Path = GOLD):
    arts = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "gold.jsonl"
        src.write_text("\n".join(json.dumps({"text": a["text"], "outlet": a["outlet"], "published": a["published"],
                                             "url": f"https://gold.example/{i}"}, ensure_ascii=False)
                                 for i, a in enumerate(arts)), encoding="utf-8")
        db = str(Path(tmp) / "claims.db")
        build([str(src)], db, specs=default_specs(ner="fast"))
        with Store(db, readonly=True) as st:
            stored = {a["text"]: a["id"] for a in iter_records(st, "articles")}
            claims = list(iter_records(st, "claims"))
            groups = {g["id"]: g for g in iter_records(st, "claim_groups")}
            names = {e["id"]: e["name"] for e in iter_records(st, "entities")}
    rows = []
    used: set[int] = set()
    for a in arts:
        aid = stored[a["text"]]
        mine = [(i, c) for i, c in enumerate(claims) if c["article"] == aid]
        for g in a["claims"]:
            s = a["text"].index(g["find"])
            e = s + len(g["find"])
            best = max(mine, key=lambda ic: min(e, ic[1]["end"]) - max(s, ic[1]["start"]), default=None)
            hit = best if best and (min(e, best[1]["end"]) - max(s, best[1]["start"])) >= 0.6 * (e - s) else None
            if hit:
                used.add(hit[0])
            rows.append((a, g, hit[1] if hit else None))
    n_sys = sum(1 for c in claims if c["article"] in stored.values())
    return rows, n_sys, len(used), groups, names


def _origin_name(c: dict, names: dict) -> str:
    return names.get(c["origin_entity"]) or c["origin"] or ""


def _relays(c: dict, outlet: str) -> list[str]:
    chain = list(c["chain"])
    if chain and chain[0] == outlet:
        chain = chain[1:]
    return chain[:-1] if c["origin"] and chain and chain[-1] == c["origin"] else chain


def _relays_ok(c: dict, a: dict, g: dict) -> bool:
    got = _relays(c, a["outlet"])
    return len(got) == len(g["relays"]) and all(any(r.casefold() in x.casefold() for x in got) for r in g["relays"])


def report(show: bool = False) -> dict:
    rows, n_sys, n_used, groups, names = run()
    found = [(a, g, c) for a, g, c in rows if c]
    origin_ok = [any(k in _origin_name(c, names).casefold() for k in ORIGIN_KEYS[g["origin"]]) for a, g, c in found]
    modality_ok = [c["modality"] == g["modality"] for a, g, c in found]
    relays_ok = [_relays_ok(c, a, g) for a, g, c in found]
    tp = fp = fn = 0
    for (a1, g1, c1), (a2, g2, c2) in itertools.combinations(found, 2):
        same_gold, same_sys = g1["group"] == g2["group"], c1["group"] == c2["group"]
        tp += same_gold and same_sys
        fp += same_sys and not same_gold
        fn += same_gold and not same_sys
    multi = {}
    for a, g, c in rows:
        multi.setdefault(g["group"], []).append(c)
    multi = {k: v for k, v in multi.items() if len(v) > 1}
    one = sum(1 for v in multi.values() if all(v) and len({c["group"] for c in v}) == 1
              and groups[v[0]["group"]]["origins"] == 1)

    def pct(x, n):
        return 100.0 * x / n if n else 0.0
    p, r = pct(tp, tp + fp), pct(tp, tp + fn)
    res = {"gold": len(rows), "found": len(found), "system": n_sys, "matched_system": n_used,
           "claim_recall": pct(len(found), len(rows)), "claim_precision": pct(n_used, n_sys),
           "origin": pct(sum(origin_ok), len(found)), "modality": pct(sum(modality_ok), len(found)),
           "relays": pct(sum(relays_ok), len(found)), "pair_p": p, "pair_r": r,
           "pair_f1": 2 * p * r / (p + r) if p + r else 0.0, "multi_groups": len(multi), "one_origin_groups": one}
    print(f"claims gold set: {len(rows)} statements in {len({id(a) for a, _, _ in rows})} articles, "
          f"{len(multi)} gold groups with several claims")
    print(f"  claims found     {len(found)}/{len(rows)} = {res['claim_recall']:.1f} %   "
          f"precision {n_used}/{n_sys} = {res['claim_precision']:.1f} %")
    print(f"  origin correct   {sum(origin_ok)}/{len(found)} = {res['origin']:.1f} %")
    print(f"  modality correct {sum(modality_ok)}/{len(found)} = {res['modality']:.1f} %")
    print(f"  relays correct   {sum(relays_ok)}/{len(found)} = {res['relays']:.1f} %")
    print(f"  grouping (pairs) P {p:.1f}  R {r:.1f}  F1 {res['pair_f1']:.1f}   ({tp} right, {fp} wrong, {fn} missed)")
    print(f"  gold groups recovered as one group of one origin: {one}/{len(multi)}")
    if show:
        for a, g, c in rows:
            if c is None:
                print(f"MISSED  [{a['outlet']}] {g['find']!r} ({g['origin']}, {g['modality']})")
                continue
            marks = "".join(x for x, ok in (("O", any(k in _origin_name(c, names).casefold() for k in ORIGIN_KEYS[g["origin"]])),
                                            ("M", c["modality"] == g["modality"]), ("R", _relays_ok(c, a, g))) if not ok)
            print(f"{marks or 'ok':7} [{a['outlet']}] {c['text']!r}\n        origin {_origin_name(c, names)!r} "
                  f"(gold {g['origin']}), {c['modality']} (gold {g['modality']}), chain {c['chain']}, "
                  f"group {c['group']} (gold {g['group']})")
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true", help="print every gold claim with the system's claim")
    args = ap.parse_args(argv)
    report(show=args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
