"""English rules found in session 104 (on the copies studied then). Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def _article(*paragraphs: str, title: str = "Title") -> str:
    return f"{title}\n\nTuesday, March 3, 2020\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_relative_clause_in_the_past_inside_the_reported_clause():
    text = _article("A lawyer who advises the tenants' union, Tomás Iriarte, said owners who evicted tenants during the "
                    "strike could face charges, although he knew of no case before the courts.")
    assert _speaker(text, "owners who evicted tenants") == "Tomás Iriarte"


def test_the_landlord_introduced_unnamed_is_not_the_woman_quoted_next():
    text = _article("In one street, a landlord took the windows out of a block of rooms on Friday. \"He came with three men and "
                    "took everything while we were at work,\" Halima Omondi, a seamstress, told the Coast Weekly. The landlord, "
                    "who owns 40 rooms in the area, told the paper he had not been paid since January.")
    assert _speaker(text, "not been paid since January") == "landlord"


def test_it_after_a_sentence_saying_what_a_named_body_is():
    text = _article("The Department for Housing said it was \"studying the figures closely\".",
                    "The Fenland Housing Executive, set up in 1974, is the public landlord for the county. It told the Gazette "
                    "in May that its waiting list had passed 12,000 households.")
    assert _speaker(text, "waiting list had passed") == "Fenland Housing Executive"


def test_an_unnamed_group_then_the_group_named_in_apposition():
    text = _article("A tenants' organisation in Rosario said on Monday that it had recorded 90 evictions since March.",
                    "The group, Vecinos Unidos de Rosario, said most of the cases involved rooms let without a contract.")
    assert _speaker(text, "recorded 90 evictions") == "Vecinos Unidos de Rosario"


def test_the_day_closing_a_description_is_no_part_of_it():
    text = _article("The survey, carried out by 80 volunteers on April 9, found that one in four of those counted had a job.")
    assert _speaker(text, "one in four of those counted") == "80 volunteers"


def test_whom_and_its_subject_before_a_quoted_description():
    text = _article("A trader, Joaquim Paiva, whom investigators described as the network's \"banker in Lisbon\", received "
                    "six years.")
    assert _speaker(text, "banker in Lisbon") == "investigators"
