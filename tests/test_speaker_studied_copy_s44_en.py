"""English speaker and span rules found on the copy studied in session 44: a charging document
before the clause's own subject, a clause joined on with "and" after a statement, a town of two
words in a party label, a body's role in apposition, a full stop inside an outlet's name, trades
before names, a role word naming a body's unit, "the company" for the body a headline opens on
or for the owned company opening its sentence, and "the health system" for the body named before.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def test_a_complaint_speaks_for_the_clause_whose_subject_has_an_age_and_a_town():
    text = ("Title\n\nAccording to the criminal complaint, Dale Pruitt, 61, of Millersburg, wrote 96 checks "
            "to himself from the club's accounts between 2020 and 2025.\n")
    assert speaker_of(text, "wrote 96 checks") == "criminal complaint"
    assert content_of(text, "wrote 96 checks", "en").startswith("Dale Pruitt, 61, of Millersburg, wrote")


def test_an_affidavit_speaks_and_a_clause_joined_with_and_has_no_inverted_subject():
    text = ("Title\n\nAccording to an arrest affidavit, Corbin struck the inmate twice during a cell search, "
            "and a second deputy later reported the incident to a supervisor.\n")
    assert speaker_of(text, "struck the inmate twice") == "arrest affidavit"
    assert all(c.speaker is None or "deputy" not in c.speaker.name for c in claims_of(text))


def test_a_party_label_with_a_town_of_two_words_is_no_speaker():
    text = "Title\n\nState Rep. Nora Keel, R-Cañon City, said the closure showed that the valley was being ignored.\n"
    assert speaker_of(text, "the closure showed") == "Nora Keel"


def test_a_bodys_role_for_an_area_in_apposition_leaves_the_person():
    text = ("Title\n\nMarta Quill, CDOT's regional transportation director for southwest Colorado, said the crack "
            "was \"about 40 feet long\" and getting wider.\n")
    assert speaker_of(text, "the crack") == "Marta Quill"


def test_a_full_stop_inside_a_stations_name_does_not_end_the_attribution():
    text = ("Title\n\nVillagers have objected for months. Their spokesman, retired vet Alan Prentice, told KL.FM: "
            "\"We are not against farmers. We are against a factory.\"\n")
    assert speaker_of(text, "We are not against farmers") == "Alan Prentice"


def test_a_trade_opening_a_persons_name_is_no_part_of_it():
    text = "Title\n\nDancer Ivy Marlowe, 24, told the paper that cast members had not been paid.\n"
    assert speaker_of(text, "cast members had not been paid") == "Ivy Marlowe"


def test_a_trade_opening_a_companys_name_is_no_part_of_it():
    text = "Title\n\nDeveloper Harrow Bay Homes said work would begin on January 11 and take 18 months.\n"
    assert speaker_of(text, "work would begin") == "Harrow Bay Homes"


def test_a_surname_that_is_a_trade_stays_in_the_name():
    text = "Title\n\nThe drummer Ginny Baker recalled that the band had rehearsed in a barn for years.\n"
    assert speaker_of(text, "the band had rehearsed") == "Ginny Baker"


def test_a_role_word_naming_a_bodys_unit_stays_in_the_bodys_name():
    text = "Title\n\nThe Elk Creek Ranger District said in an email that crews had cleared 22 miles of drainage.\n"
    assert speaker_of(text, "crews had cleared") == "Elk Creek Ranger District"


def test_the_company_stands_for_the_body_the_headline_opens_on():
    text = ("Eastern Water criticised after sewage release\n\nMonday, November 9, 2026\n\n"
            "Eastern Water has been criticised by councillors after untreated sewage was released into the sea "
            "for more than 40 hours.\n\nThe company confirmed on Friday that a storm overflow at its pumping station "
            "had discharged from Wednesday evening.\n")
    assert speaker_of(text, "a storm overflow") == "Eastern Water"


def test_the_company_opening_its_sentence_is_not_its_owner_named_after_it():
    text = ("Forge to close\n\nLakeside Ring Co. will close its Erie plant in March.\n\nNo buyer has been found "
            "for the site. The company, owned by Ohio-based Corvane Industrial Holdings since 2019, said in a statement "
            "Thursday that demand for its rings had collapsed.\n")
    assert speaker_of(text, "demand for its rings") != "Corvane Industrial Holdings"


def test_the_health_system_stands_for_the_body_named_in_the_sentence_before():
    text = ("Hospital unit to close\n\nUPMC said on Friday that it would close the pediatric unit at its Altoona "
            "hospital on January 31.\n\nIn a statement, the health system said the unit had averaged fewer than "
            "three patients a day.\n")
    assert speaker_of(text, "the unit had averaged") == "UPMC"


def test_the_health_system_stands_for_the_one_word_body_the_headline_opens_on():
    text = ("Varnell to close behavioral health unit\n\nNov 25, 2026\n\nVarnell will close the 16-bed behavioral "
            "health unit at its Shamokin hospital on Feb. 28, the health system confirmed Tuesday.\n")
    assert speaker_of(text, "will close the 16-bed") == "Varnell"


def test_a_boards_chairman_named_after_the_board_is_the_person():
    text = "Title\n\nBoard of Supervisors Chairman Rocky Tolley said the payments would be the biggest in years.\n"
    assert speaker_of(text, "the payments would be") == "Rocky Tolley"


def test_the_health_system_for_the_body_the_headline_opens_on_and_the_lede_names():
    text = ("Ballard Health to close pediatric unit\n\nSaturday, November 7, 2026\n\nBallard Health announced on Friday "
            "that it will close the unit at its Abingdon hospital on January 15.\n\nIn the same announcement, the health "
            "system said the unit had averaged fewer than two patients a day.\n")
    assert speaker_of(text, "the unit had averaged") == "Ballard Health"


def test_its_operator_is_the_company_the_next_paragraph_opens_on():
    text = ("Gigafactory to start making cells\n\nThe first battery cells will roll off the line at the gigafactory being "
            "built near Puriton next spring, its operator has said.\n\nVelmora Energy Cells, which is building the plant, "
            "told the paper that 400 people would work there by 2027.\n")
    assert speaker_of(text, "The first battery cells") == "Velmora Energy Cells"


def test_a_farm_described_in_the_lede_is_the_farm_named_next():
    text = ("Cider farm fears for its future\n\nA family cider farm near Martock says it could be forced to sell some of "
            "its orchards after a supermarket dropped its cider.\n\nBowerleigh Farm, which has made cider since 1921, was "
            "told in September that its contract would not be renewed.\n")
    assert speaker_of(text, "it could be forced to sell") == "Bowerleigh Farm"


def test_a_place_describing_the_noun_of_a_group_is_no_speaker():
    text = "Title\n\nResidents of a Somerset Levels village say they have been cut off for five days.\n"
    assert speaker_of(text, "they have been cut off") == "Residents of a Somerset Levels village"


def test_a_placed_subject_then_two_adverbs_before_its_verb_is_a_clause_not_an_inverted_subject():
    text = ("Title\n\nKyle Benn, manager of the irrigation company, said growers in the valley were not yet facing "
            "reduced deliveries for next season.\n")
    assert speaker_of(text, "growers in the valley") == "Kyle Benn"


def test_its_parent_company_named_in_apposition_after_the_statement():
    text = ("Title\n\nSt. Anne Hospital in Cañon City will stop delivering babies Jan. 31, its parent company, "
            "Westspring Health, confirmed Wednesday.\n")
    assert speaker_of(text, "will stop delivering babies") == "Westspring Health"


def test_a_relative_clause_after_a_quoted_phrase_is_no_attribution():
    text = ("Title\n\nCommissioner Dale Brand argued that the rule would push drilling onto \"a handful of ranches\" "
            "whose owners had never asked for it.\n")
    assert speaker_of(text, "a handful of ranches") == "Dale Brand"


def test_an_inverted_name_with_a_bare_role_and_a_described_body_in_apposition():
    text = ("Title\n\nThe jail has recorded 14 use-of-force complaints since January, said Mara Elkin, director of the "
            "Pikes Peak Justice Coalition, a jail reform group that obtained the figures through a records request.\n")
    assert speaker_of(text, "use-of-force complaints") == "Mara Elkin"


def test_a_group_named_against_a_cause_keeps_its_whole_name():
    text = "Title\n\nSporle Against the Mega Farm, which has 600 members, says it is considering a legal challenge.\n"
    assert speaker_of(text, "considering a legal challenge") == "Sporle Against the Mega Farm"


def test_a_role_word_then_a_plural_role_inside_a_groups_name():
    text = ("Title\n\nThe parents' network Norfolk Parent Carers Together said it had taken more than 200 calls "
            "since Monday.\n")
    assert speaker_of(text, "200 calls") == "Norfolk Parent Carers Together"


def test_a_departments_order_speaks_for_the_department_named_before():
    text = ("Title\n\nThe Pennsylvania Department of Environmental Protection announced on Monday that it had ordered a driller "
            "to supply water.\n\nAccording to the department's order, samples from eight of the wells contained methane.\n")
    assert speaker_of(text, "samples from eight of the wells") == "Pennsylvania Department of Environmental Protection"


def test_council_figures_speak_for_the_council_named_before():
    text = ("Tourist tax raises £14m, council says\n\nHoteliers claim the levy has cost guesthouses bookings, but council "
            "figures show occupancy has held up\n\nThe visitor levy raised £14.2 million in its first four months, according "
            "to City of Edinburgh Council figures to be presented to councillors next week.\n")
    assert speaker_of(text, "occupancy has held up") == "City of Edinburgh Council"


def test_a_news_release_no_one_owns_speaks_for_the_body_its_clause_opens_on():
    text = ("Title\n\nCarrow Clinic will close the birthing unit on Jan. 31.\n\nCarrow will also start a 24-hour nurse line "
            "for pregnant patients in Franklin County, according to a news release.\n")
    assert speaker_of(text, "24-hour nurse line") == "Carrow Clinic"
