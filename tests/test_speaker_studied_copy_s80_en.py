"""English rules found on the copies studied in session 80. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_a_place_name_s_leading_apostrophe_after_a_preposition_opens_no_quotation():
    text = ("Head\n\nAll the boats moored at 'Atata have been inspected since the storm, the harbour board said on "
            "Monday.\n\nLoto Havili, who fishes from 'Ohonua, said she had lost two nets but \"expected worse\".\n")
    claims = claims_of(text, "en")
    assert [(c.kind, c.speaker.name, c.content) for c in claims] == [
        ("indirect", "harbour board", "All the boats moored at 'Atata have been inspected since the storm"),
        ("mixed", "Loto Havili", "she had lost two nets but \"expected worse\""),
    ]


def test_a_single_quotation_after_a_preposition_is_still_a_quotation_when_closed():
    text = "Head\n\nThe mayor spoke of 'a disgrace to the town', the paper reported.\n"
    assert [(c.kind, c.content) for c in claims_of(text, "en")] == [("mixed", "The mayor spoke of 'a disgrace to the town'")]


def test_a_ministry_named_with_a_list_of_its_fields_keeps_the_whole_list():
    text = ("Head\n\nAll hives on the island have been quarantined, Fiji's Ministry of Agriculture, Waterways and "
            "Environment said on Wednesday.\n\nAccording to the ministry, the beetles arrived with used equipment.\n")
    assert _speaker(text, "arrived with used equipment") == "Ministry of Agriculture, Waterways and Environment"


def test_a_person_named_then_a_role_qualified_by_a_people_s_adjective_is_that_person():
    for adjective in ("Asian", "European", "French"):
        text = (f"Head\n\nMorwenna Tregear, the county's {adjective} hornet coordinator, said every queen caught in "
                "March was \"one less nest in August\".\n")
        assert _speaker(text, "one less nest") == "Morwenna Tregear", adjective


def test_findings_a_person_handed_down_or_wrote_in_speak_as_that_person():
    text = ("Head\n\nCoroner Imelda Farrant handed down her findings at the court in Truro on Wednesday.\n\n"
            "Nine people have drowned at the cove since 2012, according to the findings.\n")
    assert _speaker(text, "Nine people have drowned") == "Imelda Farrant"
    text = ("Head\n\nThe inquest into the boy's death closed in Truro on Wednesday.\n\nIn her findings, Coroner Imelda "
            "Farrant wrote that the only sign was \"faded\".\n\nNine people have drowned at the cove since 2012, "
            "according to the findings.\n")
    assert _speaker(text, "Nine people have drowned") == "Imelda Farrant"


def test_warning_before_the_thing_that_warns_is_a_compound_noun():
    text = "Coroner calls for rip warning signs after teenager drowned at Polzeath\n\nFriday, March 6, 2020\n"
    assert [c.kind for c in claims_of(text, "en") if c.kind != "assertion"] == []
    text = "Head\n\nThe council installed an early warning system on the river last year.\n"
    assert [c.kind for c in claims_of(text, "en") if c.kind != "assertion"] == []


def test_a_numbered_school_year_before_a_noun_is_no_name():
    for phrase in ("A Grade 6 teacher from Moose Jaw", "A Year 10 pupil at the school"):
        text = f"Head\n\n{phrase} told the paper that the trip was \"the only time they see a telescope\".\n"
        assert _speaker(text, "the only time") == phrase[2:], phrase
    text = "Head\n\nChannel 4 told the paper that the trip was \"the only time they see a telescope\".\n"
    assert _speaker(text, "the only time") == "Channel 4"


def test_a_headline_s_warning_extended_or_lifted_is_what_befalls_the_warning():
    for headline in ("Heat warning extended in southern Quebec as Montreal opens cooling centres",
                     "Flood warning lifted for the River Severn at Bewdley"):
        assert [c.kind for c in claims_of(headline + "\n\nFriday, July 5, 2019\n", "en") if c.kind != "assertion"] == []


def test_one_office_of_a_body_with_several_is_named_with_its_town_not_its_country():
    text = ("Head\n\nThe Employment Tribunal in Stanley has awarded £28,400 to a former manager after ruling that she "
            "was dismissed because she was pregnant.\n\nThe tribunal said the company's evidence had been \"inconsistent\".\n")
    assert _speaker(text, "inconsistent") == "Employment Tribunal in Stanley"
    text = ("Head\n\nThe Braga District Court in Portugal sentenced the man to eight years.\n\nThe court said his "
            "motive had been \"a desire to be seen as a hero\".\n")
    assert _speaker(text, "a desire to be seen") == "Braga District Court"


def test_a_telling_that_dates_an_event_inside_a_finding_is_part_of_the_finding():
    text = ("Head\n\nThe tribunal found that the firm had dismissed Ana Ruiz in May 2018, eleven days after she told her "
            "line manager she was expecting her first child, and that its stated reason was \"not supported\".\n")
    claims = claims_of(text, "en")
    assert [(c.speaker.name, c.content) for c in claims] == [
        ("tribunal", "the firm had dismissed Ana Ruiz in May 2018, eleven days after she told her line manager she was "
                     "expecting her first child, and that its stated reason was \"not supported\"")]


def test_someone_close_to_the_speaker_is_whom_they_told():
    for audience in ("her manager", "her line manager", "his family"):
        text = f"Head\n\nAna Ruiz told {audience} she was expecting her first child.\n"
        assert [c.content for c in claims_of(text, "en")] == ["she was expecting her first child"], audience


def test_the_un_agency_by_its_epithet_is_the_un_agency_last_named():
    text = ("Head\n\nThe World Food Programme said on Monday that maize prices had doubled, Reuters reported.\n\n"
            "The UN agency warned that 1.2 million people faced hunger.\n")
    assert _speaker(text, "faced hunger") == "World Food Programme"
