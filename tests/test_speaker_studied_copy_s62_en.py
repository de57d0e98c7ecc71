"""English rules found on the copy studied in session 62 (set own/en-blind195). Sentences and names invented
for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_weight_class_before_a_boxer_is_no_part_of_the_name():
    text = ('Welterweight Tariq Osei, the Commonwealth champion, said the decision was "a kick in the teeth".\n\n'
            'Heavyweight Dana Kowalczyk wrote on Twitter: "Back to the garage gym."\n')
    assert speaker_of(text, "kick in the teeth") == "Tariq Osei"
    assert speaker_of(text, "garage gym") == "Dana Kowalczyk"


def test_a_role_word_opening_a_group_name_stays_in_the_name():
    text = ('The residents\' group Tenant Voice Harbourside said families had been left "in limbo" for months.\n')
    assert speaker_of(text, "in limbo") == "Tenant Voice Harbourside"


def test_a_town_named_with_upon_is_one_place():
    text = ("The governors of Millgate Academy in Kingston upon Thames said on Monday that the school would "
            "close for a week.\n")
    assert speaker_of(text, "close for a week") == "governors of Millgate Academy in Kingston upon Thames"


def test_the_body_that_set_up_a_task_force_does_not_speak_for_it():
    text = ("The Water Safety Task Force set up by the Ministry of Environment (MoE) said on Friday that tests had "
            "found no contamination.\n\n"
            "The task force has said a second round of tests, due in May, is also planned.\n")
    assert speaker_of(text, "tests had found") == "Water Safety Task Force"
    assert speaker_of(text, "second round") == "Water Safety Task Force"


def test_a_headline_union_is_the_union_of_the_story_not_the_press_association():
    text = ("Union says bus strike in Leeds will go ahead\n\n"
            "Monday, March 2, 2020\n\n"
            "Drivers at Aire Valley Buses walked out on Monday, according to the Press Association.\n\n"
            "The Bus and Coach Workers' Alliance said on Monday that talks had broken down.\n")
    assert speaker_of(text, "bus strike in Leeds") == "Bus and Coach Workers' Alliance"


def test_the_company_is_the_start_up_named_before_not_a_place_before_a_step():
    text = ("Tidewell Robotics, a Pune-based start-up, said on Monday it had flown a delivery drone over 40 "
            "kilometres near Nashik, Maharashtra, a result the company says brings it closer to commercial flights.\n")
    assert speaker_of(text, "brings it closer") == "Tidewell Robotics"
