"""English speaker rules found on the copy studied in session 22: a person known by the name they
gave, a group named by where its people live, an office before a three-word name, a company named
with its legal form, a role at a place's common noun, a body's name followed by more capitalised
words, "the agency said" before a clause, a place and a family word before a name, a question
closing a quotation before its speaker's long apposition, "one of the workers" who asked not to be
named. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_description_then_the_name_given_in_a_relative_clause():
    text = ("Commuters described long queues. One commuter, a nurse who gave her name as Ines, told Lusa she had "
            "waited more than an hour for a bus.\n")
    assert speaker_of(text, "waited more than an hour") == "Ines"


def test_a_description_and_the_surname_given_without_a_comma():
    text = "A resident of the block who gave her surname as Lau told reporters she had lived there for six years.\n"
    assert speaker_of(text, "lived there for six years") == "Lau"


def test_a_person_who_asked_to_be_identified_only_by_a_name():
    text = "A vendor who asked to be identified only as Ama said stalls were flooded.\n"
    assert speaker_of(text, "stalls were flooded") == "Ama"


def test_a_person_who_identified_himself_in_an_apposition():
    text = "One shopkeeper, who identified himself as Joseph Mensah, said prices had doubled since May.\n"
    assert speaker_of(text, "prices had doubled") == "Joseph Mensah"


def test_a_group_of_people_along_a_named_stream_is_no_person():
    text = "Farmers along the Mwembeshi stream said their cattle had refused to drink on Thursday.\n"
    assert speaker_of(text, "cattle had refused") == "Farmers along the Mwembeshi stream"


def test_residents_of_a_place_and_its_town_are_one_group():
    text = "RESIDENTS of Bonne Esperance, Penal, say they have had no water for nine days.\n"
    assert speaker_of(text, "no water for nine days") == "RESIDENTS of Bonne Esperance, Penal"


def test_an_office_with_two_portfolios_before_a_three_word_name():
    text = ("Minister of Green Economy and Environment Chola Mwape Banda said on Friday that the company would "
            "pay for the clean-up.\n")
    assert speaker_of(text, "pay for the clean-up") == "Chola Mwape Banda"


def test_the_company_is_the_one_named_with_its_legal_form_not_a_group_named_later():
    text = ("The agency said the leak, at the plant operated by Lusenga Copper Mining Limited, was detected on "
            "Wednesday.\n\n"
            "In a statement, the company said the leak had been contained within 18 hours.\n\n"
            "Ruth Banda, a lawyer with the group Copperbelt River Watch, said the fines were too low.\n")
    assert speaker_of(text, "contained within 18 hours") == "Lusenga Copper Mining Limited"


def test_an_economist_at_a_brokerage_of_a_named_city_is_no_person():
    text = "An economist at a Dar es Salaam brokerage told Reuters the decision was the safe call.\n"
    assert speaker_of(text, "the safe call") == "economist at a Dar es Salaam brokerage"


def test_the_bank_is_not_the_rate_that_bears_its_name():
    text = ("The Bank of Malawi kept its Central Bank Rate unchanged at 14 percent on Wednesday. In its statement, "
            "the bank said food prices had eased after a good harvest.\n")
    assert speaker_of(text, "food prices had eased") == "Bank of Malawi"


def test_a_confederation_of_industries_is_one_name():
    text = ("The Confederation of Malawi Industries welcomed the decision but said lending rates were still "
            "choking small manufacturers.\n")
    assert speaker_of(text, "lending rates were still") == "Confederation of Malawi Industries"


def test_the_agency_said_then_warned_is_the_agency():
    text = ("Environment Canada said the airport had recorded 212 millimetres of rain. The agency said rain would "
            "ease on Monday but warned that a second, weaker system could arrive by Wednesday.\n")
    assert speaker_of(text, "weaker system could arrive") == "Environment Canada"


def test_a_place_and_mum_before_a_name():
    text = 'Sunnybank mum Anjali Rao said the hail sounded "like rocks being thrown at the roof".\n'
    assert speaker_of(text, "the hail sounded") == "Anjali Rao"


def test_a_question_closing_a_quotation_then_a_long_apposition_and_its_verb():
    text = ('Some parents criticised the short notice. "I found out at ten at night. Who stays with the children?" '
            "Oyunaa, a mother of two in the Bayanzurkh district who gave only one name, told Reuters.\n")
    assert speaker_of(text, "Who stays with the children") == "Oyunaa"


def test_one_of_a_group_who_asked_not_to_be_named_and_their_next_quotation():
    text = ("The helicopter landed safely at Norwich Airport.\n\n"
            "One of the workers on board, who asked not to be named, said passengers had not been told how serious "
            "the problem was until after they landed.\n\n"
            '"The pilot just said we were going back as a precaution," he said.\n')
    assert speaker_of(text, "passengers had not been told") == "worker on board who asked not to be named"
    assert speaker_of(text, "going back as a precaution") == "worker on board who asked not to be named"
