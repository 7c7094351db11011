"""The ``lagebild/1`` records, built from the store. Field names are stable;
see docs/export.md. Offsets are character offsets into the article's ``text``."""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Iterator

from ..store import Store

SCHEMA = "lagebild/1"
TABLE_ORDER = ("articles", "sentences", "entities", "timexes", "quotes", "claims", "claim_groups", "events",
               "stories")


def _articles(store: Store) -> Iterator[dict[str, Any]]:
    removals: dict[str, list] = defaultdict(list)
    for r in store.annotations("removals"):
        removals[r["article"]].append({"text": r["text"], "reason": r["reason"], "at": r["at"],
                                        "raw_start": r["raw_start"], "raw_end": r["raw_end"]})
    for a in store.iter_articles():
        yield {
            "id": a["id"], "source": a["source"], "outlet": a["outlet"], "title": a["title"],
            "published": a["published"], "published_inferred": bool(a["published_inferred"]),
            "language": a["language"], "text": a["text"], "removed": removals.get(a["id"], []),
            "duplicate_of": a["duplicate_of"],
            # extras beyond the minimal schema
            "url": a["url"], "author": a["author"], "format": a["format"],
            "published_confidence": a["published_confidence"], "language_confidence": a["language_confidence"],
            "duplicate_kind": a["duplicate_kind"], "duplicate_similarity": a["duplicate_similarity"],
            "stages": json.loads(a["stages"] or "[]"),
        }


def _sentences(store: Store) -> Iterator[dict[str, Any]]:
    for s in store.annotations("sentences"):
        yield {"article": s["article"], "start": s["start"], "end": s["end"]}


def _timexes(store: Store) -> Iterator[dict[str, Any]]:
    for t in store.annotations("timexes"):
        rec = {k: t[k] for k in ("article", "start", "end", "text", "type", "value", "granularity", "anchor")}
        if t["range_start"] or t["range_end"]:
            rec["range"] = [t["range_start"], t["range_end"]]
        yield rec


def speaker_entities(store: Store) -> dict[tuple[str, int], str]:
    """(article, quote seq) -> entity id of the speaker (see :meth:`Store.span_entities`)."""
    return store.span_entities('SELECT article, seq, speaker_start AS s, speaker_end AS e FROM quotes '
                               'WHERE speaker_start IS NOT NULL')


def _quotes(store: Store) -> Iterator[dict[str, Any]]:
    speakers = speaker_entities(store)
    for q in store.annotations("quotes"):
        yield {"article": q["article"], "start": q["start"], "end": q["end"], "text": q["text"], "kind": q["kind"],
               "speaker": speakers.get((q["article"], q["seq"])), "speaker_text": q["speaker_text"], "cue": q["cue"],
               "cue_start": q["cue_start"], "cue_end": q["cue_end"],
               "speaker_start": q["speaker_start"], "speaker_end": q["speaker_end"],
               "addressee_text": q["addressee_text"]}


def _claims(store: Store) -> Iterator[dict[str, Any]]:
    for c in store.annotations("claims"):
        yield {"article": c["article"], "start": c["start"], "end": c["end"], "text": c["text"],
               "modality": c["modality"], "chain": json.loads(c["chain"] or "[]"), "origin": c["origin"],
               "group": c["grp"], "subject": c["subject"], "origin_entity": c["origin_entity"],
               "origin_start": c["origin_start"], "origin_end": c["origin_end"]}


def _claim_groups(store: Store) -> Iterator[dict[str, Any]]:
    """Claims of one origin saying the same thing, with what supports them: distinct
    origins, relays between outlet and origin, outlets and articles."""
    for g in store.conn.execute("SELECT * FROM claim_groups ORDER BY articles DESC, claims DESC, id"):
        yield {"id": g["id"], "origin": g["origin"], "origin_entity": g["origin_entity"], "text": g["text"],
               "claims": g["claims"], "origins": g["origins"], "relays": g["relays"], "outlets": g["outlets"],
               "articles": g["articles"], "modalities": json.loads(g["modalities"])}


def _entities(store: Store) -> Iterator[dict[str, Any]]:
    """Linked entities with their mentions; without a linking run (no NER), each distinct
    (type, surface form) of the stored mentions is its own entity."""
    if store.count("entities"):
        links = defaultdict(list)
        for l in store.entity_links():
            links[l["entity"]].append({"article": l["article"], "start": l["start"], "end": l["end"],
                                       "text": l["text"], "kind": l["kind"], "confidence": l["confidence"]})
        acts = defaultdict(list)
        for a in store.conn.execute("SELECT * FROM entity_acts_as"):
            acts[a["entity"]].append({"article": a["article"], "start": a["start"], "end": a["end"],
                                      "target": a["target"], "relation": a["relation"]})
        for e in store.entity_list(limit=10**9):
            rec = {"id": e["id"], "type": e["type"], "name": e["name"], "aliases": e["aliases"],
                   "roles": e["roles"], "mentions": links.get(e["id"], []),
                   "mention_count": e["mention_count"], "articles": e["articles"],
                   "first_seen": e["first_seen"], "last_seen": e["last_seen"], "country": e["country"]}
            if acts.get(e["id"]):
                rec["acts_as"] = acts[e["id"]]
            yield rec
        return
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for m in store.annotations("mentions"):
        groups[(m["label"], m["text"])].append(m)
    for (label, text), ms in sorted(groups.items()):
        yield {"id": None, "type": label, "name": text, "aliases": [text], "roles": [],
               "mentions": [{"article": m["article"], "start": m["start"], "end": m["end"], "text": m["text"],
                             "score": m["score"]} for m in ms]}


def _empty(store: Store) -> Iterator[dict[str, Any]]:
    return iter(())


PRODUCERS = {
    "articles": _articles,
    "sentences": _sentences,
    "entities": _entities,
    "timexes": _timexes,
    "quotes": _quotes,
    "claims": _claims,
    "claim_groups": _claim_groups,
    "events": _empty,
    "stories": _empty,
}


def iter_records(store: Store, table: str) -> Iterator[dict[str, Any]]:
    return PRODUCERS[table](store)
