"""Regular-expression building blocks for German temporal expressions.

Only fragments live here; :mod:`.extract` assembles them into rules.
"""
from __future__ import annotations

from .lexicon import (
    CARDINALS, EASTER_HOLIDAYS, FIXED_HOLIDAYS, SEASONS, UNITS, VAGUE_QUANTITIES, alternation,
)

L = r"(?<![\w])"            # left word boundary (Unicode-aware, also after digits)
R = r"(?![\w])"             # right word boundary

MONTH_NAMES = ["Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember"]
MONTH_GENITIVES = ["Januars", "Februars", "Augusts", "Septembers", "Oktobers", "Novembers",
                   "Dezembers", "Aprils", "Junis", "Julis", "Märzes"]
MONTH_ABBR = r"(?:Jan|Febr?|Mär|Mrz|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\."
# "Mai-Linh", "Mai-Kundgebung": a hyphen with a capital after it makes a name or compound.
MONTH = rf"(?:(?:{alternation(MONTH_NAMES + MONTH_GENITIVES)}){R}(?!-[A-ZÄÖÜ])|{MONTH_ABBR})"

WEEKDAY_NAMES = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                 "Sonnabend", "Sonntag"]
WEEKDAY = alternation(WEEKDAY_NAMES)
POD_SUFFIX = r"(?:morgen|früh|vormittag|mittag|nachmittag|abend|nacht)"

DAYNUM = r"(?:0?[1-9]|[12]\d|3[01])"
YEAR4 = r"(?:1\d{3}|20\d{2})(?!\d)"
BC = r"(?:\s*(?:v\.\s?Chr\.|vor\s+Christus|v\.\s?u\.\s?Z\.|vor\s+unserer\s+Zeitrechnung))"
AD = r"(?:\s*(?:n\.\s?Chr\.|nach\s+Christus))"

PAST_MOD = r"(?i:vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|zurückliegende[nmrs]?|abgelaufene[nmrs]?)"
FUTURE_MOD = r"(?i:kommende[nmrs]?|nächste[nmrs]?|bevorstehende[nmrs]?|anstehende[nmrs]?)"
FOLLOW_MOD = r"(?i:folgende[nmrs]?|darauffolgende[nmrs]?|darauf\s?folgende[nmrs]?|nachfolgende[nmrs]?|anschließende[nmrs]?)"
BEFORE_MOD = r"(?i:vorangegangene[nmrs]?|vorhergehende[nmrs]?|vorausgegangene[nmrs]?)"
THIS_MOD = r"(?i:diese[nmrs]?|laufende[nmrs]?|aktuelle[nmrs]?|jetzige[nmrs]?|heurige[nmrs]?)"
SAME_MOD = r"(?i:selbe[nmrs]?|gleiche[nmrs]?|demselben|desselben|derselben|dasselbe|ebendiese[nmrs]?)"

NUMWORD = alternation([w for w in CARDINALS if w not in ("paar",)] + sorted(VAGUE_QUANTITIES)
                      + ["einundzwanzig", "zweiundzwanzig", "dreiundzwanzig", "vierundzwanzig",
                         "fünfundzwanzig", "dreißig", "vierzig", "fünfzig", "sechzig"])
NUMBER = rf"(?:\d+(?:,\d+)?|(?i:{NUMWORD}))"
UNIT = alternation([u for u in UNITS] + [u.capitalize() for u in UNITS])

SEASON = alternation([s.capitalize() for s in SEASONS])
HOLIDAY = alternation([h.title() if " " not in h else h for h in FIXED_HOLIDAYS]
                      + [h.capitalize() for h in EASTER_HOLIDAYS] + ["Tag der Deutschen Einheit",
                                                                    "Tag der Arbeit",
                                                                    "Christi Himmelfahrt",
                                                                    "Heiligen Abend",
                                                                    "Ersten Weihnachtstag",
                                                                    "Zweiten Weihnachtstag",
                                                                    "Ersten Weihnachtsfeiertag",
                                                                    "Zweiten Weihnachtsfeiertag",
                                                                    "Heiligabend", "Heiligen Abend"])
