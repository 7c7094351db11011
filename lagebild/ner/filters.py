"""Post-filters on NER chunks: German rules that no statistical tagger should have to learn.

A single word that is an inflected nationality or origin *adjective* ("Deutsche
Unternehmen", "russische Regierung", "Chinesischen") is not a name, even at the
start of a sentence where it is capitalised. Multi-word names ("Deutsche Bank")
are untouched, and so are the nouns of such words ("die Deutschen" as people is
still an adjective form and is dropped too, which matches the GermEval convention
of tagging those as *deriv*, mapped to O).
"""
from __future__ import annotations

import re

_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_ADJ = re.compile(r"^(deutsch|\w+isch)(e|en|er|es|em)$", re.I)


def is_adjective_word(words: list[str]) -> bool:
    return len(words) == 1 and bool(_ADJ.match(words[0]))
