"""English speaker and span rules found on the copy studied in session 48: a body named before a
description with a proper name in it ("Gallup Indian Medical Center, the Indian Health Service
hospital across town, said") is the speaker, and so is a body named before its place and country
("X in New Mexico, United States announced"); "a figure the department did not dispute" names no
speaker; an attribution closing the sentence with "has confirmed" attributes the whole sentence,
even when an earlier verb reports a finding inside it; a headline closing on "…, councillors told"
has no speaker of its own; "said Thursday, as prices fell" closes its statement, and "said
Thursday, adding that …" goes on with the same speaker. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_body_described_with_a_proper_name_in_apposition_is_the_speaker():
    text = ("Title\n\nRedmesa General Hospital, the Tribal Health Service hospital across town, has said it is "
            "also short of nurses.\n")
    assert speaker_of(text, "short of nurses") == "Redmesa General Hospital"


def test_a_body_named_before_its_place_and_country_is_the_speaker():
    text = ("Title\n\nThe Pinecrest Research Institute (PRI) in Colorado, United States announced on Monday that "
            "it would hire 300 more engineers.\n")
    assert speaker_of(text, "300 more engineers") == "Pinecrest Research Institute"


def test_a_figure_the_department_did_not_dispute_names_no_speaker():
    text = ("Title\n\nState Rep. Carla Ortiz questioned the spending. Ortiz argued that every dollar spent on "
            "thinning \"saves three on the fire line\", a figure the department did not dispute.\n")
    assert speaker_of(text, "every dollar") == "Carla Ortiz"


def test_has_confirmed_closing_the_sentence_attributes_the_finding_inside_it():
    text = ("Title\n\nTwo wards at Brookfield Hospital have been closed after engineers found that roof planks had "
            "moved, Brookfield NHS Foundation Trust has confirmed.\n")
    claim = next(c for c in claims_of(text, "en") if "roof planks" in c.content)
    assert claim.content.startswith("Two wards at Brookfield Hospital have been closed")
    assert claim.speaker.name == "Brookfield NHS Foundation Trust"


def test_a_headline_closing_on_those_told_has_no_claim_of_its_own():
    text = ("Council tax to rise by 5%, residents told\n\n"
            "Council tax will rise by 5% in April, the council said on Monday.\n")
    assert [(c.content, c.speaker.name) for c in claims_of(text, "en")] == [
        ("Council tax will rise by 5% in April", "council")]


def test_a_circumstance_after_said_and_a_weekday_closes_the_statement():
    text = "Title\n\nThe county could collect less revenue next year, the finance director said Thursday, as oil prices fell.\n"
    assert speaker_of(text, "less revenue") == "finance director"


def test_adding_that_after_said_and_a_weekday_goes_on_with_the_same_speaker():
    text = "Title\n\nThe plant will close next year, the company said Thursday, adding that 200 jobs would go.\n"
    assert speaker_of(text, "200 jobs") == "company"


def test_early_opening_a_clause_after_said_is_no_time_adjunct():
    text = "Title\n\nArea wildlife biologist Dana Holt said early snow in late October pushed moose onto the highway.\n"
    assert speaker_of(text, "early snow") == "Dana Holt"


def test_papers_state_and_a_forecast_projects_after_a_documents_noun():
    text = ("Title\n\nThe papers state that spending on home care has risen by £31 million since 2024.\n\n"
            "The forecast projects that fuel revenue will be about $300 million lower than expected.\n\n"
            "The projects that the council approved will cost £3 million, the mayor said.\n")
    speakers = {c.content[:20]: c.speaker.name for c in claims_of(text, "en")}
    assert speakers == {"spending on home car": "papers", "fuel revenue will be": "forecast",
                        "The projects that th": "mayor"}


def test_an_attribution_closing_on_told_the_court_attributes_the_finding_before_it():
    text = ("Title\n\nDr Ann Vale, a geologist who examined the stones for the prosecution, found that only two of the "
            "eight were genuine, Miss Thorpe told the court.\n")
    assert speaker_of(text, "only two of the eight") == "Thorpe"


def test_papers_presented_to_a_meeting_of_a_named_bodys_board_speak_for_the_body():
    text = ("Title\n\nPapers presented to a meeting of the board of Westmoor Hospital NHS Foundation Trust on Wednesday "
            "showed that 58 per cent of patients were seen within four hours.\n")
    assert speaker_of(text, "58 per cent") == "Westmoor Hospital NHS Foundation Trust"


def test_a_motion_speaks_for_the_councillor_who_proposed_it():
    text = ("Title\n\nThe motion, proposed by Councillor Alan Birch, who represents a Purbeck ward, argued that the charge "
            "was driving families away.\n")
    assert speaker_of(text, "driving families away") == "Alan Birch"


def test_a_clause_with_a_frequency_adverb_after_but_admits():
    text = "Title\n\nShe insists most members are careful, but admits newcomers often underestimate how cold the sea gets.\n"
    assert any(c.content == "newcomers often underestimate how cold the sea gets" for c in claims_of(text, "en"))


def test_a_bodys_spokesperson_posted_in_a_town_keeps_the_town():
    text = "Title\n\nA Coast Guard spokesperson in Kodiak confirmed that the inspection had taken place.\n"
    assert speaker_of(text, "inspection") == "spokesperson for Coast Guard in Kodiak"


def test_a_works_title_between_commas_is_no_part_of_its_authors_name():
    text = ("Title\n\nA 2025 study by the Center for Rural Education Policy Research, “Who Stays: Teacher Turnover”, "
            "found that a third of new teachers leave within two years.\n")
    assert speaker_of(text, "a third of new teachers") == "Center for Rural Education Policy Research"


def test_the_company_is_not_the_station_in_the_byline_or_the_dateline_month():
    text = ("Fish plant will not open next summer\n\nKDLG | By Ann Rowe\n\nPublished November 20, 2026\n\n"
            "Tundra Pacific Processing says it will not operate its Dillingham plant next summer.\n\n"
            "The company says fishermen will be offered contracts at its plant in Naknek.\n\n"
            "One fisherman told KDLG he found out from a friend.\n")
    assert speaker_of(text, "offered contracts") == "Tundra Pacific Processing"


def test_a_line_of_tags_gives_no_fuller_name():
    text = ("Title\n\nThe Lower Yukon School District says it has hired two certified teachers for the school.\n\n"
            "Education Emmonak Lower Yukon School District\n")
    assert speaker_of(text, "two certified teachers") == "Lower Yukon School District"


def test_results_posted_by_an_official_speak_for_the_official():
    text = "Title\n\nTurnout was 27 percent, according to final unofficial results posted by the borough clerk.\n"
    assert speaker_of(text, "Turnout") == "borough clerk"


def test_a_bodys_name_goes_on_past_a_spaced_ampersand():
    text = "Title\n\nThe hospital will be paid more, the Centers for Medicare & Medicaid Services said.\n"
    assert speaker_of(text, "paid more") == "Centers for Medicare & Medicaid Services"


def test_told_closing_a_text_with_no_full_stop_after_it():
    text = "Title\n\nPrices rose, officials said, the minister told"
    assert speaker_of(text, "Prices rose") == "minister"
