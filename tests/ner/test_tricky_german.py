"""Tricky German cases, written for Lagebild, checked in both modes."""
import pytest



def test_genitive_name_is_the_person(mentions_of):
    found = mentions_of("Putins Reise nach Pjöngjang kam für viele Beobachter überraschend.")
    assert ("Putins", "PER") in found
    assert ("Pjöngjang", "LOC") in found


def test_genitive_place(mentions_of):
    found = mentions_of("Moskaus Bürgermeister ließ die Feier kurzfristig absagen.")
    assert ("Moskaus", "LOC") in found


@pytest.mark.parametrize("text", [
    "Die russische Regierung wies die Vorwürfe am Abend zurück.",
    "Deutsche Unternehmen investieren weniger in chinesische Fabriken.",
    "Die französische Armee beendet ihren Einsatz in der Region.",
])
def test_nationality_adjectives_are_not_entities(mentions_of, stage, text):
    found = mentions_of(text)
    bad = [m for m in found if m[0].split()[0].lower() in {"russische", "deutsche", "chinesische", "französische"}]
    if bad and stage.name == "ner.fast.v1" and text.startswith("Deutsche "):
        pytest.xfail("known weakness of ner.fast.v1: sentence-initial 'Deutsche Unternehmen' read as an "
                     "organisation name (like 'Deutsche Bank'); tracked as open NER work")
    assert not bad, found


@pytest.mark.parametrize("text", [
    "Die Regierung beschloss am Montag neue Regeln für Mieter und Vermieter.",
    "Der Bürgermeister warnte vor Hochwasser und rief die Anwohner zur Vorsicht auf.",
    "Nach dem Unfall sperrte die Polizei die Straße für mehrere Stunden.",
])
def test_capitalised_common_nouns_are_not_entities(mentions_of, text):
    assert mentions_of(text) == []


def test_compound_with_a_name_is_not_a_name(mentions_of):
    found = mentions_of("Kreml-Sprecher Dmitri Peskow sagte, die Gespräche seien konstruktiv gewesen.")
    assert ("Dmitri Peskow", "PER") in found
    assert not any("Kreml-Sprecher" in text for text, _ in found), found


def test_hyphenated_place_name(mentions_of):
    found = mentions_of("Die Parade fand auf dem Kim-Il-Sung-Platz im Zentrum der Stadt statt.")
    assert ("Kim-Il-Sung-Platz", "LOC") in found


@pytest.mark.parametrize("text,agency", [
    ("Laut KCNA nahm auch der Staatschef an der Zeremonie teil.", "KCNA"),
    ("Das meldete die Nachrichtenagentur dpa am Dienstag.", "dpa"),
    ("Wie Reuters unter Berufung auf Insider berichtet, ist eine Einigung nah.", "Reuters"),
])
def test_agencies_and_outlets_are_organisations(mentions_of, text, agency):
    assert (agency, "ORG") in mentions_of(text)
