from lagebild.clean import clean_text


def _reasons(res):
    return {r.text: r.reason for r in res.removed}


def test_furniture_removed_with_reasons(noisy):
    res = clean_text(noisy)
    got = _reasons(res)
    assert got["Anzeige"] == "advertisement"
    assert got["Von Anna Berger, Moskau"] == "byline"
    assert got["Moskau (dpa) –"] == "dateline"
    assert got["Foto: Sputnik"] == "photo credit"
    assert got["Gavriil Grigorov/Pool Sputnik Kremlin/AP"] == "photo credit"
    assert got["Mehr zum Thema"] == "related-article teaser"
    assert got["Putin lobt Kim"] == "related-article teaser"
    assert got["Kommentare (12)"] == "comment widget"
    assert got["Teilen Twittern Drucken"] == "share buttons"
    assert got["dpa:230913-99-171455/3"] == "tracking code"
    assert got["Stand: 13.09.2023, 14:05 Uhr"] == "timestamp"
    assert got["Lesezeit: 3 Min."] == "reading time"
    assert got["(jm/dpa)"] == "sign-off"
    for junk in ("Anzeige", "Sputnik", "Kommentare", "Twittern", "dpa:", "Lesezeit", "(jm/dpa)", "Grigorov"):
        assert junk not in res.text


def test_content_citing_agencies_is_kept(noisy):
    res = clean_text(noisy)
    assert "Wie Reuters berichtete, wurden auch Rüstungsfragen besprochen." in res.text
    assert res.text.startswith("Der nordkoreanische Machthaber Kim Jong Un")
    assert "Laut KCNA reiste die Delegation danach weiter nach Wladiwostok." in res.text


def test_wrapped_lines_hyphens_and_spacing(noisy):
    res = clean_text(noisy)
    assert "mit dem russischen Präsidenten" in res.text          # hard wrap joined with a space
    assert "Der Regierungssprecher sagte" in res.text            # word split across lines re-joined
    assert "Die Kreml-Sprecher betonten" in res.text             # compound hyphen kept
    assert "\u00ad" not in res.text and "  " not in res.text     # soft hyphen, double space gone
    assert "\n" not in res.text.split("\n\n")[0]


def test_removal_positions_point_into_clean_text(noisy):
    res = clean_text(noisy)
    credit = next(r for r in res.removed if r.text == "Foto: Sputnik")
    assert res.text[credit.at:].lstrip().startswith("Die Kreml-Sprecher")
    assert noisy[credit.raw_start:credit.raw_end] == "Foto: Sputnik"
    for r in res.removed:
        assert 0 <= r.at <= len(res.text)
        assert r.stage == "clean.rules.v1"


def test_stamped_date_is_read_from_timestamp_line(noisy):
    assert clean_text(noisy).stamped_date == "2023-09-13"


def test_paragraphs_of_html_style_text_stay_apart():
    raw = ("Kim reist nach Russland\nDer Machthaber traf am Mittwoch ein.\n"
           "Putin empfing ihn am Kosmodrom.\nMehr zum Thema: Die Raumfahrt im Osten\n"
           "Beide sprachen über Satelliten.")
    res = clean_text(raw)
    paras = res.text.split("\n\n")
    assert paras[0] == "Kim reist nach Russland"
    assert "Der Machthaber traf am Mittwoch ein." in paras
    assert "Beide sprachen über Satelliten." in paras
    assert _reasons(res)["Mehr zum Thema: Die Raumfahrt im Osten"] == "related-article teaser"


def test_sentences_that_mention_photos_or_comments_are_content():
    raw = ("Die Regierung kommentierte den Vorfall nicht. Ein Foto zeigt den Machthaber am Bahnhof.\n"
           "Der Newsletter-Skandal der Partei beschäftigt seit Wochen die Justiz, sagte ein Sprecher am Dienstag in Berlin vor Journalisten.\n"
           "Von Moskau aus fuhr der Zug weiter nach Osten.")
    res = clean_text(raw)
    assert res.removed == [] or all(r.reason != "byline" for r in res.removed)
    assert "Ein Foto zeigt den Machthaber am Bahnhof." in res.text
    assert "Von Moskau aus fuhr der Zug weiter nach Osten." in res.text


def test_inline_credit_stops_at_sentence_start():
    raw = "Die Delegation traf am Abend ein. Foto: Max Muster/dpa Die Gespräche dauerten drei Stunden."
    res = clean_text(raw)
    assert res.text == "Die Delegation traf am Abend ein. Die Gespräche dauerten drei Stunden."
    assert _reasons(res) == {"Foto: Max Muster/dpa": "photo credit"}


def test_golden_noisy_article(noisy, golden):
    res = clean_text(noisy)
    golden("clean", "noisy_article", {"text": res.text,
                                      "removed": [[r.text, r.reason, r.at] for r in res.removed]})


def test_caption_paragraph_ending_in_a_credit_is_removed():
    raw = ("Die Gespräche dauerten fünf Stunden.\n\n"
           "Kremlchef Putin (r.) zeigt Kim die Startanlagen. Vladimir Smirnov/TASS/Getty Images\n\n"
           "Danach reiste die Delegation weiter nach Osten, wie TASS berichtete. Die Bilder zeigen Anna Muster/dpa")
    res = clean_text(raw)
    got = _reasons(res)
    assert got["Kremlchef Putin (r.) zeigt Kim die Startanlagen. Vladimir Smirnov/TASS/Getty Images"] == "photo caption"
    assert "Danach reiste die Delegation weiter nach Osten, wie TASS berichtete." in res.text
    assert "Getty" not in res.text


def test_short_header_lines_over_unwrapped_paragraphs_stay_apart():
    """A pasted article: headline and outlet on short lines, then one paragraph per line.
    The short lines are no wrap column, so the headline is not glued to the outlet."""
    raw = ("Lawrow: Moskau hält an Getreideabkommen fest\nKurier am Morgen\n\n"
           "Moskau. Der russische Außenminister Sergej Lawrow hat am Donnerstag erklärt, Russland halte sich an "
           "das Getreideabkommen. Die Vorwürfe aus Kiew seien haltlos, sagte Lawrow in Moskau.\n")
    paras = clean_text(raw).text.split("\n\n")
    assert paras[:2] == ["Lawrow: Moskau hält an Getreideabkommen fest", "Kurier am Morgen"]
    assert paras[2].startswith("Moskau. Der russische Außenminister")


def test_wrapped_line_joins_only_when_the_next_word_did_not_fit():
    raw = ("Die Gespräche begannen nach Angaben des Kreml am frühen Morgen und\n"
           "dauerten Stunden. Der Sprecher sagte, man sei mit den Ergebnissen sehr\n"
           "Zufrieden-Machendes gewohnt, wie es in einer längeren Erklärung hieß,\n"
           "Zusammenarbeit\n"
           "Beobachter in Seoul äußerten sich dagegen besorgt über die Entwicklung\n"
           "der Beziehungen zwischen beiden Ländern und über mögliche Waffengeschäfte.\n")
    text = clean_text(raw).text
    assert "sehr Zufrieden-Machendes" in text          # a long word that did not fit: wrapped
    assert "Zusammenarbeit\n\nBeobachter" in text       # a short line whose next word would have fit: a break
