"""Source (speaker) spans of harder constructions: long pre-fields, passives,
prepositional and parenthetical frames, shared subjects, cue words beyond the verb.
All sentences are written for these tests."""
from __future__ import annotations

import pytest

from lagebild.quotes.api import attributions

from .conftest import only


def _words(td, toks):
    return " ".join(td.words[i] for i in sorted(toks))


def test_prefield_with_apposition_and_trailing_relative_clause(quotes):
    text = ("Maria Keller, die Sprecherin des Vereins, die seit Jahren im Vorstand sitzt, "
            "sagte am Rande der Sitzung: „Wir machen weiter.“")
    q = only(quotes(text), kind="direct")
    assert q.speaker_text == "Maria Keller, die Sprecherin des Vereins"


def test_prefield_with_participle_phrase(quotes):
    text = "Die den Unfall überlebende Anna Berger, 34, beschrieb im Krankenhaus den Hergang: „Das Boot kippte plötzlich.“"
    q = only(quotes(text), kind="direct")
    assert q.speaker_start == 0 and "überlebende Anna Berger" in q.speaker_text
    assert "Hergang" not in q.speaker_text


def test_passive_zitieren_subject_is_the_speaker(quotes):
    q = only(quotes("„Wir sind bereit“, wird Ministerin Julia Brandt zitiert."), kind="direct")
    assert q.speaker_text == "Ministerin Julia Brandt"
    q = only(quotes("Der Fraktionschef Tim Roth wird von der Zeitung mit den Worten zitiert: „Wir halten Kurs.“"),
             kind="direct")
    assert q.speaker_text == "Fraktionschef Tim Roth"
    assert q.cue == "wird mit den Worten zitiert"


def test_demonstrative_pronoun_as_speaker():
    td, attrs = attributions("Der Zeuge wurde lange befragt. Dieser behauptete, er habe nichts gesehen.")
    a = next(a for a in attrs if a.cue_lemma == "behaupten")
    assert _words(td, a.source) == "Dieser"


def test_laut_with_relative_pronoun():
    td, attrs = attributions("Die Polizei legte einen Bericht vor, laut dem der Fahrer zu schnell gefahren war.")
    a = next(a for a in attrs if a.cue_lemma == "laut")
    assert _words(td, a.source) == "dem"


def test_laut_name_does_not_swallow_reason(quotes):
    q = only(quotes("Der Bär soll laut Schneider aus Sicherheitsgründen betäubt werden."), kind="reported")
    assert q.speaker_text == "Schneider"
    assert "Sicherheitsgründen" in q.text


def test_prepositional_frame_nested_in_reported_speech():
    td, attrs = attributions("Ein Sprecher der Polizei sagte, nach neuesten Erkenntnissen habe der Täter allein "
                             "gehandelt.")
    inner = next(a for a in attrs if a.cue_lemma == "nach")
    assert inner.nested
    assert _words(td, inner.source) == "neuesten Erkenntnissen"
    assert _words(td, inner.message) == "habe der Täter allein gehandelt"


def test_anaphoric_frame_replaces_speakerless_reading(quotes):
    qs = quotes("Der Ausbau der Strecke soll privat finanziert werden. "
                "Das gab Verkehrsminister Karl Huber in Berlin bekannt.")
    q = only(qs, text="Ausbau der Strecke")
    assert q.speaker_text == "Verkehrsminister Karl Huber"


def test_pronoun_subject_does_not_replace_the_earlier_speaker():
    td, attrs = attributions("Wirtschaftsminister Paul Weber geht davon aus, dass viele Anträge falsch seien. "
                             "Im Besonderen hat er junge Antragsteller im Verdacht. "
                             "Diese würden ihre Einkünfte verschweigen.")
    a = next(a for a in attrs if "verschweigen" in _words(td, a.message))
    assert _words(td, a.source) == "Wirtschaftsminister Paul Weber"


def test_complement_opening_with_a_quoted_fragment(quotes):
    qs = quotes("Der Bürgermeister sagte, „Sperrzonen“ dürfe es in der Stadt nicht geben.")
    q = only(qs, kind="indirect")
    assert q.speaker_text == "Bürgermeister"
    assert "dürfe es in der Stadt nicht geben" in q.text and "Sperrzonen" in q.text


def test_message_on_both_sides_of_a_trailing_frame(quotes):
    q = only(quotes("Sie sei zutiefst erschüttert, sagte die Kanzlerin, ihre Gedanken seien bei den Opfern."),
             kind="indirect")
    assert q.speaker_text == "Kanzlerin"
    assert "erschüttert" in q.text and "bei den Opfern" in q.text


def test_fronted_prepositional_phrase_is_no_message_before_the_frame(quotes):
    qs = quotes("Auf den Vorwurf der Opposition, es handele sich um Klientelpolitik, entgegnete der Minister, "
                "dass alle Bürger profitieren würden.")
    q = only(qs, cue="entgegnete")
    assert q.speaker_text == "Minister"
    assert q.text.startswith("dass alle Bürger")
    # the reproach is a record of its own, with the noun as its cue
    assert only(qs, cue="den Vorwurf").speaker_text == "Opposition"


def test_prepositional_frame_also_frames_its_own_sentence_before_a_quote(quotes):
    text = ("Nach Ansicht von Landrat Peter Brandt ist damit noch keine Entscheidung gefallen. "
            "„Es ist nur ein Gutachten, mehr nicht.“")
    qs = quotes(text)
    assert any("keine Entscheidung gefallen" in q.text and "Peter Brandt" in (q.speaker_text or "") for q in qs)
    assert any(q.kind == "direct" and "Gutachten" in q.text and "Peter Brandt" in (q.speaker_text or "") for q in qs)


def test_sowohl_als_auch_subject(quotes):
    q = only(quotes("Sowohl die Regierung als auch die Opposition betonten, man müsse handeln."), kind="indirect")
    assert "Regierung" in q.speaker_text and "Opposition" in q.speaker_text


def test_particle_after_a_relative_clause(quotes):
    qs = quotes("Die Straße bleibe bis Freitag gesperrt. "
                "Dies geht aus einer Mitteilung des Landratsamts, die am Abend verschickt wurde, hervor.")
    q = only(qs, text="Straße bleibe")
    assert q.cue == "geht hervor"
    assert "Landratsamts" in (q.speaker_text or "")


def test_konjunktiv_frame_with_pronoun_continues_the_speaker(quotes):
    text = ("Ein Sprecher der Stadtwerke sagte, die Leitung sei repariert. "
            "Er wisse aber nicht, wann das Wasser wieder fließe.")
    q = only(quotes(text), text="Er wisse")
    assert q.speaker_text == "Sprecher der Stadtwerke"


def test_continuation_after_a_speaker_with_a_relative_clause(quotes):
    text = ("Der Bürgermeister verwies auf ein Gutachten, nach dem die Brücke sicher sei. "
            "Erika Lang, die im Stadtrat für die Grünen sitzt, wies den Vorwurf zurück. "
            "Das Gutachten sei veraltet.")
    q = only(quotes(text), text="Gutachten sei veraltet")
    assert q.speaker_text == "Erika Lang"


def test_so_frame_before_a_colon_introduces_the_next_quote(quotes):
    text = "Auch das habe Methode, so Elshorst weiter: „Das ist in anderen Firmen auch üblich.“"
    qs = quotes(text)
    d = only(qs, kind="direct")
    assert d.speaker_text == "Elshorst" and d.cue == "so"
    assert any(q.kind != "direct" and "Methode" in q.text and q.speaker_text == "Elshorst" for q in qs)


def test_konjunktiv_frame_of_another_speaker_is_relayed_by_the_speaker_before(quotes):
    text = ("In einem Interview erklärte der Direktor der Behörde, Karl Ott, das Werk sei sicher. "
            "Die Aufsicht gehe davon aus, dass alle Ventile geprüft worden seien.")
    qs = quotes(text)
    whole = only(qs, text="Die Aufsicht gehe davon aus")
    assert "Karl Ott" in whole.speaker_text
    inner = only(qs, text="dass alle Ventile", cue="gehe davon aus")
    assert inner.speaker_text == "Aufsicht"


def test_temporal_nach_is_no_attribution(quotes):
    assert quotes("Nach der Wiedervereinigung erfolgte dies auch in den neuen Ländern.") == ()
    assert quotes("Nach heutigem Maßstab entspräche dies einem Preis von 2000 Euro.") == ()
    assert quotes("Nach der Veröffentlichung des Berichts kam es zu Protesten.") == ()
    assert quotes("Die Feuerwehr rückte um acht Uhr aus. Danach wurde die Straße gesperrt.") == ()
    assert quotes("Nach Einführung der Gemeinschaftsschule gibt es 300 Schulen.") == ()
    assert quotes("Nach der Auszählung aller Stimmen liegt die Partei des Präsidenten vorn.") == ()
    assert quotes("Zwei Monate nach dem Urteil des Gerichts liegt nun die Begründung vor.") == ()
    assert quotes("Weitere Schlüsse sollen nach der Auswertung des Flugschreibers gezogen werden.") == ()


def test_cue_in_an_adverbial_clause_does_not_frame_the_main_clause(quotes):
    qs = quotes("Nachdem er die Frauen verfolgt und festgehalten hat, habe er versucht, sie zu küssen.")
    assert not any(q.cue and "festgehalten" in q.cue for q in qs)


def test_conditions_and_consequences_are_no_messages(quotes):
    assert quotes("Sollte der Antrag angenommen werden, könnte die Seite wieder online gehen.") == ()
    qs = quotes("Der Pilot meldete einen Defekt, so dass auf dem Flughafen Alarm ausgelöst wurde.")
    assert not any("Alarm" in q.text for q in qs)


# One record per sentence: (text, kind, speaker, cue, message) – None means "not checked".
SPEAKERS = [pytest.param(*row, id=row[0][:40]) for row in [
    ("Die Brücke bleibe gesperrt, wie schon vom Verwaltungsgericht entschieden.",
     "reported", "Verwaltungsgericht", "wie entschieden", None),
    ("Die Brücke ist, wie von der Stadt mitgeteilt, weiter gesperrt.", "reported", "Stadt", "wie mitgeteilt", None),
    ("Sowohl die Behörde als auch das Militär kündigten Untersuchungen an.",
     "reported", "Sowohl die Behörde als auch das Militär", None, None),
    ("„Das ist ein Fehler“, sagte der Experte Karim Sadjadpour vom Carnegie-Institut für internationalen Frieden.",
     "direct", "Experte Karim Sadjadpour vom Carnegie-Institut für internationalen Frieden", "sagte", None),
    ("Ersten Angaben vom Mittwoch zufolge gehörte das Flugzeug dem Institut.",
     "reported", "Ersten Angaben", "zufolge", "gehörte das Flugzeug dem Institut"),
    ("Den Prognosen und den Messungen am Oberlauf zufolge wird der Pegel weiter steigen.",
     "reported", "Prognosen und den Messungen am Oberlauf", "zufolge", None),
    ("„Die Zahlen sind gut“, ließ ein Sprecher der Stadtwerke am Abend verlauten.",
     "direct", "Sprecher der Stadtwerke", "ließ verlauten", None),
    ("„Die Grenze bleibt offen“, so Schröder wörtlich.", "direct", "Schröder", "so", None),
    ("Die Botschaft der Demonstranten lautete: „Wir bleiben hier.“",
     "direct", "Botschaft der Demonstranten", "lautete", None),
    ("„Wir sind gut vorbereitet“, zeigte sich Trainer Fischer zufrieden.",
     "direct", "Trainer Fischer", "zeigte sich zufrieden", None),
    ("So sagte Anna Lindqvist, EU-Kommissarin: „Man kann Vertrauen nicht verordnen.“",
     "direct", "Anna Lindqvist, EU-Kommissarin", "sagte", None),
    ("Es gibt Berichte der Lokalzeitung, wonach die Brücke seit Monaten gesperrt sei.",
     None, "Berichte der Lokalzeitung", "wonach", None),
    ("Nach der Ankündigung der Ministerin soll die Reform um zwei Jahre verschoben werden.",
     "reported", "Ministerin", "Nach", "soll die Reform um zwei Jahre verschoben werden"),
    ("Am Montag hatte in Berlin der Innenminister erklärt, die Lage sei ernst.",
     "indirect", "Innenminister", "hatte erklärt", None),
    ("„Wir sind bereit“, erklärte gestern in Brüssel EU-Kommissarin Maria Lund.",
     "direct", "EU-Kommissarin Maria Lund", "erklärte", None),
    ("„Wir sind bereit“, sagte der 45-jährige Unternehmer aus Hamburg.",
     "direct", "45-jährige Unternehmer aus Hamburg", "sagte", None),
    ("„Wir bleiben dabei“, sagte Ursula von der Leyen.", "direct", "Ursula von der Leyen", "sagte", None),
    ("Deshalb forderte die Opposition, der Minister müsse zurücktreten.",
     "indirect", "Opposition", "forderte", "der Minister müsse zurücktreten"),
    ("Die Aktion wurde von den Veranstaltern als großer Erfolg gewertet.", "reported", "Veranstaltern", None, None),
    ("Zudem regte ein Sprecher der Afrikanischen Union eine Gipfelkonferenz an.",
     "reported", "Sprecher der Afrikanischen Union", None, None),
    ("Der Präsident ließ über seinen Sprecher mitteilen, er sei gesund.",
     "indirect", "Präsident", "ließ mitteilen", "er sei gesund"),
    ("Russland bestreitet, an dem Angriff beteiligt gewesen zu sein.",
     "indirect", "Russland", "bestreitet", "an dem Angriff beteiligt gewesen zu sein"),
    ("Die Behörden warnten die Bevölkerung vor dem Sturm.", "reported", "Behörden", None, None),
    ("Am Freitag hatte Verlagsleiter Jan Roth aus heiterem Himmel erklärt, dass die Zeitung schließe.",
     "indirect", "Verlagsleiter Jan Roth", "hatte erklärt", None),
    ("Es wird eine klare Mehrheit für den Antrag geben, nehmen Beobachter an.", None, "Beobachter", "nehmen an", None),
    ("Key hat sich vor Ort informiert und sprach von einer „vollständigen Zerstörung“.",
     "direct", "Key", "sprach von", None),
    ("„Wer soll das bezahlen?“, fragte die Abgeordnete.", "direct", "Abgeordnete", "fragte", None),
    ("„So kann man nicht auftreten“, schimpfte der 52-Jährige.", "direct", "52-Jährige", "schimpfte", None),
    ("Der Mieterbund reagierte empört: Das Gesetz sei verfassungswidrig.",
     "indirect", "Mieterbund", "reagierte", "Das Gesetz sei verfassungswidrig"),
]]


# Constructions from earlier passes, named after what they check.
SPEAKERS += [
    pytest.param('Das Gesundheitsamt in Kassel hält es für unwahrscheinlich, dass sich weitere Menschen '
                 'angesteckt hätten.',
                 'indirect', 'Gesundheitsamt in Kassel', None, None, id='expletive_es_after_verb_is_no_speaker'),
    pytest.param('Im Vorfeld hatte der Verband betont, dass die Karten personalisiert seien.',
                 'indirect', 'Verband', 'hatte betont', None, id='participle_read_as_finite_after_auxiliary'),
    pytest.param('Von der Opposition war der Regierung vorgeworfen worden, die Zahlen geschönt zu haben.',
                 'indirect', 'Opposition', 'war vorgeworfen worden', None, id='passive_pluperfect_with_agent'),
    pytest.param('In einer Erklärung wurde betont, dass die Gespräche fortgesetzt würden.',
                 'indirect', 'Erklärung', None, None, id='agentless_passive_in_a_document'),
    pytest.param('Aus Regierungskreisen verlautete, die Entscheidung sei bereits gefallen.',
                 'indirect', 'Regierungskreisen', None, None, id='source_in_aus_phrase'),
    pytest.param('Der Abgeordnete Jan Wolf wollte sich nicht festlegen, sagte aber, die Partei müsse sich '
                 'bald einigen.',
                 'indirect', 'Abgeordnete Jan Wolf', None, None, id='shared_subject_of_coordinated_verb'),
    pytest.param('Auch die Sprecherin des Verbands, Eva Sommer, erklärte, die Preise würden steigen.',
                 'indirect', 'Sprecherin des Verbands, Eva Sommer', None, None, id='focus_particle_before_subject'),
    pytest.param('Der Vorschlag, so Müller weiter, sei nicht finanzierbar.',
                 'reported', 'Müller', None, None, id='so_frame_with_weiter'),
    pytest.param('Die Grenze wird in den nächsten Tagen geöffnet, so der Außenminister im Fernsehen.',
                 'reported', 'Außenminister', None, 'Die Grenze wird in den nächsten Tagen geöffnet',
                 id='trailing_so_frame_owns_the_sentence'),
    pytest.param('Nach Schneiders Ansicht soll die Abstimmung verschoben werden.',
                 'reported', 'Schneiders Ansicht', None, None, id='nach_with_saxon_genitive'),
    pytest.param('Wie Professor Jan Berg, der die Studie leitete, dazu feststellte, seien die Werte stabil.',
                 'reported', 'Professor Jan Berg', None, None, id='wie_clause_with_relative_clause'),
    pytest.param('Der Minister bezeichnete den Plan als „fahrlässig“.',
                 'direct', 'Minister', 'bezeichnete als', None, id='cue_includes_als'),
    pytest.param('Ein Sprecher des Ministeriums wollte sich nicht äußern, sagte aber, man prüfe den Fall.',
                 None, 'Sprecher des Ministeriums', 'sagte', 'man prüfe den Fall',
                 id='second_verb_of_the_same_subject_is_no_message'),
    pytest.param('Man gehe davon aus, dass die Zahl der Opfer steigt, sagte ein Sprecher des Roten Kreuzes.',
                 None, 'Sprecher des Roten Kreuzes', None, 'Man gehe davon aus, dass die Zahl der Opfer steigt',
                 id='message_before_a_trailing_frame_keeps_its_own_main_clause'),
    pytest.param('Aber Zeitungen berichteten, gegen den Arzt sei ermittelt worden.',
                 'indirect', 'Zeitungen', 'berichteten', None, id='leading_conjunction_before_the_subject'),
    pytest.param('Die Wochenzeitung „Die Zeit“ meldet, der Vertrag sei unterschrieben.',
                 'indirect', 'Wochenzeitung „Die Zeit“', 'meldet', None, id='quoted_title_is_no_time_word'),
    pytest.param('Einer der 13 beteiligten Feuerwehrleute sagte: „So etwas habe ich noch nie gesehen.“',
                 'direct', 'Einer der 13 beteiligten Feuerwehrleute', 'sagte', None, id='partitive_subject'),
    pytest.param('Wie „heise online“ berichtet, sperrten die Behörden den Zugang zu dem Portal.',
                 'reported', '„heise online“', 'Wie berichtet', None, id='quoted_lower_case_outlet'),
    pytest.param('„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an, die Zahl der Helfer zu erhöhen.',
                 'indirect', '„Ärzte ohne Grenzen“ sowie das Rote Kreuz', 'kündigten an', None,
                 id='quoted_name_opens_the_subject'),
    pytest.param('Nach Planungen aus dem Jahr 2019 wird der Bau 80 Millionen Euro kosten.',
                 'reported', 'Planungen', 'Nach', 'wird der Bau 80 Millionen Euro kosten',
                 id='attribution_phrase_fills_the_prefield'),
    pytest.param('Nach Angaben der Sprecherin gegenüber dem Kurier ist der Flughafen ausgelastet.',
                 'reported', 'Sprecherin', 'Nach', 'ist der Flughafen ausgelastet',
                 id='prefield_attribution_stops_at_the_addressee'),
    pytest.param('Nach Ansicht vieler Experten wird der Preis weiter steigen.',
                 'reported', 'vieler Experten', 'Nach', None, id='genitive_quantifier'),
    pytest.param('Laut einem Bericht des Innenministeriums vom November 2021 wurden 400 Anträge abgelehnt.',
                 'reported', 'Innenministeriums', 'Laut', None, id='document_owner_without_its_date'),
    pytest.param('Das Institut legte am Montag eine neue Studie vor. Danach leben in der Stadt mehr Menschen als je.',
                 'reported', 'Institut', 'Danach', 'leben in der Stadt mehr Menschen als je',
                 id='danach_after_a_study_is_attribution'),
    pytest.param('Die Polizei veröffentlichte am Abend neue Zahlen. Demnach wurden 40 Menschen verletzt.',
                 'reported', 'Polizei', 'Demnach', None, id='demnach_speaker_is_the_subject_before'),
    pytest.param('„Wir sind unerwünschte Zeugen“, zitierte man Lena Alvarez vom Sender RTVE.',
                 'direct', 'Lena Alvarez vom Sender RTVE', 'zitierte', None, id='zitierte_man_takes_the_quoted_person'),
    pytest.param('Der für die Region zuständige Koordinator sagte, nur 14 Boote seien im Einsatz.',
                 'indirect', 'für die Region zuständige Koordinator', 'sagte', None,
                 id='extended_participle_attribute'),
    pytest.param('22 Prozent teilen die Meinung, die Ordnung sei „nicht verteidigenswert“.',
                 'indirect', '22 Prozent', 'teilen die Meinung', 'die Ordnung sei „nicht verteidigenswert“',
                 id='number_subject_and_inner_quote_kept_closed'),
    pytest.param('Den verbliebenen Flüchtlingen sicherte Präsident Gusmão zu, dass die Grenze offen bleibe.',
                 'indirect', 'Präsident Gusmão', 'sicherte zu', None, id='dative_prefield_is_no_subject'),
    pytest.param('Menschenrechtler haben das Gefängnis kritisiert. „BBC News“ berichtet, die Häftlinge seien geflohen.',
                 None, '„BBC News“', 'berichtet', 'die Häftlinge seien geflohen',
                 id='quoted_outlet_is_no_quotation_of_the_sentence_before'),
    pytest.param('Falls das Unternehmen „Omni-Sport“ Insolvenz anmelden muss, droht der Abstieg, sagte der Präsident.',
                 None, 'Präsident', 'sagte', None, id='looming_threat_is_no_cue_and_a_quoted_name_no_quote'),
    pytest.param('Die Behörden sperrten den Zugang zu „YouTube“, sagte ein Sprecher.',
                 None, 'Sprecher', 'sagte', 'Die Behörden sperrten den Zugang zu „YouTube“', id='camel_case_name'),
    pytest.param('Die Ministerin wies dies als „Unverschämtheit“ zurück.',
                 'direct', 'Ministerin', 'wies als zurück', 'Unverschämtheit', id='umlaut_word_is_still_a_quote'),
    pytest.param('Die Armeeleitung hingegen sprach von einem ganz normalen Absturz.',
                 'reported', 'Armeeleitung', None, None, id='leadership_body_as_speaker'),
    pytest.param('„Die Beteiligung ist überwältigend“, sagte ver.di-Verhandlungsführerin Sabine Kölling am Vormittag.',
                 'direct', 'ver.di-Verhandlungsführerin Sabine Kölling', 'sagte', None, id='dotted_union_name_in_a_role'),
    pytest.param('In Moskau betont man, die Lieferungen seien legal.',
                 'indirect', 'Moskau', 'betont', 'die Lieferungen seien legal', id='capital_speaks_through_man'),
    pytest.param('Die Abschiebung käme für den Kläger einer Strafe gleich, so bestätigte das Gericht.',
                 'indirect', 'Gericht', 'so bestätigte', 'Die Abschiebung käme für den Kläger einer Strafe gleich',
                 id='trailing_so_with_verb_owns_the_clause_before'),
    pytest.param('Die Abgeordnete schrieb in einer Erklärung, die am Montag verbreitet wurde, sie wolle der Fraktion '
                 'eine Abstimmung ersparen.',
                 'indirect', 'Abgeordnete', 'schrieb', 'sie wolle der Fraktion eine Abstimmung ersparen',
                 id='relative_clause_between_cue_and_complement'),
    pytest.param('Lena Brandt vom Zentralrat der Muslime kritisiert, dass die Moscheen nicht geschützt würden.',
                 'indirect', 'Lena Brandt vom Zentralrat der Muslime', 'kritisiert', None,
                 id='present_tense_read_as_participle'),
    pytest.param('Am Abend erklärte der neue „Oberste Rat zur Rettung der Nation“, wie sich die Junta selbst nennt, '
                 'die Lage sei unter Kontrolle.',
                 'indirect', 'neue „Oberste Rat zur Rettung der Nation“', 'erklärte', 'die Lage sei unter Kontrolle',
                 id='quoted_council_name_and_naming_parenthesis'),
    pytest.param('Für die Stadtwerke bedauerte der Verband kommunaler Unternehmen, dass die Regierung zögere.',
                 'indirect', 'Verband kommunaler Unternehmen', 'bedauerte', None, id='genitive_plural_without_article'),
    pytest.param('Laut bildblog.de veröffentlichte das Ministerium kürzlich einen Bericht über Missbrauch.',
                 'reported', 'bildblog.de', 'Laut', None, id='lower_case_domain_after_laut'),
    pytest.param('Ihnen zufolge hat die Opposition die absolute Mehrheit erhalten.',
                 'reported', 'Ihnen', 'zufolge', None, id='dative_pronoun_before_zufolge'),
    # speaker resolution and speech acts (moved here from test_speakers.py and test_noun_cues.py)
    pytest.param('„Das ist inakzeptabel“, sagte Kreml-Sprecher Dmitri Peskow.',
                 'direct', 'Kreml-Sprecher Dmitri Peskow', None, None, id='full_name_after_role'),
    pytest.param('Beamte in Seoul gehen davon aus, dass der Norden bluffe.',
                 'indirect', 'Beamte in Seoul', None, None, id='collective_speaker'),
    pytest.param('Der Gewerkschaftschef Karl Brandt sprach vor den Streikenden. '
                 '„Wir lassen uns nicht erpressen. Der Streik geht weiter.“',
                 'direct', 'Gewerkschaftschef Karl Brandt', None, None, id='speaker_in_previous_sentence'),
    pytest.param('„Wir lassen uns nicht erpressen. Der Streik geht weiter.“ Das sagte der Betriebsrat am Abend.',
                 'direct', 'Betriebsrat', 'sagte', None, id='speaker_in_next_sentence'),
    pytest.param('Das Außenministerium verurteilte den Anschlag als feige Tat.',
                 'reported', 'Außenministerium', None, None, id='judging_verb_with_als_is_a_speech_act'),
    pytest.param('Von der Opposition wurde der Besuch als unangemessen kritisiert.',
                 'reported', 'Opposition', None, None, id='judging_verb_with_als_in_the_passive'),
    pytest.param('Die Meteorologen sagten für das Wochenende starken Regen voraus.',
                 'reported', 'Meteorologen', None, None, id='particle_makes_the_cue_lemma'),
    pytest.param('In dem Bericht, der am Montag erschien, heißt es, die Zahl der Fälle sei gestiegen.',
                 'indirect', 'Bericht', 'heißt es', None, id='heisst_es_in_a_document_with_relative_clause'),
    pytest.param('Der Geschäftsführer des Verbands nannte sie „fahrlässig“.',
                 'direct', 'Geschäftsführer des Verbands', None, None, id='object_sie_after_a_speaker_prefield'),
    pytest.param('Der Politik schlug sie vor, die Steuer zu senken.',
                 'indirect', 'sie', None, None, id='pronoun_subject_after_a_dative_prefield'),
    pytest.param('Der erst kürzlich ernannte Bischof der Diözese, Georg Huber hat den Papst gebeten, '
                 'die Ernennung zurückzunehmen.',
                 'indirect', 'erst kürzlich ernannte Bischof der Diözese, Georg Huber', None, None,
                 id='adverbs_inside_the_speaker_phrase'),
    pytest.param('„Ein guter Anfang“, sagte er zum Sender.',
                 'direct', 'er', 'sagte', None, id='direct_quote_before_comma_is_no_subject'),
    pytest.param('Wie die Landesbank in Mainz bekannt gab, soll der Vorstand noch im Mai zurücktreten.',
                 'reported', 'Landesbank in Mainz', 'Wie bekannt gab', None,
                 id='verb_final_cue_with_its_particle_written_apart'),
    pytest.param('Jetzt gab die Leiterin der Behörde, Petra Lange, bekannt, dass die Suche beendet sei.',
                 'indirect', 'Leiterin der Behörde, Petra Lange', 'gab bekannt', None,
                 id='particle_after_an_apposition_before_dass'),
    pytest.param('Denn wie die Zeitung am Montag berichtete, leidet der Sänger an einer seltenen Krankheit.',
                 'reported', 'Zeitung', 'wie berichtete', 'leidet der Sänger an einer seltenen Krankheit',
                 id='wie_clause_after_a_leading_conjunction'),
    pytest.param('Oberst Paul Kramer erklärte, die noch zu bildende Kommission werde den Vorfall prüfen.',
                 'indirect', 'Oberst Paul Kramer', 'erklärte', None,
                 id='article_after_the_cue_is_no_relative_pronoun'),
    pytest.param('Als ein Passant helfen wollte, stieß der Mann ihn weg und rief: „Lasst mich in Ruhe!“',
                 'direct', 'Mann', 'rief', None, id='shared_subject_skips_the_adverbial_clause_before'),
    pytest.param('Die Sprecherin des Verbands kritisierte, die Behörde habe die Frist verpasst und die Opposition '
                 'forderte den Rücktritt des Ministers.',
                 'indirect', 'Sprecherin des Verbands', 'kritisierte', 'die Behörde habe die Frist verpasst',
                 id='indicative_main_clause_after_und_ends_the_message'),
    pytest.param('Die Kamera des Teleskops ist seit Montag ausgefallen, das teilte das Institut in Baltimore mit.',
                 'indirect', 'Institut in Baltimore', 'teilte mit', 'Die Kamera des Teleskops ist seit Montag ausgefallen',
                 id='das_before_a_trailing_frame_points_back_to_the_clause'),
    pytest.param('So berichtete die in Linz erscheinende „Rundschau“, der Bischof sei zurückgetreten.',
                 'indirect', 'in Linz erscheinende „Rundschau“', 'berichtete', None,
                 id='quoted_name_after_an_extended_attribute'),
    pytest.param('Danach sei laut el-Kadi die Anlage stillgelegt worden.',
                 'reported', 'el-Kadi', 'laut', None, id='lower_case_name_particle_after_laut'),
    pytest.param('Die Kampagne selbst dagegen warf dem Senator, nachdem dessen Plan bekannt wurde, vor, '
                 'er habe gelogen.',
                 'indirect', 'Kampagne', 'warf vor', 'er habe gelogen',
                 id='particle_after_an_adverbial_clause_and_pronominal_adverb_in_prefield'),
    pytest.param('Wie die „Aktion Kinder helfen“ heute mitteilte, sei die Hilfe angekommen.',
                 'reported', '„Aktion Kinder helfen“', 'Wie mitteilte', 'sei die Hilfe angekommen',
                 id='verb_inside_a_quoted_name_in_a_wie_clause'),
    pytest.param('Als Begründung sagte ein Sprecher der Stadt: „Wir haben keine Wahl.“',
                 'direct', 'Sprecher der Stadt', 'sagte', None, id='als_phrase_in_a_verb_second_prefield'),
    pytest.param('Wie die Ärztezeitung in ihrer Onlineausgabe berichtet, ist auch Peru betroffen.',
                 'reported', 'Ärztezeitung in ihrer Onlineausgabe', 'Wie berichtet', None,
                 id='wie_clause_source_keeps_its_outlet_phrase'),
    pytest.param('Wie der Minister am Dienstag in Hannover erklärte, sei das Gesetz kein Hindernis.',
                 'reported', 'Minister', 'Wie erklärte', None, id='wie_clause_source_ends_at_a_time'),
    pytest.param('Durch das Gesetz würden sich nach Meinung der beiden Politiker weniger Menschen bewerben.',
                 'reported', 'beiden Politiker', 'nach', 'Durch das Gesetz würden sich … weniger Menschen bewerben',
                 id='genitive_with_a_quantifier_after_the_article'),
    pytest.param('Nach Meinung von Anna Weiß, Professorin am Institut für Geologie, könnte der Hang abrutschen.',
                 'reported', 'Anna Weiß, Professorin am Institut für Geologie', 'Nach', 'könnte der Hang abrutschen',
                 id='apposition_with_a_place_after_a_prepositional_source'),
    pytest.param('Die Gefangenen wurden laut Amnesty International und UNO in einem unfairen Verfahren verurteilt.',
                 'reported', 'Amnesty International und UNO', 'laut',
                 'Die Gefangenen wurden … in einem unfairen Verfahren verurteilt',
                 id='coordinated_source_before_a_prepositional_phrase'),
    pytest.param('Die Äußerungen der Ärzte bezeichnete Gesundheitsminister Wolf als „Panikmache“ und glaubt, '
                 'dass die Lage sich beruhige.',
                 'indirect', 'Gesundheitsminister Wolf', 'glaubt', 'dass die Lage sich beruhige',
                 id='plural_speech_noun_before_a_singular_verb_is_its_object'),
    pytest.param('Die Stadtwerke haben angekündigt die Preise im Oktober zu erhöhen.',
                 'indirect', 'Stadtwerke', 'haben angekündigt', 'die Preise im Oktober zu erhöhen',
                 id='zu_infinitive_without_its_comma'),
    pytest.param('Nicht näher genannten Quellen zufolge wurden drei Soldaten festgenommen.',
                 'reported', 'Nicht näher genannten Quellen', 'zufolge', 'wurden drei Soldaten festgenommen',
                 id='negated_adjective_inside_the_source'),
    pytest.param('Der Minister betonte dass man weiter verhandeln wolle.',
                 'indirect', 'Minister', 'betonte', 'dass man weiter verhandeln wolle',
                 id='dass_clause_without_its_comma'),
]


def test_adverbial_clause_before_a_cue_is_no_message(quotes):
    text = "Während die Sängerin erklärte, aufgeregt zu sein, „größer wird es nicht“, räumte ihr Kollege Tom Berg ein."
    qs = quotes(text)
    assert only(qs, kind="indirect").speaker_text == "Sängerin"
    assert not any("Während" in q.text for q in qs)


@pytest.mark.parametrize("text,kind,speaker,cue,message", SPEAKERS)
def test_speaker_cue_and_message(quotes, text, kind, speaker, cue, message):
    q = only(quotes(text), kind=kind) if kind else only(quotes(text))
    assert q.speaker_text == speaker
    if cue is not None:
        assert q.cue == cue
    if message is not None:
        assert q.text == message


def test_reportive_soll_goes_back_to_the_authority_named_before(quotes):
    text = ("Die Staatsanwaltschaft Kassel hat Anklage gegen einen 54-Jährigen erhoben. "
            "Ihm wird vorgeworfen, Fördergelder veruntreut zu haben. Außerdem soll er Rechnungen gefälscht haben.")
    q = only(quotes(text), text="Außerdem soll er Rechnungen gefälscht haben.")
    assert q.speaker_text == "Staatsanwaltschaft Kassel"


def test_reportive_soll_without_any_source_stays_without_speaker(quotes):
    text = "Der Mann wohnte seit Jahren in der Stadt. Er soll die Tat gestanden haben."
    q = only(quotes(text), text="Er soll die Tat gestanden haben.")
    assert q.speaker_text is None


def test_colon_after_a_dass_clause_takes_the_main_clause_cue(quotes):
    text = "Er glaubt weiterhin, dass das Team gestärkt aus der Saison hervorgehe: „Wir haben gelernt, bescheidener zu sein.“"
    qs = quotes(text)
    assert only(qs, kind="indirect").cue == "glaubt"
    direct = only(qs, kind="direct")
    assert (direct.cue, direct.speaker_text) == ("glaubt", "Er")


def test_foreign_title_with_lower_case_particles_is_no_quotation(quotes):
    text = "„Er ist immer noch der Beste“, wird der Franzose im Fachblatt „La Gazetta dello Sport“ zitiert."
    q = only(quotes(text))
    assert q.text == "Er ist immer noch der Beste"


def test_continued_quote_leaves_the_speakers_own_indirect_speech(quotes):
    text = ("Er glaubt, dass das Team gestärkt sei: „Wir haben viel gelernt.“ "
            "Doch Geldsorgen scheint das Team nicht zu haben. „Wir haben längst neue Verträge abgeschlossen.“")
    qs = quotes(text)
    assert only(qs, kind="indirect").text == "dass das Team gestärkt sei"
    assert all(q.speaker_text == "Er" for q in qs)


def test_verb_after_und_shares_the_first_clauses_subject_and_a_motto_is_no_quote(quotes):
    text = ("Unter dem Motto „Freiheit statt Angst“ zogen die Demonstranten zur Paulskirche "
            "und skandierten dabei Parolen wie „Stoppt den Überwachungswahn“.")
    q = only(quotes(text))
    assert (q.text, q.speaker_text, q.cue) == ("Stoppt den Überwachungswahn", "Demonstranten", "skandierten")


def test_relative_clause_after_a_verb_final_object_is_no_message(quotes):
    qs = quotes("Der Senator hat eine Initiative angekündigt, die die Zuschüsse streicht.")
    assert not [q for q in qs if q.kind == "indirect"]


def test_quoted_name_inside_the_speaker_is_no_quotation(quotes):
    qs = quotes("So berichtete die in Linz erscheinende „Rundschau am Sonntag“ gestern von einer Initiative der Pfarrer.")
    assert [q.kind for q in qs] == ["reported"]
    assert qs[0].speaker_text == "in Linz erscheinende „Rundschau am Sonntag“"


def test_bekannt_werden_is_no_cue(quotes):
    assert not quotes("Nachdem der Plan bekannt wurde, kam es zu Protesten in der Stadt.")


SPEAKERS += [
    pytest.param('Der Schulleiter hofft, die Lehrerin an der Schule halten zu können.',
                 'indirect', 'Schulleiter', 'hofft', 'die Lehrerin an der Schule halten zu können',
                 id='hope_with_zu_infinitive'),
    pytest.param('Die Stadtwerke beschlossen am Montag, im Winter die Straßenbeleuchtung zu reduzieren.',
                 'indirect', 'Stadtwerke', 'beschlossen', None, id='decision_with_zu_infinitive'),
    pytest.param('Das Landgericht hat entschieden, dass die Anlage stillgelegt werden muss.',
                 'indirect', 'Landgericht', 'hat entschieden', None, id='decision_with_dass_clause'),
    pytest.param('Die Regierungen in Madrid und Lissabon haben signalisiert, dass sie Hilfe schicken wollen.',
                 'indirect', 'Regierungen in Madrid und Lissabon', 'haben signalisiert', None,
                 id='signalled_with_dass_clause'),
    pytest.param('Die Tarifpartner einigten sich darauf, dass die Löhne um drei Prozent steigen.',
                 'indirect', 'Tarifpartner', 'einigten sich darauf', 'dass die Löhne um drei Prozent steigen',
                 id='reflexive_cue_with_correlate'),
    pytest.param('„Die Kollegen hielten uns für verrückt“, erinnerte sich der Chirurg später.',
                 'direct', 'Chirurg', 'erinnerte sich', None, id='remembered_reflexive_after_quote'),
    pytest.param('Wie aus einem Bericht der Feuerwehr hervorgeht, wurden drei Menschen verletzt.',
                 'reported', 'Feuerwehr', 'Wie hervorgeht', 'wurden drei Menschen verletzt',
                 id='wie_clause_with_hervorgehen'),
    pytest.param('Am Montag sagte der 81-jährige in einem Interview, dass er nicht mehr antreten werde.',
                 'indirect', '81-jährige', 'sagte', None, id='lower_case_age_noun_as_speaker'),
    pytest.param('Wojtkewitsch kritisierte den Plan des Ministers als „Provokation“.',
                 None, 'Wojtkewitsch', None, 'Provokation', id='sentence_initial_name_read_as_adjective'),
    pytest.param('Der Entführer hinterließ einen Brief in dem er verlangte, dass die Polizei nicht verständigt werde.',
                 'indirect', 'er', 'verlangte', None, id='subject_of_relative_clause_without_comma'),
    pytest.param('Es gibt ein Protokoll, in dem die Behörde erklärt, dass das Wasser sauber sei.',
                 'indirect', 'Behörde', 'erklärt', 'dass das Wasser sauber sei', id='present_tense_in_relative_clause'),
    pytest.param('In der Stadt kursieren Gerüchte, nach denen der Bürgermeister zurücktreten will.',
                 'reported', 'denen', 'nach', 'der Bürgermeister zurücktreten will', id='nach_denen_after_speech_noun'),
    pytest.param('Der Trainer war nach eigenem Bekunden über den Wechsel informiert.',
                 'reported', 'Trainer', 'nach', None, id='nominalised_infinitive_as_speech_noun'),  # the subject speaks of itself
    pytest.param('Außerdem hatte sie laut „heise.de“ kritisiert, dass die Daten unverschlüsselt gespeichert würden.',
                 'reported', '„heise.de“', 'laut', None, id='quoted_web_domain_as_source'),
    pytest.param('„Das ist schlicht falsch“, sagten Schröder und Fischer am Montag.',
                 'direct', 'Schröder und Fischer', 'sagten', None, id='coordinated_subject_after_plural_verb'),
    pytest.param('„Das ist schlicht falsch“, sagte Bauer und ging.',
                 'direct', 'Bauer', 'sagte', None, id='und_after_singular_verb_is_no_second_subject'),
    pytest.param('Die Lage sei ruhig, sagte Pierre Dubois, französischer General und Kommandeur der Mission am Montag.',
                 'indirect', 'Pierre Dubois, französischer General und Kommandeur der Mission', 'sagte', None,
                 id='apposition_before_a_time_phrase'),
    pytest.param('Ulla Kerner, die vor einem Monat für Schlagzeilen gesorgt hatte, kritisierte die Entscheidung '
                 'der Fraktion, dass sie gehen müsse.',
                 'indirect', 'Ulla Kerner', 'kritisierte', None, id='bare_name_with_relative_clause_before_the_verb'),
    pytest.param('Die Firma bekomme, wie es auf einer Pressekonferenz in Oslo hieß, vier Millionen Euro.',
                 'reported', 'Pressekonferenz in Oslo', None, None, id='wie_es_hiess_with_a_place_phrase'),
    pytest.param('Die Pläne der Richter bezeichnete Wiefelspütz als „Knaller aus Karlsruhe“.',
                 'direct', 'Wiefelspütz', None, None, id='fronted_object_subject_after_the_verb'),
    pytest.param('Die neue Regel kritisierte der Verband scharf, sie sei unfair.',
                 'indirect', 'Verband', 'kritisierte', 'sie sei unfair', id='fronted_object_with_article_subject'),
    pytest.param('Weil der Senat erklärt, dass er die Kosten trägt, ist der Streit beendet.',
                 'indirect', 'Senat', 'erklärt', 'dass er die Kosten trägt', id='present_tense_in_adverbial_clause'),
    pytest.param('Er starb am Samstag, teilte die zur Universität Wien gehörende Stiftung mit.',
                 'indirect', 'zur Universität Wien gehörende Stiftung', 'teilte mit', None,
                 id='extended_attribute_with_its_own_adjective_phrase'),
    pytest.param('Am Montag erklärte der Eigentümer, das die „Kieler Nachrichten“ verlegende Medienhaus Borg, '
                 'dass die Zeitung eingestellt werde.',
                 'indirect', 'Eigentümer, das die „Kieler Nachrichten“ verlegende Medienhaus Borg', 'erklärte', None,
                 id='apposition_whose_article_reads_as_relative_pronoun'),
]


def test_a_denied_confirmation_states_nothing(quotes):
    assert not quotes("Ein Sprecher der Armee wollte nicht bestätigen, dass alle Insassen Soldaten waren.")


def test_nach_denen_after_an_ordinary_noun_is_no_attribution(quotes):
    assert not quotes("Es gibt Regeln im Verein, nach denen die Mitglieder Beiträge zahlen.")


def test_speaker_of_nach_eigenem_bekunden_speaks_on(quotes):
    text = ("Die Sängerin Lena Marquardt war nach eigenem Bekunden lange unentschlossen. "
            "Sie habe aber nun eine Entscheidung getroffen.")
    q = only(quotes(text), text="Sie habe aber nun eine Entscheidung getroffen.")
    assert q.speaker_text == "Sängerin Lena Marquardt"


def test_decision_over_an_open_question_is_no_message(quotes):
    assert not quotes("Das Gericht entscheidet am Freitag, ob Untersuchungshaft angeordnet wird.")


def test_quote_after_a_relative_clause_cue_belongs_to_the_laut_source(quotes):
    text = ("Laut Polizei ist die Kundgebung, zu der ein Bündnis von Vereinen aufgerufen hatte, "
            "„weitgehend friedlich“ verlaufen.")
    qs = quotes(text)
    assert qs and all(q.speaker_text == "Polizei" and q.cue == "Laut" for q in qs)


def test_vehicles_are_no_witnesses(quotes):
    text = "Am Rand der Straße standen Fahrzeuge und Werkzeuge. Die Lage sei unübersichtlich."
    assert all(q.speaker_text is None for q in quotes(text))


def test_a_name_inside_a_genitive_does_not_make_a_speaker(quotes):
    text = ("Der Verkauf der Wohnbau Kassel wurde am Mittwoch erörtert. "
            "Das Verfahren sei ein schneller Weg zur Genehmigung des Haushalts.")
    assert all(q.speaker_text != "Verkauf der Wohnbau Kassel" for q in quotes(text))


def test_a_role_with_a_genitive_name_stays_a_speaker(quotes):
    text = ("Der Gouverneur von Missouri trat am Mittwoch vor die Presse. "
            "Die Lage sei unter Kontrolle.")
    q = only(quotes(text), text="Die Lage sei unter Kontrolle.")
    assert q.speaker_text == "Gouverneur von Missouri"


def test_das_with_a_modal_and_cue_in_the_next_sentence_names_the_speaker(quotes):
    text = "„Wir müssen sparen.“ Das musste der Finanzminister am Montag einräumen."
    q = only(quotes(text), kind="direct")
    assert (q.speaker_text, q.cue) == ("Finanzminister", "musste einräumen")


def test_lauten_without_a_colon_and_quote_is_no_cue(quotes):
    assert not quotes("Die Anklage gegen den Fahrer lautet auf Betrug.")
    assert all("lauten" not in (q.cue or "") for q in quotes("Der neue Name der Firma wird „Nordwerk“ lauten."))


def test_konjunktiv_sentence_goes_back_to_an_earlier_source(quotes):
    text = ("Der Wetterdienst warnte am Morgen vor Sturm. Viele Schulen bleiben geschlossen. "
            "Die Bahn stellte den Verkehr ein. Oberhalb von 800 Metern seien Orkanböen möglich.")
    q = only(quotes(text), text="Oberhalb von 800 Metern seien Orkanböen möglich.")
    assert q.speaker_text == "Wetterdienst"


def test_verweisen_without_a_clause_is_a_reported_speech_act(quotes):
    q = only(quotes("Ein Militärsprecher verwies auf das schlechte Wetter."))
    assert (q.kind, q.speaker_text) == ("reported", "Militärsprecher")


def test_the_object_of_sprechen_von_is_no_speaker(quotes):
    q = only(quotes("Zuletzt sprach der Minister von einer schweren Krise."))
    assert (q.kind, q.speaker_text) == ("reported", "Minister")
    text = "Der Angeklagte gebe die Kontakte zu, spreche aber von Einvernehmlichkeit."
    assert all(q.speaker_text != "Einvernehmlichkeit" for q in quotes(text))


def test_wie_von_anfang_an_is_no_agent(quotes):
    assert not quotes("Das Projekt scheiterte, wie von Anfang an befürchtet, am Geld.")


def test_a_von_attribute_of_a_noun_is_no_passive_agent(quotes):
    text = "Es wurde lediglich eine Ablösesumme von zehn Millionen Euro genannt."
    assert all(q.speaker_text != "zehn Millionen Euro" for q in quotes(text))
    q = only(quotes("Die Meldung wurde im Mai von der Polizei bestätigt."))
    assert q.speaker_text == "Polizei"


def test_heisst_es_after_a_document_with_a_time_attribute(quotes):
    q = only(quotes("In der Mitteilung des Komitees von heute Mittag heißt es, der Preis gehe an eine Dichterin."),
             cue="heißt es")
    assert q.speaker_text == "Komitees"  # the owner of the document, without its time


def test_heisst_es_after_a_document_with_a_parenthesis_and_a_relative_clause(quotes):
    q = only(quotes("Im letzten Satz der Anordnung (Subpoena), die der Firma im Dezember zugestellt wurde, "
                    "heißt es, die Firma dürfe nichts verraten."), cue="heißt es")
    assert q.speaker_text == "letzten Satz der Anordnung (Subpoena)"


SPEAKERS += [
    pytest.param('Wie die in Zürich ansässige Stiftung für Pressefreiheit am Samstag berichtete, wurden zwei '
                 'Reporter festgenommen.', 'reported', 'in Zürich ansässige Stiftung für Pressefreiheit',
                 'Wie berichtete', None, id='time_after_an_unparsed_wie_subject'),
    pytest.param('Dem Missbrauch gehöre ein Riegel vorgeschoben, so Huber Freitagabend.',
                 'reported', 'Huber', 'so', None, id='weekday_compound_after_so_speaker'),
]
