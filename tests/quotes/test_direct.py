"""Direct speech in every German quotation style, split quotes, sloppy marks, scare quotes."""
from __future__ import annotations

import pytest

from .conftest import only

STYLES = [
    ("„", "“"), ("»", "«"), ("«", "»"), ("‚", "‘"), ('"', '"'), ("'", "'"), ("“", "”"),
]


@pytest.mark.parametrize("op,cl", STYLES)
def test_every_quotation_style(quotes, op, cl):
    text = f"{op}Wir werden die Gespräche fortsetzen{cl}, sagte Außenministerin Anna Berger am Montag."
    q = only(quotes(text), kind="direct")
    assert q.text == "Wir werden die Gespräche fortsetzen"
    assert q.cue == "sagte"
    assert q.speaker_text == "Außenministerin Anna Berger"
    assert text[q.cue_start:q.cue_end] == "sagte"


def test_colon_introduces_quote(quotes):
    text = "Der Bürgermeister erklärte: „Die Brücke bleibt bis Freitag gesperrt.“"
    q = only(quotes(text), kind="direct")
    assert q.text.startswith("Die Brücke bleibt")
    assert q.speaker_text == "Bürgermeister"
    assert q.cue == "erklärte"


def test_multi_sentence_quote(quotes):
    text = ("„Die Lage ist ernst. Wir haben keine Reserven mehr. Niemand hilft uns“, "
            "sagte die Leiterin des Krankenhauses, Maria Koch.")
    q = only(quotes(text), kind="direct")
    assert q.text.count(".") == 2 and q.text.endswith("Niemand hilft uns")
    assert "Maria Koch" in q.speaker_text


def test_quote_split_by_its_cue(quotes):
    text = ("„Wir sind zu Gesprächen bereit“, sagte Kreml-Sprecher Dmitri Peskow. "
            "„Aber nicht um jeden Preis.“")
    qs = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text for q in qs] == ["Wir sind zu Gesprächen bereit", "Aber nicht um jeden Preis."]
    assert {q.speaker_text for q in qs} == {"Kreml-Sprecher Dmitri Peskow"}


def test_quote_interrupted_mid_sentence(quotes):
    text = "„Die Verhandlungen“, so der Sprecher, „sind auf einem guten Weg.“"
    qs = [q for q in quotes(text) if q.kind == "direct"]
    assert qs and all(q.speaker_text == "Sprecher" for q in qs)


def test_unbalanced_quotes_machine_translated(quotes):
    # an opener never closed, an ASCII closer after a German opener, a stray closer
    text = ('Der Minister sagte: „Wir haben alles getan, um den Konflikt zu beenden. '
            'Die Armee zieht sich zurück. '
            '„Die Grenze bleibt offen", betonte der Botschafter am Abend. '
            'Niemand will einen Krieg“, fügte er hinzu.')
    qs = [q for q in quotes(text) if q.kind == "direct"]
    texts = [q.text for q in qs]
    assert any(t.startswith("Wir haben alles getan") for t in texts)
    assert "Die Grenze bleibt offen" in texts
    assert any(t.startswith("Niemand will einen Krieg") for t in texts)
    border = only(qs, text="Die Grenze bleibt offen")
    assert border.speaker_text == "Botschafter"
    # the opener that is never closed does not swallow the following sentences
    assert not any("Grenze" in t for t in texts if t.startswith("Wir haben"))


def test_scare_quote_is_not_speech(quotes):
    text = ("Der „epochale“ Gipfel in Genf begann am Montag mit einem Empfang. "
            "Die Zeitung „Neue Stimme“ berichtete ausführlich über das Treffen.")
    assert [q for q in quotes(text) if q.kind == "direct"] == []


def test_title_in_quotes_is_not_speech(quotes):
    text = "Im Kino läuft der Film „Die Rückkehr“ seit Donnerstag."
    assert quotes(text) == ()


def test_title_closing_a_sentence_with_a_speech_verb_is_not_speech(quotes):
    text = "Der Journalist schrieb im Exil das Buch „Wir werden nicht schweigen“."
    assert [q for q in quotes(text) if q.kind == "direct"] == []


def test_partial_quote_with_speech_verb(quotes):
    text = "Die Kanzlerin nannte den Angriff „barbarisch und durch nichts zu rechtfertigen“."
    q = only(quotes(text), kind="direct")
    assert q.speaker_text == "Kanzlerin"
    assert q.cue == "nannte"


def test_quote_relayed_by_laut_keeps_its_speaker(quotes):
    qs = quotes("„Das Wichtigste ist der Austritt bis Oktober“, sagte Raab laut Spiegel Online.")
    assert [(q.kind, q.speaker_text, q.text) for q in qs] == [("direct", "Raab", "Das Wichtigste ist der Austritt bis Oktober")]


def test_domain_in_quote_marks_is_a_name_not_a_quotation(quotes):
    qs = quotes("Außerdem hatte er laut „tagesschau.de“ kritisiert, dass sein Stamm benachteiligt werde.")
    assert all("tagesschau" not in q.text for q in qs)


def test_quote_nesting_a_quote_with_the_same_mark(quotes):
    # sloppy typography: the nested quote reuses „…“ instead of ‚…‘
    text = ("„Wir haben viele Anfragen von „kleinen Firmen“ bekommen. "
            "Die Nachfrage ist groß“, sagte Firmenchef Paul Lenz.")
    q = only([q for q in quotes(text) if q.kind == "direct"], text="Wir haben")
    assert q.text.endswith("Die Nachfrage ist groß")
    assert q.speaker_text == "Firmenchef Paul Lenz"



def test_unclosed_quote_runs_to_the_end_of_its_paragraph(quotes):
    """Machine-translated copy: „ opens and never closes; the speech goes on to the end of
    the paragraph, and the next paragraph is no part of it."""
    text = ("Kim hat gesagt zu Putin in Anfang von Gespräch: „Russland ist in heiligen Kampf für seine Souveränität. "
            "Wir glauben, das Volk werden gewinnen einen großen Sieg gegen die Feinde\n\n"
            "Die Vereinigte Staaten sagen, dass Nordkorea wird liefern Munition.")
    q = only(quotes(text), kind="direct")
    assert q.text == ("Russland ist in heiligen Kampf für seine Souveränität. "
                      "Wir glauben, das Volk werden gewinnen einen großen Sieg gegen die Feinde")
    assert q.speaker_text == "Kim"


def test_machine_translated_wie_clause_with_auxiliary_first_and_addressee_after(quotes):
    q = only(quotes("Die Treffen hat gedauert mehrere Stunden, wie Kreml hat mitgeteilt zu die Journalisten."))
    assert q.kind == "reported" and q.speaker_text == "Kreml"
    assert q.text == "Die Treffen hat gedauert mehrere Stunden"
    assert q.addressee_text == "die Journalisten"
