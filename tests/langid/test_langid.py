from lagebild.langid import detect_language


def test_german_english_french():
    assert detect_language("Der Kremlsprecher sagte am Mittwoch, das Treffen sei konstruktiv gewesen.")[0] == "de"
    assert detect_language("The Kremlin spokesman said on Wednesday the meeting had been constructive.")[0] == "en"
    assert detect_language("Le porte-parole du Kremlin a déclaré mercredi que la réunion avait été constructive.")[0] == "fr"


def test_empty_text_is_undecided():
    assert detect_language("   ") == (None, 0.0)
