"""English rules found on the copy studied in session 69 (sets own/en-blind225, own/en-blind223, own/en-blind217 and own/en-blind227).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of

_DATELINE = "\n\nFriday, October 9, 2020\n\n"


def test_a_headline_report_is_whoever_the_lede_says_published_it():
    text = ("Report says Galway hospital 'routinely' short of nurses" + _DATELINE
            + "An inspection report published on Tuesday by the Office of the Chief Inspector of Hospitals found that the "
            "emergency department was short of nurses on 30 of 45 nights.\n")
    assert speaker_of(text, "short of nurses") == "Office of the Chief Inspector of Hospitals"


def test_a_document_is_never_the_one_a_later_quotation_mentions():
    text = ("The report said two wards were overcrowded.\n\n"
            "Dara Quinn, a nurse, said the two problems were linked. \"Nobody writes the pre-discharge report, so nobody "
            "leaves,\" he said.\n")
    assert speaker_of(text, "two wards") == "report"


def test_an_office_named_for_its_inspector_is_a_body():
    text = "The Office of the Inspector of Prisons said on Monday that two cells had been closed.\n"
    claim = next(c for c in claims_of(text, "en") if "two cells" in c.content)
    assert (claim.speaker.name, claim.speaker.kind) == ("Office of the Inspector of Prisons", "organisation")


def test_a_role_qualified_by_a_body_and_a_panel_of_experts_stays_a_role():
    text = "The Pacific panel of experts on fisheries said in March that catches had fallen by a third.\n"
    assert speaker_of(text, "catches had fallen") == "Pacific panel of experts on fisheries"


def test_a_time_of_day_closing_a_sentence_before_a_quotation_ends_it():
    text = ("Speaking from the wharf, the skipper, Aled Morgan, said the wave hit the boat at about 3 a.m. \"One minute I "
            "was at the helm, the next I was in the water,\" he said.\n")
    claims = claims_of(text, "en")
    assert [(c.kind, c.content) for c in claims] == [
        ("indirect", "the wave hit the boat at about 3 a.m."),
        ("direct", "One minute I was at the helm, the next I was in the water"),
    ]


def test_a_name_after_a_role_in_a_town_is_the_person_not_the_towns_region():
    text = "An engineer in Chittagong, Rashedul Karim, said the embankment had been patched, not rebuilt.\n"
    assert speaker_of(text, "embankment") == "Rashedul Karim"


def test_a_region_after_a_role_in_a_town_still_completes_the_town():
    text = "A farmer in Kisumu, Western Kenya, said the maize had failed for a second year.\n"
    assert speaker_of(text, "maize") == "farmer in Kisumu"


def test_a_street_address_after_a_body_is_no_part_of_its_name():
    text = ("Kitwe museum says stolen drums were returned" + _DATELINE
            + "The drums, which the museum says date from the 1890s, were taken in June.\n\n"
            "The Copperbelt Museum on Freedom Avenue, Kitwe. Image: Ann Banda.\n")
    assert speaker_of(text, "date from the 1890s") == "Copperbelt Museum"


def test_a_committee_on_a_subject_keeps_its_subject():
    text = "The Select Committee on Home Affairs said on Monday that the inquiry would reopen.\n"
    assert speaker_of(text, "inquiry would reopen") == "Select Committee on Home Affairs"


def test_a_person_who_asked_to_be_named_only_by_a_first_name_is_that_name():
    text = ("One of the new volunteers, a student at the University of Stirling who asked to be named only as Morag, "
            "said she had signed up after the bar she worked in closed. \"It seemed daft not to,\" she said.\n")
    assert [c.speaker.name for c in claims_of(text, "en")] == ["Morag", "Morag"]


def test_one_woman_described_in_apposition_is_her_description():
    text = "One woman, a fish seller from Lufilufi, said she already spent ten tala a day on fares.\n"
    assert speaker_of(text, "ten tala") == "fish seller from Lufilufi"


def test_one_woman_with_no_apposition_stays_one_woman():
    text = "One woman said she already spent ten tala a day on fares.\n"
    assert speaker_of(text, "ten tala") == "One woman"


def test_a_source_described_by_a_role_and_a_relative_clause_is_no_part_of_what_it_says():
    text = ("According to Professor Fiona Baird, a geologist at the University of Aberdeen who was not involved in the "
            "survey, about one in four sea caves on the coast is unstable.\n")
    assert [(c.speaker.name, c.content) for c in claims_of(text, "en")] == [
        ("Fiona Baird", "about one in four sea caves on the coast is unstable")]


def test_a_clause_after_according_to_may_open_on_an_indefinite_subject():
    text = "According to police, a teacher was arrested at the school on Monday.\n"
    assert content_of(text, "teacher", "en") == "a teacher was arrested at the school on Monday"


def test_a_person_in_apposition_then_a_demonym_noun_is_the_person():
    text = "Her coach, Lars Vinter, a Dane who has trained her since 2017, told reporters that she could qualify.\n"
    assert speaker_of(text, "she could qualify") == "Lars Vinter"


def test_a_headline_company_noun_without_an_article_speaks():
    text = ("Tram works to run six months late, contractor says" + _DATELINE
            + "The consortium building the line to Portobello has told the council that work will finish six months late.\n\n"
            "In a letter dated June 7, the consortium, Forth Track Partnership, said that old pipes had not been shown on "
            "the council's maps.\n")
    assert [c.speaker.name for c in claims_of(text, "en")] == ["Forth Track Partnership"] * 3


def test_a_headline_role_noun_in_the_plural_is_no_body_opening_the_headline():
    text = ("Bus drivers in Leeds begin strike, operator says most routes cancelled" + _DATELINE
            + "Bus drivers employed by Aire Valley Buses walked out yesterday. The company said on Monday that fewer than one "
            "in five services were running.\n")
    assert speaker_of(text, "fewer than one") == "Aire Valley Buses"


def test_owners_of_a_list_of_businesses_on_an_island_and_its_state_are_the_owners():
    text = ("Owners of shops, bars and holiday cottages on Heron Island, South Carolina say the reduced ferry timetable "
            "has halved their summer trade.\n")
    assert speaker_of(text, "halved") == "Owners of shops, bars and holiday cottages on Heron Island"


def test_a_place_and_its_businesses_are_a_group_not_the_place():
    text = "Maine coastal businesses say the new ferry timetable has halved their summer trade.\n"
    assert speaker_of(text, "halved") == "Maine coastal businesses"


def test_an_office_holder_named_for_the_police_is_no_police_body():
    text = ("Police in Jodhpur have arrested five men. Deputy Commissioner of Police (West) Anita Rao told reporters on "
            "Saturday that the men had run a betting ring.\n\n"
            "According to the police, one of the men had contacted \"at least two players\" through a messaging app.\n")
    assert speaker_of(text, "one of the men") != "Deputy Commissioner of Police"


def test_a_lede_body_described_by_its_noun_is_the_one_the_next_paragraph_opens_on():
    text = ("Zomba hospice says it may close in March" + _DATELINE
            + "A hospice in Zomba, Malawi's former capital, says it will have to close its inpatient ward by the end of "
            "March unless it finds new funding.\n\n"
            "Chisomo Hospice, founded by nurses in 2004, cares for about 300 patients a year.\n")
    assert [c.speaker.name for c in claims_of(text, "en") if c.kind != "assertion"] == ["Chisomo Hospice"] * 2


def test_a_lede_body_stays_described_when_the_next_paragraph_opens_on_another_name():
    text = ("A hospice in Zomba, Malawi's former capital, says it will have to close its inpatient ward by the end of "
            "March.\n\n"
            "Queen Elizabeth Central Hospital is already full.\n")
    assert speaker_of(text, "inpatient ward") == "hospice in Zomba"


def test_the_non_profit_is_the_body_its_sentence_opens_on():
    text = ("Elm Creek Hospice in Elyria, Ohio, will close its dementia unit at the end of August, the non-profit said on "
            "Tuesday, saying it could no longer staff the unit safely.\n")
    assert [c.speaker.name for c in claims_of(text, "en")] == ["Elm Creek Hospice"] * 2


def test_the_federal_agency_is_the_body_its_sentence_opens_on():
    text = ("Parks Canada has closed the trail to the Cap Rouge lighthouse after part of the cliff fell into the sea, the "
            "federal agency said on Wednesday.\n")
    assert speaker_of(text, "closed the trail") == "Parks Canada"


def test_the_charity_is_no_person_its_sentence_opens_on():
    text = "Maria Lopez will run the Boston marathon in April to raise money for a shelter, the charity said on Monday.\n"
    assert speaker_of(text, "Boston marathon") != "Maria Lopez"
