"""One reader per input format. Each yields RawArticle or Skipped records."""
from __future__ import annotations

import io
import json
import time
import zlib
from typing import Iterator, Optional, Union

from ..errors import E_FEED, E_JSONL, E_TOO_LARGE, E_WARC, InputError
from ..model import RawArticle, Skipped
from .decode import decode_text
from .htmltext import fragment_to_text, read_html

Result = Union[RawArticle, Skipped]


def _size_check(n: int, max_bytes: int, what: str = "file") -> None:
    if n > max_bytes:
        raise InputError(
            E_TOO_LARGE,
            f"{what} too large: {n / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB limit (raise it with --max-bytes)",
        )


def read_txt(data: bytes, source: str, fmt: str = "txt") -> Iterator[Result]:
    text, enc = decode_text(data)
    title = None
    lines = text.lstrip("\ufeff").split("\n", 2)
    # A short first line followed by a blank line is the headline.
    if len(lines) >= 3 and lines[1].strip() == "" and 0 < len(lines[0].strip()) <= 160 \
            and not lines[0].rstrip().endswith((".", ":", ",", ";")):
        title, text = lines[0].strip(), lines[2]
    yield RawArticle(source=source, format=fmt, raw_text=text, title=title, encoding=enc)


def read_html_bytes(data: bytes, source: str, url: Optional[str] = None) -> Iterator[Result]:
    text, _ = decode_text(data)
    yield read_html(text, source, url=url)


def _iso_from_struct(st) -> Optional[str]:
    if not st:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S", st)


def _local_iso(value: Optional[str]) -> Optional[str]:
    """Keep the feed's own local time and offset (feedparser's *_parsed is UTC, which can shift the day)."""
    if not value:
        return None
    from datetime import datetime
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None


def read_feed(data: bytes, source: str) -> Iterator[Result]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        exc = parsed.get("bozo_exception")
        why = f"malformed feed: {exc}" if exc else "feed has no entries"
        raise InputError(E_FEED, why)
    exc = parsed.get("bozo_exception")
    broken = exc is not None and "SAX" in type(exc).__name__ + "".join(c.__name__ for c in type(exc).__mro__)
    outlet = (parsed.get("feed") or {}).get("title") or None
    usable = 0
    for i, e in enumerate(entries):
        body = ""
        if e.get("content"):
            body = max((c.get("value") or "" for c in e["content"]), key=len)
        if len(body) < len(e.get("summary") or ""):
            body = e.get("summary") or ""
        text = fragment_to_text(body)
        link = e.get("link")
        name = f"{source}#{e.get('id') or link or i}"
        if not text.strip():
            if not broken:
                yield Skipped(name, "ingest", f"[{E_FEED}] feed entry {i + 1} has no content or summary")
            continue
        usable += 1
        published = _local_iso(e.get("published") or e.get("updated")) or \
            _iso_from_struct(e.get("published_parsed") or e.get("updated_parsed"))
        yield RawArticle(source=link or name, format="feed", raw_text=text, title=e.get("title") or None,
                         url=link, outlet=outlet, author=e.get("author") or None, published=published)
    if broken:
        yield Skipped(source, "ingest", f"[{E_FEED}] malformed feed (kept {usable} complete entries before the "
                                        f"error): {exc}")


def read_jsonl(stream: io.BufferedIOBase, source: str, max_bytes: int) -> Iterator[Result]:
    for n, line in enumerate(stream, start=1):
        where = f"{source}#L{n}"
        if not line.strip():
            continue
        try:
            _size_check(len(line), max_bytes, "JSONL line")
            obj = json.loads(line.decode("utf-8-sig") if n == 1 else line.decode("utf-8"))
            if not isinstance(obj, dict):
                raise InputError(E_JSONL, "line is not a JSON object")
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                raise InputError(E_JSONL, "missing or empty 'text' field")
            meta = {k: obj.get(k) for k in ("title", "url", "outlet", "published", "author")}
            for k, v in meta.items():
                if v is not None and not isinstance(v, str):
                    raise InputError(E_JSONL, f"field {k!r} must be a string or null")
        except InputError as e:
            yield Skipped(where, "ingest", e.message)
            continue
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            yield Skipped(where, "ingest", f"[{E_JSONL}] invalid JSON line: {e}")
            continue
        yield RawArticle(source=meta["url"] or where, format="jsonl", raw_text=text, **meta)


def read_warc(stream: io.BufferedIOBase, source: str, max_bytes: int) -> Iterator[Result]:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        for rec in ArchiveIterator(stream):
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI") or f"{source}#{n}"
            n += 1
            body = rec.content_stream().read(max_bytes + 1)
            if getattr(rec.raw_stream, "limit", 0):      # fewer bytes than Content-Length promised
                yield Skipped(source, "ingest", f"[{E_WARC}] truncated WARC: record {n} ({uri}) is cut off "
                                                f"after {len(body)} bytes; kept {n - 1} complete record(s)")
                return
            try:
                _size_check(len(body), max_bytes, "WARC record")
                yield from read_html_bytes(body, uri, url=uri)
            except InputError as e:
                yield Skipped(f"{source} [{uri}]", "ingest", e.message)
    except (EOFError, zlib.error, OSError, ValueError) as e:
        yield Skipped(source, "ingest", f"[{E_WARC}] truncated or corrupt WARC after {n} record(s): "
                                        f"{type(e).__name__}: {e}")
    except Exception as e:  # warcio's ArchiveLoadFailed and friends
        yield Skipped(source, "ingest", f"[{E_WARC}] corrupt WARC after {n} record(s): {type(e).__name__}: {e}")
