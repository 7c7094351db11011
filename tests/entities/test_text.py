from lagebild.entities.text import (acronym_cover, edit_distance, fold, initials, is_acronym, name_tokens,
                                    stem_key, translit, translit_key)


def test_fold_removes_case_and_diacritics():
    assert fold("Pjöngjang") == "pjongjang"
    assert fold("Außenministerium") == "aussenministerium"
    assert fold("Kim Jong–un") == "kim jong-un"


def test_name_tokens_split_hyphens():
    assert name_tokens("Kim Jong-un") == ["kim", "jong", "un"]
    assert name_tokens("Kim-Il-Sung-Platz") == ["kim", "il", "sung", "platz"]


def test_transliteration_variants_share_a_key():
    assert translit("Sergej") == translit("Sergei") == translit("Sergey")
    assert translit("Peskow") == translit("Peskov")
    assert translit("Uschakow") == translit("Ushakov") == translit("Uschakov")
    assert translit("Wostotschny") == translit("Wostotschni") == translit("Vostochny")
    assert translit("Pjöngjang") == translit("Pyongyang")
    assert translit("Dmitri") == translit("Dmitrij") == translit("Dmitry")
    assert translit("Selenskyj") == translit("Selensky") == translit("Zelensky")
    assert translit_key("Kim Jong Un") == translit_key("Kim Jong-un")


def test_transliteration_keeps_relatives_apart():
    keys = {translit_key(n) for n in ("Kim Jong Un", "Kim Jong Il", "Kim Il Sung")}
    assert len(keys) == 3


def test_stem_key_ignores_inflection():
    assert stem_key("Vereinten Nationen") == stem_key("Vereinte Nationen")
    assert stem_key("Verteidigungsministeriums") == stem_key("Verteidigungsministerium")
    assert stem_key("Moskaus") == stem_key("Moskau")


def test_edit_distance_with_limit():
    assert edit_distance("degtjarjow", "degtjarew", 2) == 2
    assert edit_distance("abc", "abc") == 0
    assert edit_distance("a", "abcdef", 1) == 2


def test_acronyms_and_initials():
    assert is_acronym("KCNA") and is_acronym("UNO") and is_acronym("KPdSU")
    assert not is_acronym("Kim") and not is_acronym("Moskau")
    assert "osze" in initials("Organisation für Sicherheit und Zusammenarbeit in Europa")
    assert acronym_cover("KVA", "Koreanische Volksarmee")
    assert acronym_cover("DGAP", "Deutsche Gesellschaft für Auswärtige Politik")
    assert not acronym_cover("KCNA", "Koreanische Zentrale Nachrichtenagentur")
