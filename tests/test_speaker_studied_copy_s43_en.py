"""English speaker and span rules found on the copy studied in session 43: an ampersand inside a
company's name, a place's firm in apposition, a councillor's party and ward in brackets, "Mayor Pro
Tem", party labels, a label quoted in the subject's relative clause, "People living near X", a
document obtained under freedom of information, a county and its state, a company described in the
lede, a document whose maker is named in an object relative, and "Per X,". Sentences and names
invented for these tests."""

from __future__ import annotations

import pytest

from extract_support import claims_of, content_of, speaker_of


def test_an_ampersand_inside_a_companys_name_after_of_keeps_the_person():
    text = "Title\n\nRuth Alder, owner of Blue Ridge Paving & Grading in Boone, said crews were paid late.\n"
    assert speaker_of(text, "crews were paid late") == "Ruth Alder"


def test_a_firm_named_with_an_ampersand_then_described_by_its_place_speaks():
    text = ("Title\n\nHarlan & Voss, the Johnson City engineering firm designing the bridge, said in a statement "
            "that the span would open in May.\n")
    assert speaker_of(text, "the span would open") == "Harlan & Voss"


def test_a_named_body_then_a_place_firm_in_apposition_speaks():
    text = "Title\n\nCedar Gap Works, the Elk Park engineering firm, said the plant would be late.\n"
    assert speaker_of(text, "the plant would be late") == "Cedar Gap Works"


def test_a_councillors_party_and_ward_in_brackets_are_no_speaker():
    text = "Title\n\nCllr Janet Orrell (Liberal Democrat, Tupsley) said the decision was \"a betrayal\" of residents.\n"
    assert speaker_of(text, "a betrayal") == "Janet Orrell"


def test_mayor_pro_tem_is_the_role_not_the_name():
    text = "Title\n\nSurf City Mayor Pro Tem Dana Whitfield said the town would borrow the money.\n"
    assert speaker_of(text, "borrow the money") == "Dana Whitfield"


@pytest.mark.parametrize("party", ["Liberal Democrat", "Conservative", "Lib Dem"])
def test_a_british_party_label_before_a_name_is_no_part_of_it(party):
    text = f"Title\n\n{party} Martin Hebble, whose division covers the Wolds, said the van was a lifeline.\n"
    assert speaker_of(text, "the van was a lifeline") == "Martin Hebble"


@pytest.mark.parametrize("body", ["Republican Party", "Conservative Party"])
def test_a_partys_own_name_stays_whole(body):
    text = f"Title\n\nThe {body} said the vote would go ahead.\n"
    assert speaker_of(text, "the vote would go ahead") == body


def test_labour_opening_a_bodys_name_stays_in_it():
    text = "Title\n\nLabour Rights Watch Kenya said in a statement that wages had not been paid since June.\n"
    assert speaker_of(text, "wages had not been paid") == "Labour Rights Watch Kenya"


def test_a_label_quoted_in_the_subjects_relative_clause_is_no_claim_and_no_speaker():
    text = ("Title\n\nBlue Ridge Bear Patrol, a volunteer group that runs what it calls a “bear-smart” school "
            "program for campers, said the death was “avoidable.”\n")
    claims = [c for c in claims_of(text, "en") if c.kind != "assertion"]
    assert [c.content for c in claims] == ["the death was “avoidable.”"]
    assert claims[0].speaker.name == "Blue Ridge Bear Patrol"


def test_people_described_by_where_they_live_keep_the_description():
    text = ("Title\n\nPeople living near RAF Marham say night flying has become \"unbearable\" since "
            "September.\n")
    assert speaker_of(text, "night flying") == "People living near RAF Marham"


def test_how_a_document_was_obtained_is_no_part_of_its_maker():
    text = ("Title\n\nFigures released by the Ministry of Defence under the Freedom of Information Act show "
            "the base received 412 complaints.\n")
    assert speaker_of(text, "412 complaints") == "Ministry of Defence"


def test_a_county_then_its_state_in_apposition_is_the_county():
    text = ("Title\n\nMadison County, North Carolina, said Tuesday it will appeal the decision.\n\n"
            "The mayor of Salt Lake City, Erin Mendenhall, said the appeal was late.\n")
    assert speaker_of(text, "it will appeal") == "Madison County"
    assert speaker_of(text, "the appeal was late") == "Erin Mendenhall"


@pytest.mark.parametrize("described", ["the Asheville-based system", "the utility", "the health system"])
def test_a_company_described_after_the_lede_sentence_is_the_one_it_opens_on(described):
    text = (f"Title\n\nWALTERBORO — Lowcountry Health will take over Edisto Hospital by the end of March, "
            f"{described} announced Thursday.\n")
    assert speaker_of(text, "take over Edisto Hospital") == "Lowcountry Health"


def test_a_standfirsts_utility_is_the_authority_the_body_names_after_the_byline():
    text = ("Utility to dig up coal ash\n\nThe utility says the project will take about eight years.\n\n"
            "Author: Jo Reed\n\nPublished: 6:12 PM November 24, 2026\n\n"
            "CLAXTON, Tenn. — The Clinch Valley Authority will excavate about 6 million cubic yards of coal ash "
            "from two ponds at the retired plant, the utility announced Tuesday.\n")
    assert speaker_of(text, "eight years") == "Clinch Valley Authority"


def test_a_lede_company_described_with_its_towns_two_words_is_the_one_the_next_paragraph_opens_on():
    text = ("Mill to reopen\n\nA Rock Hill textile company says it will spend $64 million to reopen part of a "
            "shuttered mill.\n\nPiedmont Nonwovens, founded in 1998, already employs 260 people at its plant on "
            "Cherry Road.\n")
    assert speaker_of(text, "spend $64 million") == "Piedmont Nonwovens"


def test_a_lede_person_described_by_trade_is_not_the_name_the_next_paragraph_opens_on():
    text = ("Gritting cut\n\nA haulage operator in Builth Wells, who asked not to be named, said the roads were "
            "dangerous.\n\nTransport Minister Ken Skates said the cuts were regrettable.\n")
    assert speaker_of(text, "the roads were dangerous") != "Transport Minister Ken Skates"


@pytest.mark.parametrize("document", ["a news release the office issued Friday", "a statement the office released"])
def test_a_document_whose_maker_is_named_in_an_object_relative_speaks_for_it(document):
    text = (f"Title\n\nThe Dare County Sheriff’s Office is investigating the loss of $187,000, according to "
            f"{document}.\n")
    assert speaker_of(text, "the loss of $187,000") == "Dare County Sheriff’s Office"


def test_per_opening_a_sentence_attributes_it():
    text = ("Title\n\nPer a memo from Town Manager Rhett Oakley, the island lost 310,000 cubic yards of sand. "
            "The memo also warns that the sewer main could be exposed.\n\nThe fee is $5 per night.\n")
    assert speaker_of(text, "the island lost") == "Rhett Oakley"
    assert speaker_of(text, "the sewer main") == "Rhett Oakley"
    assert content_of(text, "the island lost", "en") == "the island lost 310,000 cubic yards of sand"
