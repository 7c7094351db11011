from lagebild.entities.gazetteer import gazetteer


def test_country_names_and_genitives():
    g = gazetteer()
    assert g.country("Russland") == g.country("Russlands") == g.country("Russische Föderation") == "RU"
    assert g.country("Nordkorea") == "KP" and g.country("Südkorea") == "KR"
    assert g.country("USA") == g.country("Vereinigte Staaten") == "US"
    assert g.country("Kim") is None


def test_adjectives_from_babel_names_and_curated_table():
    g = gazetteer()
    assert g.country_of_adjective("russische") == "RU"
    assert g.country_of_adjective("nordkoreanischen") == "KP"
    assert g.country_of_adjective("US-amerikanische") == "US"
    assert g.country_of_adjective("ukrainischen") == "UA"
    assert g.country_of_adjective("schnellen") is None


def test_capitals_and_seats_are_metonyms():
    g = gazetteer()
    assert g.metonym("Moskau") == ("capital", "RU")
    assert g.metonym("Pjöngjangs") == ("capital", "KP")
    assert g.metonym("Kreml") == ("seat", "RU")
    assert g.metonym("Weißes Haus") == ("seat", "US")
    assert g.metonym("Dynamo Moskau") is None
