"""A nickname in quotation marks between a first name and a surname is a word of the person's name
(CLAIM_GUIDELINES: the speaker is the fullest name), never a quotation of its own. Sentences and
names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of


def test_a_nickname_in_single_marks_is_part_of_the_speakers_name_and_no_claim():
    text = ("\"We cannot pay the boat loans,\" said Desmond 'Lucky' Okafor, a fisherman who has worked the "
            "reef for 30 years.\n\nOkafor said the catch had halved since May.\n")
    claims = [c for c in claims_of(text, "en") if c.kind != "assertion"]
    assert [(c.kind, c.content, c.speaker.name) for c in claims] == [
        ("direct", "We cannot pay the boat loans", "Desmond 'Lucky' Okafor"),
        ("indirect", "the catch had halved since May", "Desmond 'Lucky' Okafor"),
    ]


def test_a_nickname_in_curly_double_marks_opening_the_sentence():
    text = "Marcus “Tiny” Bell said the club would appeal against the ban.\n"
    claims = [c for c in claims_of(text, "en") if c.kind != "assertion"]
    assert [(c.kind, c.speaker.name) for c in claims] == [("indirect", "Marcus “Tiny” Bell")]


def test_a_quoted_word_after_a_lower_case_word_is_still_a_quotation():
    text = "The minister said the plan was 'Reckless' and would be withdrawn.\n"
    assert any(c.kind == "mixed" for c in claims_of(text, "en"))
