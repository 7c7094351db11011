"""Which way a sentence points: towards the past or the future.

A bare "im Oktober" or "am Mittwoch" is resolved with the direction found
here. The cues are German function words and verb forms: future auxiliaries
and planning verbs ("wird", "soll", "plant"), past auxiliaries with a
participle ("hat ... beschlossen"), preterite forms ("sagte", "kam"), and
prepositions right before the expression ("seit" points back, "ab" and "bis"
point ahead). Cues close to the expression weigh more than distant ones.
"""
from __future__ import annotations

import re
from typing import Optional

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_CLAUSE = re.compile(r"[,;:–—()„“\"»«]|(?<![0-9])[.!?](?=\s)")
OTHER_CLAUSE = 0.35

FUTURE = {
    "wird": 1.0, "werden": 1.0, "werde": 1.0, "wirst": 1.0, "werdet": 1.0,
    "soll": 0.8, "sollen": 0.8, "solle": 0.8, "sollte": 0.3, "sollten": 0.3,
    "will": 0.8, "wollen": 0.8, "wolle": 0.8, "wollten": 0.2,
    "plant": 1.0, "planen": 1.0, "plane": 1.0, "planten": 0.3, "plante": 0.3,
    "geplant": 0.8, "beabsichtigt": 1.0, "beabsichtigen": 1.0, "vorgesehen": 0.8,
    "angesetzt": 0.8, "anstehenden": 1.0, "bevorstehenden": 1.0, "bevorsteht": 1.0,
    "voraussichtlich": 1.0, "demnächst": 1.0, "künftig": 0.8, "bald": 0.6,
    "kommenden": 0.8, "kommende": 0.8, "nächsten": 0.6, "nächste": 0.6,
    "erwartet": 0.4, "erwarten": 0.4, "möchte": 0.5, "möchten": 0.5,
    "vorhaben": 0.8, "vorhat": 0.8, "angekündigt": 0.3, "kündigte": 0.3, "kündigt": 0.6,
    "ankündigte": 0.3, "spätestens": 0.8, "frühestens": 1.0, "erst": 0.2,
    "dürfte": 0.5, "dürften": 0.5, "würde": 0.3, "würden": 0.3, "wollte": 0.2,
}
# Present-tense scheduling verbs: German uses the present for planned events.
PRESENT_SCHEDULE = {
    "beginnt", "beginnen", "startet", "starten", "endet", "enden", "tagt", "tagen", "trifft",
    "treffen", "stimmt", "stimmen", "entscheidet", "entscheiden", "findet", "finden", "läuft",
    "laufen", "reist", "reisen", "besucht", "besuchen", "berät", "beraten", "wählt", "wählen",
    "öffnet", "öffnen", "schließt", "kommt", "kommen", "tritt", "treten", "spielt", "spielen",
    "empfängt", "eröffnet", "fliegt", "fährt", "steht", "stehen", "gilt", "gelten", "folgt",
    "erscheint", "startet", "präsentiert", "veröffentlicht", "legt", "legen", "geht", "gehen",
}
PAST = {
    "war": 1.0, "waren": 1.0, "wurde": 1.0, "wurden": 1.0, "hatte": 1.0, "hatten": 1.0,
    "worden": 1.0, "gewesen": 1.0, "zuletzt": 0.8, "bereits": 0.3, "schon": 0.2,
    "damals": 0.8, "jüngst": 0.8, "kürzlich": 0.8, "vergangenen": 0.8, "vergangene": 0.8,
    "letzten": 0.3, "zuvor": 0.4, "seither": 0.6, "inzwischen": 0.3, "mittlerweile": 0.3,
    # frequent strong and irregular preterites
    "kam": 1.0, "kamen": 1.0, "ging": 1.0, "gingen": 1.0, "gab": 1.0, "gaben": 1.0,
    "fand": 1.0, "fanden": 1.0, "stand": 1.0, "standen": 1.0, "lag": 1.0, "lagen": 1.0,
    "nahm": 1.0, "nahmen": 1.0, "traf": 1.0, "trafen": 1.0, "sprach": 1.0, "sprachen": 1.0,
    "rief": 1.0, "riefen": 1.0, "hielt": 1.0, "hielten": 1.0, "blieb": 1.0, "blieben": 1.0,
    "zog": 1.0, "zogen": 1.0, "schlug": 1.0, "schlugen": 1.0, "brach": 1.0, "brachen": 1.0,
    "starb": 1.0, "starben": 1.0, "verlor": 1.0, "verloren": 0.6, "gewann": 1.0, "gewannen": 1.0,
    "begann": 1.0, "begannen": 1.0, "bot": 1.0, "boten": 1.0, "warf": 1.0, "schrieb": 1.0,
    "schrieben": 1.0, "wies": 1.0, "wiesen": 1.0, "stieß": 1.0, "erschien": 1.0, "entschied": 1.0,
    "entschieden": 0.6, "verließ": 1.0, "verließen": 1.0, "beschloss": 1.0, "beschlossen": 0.6,
    "floh": 1.0, "flohen": 1.0, "flog": 1.0, "flogen": 1.0, "fuhr": 1.0, "fuhren": 1.0,
    "lief": 1.0, "liefen": 1.0, "schoss": 1.0, "schossen": 1.0, "trat": 1.0, "traten": 1.0,
    "sah": 1.0, "sahen": 1.0, "las": 0.8, "fiel": 1.0, "fielen": 1.0, "stieg": 1.0,
    "stiegen": 1.0, "sank": 1.0, "sanken": 1.0, "wuchs": 1.0, "erhielt": 1.0, "erhielten": 1.0,
    "empfing": 1.0, "bekam": 1.0, "bekamen": 1.0, "verbot": 0.6, "gelang": 1.0, "geschah": 1.0,
    "betrat": 1.0, "trug": 1.0, "trugen": 1.0, "stürzte": 1.0, "ließ": 1.0, "ließen": 1.0,
    "tat": 1.0, "taten": 1.0, "kannte": 1.0, "dachte": 1.0, "brachte": 1.0, "brachten": 1.0,
    "wusste": 1.0, "nannte": 1.0, "nannten": 1.0, "sandte": 1.0, "galt": 1.0, "galten": 1.0,
    "saß": 1.0, "saßen": 1.0, "schien": 1.0, "schwieg": 1.0, "verschwand": 1.0, "bat": 1.0,
    "baten": 1.0, "befahl": 1.0, "griff": 1.0, "griffen": 1.0, "litt": 1.0, "entstand": 1.0,
    "sagte": 1.0, "sagten": 1.0, "erklärte": 1.0, "erklärten": 1.0, "teilte": 1.0, "teilten": 1.0,
    "betonte": 1.0, "berichtete": 1.0, "berichteten": 1.0, "meldete": 1.0, "meldeten": 1.0,
    "forderte": 1.0, "forderten": 1.0, "warnte": 1.0, "warnten": 1.0, "räumte": 1.0, "zeigte": 1.0,
    "stellte": 1.0, "stellten": 1.0, "legte": 1.0, "legten": 1.0, "machte": 1.0, "machten": 1.0,
    "konnte": 0.8, "konnten": 0.8, "musste": 0.8, "mussten": 0.8, "durfte": 0.8, "durften": 0.8,
}
AUX_PERFECT = {"hat", "haben", "habe", "hätten", "hätte", "hast", "habt"}
# "ist geschlossen" is a state as often as a past ("ist gefahren")
AUX_SEIN = {"ist", "sind", "sei", "seien", "bin", "bist", "seid"}
_PARTICIPLE = re.compile(
    r"^(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|ver|er|ent|zer|über|unter|miss|hinter|emp)"
    r"[a-zäöüß]{2,}t|[a-zäöüß]{3,}iert)$"
)
_NOT_PRETERITE = {
    "heute", "gute", "guten", "rechte", "rechten", "weite", "weiten", "breite", "breiten",
    "späte", "späten", "harte", "harten", "konkrete", "konkreten", "private", "privaten",
    "gesamte", "gesamten", "absolute", "absoluten", "zweite", "zweiten", "dritte", "dritten",
    "vierte", "vierten", "fünfte", "fünften", "sechste", "sechsten", "siebte", "siebten",
    "achte", "achten", "neunte", "neunten", "zehnte", "zehnten", "elfte", "elften", "zwölfte",
    "zwölften", "mitte", "bitte", "seite", "seiten", "daten", "staaten", "leute", "rote",
    "roten", "tote", "toten", "beste", "besten", "meisten", "mitarbeiten", "arbeiten", "bieten",
    "bitten", "treten", "vertreten", "halten", "erhalten", "raten", "beraten", "gelten", "achten",
    "beachten", "warten", "starten", "leisten", "kosten", "fürchten", "antworten", "melden",
    "retten", "hatten", "hätten", "sollten", "wollten", "könnten", "müssten", "dürften",
    "möchten", "mitten", "unten", "hinten", "weiten", "gestalten", "verhalten", "enthalten",
    "unterhalten", "eintreten", "auftreten", "zutreten", "abtreten", "schalten", "walten",
    "richten", "berichten", "errichten", "verrichten", "dichten", "fechten", "flechten",
    "schlachten", "pachten", "trachten", "betrachten", "übernachten", "löten", "töten",
    "nöten", "fluten", "bluten", "ernten", "lichten", "lasten", "tasten", "rasten", "fasten",
    "testen", "posten", "kosten", "rosten", "husten", "rüsten", "gästen", "westen", "osten",
    "vorgesehene", "sogenannte", "sogenannten", "genannte", "genannten", "geplante",
    "geplanten", "bekannte", "bekannten", "angekündigte", "angekündigten", "erwartete",
    "erwarteten", "mutmaßliche", "letzte", "letzten", "erste", "ersten", "nächste", "nächsten",
    "kommende", "vergangene", "größte", "größten", "neueste", "neuesten", "weitere",
    "weiteren", "beiden",
}
_DETERMINERS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "dieser", "diese", "diesen", "diesem", "dieses", "seine", "seinen", "seinem", "seiner",
    "ihre", "ihren", "ihrem", "ihrer", "unsere", "unseren", "keine", "keinen", "alle", "allen",
    "jede", "jeden", "jedem", "jeder", "am", "im", "vom", "zum", "beim", "zur", "welche",
}
# Prepositions right before the expression: the strongest cue.
PREP_DIRECTION = {"seit": -1, "ab": 1, "bis": 1, "spätestens": 1, "frühestens": 1, "zuletzt": -1,
                  "vergangenen": -1, "letzten": -1, "kommenden": 1, "nächsten": 1, "zum": 0.6, "zur": 0.6}
_ARTICLES = {"dem", "den", "der", "die", "des", "am", "im"}


def _tokens(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _WORD.finditer(text)]


def cue_scores(sentence: str, position: int) -> tuple[float, float]:
    """Past and future weight of the cues in ``sentence`` seen from ``position``.

    ``position`` is the character offset of the expression inside the sentence.
    Weights fall off with the distance in words.
    """
    toks = _tokens(sentence)
    here = sum(1 for s, _ in toks if s < position)
    # the clause of the expression: between the nearest separators around it
    left = max((m.end() for m in _CLAUSE.finditer(sentence, 0, position)), default=0)
    right = next((m.start() for m in _CLAUSE.finditer(sentence, position)), len(sentence))
    past = future = 0.0
    aux_at: list[int] = []
    sein_at: list[int] = []
    part_at: list[int] = []
    for i, (_, w) in enumerate(toks):
        lw = w.lower()
        dist = abs(i - here)
        weight = 1.0 / (1.0 + dist / 6.0)
        if not left <= toks[i][0] < right:
            weight *= OTHER_CLAUSE
        if w[0].isupper() and lw not in FUTURE and lw not in PAST and i > 0:
            continue  # nouns are not verbs (sentence-initial words still count)
        if lw in FUTURE:
            future += FUTURE[lw] * weight
        elif lw in PAST:
            past += PAST[lw] * weight
        elif lw in PRESENT_SCHEDULE:
            future += 0.35 * weight
        elif lw in AUX_PERFECT:
            aux_at.append(i)
        elif lw in AUX_SEIN:
            sein_at.append(i)
        elif _PARTICIPLE.match(lw):
            part_at.append(i)
        elif (lw.endswith(("te", "ten")) and len(lw) >= 5 and not lw.endswith(("ste", "sten"))
              and lw not in _NOT_PRETERITE
              and not (i > 0 and toks[i - 1][1].lower() in _DETERMINERS)):
            past += 0.6 * weight
    # "soll ... eingebrochen sein", "will ... gesehen haben": a reported past, whatever the modal
    for i, (_, w) in enumerate(toks[:-1]):
        if _PARTICIPLE.match(w.lower()) and toks[i + 1][1].lower() in ("sein", "haben", "worden", "gewesen"):
            wt = 1.0 / (1.0 + abs(i - here) / 6.0)
            past += 1.6 * (wt if left <= toks[i][0] < right else wt * OTHER_CLAUSE)
    if (aux_at or sein_at) and part_at:
        p = min(part_at, key=lambda p: abs(p - here))
        w = 1.0 / (1.0 + abs(p - here) / 6.0)
        if not left <= toks[p][0] < right:
            w *= OTHER_CLAUSE
        past += w if aux_at else 0.45 * w
    return past, future


def direction(sentence: str, position: int, preceding: str = "") -> Optional[int]:
    """-1 (past), +1 (future) or None (no evidence) for an expression at ``position``.

    ``preceding`` is the text right before the expression; a preposition there
    ("seit dem", "ab", "bis zum") weighs most.
    """
    prev = [w.lower() for _, w in _tokens(preceding[-24:])]
    while prev and prev[-1] in _ARTICLES and len(prev) > 1 and prev[-2] in PREP_DIRECTION:
        prev.pop()
    past, future = cue_scores(sentence, position)
    if prev:
        w = prev[-1]
        if w == "zum" and len(prev) > 1 and prev[-2] == "bis":
            return 1
        if w in PREP_DIRECTION:
            v = PREP_DIRECTION[w]
            if abs(v) >= 1:
                return 1 if v > 0 else -1
            # a weak preposition ("zum 1. Juli") counts like a strong cue
            if v > 0:
                future += 1.5 * v
            else:
                past += 1.5 * -v
    if abs(past - future) < 0.15:
        return None
    return 1 if future > past else -1
