from lagebild.build import build
from lagebild.store import Store

BASE = ("Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un haben bei ihrem Treffen im "
        "Fernen Osten eine engere Zusammenarbeit vereinbart. Die beiden Politiker sprachen am Mittwoch auf dem "
        "Kosmodrom Wostotschny zunächst im großen Kreis und anschließend unter vier Augen. Kim lud Putin zu einem "
        "Gegenbesuch nach Pjöngjang ein, der Kreml nahm die Einladung an. Über Waffenlieferungen sei nicht "
        "gesprochen worden, sagte Kremlsprecher Dmitri Peskow am Abend vor Journalisten.")
EDITED = BASE.replace("am Abend vor Journalisten.", "am Abend vor Journalisten in Moskau. Die USA zeigten sich besorgt.")
OTHER = ("Im Hamburger Hafen hat am Dienstagmorgen ein Warnstreik begonnen. Die Gewerkschaft ver.di fordert "
         "mehr Lohn für die Beschäftigten an den drei Containerterminals, die Arbeitgeber lehnen das ab.")


def test_exact_and_near_duplicates_are_linked_not_dropped(write, db):
    a, b, c, d = write("a.txt", BASE), write("b.txt", BASE), write("c.txt", EDITED), write("d.txt", OTHER)
    r = build([a, b, c, d], db)
    assert (r.stored, r.exact_duplicates, r.near_duplicates) == (4, 1, 1)
    with Store(db) as st:
        by_src = {x["source"]: x for x in st.iter_articles()}
    orig = by_src[a]["id"]
    assert by_src[b]["duplicate_of"] == orig and by_src[b]["duplicate_kind"] == "exact"
    assert by_src[c]["duplicate_of"] == orig and by_src[c]["duplicate_kind"] == "near"
    assert by_src[c]["duplicate_similarity"] >= 0.6
    assert by_src[d]["duplicate_of"] is None


def test_later_batches_link_to_stored_originals(write, db):
    build([write("a.txt", BASE)], db)
    r = build([write("c.txt", EDITED)], db)
    assert r.near_duplicates == 1
