"""The stage contract: names, requirements, rebuild from (name, config), records."""
from __future__ import annotations

import pickle

from lagebild.model import Quote
from lagebild.registry import Registry, StageSpec
from lagebild.quotes import QuoteStage, find_quotes


def test_contract():
    st = QuoteStage()
    assert st.name == "quotes.rules.v1"
    assert st.provides == ("quotes",)
    assert set(st.requires) == {"text", "sentences", "tokens"}
    assert st.languages == frozenset({"de"})


def test_rebuild_from_spec_and_pickle(doc):
    reg = Registry()
    reg.register("quotes.rules.v1", "lagebild.quotes.stage:QuoteStage")
    st = reg.build(StageSpec.of("quotes.rules.v1"))
    st2 = pickle.loads(pickle.dumps(st))
    d = doc("„Wir kommen wieder“, sagte die Trainerin.")
    assert st(d).quotes == st2(d).quotes


def test_records_are_stand_off(doc):
    d = QuoteStage()(doc("Die Trainerin sagte, das Team sei in Form. „Wir kommen wieder“, sagte sie."))
    assert d.quotes and all(isinstance(q, Quote) for q in d.quotes)
    for q in d.quotes:
        assert d.text[q.start:q.end].startswith(q.text.split(" … ")[0])
        assert d.text[q.cue_start:q.cue_end].startswith(q.cue.split()[0])
        assert q.stage == "quotes.rules.v1"


def test_empty_document(doc):
    assert QuoteStage()(doc("")).quotes == ()


def test_plain_text_api_segments_itself():
    qs = find_quotes("Der Sprecher sagte, die Lage sei ruhig.")
    assert [q.text for q in qs] == ["die Lage sei ruhig"]
