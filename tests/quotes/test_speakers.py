"""Speaker resolution: names, surnames, pronouns, roles, institutions, neighbours (one-record
cases are rows of SPEAKERS in test_sources.py)."""
from __future__ import annotations

from lagebild.model import Mention

from .conftest import only


def test_surname_alone_resolves_to_full_name(quotes):
    text = ("Der südkoreanische Außenminister Lim Sung-nam reiste nach Tokio. "
            "„Wir brauchen Geduld“, sagte Lim.")
    q = only(quotes(text), kind="direct")
    assert q.speaker_text.endswith("Lim")
    assert text[q.speaker_start:q.speaker_end] == q.speaker_text


def test_pronoun_goes_to_previous_speaker(quotes):
    text = ("Die Bürgermeisterin Petra Hahn erklärte, der Haushalt sei ausgeglichen. "
            "Sie sagte außerdem, die Steuern würden nicht steigen.")
    qs = [q for q in quotes(text) if "Steuern" in q.text]
    assert qs and qs[0].speaker_text == "Bürgermeisterin Petra Hahn"


def test_pronoun_goes_to_the_subject_just_before_rather_than_an_older_speaker(quotes):
    text = ("„Das ist Propaganda“, sagte Kreml-Sprecher Dmitri Peskow. "
            "Der Außenminister Kuleba traf am Abend seine Amtskollegen. "
            "Er sagte: „Wir sind bereit zu reden.“")
    q = only(quotes(text), text="Wir sind bereit")
    assert q.speaker_text == "Außenminister Kuleba"


def test_pronoun_keeps_a_name_of_its_own_sentence(quotes):
    text = ("Der Außenminister Kuleba traf am Abend seine Amtskollegen. "
            "Nachdem Peskow eingetroffen war, sagte er: „Wir sind bereit.“")
    q = only(quotes(text), text="Wir sind bereit")
    assert q.speaker_text != "Außenminister Kuleba"


def test_institution_and_place_as_speaker(quotes):
    qs = quotes("Das Außenministerium erklärte, die Botschaft bleibe geschlossen. "
                "Washington behauptete, die Lieferungen seien gestoppt worden.")
    assert {q.speaker_text for q in qs} == {"Außenministerium", "Washington"}


def test_uses_ner_mentions_when_present(quotes):
    text = "„Wir bleiben“, sagte Jean-Luc van der Berg."
    start = text.index("Jean")
    m = (Mention(start, len(text) - 1, "Jean-Luc van der Berg", "PER", 0.99, "ner.test"),)
    q = only(quotes(text, mentions=m), kind="direct")
    assert q.speaker_text == "Jean-Luc van der Berg"


def test_an_extended_attribute_with_several_adjectives_stays_in_the_speaker(quotes):
    q = only(quotes("Wie das Ministerium der im Küstenstreifen regierenden radikalen Partei mitteilte, "
                    "wurde niemand verletzt."))
    assert q.speaker_text == "Ministerium der im Küstenstreifen regierenden radikalen Partei"


def test_two_bare_nouns_joined_by_und_stay_one_source(quotes):
    q = only(quotes("Bei dem Unfall wurde nach Angaben von Polizei und Rettungskräften ein Radfahrer schwer verletzt."))
    assert q.speaker_text == "Polizei und Rettungskräften"


def test_a_surname_the_tagger_reads_as_adjective_is_the_speaker(quotes):
    # "Deutsch" is tagged ADJD; nothing after the verb can be its subject
    q = only(quotes("Deutsch betonte, dass die Organisation von der Gemeinde unabhängig sei."), kind="indirect")
    assert q.speaker_text == "Deutsch"


def test_an_adverb_before_the_verb_is_no_speaker(quotes):
    q = only(quotes("Deutlich betonte er, dass die Organisation unabhängig sei."), kind="indirect")
    assert q.speaker_text == "er"


def test_an_acronym_keeps_its_place_in_the_speaker(quotes):
    q = only(quotes("Tausende kommen jede Woche über die Grenze, so die Vize-Chefin des UNHCR in Uganda, Sakura Atsumi."))
    assert q.speaker_text == "Vize-Chefin des UNHCR in Uganda, Sakura Atsumi"


def test_surname_takes_the_full_name_the_ner_found_not_the_country_before_it(quotes):
    text = ("Der Führer von Nordkorea Kim Jong-un ist getroffen mit Putin. "
            "Kim hat gesagt zu Putin: „Wir werden immer stehen an der Seite von Russland.“")
    s = text.index("Nordkorea")
    k = text.index("Kim Jong-un")
    m = (Mention(s, s + 9, "Nordkorea", "LOC", 0.99, "ner.test"),
         Mention(k, k + 11, "Kim Jong-un", "PER", 0.99, "ner.test"))
    q = only(quotes(text, mentions=m), kind="direct")
    assert q.speaker_text == "Kim Jong-un"
