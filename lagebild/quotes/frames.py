"""Attribution frames: the cue, the speaker and the addressee around a message.

A :class:`Frame` is the part of a sentence that says *who* said something and
*how*: "sagte Kreml-Sprecher Dmitri Peskow", "laut TASS", "nach Angaben der
Polizei", "der Zeitung zufolge", "so der Minister", "wie die Behörde
mitteilte", "hieß es in einer Erklärung". ``side`` says where the message is
relative to the frame: "after" (a complement clause follows), "before" (the
frame trails the message), or "around" (the frame is a parenthetical).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from . import lexicon as L
from .speakers import DEMONSTRATIVES, HEAD, is_role, np_left, np_right, plural_np, speaker_like
from .tagging import konj1
from .tokdoc import TokDoc

FIN = ("VVFIN", "VAFIN", "VMFIN")
VERB_TAGS = ("VVFIN", "VVPP", "VVINF", "VVIZU", "VAFIN", "VAPP", "VAINF", "VMFIN")
CLAUSE_BREAK = frozenset({",", ":", ";", "–", "—", "-"})
_REFLEXIVE_CUES = frozenset({"äußern", "zeigen", "beschweren", "beklagen", "erinnern",
                             "aussprechen", "wenden", "geben", "einigen", "erhoffen"})
# Pronominal adverbs that stand in for the complement clause after its verb
# ("erinnerte daran, dass …", "einigten sich darauf, …"): part of the cue.
_CORRELATES = frozenset({"darauf", "daran", "darüber", "davon", "dafür", "darum", "damit"})


@dataclass(frozen=True)
class Frame:
    start: int                          # first token of the frame
    end: int                            # last token + 1
    cue: tuple[int, ...]
    source: Optional[tuple[int, int]]   # token span [a, b)
    addr: Optional[tuple[int, int]]
    lemma: str
    stwr: str
    kind: str                           # verb | prep | so | wie | heisst | anaphoric
    side: str                           # after | before | around | any
    origin: Optional[tuple[int, int]] = None  # the quoted person behind a relay

    def tokens(self) -> set[int]:
        return set(range(self.start, self.end))


# Manner words after ", so X": ", so Guttenberg wörtlich", ", so X sinngemäß".
_SO_MANNER = frozenset({"wörtlich", "sinngemäß", "abschließend", "zusammenfassend", "ergänzend", "später"})


def konj_in(td: TokDoc, a: int, b: int) -> bool:
    """A Konjunktiv I/II finite verb in [a, b) whose subject is not "ich"."""
    for k in range(a, b):
        t = td.tags[k]
        if t in FIN:
            if td.low[k] in L.KONJ2:
                return True
            if konj1(td.words[k], td.lemmas[k], t):
                if not any(td.low[x] == "ich" for x in range(max(a, k - 3), min(b, k + 3))):
                    return True
    return False


def speech_lemma(td: TokDoc, i: int) -> Optional[str]:
    """The cue lemma if token ``i`` is a verb of speech, writing or thought."""
    t = td.tags[i]
    if t not in VERB_TAGS:
        return None
    lemma = td.lemmas[i]
    if lemma in L.SPEECH_VERBS:
        return lemma
    if lemma in ("heißen",) and _has_es(td, i):
        return "heißen"
    if lemma in ("hervorgehen", "ergeben") and _wie_aus_before(td, i):
        return lemma  # verb-final "wie aus dem Bericht hervorgeht", "wie sich aus den Akten ergab"
    if lemma == "lauten" and _quote_after_colon(td, i):
        return lemma  # "Der Text lautete: „…“"
    return None


def _quote_after_colon(td: TokDoc, i: int) -> bool:
    """The clause of ``i`` ends in a colon that a quotation mark follows."""
    ce = clause_end(td, i)
    k = ce + 1
    return ce < len(td) and td.words[ce] == ":" and k < len(td) and td.is_quote(k)


def _wie_clause(td: TokDoc, i: int, lead: tuple[str, ...] = ("denn", "und", "aber")) -> Optional[int]:
    """Index of the "wie" that opens the clause of the verb at ``i`` (after one of
    the ``lead`` conjunctions), or None."""
    cs = clause_start(td, i)
    if td.low[cs] in lead and cs + 1 < i:
        cs += 1
    return cs if td.low[cs] == "wie" else None


def _wie_aus_before(td: TokDoc, i: int) -> bool:
    """A clause "wie (sich) aus X …" ending at the verb ``i``."""
    w = _wie_clause(td, i)
    return w is not None and any(td.low[k] == "aus" and td.tags[k] == "APPR" for k in range(w, i))


def _has_es(td: TokDoc, i: int) -> bool:
    s, e = td.sent_range(i)
    if any(td.low[k] == "es" for k in range(max(s, i - 2), min(e, i + 3))):
        return True
    w = _wie_clause(td, i, lead=())  # "wie es auf einer Pressekonferenz in Oslo hieß"
    return w is not None and w + 1 < i and td.low[w + 1] == "es"


def clause_start(td: TokDoc, i: int, floor: Optional[int] = None) -> int:
    s = td.sent_range(i)[0] if floor is None else floor
    k = i - 1
    while k >= s:
        if td.words[k] in CLAUSE_BREAK:
            return k + 1
        k -= 1
    return s


def clause_end(td: TokDoc, i: int) -> int:
    """Index of the first clause break (or sentence-final punctuation) after ``i``."""
    e = td.sent_range(i)[1]
    k = i + 1
    while k < e:
        if td.words[k] in CLAUSE_BREAK or td.tags[k] == "$.":
            return k
        k += 1
    return e


def _particles(td: TokDoc, v: int, lemma: str) -> list[int]:
    """Separable particle (and "darauf"/"davon") belonging to the verb at ``v``."""
    parts = L.PARTICLE_VERBS.get(lemma)
    out: list[int] = []
    end = clause_end(td, v)
    if parts and end < len(td) and td.words[end] == ",":
        # "teilte der Vorsitzende, Jan Roth, mit": the particle after an apposition
        e = td.sent_range(v)[1]
        k = end + 1
        while k < e and td.tags[k] not in FIN and td.tags[k] not in ("KOUS", "PRELS", "PRELAT", "PWAV", "$.") \
                and td.words[k] not in (":", ";"):
            k += 1
        last = k - 1
        if last > end + 1 and td.words[last] == "," and k < e and td.tags[k] == "KOUS":
            last -= 1  # "gab der Leiter, Andreas Huber, bekannt, dass …"
        if k < e and (td.tags[k] == "$." or td.tags[k] == "KOUS" and last < k - 1) \
                and td.tags[last] in ("PTKVZ", "ADJD") and td.low[last] in parts:
            end = last + 1
        elif end + 1 < e and (relative_opening(td, end + 1)
                              or td.tags[end + 1] == "KOUS" and td.low[end + 1] not in L.COMPLEMENTIZERS):
            # "geht aus einer Meldung, die … verbreitet wurde, hervor": past a relative clause;
            # "warf Obama, nachdem … bekannt wurde, vor, …": past an adverbial clause
            k = end + 1
            while k < e and td.words[k] != "," and td.tags[k] != "$.":
                k += 1
            if k + 2 < e and td.words[k] == "," and td.low[k + 1] in parts \
                    and (td.tags[k + 2] == "$." or td.words[k + 2] in (",", ":")):
                return [k + 1]
    for k in range(v + 1, end):
        if td.tags[k] == "APPR" and k + 1 < end and not (td.tags[k + 1] == "$." or td.words[k + 1] in CLAUSE_BREAK):
            continue  # "sagte der Unternehmer aus Hamburg": a preposition, not the particle
        if td.tags[k] == "PTKVZ" or (parts and td.low[k] in parts and td.tags[k] in ("PTKVZ", "ADV", "ADJD", "APPR", "VVINF", "VVPP")):
            if parts is None or td.low[k] in parts:
                out.append(k)
                for p in range(k - 1, v, -1):  # "wies darauf hin", "geht davon aus"
                    if td.tags[p] == "PROAV" and td.low[p].startswith("da"):
                        out.append(p)
                        break
                break
    if not out and parts and v - 1 > td.sent_range(v)[0] and td.low[v - 1] in parts \
            and td.tags[v - 1] in ("ADJD", "PTKVZ", "ADV") and end == v + 1:
        out.append(v - 1)  # verb-final, particle written apart: "wie die Bank bekannt gab, …"
    return out


_APPOSITION_TAGS = frozenset({"NE", "NN", "ART", "ADJA", "APPR", "APPRART", "CARD", "FM", "PPOSAT", "$("})


def _past_appositions(td: TokDoc, cs: int) -> int:
    """"hatte die Staatsanwältin von Grosseto, Maria Navarro, gesagt": the clause
    of a participle reaches back past up to two verbless stretches between commas."""
    s0 = td.sent_range(cs)[0] if cs < len(td) else cs
    start = cs
    for _ in range(2):
        if cs - 2 < s0 or td.words[cs - 1] != ",":
            break
        prev = clause_start(td, cs - 2)
        stretch = range(prev, cs - 1)
        # the auxiliary's own clause: ", hatte die Staatsanwältin von Grosseto, …",
        # "Nun hat sich gegenüber Wikinews der EU-Kommissar, …"
        aux = [k for k in stretch if td.tags[k] in ("VAFIN", "VMFIN")]
        allowed = _APPOSITION_TAGS | ({"ADV", "PRF", "PROAV", "PPER"} if aux else set())
        if not stretch or len(aux) > 1 or not all(td.tags[k] in allowed for k in stretch if k not in aux) \
                or not any(td.tags[k] in ("NE", "NN") for k in stretch):
            break
        if aux:
            return prev
        cs = prev
    return start


def verb_cue(td: TokDoc, v: int) -> Optional[tuple[str, list[int], int]]:
    """If ``v`` is a cue verb: (lemma, cue tokens, finite-verb index)."""
    lemma = speech_lemma(td, v)
    if lemma == "bekennen" and td.low[v] == "bekannt" \
            and not any(td.low[k] == "sich" for k in range(clause_start(td, v), v)):
        return None  # "nachdem die Entscheidung bekannt wurde": known, not confessed ("hat sich … bekannt")
    parts: list[int] = []
    noun = _noun_cue(td, v) if lemma is None or td.lemmas[v] in L.NOUN_CUES else None
    if noun is not None:
        lemma, parts = noun
    elif lemma is None:
        base = td.lemmas[v]
        if td.tags[v] in VERB_TAGS and base in L.PARTICLE_VERBS:
            parts = _particles(td, v, base)
            if not parts:
                return None
            joined = td.low[parts[0]] + base
            lemma = joined if td.tags[parts[0]] == "PTKVZ" or joined in L.SPEECH_VERBS else base
            if lemma not in L.SPEECH_VERBS and base not in ("gehen", "geben", "stellen", "machen", "legen", "lassen", "halten", "weisen", "heben", "führen", "räumen", "werfen", "sehen", "wenden", "merken"):
                return None
        else:
            return None
    else:
        if td.tags[v] in FIN:
            parts = _particles(td, v, lemma) if lemma in L.PARTICLE_VERBS else []
            if parts and td.tags[parts[0]] == "PTKVZ" and td.low[parts[0]] + lemma in L.SPEECH_VERBS:
                lemma = td.low[parts[0]] + lemma  # "sagten … voraus": voraussagen
    cue = [v] + parts
    fin = v
    if td.tags[v] in ("VVPP", "VVINF", "VVIZU") or _participle_after_aux(td, v):
        # compound tense: "hatte gesagt", "hat angekündigt", "wird zitiert"
        cs = _past_appositions(td, clause_start(td, v))
        for k in range(v - 1, cs - 1, -1):
            if td.tags[k] in ("VAFIN", "VMFIN") or td.tags[k] == "VVFIN" and td.lemmas[k] == "lassen" \
                    and td.tags[v] == "VVINF":  # "ließ über seinen Sprecher mitteilen"
                cue.append(k)
                fin = k
                if v + 1 < len(td) and td.low[v + 1] == "worden":
                    cue.append(v + 1)  # "war … vorgeworfen worden": passive pluperfect
                break
        else:
            for k in range(v + 1, clause_end(td, v)):
                if td.tags[k] in ("VAFIN", "VMFIN", "VAINF", "VAPP"):
                    cue.append(k)
                    fin = k
                    break
            else:
                if td.tags[v] == "VVPP" and not _participle_as_present(td, v):
                    return None
    if lemma in _REFLEXIVE_CUES or td.lemmas[v] in _REFLEXIVE_CUES:
        for k in range(fin + 1, min(clause_end(td, fin), fin + 5)):
            if td.tags[k] == "PRF":
                cue.append(k)
                break
    if lemma == "heißen":
        for k in range(max(td.sent_range(v)[0], v - 2), min(len(td), v + 3)):
            if td.low[k] == "es":
                cue.append(k)
                break
    cue.extend(_cue_extras(td, fin, v, lemma))
    return lemma, sorted(set(cue)), fin


_NOUN_CUE_LEAD = ("ART", "APPR", "APPRART", "ADJA", "PPOSAT")


def _noun_cue(td: TokDoc, v: int) -> Optional[tuple[str, list[int]]]:
    """A light verb with its fixed noun: "ist der Meinung", "vertritt die
    These", "kam zu dem Ergebnis", "legte Wert darauf", "zeigte sich überzeugt".
    The noun must close its clause (only verbs, particles and "darauf" may
    follow) so that a complement comes next. Returns (noun lemma, cue words
    beyond the verb)."""
    words = L.NOUN_CUES.get(td.lemmas[v])
    if not words or td.tags[v] not in VERB_TAGS:
        return None
    cs, ce = clause_start(td, v), clause_end(td, v)
    after_quote = cs > 0 and (td.is_quote(cs - 1) or td.words[cs - 1] == "," and cs > 1 and td.is_quote(cs - 2))
    if ce >= len(td) or td.words[ce] not in (",", ":") and not (after_quote and td.tags[ce] == "$."):
        return None  # a complement follows, or the quote before is the message ("„…“, zeigte sich X zufrieden.")
    for k in range(cs, ce):
        if td.low[k] not in words or td.tags[k] not in ("NN", "ADJD", "VVPP", "ADV") or k == v:
            continue
        if any(td.tags[x] not in ("VVPP", "VAPP", "VVINF", "VAINF", "VAFIN", "VMFIN", "VVFIN", "PTKVZ",
                                  "PROAV", "ADV", "PTKZU") for x in range(k + 1, ce) if x != v):
            continue
        a = k
        while a - 1 >= cs and a - 1 != v and td.tags[a - 1] in _NOUN_CUE_LEAD:
            a -= 1  # "der festen Überzeugung", "zu dem Ergebnis"
        if td.tags[k] == "NN" and (a == k or td.tags[a] not in ("ART", "APPR", "APPRART", "PPOSAT")):
            if not (td.lemmas[v] in ("legen",) and a == k):
                continue  # "Wert legen" has no article; the others need one
        if td.lemmas[v] == "sein" and td.tags[k] == "NN" and td.low[a] != "der":
            continue  # "ist der Meinung": genitive
        if k < v and td.tags[a] not in ("APPR", "APPRART") and td.lemmas[v] != "legen":
            continue  # a noun before the verb is its subject, unless in a PP ("zum Ausdruck brachte")
        extra = list(range(a, k + 1))
        if td.lemmas[v] == "legen" and k + 1 < ce and td.tags[k + 1] == "PROAV":
            extra.append(k + 1)  # "legte Wert darauf"
        if td.lemmas[v] in ("sein", "zeigen"):
            extra += [x for x in range(v + 1, min(v + 4, ce)) if td.tags[x] == "PRF"][:1]
        return td.low[k], extra
    return None


# Cue verbs whose predicate noun is introduced by "als": "bezeichnete den Plan als …"
_ALS_CUES = frozenset({"bezeichnen", "begrüßen", "kritisieren", "loben", "werten", "bewerten", "einstufen",
                       "beschreiben", "darstellen", "verurteilen", "zurückweisen", "ablehnen", "charakterisieren",
                       "sehen", "betrachten", "ansehen"})


def _cue_extras(td: TokDoc, fin: int, v: int, lemma: str) -> list[int]:
    """Words of the cue beyond the verb: "als" after verbs of naming, and
    "mit den Worten" after verbs of saying and quoting."""
    out: list[int] = []
    a, b = min(fin, v), clause_end(td, max(fin, v))
    if b < len(td) and td.words[b] == "," and td.low[b - 1] in _CORRELATES and b - 1 > max(fin, v) \
            and td.tags[b - 1] in ("PROAV", "PAV", "ADV"):
        out.append(b - 1)
    for k in range(a + 1, b):
        if td.low[k] == "als" and lemma in _ALS_CUES:
            out.append(k)
            break
        if td.low[k] in ("von", "vom") and lemma == "sprechen" and td.tags[k] in ("APPR", "APPRART"):
            out.append(k)  # "sprach von einer „Katastrophe“"
            break
        if td.low[k] == "mit" and k + 2 < b + 1 and td.low[k + 1] in ("den", "folgenden") \
                and td.low[k + 2 if td.low[k + 1] == "den" else k + 1] in ("worten", "folgenden"):
            words = [k, k + 1, k + 2] if td.low[k + 2] == "worten" else \
                [k, k + 1, k + 2, k + 3] if k + 3 < len(td) and td.low[k + 3] == "worten" else [k, k + 1]
            if td.low[words[-1]] == "worten":
                out.extend(words)
                break
    return out


def _participle_as_present(td: TokDoc, v: int) -> bool:
    """A form the tagger read as participle but that is the present tense of a
    main clause without any other verb: "Josef Schuster kritisiert, dass …"."""
    if not td.low[v].endswith("t") or v + 1 >= len(td) or td.words[v + 1] not in (",", ":"):
        return False
    cs = clause_start(td, v)
    if cs < v and (td.tags[cs] in ("PRELS", "KOUS") or td.tags[cs] in ("APPR", "APPRART") and td.tags[cs + 1] == "PRELS") \
            and v + 2 < len(td) and (td.low[v + 2] in L.COMPLEMENTIZERS or zu_clause(td, v + 2, clause_end(td, v + 2))):
        # verb-final relative or dass-clause: "ein Bericht, in dem die Behörde erklärt, dass …",
        # "dass eine Minderheit behauptet, das Allgemeinwohl zu vertreten"
        return not any(td.tags[k] in VERB_TAGS for k in range(cs + 1, v))
    if cs >= v or td.tags[cs] in ("KOUS", "PRELS", "PWAV", "PRELAT", "APPR", "APPRART", "ADV", "PROAV") \
            or td.sent_range(v)[0] != cs:
        return False
    return not any(td.tags[k] in VERB_TAGS for k in range(cs, v))


def relative_opening(td: TokDoc, k: int) -> bool:
    """Does a relative clause start at ``k`` ("die …", "zu der …")?"""
    return k < len(td) and (td.tags[k] in ("PRELS", "PRELAT") or td.tags[k] in ("APPR", "APPRART")
                            and k + 1 < len(td) and td.tags[k + 1] in ("PRELS", "PRELAT"))


def zu_clause(td: TokDoc, a: int, b: int) -> bool:
    """Is [a, b) a zu-infinitive ("… zu vertreten", "… einzurichten")?"""
    return any(td.tags[k] in ("PTKZU", "VVIZU") for k in range(a, b))


def _participle_after_aux(td: TokDoc, v: int) -> bool:
    """A clause-final form the tagger read as finite but that is a participle
    after an auxiliary of the same clause: "hatte der Verband betont, dass …"."""
    if td.tags[v] != "VVFIN" or not td.low[v].endswith(("t", "en")):
        return False
    ce = clause_end(td, v)
    if ce != v + 1 and not (ce == v + 2 and td.tags[v + 1] in ("VAFIN", "VAINF", "VAPP")):
        return False
    cs = clause_start(td, v)
    if cs < v and td.tags[cs] in ("KOUS", "PRELS", "PWAV", "PRELAT"):
        return False  # verb-final clause: "…, dass er es betont"
    auxes = [k for k in range(cs, v) if td.tags[k] in ("VAFIN", "VMFIN")]
    return len(auxes) == 1 and td.lemmas[auxes[0]] in ("haben", "sein", "werden") \
        and not any(td.tags[k] in ("VVFIN", "VVPP", "VVINF") for k in range(cs, v))


def stwr_of(lemma: str) -> str:
    return L.SPEECH_VERBS.get(lemma, "Speech")


def subject_of(td: TokDoc, fin: int, cue: list[int], complex_np: bool = True
               ) -> tuple[Optional[tuple[int, int]], Optional[tuple[int, int]]]:
    """Subject (speaker) and addressee of the clause whose finite verb is ``fin``.
    ``complex_np``: fall back to a whole pre-field the chunker cannot parse."""
    cs = clause_start(td, fin)
    s0 = td.sent_range(fin)[0]
    # pre-field subject: the whole pre-field is one noun phrase, possibly with
    # appositions set off by commas ("Claudia Pfeiffer, Geschäftsführerin des
    # Verbands, erklärte")
    starts = [cs]
    c = cs
    for _ in range(2):
        if c <= s0 or td.words[c - 1] != ",":
            break
        c = clause_start(td, c - 1)
        starts.append(c)
    a0 = cs + 1 if cs < fin and td.tags[cs] == "KON" else cs
    if fin + 1 < len(td) and td.low[fin + 1] in ("er", "sie", "wir", "man") and td.tags[fin + 1] in ("PPER", "PIS") \
            and cs < fin and not (td.low[fin + 1] == "sie" and td.low[a0] in ("der", "ein", "kein")
                                  and np_right(td, a0, fin) == fin
                                  and (is_role(td, a0, fin) or any(td.tags[x] == "NE" for x in range(a0, fin)))):
        # "Der Politik schlug er vor, …": the pronoun is the subject, the pre-field an object;
        # but "Der Sprecher nannte sie …": a masculine speaker phrase and an object "sie"
        pre = np_right(td, a0, fin, post=False)
        addr = (a0, pre) if pre == fin and td.low[a0] in ("dem", "der", "den") else None
        return (fin + 1, fin + 2), addr
    rel_subject = _relative_clause_subject(td, cs, fin)
    if rel_subject:
        return rel_subject, _addressee(td, rel_subject[1], cue)
    if cs < fin and td.tags[cs] in ("PRELS",) and cs + 1 == fin or cs + 1 < fin and td.tags[cs] == "PRELS" \
            and td.low[cs] in ("der", "die", "welcher", "welche") and td.tags[cs + 1] not in ("NN", "ADJA", "NE"):
        return (cs, cs + 1), _addressee(td, cs + 1, cue)  # "…, der der Regierung vorwarf, …"
    if cs < fin and (td.tags[cs] == "KOUS" or subordinate_word_clause(td, cs, fin)) and td.low[cs] not in ("dass", "daß", "ob"):
        # verb-final clause: "zumal der Verteidiger immer wieder betont hatte"
        end = np_right(td, cs + 1, fin)
        if end and td.low[cs + 1] not in ("dem", "den"):
            return (cs + 1, end), _addressee(td, end, cue)
    for c in reversed(starts):
        if c != cs and not (c == s0 or td.words[c - 1] in (":", ";") or td.tags[c] == "KON"):
            continue
        first = c + 1 if td.tags[c] == "KON" and c + 1 < fin else c
        if first == s0 and first + 2 < fin and td.words[first] in ("!", "?") and td.words[first + 1] in ("“", "”", "«"):
            first += 1  # a sentence split before the "!" that ends the quote of the sentence before
        if first <= s0 + 1 and first + 1 < fin and td.words[first] in ("“", "”", "«") and first > 0 \
                and td.words[first - 1] in ("!", "?", ".", "…") and _stray_closer(td, first):
            first += 1  # "… zuviel! | “ Minister Struck sagte": the mark closes the sentence before
        while first + 1 < fin and (td.low[first] in FOCUS_PARTICLES
                                   or first == c and td.low[first] in LEADING_CONJUNCTIONS):
            first += 1  # "Auch der Verband erklärte", "Einzig Sony gab bekannt", "Aber Zeitungen berichteten"
        if first >= fin or td.tags[first] in _BAD_FIRST and td.low[first] not in DEMONSTRATIVES \
                and not (td.is_quote(first) and c == cs) \
                and not (td.tags[first] == "CARD" and td.tags[first + 1] in HEAD):
            # allowed: a quoted name ("„BBC News“ berichtet"), a number ("22 Prozent teilen die Meinung")
            continue
        got = _prefield_np(td, first, fin)
        if got and _fronted_object(td, got[0], fin):
            break  # "Die Pläne bezeichnete Wiefelspütz als …": the subject follows the verb
        if got:
            subj = got[0]
            if first == c + 1 and td.low[c] in ("sowohl", "weder") and subj[0] == first:
                subj = (c, subj[1])  # "Sowohl die Behörde als auch das Militär kündigten … an"
            return subj, got[1] or _addressee(td, fin + 1, cue)
    # subject after the finite verb
    ce = clause_end(td, fin)
    k = fin + 1
    addr = None
    while k < ce:
        t = td.tags[k]
        if k in cue and t in ("APPR", "APPRART") and k + 1 < ce:
            k = np_right(td, k + 1, ce, post=False) or k + 1  # "spreche von Einvernehmlichkeit": its object
            continue
        if k in cue or t in ("ADV", "PTKNEG", "PROAV", "ADJD", "PRF", "PTKVZ") and td.low[k] not in ("man",):
            k += 1
            continue
        if td.low[k] == "gegenüber" and k + 1 < ce:
            e = np_right(td, k + 1, ce, post=False)
            if e:
                addr = (k + 1, e)
                k = e
                continue
        if t in ("APPR", "APPRART"):
            # skip a prepositional adjunct ("am Montag", "in einem Interview")
            e = np_right(td, k + 1, ce, pronouns=False, post=False)
            if e and td.tags[k + 1] == "NE":
                # "in Brüssel EU-Kommissarin Maria Lund": the place ends where a role noun starts
                e = next((x for x in range(k + 2, e) if td.tags[x] == "NN" and is_role(td, x, x + 1)), e)
            if e:
                k = e
                while k < ce and td.tags[k] == "CARD" and td.words[k].isdigit():
                    k += 1  # "im Mai 2005"
                continue
            break
        if td.low[k] == "es" and td.tags[k] == "PPER":
            k += 1  # "hält es für …", "bestätigte es": an object or expletive, not a speaker
            continue
        if td.low[k] in _OBJECT_PRONOUNS and td.tags[k] in ("PPER", "PRF"):
            if td.low[k] in ("ihm", "ihnen") and addr is None:
                addr = (k, k + 1)  # "sagte ihm der Minister": the one spoken to
            k += 1  # "zitierte ihn das Staatsfernsehen": an object, the subject follows
            continue
        e = np_right(td, k, td.sent_range(k)[1])
        if e is None:
            break
        e = next((x for x in range(k + 1, e) if x in cue), e)  # "sprach der Minister | von einer Krise"
        if e < len(td) and td.tags[e] in FIN and "," in td.words[k:e]:
            # "forderte die Opposition, der Minister müsse …": the clause after the
            # comma has its own verb, so it is no apposition of the subject
            e = k + td.words[k:e].index(",")
        if td.low[k] in OBLIQUE_DET and td.tags[k] in ("ART", "PPOSAT", "PDAT", "PIAT"):
            k = e  # "begrüßte den Beschluss", "zum Abschluss | des Treffens": not nominative
            continue
        core = np_right(td, k, e, post=False) or e
        if td.tags[k] in ("ART",) and td.low[k] in ("der", "dem", "den") and _is_addressee_np(td, k, core):
            # "sagte der Zeitung X": dative addressee first
            e2 = np_right(td, e, ce)
            if e2:
                return (e, e2), (k, e)
            if td.low[k] == "der" and addr is None and not any(
                    td.tags[x] in ("ART", "NE", "NN", "PPER", "PDS") for x in range(e, ce)):
                return (k, e), None  # "meldete der Radiosender, dass …": no other noun, so the subject
            addr = (k, e)
            k = e
            continue
        if _is_time_np(td, k, e):
            k = e
            continue
        e = _coordinated_right(td, fin, e, ce)
        a2 = _addressee(td, e, cue)
        return (k, e), addr or a2 or _addressee(td, fin + 1, cue, skip=(k, e))
    return (_complex_prefield(td, fin) if complex_np else None), addr


_OBJECT_PRONOUNS = frozenset({"ihn", "ihm", "ihnen", "mich", "mir", "dich", "dir", "euch"})


def _fronted_object(td: TokDoc, pre: tuple[int, int], fin: int) -> bool:
    """A pre-field phrase that is no speaker (nor a record that may speak), before
    a verb followed by one that is: "Die Pläne | Die neue Regel kritisierte der Verband"."""
    if (speaker_like(td, *pre) or _speech_noun_np(td, *pre)) and not (plural_np(td, *pre) and _singular_verb(td, fin)):
        return False  # "Eine aktuelle Schätzung beziffert …": a record may say things, too
    ce = clause_end(td, fin)
    k = fin + 1
    while k < ce and td.tags[k] in ("ADV", "PTKNEG"):
        k += 1
    if k >= ce or td.low[k] in OBLIQUE_DET or td.low[k] in ("es", "man", "sich") \
            or td.tags[k] not in ("ART", "NE", "NN", "PPER", "ADJA") and not td.mention_at(k):
        return False
    e = np_right(td, k, ce, pronouns=True)
    return e is not None and speaker_like(td, k, e)


def _singular_verb(td: TokDoc, fin: int) -> bool:
    """A finite verb that cannot agree with a plural subject ("bezeichnete", "wies", "hat")."""
    w = td.low[fin]
    return td.tags[fin] in FIN and not w.endswith("n") and w not in ("sind", "seid")


def _coordinated_right(td: TokDoc, fin: int, e: int, ce: int) -> int:
    """"sagten Müller und Schmidt am Montag": a plural verb takes a second
    subject phrase joined by "und"/"sowie" after the first."""
    if e + 1 >= ce or td.low[e] not in ("und", "sowie") or not (td.low[fin].endswith("en") or td.low[fin] == "sind"):
        return e
    e2 = np_right(td, e + 1, ce, pronouns=False)
    if e2 is None or not speaker_like(td, e + 1, e2):
        return e
    if e2 < ce and td.words[e2] not in (",", ":") and td.tags[e2] not in ("$.", "APPR", "APPRART", "ADV", "PTKVZ", "ADJD") \
            and not td.is_quote(e2):
        return e
    return e2


def _relative_clause_subject(td: TokDoc, cs: int, fin: int) -> Optional[tuple[int, int]]:
    """The subject after an oblique relative pronoun: "ein Zettel, in dem er verlangte",
    "der Plan, den die Ministerin verteidigte"."""
    r = next((k for k in range(fin - 2, cs - 1, -1) if td.tags[k] == "PRELS"), None)
    if r is None or any(td.tags[k] in FIN for k in range(r, fin)):
        return None  # (a comma may be missing: "ein Zettel in dem er verlangte")
    if not (r > cs and td.tags[r - 1] in ("APPR", "APPRART") or td.low[r] in ("den", "dem", "denen")
            or td.low[r + 1] in ("er", "sie", "wir", "ich", "man")):
        return None
    end = np_right(td, r + 1, fin)
    if end is None or td.low[r + 1] in OBLIQUE_DET:
        return None
    return (r + 1, end)


# Determiners that never start a nominative noun phrase.
OBLIQUE_DET = frozenset({"des", "dem", "den", "eines", "einem", "einen", "seines", "seinem", "seinen",
                         "ihres", "ihrem", "ihren", "dieses", "diesem", "diesen", "jenem", "jenen", "keinem",
                         "keinen", "unserem", "unseren", "deren", "dessen"})
_NP_FIRST = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "NE", "NN", "ADJA", "NNA", "FM"})


def _complex_prefield(td: TokDoc, fin: int) -> Optional[tuple[int, int]]:
    """The whole pre-field as the subject when it is one long noun phrase the
    chunker cannot parse: "Die das Unglück überlebende Alice K., 30, beschrieb",
    "Günther P., der Verteidigungsminister Österreichs, der …, sagte".
    Relative clauses at its end are left out."""
    s0 = td.sent_range(fin)[0]
    a = s0
    for k in range(fin - 1, s0 - 1, -1):
        if td.words[k] in (":", ";") or td.tags[k] == "$.":
            a = k + 1
            break
    while a + 1 < fin and td.low[a] in FOCUS_PARTICLES:
        a += 1
    if a >= fin or fin - a > 30 or td.tags[a] not in _NP_FIRST or td.low[a] in OBLIQUE_DET:
        return None
    if td.is_quote(a) or any(td.is_quote(k) and not td.words[k + 1][:1].isupper() for k in range(a, fin - 1)):
        return None
    # comma-separated stretches: noun phrases, appositions and relative clauses
    segs, start = [], a
    for k in range(a, fin + 1):
        if k == fin or td.words[k] == ",":
            if k > start:
                segs.append((start, k))
            start = k + 1
    if not segs:
        return None
    keep_end = None
    for n, (x, y) in enumerate(segs):
        rel = td.tags[x] in ("PRELS", "PRELAT") or (td.tags[x] in ("APPR", "APPRART") and x + 1 < y
                                                   and td.tags[x + 1] in ("PRELS", "PRELAT"))
        if n and rel:
            continue
        if any(td.tags[i] in FIN or td.tags[i] == "KOUS" for i in range(x, y)):
            return None
        if not any(td.tags[i] in HEAD or td.tags[i] == "CARD" for i in range(x, y)):
            return None
        keep_end = y
    if keep_end is None or not any(td.tags[i] in HEAD for i in range(a, keep_end)):
        return None
    if _is_time_np(td, a, keep_end):
        return None
    return (a, _without_time_tail(td, a, keep_end))


def time_words_only(td: TokDoc, a: int, b: int) -> bool:
    """[a, b) holds nothing but the words of a date or time ("November 2021",
    "heute Mittag", "dem vergangenen Samstag")."""
    return all(td.tags[x] in ("ART", "ADJA", "CARD") or td.low[x] in L.TIME_NOUNS or td.low[x] in L.RELATIVE_DAYS
               for x in range(a, b))


def _without_time_tail(td: TokDoc, a: int, b: int) -> int:
    """"die Beobachtungsstelle für Menschenrechte am Samstag" ends before "am Samstag"."""
    for k in range(a + 1, b):
        if td.tags[k] in ("APPR", "APPRART") and td.tags[k - 1] in HEAD and _is_time_np(td, k, b) \
                and time_words_only(td, k + 1, b):
            return k
    while b - 1 > a and td.tags[b - 1] == "NN" and td.low[b - 1] in L.TIME_NOUNS and td.tags[b - 2] in HEAD:
        b -= 1  # "Foglar Freitagabend"
    return b


# Focus particles that may precede a pre-field subject; not part of the speaker.
FOCUS_PARTICLES = frozenset({"auch", "selbst", "sogar", "nur", "einzig", "allein", "insbesondere", "besonders",
                             "gerade", "ausgerechnet", "ebenfalls", "ebenso", "zumindest"})

# Conjunctions before the pre-field that the tagger may read as adverbs.
LEADING_CONJUNCTIONS = frozenset({"aber", "und", "oder", "denn", "doch", "sondern"})

_BAD_FIRST = frozenset({"APPR", "APPRART", "ADV", "KOUS", "PWAV", "PAV", "PROAV", "KON", "PTKNEG",
                        "ADJD", "CARD", "PDS", "$,", "$("})


def _prefield_np(td: TokDoc, a: int, fin: int):
    """(subject, addressee) if [a, fin) is "NP", "NP gegenüber NP" or "NP ADV"."""
    if td.low[a] in OBLIQUE_DET and td.tags[a] in ("ART", "PPOSAT", "PDAT", "PIAT"):
        return None  # "Den Flüchtlingen sicherte der Präsident zu": an object, not the subject
    e = np_right(td, a, fin)
    if e is None or _is_time_np(td, a, e):
        return None
    if e == fin - 1 and td.words[e] == ",":
        return (a, e), None
    if td.words[e] == "," and td.words[fin - 1] == "," and fin - 2 > e + 1 and td.tags[fin - 2] in FIN \
            and (td.tags[e + 1] in ("PRELS", "PRELAT")
                 or td.tags[e + 1] in ("APPR", "APPRART") and td.tags[e + 2] in ("PRELS", "PRELAT")):
        return (a, e), None  # "Ulla Jelpke, die … gesorgt hatte, kritisierte": past the relative clause
    addr = None
    k = e
    while k < fin and (td.tags[k] in ("ADV", "PTKNEG") and td.low[k] not in ("so",)
                       or td.tags[k] in ("PROAV", "PAV") and td.low[k] in ("dagegen", "hingegen", "indes")):
        k += 1  # "Die Kampagne selbst dagegen warf … vor"
    if k < fin and td.low[k] == "gegenüber":
        a2 = np_right(td, k + 1, fin, post=False)
        if a2 is None:
            return None
        addr, k = (k + 1, a2), a2
    while k < fin and td.tags[k] in ("ADV", "PTKNEG"):
        k += 1
    if k != fin:
        return None
    return (a, e), addr


def _is_time_np(td: TokDoc, a: int, b: int) -> bool:
    """A time phrase ("am Montag", "im vergangenen Jahr"); a quoted title is
    no time word ("die Wochenzeitung „Die Zeit“")."""
    quoted = False
    for x in range(a, b):
        if td.is_quote(x):
            quoted = not quoted
        elif not quoted and td.tags[x] in HEAD and td.low[x] in L.TIME_NOUNS:
            return True
    return False


def _is_addressee_np(td: TokDoc, a: int, b: int) -> bool:
    for x in range(a, b):
        if td.tags[x] in HEAD and td.low[x].endswith(L.ADDRESSEE_HEADS):
            return True
    return False


def _addressee(td: TokDoc, k: int, cue: list[int], skip: Optional[tuple[int, int]] = None
               ) -> Optional[tuple[int, int]]:
    """Whom it was said to, in the frame clause after token ``k``: "gegenüber
    der Zeitung", "der Agentur dpa", "zur Sportschau", "vor Journalisten",
    "im Gespräch mit dem Sender"."""
    if k >= len(td):
        return None
    s, e = td.sent_range(k)
    ce = clause_end(td, k - 1) if k > s else e
    # a trailing frame may run past commas of an apposition (", sagte X, Y, gegenüber Z")
    if ce < e and td.words[ce] == "," and cue and max(cue) < k:
        nxt = ce
        while nxt < e and td.words[nxt] == "," and nxt + 1 < e and td.low[nxt + 1] == "gegenüber":
            ce = clause_end(td, nxt + 1)
            nxt = ce
    x = k
    while x < ce:
        if skip and skip[0] <= x < skip[1]:
            x = skip[1]
            continue
        lw = td.low[x]
        if lw == "gegenüber" and td.tags[x] in ("APPR", "APPO", "ADV"):
            end = np_right(td, x + 1, ce, post=False)
            return (x + 1, end) if end else None
        if lw in ("zur", "zum", "vor") and x + 1 < ce:
            end = np_right(td, x + 1 if lw == "vor" else x + 1, ce, post=False)
            if end and _is_addressee_np(td, x + 1, end):
                return (x + 1, end)
        if lw == "mit" and x > k and td.low[x - 1] in ("interview", "gespräch", "telefonat", "telefongespräch"):
            end = np_right(td, x + 1, ce, post=False)
            if end:
                return (x + 1, end)
        if lw in ("der", "dem") and td.tags[x] == "ART" and (x == k or td.tags[x - 1] not in ("APPR", "APPRART")):
            end = np_right(td, x, ce, post=False)
            if end and _is_addressee_np(td, x, end):
                return (x, end)
        x += 1
    return None


def _lone_prefield_name(td: TokDoc, fin: int) -> Optional[tuple[int, int]]:
    """"Deutsch betonte, dass …": a verb-second clause with no subject after its
    verb has its subject in the pre-field, even when the tagger takes the lone
    capitalised word there for an adjective (a surname such as Deutsch, Klein, Groß)."""
    cs = clause_start(td, fin)
    if fin - cs != 1 or cs != td.sent_range(fin)[0] and td.words[cs - 1] not in (":", ";"):
        return None
    w = td.words[cs]
    if not (w[:1].isupper() and w.isalpha()) or td.tags[cs] not in ("ADJD", "ADJA", "NN", "NE", "FM", "XY"):
        return None
    return (cs, cs + 1)


def heissen_source(td: TokDoc, cue: list[int], s: int, e: int) -> Optional[tuple[int, int]]:
    """Source of "hieß es in/bei/aus X" or "In/Bei X hieß es"."""
    k = max(cue) + 1
    if k < e and td.low[k] in ("darin", "dort", "darauf") and (k + 1 >= e or td.tags[k + 1] == "$."):
        return (k, k + 1)  # "…, heißt es darin.": the text named before
    while k < e and td.tags[k] == "ADV":
        k += 1
    if k < e and td.low[k] in HEISST_PREPS:
        end = np_right(td, k + 1, e)
        if end:
            return (k + 1, end)
    fin = min(cue)
    cs = clause_start(td, fin)
    if cs < fin and td.low[cs] in HEISST_PREPS:
        end = np_right(td, cs + 1, fin)
        if end == fin:
            return (cs + 1, end)
        if end and not any(td.tags[k] in FIN or td.words[k] in CLAUSE_BREAK for k in range(end, fin)):
            return (cs + 1, fin)  # "In der Ankündigung des Sekretärs von heute Mittag heißt es"
    s0 = td.sent_range(fin)[0]
    if cs > s0 + 2 and td.words[cs - 1] == "," and td.low[s0] in HEISST_PREPS:
        # "In dem Bericht, der am Montag erschien, heißt es": the PP before a relative clause
        for post in (False, True):
            end = np_right(td, s0 + 1, fin, post=post)
            if end and not post and td.tags[end] == "ART" and td.low[end] in ("des", "der"):
                continue  # with its genitive
            if end and end + 1 < fin and td.words[end] == "," and (
                    td.tags[end + 1] in ("PRELS", "PRELAT") or td.low[end + 1] in _REL_PRON | {"die", "das"}):
                return (s0 + 1, end)
    return None


HEISST_PREPS = frozenset({"in", "im", "aus", "von", "vom", "bei", "beim", "seitens", "auf"})


def aus_source(td: TokDoc, fin: int, e: int) -> Optional[tuple[int, int]]:
    """"geht aus dem Bericht hervor", verb-final "wie aus dem Bericht hervorgeht"."""
    cs = clause_start(td, fin)
    for k in list(range(fin + 1, e)) + list(range(cs, fin)):
        if td.low[k] == "aus" and td.tags[k] == "APPR":
            end = np_right(td, k + 1, e if k > fin else fin)
            return (k + 1, end) if end else None
    return None


def _place_of_man(td: TokDoc, fin: int) -> Optional[tuple[int, int]]:
    """The places of a pre-field "In/Aus X (und Y)" before a verb with "man":
    capitals and countries as collective speakers."""
    a = clause_start(td, fin)
    if fin - a < 2 or td.low[a] not in ("in", "aus") or td.tags[a] != "APPR":
        return None
    names = range(a + 1, fin)
    if td.tags[a + 1] == "NE" and all(td.tags[k] == "NE" or td.low[k] in ("und", "sowie") for k in names) \
            and td.tags[fin - 1] == "NE":
        return (a + 1, fin)
    return None


def _coordinated_subject(td: TokDoc, s: int, fin: int) -> Optional[tuple[int, int]]:
    """"Er verständigte die Polizei und teilte mit, …": the first clause's subject."""
    fins = [k for k in range(s, fin - 1) if td.tags[k] in FIN]
    # "Als ein Gast half, schlug der Mann …": the main clause's verb, not the one of a clause before it
    v0 = next((k for k in fins if not _dependent_clause(td, clause_start(td, k, s), k)), fins[0] if fins else None)
    if v0 is None:
        return None
    subj, _ = subject_of(td, v0, [v0])
    return subj if subj and subj[1] <= fin else None


_DEPENDENT_FIRST = frozenset({"KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "$("})
# subordinators the tagger sometimes reads as prepositions or adverbs ("Als/APPR ein Gast half")
_SUBORDINATORS = frozenset({"als", "wenn", "nachdem", "während", "weil", "obwohl", "bevor", "seit", "seitdem",
                            "sobald", "da"})


def _stray_closer(td: TokDoc, k: int) -> bool:
    """The mark at ``k`` pairs with nothing after it in its sentence (the next
    mark there opens a new quote, or there is none): it closes an earlier one."""
    e = td.sent_range(k)[1]
    nxt = next((x for x in range(k + 1, e) if td.is_quote(x)), None)
    return nxt is None or td.words[nxt] in ("„", "‚", "»")


def _dependent_clause(td: TokDoc, c: int, fin: int) -> bool:
    """Whether the clause starting at ``c`` with finite verb ``fin`` is dependent ("Da sagte er" is not)."""
    return td.tags[c] in _DEPENDENT_FIRST or subordinate_word_clause(td, c, fin)


def subordinate_word_clause(td: TokDoc, c: int, fin: int) -> bool:
    """"Als ein Gast half, …": a subordinator, whatever its tag, opening a verb-final
    clause (not "Als Grund nannte die NASA …", verb second)."""
    return td.low[c] in _SUBORDINATORS and fin > c + 1 and clause_end(td, fin) <= fin + 1


def _document_source(td: TokDoc, fin: int) -> Optional[tuple[int, int]]:
    """A subjectless frame's source in a prepositional phrase of its clause:
    "In einer Erklärung wurde betont", "Aus Regierungskreisen verlautete"."""
    a, b = clause_start(td, fin), clause_end(td, fin)
    for k in range(a, b - 1):
        if td.low[k] in ("in", "im", "aus") and td.tags[k] in ("APPR", "APPRART"):
            end = np_right(td, k + 1, b, pronouns=False)
            if end and (_speech_noun_np(td, k + 1, end) and td.low[k] != "aus"
                        or td.low[k] == "aus" and is_role(td, k + 1, end)):
                return (k + 1, end)
    return None


def _is_passive(td: TokDoc, cue: list[int]) -> bool:
    return any(td.lemmas[c] == "werden" and td.tags[c] in ("VAFIN", "VAINF", "VAPP") for c in cue) \
        and any(td.tags[c] == "VVPP" for c in cue)


def _agent(td: TokDoc, fin: int, s: int, e: int) -> Optional[tuple[int, int]]:
    """The "von X" agent of a passive reporting clause."""
    a, b = clause_start(td, fin), clause_end(td, fin)
    for k in range(a, b):
        if td.low[k] in ("von", "vom", "seitens", "durch") and td.tags[k] in ("APPR", "APPRART"):
            start = k + 1
            end = np_right(td, start, e, pronouns=False)
            if end and td.tags[k - 1] == "NN" and td.low[k - 1] not in L.TIME_NOUNS \
                    and (td.tags[start] == "CARD" or not speaker_like(td, start, end)):
                continue  # "eine Summe von zehn Millionen Euro": an attribute of the noun, not the agent
            if end:
                return (start, end)
    return None


def verb_frame(td: TokDoc, v: int, s: int, e: int, side: str = "any") -> Optional[Frame]:
    """The frame of a cue verb at ``v`` in sentence [s, e), speaker included."""
    if td.tags[v] not in FIN and td.tags[v] not in ("VVPP", "VVINF"):
        return None
    vc = verb_cue(td, v)
    if not vc:
        return None
    lemma, cue, fin = vc
    if td.low[fin] in ("sollte", "sollten") and fin == clause_start(td, fin):
        return None  # "Sollte der Antrag angenommen werden, …": a condition, not a statement
    if lemma in ("bestätigen", "bewahrheiten") and fin + 1 < len(td) and td.low[fin + 1] == "sich":
        return None  # "Damit bestätigt sich der Verdacht": no speaker
    if lemma == "bestätigen" and any(td.low[k] == "nicht" for k in range(clause_start(td, min(cue)), max(cue))):
        return None  # "wollte nicht bestätigen, dass …": nothing is stated
    if lemma == "heißen":
        src, addr = heissen_source(td, cue, s, e), None
    elif lemma in ("hervorgehen", "ergeben"):
        src, addr = aus_source(td, fin, e), None
    elif _is_passive(td, cue) and lemma == "zitieren":
        src, addr = subject_of(td, fin, cue)  # "X wird (von der Zeitung) mit den Worten zitiert"
        if src and any(td.low[k] in ("von", "vom") for k in range(src[0] - 1, src[0])):
            src = None
    elif _is_passive(td, cue):
        # "war von der Junta abgelehnt worden", "In einer Erklärung wurde betont"
        src, addr = _agent(td, fin, s, e) or _document_source(td, fin), None
    else:
        src, addr = subject_of(td, fin, cue)
        if src is None:
            src = _lone_prefield_name(td, fin)
        if src and src[1] - src[0] == 1 and td.low[src[0]] == "es" and any(td.lemmas[c] == "werden" for c in cue):
            cue = sorted(set(cue) | {src[0]})  # "es wird befürchtet": expletive
            src = None
        elif src and src[1] - src[0] == 1 and td.low[src[0]] == "man":
            src = _place_of_man(td, fin)  # "In Seoul und Washington glaubt man das nicht": the capitals speak
        if src and src[0] > fin and fin > s and td.low[fin - 1] in ("und", "sowie") and td.tags[fin - 1] == "KON" \
                and min(cue) == fin:
            # "zogen die Demonstranten zur Kirche und skandierten dabei Parolen": after "und" the
            # subject is shared with the first clause; the noun phrase after the verb is an object
            src = _coordinated_subject(td, s, fin) or src
        if src is None and fin > s and (td.low[fin - 1] in ("und", "sowie", "aber", "doch", "sondern")
                                        or td.words[fin - 1] == "," and td.tags[s] not in _DEPENDENT_FIRST):
            src = _coordinated_subject(td, s, fin)  # "X nannte den Plan gut, sagte aber, …"
        if src is None:
            src = _document_source(td, fin)  # "Aus EU-Kreisen verlautete, …"
    if lemma in _AGENT_ONLY and not (src and (any(td.tags[k] in ("NE", "PPER") or td.mention_at(k)
                                                  for k in range(*src)) or is_role(td, *src))):
        return None  # "droht der Abstieg": a threat that looms, not one that somebody makes
    if src and src[1] - src[0] == 1 and (td.low[src[0]] in ("ich", "du", "ihr")
                                          or td.words[src[0]] == "Sie" and src[0] > s):
        return None  # the writer or an interviewer speaking: not a reported statement
    end = max(cue) + 1
    for span in (src, addr):
        if span and span[0] > min(cue):
            end = max(end, span[1])
    start = min(cue)
    if start > s and td.low[start - 1] == "so" and (lemma == "heißen" or start - 1 > s and td.words[start - 2] == ","):
        start -= 1  # ", so vermutet die Zeitung, …"
        if lemma != "heißen":
            cue = sorted(set(cue) | {start})
    elif start - 1 > s and td.low[start - 1] in ("das", "dies") and td.tags[start - 1] == "PDS" \
            and td.words[start - 2] == "," and src and src[0] > start:
        start -= 1  # "Die Kamera ist ausgefallen, das teilte das Institut mit": the clause before is the message
    origin = relay_origin(td, fin, src, lemma, s, e)
    if origin and src and src[0] < origin[0] < src[1]:
        src = (src[0], origin[0])
    elif origin and src is None and lemma == "zitieren":
        src = origin  # "„…“, zitierte man Yolanda Alvarez": the quoted person
        origin = None
    return Frame(start, end, tuple(cue), src, addr, lemma, stwr_of(lemma), "verb", side, origin=origin)


# Cue verbs that also describe things ("Es droht Regen"): a cue only with a speaker-like subject.
_AGENT_ONLY = frozenset({"drohen"})


def _berufung(td: TokDoc, a: int, b: int) -> Optional[int]:
    """Index of "unter" in "unter Berufung auf" within [a, b)."""
    return next((k for k in range(a, b - 2) if td.low[k] == "unter" and td.low[k + 1] == "berufung"
                 and td.low[k + 2] == "auf"), None)


def relay_origin(td: TokDoc, fin: int, src: Optional[tuple[int, int]], lemma: str, s: int, e: int
                 ) -> Optional[tuple[int, int]]:
    """Whom a relay quotes: "zitierten russische Medien Peskow" (the object of
    zitieren), "berichtete TASS unter Berufung auf Regierungskreise"."""
    ce = clause_end(td, fin)
    k = _berufung(td, fin + 1, ce)
    if k is not None:
        end = np_right(td, k + 3, e)
        return (k + 3, end) if end else None
    if lemma == "zitieren":
        obj = next((k for k in range(fin + 1, src[0]) if td.low[k] in ("ihn", "sie") and td.tags[k] == "PPER"),
                   None) if src and src[0] > fin else None
        if obj is not None:
            return (obj, obj + 1)  # "„…“, zitierte ihn das Staatsfernsehen": he said it
        if src and src[0] > fin:
            # "zitierten russische Medien Peskow": media noun + name is relay + origin
            for k in range(src[0], src[1] - 1):
                if td.tags[k] == "NN" and td.tags[k + 1] == "NE" and td.low[k].endswith(L.ADDRESSEE_HEADS):
                    return (k + 1, src[1])
                if (k > src[0] and td.is_quote(k) and td.words[k] in ("“", "«", '"', "''") or "." in td.words[k][1:-1]) \
                        and (td.tags[k + 1] == "NE" or td.mention_at(k + 1) or is_role(td, k + 1, k + 2)):
                    return (k + 1, src[1])  # "zitiert die „Computerwoche“ Lynch", "zitiert ndr.de Polizeisprecher X"
        k = src[1] if src and src[0] > fin else fin + 1
        while k < ce and (td.tags[k] in ("ADV", "PTKNEG") or td.low[k] == "man"):
            k += 1
        if k < ce and (src is None or k != src[0]):
            end = np_right(td, k, ce)
            if end and not _is_time_np(td, k, end):
                return (k, end)
    return None


# --- prepositional and parenthetical frames ---------------------------------

_REL_PRON = frozenset({"dem", "der", "denen", "welchem", "welcher", "welchen"})


# Role-like endings of nouns that are no source of an attribution phrase: the general
# list plus bodies named in time phrases ("nach der Vereinigung", "nach dem Wahlrat").
_NOT_ROLE_ENDINGS = L.NOT_ROLE_ENDINGS + ("vereinigung", "stab", "wahlrat")


def _speech_noun_np(td: TokDoc, a: int, b: int) -> bool:
    for x in range(a, b):
        if x == a and x + 1 < b and td.tags[x] == "NE" and td.low[x].endswith("s"):
            continue  # "nach Schäubles Idee"
        if td.tags[x] in HEAD and (td.low[x].endswith(L.SPEECH_NOUN_HEADS) or td.low[x] in L.DOCUMENT_NOUNS
                                   or td.low[x].endswith(L.ROLE_SUFFIXES) and not td.low[x].endswith(_NOT_ROLE_ENDINGS)
                                   or td.low[x].endswith(("dokument", "plan", "reporter", "reporterin", "idee"))):
            return True
        if td.tags[x] not in ("ART", "ADJA", "PPOSAT", "PIAT", "PDAT", "CARD") and td.low[x] not in ("deren", "dessen"):
            return False
    return False


def _zufolge_head(td: TokDoc, start: int, floor: int) -> int:
    """The NP before "zufolge" reaches back past a modifier or a coordinated
    phrase to a speech noun: "Ersten Angaben | vom Mittwoch zufolge",
    "Prognosen und | den Wasserständen zufolge"."""
    while start - 2 >= floor and (td.tags[start - 1] in ("APPR", "APPRART")
                                  or td.tags[start - 1] == "KON" and td.low[start - 1] in ("und", "sowie")):
        left = np_left(td, start - 2, floor)
        if left is None or not _speech_noun_np(td, left, start - 1):
            break
        start = left
    return start


def _von_agent(td: TokDoc, x: int) -> bool:
    """A passive agent's "von"/"vom" at ``x`` ("wie vom Gericht entschieden"), not "von Anfang an"."""
    return td.low[x] in ("von", "vom") and td.tags[x] in ("APPR", "APPRART") and x + 1 < len(td) \
        and td.low[x + 1] != "anfang"


def _pronoun_after_comma(td: TokDoc, k: int, s: int, e: int) -> bool:
    """", laut dem …", ", nach denen …": the preposition at ``k`` opens a relative
    clause with a pronoun that may stand for the source."""
    return k > s and td.words[k - 1] == "," and k + 2 < e and td.low[k + 1] in _REL_PRON


def _relative_after_speech_noun(td: TokDoc, k: int, s: int, e: int) -> bool:
    """", nach denen …" right after a noun of speech or record ("Gerüchte", "Umfragen")."""
    if not (k - 2 >= s and _pronoun_after_comma(td, k, s, e) and td.tags[k + 1] in ("PRELS", "ART", "PDS")
            and (td.low[k + 1] in ("denen", "welchem", "welcher") or td.tags[k + 2] not in ("NN", "NNA", "ADJA", "CARD"))):
        return False
    start = np_left(td, k - 2, clause_start(td, k - 2))
    return start is not None and _speech_noun_np(td, start, k - 1)


def prep_frames(td: TokDoc, s: int, e: int) -> list[Frame]:
    """Frames built on prepositions, "so X", "wie X sagte", "hieß es", "demnach"."""
    out: list[Frame] = []
    k = s
    while k < e:
        lw, t = td.low[k], td.tags[k]
        f: Optional[Frame] = None
        post = _postposed_nach(td, k, s) if lw == "nach" else None
        if post is not None:
            f = Frame(post, k + 1, (k,), (post, k), None, lw, "SW", "prep", "any")
        elif lw in L.ATTRIBUTION_PREPS:
            end = np_right(td, k + 1, e, pronouns=False)
            if _pronoun_after_comma(td, k, s, e) and td.tags[k + 2] not in ("NN", "NNA", "ADJA", "CARD"):
                end = k + 2  # "ein Gutachten, laut dem …": the relative pronoun stands for the source
            if end:
                src_end, end = _prefield_rest(td, k, end, s)
                f = Frame(k, end, (k,), (k + 1, src_end), None, lw, "SW", "prep", "any")
        elif lw in ("nach", "gemäß") and t == "APPR" and _relative_after_speech_noun(td, k, s, e):
            # "Umfragen, nach denen 72 Prozent … ablehnen": the relative pronoun stands for the source
            f = Frame(k, k + 2, (k,), (k + 1, k + 2), None, lw, "SW", "prep", "any")
        elif lw in ("nach", "gemäß") and t == "APPR":
            end = np_right(td, k + 1, e, pronouns=False)
            if end and _speech_noun_np(td, k + 1, end) and not _temporal_nach(td, k, end):
                src_end, end = _prefield_rest(td, k, end, s)
                f = Frame(k, end, (k,), (k + 1, src_end), None, lw, "SW", "prep", "any")
        elif lw == "aus" and t in ("APPR", "APPRART") and k + 1 < e:
            # "aus Sicht der Verbände", "aus seiner Sicht"
            end = np_right(td, k + 1, e, pronouns=False)
            if end and td.tags[k + 1] != "PPOSAT" \
                    and any(td.low[x] in _VIEW_NOUNS and td.tags[x] == "NN" for x in range(k + 1, min(end, k + 4))):
                f = Frame(k, end, (k,), (k + 1, end), None, lw, "SW", "prep", "any")
        elif lw in L.POST_ATTRIBUTION:
            start = np_left(td, k - 1, clause_start(td, k)) if k > s else None
            if start is None and k > s and td.low[k - 1] in ("ihm", "ihr", "ihnen") and td.tags[k - 1] == "PPER":
                start = k - 1  # "Ihnen zufolge hat Mussawi gewonnen"
            if start is not None:
                start = _zufolge_head(td, start, clause_start(td, k))
            if start is not None:
                f = Frame(start, k + 1, (k,), (start, k), None, lw, "SW", "prep", "any")
        elif lw == "so" and k > s and (td.words[k - 1] in (",", "–", "-", "(") or td.is_quote(k - 1)):
            end = np_right(td, k + 1, e)
            if end and (end >= e or td.words[end] in (",", ")", "–", "-", ":") or td.tags[end] in ("$.", "ADV", "APPR", "APPRART")
                        or td.low[end] in ("gegenüber", "weiter") or td.low[end] in _SO_MANNER):
                stop = end
                addr = None
                while stop < e and (td.tags[stop] == "ADV" or td.low[stop] == "weiter" or td.low[stop] in _SO_MANNER):
                    stop += 1
                while stop < e and td.tags[stop] in ("APPR", "APPRART") and td.low[stop] != "gegenüber":
                    pp = np_right(td, stop + 1, e, pronouns=False, post=False)
                    if pp is None:
                        break
                    stop = pp  # ", so X im Fernsehen.", ", so X in einer Erklärung."
                if stop < e and td.low[stop] == "gegenüber":
                    a2 = np_right(td, stop + 1, e, post=False)
                    if a2:
                        addr = (stop + 1, a2)
                        stop = a2
                if stop >= e or td.words[stop] in (",", ")", "–", "-", ":") or td.tags[stop] == "$." or td.is_quote(stop):
                    f = Frame(k, stop, (k,), (k + 1, _without_time_tail(td, k + 1, end)), addr, "so", "Speech", "so", "any")
        elif lw == "wie" and t in ("PWAV", "KOKOM", "KOUS", "KON") and (k == s or td.words[k - 1] in (",", "(") or td.is_quote(k - 1)
                                                                      or k - 1 == s and td.tags[s] == "KON"):  # "Denn wie …"
            # verb-final clause "wie die Polizei mitteilte", "wie X bekanntgegeben hat",
            # "wie X, Chef der Firma Y, mitteilte": up to the first verb
            rel = False
            quoted = False
            for v in range(k + 1, e):
                if td.tags[v] == "$.":
                    break
                if td.is_quote(v) and (quoted or _closing_mark(td, v, e) is not None):
                    quoted = not quoted  # "wie die „Aktion Deutschland hilft“ mitteilte": a name, not the verb
                    continue
                if td.words[v] == ",":
                    rel = v + 1 < e and td.tags[v + 1] in ("PRELS", "PRELAT")
                if rel or quoted or td.tags[v] not in VERB_TAGS:
                    continue  # "wie X, der dabei war, feststellte": skip the relative clause
                vc = verb_cue(td, v)
                bare = speech_lemma(td, v) if not vc and td.tags[v] == "VVPP" else None
                if bare and v + 1 < e and td.words[v + 1] == "," and any(_von_agent(td, x) for x in range(k + 1, v - 1)):
                    vc = (bare, [v], v)  # elliptic passive: "wie von der Stadt mitgeteilt, …"
                if not vc:
                    if td.tags[v] == "VAFIN" and td.lemmas[v] in ("haben", "sein") and any(
                            td.tags[x] == "VVPP" and verb_cue(td, x) for x in range(v + 1, min(v + 3, e))):
                        continue  # machine-translated order: "wie Kreml hat mitgeteilt"
                    if td.tags[v] in ("VVFIN", "VMFIN") or td.tags[v] == "VAFIN" and td.lemmas[v] != "werden":
                        break  # the wie-clause ended without a cue: "wie erwartet kam …"
                    continue
                lemma, cue, _fin = vc
                if lemma in ("nennen", "bezeichnen") and any(td.low[x] == "sich" for x in range(k + 1, v)):
                    break  # "der Rat, wie sich die Junta selbst nennt": naming, not a statement
                cue = [c for c in cue if c > k]
                a0 = k + 1
                if td.low[a0] == "sich" and lemma == "ergeben":
                    cue.append(a0)  # "wie sich aus den Akten ergab"
                    a0 += 1
                if td.low[a0] == "es" and lemma == "heißen":
                    a0 += 1  # "wie es auf einer Pressekonferenz hieß": the place is the source
                    if a0 < e and td.low[a0] in HEISST_PREPS:
                        a0 += 1
                if td.low[a0] == "aus":
                    a0 += 1
                while a0 < min(cue) and td.tags[a0] == "ADV":
                    a0 += 1  # "wie schon die WHO sagte"
                if a0 + 1 < min(cue) and _von_agent(td, a0):
                    a0 += 1  # passive: "wie schon vom Bundesgerichtshof entschieden", "wie von der Stadt mitgeteilt wurde"
                verb = min(c for c in cue if c >= a0) if any(c >= a0 for c in cue) else a0
                src = _trim_src(td, a0, verb) if verb > a0 else None
                origin = None
                ub = _berufung(td, a0 + 1, verb)
                if ub is not None:  # "wie Yonhap unter Berufung auf KCNA berichtete": KCNA is the origin
                    oe = np_right(td, ub + 3, verb)
                    origin = (ub + 3, oe) if oe else None
                    src = _trim_src(td, a0, ub) if origin else src
                fend, addr = max(cue) + 1, None
                if fend + 1 < e and td.low[fend] in ("zu", "gegenüber"):
                    ae = np_right(td, fend + 1, e, pronouns=False)
                    if ae and (ae >= e or td.words[ae] in (",", ".") or td.tags[ae] == "$."):
                        # machine-translated order, the addressee after the verb: "wie Kreml hat mitgeteilt zu die Journalisten"
                        fend, addr = ae, (fend + 1, ae)
                f = Frame(k, fend, tuple(sorted({k, *cue})), src, addr, lemma,
                          stwr_of(lemma), "wie", "any", origin=origin)
                break
        elif lw in ("demnach", "wonach") and t in ("PROAV", "PWAV", "ADV", "PAV") \
                or lw == "danach" and t in ("PROAV", "PAV", "ADV") and _after_document(td, s):
            src = (k, k + 1)
            if lw == "wonach" and k - 2 >= s and td.words[k - 1] == ",":
                # "Berichte, wonach …": the noun the relative clause hangs on is the source
                a = np_left(td, k - 2, clause_start(td, k - 2))
                if a is not None:
                    src = (a, k - 1)
            f = Frame(k, k + 1, (k,), src, None, lw, "SW", "anaphoric", "any")
        if f is not None:
            out.append(f)
            k = max(f.end, k + 1)
        else:
            k += 1
    return out


def _prefield_rest(td: TokDoc, k: int, end: int, s: int) -> tuple[int, int]:
    """"Nach Planungen aus dem Jahr 2005 wird …", "Laut einem Test des Magazins
    „auto, motor und sport“ gibt es …": when the attribution phrase fills the
    whole pre-field, everything up to the finite verb belongs to the frame, and
    to the source up to an addressee or relay ("gegenüber dem Kurier", "unter
    Berufung auf …"). Returns (source end, frame end)."""
    if not (k == s or td.tags[k - 1] == "KON" or td.words[k - 1] in (":", ";")):
        return end, end
    quoted = False
    src_end = None
    for x in range(end, min(td.sent_range(k)[1], end + 12)):
        if td.is_quote(x):
            quoted = not quoted
            continue
        if quoted:
            continue
        if td.tags[x] in FIN:
            return (src_end or x), x
        if td.low[x] in ("gegenüber", "unter") and src_end is None:
            src_end = x
        elif td.words[x] in (",", ":", ";", "(", "–", "-") or td.tags[x] in ("$.", "KOUS", "PRELS", "VVPP", "VVINF"):
            return end, end
    return end, end


_EVENT_NOUNS = ("veröffentlichung", "nachricht", "bekanntgabe", "auszählung", "auswertung")


_BEFORE_TEMPORAL_NACH = frozenset("""
kurz bald gleich unmittelbar direkt wenige jahr jahre jahren monat monate monaten woche wochen tag tage tagen
stunde stunden minuten
""".split())


def _temporal_nach(td: TokDoc, k: int, end: int) -> bool:
    """"nach der Veröffentlichung des Berichts" is a time ("after"), "nach einer
    Veröffentlichung in Nature" a source: a definite event noun reads as time."""
    if td.low[k] == "nach" and k > 0 and td.low[k - 1] in _BEFORE_TEMPORAL_NACH:
        return True  # "zwei Monate nach dem Urteil", "kurz nach der Erklärung"
    return td.low[k] == "nach" and td.low[k + 1] in ("der", "dem", "den", "des") \
        and any(td.low[x].endswith(_EVENT_NOUNS) for x in range(k + 1, end) if td.tags[x] in HEAD)


def _after_document(td: TokDoc, s: int) -> bool:
    """"Danach" means "according to it" (not "afterwards") when the sentence
    before presents a study, a report, figures or a draft."""
    if s == 0:
        return False
    a, b = td.sent_range(s - 1)
    return any(td.tags[x] in HEAD and (td.low[x] in L.DOCUMENT_NOUNS or td.low[x].endswith(L.DOCUMENT_HEADS))
               for x in range(a, b))

_VIEW_NOUNS = frozenset({"sicht", "perspektive", "blickwinkel"})
_OPINION_NOUNS = frozenset({"meinung", "ansicht", "auffassung", "einschätzung", "überzeugung", "sicht",
                            "verständnis", "angaben", "darstellung", "worten", "erachtens"})


def _postposed_nach(td: TokDoc, k: int, s: int) -> Optional[int]:
    """Start of "seiner Meinung nach", "ihrer Ansicht nach", "Schäubles
    Auffassung nach": a possessive opinion noun before a postposed "nach"."""
    if k - 2 >= s and td.low[k - 1] == "vernehmen" and td.low[k - 2] == "dem":
        return k - 2  # "Dem Vernehmen nach": reportedly, from unnamed sources
    if k - 2 < s or td.low[k - 1] not in _OPINION_NOUNS or td.tags[k - 1] != "NN":
        return None
    a = k - 2
    while a > s and td.tags[a] == "ADJA":
        a -= 1
    if td.tags[a] == "PPOSAT" and not td.low[a].startswith(("mein", "unser", "dein", "euer", "eur")) \
            or td.tags[a] == "NE" and td.low[a].endswith("s"):
        return a
    return None


def _trim_src(td: TokDoc, a: int, b: int) -> Optional[tuple[int, int]]:
    """The subject of a verb-final clause between ``a`` and its verb at ``b``:
    a noun phrase, else the whole stretch without relative clauses and trailing
    adverbs ("wie t-online.de berichtet", "wie X, der …, dazu feststellte")."""
    e = np_right(td, a, b)
    if e:
        return (a, _source_pps(td, e, b))
    end, k = a, a
    while k < b:
        if td.is_quote(k) and k > a:
            close = _closing_mark(td, k, b)
            if close is not None:  # "wie die „Aktion Deutschland hilft“ mitteilte": a quoted name
                end = k = close + 1
                continue
        if td.words[k] == "," and k + 1 < b and td.tags[k + 1] in ("PRELS", "PRELAT"):
            k += 1
            while k < b and td.words[k] != ",":
                k += 1
            continue
        if td.tags[k] in FIN or td.tags[k] in ("KOUS", "PWAV", "APPR", "APPRART") and k == a:
            return None
        if td.tags[k] not in ("ADV", "PROAV", "PTKNEG", "$,", "ADJD") or k == a:
            end = k + 1
        k += 1
    if end - a > 12 or not (td.words[a][:1].isupper() or td.tags[a] in ("ART", "PPOSAT")
                            or end - a == 1 and "." in td.words[a].strip(".")):
        return None
    return (a, _without_time_tail(td, a, end))


def _closing_mark(td: TokDoc, k: int, b: int, within: int = 8) -> Optional[int]:
    """The next quote mark after the one at ``k`` (before ``b``, at most
    ``within`` tokens on): the end of a short quoted name, or None."""
    return next((x for x in range(k + 1, min(b, k + within)) if td.is_quote(x)), None)


_SOURCE_PREPS = frozenset({"in", "im", "aus", "bei", "beim"})


def _source_pps(td: TokDoc, e: int, b: int) -> int:
    """"wie die Zeitung [in ihrer Onlineausgabe] berichtet", "wie X, Sprecher
    des Büros, [in Bangkok] mitteilte": places and outlets of the speaker up to
    the verb belong to the source; a time ("am Dienstag"), a relay ("von …")
    or an addressee ends it."""
    k = e
    while k < b:
        p = k + 1 if td.words[k] == "," and k + 1 < b else k
        if td.low[p] not in _SOURCE_PREPS or td.tags[p] not in ("APPR", "APPRART"):
            break
        end = np_right(td, p + 1, b, pronouns=False, post=False)
        if end is None or _is_time_np(td, p, end) or td.low[p + 1] in L.TIME_NOUNS:
            break
        k = e = end
    return e


def postposed_frame_start(td: TokDoc, a: int, e: int) -> Optional[int]:
    """Index of a comma in [a, e) that starts a trailing frame running to the
    sentence end: ", sagte X." / ", so X." / ", teilte X mit." """
    for k in range(a, e - 1):
        if td.words[k] != ",":
            continue
        nxt = k + 1
        if td.low[nxt] == "so":
            end = np_right(td, nxt + 1, e)
            if end and (end >= e - 1 or td.tags[end] in ("$.",)):
                return k
        if td.tags[nxt] in FIN:
            vc = verb_cue(td, nxt)
            if vc:
                subj, _ = subject_of(td, nxt, vc[1])
                if subj and subj[0] > nxt:
                    return k
    return None
