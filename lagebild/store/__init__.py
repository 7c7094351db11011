"""SQLite store: one file, WAL, FTS5, recorded migrations, batch transactions."""
from .db import Store

__all__ = ["Store"]
