"""The local engine: document stages in N worker processes (``--workers``).

Workers are started with the ``spawn`` method and rebuild the pipeline from its
stage specs, exactly as a distributed engine would. ``workers=1`` runs in the
calling process (no pool), which is also what tests use.
"""
from __future__ import annotations

import multiprocessing as mp
from typing import Iterable, Iterator, Optional

from ..ingest import Source
from ..registry import StageSpec
from .worker import SourceResult, init_worker, process_source


class LocalEngine:
    name = "local"

    def __init__(self, specs: tuple[StageSpec, ...], *, workers: int = 1, db_path: Optional[str] = None,
                 max_bytes: int = 10_000_000) -> None:
        self.specs = specs
        self.workers = max(1, int(workers))
        self.db_path = db_path
        self.max_bytes = max_bytes

    def map(self, sources: Iterable[Source]) -> Iterator[SourceResult]:
        """Results in input order."""
        if self.workers == 1:
            init_worker(self.specs, self.db_path, self.max_bytes)
            for src in sources:
                yield process_source(src)
            return
        ctx = mp.get_context("spawn")
        with ctx.Pool(self.workers, initializer=init_worker,
                      initargs=(self.specs, self.db_path, self.max_bytes)) as pool:
            yield from pool.imap(process_source, sources, chunksize=4)
