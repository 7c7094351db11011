"""The dask engine gives the same database as the local one, skips what fails on a
worker without losing the batch, and does not re-analyse stored articles."""
import pytest

pytest.importorskip("distributed")

from lagebild.build import build  # noqa: E402
from lagebild.engine import make_engine  # noqa: E402
from lagebild.engine import worker as worker_mod  # noqa: E402
from lagebild.errors import LagebildError  # noqa: E402
from lagebild.export import iter_records  # noqa: E402
from lagebild.ingest import Source  # noqa: E402
from lagebild.store import Store  # noqa: E402

TEXTS = [
    "Berlin (dpa) - Bundeskanzler Friedrich Merz ist am Dienstag nach Paris gereist. "
    "„Wir stehen zusammen“, sagte Merz nach dem Treffen mit Präsident Emmanuel Macron.",
    "Seoul. Laut KCNA hat Nordkorea am Montag erneut eine Rakete getestet. "
    "Das Verteidigungsministerium in Seoul erklärte, man beobachte die Lage genau.",
    "Kiew - Der ukrainische Präsident Wolodymyr Selenskyj hat die Angriffe verurteilt. "
    "Die Regierung in Moskau bestritt, dass zivile Ziele getroffen worden seien.",
]


def _dump(db):
    with Store(db) as st:
        arts = [{k: v for k, v in a.items() if k not in ("ingested_at", "run_id")} for a in st.iter_articles()]
        recs = {kind: sorted(map(str, iter_records(st, kind))) for kind in ("sentences", "quotes", "claims", "timexes")}
    return sorted(arts, key=lambda a: a["id"]), recs


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as lc, \
            Client(lc) as client:
        yield client


def test_dask_engine_stores_the_same_as_the_local_engine(write, tmp_path):
    paths = [write(f"d{i}.txt", t) for i, t in enumerate(TEXTS)] + [write("leer.txt", "")]
    local, dask = str(tmp_path / "local.db"), str(tmp_path / "dask.db")
    r1 = build(paths, local, workers=1)
    r2 = build(paths, dask, workers=2, engine="dask")     # a real local cluster of 2 worker processes
    assert r1.stored == r2.stored == 3
    assert [s.source for s in r2.skipped] == [s.source for s in r1.skipped] and len(r2.skipped) == 1
    assert "leer.txt" in r2.skipped[0].source
    assert _dump(local) == _dump(dask)
    # a re-run sends the stored ids to the workers: nothing is analysed again
    r3 = build(paths, dask, workers=2, engine="dask")
    assert r3.stored == 0 and r3.unchanged == 3


def _explode_on_second(src, specs, max_bytes, stored_ids=None):
    if src.name.endswith("d1.txt"):
        raise MemoryError("worker ran out of memory")
    return worker_mod.process_remote(src, specs, max_bytes, stored_ids)


def test_a_failed_task_becomes_a_skipped_record_and_the_batch_completes(write, tmp_path, monkeypatch, cluster):
    from lagebild.engine import dask_engine
    from lagebild.pipeline import default_specs

    monkeypatch.setattr(dask_engine, "process_remote", _explode_on_second)
    paths = [write(f"d{i}.txt", t) for i, t in enumerate(TEXTS)]
    engine = dask_engine.DaskEngine(tuple(default_specs(ner="none")), client=cluster)
    results = list(engine.map([Source(name=p, path=p) for p in paths]))
    assert len(results) == 3                                   # input order kept
    failed = results[1].results
    assert len(failed) == 1 and failed[0].stage == "engine"
    assert "d1.txt" in failed[0].source and "MemoryError" in failed[0].reason and "S003" in failed[0].reason
    assert all(r.results and r.results[0].__class__.__name__ == "Document" for r in (results[0], results[2]))


def test_an_unreachable_scheduler_is_a_clear_error_and_the_database_is_untouched(write, tmp_path, monkeypatch):
    monkeypatch.setenv("LAGEBILD_DASK_CONNECT_TIMEOUT", "2")
    db = str(tmp_path / "keep.db")
    build([write("a.txt", TEXTS[0])], db)
    before = _dump(db)
    with pytest.raises(LagebildError) as e:
        build([write("b.txt", TEXTS[1])], db, scheduler="tcp://127.0.0.1:9")
    assert e.value.code == "S002" and "127.0.0.1:9" in e.value.message
    assert _dump(db) == before


def test_unknown_engine_is_rejected():
    with pytest.raises(LagebildError, match="unknown engine"):
        make_engine("spark", ())
