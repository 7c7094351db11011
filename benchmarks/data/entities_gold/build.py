"""Build and validate the entity-linking gold set.

    python benchmarks/data/entities_gold/build.py            # *.txt -> *.jsonl, then validate
    python benchmarks/data/entities_gold/build.py --check    # validate the .jsonl files only (exit 1 on error)

Two sets: ``articles.txt`` -> ``gold.jsonl`` (the development set, 35 articles)
and ``heldout.txt`` -> ``heldout.jsonl`` (written after the rules were fixed and
scored once). The .txt files are the hand-written sources (see their header for
the markup); each .jsonl has one article per line: ``{"id", "published", "story", "outlet",
"text", "mentions": [{"start", "end", "text", "label", "entity", "kind", "acts_as"}]}``
with character offsets into ``text``. The validator checks that every offset
pair cuts exactly the mention text out of the article, that mentions do not
overlap, that labels are known, that every gold entity keeps one type, and that
``gold.jsonl`` is in sync with ``articles.txt``.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "articles.txt"
GOLD = HERE / "gold.jsonl"
SETS = {"dev": (HERE / "articles.txt", HERE / "gold.jsonl"),
        "heldout": (HERE / "heldout.txt", HERE / "heldout.jsonl")}
LOOKALIKES = HERE / "lookalikes.json"

_HEADER = re.compile(r"^### (.*)$")
_MARK = re.compile(r"\[([^\[\]|]+)\|(PER|ORG|LOC|MISC)\|([a-z0-9_]+)(?:\|gov:([A-Z]{2}))?\]"
                   r"|\{([^{}|]+)\|([a-z0-9_]+)\}")
LABELS = {"PER", "ORG", "LOC", "MISC"}


def parse(source: str) -> list[dict]:
    arts: list[dict] = []
    cur: dict | None = None
    lines: list[str] = []

    def flush() -> None:
        if cur is None:
            return
        body = "\n".join(lines).strip("\n")
        text, mentions, pos = "", [], 0
        for m in _MARK.finditer(body):
            text += body[pos:m.start()]
            start = len(text)
            if m.group(1) is not None:
                surface, label, ent, gov = m.group(1), m.group(2), m.group(3), m.group(4)
                kind = "name"
            else:
                surface, label, ent, gov = m.group(5), None, m.group(6), None
                kind = "role"
            text += surface
            mentions.append({"start": start, "end": len(text), "text": surface, "label": label,
                             "entity": ent, "kind": kind, "acts_as": gov})
            pos = m.end()
        text += body[pos:]
        if re.search(r"[\[\]{}]", text):
            raise ValueError(f"{cur['id']}: unparsed markup left in the text")
        cur["text"] = text
        cur["mentions"] = mentions
        arts.append(cur)

    for line in source.splitlines():
        h = _HEADER.match(line)
        if h:
            flush()
            meta = dict(kv.split("=", 1) for kv in h.group(1).split())
            story = meta.get("story")
            cur = {"id": meta["id"], "published": meta.get("date"), "story": None if story in (None, "none") else story,
                   "outlet": meta.get("outlet")}
            lines = []
        elif cur is not None:
            lines.append(line)
        elif line.strip() and not line.startswith("#"):
            raise ValueError(f"text before the first article header: {line[:40]!r}")
    flush()
    return arts


def validate(arts: list[dict], lookalikes: bool = True) -> list[str]:
    errors = []
    types: dict[str, set] = defaultdict(set)
    ids = set()
    for a in arts:
        if a["id"] in ids:
            errors.append(f"duplicate article id {a['id']}")
        ids.add(a["id"])
        last_end = -1
        for m in sorted(a["mentions"], key=lambda m: m["start"]):
            if a["text"][m["start"]:m["end"]] != m["text"]:
                errors.append(f"{a['id']}: offsets {m['start']}-{m['end']} do not cut out {m['text']!r}")
            if m["start"] < last_end:
                errors.append(f"{a['id']}: overlapping mention at {m['start']} ({m['text']!r})")
            last_end = m["end"]
            if m["kind"] == "name":
                if m["label"] not in LABELS:
                    errors.append(f"{a['id']}: bad label {m['label']!r}")
                types[m["entity"]].add({"LOC": "LOC", "ORG": "ORG"}.get(m["label"], m["label"]))
            elif m["kind"] != "role":
                errors.append(f"{a['id']}: bad kind {m['kind']!r}")
            if m["text"] != m["text"].strip() or not m["text"]:
                errors.append(f"{a['id']}: mention with outer spaces {m['text']!r}")
    for ent, ts in types.items():
        if "PER" in ts and len(ts) > 1:
            errors.append(f"entity {ent} is a person and something else: {sorted(ts)}")
    if lookalikes and LOOKALIKES.exists():
        known = {m["entity"] for path in (GOLD, HERE / "heldout.jsonl") if path.exists()
                 for a in load(path) for m in a["mentions"]} | set(types)
        for group in json.loads(LOOKALIKES.read_text())["groups"]:
            for e in group:
                if e not in known:
                    errors.append(f"look-alike group names unknown entity {e}")
    return errors


def load(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str]) -> int:
    failed = False
    for name, (src, dst) in SETS.items():
        if "--check" not in argv:
            arts = parse(src.read_text(encoding="utf-8"))
            dst.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    for name, (src, dst) in SETS.items():
        arts = load(dst)
        errors = validate(arts)
        if parse(src.read_text(encoding="utf-8")) != arts:
            errors.append(f"{dst.name} is out of date: run build.py")
        names = sum(1 for a in arts for m in a["mentions"] if m["kind"] == "name")
        roles = sum(1 for a in arts for m in a["mentions"] if m["kind"] == "role")
        ents = len({m["entity"] for a in arts for m in a["mentions"]})
        print(f"{name}: {len(arts)} articles, {names} name mentions, {roles} role-noun mentions, {ents} gold entities")
        for e in errors:
            print("ERROR", e)
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
