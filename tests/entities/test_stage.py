from lagebild.entities import STAGE, EntityStage, LinkState
from lagebild.model import Document, Mention, RawArticle
from lagebild.registry import Registry, StageSpec


def _doc(id, text, mentions, published="2023-09-13"):
    raw = RawArticle(source=f"{id}.txt", format="txt", raw_text=text)
    ms = tuple(Mention(text.index(t), text.index(t) + len(t), t, label, 0.9, "ner.test.v1") for t, label in mentions)
    return Document(id=id, raw=raw, text=text, published=published, mentions=ms)


class FakeStore:
    def __init__(self):
        self.state, self.corrections = None, []

    def entity_state(self):
        return self.state

    def entity_corrections(self):
        return self.corrections

    def save_entity_state(self, state):
        self.state = state


def test_stage_links_documents_through_a_store():
    docs = [_doc("d1", "Kim Jong Un traf Wladimir Putin.", [("Kim Jong Un", "PER"), ("Wladimir Putin", "PER")]),
            _doc("d2", "Putin lobte Kim.", [("Putin", "PER"), ("Kim", "PER")])]
    store = FakeStore()
    stage = EntityStage()
    stage.run(docs, store)
    assert isinstance(store.state, LinkState) and len(store.state.entities) == 2
    first = {e.id for e in store.state.entities}
    stage.run(docs, store)  # re-run with the previous state
    assert {e.id for e in store.state.entities} == first


def test_stage_is_rebuildable_from_its_spec():
    reg = Registry()
    reg.register(STAGE, "lagebild.entities.stage:EntityStage")
    stage = reg.build(StageSpec.of(STAGE, window_days=10))
    assert stage.name == STAGE and stage.window_days == 10
