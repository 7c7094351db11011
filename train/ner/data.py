"""Training and evaluation data for the NER models, read where it lies.

Sources (both CC BY 4.0; nothing is copied into the repository):

* GermEval 2014 (Benikova, Biemann, Reznicek, LREC 2014):
  ``NER-de-dev.tsv`` + ``NER-de-test.tsv`` form one pool of 7,300 sentences.
  Split: sentences are shuffled with ``random.Random(0)``; the last 10 % are
  held out (``germeval_split``). Sentences whose token sequence also occurs in
  the held-out part are dropped from training.
* SmartData (Schiersch et al., LREC 2018): v1 train+test and v3 dev+test,
  de-duplicated by document id and by text. The v3 test documents are held
  out (``smartdata_split``); any other document with the same id or text, and
  any training sentence whose text occurs in the held-out documents, is dropped.

Label mapping onto PER / ORG / LOC / MISC (outer chunks only):

* GermEval: PER, ORG, LOC kept; OTH -> MISC; ``*deriv`` (e.g. "russische")
  and ``*part`` (e.g. "Kreml-Sprecher") -> O, because such a token does not
  name the entity itself.
* SmartData: person -> PER; organization, organization-company -> ORG;
  location, location-city, location-street, location-stop -> LOC;
  location-route (e.g. "A 9", "S1"), org-position, dates, numbers, triggers,
  disaster types -> O. Agency credits that SmartData leaves unannotated
  ("(dpa)", "ots", "AFP") -> ORG, as in GermEval. Mentions written all in lower case are adjectives
  ("deutschen", "bayerischen") and map to O, like GermEval's *deriv.
  SmartData has no MISC annotation, so in SmartData
  sentences an ``O`` token may also be MISC (``weak_o`` = True).
"""
from __future__ import annotations

import gzip
import json
import os
import random
from dataclasses import dataclass
from typing import Iterator

DATA = os.environ.get("LAGEBILD_DATA", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))
GERMEVAL = os.path.join(DATA, "ner", "germeval2014")
SMARTDATA = os.path.join(DATA, "events", "smartdata")

LABELS = ("PER", "ORG", "LOC", "MISC")
SEED = 0
HELDOUT_FRACTION = 0.10

GERMEVAL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
SMARTDATA_MAP = {
    "person": "PER",
    "organization": "ORG", "organization-company": "ORG",
    "location": "LOC", "location-city": "LOC", "location-street": "LOC", "location-stop": "LOC",
}

# news agencies whose credits SmartData does not annotate (see _doc_sentences)
AGENCIES = frozenset("dpa DPA AFP afp AP APA Reuters dts epd KNA ots sda SDA SID".split())


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]          # BIO over PER/ORG/LOC/MISC
    source: str              # "germeval" | "smartdata"
    weak_o: bool = False     # True: an O tag may hide an unannotated MISC
    doc_type: str = ""       # SmartData: NEWS_HTML | RSS_XML | TWITTER_JSON


# --------------------------------------------------------------- GermEval
def _map_germeval(tag: str) -> str:
    if tag == "O":
        return "O"
    bio, typ = tag.split("-", 1)
    lab = GERMEVAL_MAP.get(typ)  # *deriv / *part are not in the map -> O
    return f"{bio}-{lab}" if lab else "O"


def read_germeval(path: str) -> list[Sentence]:
    out, words, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    out.append(Sentence(words, _fix_bio(tags), "germeval"))
                words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(_map_germeval(cols[2]))
    if words:
        out.append(Sentence(words, _fix_bio(tags), "germeval"))
    return out


def _fix_bio(tags: list[str]) -> list[str]:
    """I-X after O or another type becomes B-X (after mapping *part to O)."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def germeval_split() -> tuple[list[Sentence], list[Sentence]]:
    pool = read_germeval(os.path.join(GERMEVAL, "NER-de-dev.tsv")) + \
        read_germeval(os.path.join(GERMEVAL, "NER-de-test.tsv"))
    idx = list(range(len(pool)))
    random.Random(SEED).shuffle(idx)
    n_held = int(round(len(pool) * HELDOUT_FRACTION))
    held = [pool[i] for i in idx[-n_held:]]
    seen = {tuple(s.words) for s in held}
    train = [pool[i] for i in idx[:-n_held] if tuple(pool[i].words) not in seen]
    return train, held


# -------------------------------------------------------------- SmartData
def _read_json_stream(path: str) -> Iterator[dict]:
    s = gzip.open(path, "rt", encoding="utf-8").read()
    dec = json.JSONDecoder()
    i = 0
    while True:
        while i < len(s) and s[i].isspace():
            i += 1
        if i >= len(s):
            return
        obj, i = dec.raw_decode(s, i)
        yield obj


def _unwrap(v):
    if isinstance(v, dict) and len(v) == 1:
        return next(iter(v.values()))
    return v


def tokenize(text: str) -> list[tuple[int, int]]:
    """Lagebild's own tokenizer (``lagebild.segment``), as the stage sees text at run time."""
    from lagebild.segment import tokenize as seg_tokenize

    return seg_tokenize(text)


def split_sentences(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Token spans grouped by Lagebild's sentence splitter."""
    from lagebild.segment import split_sentences as seg_split

    out: list[list[tuple[int, int]]] = []
    bounds = seg_split(text, spans)
    k = 0
    for a, b in bounds:
        cur = []
        while k < len(spans) and spans[k][0] < b:
            if spans[k][0] >= a:
                cur.append(spans[k])
            k += 1
        if cur:
            out.append(cur)
    if k < len(spans):
        out.append(spans[k:])
    return out


def _doc_sentences(doc: dict) -> list[Sentence]:
    text = _unwrap(doc["text"]) or ""
    mentions = _unwrap(doc.get("conceptMentions")) or []
    doc_type = (_unwrap(doc.get("docType")) or "")
    if not doc_type:
        src = (_unwrap(doc.get("refids")) or {}).get("source", "")
        doc_type = {"news": "NEWS_HTML", "rss": "RSS_XML", "twitter": "TWITTER_JSON"}.get(src, src)
    spans = tokenize(text)
    starts = {a: k for k, (a, b) in enumerate(spans)}
    ends = {b: k for k, (a, b) in enumerate(spans)}
    tags = ["O"] * len(spans)
    for m in sorted(mentions, key=lambda m: (m["span"]["start"], -m["span"]["end"])):
        lab = SMARTDATA_MAP.get(m["type"].lower().replace("_", "-"))
        if not lab:
            continue
        a, b = m["span"]["start"], m["span"]["end"]
        # a mention inside a token ("E-Plus" in "E-Plus-Übernahme") is not a name of the token
        if a not in starts or b not in ends:
            continue
        i, j = starts[a], ends[b]
        if any(t != "O" for t in tags[i:j + 1]):
            continue
        # SmartData marks adjectives ("deutschen", "bayerischen") as places;
        # like GermEval's *deriv they are not names here
        if text[a:a + 1].islower() and not text[a:b].startswith(("von ", "de ", "van ")) \
                and not any(c.isupper() or c.isdigit() for c in text[a:b]):
            continue
        tags[i] = "B-" + lab
        for k in range(i + 1, j + 1):
            tags[k] = "I-" + lab
    # SmartData leaves agency credits ("(dpa)", "ots") unannotated; by our
    # convention (and GermEval's) agencies and outlets are organisations
    for k, (a, b) in enumerate(spans):
        if tags[k] == "O" and text[a:b] in AGENCIES:
            tags[k] = "B-ORG"
    sents = []
    index = {sp: k for k, sp in enumerate(spans)}
    for sent in split_sentences(text, spans):
        words = [text[a:b] for a, b in sent]
        st = _fix_bio([tags[index[sp]] for sp in sent])
        sents.append(Sentence(words, st, "smartdata", weak_o=True, doc_type=doc_type))
    return sents


def smartdata_docs() -> tuple[list[dict], list[dict]]:
    """(training documents, held-out v3 test documents), de-duplicated."""
    v3_test = list(_read_json_stream(os.path.join(SMARTDATA, "v3_20200302", "test.json.gz")))
    held_ids = {d["id"] for d in v3_test}
    held_txt = {_unwrap(d["text"]) for d in v3_test}
    train, seen_ids, seen_txt = [], set(), set()
    for rel in ("v3_20200302/dev.json.gz", "v1_20180119/train.json.gz", "v1_20180119/test.json.gz"):
        for d in _read_json_stream(os.path.join(SMARTDATA, rel)):
            t = _unwrap(d["text"])
            if d["id"] in held_ids or t in held_txt or d["id"] in seen_ids or t in seen_txt:
                continue
            seen_ids.add(d["id"])
            seen_txt.add(t)
            train.append(d)
    return train, v3_test


def smartdata_split() -> tuple[list[Sentence], list[Sentence]]:
    train_docs, test_docs = smartdata_docs()
    test = [s for d in test_docs for s in _doc_sentences(d)]
    held = {" ".join(s.words) for s in test}
    train = [s for d in train_docs for s in _doc_sentences(d) if " ".join(s.words) not in held]
    return train, test


def split_stats() -> dict[str, int]:
    gtr, gte = germeval_split()
    str_, ste = smartdata_split()
    return {"germeval_train": len(gtr), "germeval_heldout": len(gte),
            "smartdata_train": len(str_), "smartdata_test": len(ste),
            "smartdata_test_news": sum(s.doc_type == "NEWS_HTML" for s in ste)}


if __name__ == "__main__":
    print(split_stats())
