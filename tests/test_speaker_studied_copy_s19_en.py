"""English speaker and attribution rules found on the copy studied in session 19: a quoted
fragment followed by a verb and its infinitive, a headline-style body noun with no article, a
reporting verb inside an apposition's relative clause, a name after a role and a place, roles
written before a name. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_verb_and_its_infinitive_after_a_quoted_fragment_is_no_inverted_attribution():
    text = ("Union leader Abena Mensah told the Daily Mirror in an interview yesterday that the board had "
            "\"repeatedly broken\" promises to pay the rural allowances.\n")
    claims = claims_of(text, "en")
    assert [(c.speaker.name, c.content) for c in claims] == [
        ("Abena Mensah", "the board had \"repeatedly broken\" promises to pay the rural allowances")]


def test_a_standfirst_body_noun_without_article_is_the_body_the_headline_opens_on():
    text = ("Karoo Cement warns of deeper loss as imports flood market\n\n"
            "Group says cheap clinker is undercutting local producers\n\n"
            "JSE-listed Karoo Cement expects its loss per share to widen, the company said on Monday.\n")
    assert speaker_of(text, "cheap clinker") == "Karoo Cement"
    assert speaker_of(text, "loss per share") == "Karoo Cement"


def test_a_standfirst_body_noun_stays_when_the_headline_opens_on_a_person():
    text = ("John Smith warns of deeper loss as imports flood market\n\n"
            "Group says cheap clinker is undercutting local producers\n\n"
            "John Smith expects the loss to widen, the company said on Monday.\n")
    assert speaker_of(text, "cheap clinker") == "Group"


def test_a_verb_in_a_relative_clause_of_an_apposition_opens_no_statement():
    text = ("Rita Castel said the delays were long. She said Harbour Rail Group, the consortium that maintains "
            "the trains, had committed to replacing the wheelsets by January.\n")
    claim = next(c for c in claims_of(text, "en") if "wheelsets" in c.content)
    assert claim.content == ("Harbour Rail Group, the consortium that maintains the trains, had committed to "
                             "replacing the wheelsets by January")
    assert claim.speaker.name == "Rita Castel"


def test_a_name_after_a_role_and_its_town_is_the_speaker_not_the_towns_region():
    text = "A guesthouse owner in Vogar, Anna Larsen, said she had been woken by police before midnight.\n"
    assert speaker_of(text, "woken by police") == "Anna Larsen"


def test_the_region_after_a_town_still_completes_the_town():
    text = "A teacher in Dayton, Ohio, said the school had been closed since Monday.\n"
    assert speaker_of(text, "school had been closed") == "teacher in Dayton"


def test_a_demonym_and_a_role_before_a_name_are_no_part_of_the_name():
    text = ("His manager, Dutch agent Pieter van Hoorn, told the Associated Press the athlete denies "
            "taking any banned substance.\n")
    assert speaker_of(text, "athlete denies") == "Pieter van Hoorn"


def test_a_supporter_named_with_the_role_as_a_title_is_the_person():
    text = "Supporter Bekzod Nazarov said he had followed the team for fifteen years.\n"
    assert speaker_of(text, "followed the team") == "Bekzod Nazarov"


def test_an_unnamed_speaker_keeps_the_clause_saying_they_asked_not_to_be_named():
    assert speaker_of("A plant worker who asked not to be named said the line had stopped twice.\n",
                      "line had stopped") == "plant worker who asked not to be named"
    assert speaker_of("A former coach, who spoke on condition of anonymity, said two runners were under "
                      "investigation.\n", "two runners") == "former coach who spoke on condition of anonymity"
    assert speaker_of("\"Prices have dropped by half,\" said a farmer who asked not to be named.\n",
                      "Prices have dropped") == "farmer who asked not to be named"


def test_the_counting_word_is_no_part_of_the_description_and_the_reason_for_anonymity_is():
    text = ("Another farmer, who asked not to be named because he feared for his licence, said the prices had "
            "fallen by half.\n")
    assert speaker_of(text, "prices had fallen") == "farmer who asked not to be named because he feared for his licence"


def test_a_participle_saying_how_they_spoke_is_no_part_of_the_description():
    text = "A port official, speaking on condition of anonymity, said the ship had left without clearance.\n"
    assert speaker_of(text, "ship had left") == "port official"


def test_the_company_is_not_the_broadcaster_a_person_spoke_to():
    text = ("Finnish forest company Halla Sellu said on Tuesday it would close its pulp mill in Joutseno.\n\n"
            "\"We cannot run a mill that loses money every month,\" chief executive Helena Ranta told the broadcaster "
            "Yle.\n\nThe company said it would offer affected employees jobs at its other mills.\n")
    assert speaker_of(text, "offer affected employees") == "Halla Sellu"


def test_the_company_is_not_the_outlet_named_last():
    text = ("Bergbahnen Kandel AG said on Thursday it had filed for bankruptcy after talks with its creditors "
            "failed.\n\nThe mayor told Swiss public broadcaster RTR that the municipality was in talks with local "
            "investors.\n\nHolders of season passes bought in advance will be treated as ordinary creditors, the "
            "company said.\n")
    assert speaker_of(text, "season passes") == "Bergbahnen Kandel AG"


def test_the_end_of_a_public_bodys_name_after_and_is_no_company():
    text = ("The mine's owner, Vukani Gold, says the tremor struck at about 11pm on Tuesday. Twenty-three of the "
            "workers were brought to the surface overnight, according to the company.\n\n"
            "The Department of Mineral and Petroleum Resources says its inspectors are on site.\n")
    assert speaker_of(text, "brought to the surface") != "Petroleum Resources"


def test_a_headline_quotation_before_a_colon_and_its_label_is_a_claim_of_who_says_it_later():
    text = ("‘We are not where we need to be’: transit boss apologizes for October slowdowns\n\n"
            "The head of the transit agency apologized to riders on Monday.\n\n"
            "“We are not where we need to be, and I’m not going to pretend otherwise,” general manager Renée "
            "Castel told the transit committee.\n")
    headline = [c for c in claims_of(text, "en") if c.start < 40]
    assert [(c.kind, c.content, c.speaker.name) for c in headline] == [
        ("direct", "We are not where we need to be", "Renée Castel")]
