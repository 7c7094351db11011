"""The corpus stage ``entities.rules.v1``.

The stage reads the previous state and the corrections from the store, links
all articles and writes the new state back. The store methods it uses are
duck-typed so that the store can implement them as it likes:

* ``store.entity_state() -> LinkState | None``
* ``store.entity_corrections() -> list[Correction]``
* ``store.story_of(article_id) -> str | None`` (optional)
* ``store.save_entity_state(state: LinkState) -> None``
"""
from __future__ import annotations

from typing import ClassVar, Iterable

from ..model import Document
from ..stage import CorpusStage
from .linker import article_from_document, link
from .records import STAGE, LinkState


class EntityStage(CorpusStage):
    name: ClassVar[str] = STAGE
    provides: ClassVar[tuple[str, ...]] = ("entities",)
    requires: ClassVar[tuple[str, ...]] = ("mentions",)

    def __init__(self, window_days: int = 30, role_window_days: int = 365) -> None:
        self.window_days = window_days
        self.role_window_days = role_window_days

    def link_documents(self, docs: Iterable[Document], previous=None, corrections=(), stories=None) -> LinkState:
        stories = stories or {}
        arts = [article_from_document(d, stories.get(d.id)) for d in docs]
        return link(arts, previous, corrections, window_days=self.window_days,
                    role_window_days=self.role_window_days)

    def run(self, docs: Iterable[Document], store) -> None:
        docs = list(docs)
        story_of = getattr(store, "story_of", None)
        stories = {d.id: story_of(d.id) for d in docs} if story_of else {}
        state = self.link_documents(docs, store.entity_state(), store.entity_corrections(), stories)
        store.save_entity_state(state)
