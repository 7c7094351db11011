"""What page furniture looks like, and why each piece is removed.

Whole-line rules look at one stripped line; inline rules find spans inside a
content line. Every rule has a reason that ends up in the audit trail.
"""
from __future__ import annotations

import re
from typing import Optional

# News and picture agencies (lower-case) that appear in credit lines and sign-offs.
AGENCIES = (
    "dpa", "afp", "ap", "rtr", "reuters", "kna", "epd", "sid", "dts", "apa", "ots", "ddp", "ansa",
    "tass", "sputnik", "ria", "ria novosti", "kcna", "xinhua", "yonhap", "efe", "epa", "keystone",
    "getty", "getty images", "imago", "imago images", "picture alliance", "picture-alliance",
    "shutterstock", "istock", "pool", "zuma", "zuma wire", "anadolu", "belga", "anp", "kyodo",
    "kremlin", "kremlin.ru", "ap photo", "reuters tv", "dpa-infocom", "unsplash", "pixabay",
    "afp/getty", "wikimedia", "wikimedia commons",
)
_AG = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_AG_RE = re.compile(rf"(?<![\w-])(?:{_AG})(?![\w-])", re.I)

# Capitalised words that start a German sentence rather than continue a credit.
SENTENCE_STARTERS = frozenset("""
Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Am Im Es Er Sie Wir Ich Ihr Man In Nach Bei
Auch Mit Laut Wie Dabei Zudem Außerdem Doch Aber Und Dies Diese Dieser Dieses Damit So Zuvor Danach
Später Bereits Noch Vor Seit Trotz Während Als Nun Jetzt Heute Gestern Morgen Zugleich Zunächst
Dort Hier Unter Über Auf Aus Für Gegen Ohne Um Zum Zur Vom Beim Bis Kurz Erst Insgesamt Allerdings
Demnach Deshalb Daher Darüber Unterdessen Inzwischen Offenbar Zuletzt Schon Mehr Viele Einige Alle
""".split())

WHOLE_LINE_RULES: list[tuple[str, re.Pattern]] = [
    ("advertisement", re.compile(
        r"^[-–—*\s]*(anzeige|werbung|advertisement|sponsored|gesponsert|sponsored content|promotion|"
        r"partnerinhalt|ad|ads)[-–—*:\s]*$", re.I)),
    ("comment widget", re.compile(
        r"^(\d+\s+)?(kommentare?|leserkommentare|comments?)\s*(\(\s*\d+\s*\))?\s*(anzeigen|lesen|einblenden|"
        r"ausblenden|öffnen)?$|^(schreib(e|en sie)|verfassen sie) (einen|den ersten) kommentar|"
        r"^(jetzt )?(kommentieren|mitdiskutieren|mitreden)\b|^diskutieren sie mit|^zu den kommentaren|"
        r"^(login|anmelden|einloggen),? (um )?zu(m)? kommentieren|^kommentarfunktion|"
        r"^die kommentarfunktion (ist|wurde)", re.I)),
    ("newsletter prompt", re.compile(
        r"^(?=.{0,220}$).*(newsletter|abonnieren sie|jetzt abonnieren|jetzt anmelden|kostenlos anmelden|"
        r"in ihr postfach|push-mitteilung|whatsapp-kanal|telegram-kanal|folgen sie uns)", re.I)),
    ("related-article teaser", re.compile(
        r"^(mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant|das könnte sie auch interessieren|"
        r"weitere artikel|weiterlesen|zum thema|passend dazu|mehr dazu|empfehlungen?|verwandte artikel|"
        r"meistgelesen|top-themen|ebenfalls lesenswert|dazu passend|mehr aus|mehr lesen|hintergrund:|"
        r"lesetipp|unsere empfehlung)\b", re.I)),
    ("photo credit", re.compile(
        r"^[(\[]?(©\s*)?(foto|fotos|bild|bilder|grafik|video|titelbild|symbolbild|archivbild|aufmacherbild|"
        r"bildquelle|quelle foto|fotograf(in)?|photo|image|credit)s?\s*[:©]\s*\S.{0,150}$", re.I)),
    ("photo caption", re.compile(r"^(bildunterschrift|bildtext|caption)\s*:", re.I)),
    ("reading time", re.compile(r"^(geschätzte\s+)?lesezeit\s*:?\s*(ca\.\s*)?\d+\s*(min(\.|uten)?|minute[n]?)\b.{0,20}$", re.I)),
    ("timestamp", re.compile(
        r"^(stand|aktualisiert|zuletzt aktualisiert|veröffentlicht|erstellt|publiziert|datum)\s*(am|:)?\s*:?\s*"
        r"\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}\b.{0,30}$", re.I)),
    ("navigation", re.compile(
        r"^(zur startseite|startseite|nach oben|zurück( zur übersicht)?|home|menü|menu|suche|navigation|"
        r"alle artikel|mehr anzeigen|mehr laden|seite \d+ (von|/) \d+|vorherige(r)? artikel|nächste(r)? artikel|"
        r"zum inhalt springen|inhaltsverzeichnis|hauptmenü|drucken und teilen|artikel anhören|"
        r"vorlesen|audio abspielen|zum artikel|zur übersicht)\s*[›»>]*$", re.I)),
    ("cookie notice", re.compile(
        r"^(?=.{0,400}$)(?=.*\b(cookies?|tracking|datenschutzerklärung|einwilligung)\b)"
        r"(?=.*\b(wir verwenden|wir nutzen|akzeptieren|zustimmen|einverstanden|einstellungen)\b)", re.I)),
    ("copyright", re.compile(r"^(©|\(c\)|copyright\b)\s*.{0,100}$|^alle rechte vorbehalten\.?$", re.I)),
    ("paywall", re.compile(
        r"^(dieser artikel ist (nur )?für abonnenten|weiterlesen mit|jetzt (digital-)?abo|"
        r"sie haben bereits ein abo|exklusiv für abonnenten|\+\s*premium)", re.I)),
    ("sign-off", re.compile(
        rf"^\(?\s*([a-zäöü]{{1,4}}\s*/\s*)*(mit material (von|der nachrichtenagenturen?)\s+)?"
        rf"({_AG})(\s*(/|,|und)\s*({_AG}|[a-zäöü]{{1,4}}))*\s*\)?\.?$"
        rf"|^mit material (von|der nachrichtenagenturen?)\s+.{{1,60}}$|^quelle\s*:\s*({_AG}).{{0,40}}$", re.I)),
    ("source note", re.compile(r"^quelle\s*:\s*\S.{0,60}$", re.I)),
    ("tracking code", re.compile(
        r"^(dpa:\d{6}-\d{2}-\d{3,}(/\d+)?|(artikel-?id|id|art\.-nr\.|ref)\s*[:#]\s*[\w-]{4,}|"
        r"\S*utm_[a-z]+=\S*|#\w+(\s+#\w+)*)$", re.I)),
]

SHARE_WORDS = frozenset("""
teilen twittern tweet tweeten facebook twitter x linkedin xing whatsapp telegram pinterest reddit
messenger threema flipboard pocket e-mail email mail drucken link kopieren merken speichern artikel
per senden versenden auf bei teilen: share print copy
""".split())
_SHARE_SPLIT = re.compile(r"[\s|·•,/]+")

BYLINE = re.compile(
    r"^(?i:von|text|autor|autorin|ein (bericht|kommentar|gastbeitrag) von|von unsere[mr] (korrespondent(in|en)?|"
    r"reporter(in)?|redakteur(in)?))\s*:?\s+"
    r"[A-ZÄÖÜ][\w.'-]+(\s+(und\s+|&\s+)?[A-ZÄÖÜ][\w.'-]+){0,5}(\s*,\s*[A-ZÄÖÜ][\w .'-]{1,40})?\.?$"
)

# Capitalised name-ish tokens that can make up a credit line.
_CREDIT_TOKEN = re.compile(r"^[A-ZÄÖÜ0-9©(][\w.&'()-]*$|^(von|van|de|der|den|la|le|di|da)$")


def credit_shaped(line: str) -> bool:
    """'Gavriil Grigorov/Pool Sputnik Kremlin/AP', 'Foto: X/dpa', 'Anna Muster/Getty Images'."""
    if len(line) > 140 or line.endswith((".", "!", "?", ":", ",")) and not line.endswith(("Images.",)):
        return False
    if "/" not in line and not _AG_RE.search(line):
        return False
    parts = [p for p in re.split(r"\s*/\s*|\s+", line.strip("() ")) if p]
    if not parts or len(parts) > 12:
        return False
    if not all(_CREDIT_TOKEN.match(p) for p in parts):
        return False
    return bool(_AG_RE.search(line)) or line.count("/") >= 2


def is_share_bar(line: str) -> bool:
    words = [w for w in _SHARE_SPLIT.split(line.lower().strip(":")) if w]
    return bool(words) and len(words) <= 14 and all(w in SHARE_WORDS for w in words) and any(
        w in ("teilen", "twittern", "facebook", "twitter", "whatsapp", "drucken", "e-mail", "kopieren",
              "linkedin", "telegram", "xing", "share", "print") for w in words)


PICTURE_AGENCIES = re.compile(r"imago|getty|zuma|picture[- ]alliance|shutterstock|istock|\bpool\b|unsplash|pixabay",
                              re.I)
BREADCRUMB = re.compile(r"^[\w .&-]{2,40}(\s+[|›>»/]\s+[\w .&-]{2,40}){1,4}$")


def classify_line(line: str, *, near_top: bool, near_bottom: bool) -> Optional[str]:
    """The reason this stripped line is furniture, or None if it is content."""
    for reason, rx in WHOLE_LINE_RULES:
        if rx.search(line):
            if reason == "sign-off" and PICTURE_AGENCIES.search(line):
                return "photo credit"
            return reason
    if is_share_bar(line):
        return "share buttons"
    if credit_shaped(line):
        return "photo credit"
    if (near_top or near_bottom) and BYLINE.match(line) and len(line.split()) <= 12:
        return "byline"
    if near_top and BREADCRUMB.match(line) and not line.endswith("."):
        return "breadcrumb navigation"
    return None


# --- inline rules -----------------------------------------------------------

INLINE_CREDIT_START = re.compile(r"[(\[]?\b(Foto|Fotos|Bild|Bilder|Quelle|Photo|Grafik|Video)\s*[:©]\s*")
TRACKING_INLINE = re.compile(r"\s*\bdpa:\d{6}-\d{2}-\d{3,}(?:/\d+)?")
SIGNOFF_END = re.compile(
    rf"\s*\(\s*([a-zäöü]{{1,4}}\s*/\s*)*({_AG})(\s*/\s*({_AG}|[a-zäöü]{{1,4}}))*\s*\)\s*$", re.I)
DATELINE = re.compile(
    rf"^([A-ZÄÖÜ][\wÄÖÜäöüß./ -]{{1,40}}?,?\s*(\d{{1,2}}\.\s*\w+\s*)?)?\(\s*({_AG})(\s*/\s*({_AG}))*\s*\)\s*[-–—:]\s*",
    re.I)


def inline_credit_end(line: str, start: int) -> int:
    """Given a 'Foto:' match ending at ``start``, where does the credit end?"""
    pos = start
    n_words = 0
    last_end = start
    bracket = line[start - 1: start] if start else ""
    for m in re.finditer(r"\S+", line[start:]):
        tok = m.group(0)
        word = tok.strip("(),;")
        s, e = start + m.start(), start + m.end()
        if tok.startswith(("„", "\"", "»")) or not word:
            break
        if n_words and word in SENTENCE_STARTERS:
            break
        if not (_CREDIT_TOKEN.match(word) or "/" in word):
            break
        # gap between tokens must be plain whitespace or a slash
        if line[pos:s].strip() not in ("", "/"):
            break
        n_words += 1
        last_end = e
        pos = e
        if tok.endswith(")"):
            break
        is_agency = bool(_AG_RE.fullmatch(word.split("/")[-1]))
        nxt = line[e:].lstrip()
        if is_agency and not nxt.startswith("/"):
            break
        if n_words >= 4 and "/" not in line[start:e]:
            break
    if bracket in "([" and last_end < len(line) and line[last_end:last_end + 1] in ")]":
        last_end += 1
    return last_end
