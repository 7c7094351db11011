from lagebild.build import build
from lagebild.export import iter_records
from lagebild.store import Store

TEXTS = [f"Meldung {i}: Im Hamburger Hafen lagen am Dienstag {i} Schiffe vor Anker. Die Lage blieb ruhig."
         for i in range(12)]


def _dump(db):
    with Store(db) as st:
        arts = [{k: v for k, v in a.items() if k not in ("ingested_at", "run_id")} for a in st.iter_articles()]
        return sorted(arts, key=lambda a: a["id"]), list(iter_records(st, "sentences"))


def test_two_workers_give_the_same_result_as_one(write, tmp_path):
    paths = [write(f"m{i}.txt", t) for i, t in enumerate(TEXTS)]
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    r1 = build(paths, one, workers=1)
    r2 = build(paths, two, workers=2)
    assert r1.stored == r2.stored == 12 and r2.workers == 2
    assert _dump(one)[0] == _dump(two)[0]
    assert sorted(map(str, _dump(one)[1])) == sorted(map(str, _dump(two)[1]))
