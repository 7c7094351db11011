"""Entity records from links: canonical names, aliases, keys and stable ids.

Entities are always *derived* from their links (plus the user's renames), so a
correction only has to move links around and everything else follows.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from typing import Iterable, Mapping, Optional

from .gazetteer import Gazetteer, gazetteer
from .local import strong_key
from .records import ActsAs, Entity, EntityLink
from .text import fold, is_acronym, name_tokens, stem, translit_key


def entity_id(key: str, taken=None, start: int = 0) -> str:
    """A deterministic id from an entity key; a suffix counter avoids collisions."""
    n = start
    while True:
        h = hashlib.sha1((key + (f"#{n}" if n else "")).encode("utf-8")).hexdigest()[:10]
        eid = f"ent-{h}"
        if taken is None or eid not in taken:
            return eid
        n += 1


def _fullness(form: str, label: str) -> int:
    if is_acronym(form):
        return 0
    return min(len(form.split()), 2)


def canonical(label: str, forms: Counter, gaz: Gazetteer) -> tuple[str, str, Optional[str]]:
    """(name, key, country) of an entity from its name forms with their counts.

    The name is the fullest, most frequent proper form: full names beat short forms
    and long forms beat acronyms; among forms that differ only by inflection
    ("Vereinten Nationen" / "Vereinte Nationen") the shortest wins.
    """
    if not forms:
        return "", f"{label}|", None
    keys = Counter()
    country = None
    for f, n in forms.items():
        k, c = strong_key(label, f, gaz)
        keys[k] += n
        if c:
            country = c
    top_key = keys.most_common(1)[0][0]
    if top_key.startswith("country:"):
        code = top_key.split(":", 1)[1]
        return gaz.country_name.get(code, forms.most_common(1)[0][0]), f"{label}|{top_key}", code
    # group inflectional variants
    groups: dict[str, Counter] = defaultdict(Counter)
    for f, n in forms.items():
        g = " ".join(stem(t) for t in name_tokens(f)) if label != "PER" else translit_key(f)
        groups[g][f] += n
    best = max(groups.values(), key=lambda g: (
        max(_fullness(f, label) for f in g), sum(g.values()), max(len(f) for f in g), -min(len(f) for f in g)))
    # within the group: the most frequent form; for organisations and places the
    # shortest (uninflected) one among the frequent ones
    if label == "PER":
        full = max(_fullness(f, label) for f in best)
        name = sorted((f for f in best if _fullness(f, label) == full), key=lambda f: (-best[f], f))[0]
    else:
        name = sorted(best, key=lambda f: (len(f), -best[f], f))[0]
    key, c = strong_key(label, name, gaz)
    if top_key.startswith(("acr:", "gov:", "capital:", "seat:", "place:")):
        key = top_key
    if top_key.startswith("acr:"):
        long = gaz.acronym_long.get(int(top_key[4:]))
        if long and " " in long and any(" " in f for f in forms):
            name = long  # "Vereinten Nationen" -> "Vereinte Nationen"
    return name, f"{label}|{key}", country or c


def _aliases(label: str, forms: Counter) -> tuple[str, ...]:
    groups: dict[str, Counter] = defaultdict(Counter)
    for f, n in forms.items():
        g = fold(f) if label == "PER" else " ".join(stem(t) for t in name_tokens(f))
        groups[g][f] += n
    out = []
    for g in groups.values():
        out.append(sorted(g, key=lambda f: (len(f) if label != "PER" else 0, -g[f], f))[0])
    return tuple(sorted(out, key=lambda f: (-sum(groups[_gkey(label, f)].values()), f)))


def _gkey(label: str, f: str) -> str:
    return fold(f) if label == "PER" else " ".join(stem(t) for t in name_tokens(f))


def government_entity(code: str, gaz: Optional[Gazetteer] = None) -> Entity:
    """The entity a capital acts as: "Regierung (Vereinigte Staaten)"."""
    gaz = gaz or gazetteer()
    key = f"ORG|gov:{code}"
    return Entity(id=entity_id(key), type="ORG", name=f"Regierung ({gaz.country_name.get(code, code)})",
                  key=key, aliases=(), roles=(), mention_count=0, articles=(), first_seen=None,
                  last_seen=None, country=code)


def build_entities(links: Iterable[EntityLink], acts_as: Iterable[ActsAs] = (),
                   renames: Optional[Mapping[str, str]] = None,
                   fallback: Optional[Mapping[str, Entity]] = None,
                   gaz: Optional[Gazetteer] = None) -> list[Entity]:
    """Entity records derived from their links.

    ``renames`` overrides canonical names; ``fallback`` gives type, name and key of
    entities that have no name mention (governments known only from role nouns
    or acts-as links).
    """
    gaz = gaz or gazetteer()
    renames = renames or {}
    fallback = fallback or {}
    by: dict[str, list[EntityLink]] = defaultdict(list)
    for l in links:
        by[l.entity].append(l)
    acts = list(acts_as)
    out = []
    for eid in set(by) | {a.target for a in acts}:
        ls = by.get(eid, [])
        names = [l for l in ls if l.kind == "name"]
        fb = fallback.get(eid)
        if names:
            label = Counter(l.label for l in names).most_common(1)[0][0]
            forms = Counter(l.form for l in names if l.label == label)
            name, key, country = canonical(label, forms, gaz)
        elif fb is not None:
            label, name, key, country, forms = fb.type, fb.name, fb.key, fb.country, Counter()
        else:
            label = ls[0].label if ls else "ORG"
            name, forms = (ls[0].form if ls else eid), Counter()
            key, country = f"{label}|role:{fold(name)}", None
        roles = Counter()
        for l in ls:
            roles.update(r for r in l.roles if r)
        arts = {l.article for l in ls} | {a.article for a in acts if a.target == eid}
        dates = sorted(l.published for l in ls if l.published)
        out.append(Entity(
            id=eid, type=label, name=renames.get(eid, name), key=key,
            aliases=_aliases(label, forms) if forms else (),
            roles=tuple(r for r, _ in sorted(roles.items(), key=lambda x: (-x[1], x[0]))),
            mention_count=len(ls), articles=tuple(sorted(arts)),
            first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
            country=country,
        ))
    out.sort(key=lambda e: (-e.mention_count, e.name, e.id))
    return out


class _Union:
    """Membership in either of two sets, without building their union."""

    def __init__(self, a: set, b: set) -> None:
        self.a, self.b = a, b

    def __contains__(self, x) -> bool:
        return x in self.a or x in self.b


def assign_ids(clusters: Mapping[str, list[tuple[str, int, int]]], keys: Mapping[str, str],
               previous_links: Iterable[EntityLink], previous_entities: Iterable[Entity],
               merged_into: Mapping[str, str]) -> dict[str, str]:
    """Map temporary cluster ids to stable entity ids.

    ``clusters`` maps each temporary id to its mentions' ``(article, start, end)``.
    A cluster keeps the id that most of its mentions had in the previous state;
    failing that, the id of a previous entity with the same key; failing that, a
    new id derived from its key. Clusters that the user merged earlier
    (``merged_into`` maps absorbed ids to survivors) are re-joined by the caller.
    """
    prev_by_mention = {(l.article, l.start, l.end): l.entity for l in previous_links}
    prev_by_key: dict[str, str] = {}
    prev_ids = set()
    for e in previous_entities:
        prev_ids.add(e.id)
        prev_by_key.setdefault(e.key, e.id)
    votes: dict[str, Counter] = {}
    for tmp, ls in clusters.items():
        v = Counter()
        for span in ls:
            pid = prev_by_mention.get(span)
            if pid is not None:
                v[merged_into.get(pid, pid)] += 1
        votes[tmp] = v
    order = sorted(clusters, key=lambda t: (-(votes[t].most_common(1)[0][1] if votes[t] else 0),
                                            -len(clusters[t]), keys[t], t))
    survivors = set(merged_into.values())
    next_suffix: dict[str, int] = {}
    taken: set[str] = set()
    out: dict[str, str] = {}
    for t in order:
        eid = None
        ranked = sorted(votes[t].items(), key=lambda x: (-x[1], x[0]))
        if ranked and ranked[0][0] in survivors:
            eid = ranked[0][0]  # the user merged these earlier: they share the id again
        for pid, _ in ranked:
            if eid is not None:
                break
            if pid not in taken:
                eid = pid
                break
        if eid is None:
            pid = prev_by_key.get(keys[t])
            if pid is not None and pid not in taken:
                eid = pid
        if eid is None:
            n = next_suffix.get(keys[t], 0)
            eid = entity_id(keys[t], _Union(taken, prev_ids), n)
            next_suffix[keys[t]] = n + 1
        taken.add(eid)
        out[t] = eid
    return out
