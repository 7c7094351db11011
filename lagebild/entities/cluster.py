"""Across articles: join chains into entities, from the safest rule to the weakest.

1. **same key** - same type and the same strong key: a transliterated full
   person name ("Sergej Lawrow" = "Sergei Lawrow", "Kim Jong Un" = "Kim Jong-un"),
   a stemmed organisation/place name ("Vereinten Nationen" = "Vereinte Nationen"),
   a gazetteer country code or a curated acronym group (UN = UNO = Vereinte Nationen);
2. **acronym** - an acronym whose letters are the initials of exactly one long form;
3. **variant** - one token one edit away (person names: a long token; places and
   organisations: a long name), only with shared context;
4. **surname** - a person named only by one name ("Peskow", "Kim") joins the one
   person whose full name ends (or, for family-name-first names, starts) with it;
   if there are several, shared context (story, co-occurring entities, time) must
   single one out, else it stays apart.

Guards are part of the rules: type agreement everywhere; person tokens of three
letters or fewer must match exactly (Kim Jong Un vs Kim Jong Il); places and
institutions named after people are never persons (see :mod:`.local`).
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Optional

from .local import AMention, Chain, _token_variant, features, short_key
from .text import deletions, fold, initials, is_acronym, name_tokens


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x: int) -> int:
        p = self.parent
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: int, b: int) -> int:
        a, b = self.find(a), self.find(b)
        if a == b:
            return a
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]
        return a


@dataclass
class ArticleMeta:
    story: Optional[str]
    day: Optional[int]               # days since epoch of the published date


@dataclass(frozen=True)
class Edge:
    method: str
    conf: float
    evidence: str


class Clusterer:
    def __init__(self, chains: list[Chain], mentions: list[AMention], meta: list[ArticleMeta],
                 window_days: int = 30) -> None:
        self.chains = chains
        self.mentions = mentions
        self.meta = meta
        self.uf = UnionFind(len(chains))
        self.edge: dict[int, Edge] = {}      # chain -> weakest edge that joined it to its entity
        self.mem: list[list[int]] = [[i] for i in range(len(chains))]
        self.window = window_days
        n_art = max(1, len(meta))
        self.n_art = n_art
        df: Counter = Counter()
        for c in chains:
            df.update(features(c))
        self.df = df
        self._weight = {k: (1.0 if v <= max(3, 0.05 * n_art) else 0.3) for k, v in df.items()}
        self.story_size = Counter(m.story for m in meta if m.story)
        self._ctx_cache: dict[int, tuple[Counter, Counter, Counter]] = {}
        self._names: dict[int, tuple[int, str]] = {}

    # -- helpers -----------------------------------------------------------------
    def _join(self, a: int, b: int, edge: Edge) -> None:
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            return
        root = self.uf.union(ra, rb)
        other = rb if root == ra else ra
        small = self.mem[other]
        # the smaller side is the one that was joined: it carries the edge's confidence
        for ci in small:
            old = self.edge.get(ci)
            if old is None or edge.conf < old.conf:
                self.edge[ci] = edge
        self.mem[root].extend(small)
        self.mem[other] = []
        # keep the bigger side's context cached and add the smaller side to it
        big_ctx = self._ctx_cache.pop(root, None)
        self._ctx_cache.pop(other, None)
        if big_ctx is not None:
            self._add_to_ctx(big_ctx, small)
            self._ctx_cache[root] = big_ctx

    def _near(self, days: Counter, day: int) -> int:
        """Number of articles (of a cluster, by day) within the window around ``day``."""
        if len(days) <= 2 * self.window:
            return sum(n for d, n in days.items() if abs(d - day) <= self.window)
        return sum(days.get(d, 0) for d in range(day - self.window, day + self.window + 1))

    def _add_to_ctx(self, got: tuple[Counter, Counter, Counter], chain_ids) -> tuple[Counter, Counter, Counter]:
        """Add chains' context words, stories and days to a cluster's (ctx, stories, days) counters."""
        ctx, stories, days = got
        for ci in chain_ids:
            c = self.chains[ci]
            ctx.update(c.context)
            m = self.meta[c.art]
            if m.story:
                stories[m.story] += 1
            if m.day is not None:
                days[m.day] += 1
        return got

    def members(self, root: int) -> list[int]:
        return self.mem[self.uf.find(root)]

    def _cluster_ctx(self, root: int) -> tuple[Counter, Counter, Counter]:
        got = self._ctx_cache.get(root)
        if got is None:
            got = self._add_to_ctx((Counter(), Counter(), Counter()), self.members(root))
            self._ctx_cache[root] = got
        return got

    def support(self, chain: Chain, root: int) -> tuple[float, str]:
        """How much a chain's article shares with a cluster: co-occurring entities, story, time."""
        ctx, stories, days = self._cluster_ctx(root)
        own_keys = chain.keys
        shared = [k for k in chain.context if k in ctx and k not in own_keys]
        score = sum(self._weight.get(k, 1.0) for k in shared)
        why = []
        if shared:
            why.append("co-occurs with " + ", ".join(k.split(":", 1)[1] for k in shared[:3]))
        m = self.meta[chain.art]
        if m.story and m.story in stories:
            score += 2.0
            why.append(f"same story {m.story}")
        if m.day is not None and days and self._near(days, m.day):
            score += 0.5
            why.append(f"within {self.window} days")
        return score, "; ".join(why)

    def cluster_support(self, ra: int, rb: int) -> tuple[float, str]:
        best, why = 0.0, ""
        for ci in self.members(ra)[:50]:
            s, w = self.support(self.chains[ci], rb)
            if s > best:
                best, why = s, w
        return best, why

    # -- rules -------------------------------------------------------------------
    def posterior(self, chain: Chain, roots: set[int]) -> list[tuple[float, int, int, str]]:
        """Naive-Bayes choice among candidate entities for a chain, from its context.

        The prior is the entity's number of articles within ``window_days`` of the
        chain's article (who is in the news right now). Features are the chain's
        co-occurring entities and surnames and its story; each feature the entity
        shares adds the (positive) log ratio P(feature | entity) / P(feature). Returns
        ``(probability, root, shared_features, why)`` sorted best first.
        """
        m = self.meta[chain.art]
        out = []
        for r in roots:
            ctx, stories, days = self._cluster_ctx(r)
            n_r = len(self.members(r))
            # prior: how present the entity is in the news around that time
            if m.day is not None and days:
                lp = math.log(self._near(days, m.day) + 0.5)
            else:
                lp = math.log(n_r)
            shared, why = 0, []
            # only shared features count: an entity seen in many articles is not
            # penalised for the many things it never co-occurred with
            for k in chain.context:
                c = ctx.get(k, 0)
                if c:
                    pk = (self.df.get(k, 0) + 1) / (self.n_art + 1)
                    # m-estimate (m = 2): one shared article is weak evidence
                    lp += max(0.0, math.log((c + 2 * pk) / (n_r + 2) / pk))
                    shared += 1
                    if len(why) < 3:
                        why.append(k.split(":", 1)[1])
            if m.story and stories.get(m.story):
                pk = (self.story_size[m.story] + 1) / (self.n_art + 1)
                lp += max(0.0, math.log((stories[m.story] + 2 * pk) / (n_r + 2) / pk))
                shared += 1
                why.append(f"story {m.story}")
            out.append((lp, r, shared, ", ".join(why)))
        top = max(x[0] for x in out)
        z = sum(math.exp(x[0] - top) for x in out)
        res = [(math.exp(lp - top) / z, r, sh, why) for lp, r, sh, why in out]
        return sorted(res, key=lambda x: (-x[0], x[1]))

    def run(self) -> None:
        self.same_key()
        self.acronyms()
        self.variants()
        self.partials()
        self.surnames()

    def same_key(self) -> None:
        """Join chains with the same key. Person names that are the same only after
        transliteration ("Sergej Lawrow" / "Sergei Lawrow") also need shared context:
        German surnames differ by one such letter too ("Meier" / "Meyer")."""
        first: dict[tuple[str, str], int] = {}
        exact_first: dict[tuple[str, str], int] = {}
        pending = []
        for ci, c in enumerate(self.chains):
            if c.type == "PER":
                for f in sorted({" ".join(name_tokens(f)) for f in c.forms}):
                    oc = exact_first.setdefault(("PER", f), ci)
                    if oc != ci:
                        self._join(oc, ci, Edge("exact", 1.0, f"same name '{c.forms[0]}'"))
            for k in sorted(c.keys):
                oc = first.setdefault((c.type, k), ci)
                if oc == ci or self.uf.find(oc) == self.uf.find(ci):
                    continue
                if c.type == "PER":
                    pending.append((oc, ci, k))
                elif k.startswith(("country:", "acr:", "gov:", "capital:", "seat:", "place:")):
                    self._join(oc, ci, Edge("gazetteer", 0.95, f"same {k.split(':')[0]} as "
                                                               f"'{self.chains[oc].forms[0]}'"))
                else:
                    self._join(oc, ci, Edge("exact", 1.0, f"same name '{self.chains[oc].forms[0]}'"))
        for oc, ci, k in pending:
            if self.uf.find(oc) == self.uf.find(ci):
                continue
            score, why = self.support(self.chains[ci], self.uf.find(oc))
            if score >= 1.0:
                self._join(oc, ci, Edge("translit", 0.9, f"spelling variant of '{self._name(oc)}' ({why})"))

    def acronyms(self) -> None:
        """An acronym alone ("KVA") joins the one long name whose initials it is, if that
        is the only long name with those initials (three letters at least)."""
        longs: dict[str, set[int]] = defaultdict(set)
        acr_chains = []
        for ci, c in enumerate(self.chains):
            if c.type not in ("ORG", "MISC") or any("@" in k for k in c.keys):
                continue  # generic institutions ("Nationaler Sicherheitsrat") have no acronym
            forms = set(c.forms)
            if forms and all(is_acronym(f) for f in forms):
                acr_chains.append((ci, next(iter(forms))))
                continue
            for f in forms:
                if len(f.split()) >= 2 and not is_acronym(f):
                    for ini in initials(f):
                        longs[ini].add(ci)
        for ci, acr in acr_chains:
            a = "".join(ch for ch in fold(acr) if ch.isalnum())
            if len(a) < 3:
                continue  # "MP", "EU": two letters are too ambiguous without a definition
            typ = self.chains[ci].type
            own = self.uf.find(ci)
            if any(not all(is_acronym(f) for f in self.chains[m].forms) for m in self.members(own)[:200]):
                continue  # the acronym is already resolved (defined somewhere): weak rules never join two names
            cands = {self.uf.find(x) for x in longs.get(a, ()) if self.chains[x].type == typ} - {own}
            if len(cands) == 1:
                root = next(iter(cands))
                self._join(root, ci, Edge("acronym", 0.8, f"initials of '{self._name(root)}'"))

    def variants(self) -> None:
        by_type: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for ci, c in enumerate(self.chains):
            for k in c.keys:
                if (k.startswith("per:") or k.startswith("name:")) and "@" not in k:
                    by_type[c.type][k].append(ci)
        for typ, keys in by_type.items():
            block: dict[str, list[str]] = defaultdict(list)
            for k in keys:
                body = k.split(":", 1)[1]
                flat = body.replace(" ", "")
                if len(flat) < 7:
                    continue
                for d in deletions(flat):
                    block[d].append(k)
            seen = set()
            for ks in block.values():
                if len(ks) < 2 or len(ks) > 50:
                    continue
                for i in range(len(ks)):
                    for j in range(i + 1, len(ks)):
                        a, b = ks[i], ks[j]
                        if a == b or (a, b) in seen:
                            continue
                        seen.add((a, b))
                        self._try_variant(typ, a, b, keys)

    def _try_variant(self, typ: str, a: str, b: str, keys: dict[str, list[int]]) -> None:
        ta, tb = tuple(a.split(":", 1)[1].split()), tuple(b.split(":", 1)[1].split())
        # one word one letter apart is too often another word ("Afghanin", "Afghanen"):
        # only names of two words or more, with one long word one edit away
        if len(ta) < 2 or not _token_variant(ta, tb):
            return
        ca, cb = keys[a][0], keys[b][0]
        ra, rb = self.uf.find(ca), self.uf.find(cb)
        if ra == rb:
            return
        s, why = self.cluster_support(ra, rb)
        if s >= 2.0:  # two shared co-occurring entities, or the same story
            self._join(ra, cb, Edge("variant", 0.8, f"one letter from '{self._name(ra)}' ({why})"))

    def partials(self) -> None:
        """"Su-35" -> "Suchoi Su-35", "Sicherheitsrat" -> "UN-Sicherheitsrat": an organisation or
        thing named by the end of exactly one longer name in the corpus, with shared context.
        Only names that are nothing else join (no chains of partial joins)."""
        index: dict[tuple[str, str], set[int]] = defaultdict(set)
        shorts = []
        for ci, c in enumerate(self.chains):
            if c.type not in ("ORG", "MISC"):
                continue
            for k in c.keys:
                if not k.startswith("name:") or "@" in k:
                    continue
                toks = k[5:].split()
                for n in range(1, len(toks)):
                    if len("".join(toks[-n:])) >= 3:
                        index[(c.type, " ".join(toks[-n:]))].add(ci)
            if len(c.keys) == 1 and next(iter(c.keys)).startswith("name:"):
                body = next(iter(c.keys))[5:]
                if " " in body or len(body) >= 6:  # "Bund", "Super", "SV" are too unspecific
                    shorts.append((ci, body))
        for ci, body in shorts:
            own = self.uf.find(ci)
            if any(self.chains[m].keys != self.chains[ci].keys for m in self.members(own)[:200]):
                continue  # already joined to something else
            cands = {self.uf.find(x) for x in index.get((self.chains[ci].type, body), ())} - {own}
            if len(cands) != 1:
                continue
            p, root, shared, why = self.posterior(self.chains[ci], cands)[0]
            if shared >= 1:
                self._join(root, ci, Edge("partial", 0.7, f"end of '{self._name(root)}' ({why})"))

    def surnames(self) -> None:
        index: dict[str, set[int]] = defaultdict(set)
        for ci, c in enumerate(self.chains):
            if c.type == "PER":
                for t in c.surnames:
                    index[t].add(ci)
        leftovers: dict[str, list[int]] = defaultdict(list)
        for ci, c in enumerate(self.chains):
            if c.type != "PER":
                continue
            if c.surname and not c.keys:
                cands = {self.uf.find(x) for x in index.get(c.surname, ())}
            elif c.keys and self._tail_only(c, index):
                # "Le Pen" alone in an article: the end of "Marine Le Pen" elsewhere
                own = self.uf.find(ci)
                cands = {self.uf.find(x) for f in set(c.forms) for x in index.get(short_key(f), ())} - {own}
                if not cands:
                    continue
            else:
                continue
            if len(cands) == 1:
                root = next(iter(cands))
                s, why = self.support(c, root)
                if s < 0.5:  # not even in the news at the same time: leave it apart
                    if c.surname and not c.keys:
                        leftovers[c.surname].append(ci)
                    continue
                conf = 0.8 if s >= 1.0 else 0.7
                self._join(root, ci, Edge("surname", conf, f"the only person called '{self._name(root)}'"
                                          + (f" ({why})" if why else "")))
            elif cands:
                got = self.posterior(c, cands)
                p, root, shared, why = got[0]
                if p >= 0.8 and shared >= 1:
                    others = ", ".join(self._name(r) for _, r, _, _ in got[1:4])
                    self._join(root, ci, Edge("surname-context", 0.6,
                                              f"'{self._name(root)}' by context ({why}; p={p:.2f}); not {others}"))
            else:
                leftovers[c.surname].append(ci)
        # the same single name without a full name anywhere: one person only where the
        # articles share context ("Müller" in two unrelated articles are two people)
        for surname, cis in leftovers.items():
            groups: list[int] = []
            for ci in cis:
                for g in groups[:50]:
                    s, why = self.support(self.chains[ci], self.uf.find(g))
                    if s >= 1.0:
                        self._join(g, ci, Edge("same-surname", 0.7,
                                               f"same single name '{self._name(g)}', no full name known ({why})"))
                        break
                else:
                    groups.append(ci)

    def _tail_only(self, c: Chain, index: dict[str, set[int]]) -> bool:
        """All full names of the chain are only the end of longer names elsewhere."""
        bodies = [short_key(f) for f in set(c.forms)]
        own = self.uf.find(c.id)
        return bool(bodies) and all(any(self.uf.find(x) != own for x in index.get(b, ())) for b in bodies)

    def _name(self, root: int) -> str:
        root = self.uf.find(root)
        got = self._names.get(root)
        if got is None or got[0] != len(self.mem[root]):
            got = (len(self.mem[root]), self._compute_name(root))
            self._names[root] = got
        return got[1]

    def _compute_name(self, root: int) -> str:
        for ci in self.members(root):
            if self.chains[ci].forms:
                return max(self.chains[ci].forms, key=len)
        c = self.chains[root]
        return self.mentions[c.mentions[0]].form if c.mentions else "?"
