"""English rules found on the copies studied in session 79. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_people_from_a_body_then_an_apposition_describing_the_body_speak_before_said():
    text = ("Head\n\nThe Wessex Water Company missed its leakage target in every month of the past year, inspectors "
            "from the Drinking Water Inspectorate (DWI), the water quality regulator in England, said in a report "
            "published yesterday.\n")
    assert _speaker(text, "missed its leakage target") == "inspectors from the Drinking Water Inspectorate"
    text = ("Head\n\nThe plant missed its target in every month of the past year, officials at the Ministry of Energy, "
            "the country's largest employer, said.\n")
    assert _speaker(text, "missed its target") == "officials at the Ministry of Energy"


def test_a_described_body_named_in_the_next_sentence_by_a_name_ending_on_its_noun_is_that_body():
    text = ("Head\n\nA volunteer cave rescue team in the Yorkshire Dales said on Saturday it had been called out 41 times "
            "this year. The Upper Wharfedale Cave Rescue Team, which covers the southern Dales, was called out twice "
            "last weekend.\n")
    assert _speaker(text, "called out 41 times") == "Upper Wharfedale Cave Rescue Team"


def test_according_to_after_a_coordinator_leads_the_clause_after_it():
    text = ("Head\n\nThe programme is run by the Ministry of Health. Until now, doctors have trained overseas, mostly in "
            "Fiji and Cuba, and according to the ministry, fewer than half of those who trained abroad came back.\n")
    found = [c for c in claims_of(text, "en") if c.kind != "assertion"]
    assert [(c.content, c.speaker.name) for c in found] == [
        ("fewer than half of those who trained abroad came back", "Ministry of Health")]


def test_a_company_kind_with_another_qualifier_than_the_named_company_s_is_not_that_company():
    text = ("Head\n\nThe licensing committee on Tuesday suspended the operator's licence of the Douglas taxi company "
            "RideCabs for three months. The committee's chairman, Peter Kane, said the firm had shown disregard for the "
            "tariff. The ferry operator said it had not been consulted.\n")
    assert _speaker(text, "had not been consulted") == "ferry operator"


def test_according_to_then_a_concession_attributes_the_clause_before_it():
    found = claims_of("Head\n\nWales records more landslides for its size than any other nation, according to the survey "
                      "office, though few of them cause serious damage.\n", "en")
    assert [(c.content, c.speaker.name) for c in found if c.kind != "assertion"] == [
        ("Wales records more landslides for its size than any other nation", "survey office")]


def test_a_surname_opening_on_its_lower_case_particle_after_a_quotation_is_its_speaker():
    for surname, full in (("du Plessis", "Hennie du Plessis"), ("van der Merwe", "Johan van der Merwe")):
        text = (f"Head\n\n{full} runs the alliance. \"A buyer in Germany does not wait five weeks,\" {surname} said.\n")
        assert _speaker(text, "A buyer in Germany") == full, surname


def test_an_indefinite_role_for_a_body_named_in_full_before_said_is_the_speaker():
    text = "Head\n\nTankers would be sent free of charge to hospitals, a spokesman for the Water Authority of Jordan said.\n"
    assert _speaker(text, "Tankers would be sent") == "spokesman for the Water Authority of Jordan"


def test_a_report_published_by_a_body_described_before_its_name_speaks_as_that_body():
    text = ("Police killings at highest level in two decades, report says\n\nThursday, November 7, 2019\n\nPolice in the state "
            "killed 1,389 people between January and September, according to a report published on Wednesday by the "
            "Recife-based human rights group Observatório da Segurança Pública (OSP).\n")
    assert _speaker(text, "Police killings at highest level") == "Observatório da Segurança Pública"


def test_an_aged_person_described_by_a_body_s_name_then_what_they_are_is_no_body():
    text = ("Head\n\nJob seeker Dwayne Price, a 24-year-old Air Force veteran from Glendale, put it this way: \"I fixed jet "
            "engines. I think I can fix a machine that makes chips.\"\n")
    assert _speaker(text, "I fixed jet engines") == "Dwayne Price"
