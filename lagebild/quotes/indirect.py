"""Indirect speech and reported attribution inside one sentence.

* verb frames with a complement: "X sagte, er sei bereit", "X erklärte, dass …",
  "X geht davon aus, dass …", "X forderte Y auf, … zu …", "X sagte: …";
* trailing verb frames: "Russland halte sich an alles, sagte Lawrow.";
* prepositional and parenthetical frames: "laut X", "nach Angaben der USA",
  "X zufolge", ", so X", "wie X mitteilte", "hieß es in …", "demnach".
"""
from __future__ import annotations

from typing import Iterable, Optional

from . import lexicon as L
from .frames import FIN, Frame, clause_end, prep_frames, stwr_of, subject_of, verb_cue
from .tagging import konj1
from .tokdoc import Attribution, TokDoc

STRONG = frozenset("""
sagen erklären betonen mitteilen berichten schreiben versichern bekräftigen
ergänzen erläutern unterstreichen bestätigen behaupten antworten entgegnen
meinen äußern warnen hinzufügen ausführen verkünden bekanntgeben einräumen
zugeben klarstellen feststellen kritisieren argumentieren melden angeben
hinweisen ankündigen versprechen drohen beteuern twittern
""".split())
ZU_VERBS = frozenset("""
auffordern aufrufen vorwerfen beschuldigen ankündigen versprechen drohen fordern
bitten empfehlen raten appellieren vorschlagen verlangen anbieten planen
beabsichtigen zusagen anregen mahnen warnen beschließen
""".split())
_REL = frozenset({"PRELS", "PRELAT"})


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


def _fin_in(td: TokDoc, a: int, b: int) -> bool:
    return any(td.tags[k] in FIN for k in range(a, b))


def _zu_clause(td: TokDoc, a: int, b: int) -> bool:
    return any(td.tags[k] in ("PTKZU", "VVIZU") for k in range(a, b))


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
        k += 1
    # drop trailing sentence punctuation and commas
    while k > a and (td.tags[k - 1] in ("$.", "$,") or td.words[k - 1] in (",", ":", "–", "-")):
        k -= 1
    return k


def _trim(td: TokDoc, toks: Iterable[int]) -> tuple[int, ...]:
    toks = sorted(toks)
    while toks and (td.tags[toks[-1]] in ("$.", "$,") or td.words[toks[-1]] in (",", ":", "–", "-", "(", ")")):
        toks.pop()
    while toks and (td.tags[toks[0]] == "$," or td.words[toks[0]] in (",", ":", "–", "-", ")")):
        toks.pop(0)
    return tuple(toks)


def _complement_after(td: TokDoc, f_end: int, lemma: str, e: int, blocked: set[int]) -> Optional[tuple[int, int]]:
    x = f_end
    if x >= e or td.words[x] not in (",", ":"):
        return None
    colon = td.words[x] == ":"
    a = x + 1
    if a >= e or td.is_quote(a):
        return None  # direct speech follows: handled by the direct rules
    b = _message_end(td, a, e, blocked)
    if b - a < 2:
        return None
    first = td.low[a]
    if first in L.COMPLEMENTIZERS:
        return (a, b)
    if td.tags[a] in _REL or td.tags[a] == "KOUS" and first not in L.COMPLEMENTIZERS:
        return None
    if first in L.WH_COMPLEMENTIZERS and td.tags[a] in ("PWAV", "PWS", "PWAT", "KOUS"):
        return (a, b) if lemma not in ("sagen",) or True else None
    if td.tags[a] in ("ART",) and a + 1 < e and td.tags[a + 1] in FIN:
        return None  # "…, der sagte": a relative clause after all
    if lemma in ZU_VERBS and _zu_clause(td, a, b) and not _fin_in(td, a, b):
        return (a, b)
    if not _fin_in(td, a, b):
        return None
    if konj_in(td, a, b):
        return (a, b)
    if colon or lemma in STRONG:
        return (a, b)
    return None


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
    if p - a < 2 or not _fin_in(td, a, p):
        return None
    return (a, p)


def sentence_attributions(td: TokDoc, s: int, e: int, blocked: set[int]) -> list[Attribution]:
    out: list[Attribution] = []
    used: set[int] = set(blocked)
    verb_frames: list[Frame] = []
    pframes = [f for f in prep_frames(td, s, e) if not (f.tokens() & used)]
    in_pframe = set().union(*(f.tokens() for f in pframes)) if pframes else set()
    for v in range(s, e):
        if v in used or v in in_pframe:
            continue
        if td.tags[v] not in FIN and td.tags[v] not in ("VVPP", "VVINF"):
            continue
        vc = verb_cue(td, v)
        if not vc:
            continue
        lemma, cue, fin = vc
        if any(c in used or c in in_pframe for c in cue):
            continue
        src, addr = subject_of(td, fin, cue)
        end = max(cue) + 1
        for span in (src, addr):
            if span and span[0] > min(cue):
                end = max(end, span[1])
        start = min(cue)
        verb_frames.append(Frame(start, end, tuple(cue), src, addr, lemma, stwr_of(lemma), "verb", "any"))
    taken: set[int] = set()
    for f in verb_frames:
        fe = f.end
        ce = clause_end(td, max(f.cue))
        fe = max(fe, ce if ce < e and td.words[ce] in (",", ":") else fe)
        comp = _complement_after(td, fe, f.lemma, e, used)
        form = "Indirect"
        if comp is None and td.words[f.start - 1 if f.start > s else s] == "," and f.start == min(f.cue) \
                and td.tags[f.start] in FIN + ("VVPP",) and f.source and f.source[0] > f.start:
            comp = _complement_before(td, f, s, used)
            if comp and not konj_in(td, comp[0], comp[1]) and f.lemma not in STRONG:
                comp = None
        if comp is None:
            continue
        msg = set(range(*comp)) - used - taken
        msg = _trim(td, msg)
        if len(msg) < 2:
            continue
        taken |= set(msg) | set(f.cue)
        out.append(_attr(f, msg, form, "indirect"))
    for f in pframes:
        if f.tokens() & taken:
            continue
        msg = [k for k in range(s, e) if k not in used and k not in taken and k not in f.tokens()]
        msg = _trim(td, msg)
        if len(msg) < 3 or not _fin_in(td, msg[0], msg[-1] + 1):
            continue
        kind = "reported"
        taken |= set(msg) | f.tokens()
        out.append(_attr(f, msg, "Indirect", kind))
    return out


def _attr(f: Frame, msg: tuple[int, ...], form: str, kind: str) -> Attribution:
    return Attribution(
        kind=kind, form=form, message=tuple(msg), cue=tuple(f.cue),
        source=tuple(range(*f.source)) if f.source else (),
        addr=tuple(range(*f.addr)) if f.addr else (),
        speaker_span=f.source, stwr=f.stwr, rule=f"indirect.{f.kind}", cue_lemma=f.lemma,
    )


def free_indirect(td: TokDoc, s: int, e: int, prev: Attribution) -> Optional[Attribution]:
    """A sentence in Konjunktiv with no frame that continues the previous
    attribution's reported speech (SpkAtt form IndirectFreeIndirect)."""
    if e - s < 3 or td.is_quote(s):
        return None
    # the main clause must be in Konjunktiv: look at the first finite verb
    first_fin = next((k for k in range(s, e) if td.tags[k] in FIN), None)
    if first_fin is None:
        return None
    if not konj_in(td, first_fin, first_fin + 1):
        return None
    return Attribution(
        kind="indirect", form="IndirectFreeIndirect", message=tuple(range(s, e)),
        cue=(), source=prev.source, addr=(), speaker_span=prev.speaker_span,
        stwr=prev.stwr, rule="indirect.continuation", cue_lemma=prev.cue_lemma,
    )
