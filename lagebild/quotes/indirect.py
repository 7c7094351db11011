"""Indirect speech and reported attribution inside one sentence.

* verb frames with a complement: "X sagte, er sei bereit", "X erklärte, dass …",
  "X geht davon aus, dass …", "X forderte Y auf, … zu …", "X sagte: …";
* trailing verb frames: "Russland halte sich an alles, sagte Lawrow.";
* prepositional and parenthetical frames: "laut X", "nach Angaben der USA",
  "X zufolge", ", so X", "wie X mitteilte", "hieß es in …", "demnach".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Optional

from . import lexicon as L
from .frames import (CLAUSE_BREAK, FIN, Frame, clause_end, clause_start, konj_in, prep_frames, relative_opening, subject_of,
                     speech_lemma, subordinate_word_clause, verb_frame, zu_clause)
from .noun_frames import colon_noun_frame
from .speakers import is_role, np_right, speaker_like
from .tokdoc import Attribution, TokDoc

STRONG = frozenset("""
sagen erklären betonen mitteilen berichten schreiben versichern bekräftigen
ergänzen erläutern unterstreichen bestätigen behaupten antworten entgegnen
meinen äußern warnen hinzufügen ausführen verkünden bekanntgeben einräumen
zugeben klarstellen feststellen kritisieren argumentieren melden angeben
hinweisen ankündigen versprechen drohen beteuern twittern rufen
erzählen erwidern schildern fragen klagen beklagen kommentieren bilanzieren resümieren schimpfen scherzen
""".split())
ZU_VERBS = frozenset("""
bestreiten dementieren abstreiten leugnen behaupten zugeben einräumen gestehen beteuern versichern
auffordern aufrufen vorwerfen vorhalten beschuldigen ankündigen versprechen drohen fordern
bitten empfehlen raten appellieren vorschlagen verlangen anbieten planen
beabsichtigen zusagen anregen mahnen warnen beschließen entscheiden vereinbaren hoffen erhoffen
""".split())
# Verbs of deciding: their complement is a message only when it says what was
# decided ("beschloss, … zu …", "entschied, dass …"), not an open question ("entscheidet, ob …").
DECISION_VERBS = frozenset({"beschließen", "entscheiden", "vereinbaren"})
_REL = frozenset({"PRELS", "PRELAT"})


def _fin_in(td: TokDoc, a: int, b: int) -> bool:
    return any(td.tags[k] in FIN for k in range(a, b))


def _message_end(td: TokDoc, a: int, e: int, blocked: set[int]) -> int:
    """End (exclusive) of a message starting at ``a`` in a sentence ending at ``e``."""
    k = a
    while k < e:
        if k in blocked:
            return k
        w, t = td.words[k], td.tags[k]
        if w == ";":
            return k
        if t == "KON" and td.low[k] in ("und", "aber", "sowie") and k + 1 < e and td.tags[k + 1] in FIN \
                and not konj_in(td, k + 1, k + 2):
            # "… aufgeben und bemühte dann …": the reporting clause continues
            return k
        if t == "KON" and td.low[k] in ("und", "aber", "sowie") and konj_in(td, a, k) and _indicative_clause(td, k + 1, e):
            # "…, die Kommission habe … und die Fraktion der Grünen forderte …": the writer goes on
            return k
        k += 1
    # drop trailing sentence punctuation and commas
    while k > a and (td.tags[k - 1] in ("$.", "$,") or td.words[k - 1] in (",", ":", "–", "-")):
        k -= 1
    return k


def _indicative_clause(td: TokDoc, a: int, e: int) -> bool:
    """A new main clause with its own subject and an indicative past-tense verb
    starts at ``a`` (before the next comma)."""
    if a >= e or td.tags[a] not in ("ART", "NE", "PPOSAT", "ADJA", "NN"):
        return False
    for k in range(a + 1, e):
        if td.words[k] in (",", ";", ":") or td.tags[k] == "$.":
            return False
        if td.tags[k] in FIN:
            return td.tags[k] == "VVFIN" and not konj_in(td, k, k + 1) and td.low[k].endswith(("te", "ten"))
    return False


def _trim(td: TokDoc, toks: Iterable[int]) -> tuple[int, ...]:
    toks = sorted(toks)
    while toks and (td.tags[toks[-1]] in ("$.", "$,") or td.words[toks[-1]] in (",", ":", "–", "-", "(", ")")):
        toks.pop()
    while toks and (td.tags[toks[0]] == "$," or td.words[toks[0]] in (",", ":", "–", "-", ")")):
        toks.pop(0)
    if len(toks) > 2 and td.tags[toks[0]] == "KON" and td.words[toks[1]] == "," and toks[1] > toks[0] + 1:
        toks = toks[2:]  # "Denn [wie die Zeitung berichtete], leidet …": the conjunction led the frame
    return tuple(toks)


_SEP = frozenset({",", ";", ":", "–", "—", "(", ")"})
_DEPENDENT = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "PWAT"})


def segments(td: TokDoc, a: int, b: int) -> list[tuple[int, int]]:
    """Comma-separated stretches of [a, b) (separators belong to none)."""
    out, start = [], a
    for k in range(a, b):
        if td.words[k] in _SEP:
            if k > start:
                out.append((start, k))
            start = k + 1
    if b > start:
        out.append((start, b))
    return out


def _qualifies(td: TokDoc, a: int, b: int, v1_ok: bool = True) -> bool:
    """Can this stretch belong to a reported message next to another one?
    Not if it is a main clause in the indicative: "…, mehrmals wurde X verlängert"."""
    if not _fin_in(td, a, b):
        return True
    first = a + 1 if td.tags[a] == "KON" and a + 1 < b else a
    if td.tags[first] in _DEPENDENT or td.low[first] in L.COMPLEMENTIZERS or td.low[first] == "sodass":
        return True
    if td.low[first] == "so" and first + 1 < b and td.low[first + 1] in L.COMPLEMENTIZERS:
        return True
    fin = next(k for k in range(a, b) if td.tags[k] in FIN)
    if fin == first:
        # "…, leiden unter Armut und werden diskriminiert": the same subject goes on
        return v1_ok or konj_in(td, fin, fin + 1)
    last = b - 1
    while last > a and td.tags[last] in ("$.", "$(") :
        last -= 1
    if fin >= last - 1 and td.tags[first] not in ("PPER", "ART", "NN", "NE"):
        return True  # verb-final: a continuation of the clause before
    return konj_in(td, fin, fin + 1)


def _extend_right(td: TokDoc, a: int, e: int) -> int:
    segs = segments(td, a, e)
    if not segs:
        return a
    end = segs[0][1]
    for sa, sb in segs[1:]:
        if not _qualifies(td, sa, sb, v1_ok=False):
            break
        end = sb
    return end


def _independent(td: TokDoc, a: int, b: int) -> bool:
    """Is [a, b) a clause of its own: a finite verb, and not opened by a
    subordinating word ("auch wenn …", "die …", "dass …")?"""
    first = _opener(td, a, b)
    return _fin_in(td, a, b) and td.tags[first] not in _DEPENDENT and td.low[first] not in L.COMPLEMENTIZERS \
        and not _relative_read_as_article(td, a, b)


def _relative_read_as_article(td: TokDoc, a: int, b: int) -> bool:
    """"für Personen, die/ART … melden möchten": a d-word after a noun and a comma
    whose clause ends in its only finite verb is a relative pronoun, whatever the tagger says."""
    if td.tags[a] != "ART" or td.low[a] not in _D_WORDS or a < 2 or td.words[a - 1] != "," \
            or td.tags[a - 2] not in ("NN", "NE"):
        return False
    end = b
    while end > a and (td.tags[end - 1] in ("$.", "$,") or td.words[end - 1] in (",", ":", "–", "-")):
        end -= 1
    fins = [k for k in range(a + 1, end) if td.tags[k] in FIN]
    return len(fins) == 1 and fins[0] == end - 1


def _opener(td: TokDoc, a: int, b: int) -> int:
    """The word that opens [a, b): a subordinating conjunction after "auch", "und"
    ("auch wenn …") counts, not the particle before it."""
    return a + 1 if td.tags[a] in ("KON", "ADV") and a + 1 < b and td.tags[a + 1] == "KOUS" else a


def _extend_left(td: TokDoc, s: int, b: int, absorb: bool = True) -> int:
    segs = segments(td, s, b)
    if not segs:
        return b
    start = segs[-1][0]
    if td.tags[start] in _DEPENDENT and len(segs) > 1 and td.low[start] in L.COMPLEMENTIZERS \
            and konj_in(td, *segs[-2]):
        return _extend_left(td, s, segs[-2][1], absorb)  # "Man gehe davon aus, dass …, sagte X"
    # A dependent clause or a verbless stretch cannot be said on its own: take in
    # the clause it hangs on ("Derzeit zahlen …, auch wenn man …, sagte Hendricks"),
    # unless that clause may be the rest of a dependent clause opened before it
    # ("dass die Proteste, die …, keine Revolution seien, die …, meinte er").
    i = len(segs) - 1
    while i > 0 and not any(_independent(td, *seg) for seg in segs[i:]):
        if relative_opening(td, segs[i][0]) and not _fin_in(td, *segs[i - 1]):
            i = len(segs) - 1  # "Sgrena, die sich … befunden hatte, habe …": the noun and its relative
            break              # clause are the pre-field of the verb after them, not a message
        i -= 1
    if not absorb or i == len(segs) - 1 or not _independent(td, *segs[i]) or _open_dependent(td, segs[:i]):
        if td.tags[start] in _DEPENDENT:
            return start
        i = len(segs) - 1
    start = segs[i][0]
    for sa, sb in reversed(segs[:i]):
        if not _qualifies(td, sa, sb):
            break
        start = sa
    return start


def _open_dependent(td: TokDoc, segs: list[tuple[int, int]]) -> bool:
    """Is one of these stretches a dependent clause still waiting for its verb
    ("dass die Proteste gegen die Reform" before an inserted relative clause)?"""
    for a, b in segs:
        first = _opener(td, a, b)
        if (td.tags[first] == "KOUS" or td.low[first] in L.COMPLEMENTIZERS) and not _fin_in(td, a, b):
            return True
    return False


def _complement_after(td: TokDoc, f_end: int, lemma: str, e: int, blocked: set[int]) -> Optional[tuple[int, int]]:
    x = f_end
    if x >= e:
        return None
    if td.words[x] not in (",", ":"):
        return _complement_without_comma(td, x, lemma, e, blocked)
    colon = td.words[x] == ":"
    a = x + 1
    r = _relative_clause_end(td, x, e) or _wie_parenthesis_end(td, x, e)
    if r is not None:  # "schrieb in einer Erklärung, die sie verbreitete, sie wolle …"
        x, a = r, r + 1
    if a >= e or td.is_quote(a) and not _fragment_opens(td, a, e):
        return None  # direct speech follows: handled by the direct rules
    b = _message_end(td, a, e, blocked)
    if not colon:
        b = min(b, _extend_right(td, a, e))
    elif any(td.words[k] == "," and td.tags[k + 1] in FIN and speech_lemma(td, k + 1) for k in range(a + 2, b - 1)):
        return None  # "… nicht sicher: Ich nehme an, …, antwortete er": the trailing frame owns the speech
    # otherwise the speech after a colon runs on to the end of the sentence
    if b - a < 2:
        return None
    first = td.low[a]
    if lemma in DECISION_VERBS and (first == "ob" or first in L.WH_COMPLEMENTIZERS):
        return None
    if first in L.COMPLEMENTIZERS:
        return (a, b)
    if first == "sodass" or first == "so" and a + 1 < e and td.low[a + 1] in L.COMPLEMENTIZERS:
        return None  # "meldete einen Brand, so dass Alarm ausgelöst wurde": a consequence, no message
    if td.tags[a] in _REL and not _article_read_as_relative(td, x, a, e) \
            or td.tags[a] in ("KOUS", "KOUI", "KON") and first not in L.COMPLEMENTIZERS:
        return None
    if _prepositional_relative(td, a, e):
        return None  # "warnt vor einer Masche, mit der Betrüger abkassieren wollen": the clause belongs to the noun
    if td.tags[a] in ("PWAV", "PWS", "PWAT"):
        p = x - 1
        if td.tags[p] in ("NN", "NE") and td.low[p] not in L.TIME_NOUNS and first in ("wie", "wo", "was"):
            return None  # "kritisierte die Art und Weise, wie …": the clause belongs to the noun
        return (a, b) if first in L.WH_COMPLEMENTIZERS else None
    if td.tags[a] in ("ART",) and a + 1 < e and td.tags[a + 1] in FIN:
        return None  # "…, der sagte": a relative clause after all
    if td.tags[a] == "VVFIN" and not konj_in(td, a, a + 1):
        return None  # "wollte sich nicht äußern, sagte aber, …": the same subject goes on
    if td.tags[a] in ("VAFIN", "VMFIN", "VVFIN") and x > 0 and _in_adverbial_clause(td, x - 1):
        return None  # "Nachdem er sie festgehalten hat, habe er versucht …": the main clause follows
    if zu_clause(td, a, b) and not _fin_in(td, a, b) and (lemma in ZU_VERBS or lemma in STRONG):
        return (a, b)
    if not _fin_in(td, a, b):
        return None
    if konj_in(td, a, b):
        return (a, b)
    if colon or lemma in STRONG:
        return (a, b)
    return None


def _complement_without_comma(td: TokDoc, a: int, lemma: str, e: int, blocked: set[int]
                              ) -> Optional[tuple[int, int]]:
    """A complement right after the frame, without the comma careless writers
    leave out: "betonte dass man …", "hat angekündigt ihr Mandat niederzulegen"."""
    if td.low[a] in ("dass", "daß") and a not in blocked:
        b = min(_message_end(td, a, e, blocked), _extend_right(td, a, e))
        return (a, b) if b - a >= 3 else None
    if lemma not in ZU_VERBS or td.tags[a - 1] not in ("VVPP", "VVINF", "PTKVZ"):
        return None
    b = a
    while b < e and b not in blocked and td.words[b] not in (",", ":", ";") and td.tags[b] != "$.":
        b += 1
    if b == a or _fin_in(td, a, b) or td.tags[b - 1] not in ("VVIZU", "VAINF", "VVINF", "VMINF") \
            or not zu_clause(td, b - 2, b):
        return None
    return (a, b)


_D_WORDS = frozenset({"der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welcher", "welche", "welchem",
                      "welchen", "welches"})


def _prepositional_relative(td: TokDoc, a: int, e: int) -> bool:
    """Does a relative clause with a preposition open at ``a`` ("mit der …
    wollen", "in dem … wurde")? Its verbs stand at its end, where a main clause
    opened by a prepositional phrase ("Mit der Regierung werde man reden") has
    its finite verb second."""
    if td.tags[a] not in ("APPR", "APPRART") or a + 1 >= e or td.low[a + 1] not in _D_WORDS:
        return False
    b = next((k for k in range(a + 2, e) if td.words[k] in _SEP or td.tags[k] == "$."), e)
    verbs = [k for k in range(a + 2, b) if td.tags[k].startswith("V")]
    if zu_clause(td, a, b):
        return False  # "unter dem Deckmantel der Forschung … zu betreiben": a zu-infinitive
    # verb-final, unlike "für den Kanzler sei entscheidend" or "mit der Regierung werde man reden"
    return bool(verbs) and verbs[-1] == b - 1 and verbs[0] >= b - 2


def _article_read_as_relative(td: TokDoc, comma: int, a: int, e: int) -> bool:
    """"erklärte, die/PRELS noch zu schaffende Verfassung werde …": a relative
    pronoun right after the cue verb has no noun to hang on, so it is an article."""
    if td.low[a] not in ("der", "die", "das", "den", "dem", "des") or a + 1 >= e or td.tags[a + 1] in FIN + ("$,",):
        return False
    for k in range(comma - 1, clause_start(td, comma - 1) - 1, -1):
        if td.tags[k] in FIN:
            break
        if td.tags[k] in ("NN", "NE", "PDS", "PIS", "PPER"):
            return False  # "hat eine Initiative angekündigt, die …": the noun takes the relative clause
    else:
        return False
    ce = clause_end(td, a)
    fin = next((k for k in range(a + 1, ce) if td.tags[k] in FIN), None)
    return fin is not None and fin < ce - 1  # verb second, not verb-final as a relative clause is


def _in_adverbial_clause(td: TokDoc, k: int) -> bool:
    """Token ``k`` lies in a clause opened by a subordinator other than dass/ob."""
    cs = clause_start(td, k)
    return td.tags[cs] == "KOUS" and td.low[cs] not in L.COMPLEMENTIZERS


def _relative_clause_end(td: TokDoc, comma: int, e: int) -> Optional[int]:
    """The comma closing a verb-final relative clause that starts at ``comma``
    and belongs to the noun before it, when a further clause follows."""
    a = comma + 1
    if comma < 1 or td.words[comma] != "," or td.tags[comma - 1] not in ("NN", "NE") or a + 2 >= e:
        return None
    if not relative_opening(td, a):
        return None
    end = clause_end(td, a)
    if any(td.tags[k] == "PROAV" for k in range(a, end)):
        return None  # "eine Stelle, in der davon berichtet wird, dass …": the clause frames what follows
    if end + 1 < e and td.words[end] == "," and td.tags[end - 1] in FIN:
        return end
    return None


def _wie_parenthesis_end(td: TokDoc, comma: int, e: int) -> Optional[int]:
    """The comma closing a parenthetical "wie"-clause ("…, wie sich die Junta
    nennt, die Verfassung sei …") when a Konjunktiv clause follows it."""
    a = comma + 1
    if td.words[comma] != "," or a + 2 >= e or td.low[a] != "wie":
        return None
    end = clause_end(td, a)
    if end + 2 < e and td.words[end] == "," and td.tags[end - 1] in FIN and konj_in(td, end + 1, clause_end(td, end + 1)):
        return end
    return None


def _fragment_opens(td: TokDoc, a: int, e: int) -> bool:
    """Does the quotation opening at ``a`` close inside the clause, with the
    clause going on after it? ("sagte, „Sperrzonen“ dürfe es nicht geben")"""
    for k in range(a + 1, min(e, a + 12)):
        if td.is_quote(k):
            nxt = k + 1
            return nxt < e and td.words[nxt][:1].isalpha() and any(td.tags[x] in FIN for x in range(nxt, e))
        if td.tags[k] == "$." or td.words[k] in (",", ":", ";"):
            return False
    return False


_BELIEF = frozenset({"annehmen", "vermuten", "befürchten", "fürchten", "erwarten", "schätzen", "bezweifeln",
                     "glauben", "hoffen", "meinen", "denken", "mutmaßen"})


def _complement_before(td: TokDoc, frame: Frame, s: int, blocked: set[int]) -> Optional[tuple[int, int]]:
    """Message before a trailing frame: "A sei B, sagte X." """
    p = frame.start - 1
    if p <= s or td.words[p] != ",":
        return None
    a = s
    for k in range(p - 1, s - 1, -1):
        if k in blocked or td.words[k] in (":", ";"):
            a = k + 1
            break
    # only a verb of saying takes in a whole indicative clause; "…, befürchtet aber
    # weitere Tote" after a main clause shares its subject
    a = _extend_left(td, a, p, absorb=frame.lemma in STRONG or frame.lemma == "heißen")
    if p - a < 2:
        return None
    if not any(td.tags[k] in FIN and not _in_relative(td, a, k) for k in range(a, p)):
        # "Besser … als geprellt, riefen Demonstranten.": a verbless exclamation framed by a
        # verb of saying that ends the sentence; otherwise no clause before
        # ("Offizielle Statistiken, auf die verwiesen wird, bekräftigen …")
        return (a, p) if _verbless_speech(td, frame, s, a, p) else None
    if _adverbial_prefield(td, a, p):
        return None  # "Während Shakira erklärte, …, räumte Lopez ein": the clause before only sets the scene
    return (a, p)


def _verbless_speech(td: TokDoc, frame: Frame, s: int, a: int, p: int) -> bool:
    """"Besser … als geprellt, riefen Demonstranten (am Montag).": a verb of saying
    with a speaker after it ends the sentence; the stretch before it opens the
    sentence, and not with a preposition ("Von der Zusammenarbeit …, verspricht X …")."""
    e = td.sent_range(p)[1]
    if not (frame.lemma in STRONG and frame.source and speaker_like(td, *frame.source)):
        return False
    if a != s or p - a < 3 or td.tags[a] in _DEPENDENT or td.tags[a] in ("APPR", "APPRART"):
        return False
    rest = range(max(frame.end, frame.source[1]), e)
    return not any(td.words[k] in CLAUSE_BREAK or td.tags[k] in FIN for k in rest) \
        and not any(td.is_quote(k) for k in range(a, p))


def _adverbial_prefield(td: TokDoc, a: int, p: int) -> bool:
    """Is ``a..p`` an adverbial clause opening its sentence ("Während X erklärte, …")
    with no main clause of its own, outside quotation marks, after its verb?"""
    fins = [k for k in range(a + 1, p) if td.tags[k] in FIN]
    if not fins or a != td.sent_range(a)[0] or td.low[a] in L.COMPLEMENTIZERS or td.low[a + 1] == "ob" \
            or not (td.tags[a] == "KOUS" or subordinate_word_clause(td, a, fins[0])):
        return False  # "…, als ob …" / a clause cut short by an earlier record: not the pre-field
    quoted = False
    for k in range(fins[0] + 1, p):
        if td.is_quote(k):
            quoted = not quoted
        elif not quoted and td.tags[k] in FIN and not _in_dependent(td, k):
            return False  # a main clause of its own; "…, dass die Bevölkerung tolerant sei" is none
    return True


def _in_dependent(td: TokDoc, k: int) -> bool:
    """Token ``k`` lies in a clause opened after a comma by dass/ob, a
    subordinator or a relative pronoun."""
    cs = clause_start(td, k)
    first = _opener(td, cs, k + 1)
    return cs > td.sent_range(k)[0] and td.words[cs - 1] == "," \
        and (td.tags[first] in _DEPENDENT or td.low[first] in L.COMPLEMENTIZERS)


def _verb_frames(td: TokDoc, s: int, e: int, skip: set[int]) -> list[Frame]:
    frames: list[Frame] = []
    for v in range(s, e):
        if v in skip:
            continue
        f = verb_frame(td, v, s, e)
        if f is None or any(c in skip for c in f.cue) or any(c in g.cue for g in frames for c in f.cue):
            continue
        if f.source and any(k in skip for k in range(*f.source)):
            continue
        frames.append(f)
    return frames


def _is_v1(td: TokDoc, f: Frame, s: int) -> bool:
    """A trailing frame: ", sagte X", ", teilte X mit", ", hieß es"."""
    if f.start <= s or td.words[f.start - 1] != ",":
        return False
    first = f.start + (1 if td.low[f.start] in ("so", "das", "dies") else 0)
    if f.lemma == "heißen":
        return td.low[first] in ("heißt", "hieß", "hieße", "es")
    verb = min(c for c in f.cue if c != f.start or td.low[c] != "so")  # ", so sagte X": "so" joins the cue
    if first != verb:
        return False
    if _adverbial_prefield(td, s, f.start - 1):
        return False  # "Während X betont, dass …, berichten Betroffene …": the main clause's verb
    return bool(f.source and f.source[0] > verb)


def _anaphoric(td: TokDoc, f: Frame, s: int, e: int, blocked: set[int]):
    """"Das berichten arabische Medien." – the previous sentence is the message."""
    if td.tags[s] != "PDS" or td.low[s] not in ("das", "dies", "dieses") or min(f.cue) != s + 1:
        return None
    n = td.sent_of[s]
    if n == 0:
        return None
    a, b = td.sents[n - 1]
    if any(k in blocked for k in range(a, b)) or not _fin_in(td, a, b):
        return None
    return (a, s + 1)


def _following_sentences(td: TokDoc, e: int, blocked: set[int]) -> Optional[tuple[int, int]]:
    """Message in the sentences after a frame ending in a colon."""
    n = td.sent_of[e - 1] + 1
    if n >= len(td.sents):
        return None
    a, b = td.sents[n]
    if td.is_quote(a) or any(k in blocked for k in range(a, b)) or not _fin_in(td, a, b):
        return None
    end = b
    for m in range(n + 1, min(n + 3, len(td.sents))):
        a2, b2 = td.sents[m]
        if td.is_quote(a2) or any(k in blocked for k in range(a2, b2)):
            break
        first_fin = next((k for k in range(a2, b2) if td.tags[k] in FIN), None)
        if first_fin is None or not konj_in(td, first_fin, first_fin + 1):
            break
        end = b2
    return (a, end)


def sentence_attributions(td: TokDoc, s: int, e: int, blocked: set[int]) -> list[Attribution]:
    out: list[Attribution] = []
    used: set[int] = set(blocked)
    pframes = [f for f in prep_frames(td, s, e) if not (f.tokens() & used)]
    in_pframe = set().union(*(f.tokens() for f in pframes)) if pframes else set()
    verb_frames = _verb_frames(td, s, e, used | in_pframe)
    # trailing frames (", sagte X") first: they own the clause before them
    verb_frames.sort(key=lambda f: (not _is_v1(td, f, s), f.start))
    taken: set[int] = set()
    report: Optional[Frame] = None
    for f in verb_frames:
        fe = f.end
        ce = clause_end(td, max(f.cue))
        fe = max(fe, ce if ce < e and td.words[ce] in (",", ":") else fe)
        if f.source and f.source[1] >= fe and f.source[1] < e and td.words[f.source[1]] == "," \
                and any(td.words[k] == "," for k in range(*f.source)):
            # "schreibt der Polizist, ein Leiter der Einheit, über die Nacht: …": past the apposition
            after = clause_end(td, f.source[1])
            if after < e and td.words[after] == ":":
                fe = after
        if any(g is not f and max(f.cue) < min(g.cue) and max(g.cue) < fe for g in verb_frames):
            # a nearer cue owns the complement: "bezeichnete … und erklärte, …"; if it finds none, the
            # speech act stays reported without its words ("bestreitet den Vorwurf und sieht, wie …")
            if report is None and _reportable(td, f, s):
                report = f
            continue
        comp = _complement_after(td, fe, f.lemma, e, used)
        whole = False
        extra: set[int] = set()
        if comp is not None and _is_v1(td, f, s):
            # "A sei B, sagte X, C sei D": one message on both sides of the frame
            before = _complement_before(td, f, s, used)
            if before and konj_in(td, before[0], segments(td, *before)[0][1]):
                extra = set(range(*before))
        if comp is None:
            comp = _anaphoric(td, f, s, e, used)
            whole = comp is not None
        if comp is None and fe < e and td.words[fe] == ":" and all(td.tags[k] == "$." or td.is_quote(k) for k in range(fe + 1, e)):
            comp = _following_sentences(td, e, used)
            whole = True
        if comp is None and _is_v1(td, f, s):
            comp = _complement_before(td, f, s, used)
            if comp and not konj_in(td, comp[0], comp[1]) and f.lemma not in STRONG and f.lemma != "heißen" \
                    and not (f.source and f.source[0] > min(f.cue) and f.lemma in _BELIEF
                             and td.tags[comp[0]] not in _DEPENDENT and td.low[comp[0]] != "wie"):
                comp = None  # "…, nehmen Beobachter an": a thought verb with its subject after it frames indicative too
            if comp and not _fin_in(td, *comp) or comp and td.low[f.start] == "so":
                # "Der Grund, so vermutet X, dürfte … sein": the message goes on after the frame
                if fe < e and td.words[fe] == ",":
                    extra = set(range(fe + 1, _extend_right(td, fe + 1, e)))
        if comp is None:
            if report is None and _reportable(td, f, s):
                report = f
            continue
        msg = (set(range(*comp)) | extra) - used - taken
        if f.source is None and msg & in_pframe:
            continue  # "X werde aufgefordert, …, so Y": the speaker's frame owns the clause
        msg = tuple(sorted(msg)) if whole else _trim(td, msg)
        if len(msg) < 2:
            continue
        taken |= set(msg) | set(f.cue)
        out.append(_attr(f, msg, "Indirect", "indirect"))
    if not out and not pframes:
        colon = _colon_report(td, s, e, used)
        if colon is not None:
            return [colon]
    if report is not None and not taken and not pframes and not any(k in used for k in range(s, e)):
        # "Der Wetterdienst warnte vor Sturm.": a speech act reported without its words
        msg = tuple(range(s, e))
        out.append(replace(_attr(report, msg, "Reported", "reported"), cue=()))
        return out
    for f in pframes:
        if f.tokens() & taken:
            nested = _nested_prep(td, f, out)
            if nested is not None:
                out.append(nested)
            continue
        lo, hi = _prep_scope(td, f, s, e)
        inner = [a for a in out if not a.nested and min(a.cue or a.message) >= lo and max(a.message) < hi]
        covered = set().union(*(set(a.message) | set(a.cue) | set(a.source) | set(a.addr) for a in inner)) if inner else set()
        msg = [k for k in range(lo, hi) if k not in used and (k not in taken or k in covered) and k not in f.tokens()]
        msg = _trim(td, msg)
        if len(msg) < 3 or not _fin_in(td, msg[0], msg[-1] + 1):
            continue
        if inner:  # "Laut CNN hat Panetta verkündet, …": Panetta's statement is relayed by CNN
            out = [replace(a, nested=True) if a in inner else a for a in out]
        taken |= set(msg) | f.tokens()
        out.append(_attr(f, msg, "Indirect", "reported"))
    return out


def _colon_report(td: TokDoc, s: int, e: int, used: set[int]) -> Optional[Attribution]:
    """"Der Verband reagierte empört: Das Gesetz sei verfassungswidrig." – a
    main clause with a speaker-like subject, a colon, then Konjunktiv."""
    p = next((k for k in range(s + 1, e - 2) if td.words[k] == ":"), None)
    if p is None or any(k in used for k in range(s, e)) or td.is_quote(p + 1):
        return None
    owned = colon_noun_frame(td, s, p, e)
    if owned is not None:
        return owned
    if not konj_in(td, p + 1, e):
        return _colon_speech(td, s, p, e)
    fin = next((k for k in range(s, p) if td.tags[k] in FIN and not _in_relative(td, s, k)), None)
    if fin is None or konj_in(td, fin, fin + 1):
        return None
    subj, _ = subject_of(td, fin, [fin], complex_np=False)
    if subj is None or not speaker_like(td, *subj) or td.low[subj[0]] in ("es", "man", "ich", "wir"):
        return None
    msg = _trim(td, range(p + 1, e))
    if len(msg) < 3:
        return None
    return Attribution(kind="indirect", form="Indirect", message=msg, cue=(fin,), source=tuple(range(*subj)),
                       speaker_span=subj, stwr="Speech", rule="indirect.colon", cue_lemma=td.lemmas[fin])


def _colon_speech(td: TokDoc, s: int, p: int, e: int) -> Optional[Attribution]:
    """"Anderl: Die Aufforderung ist eine Zumutung." – a person's name (or a
    role) and a colon before a clause: speech whose quotation marks were lost
    or never set. Not "Das Ergebnis: …" (no speaker) nor a place ("Wien: …")."""
    a = after_dateline(td, s, p)
    if p - a > 8 or any(td.tags[k] in FIN for k in range(a, p)):
        return None
    m = td.mention_at(a)
    if m is not None and m[1] >= p:
        if m[2] == "LOC":
            return None
    elif np_right(td, a, p) != p or td.tags[a] in ("PPER", "PIS", "PDS") \
            or not (speaker_like(td, a, p) or _document_head(td, a, p)):
        return None
    msg = _trim(td, range(p + 1, e))
    if len(msg) < 4 or not _fin_in(td, msg[0], msg[-1] + 1) or td.tags[msg[0]] in _DEPENDENT:
        return None
    return Attribution(kind="direct", form="Direct", message=msg, cue=(), source=tuple(range(a, p)),
                       speaker_span=(a, p), stwr="Speech", rule="direct.colon_unmarked", cue_lemma="")


def _document_head(td: TokDoc, a: int, b: int) -> bool:
    """"Der entsprechende Beschluss: …", "Die Erklärung der Regierung: …": a text that speaks."""
    head = next((k for k in range(a, b) if td.tags[k] == "NN"), None)
    return head is not None and (td.low[head] in L.DOCUMENT_NOUNS or td.low[head].endswith(("beschluss", "erklärung")))


def _nested_prep(td: TokDoc, f: Frame, attrs: list[Attribution]) -> Optional[Attribution]:
    """"X sagte, nach neuesten Erkenntnissen habe …": a prepositional frame inside
    another attribution's message is a nested attribution of its own clause."""
    if f.kind == "anaphoric" and f.source == (f.start, f.end):
        return None  # "…, wäre demnach …, sagte Hendricks": "demnach" points back inside the speech
    ft = f.tokens()
    for a in attrs:
        if a.nested or not ft <= set(a.message):
            continue
        lo, hi = _prep_scope(td, f, min(a.message), max(a.message) + 1)
        msg = _trim(td, [k for k in range(lo, hi) if k in set(a.message) and k not in ft])
        if len(msg) < 3 or not _fin_in(td, msg[0], msg[-1] + 1):
            return None
        return replace(_attr(f, msg, "Indirect", "reported"), nested=True)
    return None


# Speech acts reported without their words ("HRW forderte eine Untersuchung.",
# "X bezeichnete den Plan als Fehler"); other cue verbs need a complement.
REPORTING = frozenset("""
fordern verlangen auffordern bezeichnen nennen ankündigen berichten vorwerfen bestreiten dementieren
warnen
schreiben zusagen versprechen sprechen
ausgehen bekanntgeben bitten anregen plädieren beziffern aussprechen
schätzen werten begründen erwarten vorhersagen voraussagen befürchten rechnen vermuten
vorschlagen empfehlen appellieren einräumen bestätigen
raten zusichern beschuldigen hinweisen fürchten verweisen angeben einschätzen aufmerksammachen klagen attestieren
""".split())


def _reportable(td: TokDoc, f: Frame, s: int) -> bool:
    """A main-clause speech act with a speaker that is news without its words."""
    return bool(f.source) and _main_clause(td, f, s) and _reporting(td, f) and speaker_like(td, *f.source) \
        and _plain_report(td, f)


def _reporting(td: TokDoc, f: Frame) -> bool:
    """A speech act that is news without its words: a REPORTING verb, or a verb
    of judging with its "als" ("verurteilte den Anschlag als feige")."""
    if f.lemma == "halten":
        return _judged_for(td, max(f.cue))
    if f.lemma == "aufmerksammachen":  # "machte auf sich aufmerksam" draws attention, says nothing
        return not any(td.low[k] == "sich" for k in range(clause_start(td, min(f.cue)), clause_end(td, max(f.cue))))
    return f.lemma in REPORTING or any(td.low[c] == "als" for c in f.cue)


def _judged_for(td: TokDoc, v: int) -> bool:
    """"hält den Fonds für unzulänglich", "hält Kurz für den größten Verbündeten": a
    judgement whose für-phrase ends the clause; not "hält die Straße für den Verkehr frei"."""
    ce = clause_end(td, v)
    fur = next((k for k in range(v + 1, ce) if td.low[k] == "für"), None)
    if fur is None or fur + 1 >= ce:
        return False
    rest = range(fur + 1, ce)
    if td.tags[ce - 1] in ("NN", "NE"):
        return True
    return all(td.tags[k] in ("ADV", "ADJD") for k in rest) and td.tags[ce - 1] == "ADJD" \
        and td.low[ce - 1] not in ("frei", "offen", "bereit")


def _plain_report(td: TokDoc, f: Frame) -> bool:
    """Not "wie erwartet", not an expletive "es", not a Konjunktiv II
    hypothetical ("hätten gewarnt sein können")."""
    if td.low[f.source[0]] == "es" or min(f.cue) > 0 and td.low[min(f.cue) - 1] == "wie":
        return False
    return not any(td.tags[c] in FIN and td.low[c] in L.KONJ2 for c in f.cue)


def _main_clause(td: TokDoc, f: Frame, s: int) -> bool:
    """The cue is the verb of the sentence's main clause (appositions allowed)."""
    first = min(f.cue)
    s = after_dateline(td, s, first)
    if td.tags[s] == "KOUS" and td.low[s] not in ("dass", "daß", "ob"):
        # "Während …, fordert die Partei …": a fronted subordinate clause, then the verb
        k = s + 1
        while k < first and td.words[k] != ",":
            k += 1
        if k + 1 == first and td.tags[first] in FIN and any(td.tags[x] in FIN for x in range(s + 1, k)):
            return True
        return False
    if td.tags[s] in ("PRELS", "PRELAT", "PWAV", "PWS", "KOUS"):
        return False
    if first > s and td.tags[first - 1] == "KON" and td.low[first - 1] in ("und", "sowie", "aber") \
            and f.source and f.source[0] == s and td.tags[first] in FIN \
            and not any(td.tags[k] in ("KOUS", "PRELS", "PRELAT", "PWAV", "PWS") or td.words[k] in (",", ":", ";")
                        for k in range(s, first)):
        return True  # "Die Partei hat das Thema aufgegriffen und fordert …": the second verb of the main clause
    if any(td.tags[k] in FIN and not _in_relative(td, s, k) for k in range(s, first)):
        return False
    c = clause_start(td, first)
    return c == s or bool(f.source and f.source[0] == s)


def after_dateline(td: TokDoc, s: int, e: int) -> int:
    """Where the sentence proper starts after a dateline ("Moskau – Russland
    hat …", "Eisenstadt/Wien – …"): up to three names, then a dash."""
    k = s
    while k < min(e, s + 5) and (td.tags[k] in ("NE", "NN") or td.words[k] in ("/", "(", ")", "APA", "dpa")):
        k += 1
    if s < k < e and td.words[k] in ("–", "—", "-"):
        return k + 1
    return s


def _in_relative(td: TokDoc, s: int, k: int) -> bool:
    """Is token ``k`` inside a relative clause opened after a comma in [s, k)?
    ("Gutachter, die die Maschine untersuchten, gehen … aus")"""
    for j in range(k - 1, s, -1):
        if td.words[j] == ",":
            return td.tags[j + 1] in _REL or td.tags[j + 1] == "APPR" and j + 2 < k and td.tags[j + 2] in _REL
    return False


def _prep_scope(td: TokDoc, f: Frame, s: int, e: int) -> tuple[int, int]:
    """The stretch of the sentence that a prepositional or parenthetical frame
    ("laut X", ", so X", "wie X mitteilte") attributes."""
    segs = segments(td, s, e)
    if not segs:
        return s, e
    if f.source and f.source[1] - f.source[0] == 1 and f.start > s and td.words[f.start - 1] == "," \
            and td.tags[f.source[0]] in ("PRELS", "ART", "PDS") and f.source[0] == f.start + 1:
        # "Gerüchte, nach denen …", "ein Gutachten, laut dem …": the relative clause only
        return f.start, next((b for a, b in segs if a <= f.start < b), e)
    if f.kind == "so" and f.start > s and td.words[f.start - 1] == "," \
            and all(td.tags[k] == "$." or td.is_quote(k) for k in range(f.end, e)):
        return s, f.start  # "A, B, so X.": a trailing frame owns the whole sentence before it
    ft = f.tokens()
    idx = [i for i, (a, b) in enumerate(segs) if any(k in ft for k in range(a, b))]
    if not idx:
        return s, e
    lo_i, hi_i = idx[0], idx[-1]
    own = [k for i in range(lo_i, hi_i + 1) for k in range(*segs[i]) if k not in ft and td.tags[k] not in ("$.",)]
    if not own:  # the frame is a parenthetical of its own: take its neighbours
        nxt = hi_i + 1
        if nxt + 1 < len(segs) and td.tags[segs[nxt][0]] in ("PRELS", "PRELAT"):
            nxt += 1  # "laut einem Bericht von X, der sich auf Y beruft, …": skip the relative clause
        if lo_i > 0:
            left = segs[lo_i - 1]
            lo_i -= 1
            if not _fin_in(td, *left) and nxt < len(segs):
                hi_i = nxt
        elif nxt < len(segs):
            lo_i = hi_i = nxt
    while lo_i > 0 and _qualifies(td, *segs[lo_i - 1]):
        lo_i -= 1
    while hi_i + 1 < len(segs) and _qualifies(td, *segs[hi_i + 1]):
        hi_i += 1
    return segs[lo_i][0], segs[hi_i][1]


def _attr(f: Frame, msg: tuple[int, ...], form: str, kind: str) -> Attribution:
    return Attribution(
        kind=kind, form=form, message=tuple(msg), cue=tuple(f.cue),
        source=tuple(range(*f.source)) if f.source else (),
        addr=tuple(range(*f.addr)) if f.addr else (),
        speaker_span=f.source, stwr=f.stwr, rule=f"indirect.{f.kind}", cue_lemma=f.lemma,
        origin_span=f.origin,
    )


_REPORTIVE = frozenset({"soll", "sollen"})


def is_reported_sentence(td: TokDoc, s: int, e: int) -> Optional[str]:
    """"konj" for a sentence whose main clause is in Konjunktiv ("Die Lage sei
    ernst."), "konj2" for a singular Konjunktiv II ("Das wäre …", which only
    continues an attribution right before), "soll" for reportive sollen ("Er
    soll geflohen sein."), else None."""
    if e - s < 3 or td.is_quote(s) or td.words[e - 1] == "?":
        return None
    first_fin = _main_finite(td, s, e)
    if first_fin is None:
        return None
    if konj_in(td, first_fin, first_fin + 1):
        return "konj2" if td.low[first_fin] in L.KONJ2_WEAK else "konj"
    if td.low[first_fin] in _REPORTIVE:
        return "soll" if _perfect_infinitive(td, first_fin, e) else "soll?"
    return None


def _main_finite(td: TokDoc, s: int, e: int) -> Optional[int]:
    """The finite verb of the main clause: past a fronted conditional or adverbial
    clause ("Sollten …, könne …", "Wenn …, sei …"), else the first finite verb."""
    first = next((k for k in range(s, e) if td.tags[k] in FIN), None)
    if first is None:
        return None
    fronted = first == s and td.low[s] in ("sollte", "sollten", "wäre", "wären", "hätte", "hätten", "würde", "würden") \
        or td.tags[s] == "KOUS" and td.low[s] not in L.COMPLEMENTIZERS
    if not fronted:
        return first
    comma = next((k for k in range(first, e) if td.words[k] == ","), None)
    if comma is None or comma + 1 >= e or td.tags[comma + 1] not in FIN:
        return first
    return comma + 1


def _perfect_infinitive(td: TokDoc, fin: int, e: int) -> bool:
    """"soll … geflohen sein", "sollen … geplant haben": the past reading of
    sollen, which is reportive; "soll … gebaut werden" is mostly a plan."""
    ce = clause_end(td, fin)
    verbs = [k for k in range(fin + 1, ce) if td.tags[k].startswith("V")]
    return len(verbs) >= 2 and td.lemmas[verbs[-1]] in ("haben", "sein") \
        and td.tags[verbs[-2]] in ("VVPP", "VAPP", "VMPP")


def subject_attribution(td: TokDoc, n: int) -> Optional[Attribution]:
    """The speaker-like subject of sentence ``n`` as a pseudo-attribution, so a
    following Konjunktiv sentence can be ascribed to it ("Larson gab sich
    optimistisch. Man sei gut aufgestellt.")."""
    s, e = td.sents[n]
    fin = next((k for k in range(s, e) if td.tags[k] in FIN and not _in_relative(td, s, k)), None)
    if fin is None:
        return None
    subj, _ = subject_of(td, fin, [fin], complex_np=any(_in_relative(td, s, k) for k in range(s, fin)))
    if subj is None or not speaker_like(td, *subj) or td.low[subj[0]] in ("es", "ich", "man"):
        return None
    return Attribution(kind="indirect", form="Indirect", message=(), source=tuple(range(*subj)),
                       speaker_span=subj, rule="subject")


def free_indirect(td: TokDoc, s: int, e: int, prev: Optional[Attribution], how: str = "konj") -> Attribution:
    """A Konjunktiv (or reportive "soll") sentence with no frame of its own:
    reported speech going on, ascribed to ``prev``'s speaker if any. SpkAtt
    form IndirectFreeIndirect, or FreeIndirect for "soll" and unknown speakers."""
    if prev is None or not prev.source or how == "soll":
        return Attribution(kind="indirect", form="FreeIndirect", message=tuple(range(s, e)),
                           source=prev.source if prev else (), speaker_span=prev.speaker_span if prev else None,
                           rule=f"indirect.free.{how}", origin_span=prev.origin_span if prev else None)
    return Attribution(
        kind="indirect", form="IndirectFreeIndirect", message=tuple(range(s, e)),
        cue=(), source=prev.source, addr=(), speaker_span=prev.speaker_span,
        stwr=prev.stwr, rule="indirect.continuation", cue_lemma=prev.cue_lemma, origin_span=prev.origin_span,
    )
