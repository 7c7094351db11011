"""All error messages of Lagebild, with codes (cf. spaCy's errors.py)."""
from __future__ import annotations


class LagebildError(Exception):
    """An error with a stable code; the CLI prints it as one line."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


class InputError(LagebildError):
    """A problem with one input file; it becomes a ``Skipped`` record."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)


# Input error codes (ingest)
E_EMPTY = "I001"          # empty file
E_BINARY = "I002"         # binary, not text
E_ENCODING = "I003"       # invalid UTF-8 and no legacy encoding fits
E_TOO_LARGE = "I004"      # file larger than the size cap
E_HTML = "I005"           # no main text in HTML
E_FEED = "I006"           # malformed feed
E_WARC = "I007"           # truncated/corrupt WARC or gzip
E_JSONL = "I008"          # bad JSONL line
E_NOT_FOUND = "I009"      # input path does not exist
E_URL = "I010"            # URL fetch failed
E_NO_TEXT = "I011"        # nothing left after cleaning
E_UNSUPPORTED = "I012"    # file type not read when found in a folder
E_STAGE = "S001"          # a document stage raised
E_ENGINE = "S002"         # the engine could not run (missing package, no scheduler)
E_TASK = "S003"           # a task failed on a distributed worker
