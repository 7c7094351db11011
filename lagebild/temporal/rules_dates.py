"""Rules for calendar dates: full dates, months, years, centuries, seasons, quarters, holidays."""
from __future__ import annotations

import re

from . import lexicon as lx
from .patterns import (
    AD, BC, DAYNUM, FOLLOW_MOD, FUTURE_MOD, HOLIDAY, L, MONTH, PAST_MOD, R, SAME_MOD, SEASON, THIS_MOD,
    WEEKDAY, YEAR4,
)
from .rulebase import in_name, mod_kind, month_number, next_word, prev_word, rel_offset, RuleSet, year_of
from .spec import Spec

RULES = RuleSet()


# ----------------------------------------------------------------- absolute dates

@RULES.rule("iso", r"(?<![\d.\-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
            r"(?:[T ](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d)?)?(?![\d])")
def _iso(m, text):
    mo, d = int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    s = Spec(year=int(m["y"]), month=mo, day=d)
    if m["H"]:
        s.kind, s.hour, s.minute = "time", int(m["H"]), int(m["M"])
    return s


_WD_PREFIX = rf"(?:(?:(?P<dx>heutigen|gestrigen|morgigen)\s+)?(?P<wd>{WEEKDAY}),?\s+(?:(?:den|dem)\s+)?)?"


def _weekday_note(s: Spec, m: re.Match) -> Spec:
    """Keep "Freitag, den" and "am heutigen" of a full date: evidence for the publication date."""
    if m["wd"]:
        s.notes["weekday"] = lx.WEEKDAYS[m["wd"].lower()]
    if m["dx"]:
        s.notes["deictic"] = {"heutigen": 0, "gestrigen": -1, "morgigen": 1}[m["dx"]]
    return s


@RULES.rule("numeric_dmy", rf"{L}{_WD_PREFIX}(?<![\d.,/])(?P<d>{DAYNUM})\.\s?(?P<m>0?[1-9]|1[0-2])\.\s?"
            r"(?P<y>\d{4}|\d{2})(?!\d)(?![.,]\d)")
def _numeric_dmy(m, text):
    y = m["y"]
    s = Spec(month=int(m["m"]), day=int(m["d"]))
    if len(y) == 2:
        s.year, s.two_digit_year = int(y), True
    else:
        s.year = int(y)
    return _weekday_note(s, m)


@RULES.rule("numeric_dm", rf"{L}{_WD_PREFIX}(?<![\d.,/])(?P<d>{DAYNUM})\.(?P<m>0?[1-9]|1[0-2])\.(?!\s?\d)")
def _numeric_dm(m, text):
    if prev_word(text, m.start()) in ("§", "abs.", "nr.", "art.", "kapitel", "abschnitt", "ziffer"):
        return None
    s = Spec(month=int(m["m"]), day=int(m["d"]))
    return _weekday_note(s, m)


@RULES.rule("day_month", rf"{L}{_WD_PREFIX}(?P<d>{DAYNUM})\.\s?(?P<mon>{MONTH})"
            rf"(?:,?\s+(?P<y>{YEAR4}|\d{{1,4}}(?={BC}))(?P<bc>{BC})?(?:{AD})?|\s+(?P<yrel>desselben|des\s+gleichen|des\s+selben|"
            rf"des\s+folgenden|des\s+darauffolgenden|des\s+nächsten|des\s+kommenden|des\s+vergangenen|des\s+letzten|"
            rf"des\s+vorigen|dieses|diesen|nächsten|kommenden|vergangenen|letzten|vorigen)\s+Jahres)?{R}")
def _daymonth_number(m, text):
    s = Spec(month=month_number(m["mon"]), day=int(m["d"]))
    s.year, s.bc = year_of(m["y"], m["bc"])
    if m["yrel"]:
        _year_rel(s, m["yrel"])
    return _weekday_note(s, m)


def _year_rel(s: Spec, phrase: str) -> None:
    kind = mod_kind(phrase.split()[-1])
    anchor, off = rel_offset(kind)
    s.year_rel, s.year_offset = anchor, off


@RULES.rule("month_year", rf"{L}(?P<mod>{PAST_MOD}|{FUTURE_MOD}|{THIS_MOD}\s+)?\s*(?P<mon>{MONTH})\s+"
            rf"(?:(?:des\s+Jahres\s+)?(?P<y>{YEAR4}|\d{{1,4}}(?={BC}))(?P<bc>{BC})?(?:{AD})?|"
            rf"(?P<yrel>desselben|des\s+gleichen|des\s+selben|des\s+folgenden|des\s+darauffolgenden|"
            rf"des\s+nächsten|des\s+kommenden|des\s+vergangenen|des\s+letzten|des\s+vorigen|dieses|diesen|"
            rf"nächsten|kommenden|vergangenen|letzten|vorigen)\s+Jahres|(?P<yy>des\s+Jahres)){R}")
def _monthyear_of(m, text):
    s = Spec(month=month_number(m["mon"]))
    s.year, s.bc = year_of(m["y"], m["bc"])
    if m["yrel"]:
        _year_rel(s, m["yrel"])
    elif m["yy"]:
        s.year_rel, s.year_offset = "ref", 0
    return s


@RULES.rule("month", rf"{L}(?:(?P<mod>{PAST_MOD}|{FUTURE_MOD}|diese[nm]?)\s+)?(?P<mon>{MONTH})")
def _baremonth_number(m, text):
    mon = m["mon"]
    if mon.endswith(".") and not m["mod"]:
        return None  # abbreviations only with a day or year
    prev = prev_word(text, m.start())
    if not m["mod"] and prev not in lx.MONTH_CONTEXT:
        # "Mai" as a name, "August" as a first name: only after a temporal word
        joined = re.match(rf"\s*(?:/|–|-|bis|und|oder)\s*(?:(?:zum|Ende|Anfang|Mitte)\s+)?{MONTH}", text[m.end():m.end() + 30])
        if not joined and text[max(0, m.start() - 2):m.start()].strip() not in ("/", "–", "-"):
            return None
    if in_name(text, m.start("mon"), m.end("mon")):
        return None
    s = Spec(month=month_number(mon))
    if m["mod"]:
        kind = mod_kind(m["mod"])
        s.direction = {"past": -1, "future": 1}.get(kind, 0)
        s.strict = kind in ("past", "future")
    return s


@RULES.rule("year_word", rf"{L}(?P<w>Jahre?s?|Wahljahr(?:es)?|Jahrgang|Haushaltsjahr(?:es)?|"
            rf"Geschäftsjahr(?:es)?|Schuljahr(?:es)?|Spielzeit|Saison)\s+(?P<y>{YEAR4}|\d{{1,4}}(?={BC})|\d{{3,4}})"
            rf"(?P<bc>{BC})?(?:{AD})?{R}(?![.,]\d)")
def _year_word(m, text):
    y, bc = year_of(m["y"], m["bc"])
    return Spec(year=y, bc=bc)


@RULES.rule("year", rf"(?<![\d.,:’'])(?<![\d]\s)(?P<y>{YEAR4}|\d{{1,4}}(?={BC}))(?P<bc>{BC})?(?P<ad>{AD})?(?![\d])(?![.,]\d)(?!\s?%)")
def _bareyear_of(m, text):
    y, bc = year_of(m["y"], m["bc"])
    before = text[max(0, m.start() - 6):m.start()]
    if before and before[-1] in "/-–":
        # "1939/1940", "1890–1970": only as the second of two years
        if not re.search(r"\d{3,4}\s?[/\-–]$", before):
            return None
    if not bc:
        prev = prev_word(text, m.start())
        if prev in lx.NOT_YEAR_BEFORE:
            return None
        tail = text[m.end():m.end() + 20]
        if prev in _DETERMINERS and not _relative_clauseyear_of(tail):
            return None  # "die 1500 bayerischen Polizisten"
        if re.match(r"\s*(?:bis|und|oder)\s+(?:zu\s+)?\d+\s+[A-ZÄÖÜ]", tail):
            return None  # "2000 bis 3000 Soldaten"
        nxt = next_word(text, m.end())
        nl = nxt.lower().rstrip(".")
        if nl in lx.NOT_YEAR_AFTER or nxt.lower() in lx.NOT_YEAR_AFTER:
            return None
        if re.match(r"\s*(?:Uhr|h\b|Std\.)", tail):
            return None
        line_edge = (re.match(r"[ \t]*(?:\n|$)", tail) is not None
                     or re.search(r"(?:^|\n)[ \t*•\-–]*$", text[max(0, m.start() - 8):m.start()]) is not None)
        if (nxt[:1].isupper() and nxt not in ("v.", "n.") and month_number(nxt) is None
                and prev not in _YEAR_CONTEXT and not m["ad"] and not line_edge):
            # "2000 Soldaten": a capitalised noun right after the number
            if not re.match(r"[,;:)\]]", tail):
                return None
    return Spec(year=y, bc=bc)


@RULES.rule("year_short", r"(?<![\d.,])(?P<y1>1\d|20)(?P<y0>\d{2})\s?[/\-–]\s?(?P<sp>(?P<y>\d{2}))(?![\d.,])")
def _year_short(m, text):
    first = int(m["y1"] + m["y0"])
    y = int(m["y1"]) * 100 + int(m["y"])
    if y <= first:
        y += 100
    if y - first > 10:
        return None
    return Spec(year=y)


@RULES.rule("bc_range_first", rf"(?<![\d.,])(?P<sp>(?P<y>\d{{1,4}}))\s?[/\-–]\s?\d{{1,4}}{BC}")
def _bc_range_first(m, text):
    return Spec(year=int(m["y"]), bc=True)


_FUNCTION_WORDS = {
    "den", "dem", "der", "die", "das", "des", "ein", "eine", "einen", "einem", "mit", "von", "vom", "im", "in",
    "an", "am", "auf", "aus", "bei", "beim", "nach", "zum", "zur", "zu", "für", "gegen", "unter", "über",
    "ihren", "ihre", "ihrem", "ihrer", "seinen", "seine", "seinem", "seiner", "erstmals", "erneut", "noch",
    "bereits", "schon", "wieder", "als", "sich", "nur", "eigens", "zum", "erstmalig", "zusammen", "gemeinsam",
}


def _relative_clauseyear_of(tail: str) -> bool:
    """After "die"/"der", a year starts a clause ("die 2019 ihren Betrieb aufnahm")."""
    m = re.match(r"\s*([\w-]+)", tail)
    if not m:
        return False
    w = m.group(1)
    if w.lower() in _FUNCTION_WORDS:
        return True
    return w[:1].islower() and re.fullmatch(
        r"(?:\w*ge\w+(?:t|en)|\w+end|\w+iert|erschien|\w+geschlossen|\w*gegründet)(?:e[nmrs]?)?", w) is not None


_DETERMINERS = {"die", "der", "den", "dem", "des", "eine", "einer", "einen", "seine", "seiner", "ihre",
                "ihrer", "diese", "dieser", "diesen", "jene", "unsere", "rund", "alle", "allen"}
_YEAR_CONTEXT = {
    "im", "seit", "bis", "ab", "vom", "vor", "nach", "anfang", "ende", "mitte", "um",
    "jahr", "jahre", "jahres", "zwischen", "sommer", "winter", "herbst", "frühjahr", "frühling",
    "(", "/", "–", "-", "beginn", "zum", "während", "etwa", "ca.", "circa",
    "spätestens", "frühestens", "erst", "noch", "schon", "bereits", "gegen",
}


@RULES.rule("century", rf"{L}(?P<n>\d{{1,2}})\.\s*(?:Jahrhunderts?|Jahrhunderten?|Jh\.|Jhd?t?\.)(?P<bc>{BC})?")
def _century(m, text):
    n = int(m["n"])
    if not 1 <= n <= 21:
        return None
    return Spec(century=n - 1, bc=bool(m["bc"]))


_DECADE_WORDS = {"zwanziger": 20, "dreißiger": 30, "vierziger": 40, "fünfziger": 50, "sechziger": 60,
                 "siebziger": 70, "achtziger": 80, "neunziger": 90, "zehner": 10, "nuller": 0}


@RULES.rule("decade", rf"{L}(?:(?P<art>den|die|der)\s+)?(?:(?P<d>(?:1\d|20)?\d0)er|(?P<w>{'|'.join(_DECADE_WORDS)}))"
            r"(?:-|\s)?Jahren?\b")
def _decade(m, text):
    if m["d"]:
        d = int(m["d"])
        if d >= 100:
            return Spec(decade=d // 10)
        return Spec(decade=None, notes={"decade2": d})
    return Spec(notes={"decade2": _DECADE_WORDS[m["w"]]})


@RULES.rule("season", rf"{L}(?:(?P<mod>{PAST_MOD}|{FUTURE_MOD}|{THIS_MOD}|{FOLLOW_MOD}|{SAME_MOD})\s+)?"
            rf"(?P<s>{SEASON})(?:\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR4}|\d{{1,4}}(?={BC}))(?P<bc>{BC})?|"
            rf"\s+(?P<yrel>desselben|des\s+gleichen|des\s+selben|des\s+folgenden|des\s+darauffolgenden|"
            rf"des\s+nächsten|des\s+kommenden|des\s+vergangenen|des\s+letzten|des\s+vorigen|dieses|diesen|"
            rf"nächsten|kommenden|vergangenen|letzten|vorigen)\s+Jahres)?{R}")
def _season(m, text):
    word = m["s"]
    s = Spec(season=lx.SEASONS[word.lower()])
    s.year, s.bc = year_of(m["y"], m["bc"])
    if m["yrel"]:
        _year_rel(s, m["yrel"])
    if m["mod"]:
        kind = mod_kind(m["mod"])
        if kind in ("follow", "same", "before"):
            anchor, off = rel_offset(kind)
            s.year_rel, s.year_offset = anchor, off
        else:
            s.direction = {"past": -1, "future": 1}.get(kind, 0)
            s.strict = kind in ("past", "future")
    if s.year is None and s.year_offset is None and not m["mod"]:
        prev = prev_word(text, m.start())
        adjective = re.fullmatch(r"[a-zäöüß]+(?:e|en|er|em|es)", prev) is not None
        if prev not in lx.MONTH_CONTEXT and prev not in ("jeden", "übers") and not adjective:
            return None  # "Frank Winter"
    if word.lower().startswith("spät"):
        s.mod = "END"
    elif word.lower().startswith("früh") and s.season != "SP":
        s.mod = "START"
    return s


@RULES.rule("quarter", rf"{L}(?:(?P<o>ersten|zweiten|dritten|vierten|letzten|1\.|2\.|3\.|4\.)\s+)"
            r"(?P<u>Quartals?|Jahreshälfte|Halbjahr(?:es|s)?)"
            rf"(?:\s+(?P<y>{YEAR4})|\s+des\s+Jahres\s+(?P<y2>{YEAR4})|\s+(?P<yrel>dieses|diesen|des\s+vergangenen|"
            r"des\s+kommenden|des\s+nächsten|des\s+laufenden|des\s+folgenden|vergangenen|nächsten|kommenden)\s+Jahres)?\b")
def _quarter(m, text):
    o = m["o"].rstrip(".")
    n = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}.get(o) or (int(o) if o.isdigit() else None)
    q = m["u"].startswith("Quartal")
    if n is None:  # "letzten Quartal"
        s = Spec(rel="dct", unit="Q" if q else "H", offset=-1)
        return s
    if (q and n > 4) or (not q and n > 2):
        return None
    s = Spec(part=("Q" if q else "H") + str(n))
    s.year = int(m["y"] or m["y2"]) if (m["y"] or m["y2"]) else None
    if m["yrel"]:
        _year_rel(s, m["yrel"])
    return s


@RULES.rule("quarter_short", rf"{L}(?P<q>Q[1-4]|H[12])(?:\s*/?\s*(?P<y>{YEAR4}))?{R}")
def _quarter_short(m, text):
    return Spec(part=m["q"], year=int(m["y"]) if m["y"] else None)


@RULES.rule("calendar_week", rf"{L}(?:(?:KW|Kalenderwoche)\s*(?P<w>\d{{1,2}})|(?P<w2>\d{{1,2}})\.\s*(?:KW|Kalenderwoche))"
            rf"(?:\s*/?\s*(?P<y>{YEAR4}))?{R}")
def _calendar_week(m, text):
    w = int(m["w"] or m["w2"])
    if not 1 <= w <= 53:
        return None
    return Spec(week=w, year=int(m["y"]) if m["y"] else None)


@RULES.rule("holiday", rf"{L}(?P<h>{HOLIDAY})(?:\s+(?P<y>{YEAR4}))?{R}")
def _holiday(m, text):
    key = re.sub(r"\s+", " ", m["h"].lower())
    if key in lx.FIXED_HOLIDAYS:
        mo, d = lx.FIXED_HOLIDAYS[key]
        s = Spec(holiday=("fixed", mo, d))
    elif key in lx.EASTER_HOLIDAYS:
        s = Spec(holiday=("easter", lx.EASTER_HOLIDAYS[key]))
    else:
        return None
    if key in ("nikolaus",) and prev_word(text, m.start()) not in ("an", "zu", "am", "vor", "nach", "seit"):
        return None
    s.year = int(m["y"]) if m["y"] else None
    return s



@RULES.rule("day_only", rf"\b(?:am|vom|zum|den|dem|bis|Am|Vom|Zum|Bis)\s+(?P<sp>(?P<d>{DAYNUM})\.)(?=\s*(?:,|;|\)|und\s|bis\s|auf\s|zum\s|/|–|-|$|\.\s)|\s+(?!ab\b|bis\b)(?![a-zäöüß]{3,}(?:e|en|er|es|em)\s+[A-ZÄÖÜ])[a-zäöü])")
def _day_only(m, text):
    return Spec(day=int(m["d"]), needs_context=True)


@RULES.rule("day_range_first", rf"(?<![\w.])(?P<d>{DAYNUM})\.(?=\s*(?:-|–|/|bis(?:\s+zum)?|und|auf(?:\s+den)?)\s*(?:de[nm]\s+)?{DAYNUM}\.\s?{MONTH})")
def _day_range_first(m, text):
    return Spec(day=int(m["d"]), needs_context=True)
