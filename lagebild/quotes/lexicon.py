"""Word lists for quotation and attribution rules (hand-written).

Lemmas are lower-case. Verb lemmas are infinitives without a separable
particle; ``PARTICLE_VERBS`` lists which particles make a cue of them.
"""
from __future__ import annotations

import re

# Verbs of speech, writing and thought that introduce or frame a message.
# The value is the SpkAtt STWR class (Speech, Writing, Thought, SW, ST).
SPEECH_VERBS: dict[str, str] = {}


def _add(stwr: str, words: str) -> None:
    for w in words.split():
        SPEECH_VERBS[w] = stwr


_add("Speech", """
sagen erklären betonen sprechen äußern meinen antworten entgegnen erwidern
versichern bekräftigen ergänzen erläutern unterstreichen bestätigen bestreiten
dementieren zurückweisen behaupten warnen drohen fordern verlangen kritisieren
loben beklagen bemängeln bedauern begrüßen bezeichnen nennen ankündigen
versprechen zusagen einräumen zugeben gestehen beteuern bekennen verkünden
vorschlagen empfehlen raten appellieren mahnen anmahnen klagen beschweren
rufen skandieren zitieren wiederholen hinzufügen anfügen ausführen darlegen
hinweisen verweisen aufrufen auffordern bitten vorwerfen beschuldigen
anklagen unterstellen verneinen bejahen zustimmen widersprechen
klarstellen klarmachen feststellen festhalten resümieren bilanzieren
kommentieren argumentieren begründen prophezeien vorhersagen voraussagen
prognostizieren ankündigen andeuten anmerken bemerken einwenden anfügen
verraten enthüllen offenbaren preisgeben zugestehen beharren insistieren
schildern beschreiben erzählen berichten informieren unterrichten melden
mitteilen bekanntgeben bekanntmachen angeben aussagen verlauten sprechen
reden nachlegen zusichern garantieren ablehnen anregen eingestehen
abstreiten leugnen vorhalten verteidigen rechtfertigen vermelden anprangern herausstreichen
würdigen verlautbaren plädieren beziffern werten charakterisieren
verurteilen konstatieren fragen nachfragen schimpfen wettern poltern spotten scherzen lästern parieren kontern
hervorheben attestieren
signalisieren beschließen entscheiden vereinbaren erinnern einigen aufmerksammachen
""")
_add("Writing", """
schreiben veröffentlichen twittern posten notieren vermerken publizieren
""")
_add("Thought", """
glauben denken vermuten befürchten fürchten hoffen annehmen erwarten
bezweifeln zweifeln schätzen einschätzen überzeugen ahnen spekulieren
rechnen wissen finden halten sehen ausgehen erhoffen
""")

# Lemmas that are only cues with a particle / reflexive / as a fixed phrase.
PARTICLE_VERBS: dict[str, frozenset[str]] = {
    "teilen": frozenset({"mit"}),
    "geben": frozenset({"bekannt", "an", "zu", "wieder"}),
    "weisen": frozenset({"hin", "zurück"}),
    "kündigen": frozenset({"an"}),
    "fügen": frozenset({"hinzu", "an"}),
    "führen": frozenset({"aus"}),
    "räumen": frozenset({"ein"}),
    "stellen": frozenset({"fest", "klar", "dar", "heraus", "in"}),
    "werfen": frozenset({"vor"}),
    "rufen": frozenset({"auf"}),
    "fordern": frozenset({"auf"}),
    "schlagen": frozenset({"vor"}),
    "legen": frozenset({"dar", "nahe"}),
    "deuten": frozenset({"an"}),
    "sagen": frozenset({"voraus", "zu"}),
    "heben": frozenset({"hervor"}),
    "lehnen": frozenset({"ab"}),
    "sprechen": frozenset({"aus", "an"}),
    "gehen": frozenset({"aus", "hervor"}),
    "machen": frozenset({"deutlich", "klar", "geltend", "aufmerksam"}),
    "merken": frozenset({"an"}),
    "streiten": frozenset({"ab"}),
    "halten": frozenset({"fest", "vor"}),
    "streichen": frozenset({"heraus"}),
    "prangern": frozenset({"an"}),
    "berufen": frozenset({"auf"}),
    "lassen": frozenset({"verlauten", "wissen"}),
    "sehen": frozenset({"vor"}),
    "wenden": frozenset({"ein"}),
    "kommen": frozenset({"überein"}),
    "melden": frozenset({"an"}),
}

# Every separable speech verb of the lists above also counts with its particle
# split off ("regte … an", "gab … bekannt", "sicherte … zu").
_SEPARABLE = ("vorher", "bekannt", "hervor", "heraus", "zurück", "voraus", "hinzu", "nach", "fest", "klar", "dar", "vor",
              "aus", "auf", "an", "ab", "ein", "zu", "hin", "mit", "bei")
for _lemma in list(SPEECH_VERBS):
    if _lemma in ("antworten",):
        continue
    for _p in _SEPARABLE:
        if _lemma.startswith(_p) and len(_lemma) - len(_p) >= 4 and _lemma[len(_p):].endswith("n"):
            _base = _lemma[len(_p):]
            PARTICLE_VERBS[_base] = PARTICLE_VERBS.get(_base, frozenset()) | {_p}
            break

# Noun (or adjective) cues: a light verb with a fixed noun phrase that frames a
# complement clause ("ist der Meinung, dass", "vertritt die Ansicht, …",
# "kam zu dem Ergebnis, dass", "äußerte die Hoffnung, dass", "zeigte sich
# überzeugt, dass"). Verb lemma -> words that make the cue.
_OPINION = "meinung ansicht auffassung überzeugung einschätzung standpunkt position"
NOUN_CUES: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "sein": _OPINION + " überzeugt sicher zuversichtlich",
    "vertreten": _OPINION + " these",
    "kommen": "ergebnis schluss schluß erkenntnis überzeugung einschätzung",
    "gelangen": "ergebnis schluss schluß erkenntnis überzeugung einschätzung",
    "äußern": "hoffnung befürchtung erwartung vermutung sorge verdacht ansicht meinung überzeugung zuversicht",
    "bringen": "ausdruck",
    "legen": "wert",
    "erheben": "vorwurf vorwürfe forderung forderungen",
    "zeigen": "überzeugt zuversichtlich optimistisch besorgt zufrieden enttäuscht erleichtert skeptisch sicher",
    "ziehen": "fazit bilanz",
    "teilen": "ansicht meinung auffassung einschätzung sorge",
}.items()}

# Modality of a cue lemma (for claims).
ALLEGED_VERBS = frozenset("""
behaupten vermuten beschuldigen vorwerfen vorhalten unterstellen spekulieren anklagen
mutmaßen verdächtigen bezichtigen vorwurf vorwürfe vermutung verdacht
""".split())
DENIED_VERBS = frozenset("""
bestreiten dementieren zurückweisen abstreiten leugnen verneinen
""".split())
PLANNED_VERBS = frozenset("""
ankündigen planen beabsichtigen versprechen zusagen vorhaben
""".split())

# Prepositional attribution ("laut X", "gemäß X"); "zufolge" follows its NP.
ATTRIBUTION_PREPS = frozenset({"laut", "gemäß", "lt."})
POST_ATTRIBUTION = frozenset({"zufolge"})

# Nouns that turn "nach X" into attribution ("nach Angaben der Polizei").
SPEECH_NOUN_HEADS = (
    "angaben", "angabe", "informationen", "aussagen", "aussage", "berichten",
    "bericht", "berichts", "meldungen", "meldung", "worten", "ansicht",
    "meinung", "einschätzung", "einschätzungen", "auffassung", "darstellung",
    "schätzungen", "schätzung", "erkenntnissen", "recherchen", "ermittlungen",
    "auskunft", "mitteilung", "erklärung", "äußerungen", "überzeugung",
    "vorstellung", "vorstellungen", "willen", "plänen", "beobachtungen",
    "zählung", "zählungen", "umfrage", "umfragen", "studie", "analyse",
    "untersuchung", "untersuchungen", "prognose", "prognosen", "quellen",
    "kreisen", "sicht", "lesart", "version", "vermutung", "vermutungen",
    "befürchtungen", "hochrechnung", "hochrechnungen", "berechnungen",
    "daten", "zahlen", "statistik", "statistiken", "gutachten", "urteil",
    "verständnis", "interpretation", "auswertung", "idee", "ankündigung",
    "nachrichten", "darstellungen", "quellenlage", "ergebnis",
    "ergebnissen", "entwurf", "wunsch", "forderung", "forderungen",
    "erkenntnisstand", "planungen", "hinweis", "hinweisen", "erfahrungen", "veröffentlichung",
    "vorhersage", "vorhersagen", "nachricht", "bekunden", "vernehmen", "recherche", "information",
    "gesetz", "gesetzentwurf", "gesetzesentwurf", "verfassung", "grundgesetz", "bekanntgabe",
    "gerücht", "gerüchte", "gerüchten",
)

# Nouns denoting speech/communication products: heads of "Source" NPs such as
# "eine Erklärung des Ministeriums", and of "heißt es in ...".
DOCUMENT_NOUNS = frozenset("""
erklärung mitteilung pressemitteilung bericht meldung studie stellungnahme
schreiben brief interview zeitung agentur nachrichtenagentur sender
kommuniqué communiqué verlautbarung untersuchung analyse gutachten urteil
artikel beitrag rede ansprache pressekonferenz homepage website webseite
""".split())

# Compound endings of what a following "Danach …" can refer to ("neue Quartalszahlen. Danach …").
DOCUMENT_HEADS = ("studie", "bericht", "umfrage", "zahlen", "prognose", "hochrechnung", "darstellung",
                  "entwurf", "statistik", "analyse", "gutachten", "ergebnis", "ergebnisse")

# Addressee: media/people that are told something ("sagte der Zeitung").
ADDRESSEE_HEADS = (
    "zeitung", "zeitschrift", "agentur", "nachrichtenagentur", "sender",
    "magazin", "blatt", "journalisten", "reportern", "presse", "fernsehen",
    "rundfunk", "radio", "tv", "bbc", "cnn", "dpa", "afp", "reuters", "spiegel",
    "wikinews", "medien", "öffentlichkeit", "nachrichtensender", "fernsehsender",
    "welt", "bild", "faz", "taz", "stern", "focus", "tagesschau", "zdf", "ard",
    "sportschau", "reporter", "journalistin", "medienvertretern", "korrespondenten", "abgeordneten",
    "öffentlichkeit", "nachrichtenportal", "online", "sendung", "talkshow",
)

# Role nouns: institutional and collective speakers (matched as suffix of a
# lower-cased compound, so "kreml-sprecher", "außenministerium" match too).
ROLE_SUFFIXES = (
    "sprecher", "sprecherin", "führer", "führerin", "mitglied", "mitglieder", "minister", "ministerin", "ministerium",
    "präsident", "präsidentin", "kanzler", "kanzlerin", "chef", "chefin",
    "regierung", "behörde", "behörden", "polizei", "staatsanwaltschaft",
    "beamte", "beamten", "beamter", "experte", "experten", "expertin",
    "agentur", "amt", "leiter", "leiterin", "vorsitzende", "vorsitzender",
    "direktor", "direktorin", "sekretär", "sekretärin", "kommission",
    "kommissar", "kommissarin", "gericht", "richter", "richterin", "anwalt",
    "anwältin", "anwälte", "militär", "armee", "streitkräfte", "verband",
    "gewerkschaft", "partei", "fraktion", "rat", "ausschuss", "botschaft",
    "botschafter", "botschafterin", "generalsekretär", "abgeordnete",
    "abgeordneter", "senator", "bürgermeister", "bürgermeisterin",
    "vertreter", "vertreterin", "analyst", "analysten", "forscher",
    "forscherin", "wissenschaftler", "wissenschaftlerin", "ärzte", "arzt",
    "ärztin", "zeugen", "zeuge", "augenzeugen", "augenzeuge", "medien",
    "kreise", "kreisen", "quellen", "quelle", "dienst", "geheimdienst",
    "ermittler", "feuerwehr", "unternehmen", "konzern", "firma", "bank",
    "institut", "organisation", "sprecherinnen", "mitarbeiter", "offizielle",
    "funktionäre", "funktionär", "diplomaten", "diplomat", "kreml",
    "weißes haus", "pentagon", "vorstand", "aufsichtsrat", "gremium",
    "premierminister", "premier", "könig", "königin", "papst", "bischof",
    "trainer", "kapitän", "manager", "managerin", "autor", "autorin",
    "kritiker", "befürworter", "gegner", "bewohner", "anwohner", "betreiber", "politiker", "politikerin",
    "veranstalter", "organisatoren", "aktivisten", "demonstranten",
    "beobachter", "ministerpräsident", "ministerpräsidentin", "bundesamt",
    "landesamt", "verwaltung", "kommando", "stab", "zentrale", "koalition",
    "opposition", "bundesregierung", "nachrichtenagentur", "sender",
    "zeitung", "studie", "bericht", "erklärung", "mitteilung",
    "parlament", "parlamente", "stiftung", "ministerien", "gewerkschaften", "verbände", "parteien",
    "fraktionen", "organisationen", "unternehmen", "konzerne", "regierungen", "sprecherin", "polizisten",
    "staatsanwalt", "staatsanwältin", "staatsanwälte", "verteidiger", "verteidigerin", "kläger", "klägerin",
    "union", "rundfunk", "bund", "vereinigung", "netzwerk", "komitee", "allianz", "bündnis", "liga", "verein",
    "hersteller", "politiker", "politikerin", "gutachter", "meteorologen", "mediziner", "ökonom", "ökonomen",
    "historiker", "juristen", "rebellen", "akademie", "universität", "initiative", "kammer", "institution",
    "staat", "staaten", "kräfte", "schützer", "leitung", "führung", "geschäftsführung", "spitze",
    "professor", "professorin", "dozent", "dozentin", "dekan", "dekanin", "rektor", "rektorin",
    "gouverneur", "gouverneurin", "general", "kommandeur", "kommandant", "offizier", "admiral", "oberbefehlshaber", "koordinator", "koordinatorin",
    "beauftragte", "beauftragter", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "intendant",
    "intendantin", "gründer", "gründerin", "inhaber", "inhaberin", "eigentümer", "berater", "beraterin",
    "konferenz", "volkswirt", "volkswirte", "volkswirtin",
)

# Words that end like a role noun but are none ("Fahrzeuge" is no "Zeuge",
# "insgesamt" no "Amt", "Entführung" no "Führung").
NOT_ROLE_ENDINGS = (
    "fahrzeug", "fahrzeuge", "fahrzeugen", "flugzeug", "flugzeuge", "flugzeugen", "werkzeug", "werkzeuge",
    "werkzeugen", "spielzeug", "überzeugen", "insgesamt", "samt", "gesamt", "trat", "betrat", "vertrat", "inserat",
    "rektorat", "heirat", "verrat", "apparat", "vorrat", "referat", "präparat",
    "einführung", "entführung", "ausführung", "durchführung", "aufführung", "vorführung", "überführung",
    "fortführung", "weiterführung", "kriegführung", "federführung", "weiterleitung", "begleitung", "einleitung",
    "umleitung", "ableitung", "drehleiter", "wachsender", "maßstab", "wiedervereinigung", "stiefelspitze",
    "umkreisen", "einnahmequellen", "brandstiftung", "réunion", "datenbank", "anklagebank", "verdienst",
    "bärendienst", "kühlkammer", "vakuumkammer", "zählung", "zählungen",
)

# Pronouns that can be speakers; value: (gender/number class).
SPEAKER_PRONOUNS = {
    "er": "m", "sie": "f|p", "es": "n", "man": "x", "wir": "p", "ich": "s",
}

# Titles that may precede a name inside a speaker phrase.
TITLES = frozenset("""
dr. prof. professor dipl.-ing. mag. herr frau hr. fr. sir lord st. präsident
""".split())

# Time and manner words that end a speaker phrase after the verb.
TIME_NOUNS = frozenset("""
montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend
januar februar märz april mai juni juli august september oktober november
dezember jahr jahres woche wochenende tag tages morgen abend nacht mittag
vormittag nachmittag wochen monat monate monaten zeit rande anfang ende mitte
interview gespräch telefonat pressekonferenz sitzung rede erklärung
""".split()) | frozenset(day + part for day in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                                                 "samstag", "sonntag", "sonnabend")
                         for part in ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"))

# Days named relative to the day of writing.
RELATIVE_DAYS = frozenset({"heute", "gestern", "vorgestern"})

# Words that start a subordinate/complement clause carrying a message.
COMPLEMENTIZERS = frozenset({"dass", "daß", "ob"})
WH_COMPLEMENTIZERS = frozenset({"wie", "warum", "weshalb", "wieso", "wann", "wo", "wer",
                                "was", "welche", "welcher", "welches", "inwiefern", "wieviel"})

# Konjunktiv-II forms (used as substitutes for Konjunktiv I).
KONJ2 = frozenset("""
hätte hätten hättest wäre wären wärest würde würden würdest könnte könnten
müsste müssten müßte müßten dürfte dürften gäbe gäben käme kämen ginge
stünde stünden läge lägen bräuchte bräuchten wüsste wüssten hieße
""".split())
# Singular Konjunktiv-II forms that are as often hypothetical narration ("Das
# wäre der Anfang …") as reported speech: they continue an attribution of the
# sentence right before, but do not start free indirect speech on their own.
KONJ2_WEAK = frozenset("""
hätte wäre würde könnte müsste müßte dürfte
""".split())

# Modal particles/adverbs of allegation inside a statement.
ALLEGED_MARKERS = frozenset({"angeblich", "mutmaßlich", "vermeintlich", "offenbar",
                              "anscheinend", "vermutlich", "wohl"})

# Authorities whose statements "soll"-sentences usually relay ("Die Staatsanwaltschaft
# hat Anklage erhoben. … Er soll …").
AUTHORITY_SUFFIXES = ("staatsanwaltschaft", "polizei", "behörde", "behörden", "ministerium", "gericht",
                      "gerichtshof", "regierung", "kommission", "ermittler", "ankläger", "anklage")

# A web domain used as a name: "tagesschau.de", "bildblog.de", "spiegel.co.uk".
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(de|com|org|net|at|ch|eu|info|tv|fr|it|uk|ru|us)$", re.I)


def is_domain(word: str) -> bool:
    return "." in word and bool(_DOMAIN.match(word))
