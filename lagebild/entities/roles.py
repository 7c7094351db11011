"""Titles, honorifics and role nouns.

A *role word* is a noun such as "Präsident", "Kreml-Sprecher", "Außenministerin",
"Machthaber" or "Kremlchef". :func:`parse_role` reads one word (inflected or
compound) into a :class:`Role`: its display form, a class that makes synonyms
compare equal ("Machthaber", "Staatschef" and "Kremlchef" are all heads of
state) and the country it names, if any. :func:`role_phrases` finds role
phrases in running text ("der russische Präsident", "Nordkoreas Machthaber",
"des Kremlsprechers") with the name that follows them, if any.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .gazetteer import Gazetteer
from .text import fold, stem_key

# folded nominative role word -> role class
_CLASSES = {
    "staatschef": ["präsident", "präsidentin", "staatspräsident", "staatspräsidentin", "staatschef",
                   "staatschefin", "staatsoberhaupt", "machthaber", "machthaberin", "diktator",
                   "alleinherrscher", "herrscher", "führer", "präsidentschaft"],
    "regierungschef": ["kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "regierungschef",
                       "regierungschefin", "ministerpräsident", "ministerpräsidentin", "premier",
                       "premierminister", "premierministerin", "premierministerin"],
    "außenminister": ["außenminister", "außenministerin", "chefdiplomat", "chefdiplomatin"],
    "verteidigungsminister": ["verteidigungsminister", "verteidigungsministerin"],
    "sprecher": ["sprecher", "sprecherin", "regierungssprecher", "regierungssprecherin"],
    "generalsekretär": ["generalsekretär", "generalsekretärin", "uno-generalsekretär", "un-generalsekretär"],
}
# Titles that only qualify a name next to them (never resolved on their own).
_TITLES = (
    "minister ministerin vizepräsident vizepräsidentin vizekanzler vizekanzlerin botschafter "
    "botschafterin gesandter sondergesandter sondergesandte berater beraterin sicherheitsberater "
    "vorsitzender vorsitzende parteichef parteichefin chef chefin leiter leiterin direktor "
    "direktorin kommandeur general generalin marschall admiral oberst abgeordneter abgeordnete "
    "senator senatorin gouverneur gouverneurin bürgermeister bürgermeisterin oberbürgermeister "
    "oberbürgermeisterin papst könig königin kaiser prinz prinzessin emir kronprinz scheich "
    "staatssekretär staatssekretärin beauftragter beauftragte kommissar kommissarin kardinal "
    "pressesprecher pressesprecherin kommentator korrespondent korrespondentin richter richterin "
    "staatsanwalt staatsanwältin anwalt anwältin trainer trainerin kapitän kapitänin regisseur "
    "regisseurin autor autorin sänger sängerin schauspieler schauspielerin journalist journalistin "
    "professor professorin experte expertin analyst analystin ökonom ökonomin historiker historikerin "
    "politologe politologin soziologe soziologin kollege kollegin landeshauptmann landeshauptfrau "
    "landesrat landesrätin stadtrat stadträtin klubchef klubchefin klubobmann klubobfrau "
    "geschäftsführer geschäftsführerin vorstandschef vorstandschefin konzernchef konzernchefin "
    "gründer gründerin erzbischof bischof pfarrer"
).split()
HONORIFICS = frozenset(fold(w) for w in "Herr Herrn Frau Dr Dr. Prof Prof. Genosse Genossin Mr Mrs Ms".split())
_HONORIFIC_DISPLAY = {"herrn": "Herr"}

# head words that may be the last part of a compound ("Kreml-Sprecher", "Kremlchef")
_HEADS: dict[str, str] = {}
for _cls, _ws in _CLASSES.items():
    for _w in _ws:
        _HEADS[fold(_w)] = _cls
for _w in _TITLES:
    _HEADS.setdefault(fold(_w), fold(_w))
_SUFFIX_HEADS = sorted((h for h in _HEADS if len(h) >= 4), key=len, reverse=True)
# "chef" after a country prefix is the head of state ("Kremlchef"), after others a generic chef
_FORMER = tuple(fold(w) for w in ("ex", "alt", "ehemalig", "früher", "damalig", "einstig", "vormalig"))
# prefixes that change the office ("Vizepräsident" is not the president)
_BLOCKING_PREFIX = ("vize", "ex", "alt", "stellvertretend", "ko", "co")

_DETERMINERS = frozenset("der die das des dem den".split())
_STOP = re.compile(r"[.!?;:„“\"»«()\n]")
_INDEFINITE = frozenset("ein eine einer eines einem einen kein keine keinem keinen keiner".split())


@dataclass(frozen=True)
class Role:
    text: str                 # display form in the nominative, e.g. "Kreml-Sprecher"
    cls: str                  # class for comparison, e.g. "sprecher", "staatschef", "ioc-präsident"
    country: Optional[str]    # ISO code named by the word itself (Kreml-, US-, Bundes-)
    former: bool = False
    resolvable: bool = False  # may stand alone for a person ("der Präsident")


def _nominative(w: str) -> list[str]:
    """Candidate nominative singular forms of an inflected noun (folded)."""
    out = [w]
    for suf in ("innen", "en", "es", "n", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            out.append(w[: -len(suf)] + ("in" if suf == "innen" else ""))
    return out


def _display(word: str, nom: str) -> str:
    """The word as written, in the nominative ("Präsidenten" -> "Präsident")."""
    w = fold(word).strip(".,;:")
    word = word.strip(".,;:")
    if nom == w:
        return word
    if nom.endswith("in") and w.endswith("innen"):
        return word[:-3]
    cut = len(w) - len(nom)
    return word[:-cut] if cut > 0 else word


_CACHE: dict[tuple[str, int], Optional[Role]] = {}


def parse_role(word: str, gaz: Gazetteer) -> Optional[Role]:
    """Read one (possibly inflected or compound) word as a role, or None."""
    key = (word, id(gaz))
    try:
        return _CACHE[key]
    except KeyError:
        pass
    r = _parse_role(word, gaz) if word[:1].isupper() else None
    if len(_CACHE) > 200_000:
        _CACHE.clear()
    _CACHE[key] = r
    return r


def _parse_role(word: str, gaz: Gazetteer) -> Optional[Role]:
    w = fold(word).strip(".,;:")
    if not w or not word[:1].isupper():
        return None
    if w in HONORIFICS:
        return Role(_HONORIFIC_DISPLAY.get(w, word.rstrip(".") + ("." if word.endswith(".") else "")),
                    "honorific", None)
    for nom in _nominative(w):
        if nom in _HEADS:
            cls = _HEADS[nom]
            return Role(_display(word, nom), cls, "DE" if nom.startswith("bundes") else None,
                        resolvable=cls in _CLASSES)
        for i in range(1, len(nom) - 3):
            head = nom[i:]
            if head in _HEADS:
                return _compound_role(word, nom, head, gaz)
    return None


def _compound_role(word: str, nom: str, head: str, gaz: Gazetteer) -> Role:
    """A compound role word: "Kreml-Sprecher", "US-Präsident", "EZB-Präsidentin", "Pressesprecher"."""
    prefix = nom[: -len(head)].rstrip("-")
    cls = _HEADS[head]
    text = _display(word, nom)
    former = prefix.startswith(_FORMER)
    if prefix.startswith(_BLOCKING_PREFIX) and not former:
        return Role(text, nom, None)                       # "Vizepräsident" is not the president
    p = prefix.split("-")[-1]
    country = gaz.role_prefix.get(p) or gaz.country(p) or gaz.country_of_adjective(p)
    if country is None and "-" in prefix:
        first = prefix.split("-")[0]
        country = gaz.role_prefix.get(first) or gaz.country(first)
    # an office of a named organisation: "EZB-Präsidentin", "CDU-Chef", "IOC-Präsident"
    org = None
    if country is None and "-" in word:
        raw_prefix = word.rsplit("-", 1)[0]
        if raw_prefix[:1].isupper() and not former:
            org = fold(raw_prefix)
    if head == "chef":
        if country is None and org is None and not p.startswith("regierung"):
            return Role(text, nom, None)
        cls = "regierungschef" if p.startswith("regierung") else "staatschef"
    if cls not in _CLASSES:
        return Role(text, nom, country)
    if org is not None:
        return Role(text, f"{cls}@{org}", None, resolvable=True)
    if country is None and not p.startswith(("regierung", "staat", "aussen")):
        return Role(text, nom, None)                       # "Pressesprecher": someone's spokesperson
    return Role(text, cls, country, former=former, resolvable=not former)


@dataclass(frozen=True)
class RolePhrase:
    """A role phrase found in text.

    ``start``/``end`` span the modifiers and the role word (not the determiner);
    ``name_start`` is where a following name begins (an apposition), else None.
    """

    start: int
    end: int
    text: str
    role: Role
    country: Optional[str]
    definite: bool
    plural: bool
    former: bool
    word_index: int           # index of the role word in the token list


def role_phrases(tokens: list[tuple[int, int, str]], gaz: Gazetteer, text: str = "") -> list[RolePhrase]:
    """Role phrases in a token list (as from :func:`lagebild.entities.text.words`).

    A phrase is the role word with its country modifiers: an adjective
    ("russische Präsident"), a genitive before it ("Nordkoreas Machthaber") or
    after it ("Präsident Russlands", "Sprecher des Kremls"). A genitive that
    names an institution qualifies the office ("Sprecher des südkoreanischen
    Außenministeriums" -> class "sprecher@aussenministerium").
    """
    def joined(a: int, b: int) -> bool:  # no sentence punctuation between tokens a and b
        return not text or not _STOP.search(text, tokens[a][1], tokens[b][0])

    out = []
    for i, (s, e, w) in enumerate(tokens):
        if not w[:1].isupper():
            continue
        role = parse_role(w, gaz)
        if role is None or role.cls == "honorific":
            continue
        country, former, cls = role.country, role.former, role.cls
        start, end = s, e
        # modifiers to the left
        j = i - 1
        while j >= 0 and i - j <= 4 and joined(j, j + 1):
            lw = tokens[j][2]
            lf = fold(lw)
            if lf in _DETERMINERS or lf in _INDEFINITE:
                break
            c = gaz.country_of_adjective(lw) if (lw[:1].islower() or "-" in lw) else None
            if c is not None:
                country = country or c
                start = tokens[j][0]
                j -= 1
                continue
            if lw[:1].isupper() and j == i - 1 and lf.endswith("s") and len(lf) > 3:
                c = gaz.country(lw) or (gaz.metonym(lw) or (None, None))[1]
                if c is not None:
                    country = country or c
                    start = tokens[j][0]
                    j -= 1
                break
            if lw[:1].islower() and len(lf) > 3 and lf[-1] in "enmrs" and lf.rstrip("nmrs").endswith("e"):
                if lf.startswith(_FORMER):
                    former = True
                j -= 1
                continue
            break
        det = fold(tokens[j][2]) if j >= 0 else ""
        # genitive to the right: "Präsident Russlands", "Sprecher des Kremls"
        k = i + 1
        if k < len(tokens) and joined(i, k):
            nf = fold(tokens[k][2])
            if tokens[k][2][:1].isupper() and nf.endswith("s") and (gaz.country(tokens[k][2]) or gaz.metonym(tokens[k][2])):
                country = country or gaz.country(tokens[k][2]) or gaz.metonym(tokens[k][2])[1]
                end = tokens[k][1]
            elif nf in ("des", "der") and k + 1 < len(tokens):
                m = k + 1
                qual_country = None
                while m < len(tokens) and m - k <= 3 and tokens[m][2][:1].islower():
                    qual_country = qual_country or gaz.country_of_adjective(tokens[m][2])
                    m += 1
                if m < len(tokens) and tokens[m][2][:1].isupper():
                    noun = tokens[m][2]
                    c = gaz.country(noun) or (gaz.metonym(noun) or (None, None))[1]
                    if c is not None and m - k == 1:
                        country = country or c
                        end = tokens[m][1]
                    elif parse_role(noun, gaz) is None and noun[:1].isupper() and len(noun) > 3:
                        cls = f"{cls}@{stem_key(noun)}"
                        country = country or qual_country
                        end = tokens[m][1]
        definite = det in _DETERMINERS or (start != s and tokens[i - 1][2][:1].isupper())
        wf = fold(w)
        plural = (det == "die" and not wf.endswith("in")) or wf.endswith("innen") or (
            det == "den" and wf.endswith("ern"))
        if det in _INDEFINITE:
            definite = False
        out.append(RolePhrase(start, end, "", Role(role.text, cls, country, former, role.resolvable and not former),
                              country, definite, plural, former, i))
    return out


def peel(name: str, gaz: Gazetteer) -> tuple[str, list[Role]]:
    """Peel leading titles and honorifics off a mention: "Herr Kim" -> ("Kim", [Herr])."""
    parts = name.split()
    roles = []
    while len(parts) > 1:
        r = parse_role(parts[0], gaz)
        if r is None:
            c = gaz.country_of_adjective(parts[0]) if not parts[0][:1].isupper() else None
            if c is None and parts[0][:1].islower():
                parts = parts[1:]  # lowercase modifier inside the span
                continue
            break
        roles.append(r)
        parts = parts[1:]
    return " ".join(parts), roles


def is_named_after(name: str, heads: tuple[str, ...]) -> bool:
    """"Kim-Il-Sung-Platz", "Kim-Il-Sung-Universität": a place/institution named after someone."""
    toks = stem_key(name).split()
    last = fold(name).replace(" ", "-").split("-")[-1]
    return len(toks) >= 2 and any(last.endswith(h) for h in heads) or (
        len(toks) == 1 and "-" in name and any(last.endswith(h) for h in heads)
    )
