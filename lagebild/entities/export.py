"""The ``entities`` part of the ``lagebild/1`` export, and a small name search."""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from .records import Entity, LinkState
from .text import edit_distance, fold, translit_key


def export_entities(state: LinkState, *, include_roles: bool = True) -> list[dict]:
    """``[{"id", "type", "name", "aliases", "roles", "mentions": [{"article", "start", "end", "text"}]}]``.

    Role-noun mentions are included (with ``"kind": "role"`` and their
    confidence) unless ``include_roles`` is false; ``acts_as`` lists the
    governments a place stood for.
    """
    by = defaultdict(list)
    for l in state.links:
        if l.kind == "name" or include_roles:
            by[l.entity].append(l)
    acts = defaultdict(list)
    for a in state.acts_as:
        acts[a.entity].append(a)
    out = []
    for e in state.entities:
        ms = []
        for l in sorted(by.get(e.id, []), key=lambda l: (l.article, l.start)):
            m = {"article": l.article, "start": l.start, "end": l.end, "text": l.text}
            if l.kind != "name":
                m["kind"] = l.kind
                m["confidence"] = l.confidence
            ms.append(m)
        d = {"id": e.id, "type": e.type, "name": e.name, "aliases": list(e.aliases),
             "roles": list(e.roles), "mentions": ms}
        if e.country:
            d["country"] = e.country
        if acts.get(e.id):
            d["acts_as"] = [{"article": a.article, "start": a.start, "end": a.end, "entity": a.target,
                             "relation": a.relation} for a in acts[e.id]]
        out.append(d)
    return out


def find_entities(entities: list[Entity], query: str, *, type: Optional[str] = None,
                  limit: int = 20) -> list[Entity]:
    """Entities whose name or an alias matches ``query`` across spellings.

    Exact (folded) matches first, then transliteration matches ("Ushakov" finds
    "Juri Uschakow"), then prefix and one-typo matches; ties by mention count.
    """
    q = fold(query).strip()
    qt = translit_key(query)
    if not q:
        return []
    scored = []
    for e in entities:
        if type and e.type != type:
            continue
        best = 0
        for a in (e.name,) + tuple(e.aliases):
            fa, ta = fold(a), translit_key(a)
            if fa == q:
                s = 5
            elif ta == qt:
                s = 4
            elif qt and (qt in ta.split() or any(t.startswith(qt) for t in ta.split())):
                s = 3
            elif q in fa:
                s = 2
            elif len(qt) >= 5 and any(edit_distance(qt, t, 1) <= 1 for t in ta.split() + [ta]):
                s = 1
            else:
                s = 0
            best = max(best, s)
        if best:
            scored.append((best, e.mention_count, e))
    scored.sort(key=lambda x: (-x[0], -x[1], x[2].name))
    return [e for _, _, e in scored[:limit]]
