"""The NER document stages: ``ner.fast.v1`` (default) and ``ner.accurate.v1``.

Both read ``doc.tokens`` grouped by ``doc.sentences`` and emit
:class:`~lagebild.model.Mention` records (PER, ORG, LOC, MISC) with character
offsets into ``doc.text``, a confidence and the stage name.
"""
from __future__ import annotations

from typing import ClassVar, Sequence

from ..model import Document, Mention, Sentence, Token, replace
from ..stage import DocumentStage
from .filters import is_adjective_word
from .tagger import get_tagger


def name_chunks(tagger, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str, float]]]:
    """Per sentence, the tagger's ``(start, end, type, confidence)`` token chunks,
    without single adjective-like words ("deutsche")."""
    return [[c for c in chunks if not is_adjective_word(list(words[c[0]:c[1]]))]
            for words, chunks in zip(sentences, tagger.chunks(sentences))]


def group_tokens(sentences: Sequence[Sentence], tokens: Sequence[Token]) -> list[list[Token]]:
    """Tokens per sentence, in order; tokens outside every sentence form their own group."""
    groups: list[list[Token]] = []
    sents = sorted(sentences, key=lambda s: s.start)
    si = 0
    current: list[Token] = []
    current_sent = None
    for tok in sorted(tokens, key=lambda t: t.start):
        while si < len(sents) and sents[si].end <= tok.start:
            si += 1
        sent = si if si < len(sents) and sents[si].start <= tok.start < sents[si].end else None
        if current and (sent != current_sent or sent is None):
            groups.append(current)
            current = []
        current.append(tok)
        current_sent = sent
    if current:
        groups.append(current)
    return groups


class _NerStage(DocumentStage):
    mode: ClassVar[str] = ""
    provides = ("mentions",)
    requires = ("tokens", "sentences")
    languages = frozenset({"de"})

    def __init__(self) -> None:
        self._tagger = None  # loaded lazily, once per process (picklable until used)

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        self._tagger = None

    def __call__(self, doc: Document) -> Document:
        if self._tagger is None:
            self._tagger = get_tagger(self.mode)
        text = doc.text if doc.text is not None else doc.raw.raw_text
        groups = group_tokens(doc.sentences, doc.tokens)
        mentions = []
        for toks, chunks in zip(groups, name_chunks(self._tagger, [[t.text for t in g] for g in groups])):
            for a, b, typ, conf in chunks:
                start, end = toks[a].start, toks[b - 1].end
                mentions.append(Mention(start, end, text[start:end], typ, conf, self.name))
        return replace(doc, mentions=tuple(mentions))


class FastNer(_NerStage):
    name = "ner.fast.v1"
    mode = "fast"


class AccurateNer(_NerStage):
    name = "ner.accurate.v1"
    mode = "accurate"
