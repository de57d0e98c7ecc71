"""English rules found on the copy studied in session 66 (sets own/en-blind208, own/en-blind209 and own/en-blind210).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, only, speaker_of

_DATELINE = "\n\nFriday, October 9, 2020\n\n"


def test_a_name_with_an_age_after_a_role_in_a_place_is_the_person_not_the_place():
    text = "A Form Four pupil in Sibu, Tan Mei Hua, 16, said she was revising at home with the windows shut.\n"
    assert speaker_of(text, "revising at home") == "Tan Mei Hua"


def test_a_state_after_a_role_in_a_town_is_no_person():
    text = "A farmer in Dayton, Ohio, said the river had risen a metre overnight.\n"
    assert speaker_of(text, "risen a metre") == "farmer in Dayton"


def test_a_headline_club_about_to_fold_is_the_club_the_lede_names_by_its_initials():
    text = ("Welsh Premiership rugby club to fold, says pandemic left it £300,000 in debt" + _DATELINE
            + "Pant-y-Graig RFC, one of the founding members of the Welsh Premiership, announced on Thursday that it "
            "would withdraw from the league.\n")
    assert speaker_of(text, "pandemic left it") == "Pant-y-Graig RFC"


def test_a_club_named_by_its_initials_is_a_body():
    text = "Bryncoed AFC said it would withdraw from the league.\n"
    claim = only(text, "en")
    assert (claim.speaker.name, claim.speaker.kind) == ("Bryncoed AFC", "organisation")


def test_the_board_is_the_board_the_article_named_before_not_the_body_opening_its_sentence():
    text = ("In a statement, the club's board said the suspension of play had cost it \"every penny\" of its income.\n\n"
            "The Welsh Rugby Union said it had offered the club a share of an emergency fund, an offer the board said "
            "was \"too little and too late\".\n")
    assert speaker_of(text, "too little") == "club's board"
    assert speaker_of(text, "emergency fund") == "Welsh Rugby Union"


def test_a_quoted_fragment_opening_a_that_clause_makes_a_mixed_claim_of_the_whole_clause():
    claim = only('The inspector said that "unsafe and undignified" waits in the corridors contributed to two deaths.\n', "en")
    assert (claim.kind, claim.content) == ("mixed", '"unsafe and undignified" waits in the corridors contributed to two deaths')


def test_a_whole_quoted_clause_after_that_stays_direct():
    claim = only('The inspector said that "we are ready" on Tuesday.\n', "en")
    assert (claim.kind, claim.content) == ("direct", "we are ready")


def test_an_inquiry_described_by_what_it_looks_into_is_the_inquiry():
    text = ("An independent inquiry into the deaths of four patients at St Aidan's Hospital in Penrith published its "
            "report on Tuesday, concluding that waits in the corridors contributed to two of the deaths.\n")
    assert speaker_of(text, "waits in the corridors") == "independent inquiry"


def test_a_headline_inquiry_finding_a_clause_is_the_inquiry_of_the_lede():
    text = ("Inquiry finds corridor waits contributed to deaths at Penrith hospital" + _DATELINE
            + "An independent inquiry into the deaths of four patients at St Aidan's Hospital in Penrith published its "
            "report on Tuesday, concluding that waits in the corridors contributed to two of the deaths.\n")
    assert speaker_of(text, "corridor waits contributed") == "independent inquiry"


def test_people_finding_something_make_no_claim_of_what_they_found():
    text = "The water supply was halted on Tuesday after engineers found cracks in the lining of the tunnel, months after it reopened.\n"
    assert claims_of(text, "en") == []


def test_what_an_affidavit_reports_deputies_found_stays_the_affidavits_authors_claim():
    text = ("According to an affidavit by Detective Sgt. Mara Voss, deputies found about 900 pounds of copper in a "
            "storage unit rented under the suspect's name.\n")
    assert speaker_of(text, "900 pounds") == "Mara Voss"


def test_a_person_saying_what_the_results_showed_makes_one_mixed_claim():
    claim = only('Dr Ana Ruiz said the results showed that "trapping works, but only if it never stops".\n', "en")
    assert (claim.kind, claim.speaker.name) == ("mixed", "Ana Ruiz")
    assert claim.content == 'the results showed that "trapping works, but only if it never stops"'


def test_a_participle_quoting_its_subject_before_an_outlet_reporting_it_is_the_subjects_claim():
    text = ("The candidate's election agent, Ciarán Doyle, requested a recount on Tuesday, saying that ballots from two "
            "boxes had been \"set aside without good reason\", RTÉ News reported.\n")
    claim = only(text, "en")
    assert (claim.kind, claim.speaker.name) == ("mixed", "Ciarán Doyle")
    assert claim.content == 'ballots from two boxes had been "set aside without good reason"'


def test_the_filing_after_a_company_told_the_stock_exchange_is_that_companys():
    text = ("Velan Spinning Mills will close its mill at Tiruppur at the end of July, the company told the Bombay Stock "
            "Exchange on Monday. The filing said the mill had made losses for six consecutive quarters.\n")
    assert speaker_of(text, "six consecutive quarters") == "Velan Spinning Mills"


def test_a_personal_relative_clause_with_commas_runs_to_the_verb():
    text = ("Carla Ruiz, whose father lived at one of the homes, Oak Ridge Care Center, until his death in 2018, said "
            "families had complained about the care for years.\n")
    assert speaker_of(text, "complained about the care") == "Carla Ruiz"


def test_a_headlines_researchers_are_the_ledes_team_of_researchers_of_two_countries():
    text = ("Bone tools found at Laetoli may be 1.9 million years old, researchers say" + _DATELINE
            + "A team of Kenyan and Danish researchers says bone tools excavated at Laetoli may be about 1.9 million "
            "years old.\n")
    assert speaker_of(text, "Bone tools found at Laetoli") == "team of Kenyan and Danish researchers"


def test_police_after_a_constabulary_force_is_that_force():
    text = ("A farmer was swept away on Monday, according to the Jamaica Constabulary Force. Police said the body of a "
            "second victim was found on Tuesday.\n")
    assert speaker_of(text, "second victim") == "Jamaica Constabulary Force"
