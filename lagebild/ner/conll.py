"""CoNLL interface: tag one-token-per-line text, appending a BIO column.

Input: one token per line, whitespace-separated columns with the token first,
blank lines between sentences, ``#`` comment lines. Output: the same lines, in
the same order, each token line with the predicted tag (``B-PER``, ``I-ORG``,
..., ``O``) appended as the last column; blank and ``#`` lines unchanged.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from .tagger import get_tagger

BLOCK = 256  # sentences tagged together


def _ending(line: str) -> tuple[str, str]:
    body = line.rstrip("\r\n")
    return body, line[len(body):]


def tag_conll(lines: Iterable[str], mode: str = "fast") -> Iterator[str]:
    tagger = get_tagger(mode)
    pending: list[tuple[str, object]] = []   # ("raw", line) | ("tok", (sent, index, line))
    sentences: list[list[str]] = []
    current: list[str] = []

    def flush() -> Iterator[str]:
        tags = tagger.tag(sentences) if sentences else []
        for kind, item in pending:
            if kind == "raw":
                yield item  # type: ignore[misc]
            else:
                si, wi, line = item  # type: ignore[misc]
                body, end = _ending(line)
                sep = "\t" if "\t" in body else " "
                yield f"{body}{sep}{tags[si][wi][0]}{end}"
        pending.clear()
        sentences.clear()

    for line in lines:
        body, _ = _ending(line)
        if body.startswith("#"):
            pending.append(("raw", line))
        elif not body.strip():
            current = []
            pending.append(("raw", line))
            if len(sentences) >= BLOCK:
                yield from flush()
        else:
            if not current:
                sentences.append(current)  # filled in place below
            pending.append(("tok", (len(sentences) - 1, len(current), line)))
            current.append(body.split()[0])
    yield from flush()
