"""Indirect speech (dass-clauses, Konjunktiv I) and reported attribution."""
from __future__ import annotations

import pytest

from lagebild.model import Mention

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


def test_a_verbless_exclamation_before_a_closing_frame_is_speech(quotes):
    q = only(quotes("Lieber das Geld im Sparstrumpf als betrogen, riefen Anleger vor der Bankfiliale."), kind="indirect")
    assert q.text == "Lieber das Geld im Sparstrumpf als betrogen"
    assert q.speaker_text == "Anleger"


def test_a_verbless_prepositional_prefield_is_no_speech(quotes):
    qs = quotes("Von der Fusion beider Werke, verspricht der Vorstand sich Einsparungen.")
    assert not [q for q in qs if q.text.startswith("Von der Fusion")]


def test_speech_after_a_colon_runs_to_the_end_of_the_sentence(quotes):
    q = only(quotes("Den Vorwurf hatte der Landrat zurückgewiesen: Nicht wer hilft, schadet dem Kreis, "
                    "sondern wer wegschaut."), speaker_text="Landrat")
    assert q.text == "Nicht wer hilft, schadet dem Kreis, sondern wer wegschaut"


def test_a_name_and_a_colon_before_a_clause_is_unmarked_speech(quotes):
    text = "Gruber: Die Vorgabe ist eine Zumutung für alle Pflegekräfte."
    m = (Mention(0, 6, "Gruber", "PER", 0.99, "ner.test"),)
    q = only(quotes(text, mentions=m), kind="direct")
    assert q.text == "Die Vorgabe ist eine Zumutung für alle Pflegekräfte"
    assert q.speaker_text == "Gruber"


def test_a_place_and_a_colon_is_no_speaker(quotes):
    text = "Linz: Die Polizei hat drei Männer festgenommen."
    m = (Mention(0, 4, "Linz", "LOC", 0.99, "ner.test"),)
    assert quotes(text, mentions=m) == ()


def test_vorhalten_takes_a_zu_clause(quotes):
    q = only(quotes("Die Opposition hält der Regierung vor, die Warnungen der Experten ignoriert zu haben."),
             kind="indirect")
    assert q.text == "die Warnungen der Experten ignoriert zu haben"
    assert q.cue == "hält vor"


def test_a_relative_clause_the_tagger_reads_as_article_stays_with_its_main_clause(quotes):
    # HanTa tags "die" ART here; the clause ends in its only verb, so it is relative
    q = only(quotes("Wir sind eine Anlaufstelle für Eltern, die Rat suchen möchten, sagte die Leiterin des Vereins."),
             kind="indirect")
    assert q.text == "Wir sind eine Anlaufstelle für Eltern, die Rat suchen möchten"


def test_a_colon_frame_leaves_the_speech_to_a_trailing_frame(quotes):
    qs = quotes("Ob er das bleibe, war sich der Obmann nicht sicher: Ich nehme an, dass ich der Chef bin, "
                "antwortete er.")
    q = only(qs, cue="antwortete")
    assert q.text == "Ich nehme an, dass ich der Chef bin"
    assert [x.cue for x in qs if x.text == q.text] == ["antwortete"]


def test_erzaehlen_frames_unmarked_speech_before_it(quotes):
    q = only(quotes("Nur der Ärger über die anderen hält uns noch zusammen, erzählt ein Insider."), kind="indirect")
    assert q.text == "Nur der Ärger über die anderen hält uns noch zusammen"
    assert q.speaker_text == "Insider"


def test_a_participle_looking_past_tense_is_the_finite_verb(quotes):
    # "erschossen" is tagged as a participle; with no auxiliary in its clause it is finite
    q = only(quotes("In Nablus erschossen Soldaten nach Armeeangaben einen Angreifer."))
    assert q.speaker_text == "Armeeangaben"
    assert q.text == "In Nablus erschossen Soldaten … einen Angreifer"


def test_a_document_and_a_colon_before_a_clause_is_speech(quotes):
    q = only(quotes("Der entsprechende Beschluss: Die Partei lehnt jede Koalition mit den Rechten ab."), kind="direct")
    assert q.speaker_text == "entsprechende Beschluss"


def test_heisst_es_takes_in_the_main_clause_before_its_infinitives(quotes):
    q = only(quotes("Als Partei ist es unsere Aufgabe, gegen diese Hetze Stellung zu beziehen und die Fehler "
                    "aufzuzeigen, heißt es."), cue="heißt es")
    assert q.text == "Als Partei ist es unsere Aufgabe, gegen diese Hetze Stellung zu beziehen und die Fehler aufzuzeigen"


def test_heisst_es_darin_points_to_the_text_named_before(quotes):
    q = only(quotes("Die Miliz veröffentlichte ein neues Lied. Der Kampf ist noch nicht vorbei, heißt es darin."),
             cue="heißt es")
    assert q.text == "Der Kampf ist noch nicht vorbei"
    assert q.speaker_text == "darin"


@pytest.mark.parametrize("lead", ["Sollte der Vorstand zurücktreten", "Wenn der Vorstand zurücktritt"])
def test_konjunktiv_after_a_fronted_conditional_continues_the_speech(quotes, lead):
    text = f"Der Betriebsrat sagte, die Lage sei ernst. {lead}, könne das Werk nicht gehalten werden."
    q = only(quotes(text), text=lead)
    assert q.speaker_text == "Betriebsrat"
    assert q.text == f"{lead}, könne das Werk nicht gehalten werden."


def test_a_participle_after_an_apposition_finds_its_auxiliary(quotes):
    q = only(quotes("Die Strafe sei zu milde, hatte die Staatsanwältin von Linz, Maria Huber, gesagt."), kind="indirect")
    assert q.text == "Die Strafe sei zu milde"
    assert q.cue == "hatte gesagt"
    assert q.speaker_text == "Staatsanwältin von Linz, Maria Huber"


def test_waehrend_before_a_noun_and_a_verb_second_clause_is_a_preposition(quotes):
    q = only(quotes("Während der Krawalle hätten Frauen Schutz bei der Polizei gesucht, heißt es in einem Bericht."),
             cue="heißt es")
    assert q.text == "Während der Krawalle hätten Frauen Schutz bei der Polizei gesucht"


def test_a_colon_after_a_speaker_with_apposition_opens_the_speech(quotes):
    q = only(quotes("Dagegen schreibt der Beamte, ein Leiter der Einsatzgruppe, über die Nacht: "
                    "Frauen liefen durch die betrunkenen Massen."), cue="schreibt")
    assert q.text == "Frauen liefen durch die betrunkenen Massen"
    assert q.speaker_text == "Beamte, ein Leiter der Einsatzgruppe"


def test_parieren_frames_speech_after_a_colon(quotes):
    q = only(quotes("Den Vorwurf parierte der Kanzler so: Es ist kein Zugeständnis erfolgt."), cue="parierte")
    assert q.text == "Es ist kein Zugeständnis erfolgt"


def test_a_participle_finds_its_auxiliary_in_a_clause_with_adverbs_before_the_apposition(quotes):
    q = only(quotes("Nun hat sich gegenüber der Zeitung der Kommissar für Kultur, Jan Novak, zu den Plänen "
                    "geäußert: „Wir prüfen das.“"), kind="direct")
    assert q.cue == "hat sich geäußert"
    assert q.speaker_text == "Kommissar für Kultur, Jan Novak"


def test_a_speaker_apposition_with_a_place_before_a_colon_frame(quotes):
    q = only(quotes("Andreas Huber, Vorsitzender des Verbands der Elternvereine an den Pflichtschulen, begrüßt die Idee: "
                    "Alles, was die Kinder fördert, ist zu unterstützen."), cue="begrüßt")
    assert q.speaker_text == "Andreas Huber, Vorsitzender des Verbands der Elternvereine an den Pflichtschulen"


def test_the_verb_after_a_fronted_waehrend_clause_is_no_trailing_frame(quotes):
    qs = quotes("Während die Sprecherin betont, dass die Bevölkerung sehr tolerant sei, berichten Betroffene von Armut.")
    q = only(qs, cue="betont")
    assert q.text == "dass die Bevölkerung sehr tolerant sei"
    assert not [x for x in qs if x.cue == "berichten" and "tolerant" in x.text]


def test_a_fronted_participle_of_a_verb_of_saying(quotes):
    q = only(quotes("Hervorgehoben hat er im Gespräch, dass es ein offenes Klima gebe."), kind="indirect")
    assert q.cue == "Hervorgehoben hat"
    assert q.text == "dass es ein offenes Klima gebe"


# Speech acts reported without their words: one record, no cue, the whole sentence.
@pytest.mark.parametrize("text, speaker", [
    ("Kiew – Die Ukraine hat neue Verhandlungen über einen Waffenstillstand gefordert.", "Ukraine"),  # dateline
    # HanTa tags "bekannt" in "bekannt gegeben" ADJD: the cue is still bekanntgeben
    ("Am Montag hatte die Stadtverwaltung die Zahl der Neuanmeldungen bekannt gegeben.", "Stadtverwaltung"),
    ("Der frühere Parteichef hält den Außenminister für den größten Verbündeten des Kanzlers.", "frühere Parteichef"),
    ("Der Generalsekretär machte zudem auf die fließenden Übergänge in der Szene aufmerksam.", "Generalsekretär"),
    ("Sein Anwalt klagte am Donnerstag über gravierende Fehler im Verfahren.", "Anwalt"),
    ("Auch die Armutskonferenz warnt in einer Aussendung vor Kürzungen.", "Armutskonferenz"),
    ("In der Erhebung attestieren die Volkswirte der Region kaum mehr als Stagnation.", "Volkswirte der Region"),
    # a second verb of the main clause after "und"
    ("Die Bürgerpartei hat das Thema aufgegriffen und fordert strengere Kontrollen am Bahnhof.", "Bürgerpartei"),
    # the later verb finds no words of its own: the first speech act stays reported
    ("Der Minister bestreitet den Vorwurf bis heute und sieht, wie viele andere Staaten, politische Gründe für das "
     "Urteil.", "Minister"),
])
def test_reported_speech_acts(quotes, text, speaker):
    q = only(quotes(text))
    assert q.kind == "reported"
    assert q.speaker_text == speaker


@pytest.mark.parametrize("text", [
    "Das Ergebnis: Die Preise steigen weiter.",  # a plain noun and a colon
    "Der Grund: Die Firma hat kein Geld mehr.",
    "Die Feuerwehr hält die Zufahrt für den Rettungswagen frei.",  # halten with a particle is no judgement
    "Mit guten Platzierungen konnte der Verband auf sich aufmerksam machen.",  # reflexive: draws attention only
])
def test_no_quotation(quotes, text):
    assert quotes(text) == ()


def test_a_speakerless_konjunktiv_frame_continues_the_speech_before(quotes):
    qs = quotes("Der Kanzler sagte, die Lage sei ernst. Daher müsse man auch damit rechnen, dass es Streit gebe.")
    q = only(qs, text="Daher müsse man")
    assert q.speaker_text == "Kanzler"
    assert q.text.endswith("Streit gebe.")


def test_a_dateline_is_no_part_of_the_message(quotes):
    q = only(quotes("Athen – Eine Rückkehr zur Drachme würde große Probleme bringen, sagte der Finanzminister."))
    assert q.text == "Eine Rückkehr zur Drachme würde große Probleme bringen"


def test_zitieren_with_an_object_pronoun_relays_the_person_named_before(quotes):
    """"…, zitierte ihn das Staatsfernsehen": the broadcaster relays, "ihn" said it."""
    text = ("Kim lobte den Gastgeber. Er wünsche Putin und dem russischen Volk Gesundheit und „einen großen Sieg“, "
            "zitierte ihn das russische Staatsfernsehen.")
    q = only(quotes(text), kind="indirect")
    assert q.text == "Er wünsche Putin und dem russischen Volk Gesundheit und „einen großen Sieg“"
    assert q.cue == "zitierte" and q.speaker_text == "Kim"


def test_dative_pronoun_after_the_cue_is_the_addressee(quotes):
    q = only(quotes("Die Lage sei ernst, sagte ihm der Minister am Telefon."), kind="indirect")
    assert q.speaker_text == "Minister" and q.addressee_text == "ihm"


def test_a_weak_continuation_does_not_cross_a_paragraph(quotes):
    """"soll … enden" in a new paragraph is the article's own plan, not the speaker's words."""
    text = ("Die Sprecherin sagte, der Streik schade dem Hafen. Die Gewerkschaft solle an den Verhandlungstisch "
            "zurückkehren.\n\nDer Warnstreik soll am Donnerstagmorgen um 6 Uhr enden.")
    qs = quotes(text)
    assert [q.text for q in qs] == ["der Streik schade dem Hafen",
                                    "Die Gewerkschaft solle an den Verhandlungstisch zurückkehren."]
