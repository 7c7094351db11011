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

from .gazetteer import (EAST_ASIAN_SURNAMES, GENERIC_INSTITUTIONS, GENERIC_MODIFIERS, LOC_DESCRIPTORS,
                        NAMED_AFTER_HEADS, ORG_DESCRIPTORS_SUFFIX, Gazetteer)
from .records import ArticleInput
from .roles import Role, RolePhrase, is_named_after, parse_role, peel, role_phrases
from .text import (acronym_cover, acronym_matches, edit_distance, fold, initials, is_acronym, name_tokens, stem, stem_key,
                   translit, translit_key, words)

LABELS = ("PER", "ORG", "LOC", "MISC")
_PATRONYMIC = re.compile(r"(owitsch|ewitsch|ovich|evich|ovitch|itsch|owna|ewna|ovna|evna)$")
_LOCATIVE = frozenset(fold(w) for w in (
    "in im nach aus bei von vom um ab bis gen durch zwischen nahe nördlich südlich östlich westlich "
    "über unter vor hinter neben am nach richtung nahe unweit rund außerhalb innerhalb"
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
    "Regierung Diplomatie Außenpolitik Militär Armee Entscheidung Einschätzung Interessen Rolle "
    "Staatsmedien Propaganda Delegation Gesandter Botschafter Vertreter Verhandler"
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
    short: bool = False              # a person's short form ("Peskow", "Le Pen")


@dataclass
class Chain:
    """One article's mentions of one entity (internal)."""

    id: int
    art: int
    type: str
    mentions: list[int] = field(default_factory=list)   # indices into the corpus mention list
    keys: set[str] = field(default_factory=set)         # strong keys
    surname: Optional[str] = None                       # PER chains with no full name
    surnames: set[str] = field(default_factory=set)     # tokens a short form may take (full PER names)
    forms: list[str] = field(default_factory=list)      # name forms of the full mentions
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
        if label == "LOC" and sk in gaz.capital_by_key:
            return f"capital:{gaz.capital_by_key[sk]}", None
        if label == "LOC" and sk in gaz.seat_group:
            return f"seat:{gaz.seat_group[sk]}", None
        if label == "LOC" and sk in gaz.place_group:
            return f"place:{gaz.place_group[sk]}", None
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


def _phrase_before(start: int, phrases: list[RolePhrase], used: set[int], mentions, text: str
                   ) -> Optional[RolePhrase]:
    """The role phrase this name is an apposition to, across a comma and a place or institution."""
    best = None
    for p in phrases:
        if p.end <= start and start - p.end <= 90 and p.word_index not in used:
            best = p
    if best is None:
        return None
    between = text[best.end:start]
    for m in mentions:
        if best.end <= m.start and m.end <= start:
            between = between.replace(text[m.start:m.end], " ", 1)
    if re.fullmatch(r"\s*(?:(?:des|der|dem|den|von|vom|in|im|aus|bei|beim)\s+|\s)*,\s*", between):
        return best
    return None


_GENERIC_STEMS = frozenset(stem(g) for g in GENERIC_INSTITUTIONS)


def _is_generic(form: str) -> bool:
    """"Außenministerium", "Nationaler Sicherheitsrat", "russisches Militär" (not "UN-Sicherheitsrat")."""
    toks = form.split()
    if len(toks) == 2 and fold(toks[0]) in GENERIC_MODIFIERS and "-" not in toks[1]:
        return True
    while len(toks) > 1 and (fold(toks[0]) in GENERIC_MODIFIERS or toks[0][:1].islower()):
        toks = toks[1:]
    return len(toks) == 1 and "-" not in toks[0] and stem(toks[0]) in _GENERIC_STEMS


def _country_near(start: int, end: int, text: str, toks, ti: int, tj: int, gaz: Gazetteer) -> Optional[str]:
    """Country of an institution: "russische Außenministerium", "Außenministerium in Seoul",
    "Nationaler Sicherheitsrat der USA", "Russlands Außenministerium"."""
    for w in text[start:end].split()[:-1]:
        c = gaz.country_of_adjective(w)
        if c:
            return c
    for k in (ti - 1, ti - 2):
        if 0 <= k < len(toks):
            w = toks[k][2]
            c = gaz.country_of_adjective(w) if w[:1].islower() or "-" in w else None
            if c is None and w[:1].isupper() and fold(w).endswith("s") and k == ti - 1:
                c = gaz.country(w) or (gaz.metonym(w) or (None, None))[1]
            if c:
                return c
    if tj + 1 < len(toks) and fold(toks[tj][2]) in ("in", "der", "des", "von", "aus"):
        j = tj + 1
        if fold(toks[j][2]) in ("der", "den", "dem") and j + 1 < len(toks):
            j += 1
        w = toks[j][2]
        return gaz.country(w) or (gaz.metonym(w) or (None, None))[1]
    return None


def _person_after_role(raw: str, ti: int, start: int, toks, text: str, phrase_by_word, gaz: Gazetteer) -> bool:
    """A name right after a person's role noun ("Außenminister Lawrow") that is no
    country, capital or acronym ("Präsident Frankreichs" stays a place)."""
    if ti == 0 or text[toks[ti - 1][1]:start].strip() or phrase_by_word.get(ti - 1) is None:
        return False
    parts = raw.split()
    if not 1 <= len(parts) <= 3 or is_acronym(raw):
        return False
    for w in parts:
        if not (w[:1].isupper() and w.replace("-", "").isalpha()):
            return False
        bare = w[:-1] if w.endswith("s") else w
        if gaz.country(w) or gaz.country(bare) or gaz.metonym(w) or gaz.metonym(bare):
            return False
    return True


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
    phrases = role_phrases(toks, gaz, text) if text else []
    phrase_by_word = {p.word_index: p for p in phrases}
    mention_starts = {m.start for m in kept}

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
        if label != "PER" and _person_after_role(raw, ti, m.start, toks, text, phrase_by_word, gaz):
            label = "PER"  # "Aussenminister Dmytro Kuleba" tagged ORG: a person's role names a person
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
        if label == "PER" and ti > 0 and not text[toks[ti - 1][1]:m.start].strip():
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
                if p is not None and k + 1 < len(toks) and toks[k + 1][0] in mention_starts:
                    break  # "Lawrow, Verteidigungsminister Schoigu": that role is Schoigu's
                if p is not None:
                    if p.start >= m.end and text[m.end:p.start].count(",") == 1 and \
                            all(fold(x[2]) in ("der", "die", "dem", "des") or x[2][:1].islower()
                                for x in toks[tj:k] if x[0] < p.start):
                        roles.append(p.role)
                        used_phrases.add(k)
                    break
        # apposition with a comma before: "Ein Sprecher des Außenministeriums in Seoul, Lim Soo-suk,"
        if label == "PER" and text[max(0, m.start - 4):m.start].rstrip().endswith(","):
            p = _phrase_before(m.start, phrases, used_phrases, kept, text)
            if p is not None:
                roles.append(p.role)
                used_phrases.add(p.word_index)
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
        # type corrections: countries, capitals and seats of government tagged as
        # organisations are places (a person called "Washington" stays a person)
        country = None
        metonym = None
        label_before = m.label
        if label in ("ORG", "LOC") and gaz.country(form):
            label = "LOC"
        mt = gaz.metonym(form)
        if mt is not None and label in ("LOC", "ORG"):
            metonym = mt
            label = "LOC"
        if label == "PER" and is_named_after(form, NAMED_AFTER_HEADS):
            label = _named_after_type(form)
        acr = is_acronym(form)
        if acr and label in ("LOC", "MISC") and gaz.acronym_group.get(stem_key(form)) is not None \
                and not gaz.country(form):
            label = "ORG"
        key, country = strong_key(label, form, gaz)
        if label == "ORG" and key.startswith("name:") and _is_generic(form):
            # "Nationaler Sicherheitsrat", "Außenministerium": one per country, so the
            # country must come from the text; otherwise the name stays in its article
            c = _country_near(m.start, m.end, text, toks, ti, tj, gaz)
            key = f"{key}@{c}" if c else f"{key}@article:{art.id}"
        am = AMention(art_idx, m.start, m.end, raw, label, form,
                      tuple(translit(t) for t in name_tokens(form)), key, roles, country, None, acr)
        if metonym is not None:
            am.metonym = metonym
            am.evidence = "ORG" if label_before == "ORG" else ""
        out.append(am)

    # standalone role phrases and government phrases
    mention_spans = [(x.start, x.end) for x in out]
    for p in phrases:
        if p.word_index in used_phrases or not p.definite or p.plural or p.former:
            continue
        if not p.role.resolvable and (p.role.cls == "honorific" or "@" in p.role.cls):
            continue  # a title ("der Minister") is resolved in its own article only
        # not inside a name mention
        we = toks[p.word_index][1]
        j = bisect.bisect_right(mention_spans, (we, 10**9))
        if any(s < we and p.start < e for s, e in mention_spans[max(0, j - 2):j + 1]):
            continue
        nxt = p.word_index + 1
        if nxt < len(toks) and toks[nxt][2][:1].isupper() and fold(toks[nxt][2]) not in _LOCATIVE \
                and not text[we:toks[nxt][0]].strip():  # "der Außenminister, Russland …": no apposition
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
        if am.metonym is not None:
            got = _metonymy(am, toks, tok_index(am.start), tok_index(am.end), text)
            if got is not None:
                metonymies.append(Metonymy(mention_offset + idx, am.metonym[1], am.metonym[0], got[1], got[0]))
        am.evidence = ""

    chains = _chains(art_idx, out, mention_offset, chain_offset, text, gaz)
    return ArticleAnalysis(out, chains, role_mentions, metonymies)


_NOT_AFTER_SUBJECT = frozenset(fold(w) for w in (
    "ist war sind waren liegt lag liegen zählt zählte gehört gehörte grenzt wurde wurden heißt hieß "
    "befindet bleibt blieb und oder sowie sondern aber als wie in im am an auf aus bei beim mit nach seit "
    "von vom zu zur zum der die das den dem des ein eine einer einen einem für über unter vor um bis "
    "gegen ohne durch entlang statt"
).split())


def _metonymy(am: AMention, toks, ti: int, tj: int, text: str) -> Optional[tuple[str, float]]:
    """(evidence, confidence) if a capital or seat of government stands for its government."""
    prev = fold(toks[ti - 1][2]) if ti > 0 else ""
    prev2 = fold(toks[ti - 2][2]) if ti > 1 else ""
    gap = text[toks[ti - 1][1]:am.start] if ti > 0 else "\n"
    clause_start = ti == 0 or bool(re.search(r"[.!?:;\n,„“\"»«]", gap))
    # a place after a preposition of place is a place ("in Moskau", "nach Washington"),
    # also in a list ("in New York und Washington")
    if not clause_start:
        if prev in _LOCATIVE or (prev in ("der", "dem", "des", "den") and prev2 in _LOCATIVE):
            return None
        if prev in ("und", "oder", "sowie"):
            k = ti - 2
            while k >= 0 and toks[k][2][:1].isupper():
                k -= 1
            if k >= 0 and fold(toks[k][2]) in _LOCATIVE:
                return None
            # "Tokio und Seoul rücken zusammen": the first conjunct starts the clause
            first = k + 1
            if first < ti - 1 and (first == 0 or re.search(r"[.!?:;\n,„“\"»«]", text[toks[first - 1][1]:toks[first][0]])):
                clause_start = True
    if am.evidence == "ORG":
        return "NER tagged it as an organisation", 0.7
    after = [t[2] for t in toks[tj:tj + 4]]
    if after and fold(after[0]) in ("und", "oder") and len(after) > 1 and after[1][:1].isupper():
        after = [t[2] for t in toks[tj + 2:tj + 5]]  # "Moskau und Pjöngjang vereinbarten"
    nxt = [fold(w) for w in after]
    for w in nxt:
        if w.startswith(_AGENTIVE):
            return f"subject of '{w}'", 0.8
    for p in (prev, prev2 if prev == "sich" else ""):
        if p and p.startswith(_AGENTIVE):  # "warf Moskau vor", "hält sich Moskau bedeckt"
            return f"subject of '{p}'", 0.8
    if prev in ("an", "gegen"):  # "Waffen an Moskau liefern", "Sanktionen gegen Moskau"
        return f"addressed as '{prev} {am.text}'", 0.6
    if fold(am.text).endswith("s") and tj < len(toks) and fold(toks[tj][2]) in _POLITICAL_NOUNS:
        return f"genitive before '{toks[tj][2]}'", 0.8
    if fold(am.text).endswith("s") and tj < len(toks) and toks[tj][2][:1].isupper():
        from .gazetteer import gazetteer

        r = parse_role(toks[tj][2], gazetteer())
        if r is not None and r.cls != "honorific":
            return f"genitive before '{toks[tj][2]}'", 0.8  # "Moskaus Außenminister"
    if clause_start and after and after[0][:1].islower() and nxt[0] not in _NOT_AFTER_SUBJECT:
        return f"subject of '{nxt[0]}'", 0.6
    if am.metonym and am.metonym[0] == "seat":
        return "seat of government", 0.7
    return None


def _is_full(am: AMention) -> bool:
    return am.label != "PER" or (len(am.toks) >= 2 and not am.short)


def person_keys(toks: tuple[str, ...]) -> set[str]:
    """Strong keys of a full person name (with and without a patronymic or initial)."""
    keys = {"per:" + " ".join(toks), "per+:" + "".join(toks)}
    if len(toks) == 3 and (_PATRONYMIC.search(toks[1]) or len(toks[1]) == 1):
        keys.add("per:" + toks[0] + " " + toks[2])
    return keys


_PARTICLES = frozenset("al el ad as ash bin ibn abu de van von der da di le la du dos das".split())


def short_key(form: str) -> str:
    """Key of a (short) person name: transliterated tokens, but tokens of up to three
    letters must match exactly ("Ian" is not "Yan", "Kim" stays "kim")."""
    return " ".join(translit(t) if len(t) > 3 else t for t in name_tokens(form))


def surname_positions(form: str) -> tuple[str, ...]:
    """Short forms of a full person name, as :func:`short_key` keys: its trailing words
    ("Peskow"; "Le Pen" from "Marine Le Pen"; "Ben-Gvir" from "Itamar Ben-Gvir"; "Sisi"
    from "al-Sisi"), and its first word for names written family-name first (Kim Jong
    Un, Lim Soo-suk, Xi Jinping). A hyphenated word is never cut ("Heinz-Christian")."""
    ws = form.split()
    out = [short_key(" ".join(ws[k:])) for k in range(1, len(ws))]
    last = ws[-1] if ws else ""
    if "-" in last and fold(last.split("-")[0]) in _PARTICLES:
        out.append(short_key(last.split("-", 1)[1]))
    if len(ws) >= 2 and fold(ws[0].split("-")[0]) in EAST_ASIAN_SURNAMES:
        out.insert(0, short_key(ws[0].split("-")[0]))
    return tuple(out)


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
        if _is_full(am):
            c.forms.append(am.form)
            if am.label == "PER":
                c.surnames.update(surname_positions(am.form))

    # a person name that is the end of a longer one in the article is a short form
    tails = {t for am in ms if am.label == "PER" for t in surname_positions(am.form)}
    for am in ms:
        if am.label == "PER" and (len(am.toks) == 1 or short_key(am.form) in tails):
            am.short = True
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
        for j in (i - 1, i + 1):
            if not 0 <= j < len(ms):
                continue
            other = ms[j]
            lo, hi = (other, am) if j < i else (am, other)
            between = text[lo.end:hi.start] if text else ""
            if other.acronym or other.label != am.label or between.strip() != "(" or other.chain < 0:
                continue
            if not (acronym_matches(am.form, other.form) or acronym_cover(am.form, other.form)
                    or (am.key.startswith("acr:") and am.key == other.key)):
                continue  # "Siena (MPS)" is no definition
            oc = chains[other.chain - coff]
            if oc is own:
                break
            _absorb(own, oc, ms, off, coff, chains)
            for k in oc.keys:
                by_key[(oc.type, k)] = own
            am.method, am.conf, am.evidence = "acronym-definition", 0.95, f"defined as '{other.form}'"
            break
    # 2b. an acronym that spells the initials of exactly one long name in the article:
    # "Rassemblement National" ... "RN"
    longs: dict[str, dict[int, Chain]] = {}
    for c in chains:
        if c.mentions and c.type in ("ORG", "MISC"):
            for f in c.forms:
                if len(f.split()) >= 2 and not is_acronym(f):
                    for ini in initials(f):
                        longs.setdefault(ini, {})[id(c)] = c
    for i, am in enumerate(ms):
        if not am.acronym or am.chain < 0 or am.label not in ("ORG", "MISC"):
            continue
        own = chains[am.chain - coff]
        a = fold(am.form).replace(".", "")
        hosts = {k: c for k, c in longs.get(a, {}).items()
                 if c is not own and c.type == am.label and c.mentions}
        if len(hosts) == 1 and len(own.forms) == sum(1 for f in own.forms if is_acronym(f)):
            host = next(iter(hosts.values()))
            for mi in own.mentions:
                ms[mi - off].method, ms[mi - off].conf = "acronym-initials", 0.85
                ms[mi - off].evidence = f"initials of '{host.forms[0]}' in the same article"
            _absorb(host, own, ms, off, coff, chains)
            for k in host.keys:
                by_key[(host.type, k)] = host
    # 3. short person names: "Peskow" -> "Dmitri Peskow", "Kim" -> "Kim Jong Un"
    surname_index: dict[str, list[tuple[int, Chain]]] = {}
    for i, am in enumerate(ms):
        if am.label == "PER" and not am.short and am.chain >= 0:
            c = chains[am.chain - coff]
            for t in surname_positions(am.form):
                surname_index.setdefault(t, []).append((i, c))
    short_chains: dict[str, Chain] = {}
    for i, am in enumerate(ms):
        if am.label != "PER" or not am.short:
            continue
        skey = short_key(am.form)
        cands = surname_index.get(skey, [])
        distinct = {id(c): c for _, c in cands}
        if distinct:
            before = [(j, c) for j, c in cands if j < i]
            if len(distinct) == 1:
                j, c = (before or cands)[-1] if before else cands[0]
                am.method, am.conf = "short-form", 0.9
                am.evidence = f"short form of '{ms[j].form}' in the same article"
            else:
                own = {r.cls for r in am.roles if r is not None and r.cls != "honorific"}
                by_role = [(jj, cc) for jj, cc in cands if own & {r.cls for r in cc.roles if r is not None}]
                if own and len({id(cc) for _, cc in by_role}) == 1:
                    j, c = by_role[-1]
                    am.method, am.conf = "short-form-role", 0.8
                    am.evidence = f"'{ms[j].form}' has the same title in this article"
                else:
                    j, c = before[-1] if before else cands[0]
                    others = sorted({ms[jj].form for jj, cc in cands if cc is not c})
                    am.method, am.conf = "short-form-ambiguous", 0.6
                    am.evidence = f"nearest '{ms[j].form}' (also in the article: {', '.join(others)})"
            am.antecedent = ms[j].start
            add(c, i, am)
            continue
        c = short_chains.get(skey)
        if c is None:
            c = new_chain(am, i)
            c.surname = skey
            short_chains[skey] = c
        add(c, i, am)
    # 4. person names with their own nominative/genitive variants already share keys; context
    # 4. organisations named by part of a longer name in the same article ("Dynamo" -> "Dynamo Moskau")
    ends: dict[tuple[str, str], dict[int, Chain]] = {}
    for o in chains:
        if o.mentions and o.type in ("ORG", "MISC"):
            for kk in o.keys:
                if kk.startswith("name:") and " " in kk:
                    parts = kk[5:].split()
                    for t in {parts[0], parts[-1]}:
                        ends.setdefault((o.type, t), {})[id(o)] = o
    for c in chains:
        if not c.mentions or c.type not in ("ORG", "MISC") or len(c.keys) != 1:
            continue
        k = next(iter(c.keys))
        if not k.startswith("name:") or " " in k:
            continue
        hosts = {i: o for i, o in ends.get((c.type, k[5:]), {}).items() if o is not c and o.mentions}
        if len(hosts) == 1:
            host = next(iter(hosts.values()))
            for mi in c.mentions:
                am = ms[mi - off]
                am.method, am.conf, am.evidence = "partial", 0.85, f"part of '{host.forms[0]}' in the same article"
                am.chain = host.id
            host.mentions.extend(c.mentions)
            host.mentions.sort()
            c.mentions = []  # its key is not carried over: "Dynamo" alone must not join every Dynamo
    alive = [c for c in chains if c.mentions]
    feats = [features(c) for c in alive]
    total: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            total[f] = total.get(f, 0) + 1
    every = set(total)
    for c, own in zip(alive, feats):
        c.context = sorted(every - {f for f in own if total[f] == 1})
    return alive


def features(c: Chain) -> set[str]:
    """What a chain contributes to the context of the other chains of its article."""
    out = {k for k in c.keys if not k.startswith("per+:")}
    out |= {"sur:" + t for t in c.surnames}
    if c.surname:
        out.add("sur:" + c.surname)
    return out


def _absorb(dst: Chain, src: Chain, ms: list[AMention], off: int, coff: int, chains: list[Chain]) -> None:
    for mi in src.mentions:
        ms[mi - off].chain = dst.id
    dst.mentions.extend(src.mentions)
    dst.mentions.sort()
    dst.keys |= src.keys
    dst.roles.extend(src.roles)
    dst.forms.extend(src.forms)
    dst.surnames |= src.surnames
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
