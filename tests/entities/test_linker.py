"""Role nouns and capitals acting as governments."""


def test_role_noun_linked_within_the_article(run, article):
    r = run(article("Der russische Präsident [Wladimir Putin|PER] empfing [Kim Jong Un|PER]. "
                    "Der Kremlchef lobte seinen Gast."))
    roles = r.role_links()
    assert [l.text for l in roles] == ["Kremlchef"]
    assert roles[0].entity == r.entity("Wladimir Putin").id
    assert roles[0].confidence < 1 and roles[0].evidence


def test_role_noun_linked_through_the_story(run, article):
    r = run(article("Der südkoreanische Präsident [Yoon Suk Yeol|PER] warnte.", id="a1", story="s"),
            article("Der südkoreanische Präsident will die Frage vor die [UNO|ORG] bringen.", id="a2", story="s"))
    (l,) = r.role_links()
    assert l.article == "a2" and l.entity == r.entity("Yoon Suk Yeol").id and l.method == "role-story"


def test_role_noun_linked_through_the_corpus(run, article):
    r = run(article("Kremlsprecher [Dmitri Peskow|PER] sagte etwas.", id="a1"),
            article("Der Kremlsprecher sagte am Dienstag, [Russland|LOC] äußere sich nicht.", id="a2",
                    published="2023-11-22"))
    (l,) = r.role_links()
    assert l.entity == r.entity("Dmitri Peskow").id and l.method == "role-corpus" and l.confidence <= 0.6


def test_role_noun_not_linked_when_ambiguous(run, article):
    r = run(article("Präsident [Joe Biden|PER] und Präsident [Emmanuel Macron|PER] trafen sich. "
                    "Der Präsident sagte danach nichts."))
    assert all(l.kind == "name" for l in r.state.links)


def test_role_noun_before_a_comma_and_another_name_is_linked(run, article):
    """"sagte der russische Außenminister, Russland halte …": the name after the comma
    starts the reported clause, it is no apposition of the role noun."""
    r = run(article("Der russische Außenminister [Sergej Lawrow|PER] reiste ab.", id="a1"),
            article("Laut [TASS|ORG] sagte der russische Außenminister, [Russland|LOC] halte sich an das "
                    "Abkommen.", id="a2", published="2023-09-14"))
    (l,) = r.role_links()
    assert l.article == "a2" and l.text == "russische Außenminister"
    assert l.entity == r.entity("Sergej Lawrow").id


def test_bare_title_is_the_one_holder_in_its_article(run, article):
    r = run(article("[Russlands|LOC] Außenminister [Sergei Lawrow|PER] sagte, die Vorwürfe seien haltlos. "
                    "Das fügte der Minister am Abend hinzu."))
    (l,) = r.role_links()
    assert l.text == "Minister" and l.entity == r.entity("Sergei Lawrow").id and l.method == "title-article"


def test_bare_title_stays_unlinked_with_two_holders_or_none(run, article):
    r = run(article("Außenminister [Sergei Lawrow|PER] und Verteidigungsminister [Sergei Schoigu|PER] "
                    "reisten an. Der Minister sagte nichts.", id="a1"),
            article("Der Minister sagte am Abend nichts.", id="a2"))
    assert not r.role_links()


def test_former_and_deputy_offices_are_not_the_holder(run, article):
    r = run(article("Der russische Präsident [Wladimir Putin|PER] sprach.", id="a1"),
            article("Der frühere russische Präsident sagte das. Der russische Vizepräsident schwieg.", id="a2"))
    assert not r.role_links()


def test_government_phrases_link_to_the_government(run, article):
    r = run(article("Die US-Regierung warnte. Die russische Regierung schwieg. Die Bundesregierung prüft."))
    names = {r.by_id[l.entity].name for l in r.role_links()}
    assert names == {"Regierung (Vereinigte Staaten)", "Regierung (Russland)", "Regierung (Deutschland)"}


def test_capital_acting_as_government_keeps_the_place(run, article):
    r = run(article("[Washington|LOC] behauptete, [Moskau|LOC] liefere Waffen. In [Washington|LOC] regnete es. "
                    "Die Delegation reiste nach [Moskau|LOC]. Laut [Kreml|ORG] ist alles in Ordnung."))
    place = r.entity("Washington")
    assert place.type == "LOC" and len(r.ids("Washington")) == 1
    acts = {(a.text, a.start, a.country) for a in r.state.acts_as}
    assert ("Washington", 0, "US") in acts
    assert ("Kreml", r.state.links[-1].start, "RU") in acts or any(a.text == "Kreml" for a in r.state.acts_as)
    assert sum(1 for a in r.state.acts_as if a.text == "Washington") == 1   # not "In Washington"
    assert sum(1 for a in r.state.acts_as if a.text == "Moskau") == 1       # not "nach Moskau"
    target = r.by_id[next(a.target for a in r.state.acts_as if a.text == "Washington")]
    assert target.type == "ORG" and target.country == "US" and target.name == "Regierung (Vereinigte Staaten)"
    assert r.entity("Kreml").type == "LOC"


def test_generic_organisation_noun_goes_to_the_one_named_before(run, article):
    r = run(article("Laut [KCNA|ORG] hat [Nordkorea|LOC] einen Satelliten gestartet. Kim habe zugesehen, meldete die "
                    "Agentur. Das [Verteidigungsministerium|ORG] in [Seoul|LOC] widersprach. Das Ministerium teilte "
                    "mit, der Start sei gescheitert."))
    got = {l.text: r.by_id[l.entity].name for l in r.role_links()}
    assert got == {"die Agentur": "KCNA", "Das Ministerium": "Verteidigungsministerium"}


def test_generic_organisation_noun_stays_unlinked_when_ambiguous_or_appositive(run, article):
    r = run(article("Das [Innenministerium|ORG] und das [Finanzministerium|ORG] stritten. Das Ministerium schwieg. "
                    "Meist zitieren sie die [KCNA|ORG], die offizielle Nachrichtenagentur des Landes."))
    assert not r.role_links()
