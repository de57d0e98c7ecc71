"""English rules found on the copies studied in session 81. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_a_role_the_lede_owns_is_the_new_person_opening_the_next_paragraph_as_a_speaker():
    text = ("Head\n\nThe Ben Nevis Mountain Rescue Team has been called out 40 times since January, its team leader said "
            "on Sunday.\n\nGraham Munro told the BBC that most callouts involved walkers without crampons.\n")
    assert _speaker(text, "called out 40 times") == "Graham Munro"
    assert _speaker(text, "walkers without crampons") == "Graham Munro"


def test_a_role_the_lede_owns_stays_a_role_when_the_next_speaker_was_named_before():
    text = ("Head\n\nGraham Munro, a walker, was rescued on Saturday. The Ben Nevis Mountain Rescue Team has been called out "
            "40 times since January, its team leader said on Sunday.\n\nGraham Munro told the BBC that he had no crampons.\n")
    assert _speaker(text, "called out 40 times") == "its team leader"


def test_people_at_a_body_then_where_it_is_are_the_subject_of_a_participle():
    text = ("Head\n\nLecturers at Lake Basin University in Kisumu, western Kenya, began an indefinite strike on Monday, "
            "saying they had not been paid for three months.\n")
    assert _speaker(text, "not been paid") == "Lecturers at Lake Basin University"
    text = ("Head\n\nMidwives at Fenbridge Community Hospital in Lincolnshire, England, have written to the trust, warning "
            "that the planned closure is unsafe.\n")
    assert _speaker(text, "planned closure") == "Midwives at Fenbridge Community Hospital"


def test_a_trade_or_an_event_before_a_name_is_a_role():
    for trade in ("Horticulturist", "Zookeeper", "Arborist", "Sculptor", "Hurdler"):
        text = f"Head\n\n{trade} Imogen Trott said the damage was \"heartbreaking, but not the end\".\n"
        assert _speaker(text, "heartbreaking") == "Imogen Trott", trade


def test_a_name_after_a_role_inside_the_appositions_complement_is_not_the_speaker():
    text = "Head\n\nTuli Shikongo, point guard for the league leaders Dynamo Windhoek, said the vote was \"a farce\".\n"
    assert _speaker(text, "a farce") == "Tuli Shikongo"
    text = "Head\n\nMarco Reyes, spokesman for the opposition leader Jane Dlamini, said the vote was \"a farce\".\n"
    assert _speaker(text, "a farce") == "Marco Reyes"


def test_a_noun_phrase_closing_on_and_after_a_quotation_is_no_inverted_speaker():
    text = "Head\n\nErlend Flett said the firm \"deeply regrets\" the accident and had written to the passenger.\n"
    claims = claims_of(text, "en")
    assert [(c.kind, c.speaker.name, c.content) for c in claims] == [
        ("mixed", "Erlend Flett", "the firm \"deeply regrets\" the accident and had written to the passenger")]


def test_two_names_joined_by_for_a_are_one_bodys_name():
    text = ("Head\n\nWinston Darrell, spokesman for the group Concerned Citizens for a Casino-Free Bermuda, tweeted: "
            "\"Six years, three applicants, zero casinos.\"\n")
    assert _speaker(text, "zero casinos") == "Winston Darrell"
    text = "Head\n\nCitizens for a Better Bay said the dredging plan was \"reckless\".\n"
    assert _speaker(text, "dredging plan") == "Citizens for a Better Bay"


def test_a_private_school_is_the_school_the_article_named():
    text = ("Head\n\nAbout 60 students have occupied the main building of the Kloof Street School of Fine Art in Cape Town "
            "since Wednesday.\n\nThe private school, founded in 1964, told students in an email that the department was "
            "\"no longer financially sustainable\".\n")
    assert _speaker(text, "financially sustainable") == "Kloof Street School of Fine Art"


def test_a_role_word_qualifying_a_body_noun_names_the_body_not_a_person():
    text = ("Head\n\nStudent representative Thandiwe Mokoena, a third-year student, told the Post that the occupation would "
            "go on \"until the vote\". \"They tell us there is no money,\" Mokoena said.\n\n"
            "The student council said in a post on Thursday night that guards had \"pushed and shoved\" two students.\n")
    assert _speaker(text, "pushed and shoved") == "student council"


def test_a_place_and_its_closed_where_clause_open_the_sentence_before_its_subject():
    text = ("Head\n\nIn Johannesburg, where the temperature dropped to 1 °C, a spokesperson for the city's emergency services "
            "said two people had died.\n")
    assert _speaker(text, "two people had died") == "spokesperson for the city's emergency services"


def test_men_of_a_trade_at_a_place_are_a_group_not_the_one_person_of_that_trade_named_later():
    text = ("Fishermen say soldiers burned their boats\n\nFishermen at Kasensero landing site told journalists on Tuesday that "
            "soldiers had burned at least 30 boats.\n\n\"They came at five in the morning,\" said Godfrey Ssemakula, the "
            "chairman of the landing site's fishermen's association.\n")
    assert _speaker(text, "at least 30 boats") == "Fishermen at Kasensero landing site"


def test_a_headlines_official_is_the_office_holder_the_lede_has_speak():
    text = ("Dozens of new ambulances idle for lack of drivers, official says\n\nDr Ruth Akello, the commissioner for "
            "emergency medical services at the Ministry of Health, told a committee on Tuesday that 46 ambulances were "
            "parked at district headquarters.\n")
    assert _speaker(text, "Dozens of new ambulances") == "Ruth Akello"


def test_a_things_role_keeps_its_owner_as_the_article_writes_it():
    text = ("Head\n\nTwo fishermen were picked up on Monday by a fishing vessel. The vessel's captain told police that the men "
            "were \"very weak but able to climb the ladder\".\n")
    assert _speaker(text, "very weak") == "vessel's captain"


def test_a_headlines_charity_is_the_body_the_lede_has_speak():
    text = ("Young defendants wait 'far too long' for trial, charity says\n\nChildren charged with offences wait an average "
            "of seven months for their cases to be heard, the Gibraltar Youth Justice Forum said in a report on Tuesday.\n")
    assert _speaker(text, "far too long") == "Gibraltar Youth Justice Forum"
