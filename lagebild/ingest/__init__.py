"""Ingest: turn inputs (files, folders, globs, stdin, URLs) into RawArticle records.

Every reader yields ``RawArticle`` or ``Skipped``; nothing raises past
:func:`read_source`.
"""
from .identity import article_id, content_hash
from .sources import Source, expand_inputs, read_source

__all__ = ["article_id", "content_hash", "Source", "expand_inputs", "read_source"]
