"""Absolute dates in the usual German forms."""
import pytest


@pytest.mark.parametrize("text,span,value", [
    ("Am 13. September 2023 unterzeichneten beide Seiten.", "13. September 2023", "2023-09-13"),
    ("Das Gesetz trat am 13.09.2023 in Kraft.", "13.09.2023", "2023-09-13"),
    ("Das Gesetz trat am 1.9.2023 in Kraft.", "1.9.2023", "2023-09-01"),
    ("Der Vertrag wurde im September 2023 geschlossen.", "September 2023", "2023-09"),
    ("Der Verein wurde im Juli 2000 gegründet.", "Juli 2000", "2000-07"),
    ("Die Partei wurde 2019 aufgelöst.", "2019", "2019"),
    ("Die Firma besteht seit 1985.", "1985", "1985"),
    ("Laut Bericht vom 2023-09-01 fehlten Akten.", "2023-09-01", "2023-09-01"),
    ("Im Jahr 2021 stiegen die Preise.", "Jahr 2021", "2021"),
    ("Die Schlacht fand 490 v. Chr. statt.", "490 v. Chr.", "BC0490"),
    ("Im 19. Jahrhundert lebten hier Fischer.", "19. Jahrhundert", "18"),
    ("Das Unternehmen wurde in den 1990er Jahren gegründet.", "den 1990er Jahren", "199"),
    ("Die Messe beginnt in der 38. Kalenderwoche.", "38. Kalenderwoche", "2023-W38"),
    ("Im dritten Quartal 2022 sank der Umsatz.", "dritten Quartal 2022", "2022-Q3"),
    ("Im Frühjahr 2023 wurde das Werk eröffnet.", "Frühjahr 2023", "2023-SP"),
])
def test_absolute_forms(values, text, span, value):
    assert values(text)[span] == value


def test_day_and_month_take_the_year_from_the_publication_date(values):
    assert values("Die Frist endet am 30.9.")["30.9."] == "2023-09-30"
    assert values("Das Amt war am 13.9. geschlossen.")["13.9."] == "2023-09-13"


def test_weekday_and_date_are_one_expression(timexes):
    (t,) = timexes("Die Sitzung wurde auf Donnerstag, den 21. September, vertagt.")
    assert (t.text, t.value) == ("Donnerstag, den 21. September", "2023-09-21")


def test_a_range_shares_month_and_year(values):
    v = values("Die Messe findet vom 20. bis 24. September statt.")
    assert v["20."] == "2023-09-20" and v["24. September"] == "2023-09-24"
    v = values("Die Umfragen im Mai/Juni 2021 waren eindeutig.")
    assert v["Mai"] == "2021-05" and v["Juni 2021"] == "2021-06"


def test_offsets_point_into_the_text(timexes):
    text = "Gestern, am 13. September 2023, kam es zu Protesten."
    for t in timexes(text):
        assert text[t.start:t.end] == t.text
        assert t.stage == "temporal.rules.v1"
