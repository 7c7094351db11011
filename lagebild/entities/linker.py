"""The entity linker: articles' mentions in, entities, links and acts-as links out.

:func:`link` runs the whole corpus step: per-article analysis (:mod:`.local`),
clustering across articles (:mod:`.cluster`), role nouns, metonymy, stable ids
carried over from the previous state (:mod:`.state`) and the user's corrections
(:mod:`.corrections`). It is a pure function over plain records.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from typing import Iterable, Optional, Sequence

from .cluster import ArticleMeta, Clusterer
from .corrections import apply_corrections
from .gazetteer import gazetteer
from .local import AMention, Chain, RoleMention, analyse
from .org_anaphora import anaphors as org_anaphors
from .records import ActsAs, ArticleInput, Correction, Entity, EntityLink, LinkState
from .state import assign_ids, build_entities, canonical, government_entity
from .text import fold, name_tokens, translit, translit_key

#: role classes that name one office holder at a time
_OFFICES = ("staatschef", "regierungschef", "außenminister", "verteidigungsminister", "sprecher",
            "generalsekretär")


def _day(published: Optional[str]) -> Optional[int]:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _attested(arts: Sequence[ArticleInput]) -> set[str]:
    out: set[str] = set()
    for a in arts:
        for m in a.mentions:
            out.add(translit_key(m.text))
            toks = name_tokens(m.text)
            if m.label == "PER" and len(toks) >= 2:
                out.add(translit(toks[-1]))
                out.add(translit(toks[0]))
    return out


def article_from_document(doc, story: Optional[str] = None) -> ArticleInput:
    """An :class:`ArticleInput` from a :class:`lagebild.model.Document`."""
    from .records import MentionInput

    return ArticleInput(
        id=doc.id, text=doc.text or "", published=doc.published, story=story,
        mentions=tuple(MentionInput(m.start, m.end, m.text, m.label, m.score) for m in doc.mentions),
        sentences=tuple((s.start, s.end) for s in doc.sentences),
    )


def _feminine(role_text: str) -> bool:
    """"Außenministerin", "Präsidentin": the office holder is a woman."""
    return fold(role_text).endswith("in")


class _RoleResolver:
    """Links role nouns to persons: same article, then same story, then the corpus."""

    def __init__(self, chains: list[Chain], mentions: list[AMention], cl: Clusterer,
                 meta: list[ArticleMeta], window_days: int) -> None:
        self.cl, self.meta, self.mentions, self.chains = cl, meta, mentions, chains
        self.window = window_days
        self.by_art: dict[int, list[tuple[Chain, object]]] = defaultdict(list)
        self.by_story: dict[str, list[tuple[int, object]]] = defaultdict(list)
        self.table: dict[tuple, Counter] = defaultdict(Counter)
        self.days: dict[tuple, list[int]] = defaultdict(list)
        self.per_in_art: dict[int, set[int]] = defaultdict(set)
        self.sigs: dict[int, set[tuple]] = defaultdict(set)
        self.titled: dict[int, list[tuple[Chain, object]]] = defaultdict(list)
        for c in chains:
            if c.type != "PER":
                continue
            root = cl.uf.find(c.id)
            self.per_in_art[c.art].add(root)
            self.titled[c.art].extend((c, r) for r in c.roles if r is not None)
            story = meta[c.art].story
            for r in c.roles:
                if r is None or not r.resolvable or r.cls.split("@")[0] not in _OFFICES:
                    continue
                self.by_art[c.art].append((c, r))
                if story:
                    self.by_story[story].append((root, r))
                self.sigs[root].add((r.country, r.cls))
                if r.country or "@" in r.cls:
                    self.table[(r.country, r.cls)][root] += 1
                    d = meta[c.art].day
                    if d is not None:
                        self.days[(r.country, r.cls, root)].append(d)

    def _name(self, root: int) -> str:
        return self.cl._name(root)

    def resolve(self, rm: RoleMention) -> Optional[tuple[int, float, str, str]]:
        cls, country = rm.role.cls, rm.country
        base = cls.split("@")[0]

        fem = _feminine(rm.role.text)
        if not rm.role.resolvable:
            return self._title_in_article(rm, fem)

        def compatible(r) -> bool:  # same office, country and grammatical gender
            return r.cls == cls and (country is None or r.country is None or r.country == country) \
                and _feminine(r.text) == fem

        # 1. same article: a person given this role here
        cands = [(c, r) for c, r in self.by_art.get(rm.art, []) if compatible(r)]
        roots = {self.cl.uf.find(c.id) for c, _ in cands}
        if len(roots) == 1:
            root = next(iter(roots))
            return root, 0.8, "role-article", f"called '{cands[0][1].text}' in this article"
        if len(roots) > 1:
            return None  # two presidents in the article: "der Präsident" stays unlinked
        # 2. a person in this article known elsewhere with this role
        if base in _OFFICES:
            known = set()
            for root in self.per_in_art.get(rm.art, ()):
                for cc, kcls in self.sigs.get(root, ()):
                    if kcls == cls and (country is None or cc == country):
                        known.add(self.cl.uf.find(root))
            if len(known) == 1:
                root = next(iter(known))
                return root, 0.7, "role-known", f"'{self._name(root)}' appears here and holds this role elsewhere"
        # 3. same story
        story = self.meta[rm.art].story
        if story:
            cands = [(c, r) for c, r in self.by_story.get(story, []) if r.cls == cls and (
                country is None or r.country == country)]
            roots = {self.cl.uf.find(c) for c, _ in cands}
            if len(roots) == 1:
                root = next(iter(roots))
                return root, 0.7, "role-story", f"called '{cands[0][1].text}' in story {story}"
            if len(roots) > 1:
                return None
        # 4. the corpus: one dominant holder of a country's (or a named organisation's)
        # office around that time
        if country is None and "@" not in cls:
            return None
        counts = self.table.get((country, cls))
        if not counts:
            return None
        d = self.meta[rm.art].day
        if d is not None:
            counts = Counter({r: n for r, n in counts.items()
                              if any(abs(d - x) <= self.window for x in self.days.get((country, cls, r), [d]))})
        if not counts:
            return None
        # roots may have merged since the table was built
        merged = Counter()
        for r, n in counts.items():
            merged[self.cl.uf.find(r)] += n
        (root, n), total = merged.most_common(1)[0], sum(merged.values())
        if n / total >= 0.8:
            return (root, 0.6 if n >= 2 else 0.5, "role-corpus",
                    f"'{self._name(root)}' is the {cls} ({country}) in {n} of {total} uses around that time")
        return None

    def _title_in_article(self, rm: RoleMention, fem: bool) -> Optional[tuple[int, float, str, str]]:
        """"der Minister" after "Außenminister Sergei Lawrow": a bare title goes to the one
        person of its article whose role ends in that title, and to nobody elsewhere."""
        word = fold(rm.role.text)
        cands = [(c, r) for c, r in self.titled.get(rm.art, []) if fold(r.text).endswith(word)
                 and _feminine(r.text) == fem and (rm.country is None or r.country in (None, rm.country))]
        roots = {self.cl.uf.find(c.id) for c, _ in cands}
        if len(roots) != 1:
            return None
        root = next(iter(roots))
        return root, 0.7, "title-article", f"the only person called '{cands[0][1].text}' in this article"

    def learn(self, rm: RoleMention, root: int) -> None:
        """A resolved role noun is evidence for the next ones."""
        story = self.meta[rm.art].story
        r = replace(rm.role, country=rm.country)
        if story:
            self.by_story[story].append((root, r))
        if rm.country or "@" in rm.role.cls:
            self.table[(rm.country, rm.role.cls)][root] += 1
            d = self.meta[rm.art].day
            if d is not None:
                self.days[(rm.country, rm.role.cls, root)].append(d)
            self.sigs[root].add((rm.country, rm.role.cls))


def _draft_entities(drafts: list[tuple], acts: list[ActsAs], fallback: dict[str, Entity], gaz
                    ) -> tuple[dict[str, str], list[Entity]]:
    """Keys (and minimal records) of the temporary clusters, for id assignment."""
    names: dict[str, list[tuple[str, str]]] = defaultdict(list)
    count: Counter = Counter()
    for d in drafts:
        count[d[4]] += 1
        if d[5] == "name":
            names[d[4]].append((d[6], d[7]))
    keys: dict[str, str] = {}
    out = []
    for t in set(count) | {a.target for a in acts}:
        if names.get(t):
            label = Counter(l for l, _ in names[t]).most_common(1)[0][0]
            name, key, country = canonical(label, Counter(f for l, f in names[t] if l == label), gaz)
        elif t in fallback:
            label, name, key, country = fallback[t].type, fallback[t].name, fallback[t].key, fallback[t].country
        else:
            label, name, country = "PER", t, None
            key = f"PER|role:{t}"
        keys[t] = key
        out.append(Entity(t, label, name, key, (), (), count[t], (), None, None, country))
    return keys, out


def link(articles: Iterable[ArticleInput], previous: Optional[LinkState] = None,
         corrections: Sequence[Correction] = (), *, window_days: int = 30,
         role_window_days: int = 365) -> LinkState:
    """Link every mention of ``articles`` to an entity.

    ``previous`` is the state of the last run (entity ids are carried over by the
    mentions they share); ``corrections`` are all stored user corrections, applied
    again in order. ``window_days`` is the time window in which shared context
    counts; ``role_window_days`` the window for role nouns resolved over the corpus.
    """
    arts = list(articles)
    gaz = gazetteer()
    attested = _attested(arts)
    mentions: list[AMention] = []
    chains: list[Chain] = []
    role_mentions: list[RoleMention] = []
    metonymies = []
    for ai, a in enumerate(arts):
        an = analyse(ai, a, attested, gaz, len(mentions), 0)
        for c in an.chains:
            c.id = len(chains)
            for mi in c.mentions:
                an.mentions[mi - len(mentions)].chain = c.id
            chains.append(c)
        mentions.extend(an.mentions)
        role_mentions.extend(an.roles)
        metonymies.extend(an.metonymies)
    meta = [ArticleMeta(a.story, _day(a.published)) for a in arts]
    cl = Clusterer(chains, mentions, meta, window_days)
    cl.run()

    # temporary cluster ids
    gov_cluster: dict[str, str] = {}
    for c in chains:
        for k in c.keys:
            if k.startswith("gov:"):
                gov_cluster.setdefault(k[4:], f"c{cl.uf.find(c.id)}")

    def tmp(chain_id: int) -> str:
        return f"c{cl.uf.find(chain_id)}"

    def gov_tmp(code: str) -> str:
        return gov_cluster.get(code) or f"gov:{code}"

    # links are drafted as tuples in EntityLink's field order; the entity (index 4)
    # is a temporary cluster id until stable ids are assigned
    drafts: list[tuple] = []
    for am in mentions:
        if am.chain < 0:
            continue
        a = arts[am.art]
        edge = cl.edge.get(am.chain)
        conf, method, ev = am.conf, am.method, am.evidence
        if edge is not None and edge.conf < conf:
            conf, method = edge.conf, edge.method
        if edge is not None:
            ev = "; ".join(x for x in (ev, edge.evidence) if x)
        drafts.append((a.id, am.start, am.end, am.text, tmp(am.chain), "name", am.label, am.form,
                       round(conf, 3), method, ev, tuple(r.text for r in am.roles if r is not None),
                       am.antecedent, a.published))
    resolver = _RoleResolver(chains, mentions, cl, meta, role_window_days)
    fallback: dict[str, Entity] = {}
    resolved: dict[int, tuple] = {}
    for _ in range(2):  # a second pass uses what the first one resolved
        for i, rm in enumerate(role_mentions):
            if rm.gov or i in resolved:
                continue
            got = resolver.resolve(rm)
            if got is not None:
                resolved[i] = got
                resolver.learn(rm, got[0])
    for i, rm in enumerate(role_mentions):
        a = arts[rm.art]
        if rm.gov:
            t = gov_tmp(rm.country)
            if t.startswith("gov:"):
                fallback[t] = government_entity(rm.country, gaz)
            drafts.append((a.id, rm.start, rm.end, rm.text, t, "role", "ORG", rm.text, 0.75,
                           "government-phrase", f"names the government of {rm.country}", (), None,
                           a.published))
            continue
        got = resolved.get(i)
        if got is None:
            continue
        root, conf, method, ev = got
        drafts.append((a.id, rm.start, rm.end, rm.text, f"c{root}", "role", "PER", rm.text, conf,
                       method, ev, (rm.role.text,), None, a.published))
    # "meldete die Agentur", "das Ministerium teilte mit": the organisation named before
    orgs: dict[int, list[tuple[int, int, str, int]]] = defaultdict(list)
    for am in mentions:
        if am.chain >= 0 and am.label == "ORG":
            orgs[am.art].append((am.start, am.end, am.text, am.chain))
    for ai, names in orgs.items():
        a = arts[ai]
        for st, en, text, chain in org_anaphors(a.text or "", names):
            drafts.append((a.id, st, en, text, tmp(chain), "role", "ORG", text, 0.7, "org-anaphor-article",
                           "the one organisation of this article named with this noun before", (), None,
                           a.published))
    acts: list[ActsAs] = []
    for mt in metonymies:
        am = mentions[mt.mention]
        t = gov_tmp(mt.code)
        if t.startswith("gov:"):
            fallback[t] = government_entity(mt.code, gaz)
        acts.append(ActsAs(arts[am.art].id, am.start, am.end, am.text, tmp(am.chain), t, "government",
                           mt.code, mt.conf, mt.evidence))

    # stable ids
    keys, draft = _draft_entities(drafts, acts, fallback, gaz)
    clusters: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for d in drafts:
        clusters[d[4]].append(d[:3])
    for e in draft:
        clusters.setdefault(e.id, [])
    merged_into = {c.other: c.entity for c in corrections if c.op == "merge" and c.other}
    ids = assign_ids(clusters, keys, previous.links if previous else (),
                     previous.entities if previous else (), merged_into)
    links = [EntityLink(*d[:4], ids[d[4]], *d[5:]) for d in drafts]
    acts = [replace(x, entity=ids[x.entity], target=ids[x.target]) for x in acts]
    draft = [replace(e, id=ids[e.id]) for e in draft]
    fallback = {ids[k]: replace(v, id=ids[k]) for k, v in fallback.items()}
    links, acts, renames, notes = apply_corrections(links, acts, draft, corrections)
    entities = build_entities(links, acts, renames=renames, fallback=fallback, gaz=gaz)
    links.sort(key=lambda l: (l.article, l.start, l.end))
    acts.sort(key=lambda x: (x.article, x.start))
    return LinkState(tuple(entities), tuple(links), tuple(acts), tuple(notes))
