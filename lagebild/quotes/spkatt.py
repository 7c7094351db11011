"""SpkAtt-2023 (task 2, news) interface: read, annotate, write and score.

Input files are JSON documents with ``Sentences[].Tokens`` (the gold
tokenisation, used as given). :func:`annotate_dir` writes the same documents
with predicted ``Annotations``: ``Cue``, ``Source``, ``Message``, ``Addr`` and
``Frame`` as ``"sentence:token"`` lists, plus ``Form``, ``STWR``, ``IsNested``
and ``HasNested``.

:func:`score_dirs` implements the token-level evaluation used by
``benchmarks/quotes.py``: predicted and gold annotations of a document are
aligned one-to-one (greedily, by the number of shared Message and Cue tokens);
for each role, true positives are the tokens shared by aligned pairs, and
precision/recall divide by all predicted/gold tokens of that role (unaligned
annotations count in full). ``joint`` is the micro-average over Cue, Source
and Message.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

from .extract import extract
from .tokdoc import Attribution, TokDoc

ROLES = ("Cue", "Source", "Message", "Addr")
JOINT_ROLES = ("Cue", "Source", "Message")
PathLike = Union[str, Path]


def predict(sentences: Sequence[Sequence[str]], ner: Optional[str] = "fast") -> list[dict]:
    """Predicted SpkAtt annotations for one document given its token lists.

    ``ner`` ("fast", "accurate" or None) tags names on the gold tokens first,
    as the pipeline's NER stage does before the quote stage."""
    td = TokDoc.from_sentences(sentences)
    if ner:
        td = TokDoc(words=td.words, sents=td.sents, tags=td.tags, lemmas=td.lemmas, sent_of=td.sent_of,
                    mentions=ner_mentions(sentences, ner))
    out = []
    attrs = extract(td)
    for a in attrs:
        out.append(to_annotation(td, a, attrs))
        if a.origin_span and a.cue_lemma == "zitieren":
            # "„…“, zitiert ndr.de Polizeisprecher Meyer": the outlet quotes (cue), Meyer said it (no cue)
            inner = replace(a, cue=(), source=tuple(range(*a.origin_span)), addr=(), nested=True)
            out.append(to_annotation(td, inner, attrs))
    return out


def ner_mentions(sentences: Sequence[Sequence[str]], mode: str = "fast") -> list[tuple[int, int, str]]:
    """Name mentions as flat token spans ``(start, end, label)`` over the sentences."""
    from ..ner.stage import name_chunks
    from ..ner.tagger import get_tagger

    out: list[tuple[int, int, str]] = []
    offset = 0
    sentences = [list(s) for s in sentences]
    for toks, chunks in zip(sentences, name_chunks(get_tagger(mode), sentences)):
        out.extend((offset + a, offset + b, typ) for a, b, typ, _conf in chunks)
        offset += len(toks)
    return out


def to_annotation(td: TokDoc, a: Attribution, all_attrs: Sequence[Attribution] = ()) -> dict:
    def ids(toks: Iterable[int]) -> list[str]:
        out = []
        for t in sorted(set(toks)):
            s = td.sent_of[t]
            out.append(f"{s}:{t - td.sents[s][0]}")
        return out

    framed = set(a.cue) | set(a.source) | set(a.addr)
    frame: set[int] = set()
    if framed:
        lo, hi = min(framed), max(framed)
        frame = {k for k in range(lo, hi + 1) if k not in set(a.message)}
    msg = set(a.message)
    has_nested = any(b is not a and b.nested and set(b.message) <= msg for b in all_attrs)
    return {
        "Addr": ids(a.addr),
        "Cue": ids(a.cue),
        "Form": a.form,
        "Frame": ids(frame),
        "HasNested": has_nested,
        "IsNested": a.nested,
        "Message": ids(a.message),
        "STWR": a.stwr,
        "Source": ids(a.source),
    }


def annotate_file(src: PathLike, dst: PathLike, ner: Optional[str] = "fast") -> int:
    doc = json.loads(Path(src).read_text(encoding="utf-8"))
    sentences = [s.get("Tokens", []) for s in doc.get("Sentences", [])]
    doc["Annotations"] = predict(sentences, ner=ner)
    Path(dst).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return len(doc["Annotations"])


def annotate_dir(in_dir: PathLike, out_dir: PathLike) -> dict[str, int]:
    """Annotate every ``*.json`` file of ``in_dir`` into ``out_dir`` (same names).

    Returns ``{"documents": n, "annotations": m}``.
    """
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = anns = 0
    for f in sorted(in_dir.glob("*.json")):
        anns += annotate_file(f, out_dir / f.name)
        docs += 1
    return {"documents": docs, "annotations": anns}


# --- scoring -----------------------------------------------------------------

def _toks(ann: dict, role: str) -> set[str]:
    return set(ann.get(role) or ())


def _align(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        gm, gc = _toks(g, "Message"), _toks(g, "Cue")
        for pi, p in enumerate(pred):
            ov = len(gm & _toks(p, "Message")) + len(gc & _toks(p, "Cue"))
            if ov:
                pairs.append((ov, gi, pi))
    pairs.sort(key=lambda x: -x[0])
    used_g, used_p, out = set(), set(), []
    for _ov, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


class Scorer:
    """Accumulates token counts per role over documents."""

    def __init__(self) -> None:
        self.tp = {r: 0 for r in ROLES}
        self.np = {r: 0 for r in ROLES}
        self.ng = {r: 0 for r in ROLES}
        self.form_gold: dict[str, int] = {}
        self.form_hit: dict[str, int] = {}
        self.pform_n: dict[str, int] = {}
        self.pform_hit: dict[str, int] = {}
        self.documents = 0

    def add(self, gold: list[dict], pred: list[dict]) -> None:
        self.documents += 1
        for r in ROLES:
            self.np[r] += sum(len(_toks(p, r)) for p in pred)
            self.ng[r] += sum(len(_toks(g, r)) for g in gold)
        for g in gold:
            self.form_gold[g.get("Form", "?")] = self.form_gold.get(g.get("Form", "?"), 0) + len(_toks(g, "Message"))
        for gi, pi in _align(gold, pred):
            for r in ROLES:
                self.tp[r] += len(_toks(gold[gi], r) & _toks(pred[pi], r))
            f = gold[gi].get("Form", "?")
            hit = len(_toks(gold[gi], "Message") & _toks(pred[pi], "Message"))
            self.form_hit[f] = self.form_hit.get(f, 0) + hit
            pf = pred[pi].get("Form", "?")
            self.pform_hit[pf] = self.pform_hit.get(pf, 0) + hit
        for p in pred:
            pf = p.get("Form", "?")
            self.pform_n[pf] = self.pform_n.get(pf, 0) + len(_toks(p, "Message"))

    @staticmethod
    def _prf(tp: int, np_: int, ng: int) -> dict[str, float]:
        p = tp / np_ if np_ else 0.0
        r = tp / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f, 1)}

    def result(self) -> dict:
        res = {r: self._prf(self.tp[r], self.np[r], self.ng[r]) for r in ROLES}
        res["joint"] = self._prf(sum(self.tp[r] for r in JOINT_ROLES), sum(self.np[r] for r in JOINT_ROLES),
                                 sum(self.ng[r] for r in JOINT_ROLES))
        res["message_recall_by_form"] = {
            f: round(100 * self.form_hit.get(f, 0) / n, 1) for f, n in sorted(self.form_gold.items()) if n
        }
        res["message_precision_by_form"] = {
            f: round(100 * self.pform_hit.get(f, 0) / n, 1) for f, n in sorted(self.pform_n.items()) if n
        }
        res["documents"] = self.documents
        return res


def score_pairs(pairs: Sequence[tuple[list[dict], list[dict]]]) -> dict[str, dict]:
    """Scores of ``(gold, predicted)`` annotation lists, over all annotations and
    over the top-level ones only (gold and predicted ``IsNested`` false)."""
    out = {}
    for name, keep in (("all annotations", lambda a: True), ("top-level only", lambda a: not a.get("IsNested"))):
        sc = Scorer()
        for gold, pred in pairs:
            sc.add([a for a in gold if keep(a)], [p for p in pred if keep(p)])
        out[name] = sc.result()
    return out


def result_table(r: dict) -> str:
    """A :meth:`Scorer.result` as the P/R/F1 table the benchmarks print."""
    lines = [f"{'role':<8} {'P':>6} {'R':>6} {'F1':>6}"]
    for role in ROLES + ("joint",):
        m = r[role]
        lines.append(f"{role:<8} {m['p']:>6.1f} {m['r']:>6.1f} {m['f1']:>6.1f}")
    lines.append(f"Message recall by gold form:    {r['message_recall_by_form']}")
    return "\n".join(lines)


def score_dirs(gold_dir: PathLike, pred_dir: Optional[PathLike] = None, *, nested: bool = True,
               files: Optional[Sequence[Path]] = None) -> dict:
    """Score predictions against gold. Without ``pred_dir`` the rules run on the
    fly. ``nested=False`` drops gold annotations marked ``IsNested``."""
    scorer = Scorer()
    paths = files if files is not None else sorted(Path(gold_dir).glob("*.json"))
    for f in paths:
        doc = json.loads(Path(f).read_text(encoding="utf-8"))
        gold = [a for a in doc.get("Annotations", []) if nested or not a.get("IsNested")]
        if pred_dir is None:
            pred = predict([s["Tokens"] for s in doc["Sentences"]])
        else:
            pred = json.loads((Path(pred_dir) / Path(f).name).read_text(encoding="utf-8")).get("Annotations", [])
        if not nested:
            pred = [p for p in pred if not p.get("IsNested")]
        scorer.add(gold, pred)
    return scorer.result()
