"""Write ``lagebild/1`` as one JSON object, JSON lines, one CSV file per table, or a GraphML graph."""
from __future__ import annotations

import csv
import json
import os
import sys
from typing import IO, Optional

from ..errors import LagebildError
from ..store import Store
from .graphml import write_graphml
from .records import SCHEMA, TABLE_ORDER, iter_records

FORMATS = ("json", "jsonl", "csv", "graphml")


def export(store: Store, fmt: str, out: Optional[str] = None) -> str:
    """Write the export; ``out`` is a file (json/jsonl/graphml), a folder (csv), or None for stdout."""
    if fmt not in FORMATS:
        raise LagebildError("E030", f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "csv":
        if not out:
            raise LagebildError("E031", "--format csv writes one file per table: give a folder with --out")
        _write_csv(store, out)
        return out
    writer = {"json": _write_json, "jsonl": _write_jsonl, "graphml": write_graphml}[fmt]
    if out:
        d = os.path.dirname(os.path.abspath(out))
        os.makedirs(d, exist_ok=True)
        tmp = out + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            writer(store, fh)
        os.replace(tmp, out)            # never leave a half-written export behind
        return out
    writer(store, sys.stdout)
    return "-"


def _write_json(store: Store, fh: IO[str]) -> None:
    fh.write('{"schema": "%s"' % SCHEMA)
    for table in TABLE_ORDER:
        fh.write(f',\n "{table}": [')
        first = True
        for rec in iter_records(store, table):
            fh.write("\n  " if first else ",\n  ")
            fh.write(json.dumps(rec, ensure_ascii=False))
            first = False
        fh.write("]" if first else "\n ]")
    fh.write("}\n")


def _write_jsonl(store: Store, fh: IO[str]) -> None:
    fh.write(json.dumps({"schema": SCHEMA}) + "\n")
    for table in TABLE_ORDER:
        for rec in iter_records(store, table):
            fh.write(json.dumps({"table": table, **rec}, ensure_ascii=False) + "\n")


def _cell(v):
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else v


def _write_csv(store: Store, folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "schema.txt"), "w", encoding="utf-8") as fh:
        fh.write(SCHEMA + "\n")
    for table in TABLE_ORDER:
        rows = iter_records(store, table)
        path = os.path.join(folder, f"{table}.csv")
        first = next(rows, None)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            if first is None:
                continue
            w = csv.DictWriter(fh, fieldnames=list(first.keys()))
            w.writeheader()
            w.writerow({k: _cell(v) for k, v in first.items()})
            for rec in rows:
                w.writerow({k: _cell(v) for k, v in rec.items()})
    # nested removals also as their own table
    with open(os.path.join(folder, "removed.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["article", "text", "reason", "at", "raw_start", "raw_end"])
        for r in store.annotations("removals"):
            w.writerow([r["article"], r["text"], r["reason"], r["at"], r["raw_start"], r["raw_end"]])
