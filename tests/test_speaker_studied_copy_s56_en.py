"""English rules found on the copy studied in session 56 (Wikinews-texture sets of sessions 55 and 56).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_the_country_after_a_group_in_a_city_is_no_speaker():
    text = "Title\n\nPolice in Enugu, Nigeria, said on Tuesday that three officers had been detained.\n"
    assert speaker_of(text, "three officers", "en") == "Police in Enugu"


def test_a_person_named_after_a_role_in_a_place_still_speaks():
    text = "Title\n\nThe head of a fishermen's cooperative in Belém, Joana Prates, said the river had turned brown.\n"
    assert speaker_of(text, "river had turned brown", "en") == "Joana Prates"


def test_an_abbot_is_a_role_and_his_nationality_no_name():
    text = ("Austrian abbot fined for hiding migrants, says he would do it again\n\nMonday, June 8, 2020\n\n"
            "A court in Linz fined an abbot, Father Anselm Gruber, on Friday. Gruber said he had no regrets.\n")
    assert speaker_of(text, "he would do it again", "en") != "Austrian"


def test_a_spokesperson_for_a_body_with_initials_or_a_number_is_no_description():
    text = ("Title\n\nA spokesperson for the Labour Court (LC), the state's industrial relations body, confirmed that both "
            "sides would meet on Monday. A spokesman for Rescue 1122, the provincial emergency service, said the road "
            "was closed.\n")
    assert speaker_of(text, "both sides would meet", "en") == "spokesperson for the Labour Court"
    assert speaker_of(text, "road was closed", "en") == "spokesman for Rescue 1122"


def test_a_role_with_its_modifier_then_a_party_with_its_adjective():
    text = ("Title\n\nAma Boateng, the parliamentary candidate of the opposition People's Renewal Party (PRP) in the "
            "Kpando constituency, has said she will go to court.\n")
    assert speaker_of(text, "she will go to court", "en") == "Ama Boateng"


def test_a_headline_s_un_agency_is_the_agency_the_lede_names():
    text = ("Sudanese refugees keep arriving in Chad, UN agency says\n\nTuesday, March 12, 2019\n\nThe UN refugee "
            "agency, UNHCR, said on Friday that 3,000 refugees had crossed into Chad in a week.\n")
    assert speaker_of(text, "keep arriving in Chad", "en") == "UNHCR"


def test_a_headline_s_regulator_is_the_regulating_body_the_lede_names():
    text = ("Bank to refund A$12 million in fees, regulator says\n\nWednesday, August 26, 2020\n\nHarbour Mutual, a "
            "customer-owned bank, will refund A$12 million to 9,000 customers, the Australian Securities and "
            "Investments Commission (ASIC) said yesterday.\n")
    assert speaker_of(text, "refund A$12 million in fees", "en") == "Australian Securities and Investments Commission"
