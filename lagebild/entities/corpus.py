"""Run entity linking over everything in the store (the ``entities.rules.v1`` corpus stage).

Reads every article's NER mentions, re-links the corpus with the previous state
(so ids stay stable) and the user's stored corrections (so no rebuild undoes
them), and writes the new state back in one transaction.
"""
from __future__ import annotations

from collections import defaultdict

from .linker import link
from .records import ArticleInput, LinkState, MentionInput


def articles_from_store(store) -> list[ArticleInput]:
    mentions = defaultdict(list)
    for m in store.conn.execute('SELECT article, start, "end", text, label, score FROM mentions ORDER BY article, seq'):
        mentions[m["article"]].append(MentionInput(m["start"], m["end"], m["text"], m["label"], m["score"]))
    out = []
    for a in store.conn.execute("SELECT id, text, published FROM articles ORDER BY rowid"):
        if a["id"] in mentions:
            out.append(ArticleInput(id=a["id"], text=a["text"], mentions=tuple(mentions[a["id"]]),
                                    published=(a["published"] or None) and a["published"][:10]))
    return out


def link_store(store, window_days: int = 30, role_window_days: int = 365) -> LinkState:
    state = link(articles_from_store(store), store.entity_state(), store.entity_corrections(),
                 window_days=window_days, role_window_days=role_window_days)
    store.save_entity_state(state)
    return state
