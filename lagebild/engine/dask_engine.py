"""The Dask engine: document stages on a ``dask.distributed`` cluster.

``lagebild build --engine dask`` starts a local cluster of ``--workers`` single-
threaded worker processes; ``--scheduler tcp://host:8786`` connects to a running
cluster instead (start one with ``dask scheduler`` and ``dask worker tcp://…``
on each machine, in an environment where Lagebild is installed). The connection
attempt gives up after ``$LAGEBILD_DASK_CONNECT_TIMEOUT`` seconds (default 20).

What runs where:

* the driver (the ``lagebild build`` process) expands the inputs, sends each
  :class:`~lagebild.ingest.Source` to the cluster, and stores the results in
  input order: deduplication, the SQLite transaction per batch and the corpus
  stages stay on the driver, so the database is written by one process only;
* a worker reads the source and runs the document stages
  (:func:`lagebild.engine.worker.process_remote`). Models load once per worker
  process. File inputs are read by the worker, so they must lie on a path every
  worker can see (a shared or network file system); URLs are fetched by the
  worker; stdin is sent as bytes.

Articles already stored with the same pipeline are not re-analysed: the driver
sends their ids to the cluster once. A task that fails on a worker (a crash, a
lost worker) becomes a ``Skipped`` record naming the input, and the rest of the
batch goes on.
"""
from __future__ import annotations

import os
from collections import deque
from typing import Iterable, Iterator, Optional

from ..errors import E_ENGINE, E_TASK, LagebildError
from ..ingest import Source
from ..model import Skipped
from ..registry import StageSpec
from .worker import SourceResult, pipeline_signature, process_remote


def _distributed():
    try:
        import distributed
    except ImportError as e:  # pragma: no cover - dask is in requirements.lock
        raise LagebildError(E_ENGINE, "the dask engine needs the 'distributed' package "
                                      "(pip install 'dask[distributed]')") from e
    return distributed


class DaskEngine:
    name = "dask"

    def __init__(self, specs: tuple[StageSpec, ...], *, workers: int = 1, db_path: Optional[str] = None,
                 max_bytes: int = 10_000_000, scheduler: Optional[str] = None, window: Optional[int] = None,
                 client=None) -> None:
        self.specs = specs
        self.workers = max(1, int(workers))
        self.db_path = db_path
        self.max_bytes = max_bytes
        self.scheduler = scheduler
        self.window = window            # tasks in flight; default 4 per worker thread
        self._client = client

    # -- cluster ---------------------------------------------------------
    def _connect(self):
        """(client, cluster-or-None); the cluster is ours to close when we started it."""
        if self._client is not None:
            return self._client, None
        d = _distributed()
        if self.scheduler:
            try:
                timeout = float(os.environ.get("LAGEBILD_DASK_CONNECT_TIMEOUT", "20"))
                return d.Client(self.scheduler, timeout=timeout), None
            except (OSError, TimeoutError) as e:
                raise LagebildError(E_ENGINE, f"cannot reach the dask scheduler at {self.scheduler}: {e}") from e
        cluster = d.LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                 dashboard_address=None, silence_logs=40)
        return d.Client(cluster), cluster

    def _stored_ids(self) -> frozenset[str]:
        if not self.db_path or not os.path.exists(self.db_path):
            return frozenset()
        from ..store import Store

        with Store(self.db_path, readonly=True) as st:
            return st.ids_with_pipeline(pipeline_signature([s.name for s in self.specs]))

    # -- work ----------------------------------------------------------
    def map(self, sources: Iterable[Source]) -> Iterator[SourceResult]:
        """Results in input order, with at most ``window`` tasks in flight."""
        client, cluster = self._connect()
        try:
            threads = sum(client.nthreads().values()) or self.workers
            window = self.window or 4 * threads
            [stored] = client.scatter([self._stored_ids()], broadcast=True)
            specs = self.specs
            pending: deque = deque()
            for src in sources:
                pending.append((src, client.submit(process_remote, src, specs, self.max_bytes, stored,
                                                   pure=False)))
                if len(pending) >= window:
                    yield self._result(*pending.popleft())
            while pending:
                yield self._result(*pending.popleft())
        finally:
            if cluster is not None:
                client.close()
                cluster.close()

    @staticmethod
    def _result(src: Source, future) -> SourceResult:
        try:
            return future.result()
        except Exception as e:  # a worker died or the task raised: this input only
            reason = f"[{E_TASK}] dask task failed: {type(e).__name__}: {e}"
            return SourceResult([Skipped(src.name, "engine", reason)])
