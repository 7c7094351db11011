"""One suite over both registered NER implementations."""
import pickle

from lagebild.model import Mention
from lagebild.ner import TYPES
from lagebild.ner.stage import AccurateNer, FastNer, group_tokens
from lagebild.registry import Registry, StageSpec

TEXT = ("Bundeskanzler Olaf Scholz traf am Montag in Berlin den Chef der Nato. "
        "Die Gespräche dauerten drei Stunden.")


def test_stage_contract(stage, mode):
    assert stage.name == f"ner.{mode}.v1"
    assert stage.provides == ("mentions",)
    assert set(stage.requires) == {"tokens", "sentences"}
    assert stage.languages == frozenset({"de"})


def test_mentions_point_into_text(stage, doc):
    d = doc(TEXT)
    out = stage(d)
    assert out.mentions, "expected some mentions"
    for m in out.mentions:
        assert isinstance(m, Mention)
        assert d.text[m.start:m.end] == m.text
        assert m.label in TYPES
        assert 0.0 < m.score <= 1.0
        assert m.stage == stage.name
    found = {(m.text, m.label) for m in out.mentions}
    assert ("Olaf Scholz", "PER") in found
    assert ("Berlin", "LOC") in found
    assert out.text == d.text and out.tokens == d.tokens


def test_same_label_set_for_both_modes(gold):
    from lagebild.ner import get_tagger

    words = [w for w, _ in gold[:20]]
    fast = {t for s in get_tagger("fast").tag(words) for t, _ in s}
    acc = {t for s in get_tagger("accurate").tag(words) for t, _ in s}
    from lagebild.ner import TAGS
    assert fast <= set(TAGS) and acc <= set(TAGS)


def test_empty_document(stage, doc):
    assert stage(doc("")).mentions == ()


def test_picklable_and_rebuildable(stage):
    clone = pickle.loads(pickle.dumps(stage))
    assert clone.name == stage.name
    r = Registry()
    r.register("ner.fast.v1", "lagebild.ner.stage:FastNer")
    r.register("ner.accurate.v1", "lagebild.ner.stage:AccurateNer")
    assert isinstance(r.build(StageSpec.of("ner.fast.v1")), FastNer)
    assert isinstance(r.build(StageSpec.of("ner.accurate.v1")), AccurateNer)


def test_group_tokens_by_sentence(doc):
    d = doc("Eins zwei. Drei vier fünf.")
    groups = group_tokens(d.sentences, d.tokens)
    assert [[t.text for t in g] for g in groups] == [["Eins", "zwei", "."], ["Drei", "vier", "fünf", "."]]


def test_long_sentence_does_not_fail(stage, doc):
    text = " ".join(["Angela Merkel besuchte Paris und Rom"] * 120) + "."
    out = stage(doc(text))
    assert any(m.label == "PER" for m in out.mentions)


def test_in_the_real_pipeline(mode):
    """Through clean, langid and Lagebild's own segmenter, as `lagebild build` runs it."""
    from lagebild.pipeline import analyse_text, default_specs

    text = ("Kreml-Sprecher Dmitri Peskow sagte am Dienstag in Moskau, Putins Reise nach "
            "Pjöngjang sei seit langem geplant gewesen. Die nordkoreanische Nachrichtenagentur "
            "KCNA bestätigte den Besuch.")
    doc = analyse_text(text, specs=default_specs(ner=mode))
    assert f"ner.{mode}.v1" in doc.stages
    found = {(m.text, m.label) for m in doc.mentions}
    assert ("Dmitri Peskow", "PER") in found
    assert ("Moskau", "LOC") in found
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
