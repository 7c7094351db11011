"""The claims document stage: attributed statements with stance and chain."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ..model import Claim, Document
from ..quotes.api import document_attributions, message_text, strip_marks
from ..quotes.lexicon import COMPLEMENTIZERS
from ..quotes.speakers import normalise, np_right
from ..quotes.extract import RELAYED
from ..quotes.frames import FIN, clause_end, clause_start
from ..quotes.tokdoc import Attribution, TokDoc
from ..stage import DocumentStage
from .chain import chain_of, relays_of
from .modality import modality

STAGE = "claims.rules.v1"


def claims_from(td: TokDoc, attrs: Sequence[Attribution], outlet: Optional[str], stage: str = STAGE) -> list[Claim]:
    """One claim per attributed statement. A statement carried by another
    attribution ("Laut CNN hat Panetta gesagt, …") yields one claim with the
    relay in its chain, not two; quoted phrases inside reported speech none."""
    out: list[Claim] = []
    carriers = {id(b) for a in attrs for b in relays_of(a, attrs)
                if a.nested and (a.kind != "direct" or a.rule.endswith(RELAYED))}
    for a in attrs:
        if not a.message or id(a) in carriers or a.nested and a.kind == "direct" and not a.rule.endswith(RELAYED):
            continue  # a quoted phrase inside reported speech is no statement of its own
        if _withheld(td, a):
            continue
        msg = _statement(td, a, strip_marks(td, a.message))
        if td.starts is None:
            continue
        start, end = td.starts[min(msg)], td.ends[max(msg)]
        chain, origin, span = chain_of(td, a, attrs, outlet)
        relayed = len(chain) > (2 if outlet else 1) or bool(a.origin_span)
        out.append(Claim(
            start=start, end=end, text=message_text(td, msg),
            modality=modality(td, a, relayed), chain=chain, origin=origin,
            subject=statement_subject(td, msg), stage=stage,
            origin_start=td.starts[span[0]] if span else None, origin_end=td.ends[span[1] - 1] if span else None,
        ))
    return out


def _statement(td: TokDoc, a: Attribution, msg: Sequence[int]) -> Sequence[int]:
    """The tokens a claim states. A quoted word or phrase without a verb of its own
    ("nannte den Streikaufruf „unverhältnismäßig“", "sprach von einer „angespannten“
    Lage") says nothing alone: the claim is the clause that frames it, speaker included."""
    if a.kind != "direct" or not a.cue or any(td.tags[k] in FIN for k in msg):
        return msg
    spans = [k for k in (*a.cue, *a.source, *msg) if td.sent_of[k] == td.sent_of[msg[0]]]
    lo, hi = min(spans), max(spans)
    return tuple(range(lo, max(hi + 1, clause_end(td, max(msg)))))


def _withheld(td: TokDoc, a: Attribution) -> bool:
    """"Einzelheiten nannte Uschakow nicht.", "Zu den Kosten sagte sie nichts.": a speech
    act reported as not made states nothing (a denial, "bestritt …", still does)."""
    if a.form != "Reported" or not a.message:
        return False
    s, e = td.sent_range(a.message[0])
    fin = next((k for k in range(s, e) if td.tags[k] in FIN), None)
    if fin is None:
        return False
    return any(td.low[k] in ("nicht", "nichts", "keine", "keinen", "keinerlei")
               for k in range(clause_start(td, fin), clause_end(td, fin)))


def statement_subject(td: TokDoc, msg: Sequence[int]) -> Optional[str]:
    """What the statement is about: the grammatical subject of its first clause
    ("Russland" in "Russland halte sich an …", "die Truppen" in "dass die Truppen …")."""
    toks = list(msg)
    if not toks:
        return None
    i = 0
    if td.low[toks[0]] in COMPLEMENTIZERS:
        i = 1
    if i >= len(toks):
        return None
    a = toks[i]
    limit = toks[-1] + 1
    end = np_right(td, a, limit)
    if end is not None and (end >= limit or td.tags[end].endswith("FIN") or i == 1):
        if not (end - a == 1 and td.low[a] in ("es", "man")):
            return normalise(td, a, end)
    # V2 with an adverbial first: the subject follows the finite verb
    for k in toks:
        if td.tags[k].endswith("FIN"):
            e2 = np_right(td, k + 1, limit) if k + 1 < limit else None
            if e2 and not (e2 - k - 1 == 1 and td.low[k + 1] in ("es", "man", "sich")):
                return normalise(td, k + 1, e2)
            break
    return None


class ClaimStage(DocumentStage):
    """Claims with subject, statement, modality and attribution chain.

    Uses the same attributions as ``quotes.rules.v1`` (computed once per document,
    see :func:`lagebild.quotes.api.document_attributions`), so claims and quotes
    agree; ``doc.raw.outlet`` heads every chain.
    """

    name = STAGE
    provides = ("claims",)
    requires = ("text", "sentences", "tokens")
    languages = frozenset({"de"})

    def __call__(self, doc: Document) -> Document:
        if not doc.text or not doc.tokens:
            return replace(doc, claims=())
        td, attrs = document_attributions(doc)
        return replace(doc, claims=tuple(claims_from(td, attrs, doc.raw.outlet)))
