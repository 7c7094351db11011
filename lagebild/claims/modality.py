"""Stance of a reported statement: asserted, reported, alleged, denied, planned."""
from __future__ import annotations

from typing import Optional

from ..quotes import lexicon as L
from ..quotes.tokdoc import Attribution, TokDoc

ASSERTED, REPORTED, ALLEGED, DENIED, PLANNED = "asserted", "reported", "alleged", "denied", "planned"
MODALITIES = (ASSERTED, REPORTED, ALLEGED, DENIED, PLANNED)

_ALLEGED_NOUNS = ("vorwurf", "vorwürfe", "verdacht", "behauptung", "behauptungen", "gerücht", "gerüchte")
_DENIAL_WORDS = frozenset({"dementi", "dementiert", "dementierte", "bestritt", "bestreitet", "bestritten",
                           "zurückgewiesen", "wies", "weist"})
_PLANNED_MODALS = frozenset({"will", "wollen", "wolle", "wollten", "plant", "planen", "plane", "beabsichtigt"})


def modality(td: TokDoc, a: Attribution, relayed: bool) -> str:
    """Modality of attribution ``a``; ``relayed`` when it reaches the article
    through another source ("laut TASS", "berichtete CNN unter Berufung auf …")."""
    lemma = (a.cue_lemma or "").lower()
    cue_words = {td.low[i] for i in a.cue}
    msg = [td.low[i] for i in a.message]
    if lemma in L.DENIED_VERBS or cue_words & {"dementierte", "dementiert", "bestritt", "bestreitet"}:
        return DENIED
    if lemma == "weisen" and "zurück" in cue_words:
        return DENIED
    if lemma in L.ALLEGED_VERBS or any(w in L.ALLEGED_MARKERS for w in msg[:12] if w in ("angeblich", "mutmaßlich", "vermeintlich")):
        return ALLEGED
    if a.form == "FreeIndirect" and any(w in ("soll", "sollen") for w in msg):
        return ALLEGED
    if any(w.endswith(_ALLEGED_NOUNS) for w in cue_words):
        return ALLEGED
    if lemma in L.PLANNED_VERBS or lemma == "kündigen" and "an" in cue_words:
        return PLANNED
    if _first_verb_lemma(td, a) in _PLANNED_MODALS:
        return PLANNED  # "Die Türkei will nach eigenen Angaben weiter vermitteln", "Laut KCNA plant Nordkorea …"
    if relayed or a.kind == "reported" and a.form != "Reported":
        return REPORTED  # "laut X", "nach Angaben von X", or through a relay
    return ASSERTED  # said by its origin, in its words or as a speech act ("nannte den Streik unverhältnismäßig")


def _first_verb_lemma(td: TokDoc, a: Attribution) -> Optional[str]:
    for i in a.message:
        if td.tags[i].endswith("FIN"):
            return td.low[i]
    return None
