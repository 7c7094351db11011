"""Speech nouns with a complement clause: "der Vorwurf der Opposition, die
Regierung habe gelogen", "Schellings Argument, es gebe einen Fachkräftemangel",
"die Forderung der Grünen, die Steuern zu senken".

The noun is the cue, the genitive after it (or a possessive name before it)
the source, the clause after the comma the message. The record is usually
nested inside the message of the sentence's own frame ("Den Vorwurf …, wies
der Minister zurück"); SpkAtt annotates it all the same.
"""
from __future__ import annotations

from typing import Optional

from .frames import FIN, CLAUSE_BREAK, konj_in, zu_clause
from .speakers import np_right
from .tokdoc import Attribution, TokDoc

# Speech nouns that take a clause; the zu-infinitive only for demands and promises.
CLAUSE_NOUNS = frozenset("""
vorwurf vorwürfe behauptung behauptungen aussage aussagen argument ankündigung warnung
befürchtung befürchtungen vermutung einschätzung überzeugung beteuerung versicherung hinweis
""".split())
ZU_NOUNS = frozenset("""
forderung forderungen aufforderung appell versprechen drohung zusage ankündigung angebot bitte
""".split())
# Nouns that introduce the speaker's words after a colon ("Sein Argument: …").
COLON_NOUNS = CLAUSE_NOUNS | ZU_NOUNS | frozenset("""
begründung fazit antwort kommentar botschaft credo devise motto kritik einwand reaktion bilanz
resümee tenor prognose rat empfehlung vorschlag erklärung urteil schlussfolgerung
""".split())
_GENITIVE = frozenset({"des", "der", "eines", "einer"})
_POSSESSIVES = ("sein", "seine", "ihr", "ihre")


def colon_noun_frame(td: TokDoc, s: int, p: int, e: int) -> Optional[Attribution]:
    """"Sein Argument: Österreich habe …", "Begründung des Abgeordneten X: Es ist …":
    a speech noun whose owner is named (possessive or genitive) before a colon;
    the clause after the colon is the owner's message. "Das Ergebnis: …" names
    no owner and is no speech."""
    a = s + 1 if td.tags[s] in ("ART", "PPOSAT") and td.low[s] not in _POSSESSIVES else s
    n = a + 1 if a + 1 < p and td.low[a + 1] in COLON_NOUNS else a
    if n >= p or td.tags[n] != "NN" or td.low[n] not in COLON_NOUNS:
        return None
    if n > a:  # "Sein Argument", "Merkels Antwort": SpkAtt takes the possessive as the source
        source = (a, n) if td.low[a] in _POSSESSIVES and td.tags[a] == "PPOSAT" else _possessor_before(td, n, s)
        end = n + 1
    else:
        source, end = _source_after(td, n, p + 1)
    if source is None or end != p:
        return None
    msg = [k for k in range(p + 1, e) if not (k == e - 1 and td.tags[k] == "$.")]
    if len(msg) < 3 or not any(td.tags[k] in FIN for k in msg):
        return None
    indirect = konj_in(td, msg[0], msg[-1] + 1)
    return Attribution(kind="indirect" if indirect else "direct", form="Indirect" if indirect else "Direct",
                       message=tuple(msg), cue=(n,), source=tuple(range(*source)), speaker_span=source,
                       stwr="Speech", rule="indirect.noun_colon", cue_lemma=td.low[n])


def noun_complement_frames(td: TokDoc, s: int, e: int, blocked: set[int]) -> list[Attribution]:
    out: list[Attribution] = []
    for n in range(s, e - 3):
        lemma = td.low[n]
        if td.tags[n] != "NN" or lemma not in CLAUSE_NOUNS | ZU_NOUNS or n in blocked:
            continue
        source, comma = _source_after(td, n, e)
        if source is None:
            source = _possessor_before(td, n, s)
        if comma >= e - 2 or td.words[comma] != ",":
            continue
        a = comma + 1
        b = a
        while b < e and td.words[b] not in CLAUSE_BREAK and td.tags[b] != "$.":
            b += 1
        if b - a < 3 or not _complement(td, a, b, lemma):
            continue
        cue = (n - 1, n) if n - 1 >= s and td.tags[n - 1] == "ART" else (n,)  # SpkAtt: "die Forderung"
        out.append(Attribution(kind="indirect", form="Indirect", message=tuple(range(a, b)), cue=cue,
                               source=tuple(range(*source)) if source else (), speaker_span=source,
                               stwr="Speech", rule="indirect.noun_complement", cue_lemma=lemma))
    return out


def _source_after(td: TokDoc, n: int, e: int) -> tuple[Optional[tuple[int, int]], int]:
    """"der Vorwurf der Opposition, …": the genitive (or von-phrase) after the noun,
    and the index where the frame ends."""
    k = n + 1
    if k < e and (td.low[k] in _GENITIVE or td.low[k] in ("von", "vom")):
        start = k + 1 if td.low[k] in ("von", "vom") else k
        end = np_right(td, start, e, pronouns=False)
        if end:
            # no apposition: in "der Vorwurf der Opposition, die Regierung habe …" the comma opens the message
            end = next((k for k in range(start, end) if td.words[k] == ","), end)
        if end and end < e:
            return (start, end), end
    return None, k


def _possessor_before(td: TokDoc, n: int, s: int) -> Optional[tuple[int, int]]:
    """"Schellings Argument", "Merkels Aussage": a name in the genitive before the noun."""
    p = n - 1
    if p < s or not td.words[p].endswith("s") or not td.words[p][:1].isupper():
        return None
    if td.tags[p] == "NE" or td.tags[p] == "NN" and (p == s or td.tags[p - 1] in ("APPR", "APPRART", "$,", "KON")):
        return (p, n)  # a bare genitive name: the tagger may call it a noun ("Zu Brenners Argument")
    return None


def _complement(td: TokDoc, a: int, b: int, lemma: str) -> bool:
    """A Konjunktiv or dass clause, or a zu-infinitive after a noun of demand."""
    if td.low[a] in ("dass", "daß"):
        return True
    if td.tags[a] in ("APPR", "APPRART"):
        return False  # "der Hinweis, auf den … reagiert hätten": a relative clause
    fin = next((k for k in range(a, b) if td.tags[k] in FIN), None)
    if fin is not None:
        article = td.tags[a] == "PRELS" and a + 1 < b and td.tags[a + 1] in ("NN", "NE", "ADJA")
        opener = td.tags[a] in ("PRELS", "PRELAT", "KOUS", "PWAV", "PWS") and not article
        return not opener and konj_in(td, fin, fin + 1)  # "…, die Regierung habe gelogen"
    return lemma in ZU_NOUNS and zu_clause(td, a, b)
