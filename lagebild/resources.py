"""Per-process cache for heavy resources (models, lexicons).

``shared(key, loader)`` loads once per process and returns the same object on
every later call. Workers of the local engine and Ray actors each get their own.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

_cache: dict[str, Any] = {}
_lock = threading.Lock()


def shared(key: str, loader: Callable[[], Any]) -> Any:
    try:
        return _cache[key]
    except KeyError:
        pass
    with _lock:
        if key not in _cache:
            _cache[key] = loader()
        return _cache[key]
