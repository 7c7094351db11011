"""What one worker process does with one Source: read it, then run the pipeline.

The pipeline is rebuilt in each process from its picklable stage specs, so the
same function runs in-process, in a process pool, or on a distributed engine.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Optional, Union

from ..ingest import Source, article_id, read_source
from ..model import Document, RawArticle, Skipped
from ..pipeline import Pipeline
from ..registry import StageSpec


@dataclass(frozen=True)
class Unchanged:
    """Already stored by an identical pipeline: nothing to do."""

    id: str
    source: str


Result = Union[Document, Skipped, Unchanged]


@dataclass
class SourceResult:
    results: list[Result]
    timings: dict[str, float] = field(default_factory=dict)
    tokens: int = 0


_state: dict[str, object] = {}


def init_worker(specs: tuple[StageSpec, ...], db_path: Optional[str], max_bytes: int) -> None:
    old = _state.pop("store", None)
    if old is not None:
        old.close()
    _state.pop("stored_ids", None)
    _state.pop("specs", None)
    _state["pipeline"] = Pipeline(specs)
    _state["db_path"] = db_path
    _state["max_bytes"] = max_bytes


def _stored_pipelines(ids: list[str]) -> dict[str, str]:
    known = _state.get("stored_ids")
    if known is not None:  # a distributed worker: the driver sent what is already stored
        sig = pipeline_signature(_state["pipeline"].names)  # type: ignore[union-attr]
        return {i: sig for i in ids if i in known}  # type: ignore[operator]
    path = _state.get("db_path")
    if not path or not ids:
        return {}
    store = _state.get("store")
    if store is None:
        import os

        from ..store import Store
        if not os.path.exists(path):
            return {}
        store = _state["store"] = Store(path, readonly=True)
    return store.stored_pipelines(ids)


def pipeline_signature(names: list[str]) -> str:
    """What the store records per article: the configured document pipeline."""
    return json.dumps(names)


def process_source(src: Source) -> SourceResult:
    pipe: Pipeline = _state["pipeline"]  # type: ignore[assignment]
    before = dict(pipe.timings)
    t0 = time.perf_counter()
    raws: list[Union[RawArticle, Skipped]] = list(read_source(src, _state["max_bytes"]))  # type: ignore[arg-type]
    ingest_s = time.perf_counter() - t0
    ids = {id(r): article_id(r) for r in raws if isinstance(r, RawArticle)}
    stored = _stored_pipelines(list(ids.values()))
    signature = pipeline_signature(pipe.names)
    out: list[Result] = []
    tokens = 0
    for r in raws:
        if isinstance(r, Skipped):
            out.append(r)
            continue
        aid = ids[id(r)]
        if stored.get(aid) == signature:
            out.append(Unchanged(aid, r.source))
            continue
        res = pipe.run(Document(id=aid, raw=r, published=r.published))
        if isinstance(res, Document):
            tokens += len(res.tokens)
        out.append(res)
    timings = {k: pipe.timings[k] - before.get(k, 0.0) for k in pipe.timings}
    timings["ingest"] = ingest_s
    return SourceResult(out, timings, tokens)


def process_remote(src: Source, specs: tuple[StageSpec, ...], max_bytes: int,
                   stored_ids: Optional[frozenset[str]] = None) -> SourceResult:
    """:func:`process_source` for an engine whose workers cannot open the database.

    The pipeline is built once per worker process (and rebuilt only if the specs
    change); ``stored_ids`` are the articles the driver already holds with the same
    pipeline, so they come back as :class:`Unchanged` without being analysed.
    """
    if _state.get("specs") != specs or "pipeline" not in _state:
        init_worker(specs, None, max_bytes)
        _state["specs"] = specs
    _state["max_bytes"] = max_bytes
    _state["stored_ids"] = stored_ids
    return process_source(src)
