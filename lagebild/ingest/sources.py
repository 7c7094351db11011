"""Expand command-line inputs into Sources and read each Source with its reader."""
from __future__ import annotations

import glob
import gzip
import io
import os
import urllib.request
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from ..errors import E_BINARY, E_NOT_FOUND, E_UNSUPPORTED, E_URL, InputError
from ..model import Skipped
from .readers import Result, _size_check, read_feed, read_html_bytes, read_jsonl, read_txt, read_warc

DEFAULT_MAX_BYTES = 10_000_000
URL_TIMEOUT_S = 20

EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".arc.gz": "warc",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
# Documentation files that live beside articles and are not articles.
IGNORED_NAMES = ("readme", "license", "licence", "copying", "notice")


@dataclass(frozen=True)
class Source:
    """One input to read: a path, a URL, or bytes (stdin). Picklable."""

    name: str
    path: Optional[str] = None
    data: Optional[bytes] = None
    url: Optional[str] = None
    error: Optional[str] = None     # set when expansion already knows it is bad


def _format_of(name: str) -> Optional[str]:
    low = name.lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if low.endswith(ext):
            return EXTENSIONS[ext]
    return None


def _ignored(name: str) -> bool:
    base = os.path.basename(name)
    return base.startswith(".") or base.lower().split(".")[0] in IGNORED_NAMES


def expand_inputs(inputs: Iterable[str], stdin: Optional[io.BufferedIOBase] = None) -> Iterator[Source]:
    """Files, folders (recursive, sorted), globs, ``-`` (stdin) and http(s) URLs."""
    for item in inputs:
        if item == "-":
            data = (stdin.read() if stdin is not None else b"")
            yield Source(name="<stdin>", data=data)
        elif item.startswith(("http://", "https://")):
            yield Source(name=item, url=item)
        elif os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    p = os.path.join(root, f)
                    if _ignored(p):
                        continue
                    ext = os.path.splitext(f)[1].lower()
                    if _format_of(p) is None and ext:
                        yield Source(name=p, error=f"[{E_UNSUPPORTED}] unsupported file type {ext!r} in folder "
                                                   f"(name the file explicitly to read it as text)")
                    else:
                        yield Source(name=p, path=p)
        elif os.path.exists(item):
            yield Source(name=item, path=item)
        elif any(c in item for c in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield Source(name=item, error=f"[{E_NOT_FOUND}] glob matched no files")
            for m in matches:
                if os.path.isdir(m):
                    yield from expand_inputs([m])
                elif not _ignored(m):
                    yield Source(name=m, path=m)
        else:
            yield Source(name=item, error=f"[{E_NOT_FOUND}] no such file or folder")


def _sniff(head: bytes) -> str:
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if h.startswith(b"warc/"):
        return "warc"
    if h.startswith(b"\x1f\x8b"):
        return "gzip"
    if h.startswith(b"{"):
        return "jsonl"
    if h.startswith(b"<?xml") or h.startswith(b"<rss") or h.startswith(b"<feed") or h.startswith(b"<rdf"):
        return "feed" if (b"<rss" in h or b"<feed" in h or b"<rdf" in h or b"<channel" in h) else "html"
    if h.startswith(b"<!doctype html") or h.startswith(b"<html") or b"<body" in h[:2000]:
        return "html"
    return "txt"


def _fetch(url: str, max_bytes: int) -> bytes:
    req = urllib.request.Request(url, headers={"User-Agent": "lagebild/0.1 (offline news analysis)"})
    try:
        with urllib.request.urlopen(req, timeout=URL_TIMEOUT_S) as resp:
            data = resp.read(max_bytes + 1)
    except Exception as e:
        raise InputError(E_URL, f"could not fetch URL: {type(e).__name__}: {e}") from None
    _size_check(len(data), max_bytes, "download")
    return data


def read_source(src: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Result]:
    """Read one Source. Never raises: problems become ``Skipped`` records."""
    if src.error:
        yield Skipped(src.name, "ingest", src.error)
        return
    try:
        yield from _read(src, max_bytes)
    except InputError as e:
        yield Skipped(src.name, "ingest", e.message)
    except (OSError, EOFError) as e:
        yield Skipped(src.name, "ingest", f"cannot read: {type(e).__name__}: {e}")
    except Exception as e:  # a reader bug must not sink the batch
        yield Skipped(src.name, "ingest", f"unexpected {type(e).__name__}: {e}")


def _read(src: Source, max_bytes: int) -> Iterator[Result]:
    fmt = _format_of(src.name) if src.path else None
    if src.path:
        size = os.path.getsize(src.path)
        if fmt in ("warc", "jsonl"):       # containers are streamed record by record
            opener = gzip.open if src.path.lower().endswith(".gz") and fmt == "jsonl" else open
            with opener(src.path, "rb") as fh:
                if fmt == "warc":
                    yield from read_warc(fh, src.name, max_bytes)
                else:
                    yield from read_jsonl(fh, src.name, max_bytes)
            return
        _size_check(size, max_bytes if fmt != "feed" else max_bytes * 5)
        with open(src.path, "rb") as fh:
            data = fh.read()
    elif src.url:
        data = _fetch(src.url, max_bytes * 5)
    else:
        data = src.data or b""
        _size_check(len(data), max_bytes, "input")
    if fmt is None:
        fmt = _sniff(data[:4096])
    if fmt == "gzip":
        raise InputError(E_BINARY, "gzip file that is not a .warc.gz or .jsonl.gz")
    if fmt == "warc":
        yield from read_warc(io.BytesIO(data), src.name, max_bytes)
    elif fmt == "jsonl":
        yield from read_jsonl(io.BytesIO(data), src.name, max_bytes)
    elif fmt == "feed":
        yield from read_feed(data, src.url or src.name)
    elif fmt == "html":
        yield from read_html_bytes(data, src.url or src.name, url=src.url)
    else:
        yield from read_txt(data, src.name, fmt="stdin" if src.data is not None else "txt")
