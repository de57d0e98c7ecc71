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


def test_one_described_speaker_keeps_the_clause_saying_why_they_are_not_named():
    text = ("Title\n\nOne rental owner, who spoke at the meeting but declined to give her name afterward, said the cap "
            "would halve her income.\n\nOne mother, who asked WVPE not to use her name because her husband works for "
            "the district, said the bus ride was an hour.\n")
    assert speaker_of(text, "halve her income") == "rental owner who spoke at the meeting but declined to give her name afterward"
    assert speaker_of(text, "the bus ride") == "mother who asked WVPE not to use her name because her husband works for the district"


@pytest.mark.parametrize("body", ["Local 17 of the Great Lakes Marine Workers Union", "Blackburn with Darwen Council"])
def test_a_union_local_and_a_council_named_by_two_towns_are_one_name(body):
    text = f"Title\n\n{body} said in a statement that talks broke down on Sunday night.\n"
    assert speaker_of(text, "talks broke down") == body


def test_a_council_spokesperson_where_a_council_is_named_by_two_towns_keeps_the_role_phrase():
    text = ("Title\n\nBlackburn with Darwen Council's executive board agreed the scheme on Thursday.\n\n"
            "A council spokesperson said drivers would be sent to two other car parks.\n")
    assert speaker_of(text, "drivers would be sent") == "council spokesperson"


def test_realtor_is_a_role_before_a_name():
    text = "Title\n\nRealtor Kristin Vanderveen, who manages about 40 rentals, said owners had begun selling.\n"
    assert speaker_of(text, "owners had begun selling") == "Kristin Vanderveen"


def test_the_hospital_announcing_is_the_health_system_its_sentence_opens_on():
    text = ("Title\n\nUP Health System–Marquette will close its pediatric unit on January 15, the hospital announced on "
            "Monday.\n\nIn a news release, the hospital said the unit had fewer than two patients a day.\n")
    assert speaker_of(text, "close its pediatric unit") == "UP Health System–Marquette"
    assert speaker_of(text, "fewer than two patients") == "UP Health System–Marquette"


def test_share_buttons_are_no_one_a_role_stands_for():
    text = ("Title\n\nThe bond failed, according to results posted by the Grand Traverse County Clerk's office.\n\n"
            "Turnout in Grand Traverse County was 61 percent, the clerk's office said.\n\nFacebook Twitter WhatsApp SMS Email\n")
    assert speaker_of(text, "61 percent") == "Grand Traverse County Clerk's office"


def test_an_office_known_by_its_holders_role_is_the_one_the_article_named():
    text = ("Title\n\nThe case went to the Knox County District Attorney's office in June.\n\n"
            "The evidence was strong, the district attorney's office said.\n")
    assert speaker_of(text, "The evidence was strong") == "Knox County District Attorney's office"


def test_bosses_in_a_standfirst_are_the_company_the_body_names():
    text = ("Pier firm warns jobs at risk\n\nRepairs to the pier's seaward end could take until Easter, bosses say\n\n"
            "By Kirsty Hale\n\nPublished 11th Nov 2026\n\nStorm damage to the decking at the end of the pier (Photo: Dan Mart)\n\n"
            "Up to 40 seasonal jobs could go this winter after storm damage forced the closure of its rides.\n\n"
            "Wyre Coast Piers Ltd said waves had ripped up about 60 metres of decking.\n")
    assert speaker_of(text, "until Easter") == "Wyre Coast Piers Ltd"


def test_bosses_closing_a_lede_are_the_one_body_it_names():
    text = ("Title\n\nThe opening of Eden Project Morecambe has been put back by at least a year, bosses have confirmed.\n")
    assert speaker_of(text, "put back") == "Eden Project Morecambe"


def test_bosses_named_by_a_word_of_the_bodys_name_are_that_body():
    text = ("Title\n\nCheltenham Racecourse will run shuttles in March.\n\nRacecourse bosses say the new plan will take "
            "4,000 cars off the roads.\n")
    assert speaker_of(text, "4,000 cars") == "Cheltenham Racecourse"


def test_a_service_named_by_two_words_is_the_one_whose_name_holds_them():
    text = ("Title\n\nThe fire was started by a barbecue, according to a report by Lancashire Fire and Rescue Service.\n\n"
            "According to the fire service, crews attended 37 wildfires between March and May.\n")
    assert speaker_of(text, "37 wildfires") == "Lancashire Fire and Rescue Service"


def test_a_short_form_opening_a_groups_name_stays_as_written():
    text = ("Title\n\nThe council will charge families of young people with special educational needs and disabilities "
            "(SEND) for transport.\n\nThe parents’ group SEND Families Together Lancashire said in a statement that 2,300 "
            "people had signed its petition.\n")
    assert speaker_of(text, "2,300 people") == "SEND Families Together Lancashire"


def test_a_date_after_the_audience_of_told_opens_no_statement():
    text = "Title\n\nState Rep. Tom Gerrard told The News on Nov. 6 he had drafted a bill.\n"
    assert content_of(text, "drafted a bill", "en") == "he had drafted a bill"
    assert speaker_of(text, "drafted a bill") == "Tom Gerrard"


def test_a_reporting_verb_in_the_progressive_reports_a_that_clause():
    text = ("Title\n\nAlger County Sheriff Todd Brockman is reminding riders that the new route crosses M-28 twice.\n\n"
            "The council is telling residents that the bins will be late.\n\n"
            "Nurses at the hospitals in Mount Hagen and Goroka were reporting the same shortages.\n")
    assert speaker_of(text, "crosses M-28") == "Todd Brockman"
    assert speaker_of(text, "the bins will be late") == "council"
    assert not any("same shortages" in c.content for c in claims_of(text, "en") if c.kind != "assertion")


def test_a_definite_role_asking_not_to_be_named_is_no_one_named_later():
    text = ("Title\n\nThe farmer, who has asked not to be named for fear of reprisals, told the Free Press that he now "
            "patrols his land.\n\nThe Country Land and Business Association said hare coursing was rising.\n")
    assert speaker_of(text, "patrols his land") == "farmer who has asked not to be named for fear of reprisals"


@pytest.mark.parametrize("antecedent, speaker", [
    ("The workers belong to Local 17 of the Great Lakes Marine Workers Union, which", "Local 17 of the Great Lakes Marine Workers Union"),
    ("The money went to John Smith, who", "John Smith")])
def test_the_antecedent_after_to_of_a_relative_clause_speaks(antecedent, speaker):
    text = f"Title\n\n{antecedent} said in a statement that talks broke down on Sunday night.\n"
    assert speaker_of(text, "talks broke down") == speaker


def test_a_companys_project_description_is_the_company_named_after_its_description():
    text = ("Title\n\nMore than 200 people came to the first hearing on a Toronto company’s plan to reopen a copper mine.\n\n"
            "Keweenaw Copper Partners CEO Derek Haataja told the crowd the company planned to spend $410 million.\n\n"
            "According to the company’s project description, ore would be trucked to a new mill.\n")
    assert speaker_of(text, "ore would be trucked") == "Keweenaw Copper Partners"


def test_what_was_said_at_a_sentencing_the_article_dates_takes_its_day():
    text = ("Treasurer jailed\n\nPublished 6th Nov 2026\n\nDenise Clegg was jailed at Preston Crown Court (Photo: Police)\n\n"
            "Denise Clegg, 56, admitted fraud at an earlier hearing and was sentenced on Thursday.\n\n"
            "Preston Crown Court heard that Clegg made 212 transfers from the club's account to her own.\n\n"
            "Prosecuting, Amir Shah said the club had nearly folded.\n")
    claims = {c.content: c for c in claims_of(text, "en")}
    assert claims["the club had nearly folded"].said_on.iso() == "2026-11-05"


def test_what_was_said_during_the_debate_takes_the_debates_day():
    text = ("Title\n\nTuesday, November 10, 2026\n\nCouncillors approved a £9 million pothole fund on Monday.\n\n"
            "Cllr Paul Grant, who leads the opposition, said during the debate that the money was \"a sticking plaster\".\n")
    claims = {c.content: c for c in claims_of(text, "en")}
    assert claims["the money was \"a sticking plaster\""].said_on.iso() == "2026-11-09"
