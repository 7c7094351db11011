"""``lagebild`` command line: thin wrappers over library functions.

Library errors become one-line messages; ``build`` exits 1 when any input was
skipped (after finishing the rest of the batch), 2 on usage or fatal errors.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Optional, Sequence

from .errors import LagebildError

DEFAULT_DB = "lagebild.db"


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=os.environ.get("LAGEBILD_DB", DEFAULT_DB),
                   help="SQLite database (default: $LAGEBILD_DB or ./lagebild.db)")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="lagebild", description="German news in, a situation picture out. Offline.")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="read, analyse and store articles")
    p.add_argument("inputs", nargs="+", help="files, folders, globs, http(s) feed URLs, or - for stdin")
    _add_db(p)
    p.add_argument("--workers", type=int, default=1, help="worker processes for document stages")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: a process pool on this machine; dask: a dask.distributed cluster "
                        "(a local one with --workers processes, or the one at --scheduler)")
    p.add_argument("--scheduler", help="address of a running dask scheduler, e.g. tcp://10.0.0.5:8786 "
                                       "(implies --engine dask; inputs must be visible to every worker)")
    p.add_argument("--max-bytes", type=int, default=10_000_000, help="largest input file accepted")
    p.add_argument("--batch-size", type=int, default=200, help="articles per database transaction")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.add_argument("--ner", choices=("fast", "accurate", "none"), default="fast",
                   help="named-entity recognition mode (default: fast)")

    p = sub.add_parser("search", help="full-text search")
    p.add_argument("query")
    _add_db(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="print JSON lines")

    p = sub.add_parser("export", help="export the lagebild/1 format")
    _add_db(p)
    p.add_argument("--format", choices=("json", "jsonl", "csv", "graphml"), default="json",
                   help="graphml: entities, articles, sources and claim groups as a graph (Gephi, yEd, networkx)")
    p.add_argument("--out", help="output file (json/jsonl) or folder (csv); default stdout")

    p = sub.add_parser("stats", help="what is in the database")
    _add_db(p)

    p = sub.add_parser("ner", help="tag a CoNLL file: appends a BIO column to each token line")
    p.add_argument("--conll", required=True, help="CoNLL-style file (token first), or - for stdin")
    p.add_argument("--mode", choices=("fast", "accurate"), default="fast")

    p = sub.add_parser("timex", help="German time expressions in stdin text, one JSON object per line")
    p.add_argument("--dct", help="document creation (publication) date, YYYY-MM-DD; inferred when omitted")
    p.add_argument("--domain", choices=("news", "narrative"), default="news",
                   help="news: relative to the publication date; narrative: relative to the story's own dates")

    p = sub.add_parser("quotes", help="quotation attribution on SpkAtt-2023 JSON documents")
    p.add_argument("--spkatt", nargs=2, metavar=("IN_DIR", "OUT_DIR"), required=True)

    p = sub.add_parser("entity", help="look up and correct entities (corrections survive every rebuild)")
    esub = p.add_subparsers(dest="entity_command", required=True)
    q = esub.add_parser("merge", help="merge two entities into the first")
    q.add_argument("ids", nargs=2, metavar="ID")
    _add_db(q)
    q = esub.add_parser("split", help="split the mentions with one alias off into their own entity")
    q.add_argument("id")
    q.add_argument("--alias", required=True)
    _add_db(q)
    q = esub.add_parser("rename", help="set an entity's canonical name")
    q.add_argument("id")
    q.add_argument("name")
    _add_db(q)
    q = esub.add_parser("search", help="find entities by any spelling")
    q.add_argument("query")
    q.add_argument("--type", choices=("PER", "ORG", "LOC", "MISC"))
    _add_db(q)
    q = esub.add_parser("show", help="one entity as JSON")
    q.add_argument("id")
    _add_db(q)

    p = sub.add_parser("serve", help="local web UI and JSON API")
    _add_db(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    return ap


def cmd_build(a) -> int:
    from .build import build

    progress = not a.no_progress and sys.stderr.isatty()

    def on_skip(s):
        print(f"lagebild: skipped {s.line()}", file=sys.stderr)

    from .pipeline import default_specs

    report = build(a.inputs, a.db, workers=a.workers, specs=default_specs(ner=a.ner), max_bytes=a.max_bytes, batch_size=a.batch_size,
                   stdin=sys.stdin.buffer if "-" in a.inputs else None, progress=progress, on_skip=on_skip,
                   command="build " + " ".join(a.inputs), engine=a.engine, scheduler=a.scheduler)
    print(report.summary(), file=sys.stderr)
    print(f"database: {a.db}", file=sys.stderr)
    return 0 if report.ok else 1


def cmd_search(a) -> int:
    from .store import Store

    with Store(a.db, readonly=True) as st:
        hits = st.search(a.query, limit=a.limit)
    for h in hits:
        if a.json:
            print(json.dumps(h, ensure_ascii=False))
        else:
            date = h["published"] or "—"
            print(f"{h['id']}  {date[:10]:10}  {(h['outlet'] or '')[:20]:20}  {h['title'] or ''}")
            print(f"    {h['snippet']}")
    if not hits:
        print("no matches", file=sys.stderr)
    return 0


def cmd_export(a) -> int:
    from .export import export
    from .store import Store

    with Store(a.db, readonly=True) as st:
        where = export(st, a.format, a.out)
    if where != "-":
        print(f"exported {a.format} to {where}", file=sys.stderr)
    return 0


def cmd_stats(a) -> int:
    from .store import Store

    with Store(a.db, readonly=True) as st:
        print(json.dumps(st.stats(), ensure_ascii=False, indent=2))
    return 0


def cmd_ner(a) -> int:
    from .ner.conll import tag_conll

    if a.conll == "-":
        lines = sys.stdin
    else:
        if not os.path.exists(a.conll):
            raise LagebildError("E050", f"{a.conll}: no such file")
        lines = open(a.conll, encoding="utf-8")
    for out in tag_conll((l.rstrip("\n") for l in lines), mode=a.mode):
        sys.stdout.write(out + "\n")
    return 0


def cmd_timex(a) -> int:
    from .temporal.cli import timex_main

    for obj in timex_main(sys.stdin.read(), a.dct, a.domain):
        print(json.dumps(obj, ensure_ascii=False))
    return 0


def cmd_quotes(a) -> int:
    from .quotes.spkatt import annotate_dir

    src, dst = a.spkatt
    if not os.path.isdir(src):
        raise LagebildError("E051", f"{src}: not a folder")
    counts = annotate_dir(src, dst)
    print(json.dumps(counts), file=sys.stderr)
    return 0


def cmd_entity(a) -> int:
    from .entities import corrections as corr
    from .store import Store

    if a.entity_command in ("search", "show"):
        with Store(a.db, readonly=True) as st:
            if a.entity_command == "show":
                e = st.entity(a.id)
                if e is None:
                    raise LagebildError("E060", f"no entity {a.id!r}")
                print(json.dumps(e, ensure_ascii=False, indent=2))
            else:
                for e in st.entity_list(query=a.query, type=a.type):
                    print(f"{e['id']}  {e['type']:4}  {e['name']}  ({e['mention_count']} mentions; "
                          f"{', '.join(e['aliases'][:6])})")
        return 0
    with Store(a.db) as st:
        state = st.entity_state()
        if state is None:
            raise LagebildError("E061", f"{a.db}: no entities yet (build with NER first)")
        existing = st.entity_corrections()
        try:
            if a.entity_command == "merge":
                c = corr.merge(state, a.ids[0], a.ids[1], existing=existing)
            elif a.entity_command == "split":
                c = corr.split(state, a.id, a.alias, existing=existing)
            else:
                c = corr.rename(state, a.id, a.name, existing=existing)
        except LagebildError:
            raise
        except (KeyError, ValueError) as e:
            raise LagebildError("E062", str(e).strip("'\"")) from None
        st.add_entity_correction(c)
        st.save_entity_state(corr.apply(state, [c]))
    print(f"recorded correction #{c.seq}: {c.op} {c.entity}" + (f" {c.other}" if c.other else "")
          + (f" {c.value!r}" if c.value else "") + " (applied now and on every rebuild)", file=sys.stderr)
    return 0


def cmd_serve(a) -> int:
    from .web import serve

    serve(a.db, host=a.host, port=a.port)
    return 0


COMMANDS = {"build": cmd_build, "search": cmd_search, "export": cmd_export, "stats": cmd_stats, "serve": cmd_serve,
            "ner": cmd_ner, "timex": cmd_timex, "quotes": cmd_quotes, "entity": cmd_entity}


def main(argv: Optional[Sequence[str]] = None) -> int:
    a = _parser().parse_args(argv)
    try:
        return COMMANDS[a.command](a)
    except LagebildError as e:
        print(f"lagebild: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:          # e.g. `lagebild export | head`
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        print("lagebild: interrupted; stored batches are kept, re-run to complete", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
