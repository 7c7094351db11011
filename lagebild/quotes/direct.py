"""Direct speech: quoted spans that are speech, with their frames.

A quoted span is speech when a frame touches it („…“, sagte X / X sagte: „…“ /
„…“, so X) or when it stands as a clause of its own and reads like a sentence.
A short quoted word or phrase inside a clause with no frame (the „epochale“
Gipfel, the newspaper „Die Zeit“) is a scare quote or a title: not speech.
"""
from __future__ import annotations

from typing import Optional

from .frames import FIN, Frame, clause_start, prep_frames, stwr_of, subject_of, verb_cue
from .marks import Quoted
from .tokdoc import Attribution, TokDoc

_OPEN_CONTEXT = frozenset({":", ",", "(", "–", "—", "-", ";"})


def _words(td: TokDoc, q: Quoted) -> int:
    return sum(1 for i in q.inner() if td.tags[i] not in ("$.", "$,", "$(") and not td.is_quote(i))


def _has_verb(td: TokDoc, q: Quoted) -> bool:
    return any(td.tags[i] in FIN for i in q.inner())


def _starts_clause(td: TokDoc, q: Quoted) -> bool:
    if q.start == 0:
        return True
    if q.start == td.sent_range(q.start)[0]:
        return True
    p = q.start - 1
    return td.words[p] in _OPEN_CONTEXT or td.tags[p] == "$." or td.is_quote(p)


def _ends_clause(td: TokDoc, q: Quoted) -> bool:
    n = q.end + 1
    if n >= len(td) or n == td.sent_range(q.end)[1]:
        return True
    last_inner = q.end - (1 if q.close is not None else 0)
    if td.tags[last_inner] == "$." or td.words[last_inner] in (",", ":", "…", "..."):
        return True
    return td.words[n] in (",", ".", "!", "?", ";", ":", ")", "–", "—", "-") or td.is_quote(n)


def _post_frame(td: TokDoc, q: Quoted) -> Optional[Frame]:
    """Frame after the closing mark: „…“, sagte X / „…“, so X / „…“ heißt es."""
    k = q.end + 1
    if k < len(td) and td.words[k] == ",":
        k += 1
    if k >= len(td):
        return None
    s, e = td.sent_range(k)
    if td.low[k] in ("so", "heißt", "hieß", "wie"):
        fs = prep_frames(td, k - 1 if td.words[k - 1] == "," else k, e) if td.low[k] == "so" else prep_frames(td, k, e)
        for f in fs:
            if f.start <= k + 1:
                return f
    if td.tags[k] in FIN or td.tags[k] in ("VVPP",):
        vc = verb_cue(td, k)
        if vc:
            lemma, cue, fin = vc
            src, addr = subject_of(td, fin, cue)
            end = max([*cue, *(src or ()), *(addr or ())]) + 1
            if src:
                end = max(end, src[1])
            if addr:
                end = max(end, addr[1])
            return Frame(k, end, tuple(cue), src, addr, lemma, stwr_of(lemma), "verb", "before")
    # "„…“, erklärte der Minister" where the verb is preceded by an adverb: „…“, fügte er hinzu
    return None


def _pre_frame(td: TokDoc, q: Quoted) -> Optional[Frame]:
    """Frame before the opening mark: X sagte: „…“ / laut X „…“ / so X: „…“."""
    p = q.start - 1
    if p < 0:
        return None
    # the frame may sit at the end of the previous sentence ("Er sagte:" | „…“)
    s = td.sent_range(p)[0]
    if td.words[p] in (":", ","):
        end = p
    elif td.tags[p] in ("NN", "NE", "PPER") or td.tags[p] in FIN:
        end = p + 1
    else:
        return None
    cs = clause_start(td, end - 1) if end - 1 >= s else s
    if td.words[p] == ",":
        cs = clause_start(td, p - 1) if p - 1 >= s else s
    # verb cue in the introducing clause
    for v in range(end - 1, cs - 1, -1):
        vc = verb_cue(td, v)
        if vc:
            lemma, cue, fin = vc
            src, addr = subject_of(td, fin, cue)
            return Frame(cs, end, tuple(cue), src, addr, lemma, stwr_of(lemma), "verb", "after")
    for f in prep_frames(td, cs, end):
        return f
    if td.words[p] == ":":
        # a colon alone introduces speech: "Die Botschaft des Ministers: „…“"
        return Frame(p, p + 1, (), None, None, ":", "Speech", "colon", "after")
    return None


def direct_quotes(td: TokDoc, quoted: list[Quoted]) -> list[Attribution]:
    out: list[Attribution] = []
    for q in quoted:
        n = _words(td, q)
        if n == 0:
            continue
        standalone = _starts_clause(td, q) and _ends_clause(td, q)
        frame = _post_frame(td, q) if _ends_clause(td, q) else None
        if frame is None and _starts_clause(td, q):
            frame = _pre_frame(td, q)
        multi = td.sent_of[q.end] > td.sent_of[q.start] and n >= 4
        if frame is not None and frame.kind == "colon" and n < 3 and not _has_verb(td, q):
            frame = None
        if frame is None:
            if not (standalone and (n >= 3 and _has_verb(td, q) or n >= 6) or multi):
                continue  # scare quote, title, partial quotation
        if frame is not None and not standalone and n < 4:
            continue
        if frame is not None and n < 2 and not _has_verb(td, q) and frame.kind not in ("verb", "so"):
            continue
        cue = frame.cue if frame else ()
        src = frame.source if frame else None
        addr = frame.addr if frame else None
        out.append(Attribution(
            kind="direct", form="Direct",
            message=tuple(range(q.start, q.end + 1)),
            cue=tuple(cue), source=tuple(range(*src)) if src else (),
            addr=tuple(range(*addr)) if addr else (),
            speaker_span=src, stwr=frame.stwr if frame else "Speech",
            rule=f"direct.{frame.kind if frame else 'bare'}",
            cue_lemma=frame.lemma if frame else None,
        ))
    return out
