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
