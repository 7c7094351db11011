"""Relative expressions, resolved against the publication date (Thu 2023-09-14)."""
import pytest


@pytest.mark.parametrize("text,span,value", [
    ("Heute tagt der Rat.", "Heute", "2023-09-14"),
    ("Gestern tagte der Rat.", "Gestern", "2023-09-13"),
    ("Der Rat tagt morgen.", "morgen", "2023-09-15"),
    ("Vorgestern tagte der Rat.", "Vorgestern", "2023-09-12"),
    ("Der Rat tagt übermorgen.", "übermorgen", "2023-09-16"),
    ("Am heutigen Donnerstag tagt der Rat.", "heutigen Donnerstag", "2023-09-14"),
    ("Die Polizei nahm am vergangenen Dienstag drei Männer fest.", "vergangenen Dienstag", "2023-09-12"),
    ("Kommenden Freitag wird das Ergebnis verkündet.", "Kommenden Freitag", "2023-09-15"),
    ("Vergangene Woche war es ruhig.", "Vergangene Woche", "2023-W36"),
    ("Nächste Woche reist die Kanzlerin nach Paris.", "Nächste Woche", "2023-W38"),
    ("Im vergangenen Jahr gab es 400 Fälle.", "vergangenen Jahr", "2022"),
    ("Letzten Monat sank die Inflation.", "Letzten Monat", "2023-08"),
    ("Vor drei Tagen wurde die Brücke gesperrt.", "Vor drei Tagen", "2023-09-11"),
    ("Vor 24 Jahren war das anders.", "Vor 24 Jahren", "1999"),
    ("Heute vor einem Jahr stürzte die Brücke ein.", "Heute vor einem Jahr", "2022-09-14"),
    ("In zwei Wochen entscheidet das Gericht.", "zwei Wochen", "2023-W39"),
    ("Die Preise sind seit September gestiegen.", "September", "2023-09"),
    ("Am Dienstag vergangener Woche fiel der Server aus.", "Dienstag vergangener Woche", "2023-09-05"),
    ("Am Montag nächster Woche beginnt die Schule.", "Montag nächster Woche", "2023-09-18"),
    ("Im neuen Jahr kommt das Parlament wieder zusammen.", "neuen Jahr", "2024"),
])
def test_relative(values, text, span, value):
    assert values(text)[span] == value


def test_end_of_the_month_is_a_range(timexes):
    (t,) = timexes("Der Vertrag läuft Ende des Monats aus.")
    assert (t.value, t.granularity, t.range_start, t.range_end) == ("2023-09", "range", "2023-09-21", "2023-09-30")


def test_anaphora_follow_the_story(values):
    v = values("Der Brand brach am 2. September aus, zwei Tage später war er gelöscht.")
    assert v["zwei Tage später"] == "2023-09-04"
    v = values("Am Montag wurde der Antrag eingereicht, am selben Tag lehnte das Amt ihn ab.")
    assert v["am selben Tag"] == "2023-09-11"


def test_anchor_is_recorded(timexes):
    (t,) = timexes("Gestern tagte der Rat.")
    assert t.anchor == "2023-09-14"


def test_without_a_publication_date_parts_stay_unknown(values):
    assert values("Gestern tagte der Rat.", None)["Gestern"] == "XXXX-XX-XX"
    assert values("Am 13. September 2023 tagte der Rat.", None)["13. September 2023"] == "2023-09-13"


def test_narrative_domain_follows_the_last_date(values):
    text = "Am 3. März 1871 begann die Belagerung der Stadt. Zwei Tage später gab die Garnison auf. Heute ist die Festung ein Museum."
    v = values(text, "2011-02-16", domain="narrative")
    assert v["Zwei Tage später"] == "1871-03-05"
    assert v["Heute"] == "PRESENT_REF"
