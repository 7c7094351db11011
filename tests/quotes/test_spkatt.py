"""SpkAtt-2023 interface: read gold-tokenised JSON, write predictions, score them."""
from __future__ import annotations

import json

import pytest

from lagebild.quotes import annotate_dir, score_dirs
from lagebild.quotes.spkatt import Scorer, predict, result_table, score_pairs

DOC = {
    "Annotations": [
        {"Addr": [], "Cue": ["0:6"], "Form": "Direct", "Frame": ["0:6", "0:7", "0:8"], "HasNested": False,
         "IsNested": False, "Message": ["0:0", "0:1", "0:2", "0:3", "0:4"], "STWR": "Speech",
         "Source": ["0:7", "0:8"]},
        {"Addr": [], "Cue": ["1:2"], "Form": "Indirect", "Frame": ["1:0", "1:1", "1:2", "1:3"],
         "HasNested": False, "IsNested": False, "Message": ["1:4", "1:5", "1:6", "1:7"], "STWR": "Speech",
         "Source": ["1:0", "1:1"]},
    ],
    "DocumentName": "selbst geschrieben",
    "Sentences": [
        {"SentenceId": 0, "Tokens": ["„", "Wir", "sind", "bereit", "“", ",", "sagte", "die", "Ministerin", "."]},
        {"SentenceId": 1, "Tokens": ["Die", "Polizei", "erklärte", ",", "niemand", "sei", "verletzt", "worden", "."]},
    ],
}


def test_predict_uses_gold_tokens():
    anns = predict([s["Tokens"] for s in DOC["Sentences"]])
    forms = {a["Form"] for a in anns}
    assert forms == {"Direct", "Indirect"}
    direct = next(a for a in anns if a["Form"] == "Direct")
    assert direct["Message"] == ["0:0", "0:1", "0:2", "0:3", "0:4"]
    assert direct["Cue"] == ["0:6"] and direct["Source"] == ["0:7", "0:8"]
    assert set(direct) >= {"Addr", "Cue", "Form", "Frame", "HasNested", "IsNested", "Message", "STWR", "Source"}


def test_annotate_dir_and_score(tmp_path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    counts = annotate_dir(gold, out)
    assert counts == {"documents": 1, "annotations": 2}
    written = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert written["Sentences"] == DOC["Sentences"]
    res = score_dirs(gold, out)
    assert res["Message"]["f1"] == 100.0
    assert res["Source"]["f1"] == 100.0
    assert res["joint"]["f1"] == 100.0


def test_scorer_counts_partial_overlap():
    sc = Scorer()
    gold = [{"Message": ["0:1", "0:2", "0:3", "0:4"], "Cue": ["0:0"], "Source": []}]
    pred = [{"Message": ["0:2", "0:3"], "Cue": ["0:0"], "Source": ["0:9"]},
            {"Message": ["1:0"], "Cue": [], "Source": []}]
    sc.add(gold, pred)
    r = sc.result()
    assert r["Message"]["p"] == round(100 * 2 / 3, 1)
    assert r["Message"]["r"] == 50.0
    assert r["Cue"]["f1"] == 100.0
    assert r["Source"]["p"] == 0.0


def test_score_pairs_scores_all_and_top_level_annotations():
    gold = [{"Message": ["0:1", "0:2"], "Cue": ["0:0"], "Source": ["0:3"]},
            {"Message": ["0:2"], "Cue": [], "Source": [], "IsNested": True}]
    pred = [{"Message": ["0:1", "0:2"], "Cue": ["0:0"], "Source": ["0:3"]}]
    r = score_pairs([(gold, pred)])
    assert r["top-level only"]["Message"]["f1"] == 100.0
    assert r["all annotations"]["Message"]["r"] == round(100 * 2 / 3, 1)
    assert "Source    100.0  100.0  100.0" in result_table(r["top-level only"])


def test_relay_and_origin_of_zitieren_are_two_annotations():
    toks = "„ Das ist eine Größenordnung , die wir selten sehen “ , zitiert ndr.de Polizeisprecher Jan Meyer .".split()
    anns = predict([toks])
    assert len(anns) == 2
    relay, origin = anns
    assert [toks[int(i.split(":")[1])] for i in relay["Source"]] == ["ndr.de"]
    assert [toks[int(i.split(":")[1])] for i in relay["Cue"]] == ["zitiert"]
    assert [toks[int(i.split(":")[1])] for i in origin["Source"]] == ["Polizeisprecher", "Jan", "Meyer"]
    assert origin["Cue"] == [] and origin["IsNested"] is True
    assert origin["Message"] == relay["Message"]


def test_quote_under_a_thought_verb_inside_reported_speech_keeps_the_outer_speaker():
    toks = ("Wie der Minister am Dienstag erklärte , sieht die Regierung in dem Plan „ keine Gefahr "
            "für die Bürger “ .").split()
    anns = predict([toks])
    nested = next(a for a in anns if a["Form"] == "Direct")
    assert nested["IsNested"] is True
    assert [toks[int(i.split(":")[1])] for i in nested["Source"]] == ["der", "Minister"]
    assert [toks[int(i.split(":")[1])] for i in nested["Cue"]] == ["Wie", "erklärte"]


def test_closing_mark_split_off_at_sentence_start_is_no_part_of_the_speaker():
    sents = ["Sie zogen unter dem Motto „ Nie wieder Krieg !".split(), ["Abpfeifen"],
             "! “ Innenminister Jan Holm sagte , die Kritik müsse man hinnehmen .".split()]
    anns = predict(sents)
    said = next(a for a in anns if a["Form"] == "Indirect")
    assert [sents[2][int(i.split(":")[1])] for i in said["Source"]] == ["Innenminister", "Jan", "Holm"]


def test_verb_final_als_clause_speaker():
    toks = "Als ein Sprecher der Polizei am Abend sagte , dass niemand verletzt sei , war die Straße frei .".split()
    said = next(a for a in predict([toks]) if a["Form"] == "Indirect")
    assert [toks[int(i.split(":")[1])] for i in said["Source"]][-3:] == ["Sprecher", "der", "Polizei"]


def test_quoted_noun_inside_reported_speech_is_a_label_but_a_quoted_adjective_is_nested_speech():
    label = "Der Sprecher sagte , der Bericht sei eine „ Zeitungsente “ .".split()
    assert [a["Form"] for a in predict([label])] == ["Indirect"]
    word = "Der Sprecher sagte , die Lage sei „ unübersichtlich “ .".split()
    nested = next(a for a in predict([word]) if a["Form"] == "Direct")
    assert nested["IsNested"] is True and [word[int(i.split(":")[1])] for i in nested["Message"]][1] == "unübersichtlich"


@pytest.mark.parametrize("sentences", [
    # a comma or "nicht" as the very last token of the document once ran past its end
    [["machte", "Sollten", "dass", "der", "hält", "das", "darin", "dass", "in", "es", ","]],
    [[".", "Uganda", "darin", "das", "Uganda", "sagte", "habe", "erschossen", "der", "der", "zufolge", "betonte",
      "UNHCR", "Im"]],
    [["Er", "sagte", "nicht"]],
])
def test_broken_token_sequences_do_not_crash(sentences):
    assert isinstance(predict(sentences, ner=None), list)
