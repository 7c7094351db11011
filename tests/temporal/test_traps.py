"""Words that look like time but are not."""
import pytest


@pytest.mark.parametrize("text", [
    "Die Kommission und die Regierung einigten sich, die Reform umzusetzen.",
    "Sandra Maischberger sprach mit Mai-Linh über den Krieg.",
    "Die Firma Mai & Söhne meldete Insolvenz an.",
    "Die Journalistin Mai Thi Nguyen-Kim moderiert die Sendung.",
    "Der Schauspieler heißt August Diehl.",
    "Die Welt am Sonntag berichtete über den Fall.",
    "Die Partie endete 3:1, das Rückspiel 2:0.",
    "Mehr als 1500 Menschen wurden evakuiert.",
    "Auf dem Konto lagen 1999 Euro.",
    "Der 35-Jährige wurde noch am Tatort festgenommen.",
    "Auf dem alten Rechner läuft noch Windows 2000.",
    "Die Sonntagsfrage sieht die Union bei 31 Prozent.",
])
def test_no_expression(timexes, text):
    assert timexes(text) == []


def test_counts_are_no_years(values):
    v = values("2000 Soldaten kamen am 13. September 2023 an.")
    assert v == {"13. September 2023": "2023-09-13"}
    v = values("Die 1500 bayerischen Polizisten wurden 2017 eingesetzt.")
    assert v == {"2017": "2017"}


def test_may_is_a_month_after_a_preposition(values):
    assert values("Im Mai hatte die Firma Gewinne gemeldet.")["Mai"] == "2023-05"
