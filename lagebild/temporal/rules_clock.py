"""Rules for parts of the day, clock times and sets ("jeden Montag", "täglich")."""
from __future__ import annotations

import re

from . import lexicon as lx
from .patterns import L, NUMBER, R, SEASON, WEEKDAY
from .rulebase import duration, number_of, prev_word, RuleSet
from .spec import Spec

RULES = RuleSet()


# ----------------------------------------------------------------- parts of day, times

@RULES.rule("pod", r"(?<![\w])(?:(?P<fs>frühen|späten|späteren|selben|gleichen)\s+)?(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|"
            r"Nacht|Morgenstunden|Abendstunden|Nachmittagsstunden|Nachtstunden|Mittagszeit|Mittagsstunden|Mitternacht)(?![\w])")
def _pod(m, text):
    prev = prev_word(text, m.start())
    pod = m["pod"]
    if prev not in ("am", "den", "dem", "der", "in", "gegen", "zum", "vom", "bis", "um", "über", "die", "an"):
        if not m["fs"]:
            return None
    if m["pod"] == "Morgen" and prev in ("den",) and not m["fs"]:
        return None  # "den Morgen": usually an object ("bis in den Morgen")
    nxt = text[m.end():m.end() + 25]
    if re.match(r"\s+(?:zum|zu|auf|des|vom|von|nach|danach|darauf)\b", nxt):
        # handled by the attachments ("Nacht zum Mittwoch", "Morgen des 3. Mai")
        if not re.match(r"\s+(?:danach|darauf)", nxt):
            pass
    s = Spec(rel="ref", unit="D", offset=0, pod=lx.PARTS_OF_DAY[pod.lower()])
    if m["fs"] and m["fs"] in ("selben", "gleichen"):
        s.notes["same"] = True
    if pod == "Mitternacht":
        s.kind, s.hour, s.minute, s.pod = "time", 24, 0, None
    s.notes["bare_pod"] = True
    return s


@RULES.rule("night_to", rf"{L}(?P<n>Nacht)\s+(?:zum|zu|auf|auf\s+den)\s+(?P<wd>{WEEKDAY}){R}")
def _night_to(m, text):
    """"in der Nacht zum Mittwoch": a night is dated by the evening it begins (Tuesday)."""
    return Spec(weekday=lx.WEEKDAYS[m["wd"].lower()], pod="NI", notes={"night_to": True})


@RULES.rule("pod_adverb", r"(?<![\w])(?P<w>nachts|abends|morgens|vormittags|nachmittags|mittags|frühmorgens|spätabends)(?![\w])")
def _pod_adverb(m, text):
    w = m["w"]
    pod = {"frühmorgens": "MO", "spätabends": "EV"}.get(w) or lx.PARTS_OF_DAY[w]
    prev = prev_word(text, m.start())
    if prev in ("jeden", "immer", "meist", "meistens", "oft", "häufig", "täglich", "stets"):
        return Spec(kind="set", set_value=f"XXXX-XX-XXT{pod}")
    return Spec(rel="ref", unit="D", offset=0, pod=pod, notes={"bare_pod": True, "adverb": True})


@RULES.rule("time", rf"(?<![\w.:,])(?:(?P<approx>knapp|kurz\s+vor|kurz\s+nach|etwa|gegen)\s+)?(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?\s*Uhr"
            r"(?:\s+(?P<m2>[0-5]?\d)(?![\d:.,]))?(?:\s+(?P<tz>Ortszeit|MEZ|MESZ|UTC|GMT|mitteleuropäischer\s+(?:Sommer)?[Zz]eit|"
            r"deutscher\s+Zeit|morgens|abends|früh|nachts|nachmittags|vormittags))?(?![\w])")
def _time(m, text):
    h = int(m["h"])
    mi = int(m["m"] or m["m2"] or 0)
    s = Spec(kind="time", hour=h, minute=mi, time_of=True)
    tz = (m["tz"] or "").lower()
    if tz in ("abends", "nachmittags", "nachts") and h < 12:
        s.hour = h + 12 if not (tz == "nachts" and h < 6) else h
    if m["approx"] and m["approx"].lower() != "gegen":
        s.mod = "APPROX"
    if tz in ("utc", "gmt"):
        s.notes["tz"] = "Z"
    elif tz in ("mez",) or tz.startswith("mitteleuropäischer zeit"):
        s.notes["tz"] = "+01"
    elif tz in ("mesz",) or "sommerzeit" in tz:
        s.notes["tz"] = "+02"
    return s


def _time_span(m: re.Match) -> tuple[int, int]:
    if m["approx"] and m["approx"].lower() == "gegen":
        return m.start("h"), m.end()
    return m.start(), m.end()


@RULES.rule("clock", r"\b(?:um|gegen|ab|bis|seit)\s+(?P<sp>(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d))(?![\d.:,]|\s*Uhr)")
def _clock(m, text):
    return Spec(kind="time", hour=int(m["h"]), minute=int(m["m"]), time_of=True)


# ----------------------------------------------------------------- sets

_SET_UNIT = {"tag": "P1D", "woche": "P1W", "monat": "P1M", "jahr": "P1Y", "stunde": "PT1H", "minute": "PT1M",
             "wochenende": "XXXX-WXX-WE", "morgen": "XXXX-XX-XXTMO", "abend": "XXXX-XX-XXTEV",
             "nacht": "XXXX-XX-XXTNI", "nachmittag": "XXXX-XX-XXTAF", "vormittag": "XXXX-XX-XXTMO"}


@RULES.rule("set_every", rf"{L}(?P<q>[Jj]ede[nmrs]?|[Aa]lle)\s+(?:(?P<n>{NUMBER})\s+)?(?P<x>{WEEKDAY}|Tage?|Wochen?|Monate?|Jahre?|"
            rf"Wochenende|Morgen|Abend|Nacht|Nachmittag|Vormittag|Stunden?|Minuten?|{SEASON}|"
            r"Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\w])")
def _set_every(m, text):
    x = m["x"].lower()
    q = m["q"].lower()
    if q == "alle" and not m["n"] and x not in ("tage", "wochen", "monate", "jahre", "stunden", "minuten"):
        return None
    if x in lx.WEEKDAYS:
        return Spec(kind="set", set_value=f"XXXX-WXX-{lx.WEEKDAYS[x]}")
    if x in lx.SEASONS:
        return Spec(kind="set", set_value=f"XXXX-{lx.SEASONS[x]}")
    if x in lx.MONTHS:
        return Spec(kind="set", set_value=f"XXXX-{lx.MONTHS[x]:02d}")
    base = x.rstrip("e").rstrip("n") if x not in ("tage",) else "tag"
    if x in ("stunden", "minuten"):
        base = x[:-1]
    if x == "monate":
        base = "monat"
    if x == "jahre":
        base = "jahr"
    if x == "wochen":
        base = "woche"
    if base == "woch":
        base = "woche"
    if base == "stund":
        base = "stunde"
    if base == "minut":
        base = "minute"
    if m["n"]:
        n = number_of(m["n"])
        if n is None:
            return None
        unit = lx.UNITS.get(base) or lx.UNITS.get(x)
        if unit is None:
            return None
        return Spec(kind="set", set_value=duration(n, unit))
    v = _SET_UNIT.get(base)
    if v is None:
        return None
    return Spec(kind="set", set_value=v)


@RULES.rule("set_adverb", r"(?<![\w])(?P<w>täglich|wöchentlich|monatlich|jährlich|alljährlich|stündlich|allwöchentlich|"
            r"allmonatlich|werktags|wochentags|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonnabends|"
            r"sonntags|wochenends|allabendlich|allmorgendlich|tagtäglich|halbjährlich|vierteljährlich|jährlich)(?![\w])")
def _set_adverb(m, text):
    w = m["w"]
    v = {"täglich": "P1D", "tagtäglich": "P1D", "wöchentlich": "P1W", "allwöchentlich": "P1W",
         "monatlich": "P1M", "allmonatlich": "P1M", "jährlich": "P1Y", "alljährlich": "P1Y",
         "stündlich": "PT1H", "werktags": "XXXX-WXX-WD", "wochentags": "XXXX-WXX-WD",
         "wochenends": "XXXX-WXX-WE", "allabendlich": "XXXX-XX-XXTEV", "allmorgendlich": "XXXX-XX-XXTMO",
         "halbjährlich": "P6M", "vierteljährlich": "P3M"}.get(w)
    if v is None:
        v = f"XXXX-WXX-{lx.WEEKDAYS[w[:-1]]}"
    return Spec(kind="set", set_value=v)


@RULES.rule("set_per", rf"(?<![\w])(?:(?P<f>{NUMBER}|mehr|viel|ein|zwei|drei)mal\s+|(?P<f2>{NUMBER})\s+Mal\s+)?(?P<p>pro|je|im|in\s+der|am|die)\s+"
            r"(?P<x>Tag|Woche|Monat|Jahr|Stunde|Minute|Nacht)(?![\w])")
def _set_per(m, text):
    p = m["p"]
    if p in ("im", "in der", "am", "die") and not (m["f"] or m["f2"]):
        return None
    x = m["x"].lower()
    return Spec(kind="set", set_value=_SET_UNIT.get(x, "P1D"))


def _set_per_span(m: re.Match) -> tuple[int, int]:
    return m.start(), m.end()



RULES.set_span("time", _time_span)
