"""Direct speech: quoted spans that are speech, with their frames.

A quoted span is speech when a frame touches it („…“, sagte X / X sagte: „…“ /
„…“, so X) or when it stands as a clause of its own and reads like a sentence.
A short quoted word or phrase inside a clause with no frame (the „epochale“
Gipfel, the newspaper „Die Zeit“) is a scare quote or a title: not speech.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from . import lexicon as L
from .frames import FIN, Frame, clause_end, clause_start, prep_frames, relative_opening, stwr_of, subject_of, verb_frame
from .speakers import NAME_PARTICLES, np_right, speaker_like
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


def _clause_cue(td: TokDoc, a: int, b: int, s: int, e: int, side: str,
                skip: range = range(0)) -> Optional[Frame]:
    """The first cue-verb frame among tokens [a, b), ignoring tokens in ``skip``."""
    for v in range(a, b):
        if v in skip:
            continue
        f = verb_frame(td, v, s, e, side)
        if f is not None and not any(c in skip for c in f.cue):
            return f
    return None


def _post_frame(td: TokDoc, q: Quoted) -> Optional[Frame]:
    """Frame after the closing mark: „…“, sagte X / „…“, so X / „…“, wird X zitiert."""
    k = q.end + 1
    if k < len(td) and td.words[k] == ",":
        k += 1
    if k >= len(td):
        return None
    s, e = td.sent_range(k)
    if td.low[k] in ("so", "wie"):
        for f in prep_frames(td, k - 1 if td.words[k - 1] == "," else k, e):
            if f.start <= k + 1:
                return f
    if td.low[k] == "so" and k + 1 < e and td.tags[k + 1] in FIN:
        k += 1
    if td.tags[k] in FIN or td.tags[k] == "VVPP":
        return _clause_cue(td, k, clause_end(td, k), s, e, "before")
    return None


def _pre_frame(td: TokDoc, q: Quoted) -> Optional[Frame]:
    """Frame before the opening mark: X sagte: „…“ / laut X „…“ / zitiert X mit den Worten „…“."""
    p = q.start - 1
    if p < 0:
        return None
    # the frame may sit at the end of the previous sentence ("Er sagte:" | „…“)
    s, e = td.sent_range(p)
    # no verb frame across a full stop ("… kritisiert. „BBC News“ berichtet"), unless the
    # sentence before is itself a framed quote („A“, sagte X. „B“: B goes on)
    closed = td.words[p] in (".", "!", "?") and p == e - 1 and not any(td.is_quote(k) for k in range(s, p))
    end = p if td.words[p] in (":", ",") else p + 1
    if end <= s:
        return None
    cs = clause_start(td, end - 1)
    if td.words[p] == "," and cs == end:
        cs = clause_start(td, end - 2) if end - 2 >= s else s
    f = None if closed else _clause_cue(td, cs, end, s, e, "after")
    if f is not None and td.words[p] == "," and relative_opening(td, cs) and not _ends_clause(td, q):
        f = None  # "…, zu der ein Bündnis aufgerufen hatte, „friedlich“ verlaufen": the quote is no speech of it
    if f is None and not closed and cs - 2 >= s and td.words[cs - 1] == "," and not any(td.tags[k] in FIN for k in range(cs, end)) \
            and (td.words[p] == ":" or _words(td, q) >= 3 and any(td.words[i][:1].islower() for i in q.inner())):
        # "So sagte Olli Rehn, EU-Kommissar: „…“": an apposition after the speaker
        f = _clause_cue(td, clause_start(td, cs - 2), end, s, e, "after")
    if f is None and not closed and td.words[p] == ":" and cs > s:
        # "Er glaubt, dass das Team gestärkt sei: „…“": the main clause's cue frames the quote
        f = _clause_cue(td, s, end, s, e, "after")
        if f is not None:
            return replace(f, kind="main")  # its clause keeps its own message (see extract)
    if f is not None:
        return f
    for f in prep_frames(td, cs - 1 if cs > s and td.words[cs - 1] == "," else cs, end):
        return f  # "…, so Elshorst weiter: „…“" needs the comma before "so"
    if td.words[p] == ":":
        # a colon alone introduces speech: "Ein Hauptkommissar nach der Festnahme: „…“",
        # "Der Ermittler will aufhören: „…“" – the subject before the colon speaks
        return Frame(p, p + 1, (), _colon_speaker(td, cs, p), None, ":", "Speech", "colon", "after")
    return None


def _colon_speaker(td: TokDoc, a: int, p: int) -> Optional[tuple[int, int]]:
    fin = next((k for k in range(a, p) if td.tags[k] in FIN), None)
    if fin is None:
        end = np_right(td, a, p)
        span = (a, end) if end else None
    else:
        span, _ = subject_of(td, fin, [fin])
    if span and speaker_like(td, *span) and td.low[span[0]] not in ("es", "man", "ich", "wir"):
        return span
    return None


# Nouns whose quoted apposition is a name or title, whatever its words.
_TITLE_NOUNS = frozenset({"motto", "titel", "slogan", "namen", "name", "schlagzeile", "überschrift", "kampagne",
                          "aktion", "programm", "projekt", "operation", "film", "buch", "album", "song", "lied",
                          "roman", "sendung", "serie", "stück", "ausstellung", "bündnis", "initiative", "verein"})


def name_like(td: TokDoc, q: Quoted) -> bool:
    """„Falcon 1“, „New York Times“, das Unternehmen „Omni-Sport“, „YouTube“: a
    name or title in quotation marks, not quoted words. Every word is
    capitalised and the phrase has several words, a name tag, a foreign script,
    an inner capital or digit ("YouTube", "Muslix64"),
    or it stands right after a noun as its apposition ("der Sender „Tondar“",
    "das Unternehmen „Omni-Sport“")."""
    inner = q.inner()
    if q.start > 0 and td.low[q.start - 1] in _TITLE_NOUNS:
        return True  # "unter dem Motto „Freiheit statt Angst“", "mit dem Titel „…“"
    if q.start > 0 and td.low[q.start - 1] in ("laut", "lt.") or len(inner) == 1 and L.is_domain(td.words[inner[0]]):
        return True  # "laut „tagesschau.de“": a source's name
    words = [td.words[i] for i in inner if td.words[i][:1].isalpha()]
    if not words or not all(w[:1].isupper() or 0 < k < len(words) - 1 and w in NAME_PARTICLES
                            for k, w in enumerate(words)):
        return False  # "La Gazetta dello Sport", "Brothers to the Rescue" keep their particles
    if len(words) > 1 or td.tags[inner[0]] in ("NE", "FM") or any(ord(c) > 0x24F for c in words[0]):
        return True
    w = words[0]
    if any(c.isupper() or c.isdigit() for part in w.split("-") for c in part[1:]) and not w.isupper():
        return True  # "YouTube", "Muslix64" (not an acronym like "NATO")
    return q.start > 0 and td.tags[q.start - 1] in ("NN", "NE") and td.sent_of[q.start - 1] == td.sent_of[q.start]


def _embedded_frame(td: TokDoc, q: Quoted) -> Optional[Frame]:
    """A partial quotation inside a clause whose verb is a cue:
    'X nannte den Plan „fahrlässig“', 'X sprach von einem „Militärputsch“'."""
    s, e = td.sent_range(q.start)
    inner = [td.words[i] for i in q.inner()]
    if all(w[:1].isupper() or not w[:1].isalpha() for w in inner) and q.start > s \
            and td.tags[q.start - 1] in ("NN", "NE", "ART", "ADJA", "APPRART", "PPOSAT"):
        return None  # a name or title: die Zeitung „Neues Deutschland“, das „Festival“
    a = clause_start(td, q.start)
    b = clause_end(td, q.end) if q.end + 1 < e else e
    f = _clause_cue(td, a, b, s, e, "around", skip=range(q.start, q.end + 1))
    if f is not None and f.lemma in _NOT_EMBEDDING and max(f.cue) < q.start:
        # "hat sich informiert und sprach von einer „…“": a later cue verb nearer the quote
        g = _clause_cue(td, max(f.cue) + 1, q.start, s, e, "around", skip=range(q.start, q.end + 1))
        f = g if g is not None and g.source is not None else f
    if f is None or stwr_of(f.lemma) == "Thought" or f.lemma in _NOT_EMBEDDING:
        return None
    if f.source and f.source[0] <= q.start < f.source[1]:
        return None
    return f


_NOT_EMBEDDING = frozenset({"informieren", "melden", "berichten", "schreiben", "veröffentlichen", "rufen"})


RELAY_RULE = "direct.relay"


def relay_after_frame(td: TokDoc, a: Attribution) -> Optional[Attribution]:
    """"„…“, sagte Raab laut Spiegel Online.": the outlet that relays the quote
    and its frame, as an outer reported attribution (cue "laut")."""
    if not a.cue or min(a.cue) < a.message[-1]:
        return None
    k = max(a.cue + a.source + a.addr) + 1
    s, e = td.sent_range(a.message[-1])
    while k < e and td.tags[k] in ("ADV", "PTKNEG"):
        k += 1
    if k + 1 >= e or td.low[k] not in ("laut", "lt."):
        return None
    end = np_right(td, k + 1, e)
    if end is None or not (end >= e or td.tags[end] == "$." or td.words[end] in (",", ")")):
        return None
    msg = tuple(x for x in range(a.message[0], k) if td.words[x] != "," or x < k - 1)
    return Attribution(kind="reported", form="Indirect", message=msg, cue=(k,), source=tuple(range(k + 1, end)),
                       speaker_span=(k + 1, end), stwr="Speech", rule=RELAY_RULE, cue_lemma="laut")


def direct_quotes(td: TokDoc, quoted: list[Quoted]) -> list[Attribution]:
    out: list[Attribution] = []
    pending: Optional[Quoted] = None   # „A“ und „B“, zitiert CNN.
    for q in quoted:
        n = _words(td, q)
        if n == 0:
            continue
        starts, ends = _starts_clause(td, q), _ends_clause(td, q)
        standalone = starts and ends
        frame = None
        colon = q.start > 0 and td.words[q.start - 1] == ":"
        if colon:
            frame = _pre_frame(td, q)
        if (frame is None or frame.kind == "colon" or td.sent_of[max(frame.cue or (q.start,))] < td.sent_of[q.start]) \
                and ends:
            # a frame in the quote's own sentence wins over the colon at the end of the one before
            frame = _post_frame(td, q) or frame
        if frame is None and (starts or ends and n >= 3):
            frame = _pre_frame(td, q)
        if frame is not None and frame.kind == "colon" and n < 3 and not _has_verb(td, q):
            frame = None
        after = q.end + 1
        ends_here = after >= len(td) or td.words[after] in (",", ".", "!", "?", ":", ";", "–", "-") or td.is_quote(after)
        titled = q.start > 0 and td.low[q.start - 1] in _TITLE_NOUNS  # der Film „…“ at a sentence end too
        if n <= 6 and name_like(td, q) and not (colon and _has_verb(td, q)) and (titled or not ends_here):
            continue  # a name or title: „BBC News“ berichtet, der Film „Voodoo Lounge“
        if frame is not None and frame.source and frame.source[0] <= q.start and q.end < frame.source[1]:
            continue  # the quote names the speaker: erklärte der neue „Oberste Rat zur …“
        embedded = False
        if frame is None and not standalone:
            frame = _embedded_frame(td, q)
            embedded = frame is not None
        multi = td.sent_of[q.end] > td.sent_of[q.start] and n >= 4
        if frame is None:
            nxt = q.end + 1
            if nxt + 1 < len(td) and td.low[nxt] == "und" and td.is_quote(nxt + 1):
                pending = q
                continue
            follows = bool(out) and td.sent_of[q.start] - td.sent_of[out[-1].message[-1]] <= 1 \
                and q.start == td.sent_range(q.start)[0]
            if not (standalone and (n >= 3 and _has_verb(td, q) or n >= 6 or follows and n >= 2) or multi):
                pending = None
                continue  # scare quote, title, or a partial quotation inside reported speech
        message = tuple(range(q.start, q.end + 1))
        if pending is not None and frame is not None and pending.end + 2 == q.start:
            message = tuple(range(pending.start, pending.end + 1)) + message
        pending = None
        cue = frame.cue if frame else ()
        src = frame.source if frame else None
        addr = frame.addr if frame else None
        out.append(Attribution(
            kind="direct", form="Direct", message=message,
            cue=tuple(cue), source=tuple(range(*src)) if src else (),
            addr=tuple(range(*addr)) if addr else (),
            speaker_span=src, stwr=frame.stwr if frame else "Speech",
            rule=f"direct.{'embedded' if embedded else frame.kind if frame else 'bare'}",
            cue_lemma=frame.lemma if frame else None, origin_span=frame.origin if frame else None,
        ))
    return out
