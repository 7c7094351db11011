"""Within one article: short forms, titles, genitives, acronyms, parts of names."""


def test_short_form_points_to_full_name(run, article):
    r = run(article("Kreml-Sprecher [Dmitri Peskow|PER] sagte am Montag, man sei zufrieden. "
                    "[Peskow|PER] nannte keine Einzelheiten."))
    assert r.same("Peskow", "Dmitri Peskow")
    link = next(l for l in r.state.links if l.text == "Peskow")
    assert link.method == "short-form" and link.antecedent == 15


def test_family_name_first_short_form(run, article):
    r = run(article("Ein Sprecher des Außenministeriums in [Seoul|LOC], [Lim Soo-suk|PER], äußerte sich. "
                    "[Lim|PER] sagte, man sei besorgt. Später sprach [Xi Jinping|PER]; [Xi|PER] schwieg dann."))
    assert r.same("Lim", "Lim Soo-suk")
    assert r.same("Xi", "Xi Jinping")
    assert "Sprecher" in r.entity("Lim Soo-suk").roles


def test_titles_are_peeled_into_roles(run, article):
    r = run(article("[Herr Kim|PER] kam spät. Der nordkoreanische Machthaber [Kim Jong Un|PER] winkte. "
                    "Auch [Präsident Putin|PER] war da, begleitet von Kreml-Sprecher [Dmitri Peskow|PER]."))
    kim = r.entity("Kim Jong Un")
    assert r.same("Herr Kim", "Kim Jong Un")
    assert {"Herr", "Machthaber"} <= set(kim.roles)
    assert r.entity("Präsident Putin").name == "Putin"
    assert "Präsident" in r.entity("Präsident Putin").roles
    assert "Kreml-Sprecher" in r.entity("Dmitri Peskow").roles


def test_genitive_and_inflection_are_normalised(run, article):
    r = run(article("[Wladimir Putin|PER] empfing den Gast. [Putins|PER] Sprecher schwieg. "
                    "[Moskaus|LOC] Haltung ist klar, sagte man in [Moskau|LOC]. "
                    "[Kim Jong Uns|PER] Zug hielt, [Kim Jong Un|PER] stieg aus. In [Paris|LOC] regnete es."))
    assert r.same("Putins", "Wladimir Putin")
    assert r.same("Moskaus", "Moskau")
    assert r.same("Kim Jong Uns", "Kim Jong Un")
    assert "Putin" in r.entity("Putins").aliases and "Putins" not in r.entity("Putins").aliases
    assert r.entity("Paris").name == "Paris"


def test_acronym_defined_in_parentheses(run, article):
    r = run(article("Die [Staatliche Raumfahrtagentur|ORG] ([SRA|ORG]) meldete einen Start. "
                    "Die [SRA|ORG] nannte keine Details."))
    assert r.same("SRA", "Staatliche Raumfahrtagentur")
    assert r.entity("SRA").name == "Staatliche Raumfahrtagentur"


def test_part_of_an_organisation_name_in_the_same_article(run, article):
    r = run(article("[Dynamo Moskau|ORG] gewann. Der Trainer von [Dynamo|ORG] war zufrieden."))
    assert r.same("Dynamo", "Dynamo Moskau")


def test_descriptor_is_peeled(run, article):
    r = run(article("Das [Kosmodrom Wostotschny|LOC] liegt im Osten.", id="a1"),
            article("In [Wostotschny|LOC] startete eine Rakete.", id="a2"))
    assert r.same("Kosmodrom Wostotschny", "Wostotschny")
    assert "Kosmodrom" in r.entity("Wostotschny").roles


def test_canonical_name_is_fullest_and_nominative(run, article):
    r = run(article("Die [Vereinten Nationen|ORG] tagen. Die [UNO|ORG] warnt.", id="a1"),
            article("Die [UN|ORG] fordern Hilfe.", id="a2"))
    e = r.entity("UNO")
    assert e.name == "Vereinte Nationen"
    assert r.same("UN", "Vereinten Nationen")


def test_name_after_a_persons_role_is_a_person_whatever_ner_said(run, article):
    r = run(article("Der ukrainische Aussenminister [Dmytro Kuleba|ORG] reiste ab. Auch Außenminister [Lawrow|LOC] "
                    "sprach. Später sagte [Kuleba|PER], man sei bereit. Der Präsident [Frankreichs|LOC] schwieg."))
    assert r.entity("Dmytro Kuleba").type == "PER"
    assert r.same("Kuleba", "Dmytro Kuleba")
    assert r.entity("Lawrow").type == "PER"
    assert r.entity("Frankreichs").type == "LOC"
