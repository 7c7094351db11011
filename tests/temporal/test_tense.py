"""A bare month or weekday points back or ahead according to the sentence."""
import pytest

from lagebild.temporal.tense import direction


@pytest.mark.parametrize("text,span,value", [
    ("Der Minister sagte am Mittwoch, er plane, im Oktober nach Nordkorea zu reisen.", "Mittwoch", "2023-09-13"),
    ("Der Minister sagte am Mittwoch, er plane, im Oktober nach Nordkorea zu reisen.", "Oktober", "2023-10"),
    ("Im Oktober war die Lage schon einmal eskaliert.", "Oktober", "2022-10"),
    ("Im November wird ein neuer Vorstand gewählt.", "November", "2023-11"),
    ("Im Mai hatte die Firma noch Gewinne gemeldet.", "Mai", "2023-05"),
    ("Am Sonntag hatten Tausende demonstriert.", "Sonntag", "2023-09-10"),
    ("Der Prozess beginnt am Montag vor dem Landgericht.", "Montag", "2023-09-18"),
    ("Am Freitag wird das Urteil erwartet.", "Freitag", "2023-09-15"),
    ("Am Mittwochabend stimmt der Bundestag über den Haushalt ab.", "Mittwochabend", "2023-09-20TEV"),
    ("Der Tarifvertrag gilt rückwirkend seit dem 1. Oktober.", "1. Oktober", "2022-10-01"),
    ("Die neuen Regeln gelten ab dem 1. Oktober.", "1. Oktober", "2023-10-01"),
    ("Der Angeklagte soll am Dienstag eingebrochen sein.", "Dienstag", "2023-09-12"),
    ("An Weihnachten bleiben die Geschäfte geschlossen.", "Weihnachten", "2023-12-25"),
    ("Zu Ostern hatte der Papst zum Frieden aufgerufen.", "Ostern", "2023-04-09"),
    ("Im Frühjahr will die Partei ihr Programm vorlegen.", "Frühjahr", "2024-SP"),
    ("Im vergangenen Herbst war die Koalition fast zerbrochen.", "vergangenen Herbst", "2022-FA"),
])
def test_tense_directed_resolution(values, text, span, value):
    assert values(text)[span] == value


def test_direction_cues():
    assert direction("Er sagte, er werde im Oktober reisen.", 27) == 1
    assert direction("Im Oktober hatte er die Stadt verlassen.", 3) == -1
    assert direction("Die Preise steigen seit Oktober.", 25, "Die Preise steigen seit ") == -1
    assert direction("Bis Oktober bleibt alles, wie es ist.", 4, "Bis ") == 1


def test_a_named_weekday_picks_the_year(values):
    # Thursday 21 September fits 2023, not 2022, although the sentence is in the past
    v = values("Die Sitzung wurde auf Donnerstag, den 21. September, vertagt.")
    assert v["Donnerstag, den 21. September"] == "2023-09-21"
