"""User corrections: merge, split and rename.

A correction is a :class:`~lagebild.entities.records.Correction` record. The
store keeps them in their own table and hands *all* of them to every linking
run (:func:`lagebild.entities.link`), which re-applies them in ``seq`` order
after clustering, so that no rebuild undoes them. :func:`apply` applies them to
a stored state right away (for the CLI), without re-linking.

Entities are found by id first, then by the key recorded when the correction
was made, then by following earlier merges.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Iterable, Optional, Sequence

from ..errors import E_EMPTY_NAME, E_SAME_ENTITY, E_UNKNOWN_ALIAS, E_UNKNOWN_ENTITY, LagebildError
from .records import ActsAs, Correction, Entity, EntityLink, LinkState
from .state import build_entities, entity_id
from .text import fold, stem_key, translit_key


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _next_seq(existing: Sequence[Correction]) -> int:
    return max((c.seq for c in existing), default=0) + 1


def _get(state: LinkState, eid: str) -> Entity:
    e = state.entity(eid)
    if e is None:
        raise LagebildError(E_UNKNOWN_ENTITY, f"no entity {eid!r}")
    return e


def merge(state: LinkState, entity: str, other: str, *, existing: Sequence[Correction] = (),
          created: Optional[str] = None) -> Correction:
    """Fold ``other`` into ``entity`` (which keeps its id)."""
    a, b = _get(state, entity), _get(state, other)
    if a.id == b.id:
        raise LagebildError(E_SAME_ENTITY, f"cannot merge {entity!r} with itself")
    return Correction(_next_seq(existing), "merge", a.id, other=b.id, entity_key=a.key, other_key=b.key,
                      created=created or _now())


def split(state: LinkState, entity: str, alias: str, *, existing: Sequence[Correction] = (),
          created: Optional[str] = None) -> Correction:
    """Take the mentions named ``alias`` out of ``entity`` into an entity of their own."""
    e = _get(state, entity)
    if not any(_same_form(e.type, a, alias) for a in e.aliases):
        raise LagebildError(E_UNKNOWN_ALIAS, f"{alias!r} is not an alias of {entity!r} ({', '.join(e.aliases)})")
    return Correction(_next_seq(existing), "split", e.id, value=alias, entity_key=e.key, created=created or _now())


def rename(state: LinkState, entity: str, name: str, *, existing: Sequence[Correction] = (),
           created: Optional[str] = None) -> Correction:
    """Give ``entity`` the canonical name ``name``."""
    e = _get(state, entity)
    if not name.strip():
        raise LagebildError(E_EMPTY_NAME, "the new name is empty")
    return Correction(_next_seq(existing), "rename", e.id, value=name.strip(), entity_key=e.key,
                      created=created or _now())


def split_id(entity: str, alias: str) -> str:
    """Id of the entity a split creates (deterministic, so it survives re-runs)."""
    return entity_id(f"split|{entity}|{fold(alias)}")


def _same_form(label: str, a: str, b: str) -> bool:
    if fold(a) == fold(b):
        return True
    if label == "PER":
        return translit_key(a) == translit_key(b)
    return stem_key(a) == stem_key(b)


def apply_corrections(links: list[EntityLink], acts_as: list[ActsAs], entities: Iterable[Entity],
                      corrections: Iterable[Correction]
                      ) -> tuple[list[EntityLink], list[ActsAs], dict[str, str], list[str]]:
    """Apply corrections to links; returns (links, acts_as, renames, notes)."""
    ents = {e.id: e for e in entities}
    by_key: dict[str, str] = {}
    for e in sorted(ents.values(), key=lambda e: -e.mention_count):
        by_key.setdefault(e.key, e.id)
    redirect: dict[str, str] = {}
    renames: dict[str, str] = {}
    notes: list[str] = []
    present = {l.entity for l in links} | {a.target for a in acts_as}

    def resolve(eid: Optional[str], key: Optional[str]) -> Optional[str]:
        seen = set()
        while eid in redirect and eid not in seen:
            seen.add(eid)
            eid = redirect[eid]
        if eid in present:
            return eid
        if key and key in by_key and by_key[key] in present:
            return resolve(by_key[key], None) if by_key[key] in redirect else by_key[key]
        return None

    for c in sorted(corrections, key=lambda c: c.seq):
        a = resolve(c.entity, c.entity_key)
        if a is None:
            notes.append(f"correction {c.seq} ({c.op} {c.entity}): entity not found, skipped")
            continue
        if c.op == "merge":
            b = resolve(c.other, c.other_key)
            if b is None:
                notes.append(f"correction {c.seq} (merge {c.entity} {c.other}): {c.other} not found, skipped")
                continue
            if a == b:
                continue
            links = [replace(l, entity=a, method="user-merge" if l.entity == b else l.method) if l.entity == b
                     else l for l in links]
            acts_as = [replace(x, entity=a if x.entity == b else x.entity, target=a if x.target == b else x.target)
                       for x in acts_as]
            redirect[b] = a
            if c.other:
                redirect[c.other] = a
            present.discard(b)
            renames.pop(b, None)
        elif c.op == "split":
            alias = c.value or ""
            new = split_id(c.entity, alias)
            labels = [l.label for l in links if l.entity == a and l.kind == "name"]
            label = max(set(labels), key=labels.count) if labels else "PER"
            moved = {(l.article, l.start) for l in links
                     if l.entity == a and l.kind == "name" and _same_form(label, l.form, alias)}
            # short forms resolved to a moved mention in the same article go with it
            for l in links:
                if l.entity == a and l.antecedent is not None and (l.article, l.antecedent) in moved:
                    moved.add((l.article, l.start))
            if not moved:
                notes.append(f"correction {c.seq} (split {c.entity} {alias!r}): no such mention, skipped")
                continue
            links = [replace(l, entity=new, method="user-split", confidence=1.0,
                             evidence=f"split from {a} by the user")
                     if l.entity == a and (l.article, l.start) in moved else l for l in links]
            present.add(new)
        elif c.op == "rename":
            renames[a] = c.value or ""
        else:
            notes.append(f"correction {c.seq}: unknown operation {c.op!r}, skipped")
    return links, acts_as, renames, notes


def apply(state: LinkState, corrections: Iterable[Correction]) -> LinkState:
    """Apply new corrections to a stored state right away (no re-linking).

    ``state`` already reflects the earlier corrections; names the user gave
    earlier are kept. The next linking run re-applies all corrections anyway.
    """
    fallback = {e.id: e for e in state.entities}
    derived = {e.id: e.name for e in build_entities(state.links, state.acts_as, fallback=fallback)}
    earlier = {e.id: e.name for e in state.entities if e.id in derived and derived[e.id] != e.name}
    links, acts, renames, notes = apply_corrections(list(state.links), list(state.acts_as),
                                                    state.entities, corrections)
    ents = build_entities(links, acts, renames={**earlier, **renames}, fallback=fallback)
    return LinkState(tuple(ents), tuple(links), tuple(acts), tuple(state.notes) + tuple(notes))
