"""Run numpy's small matrix products on one thread.

The fast tagger multiplies a few hundred rows at a time. With OpenBLAS's
default thread pool, such products get *slower* whenever another process
busies the other core (measured: 32k -> 15k tokens/s on the 2-core box),
because the BLAS threads wait for each other. :func:`one_thread` pins the
BLAS pool to one thread for the duration of a call and restores it after;
where no OpenBLAS can be found it does nothing.
"""
from __future__ import annotations

import ctypes
import importlib
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator, Optional


@lru_cache(maxsize=1)
def _controls() -> Optional[tuple]:
    importlib.import_module("numpy")  # loads its BLAS

    try:
        with open("/proc/self/maps", encoding="utf-8") as f:
            paths = {line.split()[-1] for line in f if "openblas" in line.lower() and "/" in line}
    except OSError:
        return None
    for path in sorted(paths):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix in ("scipy_openblas", "openblas"):
            for suffix in ("64_", "_64", ""):
                setter = getattr(lib, f"{prefix}_set_num_threads{suffix}", None)
                getter = getattr(lib, f"{prefix}_get_num_threads{suffix}", None)
                if setter is not None and getter is not None:
                    setter.argtypes = [ctypes.c_int]
                    getter.restype = ctypes.c_int
                    return setter, getter
    return None


@contextmanager
def one_thread() -> Iterator[None]:
    ctl = _controls()
    if ctl is None:
        yield
        return
    setter, getter = ctl
    before = getter()
    if before != 1:
        setter(1)
    try:
        yield
    finally:
        if before != 1:
            setter(before)
