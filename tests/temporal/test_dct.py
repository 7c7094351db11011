"""Publication-date inference from the text and from sibling articles."""
from lagebild.temporal import infer_dct, infer_from_siblings


def test_today_with_a_date_gives_the_day(undated_article):
    g = infer_dct(undated_article)
    assert g.value == "2023-09-14"
    assert g.confidence >= 0.7
    assert any(e.kind == "today" for e in g.evidence)


def test_a_past_date_with_its_weekday_gives_the_next_days(weekday_article):
    g = infer_dct(weekday_article)
    # the arrest was on Friday 3 December, the hearing on Saturday: written a day or two later
    assert g.value in ("2004-12-04", "2004-12-05")
    assert 0 < g.confidence <= 1


def test_today_and_a_weekday_agree():
    g = infer_dct("Am heutigen Mittwoch, dem 13. September 2023, tagt der Rat. Gestern war Ruhetag.")
    assert g.value == "2023-09-13"


def test_no_date_no_guess():
    g = infer_dct("Am Mittwoch tagte der Rat. Die Sitzung dauerte drei Stunden.")
    assert g.value is None and g.confidence == 0.0


def test_history_alone_is_not_confident(historical_article):
    g = infer_dct(historical_article)
    assert g.value is None or g.confidence < 0.5


def test_siblings_date_an_article_without_evidence():
    g = infer_from_siblings("Am Mittwoch tagte der Rat.", [("2023-09-14", 1.0), ("2023-09-14", 1.0)])
    assert g.value == "2023-09-14"
    assert any(e.kind == "sibling" for e in g.evidence)


def test_siblings_and_own_evidence_combine():
    text = "Die Polizei nahm am Freitag, dem 3. Dezember 2004, drei Männer fest."
    g = infer_from_siblings(text, [("2004-12-04", 1.0), ("2004-12-06", 0.2)])
    assert g.value == "2004-12-04"


def test_siblings_that_disagree_lower_the_confidence():
    agree = infer_from_siblings("Am Mittwoch tagte der Rat.", [("2023-09-14", 1.0), ("2023-09-14", 1.0)])
    split = infer_from_siblings("Am Mittwoch tagte der Rat.", [("2023-09-14", 1.0), ("2023-09-20", 1.0)])
    assert split.confidence < agree.confidence
