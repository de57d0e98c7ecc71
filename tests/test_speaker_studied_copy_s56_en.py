"""English rules found on the copy studied in session 56 (Wikinews-texture sets of sessions 55 and 56).
Sentences and names invented for these tests."""

from __future__ import annotations

from claims.article import Article
from claims.extract import extract
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


def test_a_source_s_initials_spelled_out_in_apposition():
    text = ("Title\n\nAccording to NIWA, the National Institute of Water and Atmospheric Research, Nelson received 9 mm "
            "of rain in January.\n")
    assert speaker_of(text, "9 mm", "en") == "National Institute of Water and Atmospheric Research"
    claims = extract(Article(text, language="en")).claims
    assert [c.content for c in claims] == ["Nelson received 9 mm of rain in January"]


def test_the_country_after_a_body_near_a_town_is_no_speaker():
    text = "Title\n\nAid workers at a camp near Goma, Congo, said on Tuesday that rations would be cut.\n"
    assert speaker_of(text, "rations would be cut", "en") == "Aid workers at a camp near Goma"


def test_a_mission_s_name_holds_its_country():
    text = ("Title\n\nThe United Nations Assistance Mission in Afghanistan said on Friday that 40 civilians had been "
            "killed. In its report, the mission said most deaths were caused by roadside bombs.\n")
    assert speaker_of(text, "40 civilians", "en") == "United Nations Assistance Mission in Afghanistan"
    assert speaker_of(text, "roadside bombs", "en") == "United Nations Assistance Mission in Afghanistan"


def test_a_union_whose_name_holds_and_named_by_its_members():
    text = ("Title\n\nAbout 90 members of the Welsh Transport and General Workers' Union (WTGWU) walked out, the union "
            "said.\n")
    assert speaker_of(text, "About 90 members", "en") == "Welsh Transport and General Workers' Union"


def test_a_university_named_alone_is_not_a_longer_one_named_later():
    text = ("Title\n\nA team led by the University of Lima reported that the frog was a new species. Ana Ruiz of the "
            "Pontifical Catholic University of Lima said the finding was solid.\n")
    assert speaker_of(text, "new species", "en") == "University of Lima"


def test_first_in_a_name_is_no_adverb_before_the_verb():
    text = "Title\n\nThe charity Families First said its helpline had taken 200 calls.\n"
    assert speaker_of(text, "helpline had taken", "en") == "Families First"


def test_an_insurer_s_short_name_is_its_full_name():
    text = ("Title\n\nFour pub owners have begun proceedings against Harbour Shield Insurance, which has refused to pay "
            "business interruption claims. The insurer has said its policies cover closures. \"We sympathise with every "
            "business,\" Harbour Shield said in a statement.\n")
    assert speaker_of(text, "We sympathise", "en") == "Harbour Shield Insurance"


def test_a_body_led_by_a_person_speaks_not_its_leader():
    text = ("Title\n\nAndes Unidos, a regional party led by former governor Rosa Quispe, has asked for a recount, "
            "arguing that thousands of votes were wrongly annulled.\n")
    assert speaker_of(text, "wrongly annulled", "en") == "Andes Unidos"
