"""Indirect speech (dass-clauses, Konjunktiv I) and reported attribution."""
from __future__ import annotations

import pytest

from .conftest import only


def test_konjunktiv_clause(quotes):
    q = only(quotes("Der Verteidigungsminister sagte, er sei zu Verhandlungen bereit."), kind="indirect")
    assert q.text == "er sei zu Verhandlungen bereit"
    assert q.cue == "sagte"
    assert q.speaker_text == "Verteidigungsminister"


def test_konjunktiv_clause_with_country_subject(quotes):
    q = only(quotes("Lawrow erklärte am Mittwoch, Russland halte sich an alle Vereinbarungen."), kind="indirect")
    assert q.text == "Russland halte sich an alle Vereinbarungen"
    assert q.speaker_text == "Lawrow"


def test_dass_clause_and_particle_verb(quotes):
    q = only(quotes("Die Polizei teilte mit, dass der Verdächtige gefasst worden sei."), kind="indirect")
    assert q.text.startswith("dass der Verdächtige")
    assert q.cue == "teilte mit"
    assert q.speaker_text == "Polizei"


def test_trailing_frame(quotes):
    q = only(quotes("Die Verhandlungen seien gescheitert, sagte ein Diplomat in Genf."), kind="indirect")
    assert q.text == "Die Verhandlungen seien gescheitert"
    assert q.speaker_text == "Diplomat in Genf" or q.speaker_text == "Diplomat"


def test_addressee(quotes):
    q = only(quotes("Der Minister sagte der Zeitung, die Reform komme im Herbst."), kind="indirect")
    assert q.addressee_text == "der Zeitung"
    assert q.speaker_text == "Minister"


@pytest.mark.parametrize("text,speaker,statement", [
    ("Laut KCNA hat Nordkorea eine neue Rakete getestet.", "KCNA", "hat Nordkorea eine neue Rakete getestet"),
    ("Nach Angaben der USA wurden drei Schiffe beschädigt.", "USA", "wurden drei Schiffe beschädigt"),
    ("Nach Angaben von Amnesty International sitzen Hunderte in Haft.", "Amnesty International",
     "sitzen Hunderte in Haft"),
    ("Dem Bericht der Kommission zufolge stiegen die Preise um vier Prozent.", "Kommission",
     "stiegen die Preise um vier Prozent"),
    ("Die Brücke bleibt gesperrt, so der Sprecher der Stadtwerke.", "Sprecher der Stadtwerke",
     "Die Brücke bleibt gesperrt"),
    ("Wie die Feuerwehr mitteilte, wurde niemand verletzt.", "Feuerwehr", "wurde niemand verletzt"),
    ("Das Feuer sei gegen Mitternacht ausgebrochen, berichtete die Nachrichtenagentur dpa.",
     "Nachrichtenagentur dpa", "Das Feuer sei gegen Mitternacht ausgebrochen"),
])
def test_reported_attribution(quotes, text, speaker, statement):
    qs = [q for q in quotes(text) if q.kind in ("reported", "indirect")]
    assert len(qs) == 1, qs
    assert qs[0].speaker_text == speaker
    assert qs[0].text.replace(" … ", " ") == statement


def test_zitieren_names_the_real_speaker(quotes):
    text = "„Uns sind die Interessen beider Länder wichtig“, zitierten russische Medien Peskow."
    q = only(quotes(text), kind="direct")
    assert q.speaker_text == "Peskow"
    assert text[q.speaker_start:q.speaker_end] == "Peskow"


def test_konjunktiv_continuation(quotes):
    text = ("Die Ministerin sagte, die Schulen blieben geöffnet. Die Lage sei unter Kontrolle. "
            "Niemand müsse sich Sorgen machen.")
    qs = [q for q in quotes(text) if q.kind == "indirect"]
    assert {q.speaker_text for q in qs} == {"Ministerin"}
    assert any("Lage sei unter Kontrolle" in q.text for q in qs)
    assert any("Niemand müsse" in q.text for q in qs)


def test_plain_narration_is_no_quote(quotes):
    assert quotes("Am Montag fuhr der Zug pünktlich in Hamburg ab. Es regnete den ganzen Tag.") == ()


def test_zitieren_after_a_quoted_outlet_names_the_real_speaker(quotes):
    text = "„Das wird das größte Update aller Zeiten“, zitiert die „Computerwelt“ Lynch in einem Bericht."
    q = only(quotes(text), kind="direct")
    assert q.speaker_text == "Lynch"


# Quote marks lost (as in copied or converted text): the clause before ", sagte X"
# is the message, whole, even when it ends in a dependent clause or a fragment.

def test_unmarked_speech_keeps_its_main_clause_before_a_dependent_clause(quotes):
    q = only(quotes("Derzeit zahlen Pendler deutlich mehr, auch wenn man die Pauschale einrechnet, sagte die Ministerin."),
             kind="indirect")
    assert q.text == "Derzeit zahlen Pendler deutlich mehr, auch wenn man die Pauschale einrechnet"
    assert q.speaker_text == "Ministerin"


def test_unmarked_speech_keeps_its_main_clause_before_a_verbless_stretch(quotes):
    q = only(quotes("Wir haben weder Strom im Dorf, noch sauberes Wasser, sagte eine Bewohnerin."), kind="indirect")
    assert q.text == "Wir haben weder Strom im Dorf, noch sauberes Wasser"


def test_plural_verb_at_the_end_of_a_dependent_clause_is_finite(quotes):
    # the tagger reads "vorlegen", "ausgehen" and "riskieren" as infinitives
    q = only(quotes("Städte, die keine Notfallpläne vorlegen, riskieren, dass sie leer ausgehen, warnte der Verband."),
             kind="indirect")
    assert q.text == "Städte, die keine Notfallpläne vorlegen, riskieren, dass sie leer ausgehen"
    assert q.speaker_text == "Verband"


def test_a_dateline_dash_leaves_the_prepositional_prefield_no_speaker(quotes):
    q = only(quotes("Graz – In der Steiermark warnt die Ärztekammer, dass die Wartezeiten weiter steigen würden."),
             kind="indirect")
    assert q.speaker_text == "Ärztekammer"


def test_a_relative_clause_with_a_preposition_is_no_message(quotes):
    qs = quotes("Die Kammer warnte vor einer neuen Masche, mit der Kriminelle von Firmen Geld erpressen wollen.")
    assert not [q for q in qs if q.text.startswith("mit der")]


def test_demnach_inside_a_framed_message_is_no_source_of_its_own(quotes):
    qs = quotes("Ab einem Ausstoß von 200 Gramm wäre demnach eine Abgabe von 1000 Euro fällig, sagte die Ministerin.")
    assert [(q.speaker_text, q.cue) for q in qs] == [("Ministerin", "sagte")]


def test_rufen_frames_unmarked_speech_before_it(quotes):
    q = only(quotes("Wir bleiben hier, riefen die Demonstranten vor dem Rathaus."), kind="indirect")
    assert q.text == "Wir bleiben hier"
    assert q.cue == "riefen"
