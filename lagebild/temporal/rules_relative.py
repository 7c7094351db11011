"""Rules for relative expressions: weekdays, heute/gestern, "vergangene Woche", quantities, vague periods."""
from __future__ import annotations

import re

from . import lexicon as lx
from .patterns import (
    BC, BEFORE_MOD, FOLLOW_MOD, FUTURE_MOD, L, NUMBER, PAST_MOD, POD_SUFFIX, R, SAME_MOD, THIS_MOD, UNIT,
    WEEKDAY, YEAR4,
)
from .rulebase import (
    duration, in_name, mod_kind, MOD_WORDS, next_word, number_of, prev_word, rel_offset, RuleSet,
    sentence_start, unit_of, year_of,
)
from .spec import Spec

RULES = RuleSet()


# ----------------------------------------------------------------- weekdays, deictic days

_WD_MOD = (rf"(?:{PAST_MOD}|{FUTURE_MOD}|diese[nmrs]?|heutige[nmrs]?|gestrige[nmrs]?|morgige[nmrs]?|"
           rf"{FOLLOW_MOD}|{SAME_MOD}|{BEFORE_MOD})")


@RULES.rule("weekday", rf"{L}(?:(?P<mod>{_WD_MOD})\s+)?(?P<wd>{WEEKDAY})(?P<pod>{POD_SUFFIX})?(?P<gen>s)?"
            r"(?:\s+(?P<wk>vergangener|letzter|voriger|nächster|kommender|dieser|der\s+vergangenen|der\s+kommenden|"
            r"der\s+nächsten|der\s+letzten|der\s+Vorwoche|der\s+Folgewoche)\s*(?:Woche)?)?"
            r"(?:\s+(?P<pod2>früh|[Aa]bend|Morgen|[Nn]achmittag|[Vv]ormittag|Mittag|[Nn]acht)(?![\w]))?(?![\w])")
def _weekday(m, text):
    if in_name(text, m.start("wd"), m.end("wd")):
        return None
    prev = prev_word(text, m.start())
    if m["gen"] and prev not in ("des", "eines") and not m["mod"]:
        # "Sonntags ist geschlossen": every Sunday
        return Spec(kind="set", set_value=f"XXXX-WXX-{lx.WEEKDAYS[m['wd'].lower()]}")
    s = Spec(weekday=lx.WEEKDAYS[m["wd"].lower()])
    pod = m["pod"] or m["pod2"]
    if pod:
        s.pod = lx.POD_SUFFIXES.get(pod.lower(), "MO")
    if m["wk"]:
        kind = mod_kind(m["wk"].split()[-1] if "Vorwoche" not in m["wk"] and "Folgewoche" not in m["wk"]
                         else ("vorigen" if "Vor" in m["wk"] else "folgenden"))
        if m["wk"].strip() in ("der Vorwoche",):
            kind = "past"
        anchor, off = rel_offset(kind)
        s.rel, s.unit, s.offset = anchor, "W", off
        return s
    if m["mod"]:
        mod = m["mod"].lower()
        if mod.startswith("heutig"):
            s.rel, s.unit, s.offset = "dct", "D", 0
        elif mod.startswith("gestrig"):
            s.rel, s.unit, s.offset = "dct", "D", -1
        elif mod.startswith("morgig"):
            s.rel, s.unit, s.offset = "dct", "D", 1
        else:
            kind = mod_kind(mod)
            if kind == "same":
                s.rel, s.unit, s.offset = "ref", "D", 0
            elif kind == "follow":
                s.direction, s.strict, s.notes["anchor"] = 1, True, "ref"
            elif kind == "before":
                s.direction, s.strict, s.notes["anchor"] = -1, True, "ref"
            else:
                s.direction = {"past": -1, "future": 1}.get(kind, 0)
                s.strict = kind in ("past", "future")
    return s


_DEICTIC = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}


@RULES.rule("deictic", r"(?<![\w-])(?P<w>[Hh]eute|[Gg]estern|[Vv]orgestern|[Mm]orgen|[Üü]bermorgen)"
            r"(?:\s+(?P<pod>früh|[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht))?(?![\w-])")
def _deictic(m, text):
    w = m["w"]
    if w == "Morgen":
        prev = prev_word(text, m.start())
        nxt = next_word(text, m.end())
        if not sentence_start(text, m.start()) or not nxt or nxt[:1].isupper() or prev in ("guten",):
            return None  # "am Morgen", "Guten Morgen": a part of the day, not tomorrow
    off = _DEICTIC[w.lower()]
    s = Spec(rel="dct", unit="D", offset=off)
    if m["pod"]:
        pod = m["pod"].lower()
        s.pod = lx.POD_SUFFIXES.get(pod, "MO")
    if w.lower() == "heute" and not m["pod"]:
        s.notes["heute"] = True
    return s


@RULES.rule("deictic_adj", r"(?<![\w])(?P<w>heutige[nmrs]?|gestrige[nmrs]?|morgige[nmrs]?)\s+(?P<u>Tag|Tages|Abend|Morgen|Nacht)(?![\w])")
def _deictic_adj(m, text):
    w = m["w"].lower()
    off = 0 if w.startswith("heutig") else (-1 if w.startswith("gestrig") else 1)
    s = Spec(rel="dct", unit="D", offset=off)
    if m["u"].startswith("Tag"):
        s.notes["heute"] = off == 0
    else:
        s.pod = lx.PARTS_OF_DAY[m["u"].lower()]
    return s


@RULES.rule("now", r"(?<![\w])(?P<w>[Hh]eutzutage|[Gg]egenwärtig|[Dd]erzeit|[Zz]urzeit|[Jj]etzt|[Mm]omentan|"
            r"[Kk]ürzlich|[Jj]üngst|[Uu]nlängst|[Nn]eulich|"
            r"[Bb]ald|[Dd]emnächst|[Zz]ukünftig|[Ii]n\s+Zukunft|[Ii]n\s+naher\s+Zukunft|[Ii]n\s+Kürze|"
            r"[Ff]olgezeit|[Bb]innen\s+kurzem|"
            r"(?:[Kk]urz|[Ww]enig|[Kk]urze\s+Zeit|[Ee]inige\s+Zeit|[Ww]enige\s+Zeit|[Gg]eraume\s+Zeit|[Ll]ange)\s+"
            r"(?:später|danach|darauf|zuvor|davor|vorher))(?![\w])")
def _now(m, text):
    w = re.sub(r"\s+", " ", m["w"].lower())
    last = w.split()[-1]
    if " " in w and last in ("später", "danach", "darauf"):
        return Spec(kind="ref", ref_word="FUTURE_REF", notes={"word": w})
    if " " in w and last in ("zuvor", "davor", "vorher"):
        return Spec(kind="ref", ref_word="PAST_REF", notes={"word": w})
    ref = {
        "heutzutage": "PRESENT_REF", "gegenwärtig": "PRESENT_REF", "derzeit": "PRESENT_REF",
        "zurzeit": "PRESENT_REF", "jetzt": "PRESENT_REF", "momentan": "PRESENT_REF", "nun": "PRESENT_REF",
        "bisher": "PRESENT_REF", "bislang": "PRESENT_REF",
        "damals": "PAST_REF", "kürzlich": "PAST_REF", "jüngst": "PAST_REF", "unlängst": "PAST_REF",
        "neulich": "PAST_REF", "einst": "PAST_REF", "seinerzeit": "PAST_REF", "zuvor": "PAST_REF",
        "vorher": "PAST_REF",
        "bald": "FUTURE_REF", "demnächst": "FUTURE_REF", "künftig": "FUTURE_REF", "zukünftig": "FUTURE_REF",
        "später": "FUTURE_REF", "folgezeit": "FUTURE_REF", "in der folge": "FUTURE_REF",
        "binnen kurzem": "FUTURE_REF", "zwischenzeitlich": "PAST_REF",
    }.get(w)
    if ref is None:
        ref = "FUTURE_REF"  # in (naher) Zukunft, in Kürze
    s = Spec(kind="ref", ref_word=ref)
    s.notes["word"] = w
    return s


@RULES.rule("plural_span", r"(?<![\w])(?:(?P<pre>[Ss]eit|[Üü]ber|[Vv]or)\s+)?(?P<u>Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage|Jahrzehnten)"
            r"(?:\s+(?P<post>zuvor|später|danach|lang|hinweg|vorher|darauf))?(?![\w])")
def _plural_span(m, text):
    pre, post = (m["pre"] or "").lower(), (m["post"] or "").lower()
    if not pre and not post:
        return None
    if pre == "vor" and post:
        return None
    unit = lx.UNITS[m["u"].lower()]
    if post in ("später", "danach", "darauf"):
        return Spec(kind="ref", ref_word="FUTURE_REF")
    if post in ("zuvor", "vorher") or pre == "vor":
        if post in ("zuvor", "vorher"):
            return Spec(kind="duration", duration=duration(None, unit), notes={"before": True})
        return Spec(kind="ref", ref_word="PAST_REF")
    return Spec(kind="duration", duration=duration(None, unit))


@RULES.rule("folgejahre", r"(?<![\w])(?:(?P<art>den|die|der)\s+)?(?P<w>Folgejahren|Folgejahre|Folgemonaten|Folgemonate|Folgetagen|Folgetage|Folgewochen)(?![\w])")
def _folgejahre(m, text):
    w = m["w"].lower()
    unit = "Y" if "jahr" in w else ("M" if "monat" in w else ("W" if "woche" in w else "D"))
    return Spec(kind="duration", duration=duration(None, unit))


@RULES.rule("these_years", r"(?<![\w])(?P<w>diesen|dieser|jenen|jener|ersten|frühen)\s+(?P<u>Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage)(?![\w])")
def _these_years(m, text):
    prev = prev_word(text, m.start())
    if m["w"] in ("ersten", "frühen") and prev not in ("den", "in", "ihren", "seinen", "der"):
        return None
    if m["w"] in ("ersten", "frühen") and re.match(r"\s+(?:de[sr]|nach|seit)\b", text[m.end():m.end() + 8]) is None \
            and prev == "der":
        return None
    return Spec(kind="duration", duration=duration(None, lx.UNITS[m["u"].lower()]))


# ----------------------------------------------------------------- relative units

_REL_UNIT = (r"(?P<u>Woche|Wochenende[sn]?|Monat[s]?|Monates|Jahr(?:es|s|e)?|Jahrzehnt(?:es|s)?|"
             r"Jahrhundert(?:s)?|Quartal[s]?|Halbjahr(?:es|s)?|Tag(?:es|s|e)?|Abend[s]?|Morgen[s]?|Nacht|"
             r"Nachmittag[s]?|Vormittag[s]?|Mittag[s]?)")


@RULES.rule("new_year", r"(?<![\w])(?P<w>neuen|neue)\s+(?P<u>Jahr(?:es)?)(?![\w])")
def _newyear_of(m, text):
    """The year after: "im neuen Jahr", "des neuen Jahres"."""
    return Spec(rel="dct", unit="Y", offset=1)


@RULES.rule("bare_span", r"(?<![\w])(?P<u>Tage|Wochen|Monate|Jahre|Stunden|Jahrzehnte)(?:\s+lang)?\s+"
            r"(?:dauern|dauert|dauerte|dauerten|gedauert|andauern|anhalten|anhielt|anhielten|brauchen|benötigen)(?![\w])")
def _bare_span(m, text):
    """A bare plural before "dauern": "Die Arbeiten dürften Wochen dauern."."""
    return Spec(kind="duration", duration=duration(None, lx.UNITS[m["u"].lower()]))


def _bare_span_span(m: re.Match) -> tuple[int, int]:
    return m.start("u"), m.end("u")


@RULES.rule("rel_unit", rf"{L}(?:(?P<prep>[Aa]m|[Ii]m|[Aa]n)\s+)?(?P<mod>{PAST_MOD}|{FUTURE_MOD}|{THIS_MOD}|{FOLLOW_MOD}|{SAME_MOD}|{BEFORE_MOD}|"
            rf"jene[nmrs]?)\s+{_REL_UNIT}(?:\s+(?P<y>{YEAR4}))?(?![\w])")
def _relunit_of(m, text):
    mod = m["mod"].lower()
    u = m["u"]
    ul = u.lower()
    kind = "same" if mod.startswith("jene") else mod_kind(mod)
    base = ul if ul in ("morgen", "morgens", "abend", "nacht") else re.sub(r"(es|s)$", "", ul)
    if ul in ("jahre",) and kind != "same":
        return None  # plural: "die letzten Jahre" is vague
    if base in ("tag", "ta") or ul.startswith("tag"):
        if kind in ("past",) and mod.startswith(("letzt",)):
            return None  # "am letzten Tag der Messe"
        unit, pod = "D", None
    elif base in ("abend", "morgen", "nacht", "nachmittag", "vormittag", "mittag", "morgens", "abends"):
        base = base.rstrip("s")
        unit, pod = "D", lx.PARTS_OF_DAY.get(base, "EV")
        if kind in ("past", "future", "this") and mod.startswith(("letzt", "dies", "nächst", "vergangen",
                                                                   "kommend")):
            # "letzte Nacht", "diesen Abend": deictic
            pass
    elif base.startswith("wochenend"):
        unit, pod = "WE", None
    elif base.startswith("woche"):
        unit, pod = "W", None
    elif base.startswith("monat"):
        unit, pod = "M", None
    elif base.startswith("jahrzehnt"):
        unit, pod = "DE", None
    elif base.startswith("jahrhundert"):
        unit, pod = "CE", None
    elif base.startswith("quartal"):
        unit, pod = "Q", None
    elif base.startswith("halbjahr"):
        unit, pod = "H", None
    else:
        unit, pod = "Y", None
    anchor, off = rel_offset(kind)
    if kind == "this" and mod.startswith("aktuell") and unit not in ("W", "M", "Y", "Q"):
        return None
    s = Spec(rel=anchor, unit=unit, offset=off, pod=pod)
    if m["y"] and unit == "Y":
        return Spec(year=int(m["y"]))
    return s


_COMPOUND_UNITS = {
    "vorjahr": ("dct", "Y", -1), "vorjahres": ("dct", "Y", -1), "vorjahrs": ("dct", "Y", -1),
    "vorwoche": ("dct", "W", -1), "vormonat": ("dct", "M", -1), "vormonats": ("dct", "M", -1),
    "vorquartal": ("dct", "Q", -1), "vorquartals": ("dct", "Q", -1),
    "vortag": ("ref", "D", -1), "vortages": ("ref", "D", -1), "vortags": ("ref", "D", -1),
    "vorabend": ("ref", "D", -1),
    "folgejahr": ("ref", "Y", 1), "folgejahres": ("ref", "Y", 1), "folgejahrs": ("ref", "Y", 1),
    "folgetag": ("ref", "D", 1), "folgetages": ("ref", "D", 1), "folgewoche": ("ref", "W", 1),
    "folgemonat": ("ref", "M", 1), "folgemonats": ("ref", "M", 1),
    "heuer": ("dct", "Y", 0),
    "vorjahresmonat": ("ref", "M", -12), "vorjahresmonats": ("ref", "M", -12),
    "vorjahresquartal": ("ref", "Q", -4), "vorjahresquartals": ("ref", "Q", -4),
}


@RULES.rule("compound_unit", r"(?<![\w])(?P<w>Vorjahresmonats?|Vorjahresquartals?|Vorjahr(?:es|s)?|Vorwoche|Vormonats?|Vorquartals?|Vortag(?:es|s)?|"
            r"Vorabend|Folgejahr(?:es|s)?|Folgetag(?:es)?|Folgewoche|Folgemonats?|heuer)(?![\w])")
def _compoundunit_of(m, text):
    anchor, unit, off = _COMPOUND_UNITS[m["w"].lower()]
    s = Spec(rel=anchor, unit=unit, offset=off)
    if m["w"] == "Vorabend":
        s.pod = "EV"
    return s


@RULES.rule("tag_darauf", r"(?<![\w])(?P<t>[Tt]ags|Tag|Jahr|Monat|Woche|Abend|Morgen)\s+(?P<d>darauf|danach|zuvor|davor|vorher)(?![\w])")
def _tag_darauf(m, text):
    unit = {"tags": "D", "tag": "D", "jahr": "Y", "monat": "M", "woche": "W", "abend": "D", "morgen": "D"}[
        m["t"].lower()]
    off = 1 if m["d"] in ("darauf", "danach") else -1
    s = Spec(rel="ref", unit=unit, offset=off)
    if m["t"] in ("Abend", "Morgen"):
        s.pod = "EV" if m["t"] == "Abend" else "MO"
        if m["t"] == "Morgen" and off == 1:
            s.notes["bare_pod"] = True
    return s


# ----------------------------------------------------------------- numbers of units

_APPROX = r"(?i:knapp|fast|rund|etwa|ungefähr|gut|mehr\s+als|weniger\s+als|über|mindestens|höchstens|bis\s+zu|circa|ca\.|nahezu|beinahe|maximal|annähernd)"


@RULES.rule("quantity", rf"(?<![\w.,])(?:(?P<pre>[Vv]or|[Nn]ach|[Ss]eit|[Ii]n|[Bb]innen|[Ii]nnerhalb|[Ff]ür|[Üü]ber|[Ww]ährend|[Hh]eute\s+vor)\s+)?"
            rf"(?:(?P<approx>{_APPROX})\s+)?(?P<art>de[nrm]\s+|die\s+)?(?P<n>(?:[Ee]in(?:e[mnrs]?)?\s+)?halbe[nmrs]?|{NUMBER})(?:\s+(?:bis|oder)\s+(?P<n2>{NUMBER}))?"
            rf"\s+(?P<u>{UNIT})(?:\s+(?P<post>später|danach|darauf|zuvor|davor|vorher|früher|lang|zurück|her|alt)"
            rf"(?![\w]))?(?![\w])")
def _quantity(m, text):
    n_word = m["n"]
    if re.fullmatch(r"(?:ein(?:e[mnrs]?)?\s+)?halbe[nmrs]?", n_word, re.I):
        n_word = "halb"  # "einem halben Jahr"
    unit = unit_of(m["u"])
    if unit is None or unit in ("WE",):
        return None
    u_low = m["u"].lower()
    n = number_of(n_word)
    vague = n_word.lower() in lx.VAGUE_QUANTITIES
    if n is None and not vague:
        return None
    if n is not None and not vague:
        # grammatical agreement: "ein Tag", "zwei Tage"; singular nouns need one
        plural = u_low not in ("tag", "woche", "monat", "jahr", "stunde", "minute", "sekunde", "nacht",
                               "jahrzehnt", "jahrhundert", "quartal", "tages", "monats", "jahres")
        if n != 1 and n >= 2 and not plural and u_low not in ("tages", "monats", "jahres"):
            return None
        if n > 1000:
            return None
    if n_word.isdigit() and u_low.startswith(("tag", "jahr")) and m["art"] is None:
        if re.match(r"\s*(?:Jahrestag|Geburtstag)", text[m.end():m.end() + 12]):
            return None
    pre = (m["pre"] or "").lower()
    pre = "heute vor" if pre.startswith("heute") else pre
    post = (m["post"] or "").lower()
    if m["art"] and pre not in ("", "in", "während", "für"):
        return None
    s = Spec(kind="duration")
    s.unit = unit
    if post == "alt":
        s.duration = duration(n, unit)
        s.notes["age"] = True
        return s
    if pre in ("vor", "heute vor") or post in ("zuvor", "davor", "vorher", "früher", "zurück", "her"):
        if vague:
            s.kind, s.ref_word = "ref", "PAST_REF"
            return s
        s.kind, s.offset = "date", -max(1, int(round(n)))
        s.rel = "ref" if post in ("zuvor", "davor", "vorher", "früher") else "dct"
        s.precision = "D" if pre == "heute vor" else unit
        s.notes["fraction"] = n
        return s
    if post in ("später", "danach", "darauf"):
        if vague:
            s.kind, s.ref_word = "ref", "FUTURE_REF"
            return s
        # "zwei Wochen später": a day when the story has one
        s.kind, s.offset, s.rel = "date", max(1, int(round(n))), "ref"
        s.precision = "D" if unit == "W" else unit
        s.notes["fraction"] = n
        return s
    if pre == "in":
        # "in zwei Wochen": a date ahead in news, a span in narration ("in drei Tagen eroberten sie")
        s.duration = duration(n, unit)
        s.notes["in"] = True
        if vague:
            s.ref_word = "FUTURE_REF"
        s.offset = int(round(n)) if n and n >= 1 else 0
        return s
    s.duration = duration(n, unit)
    if pre == "seit":
        s.notes["since"] = True
    if m["approx"]:
        s.mod = "APPROX"
    return s


def _quantity_span(m: re.Match) -> tuple[int, int]:
    pre = (m["pre"] or "").lower()
    start = m.start()
    if pre in ("seit", "in", "für", "während", "binnen", "innerhalb") or (m["art"] and not pre):
        start = m.start("approx") if m["approx"] else m.start("n")
    end = m.end()
    if m["post"] and m["post"].lower() in ("lang", "her", "alt"):
        end = m.end("u")
    if not m["post"] and not pre:
        # "zwei Tage nach der Wahl": the event anchor belongs to the expression
        e = _EVENT_ANCHOR.match(m.string, end)
        if e:
            end = e.end()
    return start, end


_EVENT_ANCHOR = re.compile(
    r"\s+(?:nach|vor)\s+(?:(?:dem|der|den|des|seinem|seiner|ihrem|ihrer|einem|einer)\s+)?"
    r"(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}[A-ZÄÖÜ][\w-]+"
    r"(?:\s+(?:des|der)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}[A-ZÄÖÜ][\w-]+)?"
)


@RULES.rule("vague_period", rf"{L}(?:[Ii]n\s+)?(?P<art>den|die|der|[Ii]n)\s+(?P<mod>{PAST_MOD}|{FUTURE_MOD}|{FOLLOW_MOD}|"
            rf"{BEFORE_MOD}|ersten|nächsten)\s+(?:(?P<n>{NUMBER})\s+)?(?P<u>Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre|"
            r"Jahrzehnten|Jahrzehnte|Stunden|Minuten|Nächten)(?![\w])")
def _vague_period(m, text):
    unit = unit_of(m["u"])
    kind = mod_kind(m["mod"])
    if m["mod"].lower().startswith("erst"):
        return None
    n = number_of(m["n"]) if m["n"] else None
    if m["n"] and n is None and m["n"].lower() not in lx.VAGUE_QUANTITIES:
        return None
    sign = -1 if kind in ("past", "before") else 1
    anchor = "ref" if kind in ("follow", "before") else "dct"
    s = Spec(kind="duration", unit=unit)
    s.vague = (unit, n, sign, anchor)
    s.duration = duration(n, unit)
    return s


def _vague_span(m: re.Match) -> tuple[int, int]:
    return m.start("mod"), m.end()


@RULES.rule("adjectiveduration", r"(?<![\w])(?P<n>\d+|[a-zäöü]+?)-?(?P<u>tägig|wöchig|monatig|jährig|stündig|minütig|wöchentlich)"
            r"(?:e[nmrs]?)?(?![\w])")
def _adjectiveduration(m, text):
    if m["u"] == "wöchentlich":
        return None
    n = number_of(m["n"]) if not m["n"].isdigit() else int(m["n"])
    if n is None:
        if m["n"].lower() in ("mehr", "viel", "lang", "ganz", "halb"):
            n = {"halb": 0.5, "ganz": 1}.get(m["n"].lower())
            if n is None:
                return Spec(kind="duration", duration=duration(None, _ADJ_UNITS[m["u"]]))
        else:
            return None
    return Spec(kind="duration", duration=duration(n, _ADJ_UNITS[m["u"]]))


_ADJ_UNITS = {"tägig": "D", "wöchig": "W", "monatig": "M", "jährig": "Y", "stündig": "H", "minütig": "MIN"}


@RULES.rule("lang_adverb", r"(?<![\w])(?P<u>jahrelang|monatelang|wochenlang|tagelang|stundenlang|jahrzehntelang|"
            r"jahrhundertelang|minutenlang|nächtelang|jahrelange[nmrs]?|monatelange[nmrs]?|wochenlange[nmrs]?|"
            r"tagelange[nmrs]?|stundenlange[nmrs]?|jahrzehntelange[nmrs]?)(?![\w])")
def _lang_adverb(m, text):
    u = m["u"].lower()
    for k, unit in (("jahrzehnt", "DE"), ("jahrhundert", "CE"), ("jahr", "Y"), ("monat", "M"),
                    ("woche", "W"), ("tage", "D"), ("stunde", "H"), ("minute", "MIN"), ("nächte", "NI")):
        if u.startswith(k):
            return Spec(kind="duration", duration=duration(None, unit))
    return None


@RULES.rule("plural_units", r"(?<![\w])(?P<pre>seit|über|für|nach|vor)?\s*(?P<u>Jahrzehnte[n]?|Jahrhunderte[n]?)(?:\s+(?P<post>lang|später|zuvor|danach))?(?![\w])")
def _plural_units(m, text):
    unit = "DE" if m["u"].startswith("Jahrzehnt") else "CE"
    post = (m["post"] or "").lower()
    if post in ("später", "danach"):
        return Spec(kind="ref", ref_word="FUTURE_REF")
    if post == "zuvor":
        return Spec(kind="ref", ref_word="PAST_REF")
    return Spec(kind="duration", duration=duration(None, unit))


# ----------------------------------------------------------------- periods of a unit ("Ende des Monats")



@RULES.rule("unit_period", rf"{L}(?:(?P<g>[Gg]egen)\s+)?(?P<mod>Anfang|Beginn|Mitte|Ende|Laufe|Verlauf|Ausgang)\s+"
            r"(?:des|der)\s+(?P<u>Jahres|Monats|Woche|Jahrzehnts|Jahrhunderts|Tages|Sommers|Winters|Herbstes|"
            rf"Frühjahrs|Frühlings)(?:\s+(?P<y>{YEAR4}|\d{{1,4}}(?={BC}))(?P<bc>{BC})?)?{R}")
def _unit_period(m, text):
    u = m["u"]
    s = Spec(mod=MOD_WORDS[m["mod"].lower()])
    if m["y"]:
        y, bc = year_of(m["y"], m["bc"])
        if u == "Jahres":
            s.year, s.bc = y, bc
            return s
        if u in ("Sommers", "Winters", "Herbstes", "Frühjahrs", "Frühlings"):
            s.season, s.year, s.bc = lx.SEASONS[u.lower()], y, bc
            return s
        return None
    unit = {"Jahres": "Y", "Monats": "M", "Woche": "W", "Jahrzehnts": "DE", "Jahrhunderts": "CE",
            "Tages": "D"}.get(u)
    if unit is None:
        s.season = lx.SEASONS[u.lower()]
        s.year_rel, s.year_offset = "ref", 0
        return s
    # "Ende des Jahres" in news is this year; in narration the story's year (see Context.anchor_for)
    s.rel, s.unit, s.offset = "dct", unit, 0
    s.notes["this_unit"] = True
    return s


@RULES.rule("unit_compound", rf"{L}(?P<w>Jahresende|Jahresanfang|Jahresbeginn|Jahresmitte|Jahreswechsel|Jahreswende|"
            rf"Monatsende|Monatsanfang|Monatsbeginn|Monatsmitte|Wochenmitte|Wochenbeginn|Wochenanfang|Wochenende|"
            rf"Jahresende|Jahresfrist)(?:\s+(?P<y>{YEAR4}))?(?:/(?P<y2>\d{{2,4}}))?{R}")
def _unit_compound(m, text):
    w = m["w"]
    if w == "Jahresfrist":
        return Spec(kind="duration", duration="P1Y")
    if w == "Wochenende":
        prev = prev_word(text, m.start())
        if prev not in ("am", "übers", "das", "dem", "vom", "zum", "ans", "dieses", "diesem", "über", "am"):
            return None
        return Spec(weekend=True)
    mod = "END" if w.endswith(("ende", "wechsel", "wende")) else ("MID" if "mitte" in w else "START")
    unit = "Y" if w.startswith("Jahr") else ("M" if w.startswith("Monat") else "W")
    s = Spec(mod=mod)
    if m["y"]:
        s.year = int(m["y"])
        return s
    s.rel, s.unit, s.offset = "dct", unit, 0
    s.notes["this_unit"] = True
    return s


@RULES.rule("weekend", rf"{L}(?P<mod>{PAST_MOD}|{FUTURE_MOD}|{THIS_MOD}|{FOLLOW_MOD}|{SAME_MOD})\s+Wochenende[sn]?{R}")
def _weekend(m, text):
    kind = mod_kind(m["mod"])
    s = Spec(weekend=True)
    if kind in ("past", "future"):
        s.direction, s.strict = (-1 if kind == "past" else 1), True
    elif kind == "this":
        s.direction = 0
    elif kind == "follow":
        s.direction, s.strict, s.notes["anchor"] = 1, True, "ref"
    elif kind == "same":
        s.direction, s.notes["anchor"] = 0, "ref"
    return s



def _rel_unit_span(m: re.Match) -> tuple[int, int]:
    """TIMEX2 practice keeps the preposition of "am selben Tag", "im gleichen Jahr"."""
    if m["prep"] and (mod_kind(m["mod"]) == "same" or m["mod"].lower().startswith("dies")):
        return m.start(), m.end()
    return m.start("mod"), m.end()


RULES.set_span("bare_span", _bare_span_span)
RULES.set_span("rel_unit", _rel_unit_span)
RULES.set_span("quantity", _quantity_span)
RULES.set_span("vague_period", _vague_span)
