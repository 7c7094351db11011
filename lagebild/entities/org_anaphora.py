"""Definite descriptions that point back to an organisation named in the same article.

"Laut KCNA … meldete die Agentur", "Das Verteidigungsministerium in Seoul … Das
Ministerium teilte mit", "Die Partei AfD … Die Partei erklärte": a definite noun
phrase whose head is a generic organisation noun goes to the one organisation of
its article, named before it, whose name or descriptor ends in that noun
("Nachrichtenagentur KCNA" for *die Agentur*, "Verteidigungsministerium" for *das
Ministerium*). With two candidates it stays unlinked.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .text import fold

# generic heads (folded) and the endings a name or descriptor must have to be meant
HEADS = {
    "agentur": ("agentur",), "nachrichtenagentur": ("agentur",), "ministerium": ("ministerium",),
    "behörde": ("behörde", "amt"), "konzern": ("konzern",), "unternehmen": ("konzern", "unternehmen", "werke", "gruppe"),
    "partei": ("partei",), "gewerkschaft": ("gewerkschaft",), "verband": ("verband",), "zeitung": ("zeitung", "blatt"),
    "sender": ("sender", "rundfunk", "fernsehen"), "organisation": ("organisation",), "gericht": ("gericht", "hof"),
    "bank": ("bank",), "allianz": ("allianz", "bündnis"), "bündnis": ("bündnis", "allianz"),
}
# news agencies that "die Agentur" may stand for without being called one in the article
NEWS_AGENCIES = frozenset({"dpa", "afp", "ap", "reuters", "kna", "epd", "apa", "tass", "ria", "ria novosti", "interfax",
                           "kcna", "xinhua", "yonhap", "efe", "ansa", "anadolu", "kyodo", "ddp", "belga", "anp", "irna",
                           "wafa", "ukrinform", "bloomberg"})
_DEF = r"(?i:der|die|das|des|dem|den)"
_PHRASE = re.compile(rf"\b{_DEF}\s+(?:[a-zäöüß-]+(?:en|e|er|es|em)\s+){{0,2}}([A-ZÄÖÜ][a-zäöüß]+?)(?:s|es|en|n)?\b")


def anaphors(text: str, names: Sequence[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """``(start, end, text, chain)`` for each generic description of an organisation in
    ``text``; ``names`` are the article's ORG mentions as ``(start, end, text, chain)``."""
    out = []
    spans = [(s, e) for s, e, _t, _c in names]
    for m in _PHRASE.finditer(text):
        head = fold(m.group(1))
        if head not in HEADS or any(s < m.end() and m.start() < e for s, e in spans):
            continue
        rest = text[m.end():m.end() + 40].lstrip()
        if rest[:1].isupper() and not rest.split(" ", 1)[0].rstrip(".,;:").casefold() in _VERB_STARTS:
            continue  # "die Agentur Yonhap", "das Ministerium für …": a name follows, not an anaphor
        if any(0 <= m.start() - e <= 3 and text[e:m.start()].strip() in (",", "") for _s, e in spans):
            continue  # "die KCNA, die offizielle Nachrichtenagentur": an apposition, not an anaphor
        chain = _antecedent(text, m.start(), names, HEADS[head])
        if chain is not None:
            out.append((m.start(), m.end(), text[m.start():m.end()], chain))
    return out


# words that may follow an anaphoric subject in verb-second order ("meldete die Agentur Montag")
_VERB_STARTS = frozenset({"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"})


def _antecedent(text: str, at: int, names: Sequence[tuple[int, int, str, int]], endings: tuple[str, ...]
                ) -> Optional[int]:
    chains = set()
    for s, e, t, chain in names:
        if s >= at:
            continue
        before = text[max(0, s - 40):s].split()
        desc = fold(before[-1]) if before else ""
        words = fold(t).split()
        if words[-1].endswith(endings) or words[0].endswith(endings) or desc.endswith(endings) \
                or "agentur" in endings and " ".join(words) in NEWS_AGENCIES:
            chains.add(chain)
    return chains.pop() if len(chains) == 1 else None
