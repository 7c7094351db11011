"""Speaker phrases: noun-phrase chunks, normalisation, pronoun resolution.

A speaker phrase is a noun phrase with its attachments, as news writes them:
"Kreml-Sprecher Dmitri Peskow", "der Leiter der Kriminaldienststelle, Andreas
Huber", "Beamte in Seoul", "das Außenministerium", "die Wochenzeitung „Die
Zeit“", "er". NER mentions, when present, are kept whole inside a phrase.
"""
from __future__ import annotations

from typing import Optional

from . import lexicon as L
from .tokdoc import TokDoc

DET = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "CARD", "PWAT"})
ADJ = frozenset({"ADJA", "ADJD"})
HEAD = frozenset({"NN", "NE", "NNA", "NNI", "FM", "XY"})  # NNI: nominalised infinitive ("Bekunden")
PRON = frozenset({"PPER", "PIS", "PDS"})
_SPEAKER_PIS = frozenset({"man", "einige", "viele", "andere", "beide", "alle", "manche", "mehrere", "niemand",
                          "jeder", "keiner", "jemand"})
# Partitive pronouns with a genitive: "einer der Sprecher", "viele der Demonstranten".
_PARTITIVE = frozenset({"einer", "eine", "eines", "keiner", "keine", "jeder", "jede", "einige", "viele", "manche",
                        "mehrere", "beide", "alle", "zwei", "drei", "vier"})
_GEN_ART = frozenset({"des", "der", "eines", "einer", "dieses", "dieser", "seines", "seiner", "ihres", "ihrer",
                      "unseres", "unserer", "jenes", "jener", "deren", "dessen"})
GEN_QUANT = frozenset({"einiger", "vieler", "mehrerer", "zahlreicher", "aller", "beider", "mancher"})
_POST_PREPS = frozenset({"von", "vom", "aus", "für", "bei", "beim", "in", "im", "an", "am", "der", "zu", "zur", "ohne"})
# Lower-case words inside names: "Ludwig van Beethoven", "La Gazetta dello Sport".
NAME_PARTICLES = frozenset({"du", "de", "des", "la", "le", "van", "von", "der", "di", "da", "dos", "bin",
                            "ibn", "al", "el", "y", "zu", "ten", "ter", "of", "the", "and", "del", "della",
                            "dello", "do", "for", "to", "e", "et"})


# Demonstratives that stand for a person or body mentioned before: "Dieser
# bestritt, …", "…, so letztere."
DEMONSTRATIVES = frozenset({"dieser", "diese", "jener", "jene", "letzterer", "letztere", "ersterer", "erstere"})

_NOT_NAME = frozenset({"sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ich", "wir", "es", "er"})


def _is_head(td: TokDoc, i: int) -> bool:
    t = td.tags[i]
    if t in HEAD:
        return True
    if td.mention_at(i):
        return True
    w = td.words[i]
    if L.is_domain(w):
        return True  # "laut bildblog.de"
    # tagger slips on names ("Johanna Moser" -> NE VVIMP): a capitalised word
    # inside the sentence right after a noun, article or adjective
    if w[:1].isupper() and i > td.sent_range(i)[0] and td.low[i] not in _NOT_NAME \
            and t not in ("ART", "APPR", "APPRART", "KON", "KOUS", "PPER", "PRELS", "PDS", "PIS", "PWAV",
                          "PTKVZ", "PPOSAT", "$.", "$,", "$(") \
            and td.low[i] not in L.SPEECH_VERBS and td.lemmas[i] not in L.SPEECH_VERBS:
        return td.tags[i - 1] in DET | ADJ | HEAD or _is_head_tag(td, i - 1)
    if w[:1].isupper() and i == td.sent_range(i)[0] and t in ("VVIMP", "ADJD", "VVFIN", "ADV") \
            and i + 1 < len(td) and td.tags[i + 1] in ("NE", "NN") and td.words[i + 1][:1].isupper() \
            and td.sent_of[i + 1] == td.sent_of[i]:
        return True  # a first name the tagger read as a verb: "Henk Meijer sagte"
    return t == "TRUNC"


def _is_head_tag(td: TokDoc, i: int) -> bool:
    return td.tags[i] in HEAD or bool(td.mention_at(i))


def _mention_end(td: TokDoc, i: int) -> int:
    m = td.mention_at(i)
    return m[1] if m else i + 1


def _core_np(td: TokDoc, i: int, limit: int, allow_bare_adj: bool = False) -> Optional[int]:
    """DET? ADJ* HEAD+ starting at ``i``; returns the end (exclusive) or None."""
    j = i
    if j < limit and (td.tags[j] in DET or td.low[j] in L.TITLES or td.low[j] in ("deren", "dessen")):
        j += 1
        if j < limit and td.tags[j] == "CARD" and td.tags[j - 1] in ("ART", "PPOSAT", "PDAT"):
            j += 1  # "die 13 Feuerwehrmänner"
        j = _extended_attribute(td, j, limit)
    if j < limit and j == i + 1 and td.tags[i] == "ART" and td.tags[j] in ("PIAT", "PIDAT") \
            and td.low[j] in ("beiden", "meisten", "vielen", "anderen", "übrigen", "wenigen", "einzelnen"):
        j += 1  # "der beiden Politiker"
    if j == i and i + 1 < limit and td.low[i] == "nicht" and (td.tags[i + 1] == "ADJA" or _adverb_before_adj(td, i + 1, limit)):
        j = i + 1  # "nicht näher genannte Quellen"
        while j < limit and td.tags[j] in ("ADV", "ADJD"):
            j += 1
    while j < limit and not td.mention_at(j) and not L.is_domain(td.words[j]) \
            and (td.tags[j] in ADJ or td.tags[j] == "ADV" and td.low[j] in ("mehr", "rund", "etwa")
                 or j > i and td.tags[i] in DET and _adverb_before_adj(td, j, limit)):
        j += 1
    start_head = j
    while j < limit:
        if td.words[j] in ("„", "»", '"', "''") and j + 1 < limit:
            # a quoted name: die Zeitung „Die Zeit“
            k = j + 1
            longest = 11 if start_head > i and td.words[j + 1][:1].isupper() else 8  # der neue „Oberste Rat zur …“
            while k < limit and k - j < longest and not td.is_quote(k) \
                    and td.tags[k] not in ("$.", "$,", "VVFIN", "VAFIN", "VMFIN"):
                k += 1
            short_name = k - j <= 4 and (k + 1 == limit or k + 1 < limit and td.tags[k + 1] in (
                "VVFIN", "VAFIN", "VMFIN", "KON"))
            if k < limit and td.is_quote(k) and k > j + 1 \
                    and (td.words[j + 1][:1].isupper() or short_name or L.is_domain(td.words[j + 1])) \
                    and (j > start_head or k - j <= 6 or longest > 8):  # „heise online“ berichtet
                j = k + 1
                continue
            break
        if td.low[j] in L.TITLES and j + 1 < limit:
            j += 1
            continue
        if td.tags[j] == "CARD" and j > start_head and j + 1 < limit and td.tags[j - 1] == "NE" \
                and td.tags[j + 1] == "NE":
            j += 1  # "Bayer 04 Leverkusen"
            continue
        if td.low[j] in NAME_PARTICLES and j > start_head and j + 1 < limit and td.words[j + 1][:1].isupper() \
                and td.tags[j - 1] in ("NE", "FM") and (td.low[j] not in ("der", "des", "zu", "de", "la", "le")
                                                      or td.low[j - 1] in NAME_PARTICLES
                                                      or not td.words[j - 1][:1].isupper()
                                                      or td.tags[j + 1] == "NE" and not is_role(td, j + 1, j + 2)):
            j += 1  # "Union Générale Tunisienne du Travail", "Ludwig van Beethoven"
            continue
        if _is_head(td, j):
            j = _mention_end(td, j)
            continue
        if td.tags[j] == "TRUNC" or (td.words[j].endswith("-") and len(td.words[j]) > 1 and j + 1 < limit):
            j += 1
            continue
        if td.tags[j] == "KON" and j > start_head and td.tags[j - 1] == "TRUNC":
            j += 1
            continue
        break
    if j == start_head:
        if j == i + 1 and td.low[i] in L.TITLES and td.tags[i] in HEAD:
            return j  # a title word as the head: ", Präsident des Verbands"
        if allow_bare_adj and j > i and td.tags[j - 1] in ADJ and (
                td.words[j - 1][:1].isupper() or td.words[j - 1].split("-", 1)[-1][:1].isupper()
                or td.words[j - 1][:1].isdigit() and "-" in td.words[j - 1] and td.tags[i] == "ART"):
            return j  # nominalised adjective: "Die Abgeordnete", "Beamte", "der 52-Jährige" ("der 81-jährige")
        return None
    return j


_ATTRIBUTE_INNER = frozenset({"APPR", "APPRART", "ART", "ADV", "PRF", "ADJD", "ADJA", "NN", "NE", "CARD",
                              "PTKNEG", "PIAT", "PPOSAT", "KOKOM", "PDAT"})


def _extended_attribute(td: TokDoc, j: int, limit: int) -> int:
    """"der [für die Omo-Region zuständige] Koordinator", "die [in New York
    geborene] Lopez": a participle or adjective phrase between the article and
    its noun. Returns the index of its last adjective, or ``j`` unchanged."""
    if j >= limit or j == 0 or td.tags[j - 1] not in ("ART", "PDAT", "PPOSAT") \
            or td.tags[j] not in ("APPR", "APPRART", "ADV", "PRF", "ADJD", "PTKNEG", "ART"):  # "das die Zeitung verlegende Haus"
        return j
    for m in range(j + 1, min(limit - 1, j + 12)):
        t = td.tags[m]
        last = m
        while t == "ADJA" and last + 1 < limit and td.tags[last + 1] == "ADJA" and td.words[last + 1][:1].islower():
            last += 1  # "der im Gazastreifen regierenden radikalislamischen Hamas"
        if t == "ADJA" and td.words[m][:1].islower() and td.tags[m - 1] not in _INSIDE_A_PHRASE and (
                _is_head_tag(td, last + 1) or td.is_quote(last + 1) and last + 2 < limit and td.words[last + 2][:1].isupper()):
            # "die in Linz erscheinende „Rundschau“": a quoted name as the noun; not the adjective
            # of the attribute's own phrase ("die zur kalifornischen Universität gehörende …")
            return last
        if t not in _ATTRIBUTE_INNER and not td.is_quote(m):
            return j  # quoted names may stand inside: "das die „Ruhr Nachrichten“ verlegende Medienhaus"
    return j


# Tags after which an adjective belongs to a phrase inside the attribute.
_INSIDE_A_PHRASE = frozenset({"APPR", "APPRART", "ART", "PIAT", "PPOSAT", "ADJA", "CARD", "PDAT"})


def _adverb_before_adj(td: TokDoc, j: int, limit: int) -> bool:
    """"der erst kürzlich ernannte Bischof": adverbs inside a noun phrase,
    before its attributive adjective."""
    if td.tags[j] not in ("ADV", "ADJD"):
        return False
    k = j
    while k < limit and k - j < 3 and td.tags[k] in ("ADV", "ADJD"):
        k += 1
    return k < limit and td.tags[k] == "ADJA"


def np_right(td: TokDoc, i: int, limit: Optional[int] = None, pronouns: bool = True,
             post: bool = True) -> Optional[int]:
    """End (exclusive) of the speaker phrase starting at token ``i``, or None."""
    if limit is None:
        limit = td.sent_range(i)[1] if i < len(td) else i
    if i >= limit:
        return None
    if td.low[i] in _PARTITIVE and td.tags[i] in ("PIS", "PIAT", "ART", "CARD", "PPER") and i + 2 < limit \
            and td.low[i + 1] in ("der", "des", "dieser") and td.tags[i + 1] in ("ART", "PDAT"):
        j = _core_np(td, i + 1, limit, allow_bare_adj=True)
        if j:  # "Einer der 13 beteiligten Feuerwehrmänner", "Viele der Demonstranten"
            return _post(td, j, limit) if post else j
    if pronouns and (td.tags[i] == "PPER" and td.low[i] in L.SPEAKER_PRONOUNS
                     or td.low[i] in _SPEAKER_PIS and td.tags[i] in ("PIS", "PPER")
                     or td.low[i] in DEMONSTRATIVES and td.tags[i] in ("PDS", "PIS")):
        return i + 1
    j = _core_np(td, i, limit, allow_bare_adj=True)
    if j is None:
        return None
    if not post:
        return j
    return _post(td, j, limit)


def _post(td: TokDoc, j: int, limit: int) -> int:
    """Attach genitives, von/aus/für phrases, parentheses and appositions."""
    while j < limit:
        w, lw, t = td.words[j], td.low[j], td.tags[j]
        if td.tags[j - 1] in ("APPR", "APPRART"):
            k = _core_np(td, j, limit)  # a name chunk that ends in its preposition: "Carnegie-Institut für | …"
            if k is None:
                break
            j = k
            continue
        if t == "ADJA" and td.tags[j - 1] == "NN" and (td.low[j - 1].endswith(L.SPEECH_NOUN_HEADS)
                                                      or lw.endswith("er") and is_role(td, j - 1, j)):
            k = _core_np(td, j, limit)  # "nach Angaben informierter Kreise", "der Verband kommunaler Unternehmen"
            if k:
                j = k
                continue
        if lw in _GEN_ART and t in ("ART", "PPOSAT", "PDAT", "PRELAT") or lw in GEN_QUANT and t in ("PIAT", "PIDAT"):
            if td.tags[j - 1] not in ("NN", "NNA", "$(") and td.words[j - 1] != ")":
                break  # names take no genitive attribute: "nach Auskunft der NASA | der Teil …"
            k = _core_np(td, j, limit)
            if k:
                j = k
                continue
            break
        if lw in _POST_PREPS and t in ("APPR", "APPRART"):
            k = _core_np(td, j + 1, limit)
            if k is None:
                break
            heads = [td.low[x] for x in range(j + 1, k) if td.tags[x] in HEAD]
            if any(h in L.TIME_NOUNS for h in heads):
                break
            if lw == "aus" and not (
                    any(td.tags[x] == "NE" or td.mention_at(x) for x in range(j + 1, k)) or is_role(td, j + 1, k)
                    or any(_is_org_word(h) for h in heads)):
                break  # "sprach Merkel | von der Möglichkeit", "laut Huber | aus Sicherheitsgründen"
            if lw in ("für", "zu", "zur") and (td.tags[j - 1] == "NE" and not _is_org_word(td.low[j - 1])
                                               or td.low[j - 1].endswith(L.SPEECH_NOUN_HEADS)):
                break  # "Gesellschaft für bedrohte Völker"; not "Obama | für die Annahme", "Meinung | zu Kirchhoff"
            if lw in ("zu", "zur") and not (lw == "zur" and _is_org_word(td.low[j - 1])):
                break  # "die Demonstranten | zur Paulskirche", "Pau | zu den Plänen"; not "Bundesamt zur …"
            acronym = td.words[j - 1].isupper() and len(td.words[j - 1]) >= 2 and td.words[j - 1].isalpha()
            if lw in ("in", "im", "an", "am", "bei", "beim") and not (
                    td.tags[k - 1] == "NE" and (td.tags[j - 1] in ("NN", "NNA") or acronym)
                    or any(_is_org_word(h) for h in heads)):
                break  # "Beamte in Seoul", "Sprecher im Ministerium", "des UNHCR in Uganda"; not "Stolpe in Berlin"
            j = k
            continue
        if w == "(":
            k = j + 1
            while k < limit and k - j < 12 and td.words[k] != ")":
                k += 1
            if k < limit and td.words[k] == ")":
                j = k + 1
                continue
            break
        if w == "," and j + 1 < limit:
            # apposition: ", Andreas Huber," / ", der Sprecher des Ministeriums,"
            k = _core_np(td, j + 1, limit, allow_bare_adj=True)
            if k:
                k2 = _post(td, k, limit)
                named = td.tags[j + 1] == "ART" and is_role(td, j + 1, k)  # ", dem Direktor der Behörde, hatten"
                if k2 >= limit or td.words[k2] in (",", ")", ":") or td.tags[k2] == "$." \
                        or named and td.tags[k2] in ("VVFIN", "VAFIN", "VMFIN"):
                    j = k2
                    continue
                m = _pp_tail(td, k2, limit)
                if m is not None and td.tags[j + 1] in ("NN", "NE", "NNA") and (is_role(td, j + 1, j + 2) or td.low[j + 1] in L.TITLES):
                    j = m  # ", Professor am Institut für Technik,": a role with its place
                    continue
                if is_role(td, j + 1, k) and _time_tail(td, k2, limit):
                    j = k2  # ", kanadischer General und Kommandeur des Einsatzes, am Montag."
                    continue
            break
        if (t == "KON" and lw in ("und", "sowie") or lw == "als" and td.low[j + 1:j + 2] == ["auch"]) and j + 1 < limit:
            # "X und Y", "sowohl X als auch Y"
            k = _core_np(td, j + (2 if lw == "als" else 1), limit)
            bare = k is not None and k == j + 2 and td.tags[j + 1] in ("NN", "NE") and td.tags[j - 1] in ("NN", "NE")
            if k and (k >= limit or td.tags[k] in ("$,", "$.", "VVFIN", "VAFIN", "VMFIN", "PTKVZ", "$(", "APPR", "APPRART", "ADV")
                      or td.low[k] in _GEN_ART or bare and td.tags[k] in ("ART", "PIAT", "CARD")):
                # "nach Angaben von Armee und Sanitätern | ein 19-Jähriger": two bare nouns
                j = _post(td, k, limit)
                continue
            break
        break
    return j


_PP_INNER = frozenset({"APPR", "APPRART", "ART", "NN", "NE", "ADJA", "CARD", "NNA", "FM"})


def _time_tail(td: TokDoc, k: int, limit: int) -> bool:
    """From ``k``, a time phrase ("am Montag", "gestern") that ends the clause."""
    m = k
    while m < limit and (td.tags[m] in ("APPR", "APPRART", "ART", "ADJA", "CARD") or td.low[m] in L.TIME_NOUNS
                         or td.tags[m] == "ADV"):
        m += 1
    return m > k and (m >= limit or td.words[m] in (",", ")") or td.tags[m] == "$.") \
        and any(td.low[x] in L.TIME_NOUNS or td.tags[x] == "ADV" for x in range(k, m))


def _pp_tail(td: TokDoc, k: int, limit: int) -> Optional[int]:
    """End of a run of prepositional phrases from ``k`` that reaches a comma or
    a closing bracket, or None."""
    if k >= limit or td.tags[k] not in ("APPR", "APPRART"):
        return None
    m = k
    while m < limit and m - k < 10 and td.tags[m] in _PP_INNER:
        m += 1
    return m if m < limit and m > k + 1 and td.words[m] in (",", ")") else None


def _bare_name(td: TokDoc, j: int) -> bool:
    """The phrase ending before ``j`` is a name without article or role noun."""
    k = j - 1
    while k >= 0 and td.tags[k] in ("NE", "NN") and td.words[k][:1].isupper():
        if td.tags[k] == "NN" and is_role(td, k, k + 1):
            return False
        k -= 1
    return k < j - 1 and (k < 0 or td.tags[k] not in DET | ADJ)


def _is_org_word(w: str) -> bool:
    return any(w.endswith(s) for s in ("ausschuss", "ministerium", "amt", "rat", "behörde", "haus", "tag",
                                       "regierung", "fraktion", "partei", "verband", "parlament", "senat",
                                       "institut", "zentrum", "zentrale", "gesellschaft", "stiftung", "akademie"))


def np_left(td: TokDoc, j: int, floor: int) -> Optional[int]:
    """Start of a noun phrase ending at token ``j`` (inclusive), scanning back
    no further than ``floor``. Used for "X zufolge" and pre-field subjects."""
    i = j
    if not (_is_head(td, i) or td.tags[i] in PRON or td.words[i] in (")", "“", "«", '"')):
        return None
    best = None
    # try every start in [floor, j] and keep the leftmost whose chunk ends exactly at j+1
    for s in range(max(floor, j - 25), j + 1):
        if s > floor and td.tags[s - 1] in DET | ADJ and s - 1 >= floor:
            continue
        e = np_right(td, s, j + 1)
        if e == j + 1:
            best = s
            break
    return best


def is_role(td: TokDoc, a: int, b: int) -> bool:
    for i in range(a, b):
        lw = td.low[i]
        if lw.endswith(L.NOT_ROLE_ENDINGS):
            continue
        if any(lw.endswith(s) for s in L.ROLE_SUFFIXES):
            return True
        if lw.endswith("ern") and any(lw[:-1].endswith(s) for s in L.ROLE_SUFFIXES if s.endswith("er")):
            return True  # dative plural: "von den Veranstaltern", "vielen Beobachtern"
    return False


def speaker_like(td: TokDoc, a: int, b: int) -> bool:
    """A speaker-like phrase: a name, a pronoun, a role or institution."""
    if b - a == 1 and td.tags[a] in ("PPER", "PIS"):
        return True
    core = np_right(td, a, b, pronouns=False, post=False) or b
    if td.tags[a] not in ("ART", "PDAT", "PPOSAT", "PIAT") or any(td.words[k] in (",", "(") or td.is_quote(k)
                                                                 for k in range(a, b)):
        core = b  # a bare name, an apposition, an abbreviation or a quoted name: the whole phrase counts
    # the head phrase decides: "der Verkauf der Woba" is no speaker, "ein Sprecher der Woba" is
    return any(td.tags[k] == "NE" or td.mention_at(k) for k in range(a, core)) or is_role(td, a, core)


def normalise(td: TokDoc, a: int, b: int) -> str:
    """Speaker string: the phrase without leading articles."""
    i = a
    while i < b - 1 and td.tags[i] in ("ART", "PPOSAT", "PDAT"):
        i += 1
    return " ".join(td.span_text(i, b).split()).strip(" ,")


def full_name(td: TokDoc, a: int, b: int, before: int) -> Optional[tuple[int, int]]:
    """For a lone surname, the earlier full name ending with it ("Lim" -> "Lim Jae-hyun"
    is not handled; "Peskow" -> "Dmitri Peskow")."""
    if b - a != 1 or td.tags[a] != "NE":
        return None
    target = td.words[a]
    for k in range(before - 1, -1, -1):
        if td.words[k] != target or k == a:
            continue
        m = td.mention_at(k)
        if m is not None and m[2] == "PER" and m[1] - m[0] >= 2:
            return (m[0], m[1])  # "Kim Jong-un" as the NER found it, not "Nordkorea Kim"
        if k > 0 and td.tags[k - 1] == "NE":
            s = k
            while s - 1 >= 0 and td.tags[s - 1] == "NE" and k - s < 3 \
                    and not (td.mention_at(s - 1) and td.mention_at(s - 1)[2] != "PER"):
                s -= 1
            return (s, k + 1)
    return None


def antecedent(td: TokDoc, i: int, recent: list[tuple[int, int]], max_back: int = 3) -> Optional[tuple[int, int]]:
    """Resolve a pronoun at ``i``: the most recent compatible speaker, else the
    most recent person-like phrase in the last ``max_back`` sentences."""
    pron = td.low[i]
    sent = td.sent_of[i]
    plural_ok = pron in ("sie", "wir", "man")
    for a, b in reversed(recent):
        if a < i and sent - td.sent_of[a] <= max_back + 3:
            if pron in ("er", "ihn", "ihm") and looks_plural(td, a, b):
                continue
            return (a, b)
    # fall back to names / role phrases in the window
    lo = td.sents[max(0, sent - max_back)][0]
    k = i - 1
    while k >= lo:
        m = td.mention_at(k)
        if m and m[2] in ("PER", "ORG") and (m[2] == "PER" or plural_ok):
            return (m[0], m[1])
        if td.tags[k] == "NE" and (k == 0 or td.tags[k - 1] != "NE"):
            e = k + 1
            while e < len(td) and td.tags[e] == "NE":
                e += 1
            if e - k >= 2:
                return (k, e)
        k -= 1
    return None


def looks_plural(td: TokDoc, a: int, b: int) -> bool:
    """A loose plural test for pronoun agreement: "die" and a head noun ending like a plural."""
    head = td.low[b - 1]
    return head.endswith(("en", "er", "e")) and td.low[a] == "die" and td.tags[b - 1] == "NN"


_PLURAL_DET = frozenset({"die", "diese", "alle", "beide", "viele", "einige", "mehrere", "zahlreiche", "manche"})


def plural_np(td: TokDoc, a: int, b: int) -> bool:
    """A strict plural test for subject–verb agreement ("Die Äußerungen Hassemers"):
    a plural determiner before a head noun in a form other than its lemma (a
    feminine singular keeps its lemma: "Die Regierung")."""
    if td.low[a] not in _PLURAL_DET:
        return False
    k = a + 1
    while k < b and td.tags[k] in ("ADJA", "ADV", "CARD"):
        k += 1
    return k < b and td.tags[k] == "NN" and td.lemmas[k] != td.low[k]
