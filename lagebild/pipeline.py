"""Build a checked sequence of document stages and run documents through it."""
from __future__ import annotations

import time
import traceback
from dataclasses import replace
from typing import Iterable, Optional, Sequence, Union

from .errors import E_STAGE, LagebildError
from .model import Document, Skipped
from .registry import Registry, StageSpec, default_registry

# What the ingest step already provides on every Document.
INGEST_PROVIDES = ("raw",)

DEFAULT_DOCUMENT_STAGES: tuple[StageSpec, ...] = (
    StageSpec.of("clean.rules.v1"),
    StageSpec.of("langid.lingua.v1"),
    StageSpec.of("segment.rules.v1"),
    StageSpec.of("temporal.rules.v1"),
    StageSpec.of("quotes.rules.v1"),
    StageSpec.of("claims.rules.v1"),
)


def default_specs(ner: Optional[str] = None) -> tuple[StageSpec, ...]:
    """The default document pipeline; ``ner`` selects an NER mode if one is installed."""
    specs = list(DEFAULT_DOCUMENT_STAGES)
    if ner and ner != "none":
        # NER goes right after segmentation so quotes can use its mentions for speakers
        specs.insert(3, StageSpec.of(f"ner.{ner}.v1"))
    return tuple(specs)


class Pipeline:
    """An ordered, checked list of document stages."""

    def __init__(self, specs: Sequence[StageSpec], registry: Optional[Registry] = None) -> None:
        self.specs = tuple(specs)
        registry = registry or default_registry()
        self.stages = [registry.build(s) for s in self.specs]
        self._check()
        self.timings: dict[str, float] = {s.name: 0.0 for s in self.stages}

    def _check(self) -> None:
        satisfied = set(INGEST_PROVIDES)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in satisfied]
            if missing:
                raise LagebildError(
                    "E010",
                    f"stage {stage.name!r} requires {missing}; satisfied so far: {sorted(satisfied)}",
                )
            satisfied.update(stage.provides)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, doc: Document) -> Union[Document, Skipped]:
        for stage in self.stages:
            if not stage.applies_to(doc):
                continue
            t0 = time.perf_counter()
            try:
                out = stage(doc)
            except LagebildError as e:
                return Skipped(doc.raw.source, stage.name, e.message)
            except Exception as e:  # a stage bug must not sink the batch
                tb = traceback.extract_tb(e.__traceback__)[-1]
                return Skipped(
                    doc.raw.source, stage.name,
                    f"[{E_STAGE}] {type(e).__name__}: {e} ({tb.filename.rsplit('/', 1)[-1]}:{tb.lineno})",
                )
            finally:
                self.timings[stage.name] += time.perf_counter() - t0
            if isinstance(out, Skipped):
                return out
            doc = replace(out, stages=out.stages + (stage.name,))
        return doc

    def run_many(self, docs: Iterable[Document]) -> list[Union[Document, Skipped]]:
        return [self.run(d) for d in docs]


def make_document(
    text: str, *, source: str = "<text>", published: Optional[str] = None,
    title: Optional[str] = None, outlet: Optional[str] = None, url: Optional[str] = None,
    format: str = "txt",
) -> Document:
    """A Document straight from a string, before any stage ran (for tests and the API)."""
    from .ingest.identity import article_id
    from .model import RawArticle

    raw = RawArticle(source=source, format=format, raw_text=text, title=title, url=url,
                     outlet=outlet, published=published)
    return Document(id=article_id(raw), raw=raw, published=published)


def analyse_text(text: str, *, specs: Optional[Sequence[StageSpec]] = None, **meta) -> Document:
    """Run ``text`` through the document stages (default: clean, langid, segment).

    Raises :class:`LagebildError` if a stage rejects it.
    """
    pipe = _pipeline_for(tuple(specs or DEFAULT_DOCUMENT_STAGES))
    out = pipe.run(make_document(text, **meta))
    if isinstance(out, Skipped):
        raise LagebildError("E011", out.line())
    return out


_PIPELINES: dict[tuple[StageSpec, ...], Pipeline] = {}


def _pipeline_for(specs: tuple[StageSpec, ...]) -> Pipeline:
    if specs not in _PIPELINES:
        _PIPELINES[specs] = Pipeline(specs)
    return _PIPELINES[specs]
