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
