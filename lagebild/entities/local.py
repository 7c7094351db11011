"""Within one article: normalise each mention and group mentions into chains.

A *chain* is what one article says about one entity: "Dmitri Peskow", later
"Peskow" and "Peskows" are one chain. Per mention this module

* peels titles and honorifics into roles ("Herr Kim", "Kreml-Sprecher Dmitri
  Peskow"), also from the words right before or after the mention;
* removes the genitive ("Putins", "Kim Jong Uns", "Moskaus") when the bare form
  is attested in the corpus or known to the gazetteer;
* peels descriptors ("Kosmodrom Wostotschny", "Nachrichtenagentur KCNA");
* corrects types the gazetteer is sure about (countries and capitals are
  places, "Kim-Il-Sung-Platz" is not a person);
* computes the keys used for linking.

Role nouns that stand alone ("der Kremlchef sagte") and capitals that act as
governments ("Washington behauptete") are collected for the corpus step.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from .gazetteer import (EAST_ASIAN_SURNAMES, LOC_DESCRIPTORS, NAMED_AFTER_HEADS,
                        ORG_DESCRIPTORS_SUFFIX, Gazetteer)
from .records import ArticleInput
from .roles import Role, RolePhrase, is_named_after, parse_role, peel, role_phrases
from .text import edit_distance, fold, is_acronym, name_tokens, stem_key, translit, translit_key, words

LABELS = ("PER", "ORG", "LOC", "MISC")
_PATRONYMIC = re.compile(r"(owitsch|ewitsch|ovich|evich|ovitch|itsch|owna|ewna|ovna|evna)$")
_LOCATIVE = frozenset(fold(w) for w in (
    "in im nach aus bei von vom um ab bis gen durch zwischen nahe nördlich südlich östlich westlich "
    "über unter vor hinter neben an am nach richtung nahe unweit rund außerhalb innerhalb"
).split())
_AGENTIVE = tuple(fold(w) for w in (
    "sagt sagte erklär behaupt warnt warnte kritisier forder droht drohte reagier bestätig dementier "
    "verurteil kündig wirft warf weist wies lehnt lehnte beschuldig verlang protestier hofft hoffte "
    "will wollt sieht sah bestreit bestritt zeigt zeigte begrüß vereinbar unterzeichn verhäng schickt "
    "schickte liefert lieferte bestellt bestellte äußer teilt teilte meldet meldete bezeichn sprach "
    "spricht antwort erwägt erwog bietet bot pocht pochte besteht bestand betont betonte ließ lässt "
    "signalisier wertet wertete nennt nannte rief ruft appellier mahnt mahnte versichert versicherte "
    "bekräftig verweigert verweigerte erhob erhebt stellt stellte verbittet verbat dementiert zürnt "
    "zog zieht verspricht versprach setzt setzte macht machte wies weist räumt räumte gab gibt "
    "bestreitet beharrt beharrte bezeichnete ordnet ordnete entsendet entsandte schließt schloss "
    "kontert konterte bestritten hält hielt verhandelt verhandelte sanktioniert sanktionierte"
).split())
_POLITICAL_NOUNS = frozenset(fold(w) for w in (
    "Position Haltung Sicht Angaben Vorwurf Vorwürfe Reaktion Kritik Forderung Forderungen "
    "Sanktionen Angebot Strategie Politik Unterstützung Drohung Drohungen Warnung Warnungen Plan "
    "Pläne Zusage Zusagen Ziel Ziele Verbündete Verbündeten Kurs Darstellung Antwort Vorschlag Führung "
    "Regierung Diplomatie Außenpolitik Militär Armee Entscheidung Einschätzung Interessen Rolle"
).split())
_GOV_HEADS = frozenset(fold(w) for w in "Regierung Führung Staatsführung Regime Administration".split())


@dataclass
class AMention:
    """A mention after normalisation (internal)."""

    art: int
    start: int
    end: int
    text: str
    label: str
    form: str                        # display name: titles peeled, genitive removed
    toks: tuple[str, ...]            # transliterated tokens of ``form``
    key: str                         # strong key (see :func:`strong_key`)
    roles: list[Role] = field(default_factory=list)
    country: Optional[str] = None    # for countries and governments
    metonym: Optional[tuple[str, str]] = None
    acronym: bool = False
    chain: int = -1
    method: str = "exact"
    conf: float = 1.0
    evidence: str = ""
    antecedent: Optional[int] = None


@dataclass
class Chain:
    """One article's mentions of one entity (internal)."""

    id: int
    art: int
    type: str
    mentions: list[int] = field(default_factory=list)   # indices into the corpus mention list
    keys: set[str] = field(default_factory=set)         # strong keys
    surname: Optional[str] = None                       # PER chains with no full name
    first_tokens: bool = False                          # surname matches first tokens
    context: list[str] = field(default_factory=list)    # strong keys of other chains in the article
    roles: list[Role] = field(default_factory=list)


@dataclass
class RoleMention:
    art: int
    start: int
    end: int
    text: str
    role: Role
    country: Optional[str]
    gov: bool = False                # "die russische Regierung": the government itself


@dataclass
class Metonymy:
    mention: int
    code: str
    kind: str                        # capital | seat
    conf: float
    evidence: str


def strong_key(label: str, form: str, gaz: Gazetteer) -> tuple[str, Optional[str]]:
    """(key, country) for a name form; the key is prefixed with its kind."""
    sk = stem_key(form)
    if label in ("LOC", "ORG", "MISC"):
        code = gaz.country_by_key.get(sk)
        if code and label != "MISC":
            return f"country:{code}", code
        grp = gaz.acronym_group.get(sk)
        if grp is not None:
            return f"acr:{grp}", None
        gov = government_country(form, gaz)
        if gov:
            return f"gov:{gov}", gov
        return f"name:{sk}", None
    return f"per:{translit_key(form)}", None


def government_country(form: str, gaz: Gazetteer) -> Optional[str]:
    """"US-Regierung", "russische Regierung", "Regierung Russlands", "Bundesregierung" -> code."""
    toks = form.split()
    if not toks:
        return None
    if len(toks) == 1:
        w = fold(toks[0])
        if w in ("bundesregierung",):
            return "DE"
        if "-" in toks[0]:
            pre, head = toks[0].rsplit("-", 1)
            if fold(head) in _GOV_HEADS:
                return gaz.role_prefix.get(fold(pre)) or gaz.country(pre)
        return None
    if fold(toks[-1]).rstrip("n") in _GOV_HEADS and len(toks) == 2:
        return gaz.country_of_adjective(toks[0])
    if fold(toks[0]) in _GOV_HEADS and len(toks) == 2:
        return gaz.country(toks[1])
    return None


def _strip_genitive(text: str, label: str, attested: set[str], gaz: Gazetteer, next_word: str) -> str:
    t = text.rstrip()
    if t.endswith(("'", "’")):
        return t[:-1]
    f = fold(t)
    if len(f) < 4 or not f.endswith("s") or f.endswith(("ss", "xs", "zs")) or is_acronym(t):
        return t
    cand = t[:-1]
    if translit_key(cand) in attested:
        return cand
    if label in ("LOC", "ORG") and (gaz.country(cand) or gaz.metonym(cand)) and not (
            gaz.country(t) or gaz.metonym(t)):
        return cand
    if label == "PER" and next_word[:1].isupper() and parse_role(next_word, gaz) is None:
        return cand  # "Peskows Angaben": a name before a noun is a genitive
    return t


def _named_after_type(form: str) -> str:
    last = fold(form).replace(" ", "-").split("-")[-1]
    if any(last.endswith(h) for h in ("platz", "strasse", "allee", "ring", "weg", "gasse", "brucke",
                                       "stadion", "flughafen", "bahnhof", "park", "kanal", "damm",
                                       "tunnel", "mausoleum", "palast", "turm", "denkmal", "statue")):
        return "LOC"
    if any(last.endswith(h) for h in ("preis", "orden", "medaille")):
        return "MISC"
    return "ORG"


def _simple_sentences(text: str) -> list[tuple[int, int]]:
    out, s = [], 0
    for m in re.finditer(r"[.!?]['\"“”»«]?\s+(?=[A-ZÄÖÜ„\"»«])", text):
        out.append((s, m.end()))
        s = m.end()
    out.append((s, len(text)))
    return out


@dataclass
class ArticleAnalysis:
    mentions: list[AMention]
    chains: list[Chain]
    roles: list[RoleMention]
    metonymies: list[Metonymy]


def analyse(art_idx: int, art: ArticleInput, attested: set[str], gaz: Gazetteer,
            mention_offset: int, chain_offset: int) -> ArticleAnalysis:
    text = art.text or ""
    toks = words(text)
    starts = [t[0] for t in toks]
    ms = sorted((m for m in art.mentions if m.label in LABELS and m.end > m.start),
                key=lambda m: (m.start, -m.end))
    # drop nested mentions (keep the outer one)
    kept = []
    for m in ms:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    phrases = role_phrases(toks, gaz) if text else []
    phrase_by_word = {p.word_index: p for p in phrases}

    def tok_index(off: int) -> int:
        return bisect.bisect_left(starts, off)

    out: list[AMention] = []
    role_mentions: list[RoleMention] = []
    used_phrases: set[int] = set()
    for m in kept:
        label = m.label
        raw = text[m.start:m.end] if text else m.text
        raw = raw or m.text
        ti = tok_index(m.start)
        tj = tok_index(m.end)
        next_word = toks[tj][2] if tj < len(toks) else ""
        form, roles = peel(raw, gaz)
        if label == "PER" and not form.strip(" .,-"):
            pass
        # a mention that is only a role word ("Kremlchef" tagged PER) becomes a role mention
        if label == "PER" and len(form.split()) == 1:
            r = parse_role(form, gaz)
            if r is not None and r.cls != "honorific":
                p = phrase_by_word.get(ti + len(raw.split()) - 1) or phrase_by_word.get(ti)
                if r.resolvable:
                    role_mentions.append(RoleMention(art_idx, m.start, m.end, raw, r,
                                                     (p.country if p else None) or r.country))
                continue
        # apposition before the mention: "der russische Präsident Wladimir Putin", "Herr Kim"
        if label == "PER" and ti > 0:
            p = phrase_by_word.get(ti - 1)
            w = toks[ti - 1][2]
            if p is not None:
                roles.append(p.role)
                used_phrases.add(ti - 1)
            elif fold(w) in ("herr", "herrn", "frau"):
                roles.append(parse_role(w, gaz))
        # apposition after: "Peskow, der Sprecher des Kremls," / "Lim Soo-suk, Sprecher des ..."
        if label == "PER" and tj < len(toks) and text[m.end:m.end + 2].startswith(","):
            for k in range(tj, min(tj + 4, len(toks))):
                p = phrase_by_word.get(k)
                if p is not None:
                    if p.start >= m.end and text[m.end:p.start].count(",") == 1 and \
                            all(fold(x[2]) in ("der", "die", "dem", "des") or x[2][:1].islower()
                                for x in toks[tj:k] if x[0] < p.start):
                        roles.append(p.role)
                        used_phrases.add(k)
                    break
        if label == "PER":
            form = _strip_genitive(form, label, attested, gaz, next_word)
        elif label in ("LOC", "ORG", "MISC"):
            form = _strip_genitive(form, label, attested, gaz, next_word) if label != "MISC" else form
            parts = form.split()
            if len(parts) >= 2 and not gaz.country(form):
                first = fold(parts[0])
                if label == "LOC" and first in LOC_DESCRIPTORS:
                    roles.append(Role(parts[0], fold(parts[0]), None))
                    form = " ".join(parts[1:])
                elif label == "ORG" and first.endswith(ORG_DESCRIPTORS_SUFFIX) and parts[1][:1].isupper() \
                        and not gaz.acronym_group.get(stem_key(form)) is not None:
                    roles.append(Role(parts[0], fold(parts[0]), None))
                    form = " ".join(parts[1:])
        form = form.strip(" ,;:-")
        if not form:
            continue
        # type corrections
        country = None
        metonym = None
        if label != "MISC" and gaz.country(form):
            label = "LOC"
        mt = gaz.metonym(form)
        if mt is not None and label in ("LOC", "ORG", "PER"):
            metonym = mt
            if label == "ORG":
                metonym = (mt[0], mt[1])
            label_before = m.label
            label = "LOC"
        else:
            label_before = m.label
        if label == "PER" and is_named_after(form, NAMED_AFTER_HEADS):
            label = _named_after_type(form)
        acr = is_acronym(form)
        if acr and label in ("LOC", "MISC") and gaz.acronym_group.get(stem_key(form)) is not None \
                and not gaz.country(form):
            label = "ORG"
        key, country = strong_key(label, form, gaz)
        am = AMention(art_idx, m.start, m.end, raw, label, form,
                      tuple(translit(t) for t in name_tokens(form)), key, roles, country, None, acr)
        if metonym is not None:
            am.metonym = metonym
            am.evidence = "ORG" if label_before == "ORG" else ""
        out.append(am)

    # standalone role phrases and government phrases
    mention_spans = [(x.start, x.end) for x in out]
    for p in phrases:
        if p.word_index in used_phrases or not p.definite or p.plural or p.former or not p.role.resolvable:
            continue
        # not inside a name mention
        we = toks[p.word_index][1]
        j = bisect.bisect_right(mention_spans, (we, 10**9))
        if any(s < we and p.start < e for s, e in mention_spans[max(0, j - 2):j + 1]):
            continue
        nxt = p.word_index + 1
        if nxt < len(toks) and toks[nxt][2][:1].isupper() and fold(toks[nxt][2]) not in _LOCATIVE:
            nxt_m = any(s == toks[nxt][0] for s, _ in mention_spans)
            if nxt_m:
                continue
        role_mentions.append(RoleMention(art_idx, p.start, p.end, text[p.start:p.end], p.role, p.country))
    for i, (s, e, w) in enumerate(toks):
        f = fold(w)
        if not w[:1].isupper():
            continue
        code = None
        st = s
        if f.rstrip("n") in _GOV_HEADS or f == "bundesregierung" or ("-" in w and fold(w.rsplit("-", 1)[1]) in _GOV_HEADS):
            if f == "bundesregierung":
                code = "DE"
            elif "-" in w:
                code = government_country(w, gaz)
            elif i > 0 and gaz.country_of_adjective(toks[i - 1][2]) and toks[i - 1][2][:1].islower():
                code = gaz.country_of_adjective(toks[i - 1][2])
                st = toks[i - 1][0]
            elif i + 1 < len(toks) and toks[i + 1][2][:1].isupper() and gaz.country(toks[i + 1][2]) \
                    and fold(toks[i + 1][2]).endswith("s"):
                code = gaz.country(toks[i + 1][2])
                e = toks[i + 1][1]
            if code and not any(ms_ < e and st < me for ms_, me in mention_spans):
                role_mentions.append(RoleMention(art_idx, st, e, text[st:e],
                                                 Role("Regierung", "regierung", code), code, gov=True))

    # metonymy: capitals and seats of government acting as their government
    metonymies: list[Metonymy] = []
    for idx, am in enumerate(out):
        if am.metonym is None:
            continue
        kind, code = am.metonym
        ti = tok_index(am.start)
        tj = tok_index(am.end)
        prev = fold(toks[ti - 1][2]) if ti > 0 else ""
        prev2 = fold(toks[ti - 2][2]) if ti > 1 else ""
        ev = None
        conf = 0.8
        if am.evidence == "ORG":
            ev, conf = "NER tagged it as an organisation", 0.7
        if prev in _LOCATIVE or (prev in ("der", "dem", "des", "den") and prev2 in _LOCATIVE):
            ev = None if am.evidence != "ORG" else ev
            if ev is None:
                am.evidence = ""
                continue
        if ev is None:
            window = [fold(t[2]) for t in toks[tj:tj + 4]]
            if window and window[0] == "und" and tj + 1 < len(toks) and toks[tj + 1][2][:1].isupper():
                window = [fold(t[2]) for t in toks[tj + 2:tj + 5]]
            for w in window:
                if w.startswith(_AGENTIVE) and w not in _LOCATIVE:
                    ev = f"subject of '{w}'"
                    break
                if w in (",", "die", "das", "der") or w[:1].isupper():
                    continue
            if ev is None and prev.startswith(_AGENTIVE) and prev not in _LOCATIVE:
                ev = f"subject of '{prev}'"
            if ev is None and fold(text[am.start:am.end]).endswith("s") and tj < len(toks) \
                    and fold(toks[tj][2]) in _POLITICAL_NOUNS:
                ev = f"genitive before '{toks[tj][2]}'"
            if ev is None and kind == "seat" and prev not in _LOCATIVE:
                ev, conf = "seat of government", 0.7
        am.evidence = ""
        if ev is not None:
            metonymies.append(Metonymy(mention_offset + idx, code, kind, conf, ev))

    chains = _chains(art_idx, out, mention_offset, chain_offset, text, gaz)
    return ArticleAnalysis(out, chains, role_mentions, metonymies)


def _is_full(am: AMention) -> bool:
    return am.label != "PER" or len(am.toks) >= 2


def person_keys(toks: tuple[str, ...]) -> set[str]:
    """Strong keys of a full person name (with and without a patronymic or initial)."""
    keys = {"per:" + " ".join(toks), "per+:" + "".join(toks)}
    if len(toks) == 3 and (_PATRONYMIC.search(toks[1]) or len(toks[1]) == 1):
        keys.add("per:" + toks[0] + " " + toks[2])
    return keys


def surname_positions(toks: tuple[str, ...], raw_first: str) -> tuple[str, ...]:
    """Tokens a short form may take from this full name: the last one, and the first
    one for names written family-name first (Kim Jong Un, Lim Soo-suk, Xi Jinping)."""
    out = (toks[-1],)
    if fold(raw_first) in EAST_ASIAN_SURNAMES:
        out = (toks[0],) + out
    return out


def _chains(art_idx: int, ms: list[AMention], off: int, coff: int, text: str, gaz: Gazetteer) -> list[Chain]:
    chains: list[Chain] = []
    by_key: dict[tuple[str, str], Chain] = {}

    def new_chain(am: AMention, i: int) -> Chain:
        c = Chain(coff + len(chains), art_idx, am.label)
        chains.append(c)
        return c

    def add(c: Chain, i: int, am: AMention) -> None:
        c.mentions.append(off + i)
        am.chain = c.id
        c.roles.extend(am.roles)

    # 1. full names (and every non-person name)
    for i, am in enumerate(ms):
        if not _is_full(am):
            continue
        keys = person_keys(am.toks) if am.label == "PER" else {am.key}
        c = None
        for k in keys:
            c = by_key.get((am.label, k))
            if c:
                break
        if c is None and am.label == "PER":
            # spelling variant inside one article (edit distance 1 on one long token)
            for oc in chains:
                if oc.type == "PER" and any(_token_variant(am.toks, tuple(k[4:].split())) for k in oc.keys
                                            if k.startswith("per:")):
                    c = oc
                    am.method, am.conf, am.evidence = "variant", 0.9, "spelling variant in the same article"
                    break
        if c is None:
            c = new_chain(am, i)
        c.keys |= keys
        for k in keys:
            by_key[(am.label, k)] = c
        add(c, i, am)
    # 2. acronyms defined in the article: "Koreanische Zentrale Nachrichtenagentur (KCNA)"
    for i, am in enumerate(ms):
        if not am.acronym or am.chain < 0 or am.label not in ("ORG", "MISC", "LOC"):
            continue
        own = chains[am.chain - coff]
        if len(own.mentions) > 0 and any(k.startswith("acr:") for k in own.keys):
            pass
        for j in (i - 1, i + 1):
            if not 0 <= j < len(ms):
                continue
            other = ms[j]
            lo, hi = (other, am) if j < i else (am, other)
            between = text[lo.end:hi.start] if text else ""
            if other.acronym or other.label != am.label or between.strip() not in ("(", "") or other.chain < 0:
                continue
            if between.strip() != "(":
                continue
            oc = chains[other.chain - coff]
            if oc is own:
                break
            _absorb(own, oc, ms, off, coff, chains)
            for k in oc.keys:
                by_key[(oc.type, k)] = own
            am.method, am.conf, am.evidence = "acronym-definition", 0.95, f"defined as '{other.form}'"
            break
    # 3. short person names: "Peskow" -> "Dmitri Peskow", "Kim" -> "Kim Jong Un"
    surname_index: dict[str, list[tuple[int, Chain]]] = {}
    for i, am in enumerate(ms):
        if am.label == "PER" and len(am.toks) >= 2 and am.chain >= 0:
            c = chains[am.chain - coff]
            for t in surname_positions(am.toks, am.form.split()[0].split("-")[0]):
                surname_index.setdefault(t, []).append((i, c))
    short_chains: dict[str, Chain] = {}
    for i, am in enumerate(ms):
        if am.label != "PER" or len(am.toks) != 1:
            continue
        cands = surname_index.get(am.toks[0], [])
        distinct = {id(c): c for _, c in cands}
        if distinct:
            before = [(j, c) for j, c in cands if j < i]
            if len(distinct) == 1:
                j, c = (before or cands)[-1] if before else cands[0]
                am.method, am.conf = "short-form", 0.9
                am.evidence = f"short form of '{ms[j].form}' in the same article"
            else:
                j, c = before[-1] if before else cands[0]
                others = sorted({ms[jj].form for jj, cc in cands if cc is not c})
                am.method, am.conf = "short-form-ambiguous", 0.6
                am.evidence = f"nearest '{ms[j].form}' (also in the article: {', '.join(others)})"
            am.antecedent = ms[j].start
            add(c, i, am)
            continue
        c = short_chains.get(am.toks[0])
        if c is None:
            c = new_chain(am, i)
            c.surname = am.toks[0]
            short_chains[am.toks[0]] = c
        add(c, i, am)
    # 4. person names with their own nominative/genitive variants already share keys; context
    alive = [c for c in chains if c.mentions]
    for c in alive:
        c.context = sorted({k for oc in alive if oc is not c for k in oc.keys if not k.startswith("per+:")})[:40]
    return alive


def _absorb(dst: Chain, src: Chain, ms: list[AMention], off: int, coff: int, chains: list[Chain]) -> None:
    for mi in src.mentions:
        ms[mi - off].chain = dst.id
    dst.mentions.extend(src.mentions)
    dst.mentions.sort()
    dst.keys |= src.keys
    dst.roles.extend(src.roles)
    src.mentions = []
    src.keys = set()


def _token_variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same number of tokens, all equal but one long token that is one edit away."""
    if len(a) != len(b) or a == b:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return min(len(x), len(y)) >= 5 and edit_distance(x, y, 1) <= 1
