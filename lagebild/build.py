"""Build: inputs in, analysed articles stored. The library function behind ``lagebild build``."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Iterable, Optional

from .dedup import DedupStage
from .engine import make_engine
from .engine.worker import Unchanged, pipeline_signature
from .ingest import expand_inputs
from .ingest.sources import DEFAULT_MAX_BYTES
from .model import Document, Skipped
from .pipeline import default_specs
from .registry import StageSpec
from .store import Store


@dataclass
class BuildReport:
    read: int = 0                 # articles read (stored + unchanged)
    stored: int = 0
    unchanged: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    languages: Counter = field(default_factory=Counter)
    tokens: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    workers: int = 1
    run_id: Optional[int] = None
    sibling_dated: int = 0        # undated articles dated from their siblings
    claim_groups: int = 0
    entities: int = 0

    @property
    def ok(self) -> bool:
        return not self.skipped

    def summary(self) -> str:
        lines = [
            f"read {self.read} article(s): {self.stored} stored, {self.unchanged} unchanged, "
            f"{self.exact_duplicates} exact and {self.near_duplicates} near duplicate(s) linked, "
            f"{len(self.skipped)} input(s) skipped",
        ]
        if self.entities:
            lines.append(f"entities after linking: {self.entities}")
        if self.sibling_dated:
            lines.append(f"dated from sibling articles: {self.sibling_dated}")
        if self.languages:
            lines.append("languages: " + ", ".join(f"{k or '?'} {v}" for k, v in self.languages.most_common()))
        if self.skipped:
            reasons = Counter(s.reason.split(":")[0] for s in self.skipped)
            lines.append("skipped: " + "; ".join(f"{n}× {r}" for r, n in reasons.most_common(8)))
        return "\n".join(lines)


def build(
    inputs: Iterable[str], db_path: str, *, workers: int = 1, specs: Optional[tuple[StageSpec, ...]] = None,
    batch_size: int = 200, max_bytes: int = DEFAULT_MAX_BYTES, stdin: Optional[IO[bytes]] = None,
    progress: bool = False, on_skip=None, command: str = "build", engine: str = "local",
    scheduler: Optional[str] = None,
) -> BuildReport:
    """Read, analyse, dedup and store. Each batch is one transaction, so a crash or
    kill leaves the database consistent and a re-run completes the work."""
    t0 = time.perf_counter()
    specs = tuple(specs or default_specs())
    sources = list(expand_inputs(inputs, stdin=stdin))
    report = BuildReport(workers=workers)
    store = Store(db_path)
    runner = make_engine(engine, specs, workers=workers, db_path=db_path, max_bytes=max_bytes, scheduler=scheduler)
    dedup = DedupStage().load(store)
    run_id = report.run_id = store.start_run(command, [s.name for s in specs])
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(sources), unit="file", desc="build", leave=False)
    pending_docs: list = []
    pending_skips: list[Skipped] = []
    signature = pipeline_signature([s.name for s in specs])
    status = "failed"
    try:
        for res in runner.map(sources):
            for k, v in res.timings.items():
                report.stage_seconds[k] = report.stage_seconds.get(k, 0.0) + v
            report.tokens += res.tokens
            for item in res.results:
                if isinstance(item, Skipped):
                    report.skipped.append(item)
                    pending_skips.append(item)
                    if on_skip:
                        on_skip(item)
                elif isinstance(item, Unchanged):
                    report.read += 1
                    report.unchanged += 1
                else:
                    assert isinstance(item, Document)
                    report.read += 1
                    report.languages[item.language] += 1
                    dd = dedup.check(item)
                    if dd.kind == "exact":
                        report.exact_duplicates += 1
                    elif dd.kind == "near":
                        report.near_duplicates += 1
                    pending_docs.append((item, dd))
            if bar is not None:
                bar.update(1)
            if len(pending_docs) + len(pending_skips) >= batch_size:
                _flush(store, pending_docs, pending_skips, run_id, signature, report)
        _flush(store, pending_docs, pending_skips, run_id, signature, report)
        if report.stored and any(sp.name == "temporal.rules.v1" for sp in specs):
            from .temporal.siblings import SiblingDates

            report.sibling_dated = SiblingDates().run(store)
        if report.stored and any(sp.name.startswith("ner.") for sp in specs):
            from .entities.corpus import link_store

            report.entities = len(link_store(store).entities)
        if any(sp.name == "claims.rules.v1" for sp in specs) and (report.stored or _groups_missing(store)):
            # also when a database written before the claim groups existed is built again with nothing new
            from .claims.corpus import ClaimGroups

            report.claim_groups = ClaimGroups().run(store)
        status = "ok" if report.ok else "completed with skipped inputs"
    finally:
        if bar is not None:
            bar.close()
        report.seconds = time.perf_counter() - t0
        store.finish_run(run_id, {"read": report.read, "stored": report.stored, "unchanged": report.unchanged,
                                  "duplicates": report.exact_duplicates + report.near_duplicates,
                                  "skipped": len(report.skipped)}, status)
        store.close()
    return report


def _groups_missing(store: Store) -> bool:
    """Claims stored, but no claim group (an upgraded database)."""
    return bool(store.conn.execute("SELECT 1 FROM claims LIMIT 1").fetchone()) \
        and not store.conn.execute("SELECT 1 FROM claim_groups LIMIT 1").fetchone()


def _flush(store: Store, docs: list, skips: list[Skipped], run_id: int, signature: str, report: BuildReport) -> None:
    if not docs and not skips:
        return
    store.write_batch(docs, skips, run_id, signature)
    report.stored += len(docs)
    docs.clear()
    skips.clear()
