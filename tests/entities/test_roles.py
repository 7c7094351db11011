from lagebild.entities.gazetteer import gazetteer
from lagebild.entities.roles import parse_role, peel, role_phrases
from lagebild.entities.text import words


def test_role_words_inflected_and_compound():
    g = gazetteer()
    r = parse_role("Präsidenten", g)
    assert r.text == "Präsident" and r.cls == "staatschef" and r.resolvable
    r = parse_role("Kreml-Sprecher", g)
    assert (r.cls, r.country) == ("sprecher", "RU")
    r = parse_role("Kremlchefs", g)
    assert (r.text, r.cls, r.country) == ("Kremlchef", "staatschef", "RU")
    assert parse_role("Außenministers", g).text == "Außenminister"
    assert parse_role("US-Präsident", g).country == "US"
    assert parse_role("Bundeskanzler", g).country == "DE"


def test_offices_of_others_are_not_heads_of_state():
    g = gazetteer()
    assert not parse_role("Vizepräsident", g).resolvable
    assert not parse_role("Pressesprecher", g).resolvable
    assert parse_role("IOC-Präsident", g).cls == "staatschef@ioc"
    assert parse_role("Putin", g) is None


def test_role_phrases_with_country():
    g = gazetteer()
    text = ("Der russische Präsident schwieg. Nordkoreas Machthaber reiste ab. "
            "Der Präsident Russlands lobte ihn. Ein Sprecher sagte nichts.")
    found = {(text[p.start:p.end], p.country, p.definite) for p in role_phrases(words(text), g)}
    assert ("russische Präsident", "RU", True) in found
    assert ("Nordkoreas Machthaber", "KP", True) in found
    assert ("Präsident Russlands", "RU", True) in found
    assert ("Sprecher", None, False) in found


def test_peel_titles_and_honorifics():
    g = gazetteer()
    name, roles = peel("Herr Kim", g)
    assert name == "Kim" and [r.text for r in roles] == ["Herr"]
    name, roles = peel("Kreml-Sprecher Dmitri Peskow", g)
    assert name == "Dmitri Peskow" and roles[0].country == "RU"
