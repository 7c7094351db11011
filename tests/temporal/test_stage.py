"""The document stage, its corpus helper and the CLI function."""
import json
import pickle

import pytest

from lagebild.errors import LagebildError
from lagebild.model import Document, RawArticle, Sentence
from lagebild.temporal.cli import timex_main
from lagebild.temporal.stage import TemporalStage, date_group


def _doc(text: str, published=None, doc_id="a1") -> Document:
    raw = RawArticle(source=f"{doc_id}.txt", format="txt", raw_text=text, published=published)
    return Document(id=doc_id, raw=raw, text=text, language="de", published=published,
                    sentences=(Sentence(0, len(text), "segment.rules.v1"),))


def test_contract():
    st = TemporalStage()
    assert st.name == "temporal.rules.v1"
    assert st.provides == ("timexes", "published")
    assert st.requires == ("text", "sentences")
    assert st.languages == frozenset({"de"})
    assert pickle.loads(pickle.dumps(st)).name == st.name


def test_metadata_date_is_kept_and_used():
    doc = TemporalStage()(_doc("Gestern tagte der Rat.", published="2023-09-14T10:00:00+02:00"))
    assert doc.published == "2023-09-14T10:00:00+02:00" and not doc.published_inferred
    assert [t.value for t in doc.timexes] == ["2023-09-13"]


def test_missing_date_is_inferred_and_used(undated_article):
    doc = TemporalStage()(_doc(undated_article))
    assert doc.published == "2023-09-14" and doc.published_inferred
    assert 0 <= doc.published_confidence <= 1
    values = {t.text: t.value for t in doc.timexes}
    assert values["Mittwoch"] == "2023-09-13"
    assert values["Freitag"] == "2023-09-15"


def test_no_evidence_leaves_the_date_empty():
    doc = TemporalStage()(_doc("Am Mittwoch tagte der Rat."))
    assert doc.published is None and not doc.published_inferred
    assert doc.timexes[0].value.startswith("XXXX")


def test_domain_is_checked():
    with pytest.raises(ValueError):
        TemporalStage(domain="poetry")


def test_date_group_borrows_from_siblings():
    a = TemporalStage()(_doc("Am Mittwoch tagte der Rat.", doc_id="a"))
    b = TemporalStage()(_doc("Der Rat tagte am Mittwoch.", published="2023-09-14", doc_id="b"))
    out = date_group([a, b])
    assert out[1] is b
    assert out[0].published == "2023-09-14" and out[0].published_inferred
    assert out[0].timexes[0].value == "2023-09-13"


def test_cli_objects():
    out = timex_main("Am Mittwoch tagte der Rat, in den kommenden Tagen wird entschieden.", "2023-09-14")
    assert [o["value"] for o in out] == ["2023-09-13", "FUTURE_REF"]
    assert set(out[0]) == {"start", "end", "text", "type", "value", "granularity", "anchor"}
    assert out[1]["range_start"] == "2023-09-15"
    json.dumps(out)


def test_cli_infers_the_date(undated_article):
    out = timex_main(undated_article, None)
    assert out and all(o["dct_inferred"] for o in out)


def test_cli_rejects_a_bad_date():
    with pytest.raises(LagebildError):
        timex_main("Gestern.", "14.09.2023")
