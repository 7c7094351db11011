import numpy as np

from lagebild.ner.labels import TAGS, TYPES, spans, viterbi_bio
from lagebild.ner.metrics import score


def test_label_set():
    assert TYPES == ("PER", "ORG", "LOC", "MISC")
    assert TAGS[0] == "O" and len(TAGS) == 9


def test_spans_conlleval_style():
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG")]
    assert spans(["B-PER", "I-ORG"]) == [(0, 1, "PER"), (1, 2, "ORG")]


def test_viterbi_never_starts_with_inside():
    lp = np.log(np.full((3, len(TAGS)), 0.01))
    lp[:, TAGS.index("I-PER")] = np.log(0.9)
    best = [TAGS[k] for k in viterbi_bio(lp)]
    assert best[0] != "I-PER"
    assert spans(best) and all(t != "O" for t in best[1:])


def test_score_exact_span():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    s = score(gold, pred)
    assert s["micro"].tp == 1 and s["micro"].fp == 1 and s["micro"].fn == 1
    assert s["LOC"].f1 == 1.0 and s["PER"].f1 == 0.0
    only = score(gold, pred, types=("LOC",))
    assert only["micro"].f1 == 1.0
