"""Issue 6, second pass: noun cues ("ist der Meinung, dass"), possessive and
"aus Sicht" frames, speech acts without a complement, appositions in frames,
and the weak signals of free indirect speech (singular Konjunktiv II, "soll"
with a plain infinitive). All sentences are written for these tests."""
from __future__ import annotations

import pytest

from .conftest import only


@pytest.mark.parametrize("text,cue,speaker,statement", [
    ("Der Verband ist der Meinung, dass die Regeln zu streng seien.",
     "ist der Meinung", "Verband", "dass die Regeln zu streng seien"),
    ("Die Forscherin vertritt die These, das Klima habe sich schneller verändert.",
     "vertritt die These", "Forscherin", "das Klima habe sich schneller verändert"),
    ("Die Gutachter kamen zu dem Ergebnis, dass die Brücke sicher ist.",
     "kamen zu dem Ergebnis", "Gutachter", "dass die Brücke sicher ist"),
    ("Die Anwälte sind zu dem Schluss gekommen, dass die Klage keine Aussicht habe.",
     "sind zu dem Schluss gekommen", "Anwälte", "dass die Klage keine Aussicht habe"),
    ("Der Minister äußerte die Hoffnung, dass bald eine Einigung gelingt.",
     "äußerte die Hoffnung", "Minister", "dass bald eine Einigung gelingt"),
    ("Die Trainerin zeigte sich überzeugt, dass ihre Mannschaft gewinnt.",
     "zeigte sich überzeugt", "Trainerin", "dass ihre Mannschaft gewinnt"),
    ("Beide Regierungen legten Wert darauf, dass auch andere Länder helfen.",
     "legten Wert darauf", "Beide Regierungen", "dass auch andere Länder helfen"),
])
def test_noun_cue_with_complement(quotes, text, cue, speaker, statement):
    q = only(quotes(text), kind="indirect")
    assert q.cue == cue
    assert q.speaker_text == speaker
    assert q.text == statement


def test_noun_without_complement_is_no_cue(quotes):
    assert quotes("Das ist der Schluss der Debatte, die lange dauerte.") == ()
    assert quotes("Die Meinung der Gäste war geteilt, wie immer.") == ()


def test_possessive_opinion_frame(quotes):
    text = "Die Ministerin Anna Roth sprach lange. Ihrer Meinung nach sei die Reform gescheitert."
    q = only(quotes(text), text="Reform gescheitert")
    assert q.cue == "nach"
    assert q.speaker_text == "Ministerin Anna Roth"  # the possessive resolved
    # the writer's own opinion is no attribution
    assert not [q for q in quotes("Meiner Meinung nach ist das Spiel verloren.") if q.cue == "nach"]


def test_aus_sicht_frame(quotes):
    q = only(quotes("Die Klage hat aus Sicht der Verbände keine aufschiebende Wirkung."), kind="reported")
    assert q.cue == "aus"
    assert q.speaker_text == "Verbände"
    assert quotes("Er fuhr aus der Stadt nach Hause.") == ()


def test_apposition_with_title_word_belongs_to_the_speaker(quotes):
    q = only(quotes("„Das wird nicht lange dauern“, so Matthias Berger, Präsident des Landesamtes."), kind="direct")
    assert q.speaker_text == "Matthias Berger, Präsident des Landesamtes"
    q = only(quotes("Die Lage sei ernst, so Matthias Berger, Präsident des Landesamtes."))
    assert q.speaker_text == "Matthias Berger, Präsident des Landesamtes"
    assert q.text == "Die Lage sei ernst"


def test_particle_after_apposition(quotes):
    q = only(quotes("Die Brücke bleibt bis Mai gesperrt. Dies teilte der Vorsitzende der Kommission, "
                    "Jan Roth, mit."))
    assert q.cue == "teilte mit"
    assert q.speaker_text == "Vorsitzende der Kommission, Jan Roth"
    assert "Brücke bleibt bis Mai gesperrt" in q.text


def test_media_noun_alone_after_the_verb_is_the_subject(quotes):
    q = only(quotes("Am Montag meldete der Radiosender, dass die Brücke gesperrt sei."), kind="indirect")
    assert q.speaker_text == "Radiosender"
    q = only(quotes("Er sagte der Zeitung, dass die Brücke gesperrt sei."), kind="indirect")
    assert q.speaker_text == "Er" and q.addressee_text == "der Zeitung"


@pytest.mark.parametrize("text,speaker", [
    ("Die Polizei geht bei dem Verdächtigen von Fluchtgefahr aus.", "Polizei"),
    ("Die Europäische Union hat die Regierung erneut zur Zusammenarbeit aufgefordert.", "Europäische Union"),
    ("Der Bürgermeister bat die Bewohner um Geduld.", "Bürgermeister"),
    ("Die Gewerkschaft plädiert für eine kürzere Arbeitszeit.", "Gewerkschaft"),
    ("Die Veranstalter schätzten die Zahl der Besucher auf 20.000.", "Veranstalter"),
])
def test_speech_act_without_its_words(quotes, text, speaker):
    q = only(quotes(text), kind="reported")
    assert q.speaker_text == speaker


def test_singular_konjunktiv_ii_only_continues(quotes):
    # hypothetical narration on its own is no reported speech
    assert quotes("Ohne den Regen wäre das Feuer schneller gelöscht worden.") == ()
    # right after an attribution it goes on with the same speaker
    text = "Der Sprecher sagte, der Zug fahre wieder. Ohne den Regen wäre die Strecke früher frei gewesen."
    qs = [q for q in quotes(text) if q.kind == "indirect"]
    assert {q.speaker_text for q in qs} == {"Sprecher"}
    assert any("Ohne den Regen" in q.text for q in qs)


def test_soll_plan_and_soll_report(quotes):
    # a plan ("soll … eröffnet werden") on its own is no reported speech
    assert quotes("Die neue Halle soll im Mai eröffnet werden.") == ()
    # the past reading of sollen ("soll … gestohlen haben") is reportive
    q = only(quotes("Der Mann soll mehrere Autos gestohlen haben."))
    assert q.kind == "indirect" and "gestohlen haben" in q.text


# A speech noun with its own complement clause: the noun is the cue, its genitive the speaker.

def test_a_reproach_with_a_konjunktiv_clause_nested_in_another_frame(quotes):
    qs = quotes("Den Vorwurf der Opposition, die Regierung habe gelogen, wies der Minister zurück.")
    q = only(qs, cue="Den Vorwurf")
    assert q.text == "die Regierung habe gelogen"
    assert q.speaker_text == "Opposition"
    assert only(qs, cue="wies zurück").speaker_text == "Minister"


def test_a_possessive_name_before_the_noun_is_its_speaker(quotes):
    q = only(quotes("Zu Brenners Argument, es gebe einen Mangel an Lehrern, schwieg die Ministerin."), cue="Argument")
    assert q.speaker_text == "Brenners"
    assert q.text == "es gebe einen Mangel an Lehrern"


def test_a_demand_takes_a_zu_infinitive(quotes):
    q = only(quotes("Die Forderung der Grünen, die Steuern zu senken, stieß auf Kritik."), cue="Die Forderung")
    assert q.text == "die Steuern zu senken"
    assert q.speaker_text == "Grünen"


@pytest.mark.parametrize("text", [
    "Der Vorwurf, der im Raum steht, wiegt schwer.",
    "Es gab einen Hinweis, auf den die Behörden nicht reagiert haben.",
    "Die Forderung, die am Montag kam, blieb ohne Antwort.",
])
def test_a_relative_clause_after_a_speech_noun_is_no_message(quotes, text):
    assert not [q for q in quotes(text) if q.cue and q.cue.split()[-1] in ("Vorwurf", "Hinweis", "Forderung")]


@pytest.mark.parametrize("text, speaker, cue, kind", [
    ("Der Minister lehnt die Quote ab. Sein Argument: Das Land habe schon genug Menschen aufgenommen.",
     "Minister", "Argument", "indirect"),  # "Sein" resolves to the minister
    ("Begründung des Abgeordneten Karl Moser: Es ist keine gute Sitte, Fremde zu wählen.",
     "Abgeordneten Karl Moser", "Begründung", "direct"),
    ("Die Antwort der Ministerin: Das kommt nicht in Frage.", "Ministerin", "Antwort", "direct"),
])
def test_a_speech_noun_with_its_owner_before_a_colon_frames_the_clause(quotes, text, speaker, cue, kind):
    q = only(quotes(text), cue=cue)
    assert q.speaker_text.endswith(speaker)
    assert q.kind == kind
    assert q.text.split()[0] in ("Das", "Es")


def test_a_colon_after_a_noun_without_owner_is_no_speech(quotes):
    assert not quotes("Das Ergebnis: Es gibt keine Einigung.")
