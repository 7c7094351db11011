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
from .speakers import HEAD, np_left, np_right
from .tokdoc import TokDoc

FIN = ("VVFIN", "VAFIN", "VMFIN")
VERB_TAGS = ("VVFIN", "VVPP", "VVINF", "VVIZU", "VAFIN", "VAPP", "VAINF", "VMFIN")
CLAUSE_BREAK = frozenset({",", ":", ";", "(", ")", "–", "—", "-"})
_REFLEXIVE_CUES = frozenset({"äußern", "zeigen", "beschweren", "beklagen", "erinnern",
                             "aussprechen", "wenden", "geben"})


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

    def tokens(self) -> set[int]:
        return set(range(self.start, self.end))


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
    return None


def _has_es(td: TokDoc, i: int) -> bool:
    s, e = td.sent_range(i)
    return any(td.low[k] == "es" for k in range(max(s, i - 2), min(e, i + 3)))


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
    for k in range(v + 1, end):
        if td.tags[k] == "PTKVZ" or (parts and td.low[k] in parts and td.tags[k] in ("PTKVZ", "ADV", "ADJD", "APPR")):
            if parts is None or td.low[k] in parts:
                out.append(k)
                for p in range(k - 1, v, -1):  # "wies darauf hin", "geht davon aus"
                    if td.tags[p] == "PROAV" and td.low[p].startswith("da"):
                        out.append(p)
                        break
                break
    return out


def verb_cue(td: TokDoc, v: int) -> Optional[tuple[str, list[int], int]]:
    """If ``v`` is a cue verb: (lemma, cue tokens, finite-verb index)."""
    lemma = speech_lemma(td, v)
    parts: list[int] = []
    if lemma is None:
        base = td.lemmas[v]
        if td.tags[v] in VERB_TAGS and base in L.PARTICLE_VERBS:
            parts = _particles(td, v, base)
            if not parts:
                return None
            lemma = td.low[parts[0]] + base if td.tags[parts[0]] == "PTKVZ" else base
            if lemma not in L.SPEECH_VERBS and base not in ("gehen", "geben", "stellen", "machen", "legen", "lassen", "halten", "weisen", "heben", "führen", "räumen", "werfen", "sehen", "wenden", "merken"):
                return None
        else:
            return None
    else:
        if td.tags[v] in FIN:
            parts = _particles(td, v, lemma) if lemma in L.PARTICLE_VERBS else []
    cue = [v] + parts
    fin = v
    if td.tags[v] in ("VVPP", "VVINF", "VVIZU"):
        # compound tense: "hatte gesagt", "hat angekündigt", "wird zitiert"
        cs = clause_start(td, v)
        for k in range(v - 1, cs - 1, -1):
            if td.tags[k] in ("VAFIN", "VMFIN"):
                cue.append(k)
                fin = k
                break
        else:
            for k in range(v + 1, clause_end(td, v)):
                if td.tags[k] in ("VAFIN", "VMFIN", "VAINF", "VAPP"):
                    cue.append(k)
                    fin = k
                    break
            else:
                if td.tags[v] == "VVPP":
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
    return lemma, sorted(set(cue)), fin


def stwr_of(lemma: str) -> str:
    return L.SPEECH_VERBS.get(lemma, "Speech")


def subject_of(td: TokDoc, fin: int, cue: list[int]) -> tuple[Optional[tuple[int, int]], Optional[tuple[int, int]]]:
    """Subject (speaker) and addressee of the clause whose finite verb is ``fin``."""
    cs = clause_start(td, fin)
    # pre-field subject: the whole pre-field is one noun phrase
    if cs < fin:
        first = cs
        if td.tags[first] == "KON" and first + 1 < fin:
            first += 1
        if td.tags[first] not in ("APPR", "APPRART", "ADV", "KOUS", "PWAV", "PAV", "PROAV", "KON", "PTKNEG", "ADJD", "CARD"):
            got = _prefield_np(td, first, fin)
            if got:
                return got[0], got[1] or _addressee(td, fin + 1, cue)
    elif fin > 0 and td.words[fin - 1] == ",":
        # "Claudia Pfeiffer, Geschäftsführerin des Verbands, erklärte …"
        s = td.sent_range(fin)[0]
        c = fin - 1
        for _ in range(3):
            if c <= s:
                break
            c = clause_start(td, c - 1)
            if c == s or td.words[c - 1] in (":", ";") or td.tags[c] == "KON":
                e = np_right(td, c if td.tags[c] != "KON" else c + 1, fin - 1)
                if e == fin - 1:
                    return (c if td.tags[c] != "KON" else c + 1, e), _addressee(td, fin + 1, cue)
                break
    # subject after the finite verb
    ce = clause_end(td, fin)
    k = fin + 1
    addr = None
    while k < ce:
        t = td.tags[k]
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
            if e:
                k = e
                continue
            break
        e = np_right(td, k, ce)
        if e is None:
            break
        if td.tags[k] in ("ART",) and td.low[k] in ("der", "dem", "den") and _is_addressee_np(td, k, e):
            # "sagte der Zeitung X": dative addressee first
            e2 = np_right(td, e, ce)
            if e2:
                return (e, e2), (k, e)
            addr = (k, e)
            k = e
            continue
        if _is_time_np(td, k, e):
            k = e
            continue
        a2 = _addressee(td, e, cue)
        return (k, e), addr or a2
    return None, addr


def _prefield_np(td: TokDoc, a: int, fin: int):
    """(subject, addressee) if [a, fin) is "NP", "NP gegenüber NP" or "NP ADV"."""
    e = np_right(td, a, fin)
    if e is None or _is_time_np(td, a, e):
        return None
    addr = None
    k = e
    while k < fin and td.tags[k] in ("ADV", "PTKNEG") and td.low[k] not in ("so",):
        k += 1
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
    return any(td.low[x] in L.TIME_NOUNS for x in range(a, b) if td.tags[x] in HEAD)


def _is_addressee_np(td: TokDoc, a: int, b: int) -> bool:
    for x in range(a, b):
        if td.tags[x] in HEAD and td.low[x].endswith(L.ADDRESSEE_HEADS):
            return True
    return False


def _addressee(td: TokDoc, k: int, cue: list[int]) -> Optional[tuple[int, int]]:
    ce = clause_end(td, k - 1) if k > 0 else k
    while k < ce and (td.tags[k] in ("ADV", "PTKNEG") or k in cue):
        k += 1
    if k >= ce:
        return None
    if td.low[k] == "gegenüber":
        e = np_right(td, k + 1, ce, post=False)
        return (k + 1, e) if e else None
    if td.low[k] in ("der", "dem", "den") and td.tags[k] == "ART":
        e = np_right(td, k, ce, post=False)
        if e and _is_addressee_np(td, k, e):
            return (k, e)
    return None


# --- prepositional and parenthetical frames ---------------------------------

def _speech_noun_np(td: TokDoc, a: int, b: int) -> bool:
    for x in range(a, b):
        if td.tags[x] in HEAD and (td.low[x].endswith(L.SPEECH_NOUN_HEADS) or td.low[x] in L.DOCUMENT_NOUNS
                                   or td.low[x].endswith(L.ROLE_SUFFIXES) or td.low[x].endswith(("dokument", "plan", "reporter", "reporterin", "idee"))):
            return True
        if td.tags[x] not in ("ART", "ADJA", "PPOSAT", "PIAT", "CARD"):
            return False
    return False


def prep_frames(td: TokDoc, s: int, e: int) -> list[Frame]:
    """Frames built on prepositions, "so X", "wie X sagte", "hieß es", "demnach"."""
    out: list[Frame] = []
    k = s
    while k < e:
        lw, t = td.low[k], td.tags[k]
        f: Optional[Frame] = None
        if lw in L.ATTRIBUTION_PREPS:
            end = np_right(td, k + 1, e, pronouns=False)
            if end:
                f = Frame(k, end, (k,), (k + 1, end), None, lw, "SW", "prep", "any")
        elif lw in ("nach", "gemäß") and t == "APPR":
            end = np_right(td, k + 1, e, pronouns=False)
            if end and _speech_noun_np(td, k + 1, end):
                f = Frame(k, end, (k,), (k + 1, end), None, lw, "SW", "prep", "any")
        elif lw in L.POST_ATTRIBUTION:
            start = np_left(td, k - 1, clause_start(td, k)) if k > s else None
            if start is not None:
                f = Frame(start, k + 1, (k,), (start, k), None, lw, "SW", "prep", "any")
        elif lw == "so" and k > s and (td.words[k - 1] in (",", "–", "-", "(") or td.is_quote(k - 1)):
            end = np_right(td, k + 1, e)
            if end and (end >= e or td.words[end] in (",", ")", "–", "-") or td.tags[end] in ("$.", "ADV", "APPR")
                        or td.low[end] == "gegenüber"):
                stop = end
                addr = None
                while stop < e and td.tags[stop] == "ADV":
                    stop += 1
                if stop < e and td.low[stop] == "gegenüber":
                    a2 = np_right(td, stop + 1, e, post=False)
                    if a2:
                        addr = (stop + 1, a2)
                        stop = a2
                if stop >= e or td.words[stop] in (",", ")", "–", "-") or td.tags[stop] == "$." or td.is_quote(stop):
                    f = Frame(k, stop, (k,), (k + 1, end), addr, "so", "Speech", "so", "any")
        elif lw == "wie" and t in ("PWAV", "KOKOM", "KOUS") and (k == s or td.words[k - 1] in (",", "(") or td.is_quote(k - 1)):
            ce = clause_end(td, k)
            # verb-final clause "wie die Polizei mitteilte", "wie X bekanntgegeben hat"
            for v in range(k + 1, ce):
                if td.tags[v] not in VERB_TAGS:
                    continue
                vc = verb_cue(td, v)
                if not vc:
                    continue
                lemma, cue, _fin = vc
                cue = [c for c in cue if c > k]
                src = _trim_src(td, k + 1, min(cue)) if min(cue) > k + 1 else None
                f = Frame(k, max(cue) + 1, tuple(sorted({k, *cue})), src, None, lemma,
                          stwr_of(lemma), "wie", "any")
                break
        elif lw in ("demnach", "wonach", "danach") and t in ("PROAV", "PWAV", "ADV", "PAV"):
            if lw != "danach" or k == s:
                f = Frame(k, k + 1, (k,), None, None, lw, "SW", "anaphoric", "any")
        if f is not None:
            out.append(f)
            k = max(f.end, k + 1)
        else:
            k += 1
    return out


def _vl_cue(td: TokDoc, v: int, floor: int) -> Optional[tuple[str, list[int], int]]:
    """Verb-final cue in a "wie"-clause: "wie berichtet wurde", "wie er gesagt hatte"."""
    for k in range(v, floor, -1):
        if td.tags[k] in ("VVPP", "VVFIN", "VVINF") and speech_lemma(td, k):
            cue = [k] + [x for x in range(k + 1, v + 1) if td.tags[x] in ("VAFIN", "VMFIN", "VAINF", "VAPP")]
            return td.lemmas[k], cue, k
    return None


def _trim_src(td: TokDoc, a: int, b: int) -> Optional[tuple[int, int]]:
    e = np_right(td, a, b)
    return (a, e) if e else None


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
