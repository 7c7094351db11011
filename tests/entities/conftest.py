"""Fixtures of the entity-linking tests.

Articles are written in a small markup: ``[Kim Jong Un|PER]`` is an NER mention
with its label; everything else is plain text. All texts are our own.
"""
from __future__ import annotations

import re

import pytest

from lagebild.entities import ArticleInput, MentionInput, link

_MARK = re.compile(r"\[([^\[\]|]+)\|(PER|ORG|LOC|MISC)\]")


def _article(src: str, id: str = "a1", published: str | None = "2023-09-13", story: str | None = None) -> ArticleInput:
    text, mentions, pos = "", [], 0
    for m in _MARK.finditer(src):
        text += src[pos:m.start()]
        start = len(text)
        text += m.group(1)
        mentions.append(MentionInput(start, len(text), m.group(1), m.group(2)))
        pos = m.end()
    text += src[pos:]
    return ArticleInput(id, text, tuple(mentions), published, story)


@pytest.fixture
def article():
    """``article(markup, id=..., published=..., story=...) -> ArticleInput``."""
    return _article


class Linked:
    """A link result with lookups by surface text, for readable assertions."""

    def __init__(self, state):
        self.state = state
        self.by_id = {e.id: e for e in state.entities}

    def ids(self, text: str, article: str | None = None) -> set[str]:
        return {l.entity for l in self.state.links
                if l.text == text and (article is None or l.article == article)}

    def entity(self, text: str, article: str | None = None):
        ids = self.ids(text, article)
        assert len(ids) == 1, f"{text!r} is linked to {len(ids)} entities"
        return self.by_id[next(iter(ids))]

    def same(self, a: str, b: str) -> bool:
        return bool(self.ids(a)) and self.ids(a) == self.ids(b)

    def apart(self, a: str, b: str) -> bool:
        return bool(self.ids(a)) and bool(self.ids(b)) and not (self.ids(a) & self.ids(b))

    def role_links(self):
        return [l for l in self.state.links if l.kind == "role"]


@pytest.fixture
def run():
    """``run(*articles, previous=None, corrections=()) -> Linked``."""
    def _run(*arts, previous=None, corrections=()):
        return Linked(link(list(arts), previous=previous, corrections=corrections))
    return _run
