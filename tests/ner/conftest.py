"""Fixtures of the NER tests: self-written German texts, documents, modes."""
from __future__ import annotations

import os
import re

import pytest

from lagebild.model import Document, RawArticle, Sentence, Token

GOLD = os.path.join(os.path.dirname(__file__), "gold", "news_de.txt")
FLOORS = os.path.join(os.path.dirname(__file__), "floors.json")

# Stand-in for the segment stage, so these tests do not depend on it:
# hyphenated compounds and ordinals stay one token, punctuation is separate.
_TOKEN = re.compile(r"\d+\.(?=\s+[a-zäöü])|\w+(?:[-'’.]\w+)*|\S")
_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„»\"])")


def make_doc(text: str) -> Document:
    sentences, tokens = [], []
    pos = 0
    for part in _SENT_END.split(text):
        start = text.index(part, pos)
        end = start + len(part)
        pos = end
        sentences.append(Sentence(start, end, "test.segment"))
        for m in _TOKEN.finditer(part):
            tokens.append(Token(start + m.start(), start + m.end(), m.group(), "test.segment"))
    raw = RawArticle(source="<test>", format="txt", raw_text=text)
    return Document(id="test", raw=raw, text=text, language="de", sentences=tuple(sentences),
                    tokens=tuple(tokens))


def read_gold(path: str = GOLD) -> list[tuple[list[str], list[str]]]:
    """Bracket-annotated sentences -> (words, BIO tags)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            words, tags, typ, first = [], [], None, False
            for tok in line.split():
                if tok.startswith("[") and len(tok) > 1:
                    typ, first = tok[1:], True
                    continue
                close = tok.endswith("]") and typ is not None
                word = tok[:-1] if close else tok
                if word:
                    words.append(word)
                    tags.append("O" if typ is None else ("B-" if first else "I-") + typ)
                    first = False
                if close:
                    typ = None
            out.append((words, tags))
    return out


@pytest.fixture(scope="session")
def gold():
    return read_gold()


@pytest.fixture(params=["fast", "accurate"], scope="session")
def mode(request):
    return request.param


@pytest.fixture(scope="session")
def tagger(mode):
    from lagebild.ner import get_tagger

    return get_tagger(mode)


@pytest.fixture(scope="session")
def stage(mode):
    from lagebild.ner.stage import AccurateNer, FastNer

    return {"fast": FastNer, "accurate": AccurateNer}[mode]()


@pytest.fixture
def doc():
    return make_doc


@pytest.fixture
def mentions_of(stage):
    """text -> [(mention text, label)] from the mode's stage."""
    def run(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.label) for m in stage(make_doc(text)).mentions]
    return run
