"""Country, capital, adjective and acronym lists.

Country names come from babel's German locale data and pycountry's German
translations (both installed packages, nothing is downloaded); the adjective
forms ("russisch" -> RU) are derived from those names by German suffix rules
plus a curated table for the irregular ones. Capitals, seats of government
("Kreml", "Weißes Haus") and well-known acronyms are small curated tables.

Everything is built once per process (:func:`gazetteer`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..resources import shared
from .text import fold, stem_key

# Extra names and abbreviations of countries, on top of babel/pycountry.
_COUNTRY_EXTRA = {
    "US": ["USA", "US", "Amerika", "Vereinigte Staaten von Amerika", "United States"],
    "GB": ["Großbritannien", "UK", "Vereinigtes Königreich", "Britannien"],
    "KP": ["Nordkorea", "DVRK", "Demokratische Volksrepublik Korea", "North Korea"],
    "KR": ["Südkorea", "Republik Korea", "South Korea"],
    "CN": ["Volksrepublik China", "VR China", "China"],
    "RU": ["Russland", "Russische Föderation", "Russia"],
    "UA": ["Ukraine"],
    "BY": ["Belarus", "Weißrussland"],
    "CZ": ["Tschechien", "Tschechische Republik"],
    "NL": ["Niederlande", "Holland"],
    "TW": ["Taiwan", "Republik China"],
    "IR": ["Iran", "Islamische Republik Iran"],
    "SY": ["Syrien"],
    "MD": ["Moldau", "Moldawien", "Republik Moldau"],
    "CD": ["Demokratische Republik Kongo"],
    "AE": ["Vereinigte Arabische Emirate", "VAE", "Emirate"],
    "PS": ["Palästina", "Palästinensische Gebiete"],
    "VA": ["Vatikan", "Heiliger Stuhl"],
}

# Irregular adjectives (regular ones are derived from the names).
_ADJ_EXTRA = {
    "deutsch": "DE", "bundesdeutsch": "DE", "französisch": "FR", "chinesisch": "CN", "polnisch": "PL",
    "britisch": "GB", "englisch": "GB", "amerikanisch": "US", "us-amerikanisch": "US",
    "niederländisch": "NL", "holländisch": "NL", "belgisch": "BE", "schweizerisch": "CH",
    "israelisch": "IL", "palästinensisch": "PS", "jemenitisch": "YE", "isländisch": "IS",
    "thailändisch": "TH", "vietnamesisch": "VN", "japanisch": "JP", "südkoreanisch": "KR",
    "nordkoreanisch": "KP", "saudisch": "SA", "saudi-arabisch": "SA", "emiratisch": "AE",
    "katarisch": "QA", "ägyptisch": "EG", "libanesisch": "LB", "irakisch": "IQ", "iranisch": "IR",
    "afghanisch": "AF", "indisch": "IN", "pakistanisch": "PK", "dänisch": "DK", "norwegisch": "NO",
    "ungarisch": "HU", "tschechisch": "CZ", "portugiesisch": "PT", "brasilianisch": "BR",
    "mexikanisch": "MX", "kanadisch": "CA", "australisch": "AU", "taiwanisch": "TW",
    "belarussisch": "BY", "weißrussisch": "BY", "georgisch": "GE", "armenisch": "AM",
    "aserbaidschanisch": "AZ", "moldauisch": "MD", "rumänisch": "RO", "bulgarisch": "BG",
    "griechisch": "GR", "türkisch": "TR", "syrisch": "SY", "sudanesisch": "SD",
    "nigerianisch": "NG", "südafrikanisch": "ZA", "kubanisch": "CU", "venezolanisch": "VE",
    "argentinisch": "AR", "chilenisch": "CL", "kolumbianisch": "CO", "philippinisch": "PH",
    "indonesisch": "ID", "malaysisch": "MY", "singapurisch": "SG", "kasachisch": "KZ",
    "ukrainisch": "UA", "russisch": "RU", "österreichisch": "AT", "italienisch": "IT",
    "spanisch": "ES", "schwedisch": "SE", "finnisch": "FI", "estnisch": "EE", "lettisch": "LV",
    "litauisch": "LT", "serbisch": "RS", "kroatisch": "HR", "slowakisch": "SK", "slowenisch": "SI",
    "mongolisch": "MN", "usbekisch": "UZ", "kirgisisch": "KG", "tadschikisch": "TJ",
    "turkmenisch": "TM", "irisch": "IE", "luxemburgisch": "LU", "marokkanisch": "MA",
    "algerisch": "DZ", "tunesisch": "TN", "libysch": "LY", "äthiopisch": "ET", "kenianisch": "KE",
    "neuseeländisch": "NZ", "europäisch": "EU", "sowjetisch": "SU",
}

# Capitals (German name first) and other metonymic seats of government.
_CAPITALS = {
    "RU": ["Moskau", "Moscow"], "US": ["Washington"], "CN": ["Peking", "Beijing"],
    "KP": ["Pjöngjang", "Pyongyang"], "KR": ["Seoul"], "JP": ["Tokio", "Tokyo"],
    "UA": ["Kiew", "Kyjiw", "Kyiv"], "DE": ["Berlin"], "FR": ["Paris"], "GB": ["London"],
    "IR": ["Teheran"], "TR": ["Ankara"], "IL": ["Jerusalem"], "IT": ["Rom"], "ES": ["Madrid"],
    "PL": ["Warschau"], "BY": ["Minsk"], "AT": ["Wien"], "CH": ["Bern"], "TW": ["Taipeh", "Taipei"],
    "IN": ["Neu-Delhi", "New Delhi"], "PK": ["Islamabad"], "AF": ["Kabul"], "SY": ["Damaskus"],
    "IQ": ["Bagdad"], "SA": ["Riad"], "EG": ["Kairo"], "CA": ["Ottawa"], "AU": ["Canberra"],
    "BR": ["Brasília"], "AR": ["Buenos Aires"], "MX": ["Mexiko-Stadt"], "CU": ["Havanna"],
    "VE": ["Caracas"], "ZA": ["Pretoria"], "NG": ["Abuja"], "KE": ["Nairobi"],
    "ET": ["Addis Abeba"], "VN": ["Hanoi"], "PH": ["Manila"], "ID": ["Jakarta"],
    "TH": ["Bangkok"], "GE": ["Tiflis", "Tbilissi"], "AM": ["Eriwan", "Jerewan"], "AZ": ["Baku"],
    "KZ": ["Astana"], "UZ": ["Taschkent"], "MD": ["Chișinău", "Chisinau"], "RO": ["Bukarest"],
    "HU": ["Budapest"], "CZ": ["Prag"], "RS": ["Belgrad"], "GR": ["Athen"], "PT": ["Lissabon"],
    "SE": ["Stockholm"], "NO": ["Oslo"], "FI": ["Helsinki"], "DK": ["Kopenhagen"],
    "IE": ["Dublin"], "NL": ["Den Haag"], "LT": ["Vilnius", "Wilna"], "LV": ["Riga"],
    "EE": ["Tallinn"], "QA": ["Doha"], "AE": ["Abu Dhabi"], "LB": ["Beirut"], "JO": ["Amman"],
    "MN": ["Ulan-Bator"], "BE": ["Brüssel"], "VA": ["Vatikan"],
}
# one list per seat: its names
_SEATS = {
    "RU": [["Kreml", "Moskauer Kreml"]], "US": [["Weißes Haus", "White House"]],
    "FR": [["Élysée", "Élysée-Palast", "Elysée-Palast", "Elyséepalast"]], "GB": [["Downing Street", "Downing Street 10"]],
    "DE": [["Kanzleramt", "Bundeskanzleramt"]], "KR": [["Blaues Haus", "Cheong Wa Dae"]],
    "CN": [["Zhongnanhai"]],
}
# Places with more than one usual German name (capitals are grouped by country already).
_PLACE_ALIASES = [
    ["Gaza", "Gazastreifen", "Gaza-Streifen"],
    ["Westjordanland", "Westbank", "West Bank"],
    ["Krim", "Halbinsel Krim"],
    ["Donbass", "Donbas"],
    ["Myanmar", "Birma", "Burma"],
    ["Mumbai", "Bombay"],
    ["Sankt Petersburg", "St. Petersburg", "Petersburg"],
    ["Tschernobyl", "Tschornobyl", "Chernobyl"],
]
# Prefixes of role compounds that name a country ("Kreml-Sprecher", "Bundeskanzler").
_ROLE_PREFIX = {"kreml": "RU", "bundes": "DE", "elysee": "FR", "us": "US", "eu": "EU"}

# Acronyms whose long form is in another language or not their initials.
_ACRONYM_GROUPS = [
    ["UN", "UNO", "VN", "Vereinte Nationen", "United Nations"],
    ["KCNA", "Koreanische Zentrale Nachrichtenagentur", "Korean Central News Agency", "KZNA"],
    ["NATO", "Nato", "Nordatlantikpakt", "Nordatlantische Allianz", "Nordatlantikvertrags-Organisation"],
    ["IAEA", "IAEO", "Internationale Atomenergiebehörde", "Internationale Atomenergie-Organisation"],
    ["EU", "Europäische Union"],
    ["WHO", "Weltgesundheitsorganisation"],
    ["OSZE", "Organisation für Sicherheit und Zusammenarbeit in Europa"],
    ["IWF", "Internationaler Währungsfonds", "IMF"],
    ["EZB", "Europäische Zentralbank"],
    ["WTO", "Welthandelsorganisation"],
    ["FBI", "Federal Bureau of Investigation"],
    ["CIA", "Central Intelligence Agency"],
    ["BND", "Bundesnachrichtendienst"],
    ["TASS", "Tass", "Nachrichtenagentur Tass"],
    ["Roskosmos", "Roscosmos"],
    ["Yonhap", "Yonhap News Agency"],
    ["Xinhua", "Neues China"],
    ["KCTV", "Koreanisches Zentralfernsehen", "Korean Central Television"],
    ["KPdSU", "Kommunistische Partei der Sowjetunion"],
    ["KPCh", "Kommunistische Partei Chinas"],
    ["IOC", "Internationales Olympisches Komitee"],
    ["AfD", "Alternative für Deutschland"],
    ["CDU", "Christlich Demokratische Union"],
    ["CSU", "Christlich-Soziale Union"],
    ["SPD", "Sozialdemokratische Partei Deutschlands"],
    ["FDP", "Freie Demokratische Partei"],
]

# Family names written first (Korean, Chinese, Vietnamese): "Kim" refers to "Kim Jong Un".
EAST_ASIAN_SURNAMES = frozenset(
    "kim lee ri yi park pak choi choe jung chung kang cho jo yoon yun jang chang lim im han oh seo "
    "shin sin kwon hwang ahn an song ryu yoo hong moon mun ko go nam noh roh baek heo "
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng "
    "xi qin deng mao jiang tang cai peng wen xie feng dong ye"
    " nguyen tran le pham hoang vo dang bui do ngo duong".split()
)

# Descriptor nouns peeled off the front of a name ("Kosmodrom Wostotschny").
LOC_DESCRIPTORS = frozenset(fold(w) for w in (
    "Stadt Hauptstadt Hafenstadt Großstadt Kleinstadt Metropole Kosmodrom Weltraumbahnhof "
    "Dorf Ort Ortschaft Gemeinde Insel Halbinsel Staat Land Republik Emirat Königreich"
).split())
ORG_DESCRIPTORS_SUFFIX = tuple(fold(w) for w in (
    "agentur behörde zeitung magazin sender konzern unternehmen firma partei organisation "
    "miliz gruppe gruppierung verlag"
).split())
# Institutions every country has: "Nationaler Sicherheitsrat", "Außenministerium".
GENERIC_INSTITUTIONS = frozenset(fold(w) for w in (
    "Außenministerium Verteidigungsministerium Innenministerium Justizministerium Finanzministerium "
    "Wirtschaftsministerium Gesundheitsministerium Bildungsministerium Ministerium Außenamt Parlament "
    "Geheimdienst Nachrichtendienst Militär Armee Streitkräfte Generalstab Zentralbank Notenbank "
    "Präsidialamt Präsidialverwaltung Verfassungsgericht Gericht Staatsanwaltschaft Generalstaatsanwaltschaft "
    "Polizei Grenzschutz Küstenwache Luftwaffe Marine Kriegsmarine Sicherheitsdienst "
    "Staatsfernsehen Staatsmedien Regierungspartei Opposition Wahlkommission"
).split())
GENERIC_MODIFIERS = frozenset(fold(w) for w in "Nationale Nationaler Nationalen Oberste Oberster Obersten "
                              "Staatliche Staatlicher Staatlichen Zentrale Zentraler Zentralen".split())

# Head nouns that make a name a place or institution named after someone.
NAMED_AFTER_HEADS = tuple(fold(w) for w in (
    "platz straße strasse allee ring weg gasse brücke bruecke stadion halle flughafen bahnhof "
    "universität universitaet hochschule schule akademie institut museum mausoleum palast "
    "kaserne stiftung preis orden medaille denkmal statue park kanal damm tunnel werft "
    "krankenhaus klinik kathedrale kirche moschee turm zentrum"
).split())


def _adjective_candidates(name: str) -> set[str]:
    n = fold(name)
    if " " in n:
        return set()
    out = {n + "isch"}
    if n.endswith(("a", "e", "o")):
        out |= {n + "nisch", n[:-1] + "isch"}
    if n.endswith("ien"):
        out |= {n[:-3] + "isch"}
    if n.endswith("enland"):
        out |= {n[:-6] + "isch"}
    if n.endswith("land"):
        out |= {n[:-4] + "isch"}
    if n.endswith("istan"):
        out |= {n[:-5] + "isch"}
    if n.endswith("en") and not n.endswith("ien"):
        out |= {n[:-2] + "isch"}
    if n.endswith("ei"):
        out |= {n[:-2] + "isch"}
    return out


@dataclass
class Gazetteer:
    country_by_key: dict[str, str] = field(default_factory=dict)    # stem key -> ISO code
    country_name: dict[str, str] = field(default_factory=dict)      # ISO code -> German name
    adjective: dict[str, str] = field(default_factory=dict)         # folded adjective -> code
    capital_by_key: dict[str, str] = field(default_factory=dict)    # stem key -> code
    seat_by_key: dict[str, str] = field(default_factory=dict)       # stem key -> code
    seat_group: dict[str, str] = field(default_factory=dict)        # stem key -> "RU.0"
    place_group: dict[str, int] = field(default_factory=dict)       # stem key -> group no.
    acronym_group: dict[str, int] = field(default_factory=dict)     # stem key -> group no.
    acronym_long: dict[int, str] = field(default_factory=dict)      # group no. -> long form
    role_prefix: dict[str, str] = field(default_factory=dict)

    def country(self, name: str) -> str | None:
        got = self.country_by_key.get(stem_key(name))
        if got is None and name.endswith("n") and " " not in name.strip():
            got = self.country_by_key.get(stem_key(name[:-1]))  # "in den Niederlanden"
        return got

    def country_of_adjective(self, word: str) -> str | None:
        """"russischen" -> RU, "US-amerikanische" -> US (inflection stripped)."""
        w = fold(word)
        for suf in ("en", "em", "er", "es", "e", ""):
            if suf and not w.endswith(suf):
                continue
            base = w[: len(w) - len(suf)] if suf else w
            if base in self.adjective:
                return self.adjective[base]
        return None

    def metonym(self, name: str) -> tuple[str, str] | None:
        """("capital"|"seat", code) if ``name`` is a capital or a seat of government."""
        k = stem_key(name)
        if k in self.capital_by_key:
            return "capital", self.capital_by_key[k]
        if k in self.seat_by_key:
            return "seat", self.seat_by_key[k]
        return None


def _build() -> Gazetteer:
    g = Gazetteer()
    names: dict[str, set[str]] = {}
    try:  # babel's German territory names
        from babel import Locale

        for code, name in Locale("de").territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "XA", "XB"):
                names.setdefault(code, set()).add(name)
    except Exception:  # pragma: no cover - babel missing: curated names only
        pass
    try:  # pycountry's German names (official names too)
        import gettext

        import pycountry

        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(c, attr, None)
                if v:
                    t = tr.gettext(v)
                    if t != v and "," not in t:
                        names.setdefault(c.alpha_2, set()).add(t)
    except Exception:  # pragma: no cover
        pass
    for code, extra in _COUNTRY_EXTRA.items():
        names.setdefault(code, set()).update(extra)
    for code, ns in names.items():
        for n in ns:
            g.country_by_key.setdefault(stem_key(n), code)
    try:
        from babel import Locale

        babel_names = Locale("de").territories
    except Exception:  # pragma: no cover
        babel_names = {}
    for code in names:
        pref = _COUNTRY_EXTRA.get(code)
        g.country_name[code] = babel_names.get(code) or (pref[0] if pref else sorted(names[code], key=len)[0])
    # adjectives: derived candidates, ambiguous ones dropped, curated ones win
    seen: dict[str, set[str]] = {}
    for code, ns in names.items():
        for n in ns:
            for a in _adjective_candidates(n):
                seen.setdefault(a, set()).add(code)
    g.adjective = {a: next(iter(c)) for a, c in seen.items() if len(c) == 1}
    g.adjective.update({fold(a): c for a, c in _ADJ_EXTRA.items()})
    for code, caps in _CAPITALS.items():
        for c in caps:
            g.capital_by_key[stem_key(c)] = code
    for code, seats in _SEATS.items():
        for i, names in enumerate(seats):
            for s in names:
                g.seat_by_key[stem_key(s)] = code
                g.seat_group[stem_key(s)] = f"{code}.{i}"
    for i, names in enumerate(_PLACE_ALIASES):
        for n in names:
            g.place_group[stem_key(n)] = i
    for i, grp in enumerate(_ACRONYM_GROUPS):
        for n in grp:
            g.acronym_group[stem_key(n)] = i
        longs = [n for n in grp if " " in n]
        g.acronym_long[i] = longs[0] if longs else grp[0]
    g.role_prefix = dict(_ROLE_PREFIX)
    g.country_name.setdefault("EU", "Europäische Union")
    g.country_name.setdefault("SU", "Sowjetunion")
    return g


def gazetteer() -> Gazetteer:
    return shared("entities.gazetteer.v1", _build)
