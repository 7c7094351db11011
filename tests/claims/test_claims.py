"""Claims: modality, attribution chain (outlet -> relays -> origin), subject."""
from __future__ import annotations

import pytest

from lagebild.claims import ClaimStage

from .conftest import claim


def test_contract():
    st = ClaimStage()
    assert st.name == "claims.rules.v1"
    assert st.provides == ("claims",)
    assert set(st.requires) == {"text", "sentences", "tokens"}


def test_claim_relayed_through_agency(article):
    d = article("Laut TASS sagte Kreml-Sprecher Dmitri Peskow, Russland halte sich an alle Abkommen.",
                outlet="Abendpost")
    c = claim(d, "Russland halte sich")
    assert c.chain == ("Abendpost", "TASS", "Kreml-Sprecher Dmitri Peskow")
    assert c.origin == "Kreml-Sprecher Dmitri Peskow"
    assert c.modality == "reported"
    assert c.subject == "Russland"
    assert len(d.claims) == 1  # the relay frame is not a second claim


def test_relayed_speech_going_on_in_the_next_sentence_keeps_relay_and_origin(article):
    d = article("Laut TASS sagte Außenminister Lawrow, Russland halte sich an alle Abkommen. "
                "Die Vorwürfe seien absurd.", outlet="Abendpost")
    c = claim(d, "Vorwürfe seien absurd")
    assert c.chain == ("Abendpost", "TASS", "Außenminister Lawrow")
    assert c.origin == "Außenminister Lawrow"


def test_agency_citing_its_source(article):
    d = article("Die Nachrichtenagentur Yonhap berichtete unter Berufung auf Militärkreise, "
                "die Rakete sei ins Meer gestürzt.", outlet="Abendpost")
    c = claim(d, "Rakete sei ins Meer")
    assert c.chain == ("Abendpost", "Nachrichtenagentur Yonhap", "Militärkreise")
    assert c.origin == "Militärkreise"


def test_zitieren_relay(article):
    d = article("„Uns sind die Interessen beider Länder wichtig“, zitierten russische Medien Peskow.",
                outlet="Abendpost")
    c = claim(d, "Interessen")
    assert c.chain == ("Abendpost", "russische Medien", "Peskow")


def test_origin_without_relay(article):
    c = claim(article("Nach Angaben der Nachrichtenagentur KCNA hat Nordkorea eine Rakete getestet."),
              "Rakete getestet")
    assert c.chain == ("Tagesblatt", "Nachrichtenagentur KCNA")
    assert c.origin == "Nachrichtenagentur KCNA"
    assert c.modality == "reported"


@pytest.mark.parametrize("text,needle,modality", [
    ("Der Minister sagte, die Schulen blieben geöffnet.", "Schulen", "asserted"),
    ("Washington behauptete, Pjöngjang habe Waffen geliefert.", "Waffen geliefert", "alleged"),
    ("Beamte vermuten, dass der Test lange vorbereitet worden sei.", "Test", "alleged"),
    ("Die Opposition beschuldigt die Regierung, Wahlen manipuliert zu haben.", "manipuliert", "alleged"),
    ("Die Regierung bestritt, dass Truppen verlegt worden seien.", "Truppen", "denied"),
    ("Das Ministerium dementierte, dass es Gespräche gegeben habe.", "Gespräche", "denied"),
    ("Der Konzern kündigte an, 500 Stellen zu streichen.", "Stellen", "planned"),
    ("Laut Polizei wurde niemand verletzt.", "niemand", "reported"),
])
def test_modality(article, text, needle, modality):
    assert claim(article(text), needle).modality == modality


def test_no_outlet(article):
    c = claim(article("Der Minister sagte, die Schulen blieben geöffnet.", outlet=None), "Schulen")
    assert c.chain == ("Minister",)
    assert c.origin == "Minister"


def test_claims_align_with_quotes(article):
    from lagebild.quotes import QuoteStage
    d = article("Der Minister sagte, die Schulen blieben geöffnet. Laut Polizei wurde niemand verletzt.")
    q = QuoteStage()(d)
    assert [(c.start, c.end) for c in d.claims] == [(x.start, x.end) for x in q.quotes]


def test_laut_after_a_trailing_frame_is_a_relay(article):
    d = article("„Das Wichtigste ist der Austritt bis Oktober“, sagte Raab laut Spiegel Online.", outlet="Abendpost")
    c = claim(d, "Austritt bis Oktober")
    assert c.chain == ("Abendpost", "Spiegel Online", "Raab")
    assert c.origin == "Raab"
    assert len(d.claims) == 1


def test_quoted_word_claims_its_framing_clause(article):
    """A quoted word has no statement of its own: the claim is the clause that frames it."""
    doc = article("Die Hafenbehörde sprach am Mittwochmorgen von einer „angespannten, aber beherrschbaren“ Lage. "
                  "Unternehmenssprecherin Maren Thießen nannte den Streikaufruf „unverhältnismäßig“.")
    texts = {c.text for c in doc.claims}
    assert texts == {"Die Hafenbehörde sprach am Mittwochmorgen von einer „angespannten, aber beherrschbaren“ Lage",
                     "Unternehmenssprecherin Maren Thießen nannte den Streikaufruf „unverhältnismäßig“"}


def test_speech_act_reported_as_not_made_is_no_claim(article):
    doc = article("Einzelheiten nannte Uschakow nicht. Der Wetterdienst warnte vor Sturm.")
    assert [c.text for c in doc.claims] == ["Der Wetterdienst warnte vor Sturm."]


def test_relay_quoting_a_pronoun_names_the_person_before(article):
    text = ("Kim lobte den Gastgeber. Er wünsche Putin und dem russischen Volk Gesundheit und „einen großen Sieg“, "
            "zitierte ihn das russische Staatsfernsehen.")
    doc = article(text)
    (c,) = doc.claims
    assert c.text.startswith("Er wünsche Putin") and c.text.endswith("„einen großen Sieg“")
    assert c.chain == ("Tagesblatt", "russische Staatsfernsehen", "Kim") and c.origin == "Kim"
    assert text[c.origin_start:c.origin_end] == "Kim"


def test_nach_eigenen_angaben_is_the_subject_speaking_and_a_plan(article):
    doc = article("Die Türkei will nach eigenen Angaben weiter zwischen beiden Seiten vermitteln.")
    (c,) = doc.claims
    assert c.origin == "Türkei" and c.modality == "planned"


def test_wie_clause_with_unter_berufung_auf_names_relay_and_origin(article):
    doc = article("Wie die Nachrichtenagentur Yonhap unter Berufung auf KCNA berichtete, hat Nordkorea "
                  "einen Satelliten gestartet.")
    (c,) = doc.claims
    assert c.chain == ("Tagesblatt", "Nachrichtenagentur Yonhap", "KCNA") and c.modality == "reported"


def test_speech_act_without_its_words_is_asserted_by_its_speaker(article):
    doc = article("Unternehmenssprecherin Maren Thießen nannte den Streik unverhältnismäßig.")
    (c,) = doc.claims
    assert c.modality == "asserted" and c.origin == "Unternehmenssprecherin Maren Thießen"
