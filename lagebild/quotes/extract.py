"""Run the quotation rules over a :class:`TokDoc` and resolve speakers."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from . import lexicon as L
from . import speakers as S
from .direct import direct_quotes, name_like, relay_after_frame
from .indirect import after_dateline, free_indirect, is_reported_sentence, sentence_attributions, subject_attribution
from .noun_frames import noun_complement_frames
from .frames import FIN, clause_end, stwr_of, subject_of, time_words_only, verb_frame
from .tagging import konj1
from .marks import find_quoted
from .tokdoc import Attribution, TokDoc

MAX_CONTINUATION = 3   # Konjunktiv sentences that may continue one attribution
RELAYED = "+relayed"   # rule suffix of a framed quote that an outer "laut X" carries


def extract(td: TokDoc) -> list[Attribution]:
    """All attributions of the document, in text order, speakers resolved."""
    quoted = find_quoted(td)
    direct = direct_quotes(td, quoted)
    direct = _bare_direct_speakers(td, direct)
    # quotations inside a sentence without a frame of their own may be part of
    # reported speech ("Er sagte, die Lage sei „sehr ernst“"): they do not block
    soft = [a for a in direct if a.message[0] != td.sent_range(a.message[0])[0]
            and td.words[a.message[0] - 1] != ":"]
    used_q = {a.message[0] for a in direct}
    partial = [q for q in quoted if q.start not in used_q]
    blocked: set[int] = set()
    for a in direct:
        if not any(a is b for b in soft):
            blocked.update(a.message)
            if a.rule == "direct.main" or a.rule.endswith("+cont"):
                continue  # "Er glaubt, dass …: „…“": the cue also frames the dass-clause;
                # a quote that continues an earlier speaker does not own that speaker's words
            if a.rule in ("direct.prep", "direct.so") and a.cue and a.cue[-1] < a.message[0] \
                    and (td.sent_of[a.cue[0]] < td.sent_of[a.message[0]] or td.words[a.message[0] - 1] == ":"):
                continue  # "Nach Ansicht von X ist … . „…“": the frame also frames its own sentence
            blocked.update(a.cue)
            blocked.update(a.source)
            blocked.update(a.addr)
    out = []
    by_sent: dict[int, list[Attribution]] = {}
    for a in direct:
        by_sent.setdefault(td.sent_of[a.message[-1]], []).append(a)  # the speaker that Konjunktiv may continue
        relay = relay_after_frame(td, a)
        if relay is not None:  # "„…“, sagte Raab laut Spiegel Online."
            a = replace(a, nested=True, rule=a.rule + RELAYED)
            out.append(relay)
            blocked.update(relay.cue + relay.source)
        out.append(a)
    last: Optional[Attribution] = None     # the attribution reported speech may continue
    last_sent = -10
    cont: Optional[Attribution] = None      # the open continuation (one record, many sentences)
    for n, (s, e) in enumerate(td.sents):
        found = sentence_attributions(td, s, e, blocked)
        # "X nannte den Plan „fahrlässig“": the quotation with its own frame is
        # the record, not a speech-act report of the whole sentence
        found = [a for a in found if not (a.form == "Reported" and any(
            set(d.source) & set(a.source) for d in soft if s <= d.message[0] < e))]
        for a in found:
            if a.message and a.message[0] < s:
                # "… soll … . Das teilte X mit.": the anaphoric frame replaces the
                # speakerless reading of the sentence before
                out = [b for b in out if not (b.form in ("FreeIndirect", "IndirectFreeIndirect")
                                              and b.message and set(b.message) <= set(a.message))]
                if cont is not None and not any(cont is b for b in out):
                    cont = None
        if found and last is not None and last.source and n - last_sent == 1:
            found = [b for a in found for b in _konj_frame_continues(td, a, last, s, e)]
        out.extend(found)
        for a in found:
            blocked.update(a.message)
        here = [a for a in found + by_sent.get(n, []) if not a.nested]
        if here:
            last = _carried_speaker(td, _with_origin(max(here, key=lambda a: a.message[-1]), found))
            last_sent, cont = n, None
            if last.rule == "indirect.continuation.konj_frame":
                cont = last
            continue
        how = is_reported_sentence(td, s, e)
        if how in ("konj2", "soll?"):
            # weak signals continue an attribution of the sentence right before only, in its paragraph
            near = last is not None and last.source and n - last_sent == 1 and not td.line_break_before(s)
            how = (how[:4] if how == "konj2" else "soll") if near else None
        if any(k in blocked for k in range(s, e)) or how is None:
            if cont is None:
                last = None if n - last_sent > 1 else last
            cont = None
            continue
        if cont is not None and cont.source == (last.source if last else cont.source):
            out[out.index(cont)] = cont = replace(cont, message=cont.message + tuple(range(s, e)))
            last_sent = n
            continue
        prev = last if last is not None and last.source and n - last_sent <= MAX_CONTINUATION else None
        if n and (prev is None or n - last_sent > 1):
            # a speaker-like subject right before wins over an older attribution,
            # unless it is only a pronoun for that attribution's speaker
            near = subject_attribution(td, n - 1)
            if near is not None and not (prev is not None and len(near.source) == 1
                                         and td.tags[near.source[0]] == "PPER"):
                prev = near
        if prev is None and n and how in ("soll", "konj"):
            prev = _earlier_source(td, out, n)
            if prev is not None and how == "konj" and len(prev.source) == 1 \
                    and td.tags[prev.source[0]] in ("PROAV", "PWAV", "PRELS", "ADV"):
                prev = None  # "wonach", "Demnach": an anaphor does not carry to a later sentence
        cont = free_indirect(td, s, e, prev, how)
        out.append(cont)
        last_sent = n
    out = _with_noun_frames(td, out)
    out = _nest_quotations(td, out, soft, partial)
    out = [_without_dateline(td, a) for a in out]
    out.sort(key=lambda a: (a.message[0] if a.message else 0))
    return resolve_speakers(td, out)


DATELINE_SENTENCES = 3  # a dateline ("Moskau – …") opens one of the first sentences of an article


def _without_dateline(td: TokDoc, a: Attribution) -> Attribution:
    """"Moskau – Russland hat Wahlen gefordert.": the place of the report is no
    part of the message."""
    if not a.message:
        return a
    n = td.sent_of[a.message[0]]
    s, e = td.sents[n]
    if n >= DATELINE_SENTENCES or a.message[0] != s:
        return a
    start = after_dateline(td, s, e)
    if start == s or start >= a.message[-1]:
        return a
    return replace(a, message=tuple(k for k in a.message if k >= start))


def _with_noun_frames(td: TokDoc, attrs: list[Attribution]) -> list[Attribution]:
    """Add "der Vorwurf der Opposition, die Regierung habe gelogen" where no record
    has that clause as its own message yet; inside another message it is nested."""
    taken = {frozenset(a.message) for a in attrs}
    cues = {c for a in attrs for c in a.cue} | {k for a in attrs for k in a.source}
    out = list(attrs)
    for s, e in td.sents:
        for f in noun_complement_frames(td, s, e, cues):
            if frozenset(f.message) in taken:
                continue
            outer = any(set(f.message) < set(a.message) for a in attrs)
            out.append(replace(f, nested=outer))
    return out


def _earlier_source(td: TokDoc, out: list[Attribution], n: int, back: int = 4) -> Optional[Attribution]:
    """Reported speech with no speaker nearby ("Die Staatsanwaltschaft hat Anklage
    erhoben. Ihm wird vorgeworfen, … . Außerdem soll er …", or a Konjunktiv
    sentence a few sentences after its source) goes back to the last
    source named in the sentences before, or to an authority as the subject there."""
    for k in range(n - 1, max(-1, n - 1 - back), -1):
        had = [a for a in out if a.source and a.message and td.sent_of[a.message[-1]] == k and not a.nested]
        if had:
            return max(had, key=lambda a: a.message[-1])
        if k < n - 1:
            near = subject_attribution(td, k)
            if near is not None and any(td.low[x].endswith(L.AUTHORITY_SUFFIXES) for x in near.source):
                return near  # an authority that investigates or charges: the usual origin of "soll"
    return None


def _thought_inside(a: Attribution, c: Attribution) -> bool:
    """"Wie X erklärte, sieht die Regierung darin „…“": a thought verb inside
    the reported message is part of what X said, not a frame of its own."""
    return bool(a.cue) and set(a.cue) <= set(c.message) and stwr_of(a.cue_lemma) == "Thought"


def _nest_quotations(td: TokDoc, attrs: list[Attribution], soft: list[Attribution], partial) -> list[Attribution]:
    """Quoted words inside reported speech become nested direct quotations of
    the same speaker (SpkAtt ``IsNested``); soft quotes outside stay as they are."""
    containers = [a for a in attrs if a.kind != "direct" and a.message]
    def container(toks):
        for c in containers:
            if set(toks) <= set(c.message):
                return c
        return None
    out = [a for a in attrs if not any(a is b for b in soft)]
    sources = [set(b.source) for b in attrs if b.source]
    for a in soft:
        if any(set(a.message) <= src for src in sources):
            continue  # "die in Linz erscheinende „Rundschau“ berichtete": a name inside the speaker
        c = container(a.message)
        if c is None:
            out.append(a)
        elif (a.cue or a.source) and not _thought_inside(a, c):
            out.append(replace(a, nested=True))
        else:
            out.append(replace(a, nested=True, cue=c.cue, source=c.source, speaker_span=c.speaker_span,
                               stwr=c.stwr, cue_lemma=c.cue_lemma))
    for q in partial:
        toks = tuple(range(q.start, q.end + 1))
        c = container(toks)
        if c is not None and any(td.words[i][:1].isalpha() for i in toks) and not name_like(td, q) \
                and not _quoted_label(td, q) and not any(set(toks) <= src for src in sources):
            out.append(Attribution(kind="direct", form="Direct", message=toks, cue=c.cue, source=c.source,
                                   speaker_span=c.speaker_span, stwr=c.stwr, nested=True,
                                   rule="direct.nested", cue_lemma=c.cue_lemma))
    return out


def _quoted_label(td: TokDoc, q) -> bool:
    """A single noun in quotation marks inside reported speech ("von einer
    „Zeitungsente“ gesprochen") labels a thing; a quoted adjective or verb
    („kaputt“, „irritiert“) keeps the speaker's own word."""
    words = [td.words[i] for i in q.inner() if td.words[i][:1].isalnum()]
    return len(words) == 1 and words[0][:1].isupper()


def _konj_frame_continues(td: TokDoc, a: Attribution, last: Attribution, s: int, e: int) -> list[Attribution]:
    """"X sagte, … . Er wisse auch nicht, was …": a frame whose own verb is in
    Konjunktiv I is itself reported speech – the whole sentence continues the
    speaker before (SpkAtt IndirectFreeIndirect). A frame of another speaker
    ("Die Behörde gehe davon aus, dass …") stays as a nested attribution."""
    if a.nested or a.kind == "direct" or not a.cue or set(a.source) & set(last.source) \
            or len(a.source) == 1 and td.tags[a.source[0]] == "PPER" and td.low[a.source[0]] not in ("er", "sie"):
        return [a]
    fin = next((k for k in a.cue if td.tags[k] in FIN), None)
    if fin is None or not konj1(td.words[fin], td.lemmas[fin], td.tags[fin]) or td.low[fin] in ("sei", "seien"):
        return [a]
    whole = Attribution(kind="indirect", form="IndirectFreeIndirect", message=tuple(range(s, e)),
                        source=last.source, speaker_span=last.speaker_span, stwr=last.stwr,
                        rule="indirect.continuation.konj_frame", cue_lemma=last.cue_lemma)
    pronoun = len(a.source) == 1 and td.tags[a.source[0]] == "PPER"
    # "Daher müsse man damit rechnen, dass …": a frame without a speaker of its own is part of the speech
    return [whole] if pronoun or not a.source else [whole, replace(a, nested=True)]


def _bare_direct_speakers(td: TokDoc, direct: list[Attribution]) -> list[Attribution]:
    """A framed quote followed by unframed quoted sentences: „A“, sagte X. „B“
    – B is X's too (same source, no cue)."""
    out: list[Attribution] = []
    prev: Optional[Attribution] = None
    for a in direct:
        if not a.source and not a.cue:
            first = td.sent_of[a.message[0]]
            if prev is not None and prev.source and first - td.sent_of[prev.message[-1]] <= 2:
                a = replace(a, source=prev.source, speaker_span=prev.speaker_span, rule=a.rule + "+cont")
            elif a.message[0] == td.sents[first][0]:
                # the speaker named in the sentence before ("X trat vor die Presse. „…“")
                # or after ("„…“ Das sagte X am Montag.")
                near = _next_sentence_frame(td, a) or (subject_attribution(td, first - 1) if first else None)
                if near is not None:
                    a = replace(a, source=near.source, speaker_span=near.speaker_span, cue=near.cue,
                                cue_lemma=near.cue_lemma, rule=a.rule + "+near")
        out.append(a)
        prev = _carried_speaker(td, a)
    return out


def _with_origin(a: Attribution, found: list[Attribution]) -> Attribution:
    """"Laut TASS erklärte Lawrow, … . Die Vorwürfe seien absurd.": the relay's
    record carries on, with the speaker it relays as its origin."""
    if a.origin_span or a.kind != "reported" or not a.source:
        return a
    inner = [b for b in found if b.nested and b.kind != "direct" and b.cue and b.speaker_span
             and set(b.message) <= set(a.message)]
    return replace(a, origin_span=inner[-1].speaker_span) if inner else a


def _carried_speaker(td: TokDoc, a: Attribution) -> Attribution:
    """The attribution that following sentences continue. "X war nach eigenem
    Bekunden …", "… handle es sich seiner Meinung nach um …": the source phrase
    belongs to the clause's subject, and that subject goes on speaking."""
    if not a.source or not a.cue or not (td.tags[a.source[0]] == "PPOSAT" or td.low[a.source[0]].startswith("eigen")):
        return a
    near = subject_attribution(td, td.sent_of[a.cue[0]])
    if near is None:
        return a
    return replace(a, source=near.source, speaker_span=near.speaker_span)


def _next_sentence_frame(td: TokDoc, a: Attribution) -> Optional[Attribution]:
    n = td.sent_of[a.message[-1]] + 1
    if n >= len(td.sents):
        return None
    s, e = td.sents[n]
    if td.low[s] not in ("das", "dies") or s + 1 >= e or td.tags[s + 1] not in FIN:
        return None
    # "Das sagte X.", "Das musste X am Montag einräumen.": the cue's finite verb follows "Das"
    f = next((f for v in range(s + 1, clause_end(td, s + 1))
              if (f := verb_frame(td, v, s, e)) is not None and min(f.cue) == s + 1), None)
    if f is None or not f.source:
        return None
    return Attribution(kind="direct", form="Direct", message=(), cue=f.cue, source=tuple(range(*f.source)),
                       speaker_span=f.source, cue_lemma=f.lemma)


def _owner(td: TokDoc, i: int, j: int) -> tuple[int, int]:
    """The speaker inside "Angaben/Informationen/Sicht der X" or "einem Bericht des Y"."""
    k = i
    while k < j and td.tags[k] in ("ART", "ADJA", "PIAT", "PPOSAT"):
        k += 1
    if td.tags[i] == "PPOSAT" and k == j - 1 and td.low[k].endswith(L.SPEECH_NOUN_HEADS + ("sicht",)):
        return (i, i + 1)  # "seiner Meinung nach", "aus ihrer Sicht": the possessive
    if k < j - 1 and td.low[k].endswith(L.SPEECH_NOUN_HEADS + tuple(L.DOCUMENT_NOUNS)):
        n = k + 1
        if td.low[n] in ("von", "vom") and n + 1 < j and _trim_time_tail(td, i, j)[1] == j:
            return (n + 1, j)  # not "Angaben vom Mittwoch": a date owns nothing
        if td.tags[n] in ("ART", "PPOSAT") and td.low[n] in ("der", "des", "eines", "einer") \
                or td.tags[n] in ("PIAT", "PIDAT") and td.low[n] in S.GEN_QUANT:
            return (n, j)
    return (i, j)


def _anaphoric_source(td: TokDoc, i: int) -> Optional[tuple[int, int]]:
    """"Das Institut legte eine Studie vor. Danach …": the subject of the
    sentence before stands behind "demnach"/"danach"."""
    si = td.sent_of[i]
    if si == 0:
        return None
    a, b = td.sents[si - 1][0], td.sents[si - 1][-1] + 1
    fin = next((k for k in range(a, b) if td.tags[k] in FIN), None)
    if fin is None:
        return None
    subj, _ = subject_of(td, fin, [fin])
    if subj is None or subj[1] - subj[0] == 1 and td.tags[subj[0]] in ("PPER", "PIS"):
        return None
    return subj


def _trim_time_tail(td: TokDoc, i: int, j: int) -> tuple[int, int]:
    """"des Innenministeriums vom November 2021" -> "des Innenministeriums",
    "des Komitees von heute Mittag" -> "des Komitees"."""
    for k in range(i + 1, j):
        if td.low[k] in ("vom", "von", "aus", "im", "am") and td.tags[k] in ("APPR", "APPRART") \
                and time_words_only(td, k + 1, j):
            return (i, k)
    return (i, j)


def _subject_before(td: TokDoc, i: int, ante: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """"Peskow sagte … . Minister Kuleba betonte, … . Er sagte: „…“": the subject of
    the sentence right before a pronoun wins over an earlier speaker."""
    n = td.sent_of[i]
    if any(td.tags[k] == "NE" or td.mention_at(k) for k in range(td.sents[n][0], i)):
        return ante  # "Kuleba reiste ab, nachdem er …": a name in the pronoun's own sentence
    near = subject_attribution(td, n - 1) if n else None
    if near is None or near.speaker_span is None:
        return ante
    a, b = near.speaker_span
    if ante is not None and a < ante[1] or td.tags[a] in ("PPER", "PDS", "PRELS") \
            or td.low[i] == "er" and S.looks_plural(td, a, b):
        return ante
    return (a, b)


def resolve_speakers(td: TokDoc, attrs: list[Attribution]) -> list[Attribution]:
    recent: list[tuple[int, int]] = []
    out: list[Attribution] = []
    for a in attrs:
        span = a.speaker_span
        if span is None and a.source:
            span = (a.source[0], a.source[-1] + 1)
        if span is None:
            out.append(a)
            continue
        i, j = span
        if j - i == 1 and td.low[i] in ("demnach", "danach", "wonach"):
            span = _anaphoric_source(td, i) or span  # "Demnach …": what the sentence before presented
            i, j = span
        span = _owner(td, i, j)   # "Angaben der Polizei" -> "der Polizei"
        i, j = _trim_time_tail(td, *span)
        span = (i, j)
        resolved = span
        if td.low[i].startswith("eigen") and a.cue:
            # "Tesla will nach eigenen Angaben …": the clause's subject speaks of itself
            near = subject_attribution(td, td.sent_of[a.cue[0]])
            if near is not None and near.speaker_span and not set(range(*near.speaker_span)) & set(range(i, j)):
                resolved = near.speaker_span
        elif j - i == 1 and (td.low[i] in ("er", "sie", "wir", "ihr") or td.tags[i] == "PPOSAT"):
            ante = _subject_before(td, i, S.antecedent(td, i, recent))
            if ante:
                resolved = ante
        elif j - i == 1:
            full = S.full_name(td, i, j, i)
            if full:
                resolved = full
        speaker = S.normalise(td, *resolved)
        if td.low[i] == "man" and j - i == 1:
            speaker = None
        if resolved != span or not (j - i == 1 and td.tags[i] == "PPER"):
            recent.append(resolved)
        origin = a.origin_span
        if origin and origin[1] - origin[0] == 1 and td.low[origin[0]] in ("er", "sie", "ihn", "ihm"):
            # "Er wünsche …, zitierte ihn das Staatsfernsehen": the relayed speaker is the one
            # the message's own pronoun stands for
            k = origin[0]
            if a.message and td.low[a.message[0]] in ("er", "sie") and td.tags[a.message[0]] == "PPER":
                k = a.message[0]
            origin = _subject_before(td, k, S.antecedent(td, k, recent)) or origin
        out.append(replace(a, speaker=speaker, speaker_span=resolved, origin_span=origin))
    return out
