"""The two kinds of stage.

A *document stage* maps one Document to one Document. It must be rebuildable
from ``(name, config)`` (see :class:`lagebild.registry.StageSpec`) so it can run
in a worker process or on a distributed engine; heavy models are loaded once
per process (see :func:`lagebild.resources.shared`), never once per document.

A *corpus stage* works across articles (dedup, entity linking, stories).
"""
from __future__ import annotations

from typing import ClassVar, Iterable, Optional

from .model import Document


class DocumentStage:
    name: ClassVar[str] = ""
    provides: ClassVar[tuple[str, ...]] = ()
    requires: ClassVar[tuple[str, ...]] = ()
    # None: runs for every language; otherwise only for these ISO 639-1 codes.
    languages: ClassVar[Optional[frozenset[str]]] = None

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - interface
        raise NotImplementedError

    def applies_to(self, doc: Document) -> bool:
        return self.languages is None or doc.language in self.languages


class CorpusStage:
    name: ClassVar[str] = ""
    provides: ClassVar[tuple[str, ...]] = ()
    requires: ClassVar[tuple[str, ...]] = ()

    def run(self, docs: Iterable[Document], store) -> None:  # pragma: no cover
        raise NotImplementedError
