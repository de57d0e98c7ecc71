"""English: only a noun phrase that can speak is a speaker: not an adjunct opening the sentence,
not a place inside a role's complement (sentences and names invented for these tests)."""

from __future__ import annotations

import pytest

from extract_support import claims_of, speaker_of


def test_a_statement_adjunct_before_a_pronoun_subject_is_not_the_speaker():
    text = ("The club dismissed coach Tomas Vidal on Monday after six defeats.\n\n"
            "Club president Ana Ruiz said the board had acted reluctantly.\n\n"
            "Vidal, 48, joined in 2022. In a statement issued through his lawyer, he thanked the fans and said "
            "he was proud of the squad.\n")
    assert speaker_of(text, "proud of the squad") == "Tomas Vidal"


def test_a_place_owned_by_a_town_inside_the_role_is_not_the_speaker():
    text = ("Farid al-Rawi, a baker in Sohar's al-Souq district, told the Gulf Herald that the water rose in "
            "minutes.\n")
    assert speaker_of(text, "water rose in minutes") == "Farid al-Rawi"


def test_a_capitalised_place_owned_by_a_town_inside_the_role_is_not_the_speaker():
    text = "Lena Brandt, a florist in Kassel's Old Market, said the street flooded twice.\n"
    assert speaker_of(text, "street flooded twice") == "Lena Brandt"


def test_a_capitalised_plural_kind_before_two_names_is_no_part_of_them():
    text = "The brewer did not comment. Retailers Kestrel Foods and Amble Stores said they had cleared the shelves.\n"
    assert speaker_of(text, "cleared the shelves") == "Kestrel Foods and Amble Stores"


def test_a_capitalised_plural_kind_before_one_name_is_no_part_of_it():
    text = "The brewer did not comment. Insurers Harlow Mutual said claims had doubled.\n"
    assert speaker_of(text, "claims had doubled") == "Harlow Mutual"


def test_a_name_opening_with_a_plural_noun_of_people_stays_whole():
    text = "Doctors Without Borders said the clinic had run out of insulin.\n"
    assert speaker_of(text, "run out of insulin") == "Doctors Without Borders"


@pytest.mark.parametrize("sentence, words, speaker", [
    ("Fishermen who use the harbour say the delay is putting lives at risk.", "lives at risk",
     "Fishermen who use the harbour"),
    ("Commuters who spoke to the Courier said trains were often full by 7 a.m.", "often full",
     "Commuters who spoke to the Courier"),
    ("Separately, the motorway police said the road was closed for several hours on Sunday.", "road was closed",
     "motorway police"),
    ("Meanwhile, Ann Lee, the council's engineer, said repairs would start in May.", "repairs would start", "Ann Lee"),
    ("Beverly Ross, the council's engineer, said repairs would start in May.", "repairs would start", "Beverly Ross"),
])
def test_a_group_defined_by_its_clause_and_an_opening_adverb(sentence, words, speaker):
    claim = next(c for c in claims_of(f"Harbour works\n\n{sentence}\n", "en") if words in c.content)
    assert claim.speaker.name == speaker


def test_a_spokesperson_for_a_body_with_listed_portfolios_opening_a_sentence_is_named_whole():
    text = ("Pier works\n\nA spokesperson for the Department of Agriculture, Food and the Marine said the department "
            "had approved the funding.\n")
    claim = next(c for c in claims_of(text, "en") if "approved the funding" in c.content)
    assert claim.speaker.name == "spokesperson for the Department of Agriculture, Food and the Marine"


def test_an_indefinite_spokesperson_is_not_the_person_named_later_in_a_like_role():
    text = ("Budget short\n\nA spokesperson for the Department of Finance said the department had approved the funding.\n\n"
            "The head of the Department of Finance, Tom Ray, said the budget was short.\n")
    claim = next(c for c in claims_of(text, "en") if "approved the funding" in c.content)
    assert claim.speaker.name == "spokesperson for the Department of Finance"


def test_a_partys_name_of_several_words_inside_an_indefinite_role_names_no_one():
    text = ("Tomasz Zielke, a Peace and Bread (PiB) councillor who voted for the delay, said the zone "
            "had been drawn by people who cycle to work.\n")
    assert speaker_of(text, "drawn by people") == "Tomasz Zielke"


def test_a_bodys_capitalised_name_before_its_common_noun_is_no_place_before_a_person():
    text = ("Halina Brzeg, spokeswoman for the Fresh Air Torun coalition, told broadcaster Radio Wisla "
            "that the decision was a gift to polluters.\n")
    assert speaker_of(text, "gift to polluters") == "Halina Brzeg"


def test_a_bodys_name_holding_peoples_is_one_name_and_the_person_before_it_speaks():
    text = ("Le Van Thanh, vice-chairman of the Da Nang People's Committee, told reporters on Thursday "
            "that the city would not accept another delay.\n")
    assert speaker_of(text, "another delay") == "Le Van Thanh"


def test_a_body_referred_back_to_is_the_source_not_the_person_named_after_it():
    text = ("Opposition candidate Ruth Mbewe won the by-election, the Electoral Board of Lundazi said.\n\n"
            "According to the board, Mbewe, of the Farmers' Alliance, received 11,842 votes against 9,310 "
            "for her rival.\n")
    assert speaker_of(text, "11,842 votes") == "Electoral Board of Lundazi"
