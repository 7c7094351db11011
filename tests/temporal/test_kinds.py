"""Parts of day, vague ranges, durations, sets, weeks and times."""
import pytest


@pytest.mark.parametrize("text,span,value", [
    ("Gestern Abend brannte eine Halle.", "Gestern Abend", "2023-09-13TEV"),
    ("Heute Morgen meldete die Bahn Verspätungen.", "Heute Morgen", "2023-09-14TMO"),
    ("Am Mittwochabend kam es zu Ausschreitungen.", "Mittwochabend", "2023-09-13TEV"),
    ("In den frühen Morgenstunden des Mittwochs wurde er gefasst.", "frühen Morgenstunden des Mittwochs",
     "2023-09-13TMO"),
    ("Die Polizei war in der Nacht zum Mittwoch alarmiert worden.", "Nacht zum Mittwoch", "2023-09-12TNI"),
    ("Morgen früh wird die Strecke freigegeben.", "Morgen früh", "2023-09-15TMO"),
])
def test_parts_of_day(values, text, span, value):
    assert values(text)[span] == value


@pytest.mark.parametrize("text,value,start,end", [
    ("Der Bau soll Anfang März 2024 beginnen.", "2024-03", "2024-03-01", "2024-03-10"),
    ("Die Halle soll Mitte 2024 fertig sein.", "2024", "2024-05-01", "2024-08-31"),
    ("Die Entscheidung fällt Ende Oktober.", "2023-10", "2023-10-21", "2023-10-31"),
    ("In den kommenden Tagen soll es regnen.", "FUTURE_REF", "2023-09-15", "2023-09-21"),
    ("In den vergangenen drei Jahren stieg die Miete.", "P3Y", "2020-09-14", "2023-09-14"),
])
def test_vague_expressions_are_ranges(timexes, text, value, start, end):
    (t,) = timexes(text)
    assert (t.value, t.range_start, t.range_end) == (value, start, end)
    assert t.granularity == "range"


@pytest.mark.parametrize("text,span,value", [
    ("Die Verhandlungen dauerten fünf Stunden.", "fünf Stunden", "PT5H"),
    ("Die Crew sitzt seit drei Tagen fest.", "drei Tagen", "P3D"),
    ("Die Sanierung wird anderthalb Jahre dauern.", "anderthalb Jahre", "P1Y6M"),
    ("Der Angeklagte muss für sechs Monate in Haft.", "sechs Monate", "P6M"),
    ("Die Gewerkschaft droht mit einem mehrtägigen Streik.", "mehrtägigen", "PXD"),
])
def test_durations(timexes, text, span, value):
    t = {x.text: x for x in timexes(text)}[span]
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize("text,span,value", [
    ("Die Gruppe trifft sich jeden Montag.", "jeden Montag", "XXXX-WXX-1"),
    ("Die Statistik wird täglich aktualisiert.", "täglich", "P1D"),
    ("Die Mannschaft trainiert zweimal pro Woche.", "zweimal pro Woche", "P1W"),
    ("Die Kommission tagt alle zwei Wochen.", "alle zwei Wochen", "P2W"),
    ("Das Museum ist montags geschlossen.", "montags", "XXXX-WXX-1"),
])
def test_sets(timexes, text, span, value):
    t = {x.text: x for x in timexes(text)}[span]
    assert (t.type, t.value, t.granularity) == ("SET", value, "set")


def test_weeks_and_weekends(values):
    assert values("Diese Woche war es ruhig.")["Diese Woche"] == "2023-W37"
    assert values("Am Wochenende kam es zu Unwettern.")["Wochenende"] == "2023-W36-WE"
    assert values("Anfang der Woche hatte es geregnet.")["Anfang der Woche"] == "2023-W37"


def test_times_take_their_day_from_the_sentence(timexes):
    v = {t.text: (t.type, t.value) for t in timexes("Am Dienstag um 9 Uhr beginnt die Anhörung.")}
    assert v["Dienstag"] == ("DATE", "2023-09-19")
    assert v["9 Uhr"] == ("TIME", "2023-09-19T09:00")
    v = {t.text: t.value for t in timexes("Um 14:30 Uhr wurde die Sitzung unterbrochen.")}
    assert v["14:30 Uhr"] == "2023-09-14T14:30"
