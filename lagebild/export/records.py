"""The ``lagebild/1`` records, built from the store. Field names are stable;
see docs/export.md. Offsets are character offsets into the article's ``text``."""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Iterator

from ..store import Store

SCHEMA = "lagebild/1"
TABLE_ORDER = ("articles", "sentences", "entities", "timexes", "quotes", "claims", "events", "stories")


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


def _empty(store: Store) -> Iterator[dict[str, Any]]:
    return iter(())


PRODUCERS = {
    "articles": _articles,
    "sentences": _sentences,
    "entities": _empty,
    "timexes": _empty,
    "quotes": _empty,
    "claims": _empty,
    "events": _empty,
    "stories": _empty,
}


def iter_records(store: Store, table: str) -> Iterator[dict[str, Any]]:
    return PRODUCERS[table](store)
