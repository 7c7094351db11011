import pytest

from lagebild.segment import split_sentences, tokenize


def sents(text):
    return [text[s:e] for s, e in split_sentences(text)]


def toks(text):
    return [text[s:e] for s, e in tokenize(text)]


def test_abbreviations_do_not_end_sentences():
    t = "Dr. Müller traf u. a. den Botschafter, z. B. in Berlin. Danach kam Prof. Schmidt."
    assert sents(t) == ["Dr. Müller traf u. a. den Botschafter, z. B. in Berlin.", "Danach kam Prof. Schmidt."]


def test_art_ends_a_sentence_unless_a_number_follows():
    t = "Der Verband warnte vor dem Aussterben der Art. Bhutan zählte 103 Tiger. Nach Art. 5 Abs. 2 gilt das."
    assert sents(t) == ["Der Verband warnte vor dem Aussterben der Art.", "Bhutan zählte 103 Tiger.",
                        "Nach Art. 5 Abs. 2 gilt das."]


def test_ordinal_dates_stay_in_one_sentence():
    t = "Am 13. September trafen sie sich. Am 3. und 4. Oktober folgte die 2. Runde."
    assert sents(t) == ["Am 13. September trafen sie sich.", "Am 3. und 4. Oktober folgte die 2. Runde."]
    assert "13." in toks(t) and "September" in toks(t)


def test_year_at_sentence_end_still_splits():
    assert sents("Das geschah 2019. Dann kam die Wende.") == ["Das geschah 2019.", "Dann kam die Wende."]


@pytest.mark.parametrize("text,expected", [
    ("„Wir sind bereit“, sagte Peskow. Dann ging er.", ["„Wir sind bereit“, sagte Peskow.", "Dann ging er."]),
    ("„Das ist gut.“ Er lächelte.", ["„Das ist gut.“", "Er lächelte."]),
    ("»Niemals!«, rief sie. »Nie wieder.«", ["»Niemals!«, rief sie.", "»Nie wieder.«"]),
])
def test_quotes(text, expected):
    assert sents(text) == expected


def test_hyphenated_compounds_are_single_tokens():
    t = "Der Kreml-Sprecher stand auf dem Kim-Il-Sung-Platz, die Ein- und Ausfuhr stieg."
    tk = toks(t)
    assert "Kreml-Sprecher" in tk and "Kim-Il-Sung-Platz" in tk and "Ein-" in tk


def test_dotted_names_are_single_tokens_but_a_missing_space_after_a_full_stop_is_not_joined():
    assert toks("sagte ver.di-Verhandlungsführerin Kölling laut tagesschau.de.") == [
        "sagte", "ver.di-Verhandlungsführerin", "Kölling", "laut", "tagesschau.de", "."]
    assert toks("Das ist das Ende.Die Welt") == ["Das", "ist", "das", "Ende", ".", "Die", "Welt"]
    assert sents("Laut spiegel.de kam er. Dann ging er.") == ["Laut spiegel.de kam er.", "Dann ging er."]


def test_numbers_and_dates_are_single_tokens():
    tk = toks("Am 13.09.2023 um 14:00 kamen 2.000 Soldaten, 3,5 Prozent mehr.")
    for t in ("13.09.2023", "14:00", "2.000", "3,5"):
        assert t in tk


def test_offsets_are_exact():
    t = "Putins Reise nach „Wostotschny“ dauerte 2 Tage. Kims Zug fuhr weiter."
    for s, e in tokenize(t):
        assert t[s:e].strip() == t[s:e] and t[s:e]
    for s, e in split_sentences(t):
        assert t[s:e] == t[s:e].strip()


def test_paragraph_break_ends_sentence_without_punctuation():
    assert sents("Kim trifft Putin\n\nDer Besuch begann am Mittwoch.") == ["Kim trifft Putin", "Der Besuch begann am Mittwoch."]
