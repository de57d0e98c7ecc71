"""English bodies named by the people they gather and their cause ("X for a Y", "X Against Y"):
the whole name speaks, never its first word. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_plural_noun_for_a_cause_is_one_name():
    text = "Neighbours for a Quieter Estate said the new flight path had doubled the noise at night.\n"
    assert speaker_of(text, "doubled the noise") == "Neighbours for a Quieter Estate"


def test_the_kind_of_body_before_the_name_is_not_part_of_it():
    text = ("Campaign group Cyclists for the Open Road called the plan \"a step back\" and said it had "
            "asked the council for the accident figures.\n")
    assert speaker_of(text, "accident figures") == "Cyclists for the Open Road"


def test_a_capitalised_against_joins_the_name():
    text = "Villagers Against the Quarry said blasting had cracked the walls of two houses.\n"
    assert speaker_of(text, "cracked the walls") == "Villagers Against the Quarry"


def test_a_place_after_the_name_is_not_part_of_it():
    text = "According to Families for Safer Rivers in Northern Ostland, two weirs had failed.\n"
    assert speaker_of(text, "two weirs") == "Families for Safer Rivers"
