"""English rules found on the copies studied in session 82. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_places_joined_under_one_preposition_are_not_the_subject_named_in_apposition():
    text = ("Head\n\nThe energy regulator for Scotland and Wales, Gridwatch, has fined Tarnbrook Power after finding "
            "that the company overcharged customers.\n")
    assert _speaker(text, "overcharged customers") == "Gridwatch"


def test_a_headline_subject_before_a_verb_in_the_present_is_the_group_the_lede_names():
    text = ("Cumbrian coastguard team stands down, saying new paging rules put lives at risk\n\nTuesday, May 5, 2020\n\n"
            "Nine of the ten volunteers at the Silloth Coastguard Rescue Team in Cumbria stood down from duty on Sunday.\n\n"
            "The team's former station officer, Ruth Dacre, told the Cumberland News that every call now went through "
            "Holyhead.\n\n"
            "On its Facebook page, the team wrote: \"We have not walked away, we have been pushed.\"\n")
    assert _speaker(text, "paging rules") == "Silloth Coastguard Rescue Team"
