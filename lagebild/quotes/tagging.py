"""Part-of-speech tags and lemmas for the quotation rules.

Uses HanTa (LGPL, pure Python, German model bundled with the package) when it
is installed, loaded once per process through :func:`lagebild.resources.shared`.
Without it, a small closed-class lexicon tagger keeps the stage working with
lower recall. Tags are STTS without parentheses ("VVFIN", "NN", "$,").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..resources import shared

# Tokens that are quotation marks (SpkAtt also writes wiki italics as '').
QUOTE_TOKENS = frozenset({'„', '“', '”', '"', '‚', '‘', '’', "'", '»', '«', '›', '‹',
                          "''", "``", '`', '´', "‟", "〞", "＂"})

_DASHES = {"–": "-", "—": "-", "‒": "-", "―": "-"}

_PUNCT = re.compile(r"^[^\w]+$")


# Word-level analyses memoised per process. News vocabulary is Zipfian, so after a
# few hundred articles almost every word's morphological analysis is a cache hit;
# HanTa recomputes both for every occurrence (about 80 % of the stage's time).
MEMO_WORDS = 200_000


def _load_hanta():
    try:
        from HanTa import HanoverTagger as ht  # optional dependency
    except ImportError:
        return None
    return _memoised(ht.HanoverTagger("morphmodel_ger.pgz"))


def _memoised(tagger):
    """Wrap the tagger's two pure per-word functions in bounded LRU caches: the
    morphological forward analysis of an unknown word (its tag distribution) and
    the lemma analysis of a (word, tag) pair. Results are identical to HanTa's."""
    forward = lru_cache(maxsize=MEMO_WORDS)(lambda word: tuple(tagger.__class__.analyze_forward(tagger, word)))
    analyse = lru_cache(maxsize=MEMO_WORDS)(
        lambda word, pos, taglevel=1: tagger.__class__._analyze(tagger, word, pos, taglevel))
    tagger.analyze_forward = forward
    tagger._analyze = analyse
    return tagger


def hanta():
    return shared("quotes.hanta", _load_hanta)


def tag(words: Sequence[str]) -> list[tuple[str, str]]:
    """Return ``(lemma, tag)`` for every word; quote marks get ``$(``."""
    keep = [i for i, w in enumerate(words) if w not in QUOTE_TOKENS]
    out: list[tuple[str, str]] = [(w, "$(") for w in words]
    if not keep:
        return out
    tagger = hanta()
    sub = [words[i] for i in keep]
    if tagger is not None:
        # HanTa does not know the en and em dash: it tags them XY and garbles the
        # next word ("Eisenstadt – Im Burgenland": "Im" XY); the hyphen it knows.
        tagged = tagger.tag_sent([_DASHES.get(w, w) for w in sub], taglevel=1)
        for i, (_w, lemma, t) in zip(keep, tagged):
            out[i] = (lemma.lower(), t.replace("(", "").replace(")", ""))
    else:
        for i, w in zip(keep, sub):
            out[i] = _fallback(w)
    out = _relatives_without_verb(_particle_names(words, out))
    if tagger is not None:
        out = _capitalised_unknown_adjectives(tagger, words, out)
    return _v2_finite(words, _dependent_final_finite(out))


# Arabic and other name particles written lower-case before a capitalised name
_NAME_PREFIX = re.compile(r"^(?:al|el|as|asch|ad|ar|an|at|bin|ibn|abu|ben)-[A-ZÄÖÜ]")


def _particle_names(words: Sequence[str], tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"el-Baradei", "al-Sadr", "bin-Laden": a name, whatever the tagger guessed."""
    for i, w in enumerate(words):
        if _NAME_PREFIX.match(w):
            tags[i] = (tags[i][0], "NE")
    return tags


# Verb forms that can end a relative clause (the tagger reads some present tenses as participles).
_CLAUSE_VERBS = ("VVFIN", "VAFIN", "VMFIN", "VVPP", "VVINF", "VAINF", "VMINF", "VVIZU")


def _relatives_without_verb(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"der Eigentümer, das die „Ruhr Nachrichten“ verlegende Medienhaus, …": a
    relative clause ends in a verb, so a "relative pronoun" whose stretch up
    to the next comma has none is an article."""
    for i, (lemma, t) in enumerate(tags):
        if t != "PRELS" or lemma not in ("der", "die", "das", "den", "dem", "des"):
            continue
        k = i + 1
        while k < len(tags) and tags[k][1] not in ("$,", "$.") and tags[k][1] not in _CLAUSE_VERBS:
            k += 1
        if k > i + 1 and (k == len(tags) or tags[k][1] in ("$,", "$.")) and tags[i + 1][1] not in ("$(",):
            tags[i] = (lemma, "ART")
    return tags


_ADJECTIVE_ENDINGS = ("ig", "lich", "isch", "bar", "sam", "haft", "los", "voll", "end", "iv", "al", "ell", "ös", "ent", "ant")
# A word the tagger has in its lexicon scores far above a guessed one (about -10 against -30).
_KNOWN_SCORE = -25.0


def _capitalised_unknown_adjectives(tagger, words: Sequence[str], tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"Milinkewitsch kritisierte …": a capitalised word guessed as an adverbial
    adjective from its ending, unknown in lower case and without an adjective
    suffix, is a name."""
    for i, w in enumerate(words):
        if tags[i][1] != "ADJD" or not w[:1].isupper() or w.lower().endswith(_ADJECTIVE_ENDINGS):
            continue
        if max(score for _tag, score in tagger.analyze_forward(w.lower())) < _KNOWN_SCORE:
            tags[i] = (tags[i][0], "NE")
    return tags


_CLAUSE_END = {"$,", "$.", "$(", "$:"}


def _v2_finite(words: Sequence[str], tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """German verb-second: "Die USA bestritten, dass …" — a form the tagger read as a
    participle (VVPP) is the finite verb when its clause has no finite verb before
    it and it ends the clause's first part (comma, colon, sentence end follows)."""
    seen_finite = False
    for i, (lemma, t) in enumerate(tags):
        if t in _CLAUSE_END or t == "KOUS":
            seen_finite = False
            continue
        if t.endswith("FIN"):
            seen_finite = True
        elif t == "VVPP" and not seen_finite and i > 0 and words[i].endswith("en") \
                and (i + 1 >= len(tags) or tags[i + 1][1] in _CLAUSE_END) \
                and any(tags[j][1] in ("NN", "NE", "PPER") for j in range(max(0, i - 4), i)):
            tags[i] = (lemma, "VVFIN")
            seen_finite = True
    return _lone_participle_finite(words, _waehrend_preposition(words, tags))


def _waehrend_preposition(words: Sequence[str], tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"Während der Ausschreitungen hätten Frauen …": "während" before an article
    and a noun whose clause goes on verb-second is the preposition, not the
    subordinator (which puts its verb last: "während die Polizei zusah, …")."""
    for i, (lemma, t) in enumerate(tags):
        if t == "APPR" and words[i].lower() == "während":
            k = i + 1
            while k < len(tags) and tags[k][1] not in _CLAUSE_END:
                k += 1
            fins = [j for j in range(i + 1, k) if tags[j][1] in ("VAFIN", "VMFIN", "VVFIN")]
            if fins == [k - 1] and k - 1 > i + 1:
                tags[i] = (lemma, "KOUS")  # "Während Atsumi betont, dass …": its verb ends the clause
            continue
        if t != "KOUS" or words[i].lower() != "während" or i + 2 >= len(tags) \
                or tags[i + 1][1] not in ("ART", "PPOSAT", "PDAT") or tags[i + 2][1] not in ("NN", "NE"):
            continue
        k = i + 3
        while k < len(tags) and tags[k][1] in ("ART", "ADJA", "NN", "NE"):
            k += 1  # the genitive: "während der Sitzung des Rates"
        if k < len(tags) and tags[k][1] in ("VAFIN", "VMFIN", "VVFIN"):
            tags[i] = (lemma, "APPR")
    return tags


def _lone_participle_finite(words: Sequence[str], tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"In Hebron erschossen israelische Soldaten eine Frau": a plural past tense
    that looks like a participle ("erschossen", "verloren", "beschlossen") is the
    finite verb when it is the only verb of its clause and does not end it."""
    start = 0
    for end in range(len(tags) + 1):
        if end < len(tags) and tags[end][1] not in _CLAUSE_END and tags[end][1] != "KON":
            continue
        verbs = [j for j in range(start, end) if tags[j][1] in _VERB]
        if len(verbs) == 1 and tags[verbs[0]][1] == "VVPP":
            i = verbs[0]
            if start < i < end - 1 and words[i].endswith("en") and tags[i - 1][1] in ("NN", "NE") \
                    and tags[start][1] not in ("KOUS", "PRELS", "PWAV", "PWS", "KON"):
                tags[i] = (tags[i][0], "VVFIN")
        start = end + 1
    return tags


_VERB = _CLAUSE_VERBS + ("VAPP", "VMPP")


def _dependent_final_finite(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"dass sie dort aussterben", "die keine Zählungen durchführen": the tagger reads
    a plural present tense at the end of a dependent clause as an infinitive. A
    clause opened by a subordinating word or relative pronoun whose only verb is
    one infinitive before the clause end has it as its finite verb. The main clause
    after a subject with such a relative clause is verb-second too ("Länder, die
    …, riskieren, dass …")."""
    n = len(tags)
    for i, (_lemma, t) in enumerate(tags):
        if t not in ("KOUS", "PRELS") or (i > 0 and tags[i - 1][1] not in ("$,", "$(")):
            continue
        k = i + 1
        while k < n and tags[k][1] not in ("$,", "$.", "$:", "KOUS"):
            k += 1
        verbs = [j for j in range(i + 1, k) if tags[j][1] in _VERB]
        if verbs != [k - 1] or tags[k - 1][1] != "VVINF" or tags[k - 2][1] == "PTKZU":
            continue
        tags[k - 1] = (tags[k - 1][0], "VVFIN")
        if t == "PRELS" and k + 2 < n and tags[k][1] == "$," and tags[k + 1][1] == "VVINF" \
                and tags[k + 2][1] in ("$,", "$.") and all(tags[j][1] not in _VERB for j in range(0, i)):
            tags[k + 1] = (tags[k + 1][0], "VVFIN")  # "Länder, die …, riskieren, dass …"
    return tags


def konj1(word: str, lemma: str, tag_: str) -> bool:
    """True for a finite verb form that is (3rd person singular) Konjunktiv I:
    the infinitive stem plus "-e" ("habe", "halte", "werde", "könne") or a form
    of "sein" ("sei", "seien"). The caller excludes first-person subjects."""
    w = word.lower()
    if w in ("sei", "seien", "seiest", "seiet"):
        return True
    if not tag_.endswith("FIN") or not w.endswith("e") or len(w) < 3:
        return False
    lemma = lemma.lower()
    if lemma.endswith(("eln", "ern")):
        stem = lemma[:-1]
    elif lemma.endswith("en"):
        stem = lemma[:-2]
    elif lemma.endswith("n"):
        stem = lemma[:-1]
    else:
        return False
    return w == stem + "e" or (w.endswith(stem + "e") and len(stem) > 2)


# --- fallback tagger (no HanTa) --------------------------------------------

_CLOSED = {
    "ART": "der die das den dem des ein eine einer einem einen eines",
    "APPR": "in an auf aus bei mit nach von zu für über unter vor gegen ohne um durch seit laut gemäß trotz wegen während zwischen hinter neben gegenüber",
    "APPRART": "im am zum zur vom beim ins ans aufs",
    "KON": "und oder aber sondern denn sowie",
    "KOUS": "dass daß ob weil wenn als nachdem obwohl damit während bevor",
    "PPER": "er sie es wir ich ihr du man",
    "ADV": "auch noch nur bereits schon nun jetzt heute gestern morgen dort hier so zudem außerdem weiter",
    "PRELS": "der die das welche welcher welches",
    "VAFIN": "ist sind war waren hat haben hatte hatten wird werden wurde wurden sei seien habe werde",
    "VMFIN": "kann können konnte soll sollen sollte will wollen wollte muss müssen musste darf dürfen könne müsse solle wolle",
    "PTKVZ": "mit an aus vor hin zu fest ab bekannt hinzu",
}
_CLOSED_MAP: dict[str, str] = {}
for _t, _ws in _CLOSED.items():
    for _w in _ws.split():
        _CLOSED_MAP.setdefault(_w, _t)


def _fallback(w: str) -> tuple[str, str]:
    lw = w.lower()
    if _PUNCT.match(w):
        return (w, "$." if w in ".!?" else "$," if w == "," else "$(")
    if lw in _CLOSED_MAP:
        return (lw, _CLOSED_MAP[lw])
    from .lexicon import SPEECH_VERBS
    for suf in ("te", "ten", "t", "e", "en"):
        stem = lw[: -len(suf)]
        if stem and stem + "en" in SPEECH_VERBS:
            return (stem + "en", "VVFIN")
    if w[:1].isupper():
        return (w.lower(), "NN")
    if w[:1].isdigit():
        return (w, "CARD")
    return (lw, "ADV")
