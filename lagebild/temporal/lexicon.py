"""German words for time: months, weekdays, numbers, units, seasons, parts of day.

Everything here is data. The regular expressions that use it live in
:mod:`lagebild.temporal.extract`; the arithmetic in :mod:`lagebild.temporal.calendar`.
All words were collected for this project from ordinary German usage.
"""
from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan": 1,
    "februar": 2, "feber": 2, "feb": 2, "febr": 2,
    "märz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
# Abbreviations are only accepted with a trailing dot and a day or year nearby.
MONTH_ABBREVIATIONS = {"jan", "feb", "febr", "mär", "mrz", "apr", "jun", "jul", "aug", "sep", "sept",
                       "okt", "nov", "dez"}

WEEKDAYS: dict[str, int] = {  # ISO: Monday = 1
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5,
    "samstag": 6, "sonnabend": 6, "sonntag": 7,
}

# Parts of day, as TIMEX3 suffixes.
PARTS_OF_DAY: dict[str, str] = {
    "morgen": "MO", "morgens": "MO", "früh": "MO", "morgenstunden": "MO", "frühe": "MO",
    "vormittag": "MO", "vormittags": "MO",
    "mittag": "MI", "mittags": "MI", "mittagszeit": "MI", "mittagsstunden": "MI",
    "nachmittag": "AF", "nachmittags": "AF", "nachmittagsstunden": "AF",
    "abend": "EV", "abends": "EV", "abendstunden": "EV", "vorabend": "EV",
    "nacht": "NI", "nachts": "NI", "nachtstunden": "NI", "mitternacht": "NI",
}
# Compounds written with a weekday or "heute"/"gestern": "Mittwochabend".
POD_SUFFIXES: dict[str, str] = {
    "morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
    "abend": "EV", "nacht": "NI",
}

SEASONS: dict[str, str] = {
    "frühjahr": "SP", "frühling": "SP", "frühjahrs": "SP", "frühjahres": "SP", "frühlings": "SP",
    "sommer": "SU", "sommers": "SU", "frühsommer": "SU", "frühsommers": "SU", "spätsommer": "SU",
    "spätsommers": "SU", "hochsommer": "SU",
    "herbst": "FA", "herbstes": "FA", "herbsts": "FA", "spätherbst": "FA", "frühherbst": "FA",
    "winter": "WI", "winters": "WI", "spätwinter": "WI", "frühwinter": "WI",
}

CARDINALS: dict[str, float] = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000,
    "beide": 2, "beiden": 2, "paar": 2,
    "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
    "halb": 0.5, "halbe": 0.5, "halben": 0.5, "halbes": 0.5, "halber": 0.5,
    "dutzend": 12,
}
# Unspecified quantities: the value gets an X ("PXD").
VAGUE_QUANTITIES = {
    "einige", "einigen", "einiger", "mehrere", "mehreren", "wenige", "wenigen", "weniger",
    "viele", "vielen", "etliche", "etlichen", "zahlreiche", "zahlreichen",
}

ORDINALS: dict[str, int] = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
    "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
}

# Units: word form -> TIMEX unit letter (as in P3D, PT5H).
UNITS: dict[str, str] = {
    "sekunde": "S", "sekunden": "S",
    "minute": "MIN", "minuten": "MIN",
    "stunde": "H", "stunden": "H",
    "tag": "D", "tage": "D", "tagen": "D", "tages": "D", "tags": "D",
    "nacht": "NI", "nächte": "NI", "nächten": "NI",
    "woche": "W", "wochen": "W",
    "wochenende": "WE", "wochenenden": "WE",
    "monat": "M", "monate": "M", "monaten": "M", "monats": "M",
    "quartal": "Q", "quartale": "Q", "quartalen": "Q",
    "jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y",
    "jahrzehnt": "DE", "jahrzehnte": "DE", "jahrzehnten": "DE",
    "jahrhundert": "CE", "jahrhunderte": "CE", "jahrhunderten": "CE",
}
TIME_UNITS = {"S", "MIN", "H"}

# Word stems of "the one before / after / this one".
PAST_MODIFIERS = {
    "vergangen", "letzt", "vorig", "vorangegangen", "zurückliegend", "abgelaufen", "zuletzt",
}
FUTURE_MODIFIERS = {"kommend", "nächst", "folgend", "bevorstehend", "anstehend", "darauffolgend",
                    "nachfolgend", "anschließend"}
THIS_MODIFIERS = {"dies", "laufend", "heutig", "aktuell", "gleich", "selb", "derselb", "desselb",
                  "dasselb", "demselb", "jetzig", "gegenwärtig"}

# Holidays with a fixed date (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "neujahr": (1, 1), "neujahrstag": (1, 1),
    "heiligabend": (12, 24), "heiligen abend": (12, 24),
    "weihnachten": (12, 25), "weihnachtstag": (12, 25), "ersten weihnachtstag": (12, 25),
    "ersten weihnachtsfeiertag": (12, 25), "zweiten weihnachtstag": (12, 26),
    "zweiten weihnachtsfeiertag": (12, 26),
    "silvester": (12, 31), "silvesterabend": (12, 31), "silvesternacht": (12, 31),
    "tag der deutschen einheit": (10, 3), "valentinstag": (2, 14),
    "allerheiligen": (11, 1), "nikolaus": (12, 6), "nikolaustag": (12, 6),
    "reformationstag": (10, 31), "halloween": (10, 31), "dreikönigstag": (1, 6),
    "tag der arbeit": (5, 1),
}
# Holidays relative to Easter Sunday (days).
EASTER_HOLIDAYS: dict[str, int] = {
    "rosenmontag": -48, "fastnachtsdienstag": -47, "aschermittwoch": -46, "palmsonntag": -7,
    "gründonnerstag": -3, "karfreitag": -2, "karsamstag": -1, "ostern": 0, "ostersonntag": 0,
    "ostermontag": 1, "christi himmelfahrt": 39, "himmelfahrt": 39, "pfingsten": 49,
    "pfingstsonntag": 49, "pfingstmontag": 50, "fronleichnam": 60,
}

# Words before a bare month name that make it a date and not a name ("Mai" vs "Karl Mai").
MONTH_CONTEXT = {
    "im", "in", "seit", "bis", "ab", "vom", "von", "zum", "zu", "anfang", "mitte", "ende", "beginn",
    "den", "dem", "des", "der", "diesen", "diesem", "dieses", "kommenden", "vergangenen", "letzten",
    "nächsten", "vorigen", "jeden", "jedem", "monat", "monats", "noch", "schon", "bereits", "erst",
    "spätestens", "frühestens", "gegen", "um", "über", "zwischen", "nach", "vor", "während",
    "und", "oder", "sowie", "bzw.", "bis", "für", "anfangs", "mitten", "inzwischen", "seither",
    "heuer", "dieses", "kommender", "vergangener",
}
# Preceding words that turn a following 4-digit number into a count, not a year.
NOT_YEAR_BEFORE = {
    "rund", "über", "fast", "knapp", "mehr", "weniger",
    "mindestens", "höchstens", "maximal", "insgesamt", "nr.", "nummer", "§", "paragraf",
    "paragraph", "artikel", "art.", "seite", "s.", "tel.", "plz", "bis zu", "zirka", "je",
    "gut", "nahezu", "beinahe", "lediglich", "nur", "weitere", "weiteren", "alle", "sämtliche",
    "jene", "ohne", "tausend", "hundert", "km", "kilometer", "meter", "euro", "dollar", "minus",
    "plus", "exakt", "genau", "windows", "office", "agenda", "vision", "version", "modell", "typ",
    "mission", "stufe", "level", "nummer",
}
# Words after a 4-digit number that make it a measurement, not a year.
NOT_YEAR_AFTER = {
    "euro", "dollar", "franken", "pfund", "mark", "prozent", "%", "km", "m", "cm", "mm", "kg",
    "g", "t", "l", "mal", "stück", "meter", "kilometer", "tonnen", "menschen", "personen",
    "einwohner", "soldaten", "mitarbeiter", "mitglieder", "stimmen", "punkte", "punkten",
    "grad", "°", "°c", "kw", "ps", "mw", "mio", "mio.", "mrd", "mrd.", "millionen", "milliarden",
    "tausend", "stunden", "minuten", "sekunden", "tage", "tagen", "wochen", "monate", "monaten",
    "jahre", "jahren", "x", "×", "+", "-", "€", "$", "£", "fuß", "einheiten", "fahrzeuge",
}
# Proper names that contain a weekday or month word but are no time ("Bild am Sonntag").
NAME_TRAPS = re.compile(
    r"\b(?:Welt|Bild|Tagesspiegel|Berliner Morgenpost|Frankfurter Allgemeine) am Sonntag\b"
    r"|\bRobinson(?:s)? Freitag\b|\bSchwarze[rn]? Freitag\b(?=-)"
    r"|\bKarl(?:-Maria)? Mai\b|\bMai-[A-ZÄÖÜ]\w+"
)


def stem_modifier(word: str) -> str:
    """``"vergangenen"`` -> ``"vergangen"``; strips adjective endings."""
    w = word.lower()
    for suffix in ("en", "em", "er", "es", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def number_value(word: str) -> float | None:
    """A cardinal as a number: ``"drei"`` -> 3, ``"12"`` -> 12, ``"einigen"`` -> None."""
    w = word.lower().replace(",", ".")
    if w in CARDINALS:
        return CARDINALS[w]
    try:
        return float(w) if "." in w else int(w)
    except ValueError:
        pass
    # simple compounds: "einundzwanzig", "zweiundvierzig"
    if "und" in w:
        a, _, b = w.partition("und")
        if a in CARDINALS and b in CARDINALS and CARDINALS[b] >= 20:
            return CARDINALS[a] + CARDINALS[b]
    return None


def alternation(words, *, escape: bool = True) -> str:
    """A regex alternation, longest first, so ``"Juni"`` never matches inside ``"Junior"`` first."""
    ws = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w) if escape else w for w in ws)
