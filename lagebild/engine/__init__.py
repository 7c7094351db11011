"""Engines run document stages over many sources: locally in N processes
(:class:`LocalEngine`) or on a dask.distributed cluster (:class:`DaskEngine`)."""
from __future__ import annotations

from typing import Optional

from ..errors import E_ENGINE, LagebildError
from ..registry import StageSpec
from .local import LocalEngine

ENGINES = ("local", "dask")


def make_engine(name: str, specs: tuple[StageSpec, ...], *, workers: int = 1, db_path: Optional[str] = None,
                max_bytes: int = 10_000_000, scheduler: Optional[str] = None):
    """The engine called ``name``; ``scheduler`` (a dask address) implies ``dask``."""
    if scheduler and name == "local":
        name = "dask"
    if name == "local":
        return LocalEngine(specs, workers=workers, db_path=db_path, max_bytes=max_bytes)
    if name == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(specs, workers=workers, db_path=db_path, max_bytes=max_bytes, scheduler=scheduler)
    raise LagebildError(E_ENGINE, f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")


__all__ = ["ENGINES", "LocalEngine", "make_engine"]
