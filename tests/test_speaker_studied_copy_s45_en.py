"""English speaker and span rules found on the copy studied in session 45: a body's name ending on
"UK", a trade noun between a company and a person, a body described by a clause without "that",
an operator's trade before its name, figures an outlet relays, a person of a body's team, "have" +
object + "reported", "objected that", a counting word before a described person, speaking "on
condition that", officers opening a sentence before a participle, and a complaint that speaks for
who filed it or brought the charges. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_bodys_name_ending_on_uk_after_for_is_not_cut_to_a_person():
    text = ("Title\n\nA spokesperson for Cash Access UK, which decides where shared banking hubs are opened, said a review "
            "of Wardley would be finished by March.\n")
    assert speaker_of(text, "a review of Wardley") == "Cash Access UK"


def test_a_trade_noun_between_a_company_and_a_person_leaves_the_person():
    text = ("Title\n\nFormer Vantor worker Gail Brennick, who spent 20 years on the line, told us the town "
            "never recovered.\n")
    assert speaker_of(text, "the town never recovered") == "Gail Brennick"


def test_a_body_described_by_a_clause_without_that_is_not_the_person_in_it():
    text = ("Title\n\nA spokesperson for Eastfold Wheelers, the Tollbury cycling club Mr Haskett rode with, "
            "said members had been shaken by the crash.\n")
    assert speaker_of(text, "members had been shaken") == "spokesperson for Eastfold Wheelers"


def test_an_operators_trade_before_its_name_is_no_part_of_the_name():
    text = "Title\n\nOperator Brookway Coaches confirmed on Tuesday that the hourly 9 service would be withdrawn.\n"
    assert speaker_of(text, "the hourly 9 service") == "Brookway Coaches"


def test_figures_an_outlet_reported_speak_for_their_owner_not_the_outlet():
    text = ("Title\n\nRural bus mileage has fallen by half since 2010, according to Department for Transport "
            "figures reported by PA Media.\n")
    assert speaker_of(text, "Rural bus mileage").startswith("Department for Transport")


def test_a_person_of_a_bodys_team_is_the_person():
    text = ("Title\n\nSpeaking outside court, Detective Constable Rhian Petter of Westshire Police’s rural crime "
            "team said the force had worked with the landowner to trace the site.\n")
    assert speaker_of(text, "the force had worked") == "Rhian Petter"


def test_have_an_object_and_reported_is_no_reporting_verb():
    text = ("Title\n\nMore than 200 army homes at Tidworth have had damp or mould reported this year, according "
            "to a survey published on Sunday by the Tidworth Families Forum.\n")
    found = claims_of(text, "en")
    assert [(c.content[:30], c.speaker.name) for c in found] == [
        ("More than 200 army homes at Ti", "Tidworth Families Forum")]


def test_objected_that_reports_the_grounds_of_an_objection():
    text = ("Title\n\nIn a letter to the council last week, Ashby Parva Parish Council objected that the lane was "
            "single-track.\n\nThe parish council objected to the plan in March.\n")
    assert [(c.content, c.speaker.name) for c in claims_of(text, "en")] == [
        ("the lane was single-track", "Ashby Parva Parish Council")]


def test_a_counting_word_before_a_person_described_by_a_relative_clause_goes():
    text = ("Title\n\nOne magistrate who voted for the rise, speaking after the meeting on condition of anonymity, "
            "said he expected a challenger.\n")
    assert speaker_of(text, "he expected a challenger") == "magistrate who voted for the rise"


def test_a_counting_word_before_a_bare_noun_stays():
    text = "Title\n\nOne interviewee, a dock worker, said the port was quiet.\n\nOne farmer told the paper the river was low.\n"
    assert speaker_of(text, "the river was low") == "One farmer"


def test_speaking_on_condition_that_she_not_be_named_is_no_statement():
    text = ("Title\n\nA nurse at the clinic, who spoke on condition that she not be named, said staff had learned "
            "of the closure \"from the news, like everyone else.\"\n")
    found = claims_of(text, "en")
    assert len(found) == 1 and found[0].content.startswith("staff had learned")
    assert found[0].speaker.name == "nurse at the clinic who spoke on condition that she not be named"


def test_officers_opening_a_sentence_speak_for_its_participle():
    text = ("Title\n\nProsecutors in Raskin County, Ohio charged the owner of a roofing company on Monday with theft, "
            "alleging he took deposits from 23 homeowners, most of them over 70.\n\n"
            "The Ohio Department of Labor said it had suspended his licence.\n")
    assert speaker_of(text, "he took deposits").startswith("Prosecutors in Raskin County")


def test_a_criminal_complaint_speaks_for_who_brought_the_charges():
    text = ("Title\n\nHalden State Police on Monday charged the former treasurer of a fire company with theft.\n\n"
            "According to the criminal complaint, Gary Moll, 58, wrote 143 checks to himself. The complaint says "
            "he used a company card for groceries.\n")
    assert speaker_of(text, "wrote 143 checks") == "Halden State Police"
    assert speaker_of(text, "he used a company card") == "Halden State Police"


def test_a_complaint_speaks_for_who_filed_the_lawsuit_after_a_dateline_or_an_apposition():
    text = ("Title\n\nBRANTLEY — The Otter Lake Band of Ojibwe filed a lawsuit Thursday against the state.\n\n"
            "According to the complaint, the permits allow a farm to pump 700 million gallons a year.\n")
    assert speaker_of(text, "the permits allow") == "Otter Lake Band of Ojibwe"
    text = ("Title\n\nThe Pine Creek Neighbors Coalition, a group of residents of Dunmore County, Ohio, filed a "
            "federal lawsuit on Wednesday against a hog farm.\n\nThe complaint, filed in federal court, says the "
            "spill killed fish along four miles of the creek.\n")
    assert speaker_of(text, "the spill killed fish") == "Pine Creek Neighbors Coalition"


def test_where_a_company_with_a_legal_form_is_based_is_no_part_of_its_name():
    text = ("Title\n\nThe solar project would power about 5,000 homes, according to its developer, Prairie Wind Energy LLC "
            "of Duluth.\n")
    assert speaker_of(text, "power about 5,000 homes") == "Prairie Wind Energy LLC"


def test_a_report_commissioned_from_a_firm_speaks_for_the_firm():
    text = ("Title\n\nA second report, commissioned by the residents from Knutsford engineers Halden Geotechnical, "
            "concluded that movement beneath the terrace \"cannot be explained by clay alone\".\n")
    assert speaker_of(text, "movement beneath the terrace") == "Halden Geotechnical"


def test_a_bare_spokesperson_keeps_the_role():
    text = ("Title\n\nNational Roadways said in a statement that the scheme had funded the largest dig. \"The site is in "
            "safer hands today,\" a spokesperson added.\n\nElsewhere, Dungarvan-based Comeragh Dairies has yet to "
            "announce its price. A spokesperson said the board would meet next week.\n\nJohn Smith said the plan was bad. "
            "A spokesperson said the plan was good.\n")
    assert speaker_of(text, "safer hands") == "spokesperson"
    assert speaker_of(text, "the board would meet") == "spokesperson"
    assert speaker_of(text, "the plan was good") == "spokesperson"


def test_the_carmaker_is_the_body_whose_possessive_opens_the_sentence():
    text = ("Title\n\nVaxmoor's van factory at Ellesmere Port will stop running a night shift from January 11, the "
            "carmaker told staff on Tuesday.\n\nVaxmoor declined to comment on agency workers.\n")
    assert speaker_of(text, "will stop running") == "Vaxmoor"
    text = ("Title\n\nZambia's environmental agency has fined the mine, the agency said on Thursday.\n\n"
            "Zambia is Africa's second copper producer.\n")
    assert speaker_of(text, "has fined the mine") != "Zambia"


def test_a_day_and_the_medium_after_said_are_no_clause():
    text = ("Title\n\nHigh Plains Prime Pork will eliminate the second shift at its plant in January, the company said "
            "Wednesday in a news release.\n")
    assert speaker_of(text, "eliminate the second shift") == "High Plains Prime Pork"


def test_a_person_and_a_long_description_after_according_to_is_the_source():
    text = ("Title\n\nMuch of the wheat has yet to come up, and what has emerged is \"thin and patchy,\" according to "
            "Jenna Fiske, a crop specialist with the extension service in Reno County.\n")
    assert speaker_of(text, "thin and patchy") == "Jenna Fiske"


def test_a_map_shows_what_it_shows():
    text = ("Title\n\nThe U.S. Drought Monitor map released Thursday shows that all of Reno County is in severe drought.\n"
            "\nThe ranger showed them the road.\n")
    assert speaker_of(text, "all of Reno County") == "U.S. Drought Monitor map"
    assert len(claims_of(text, "en")) == 1


def test_findings_after_according_to_are_the_sources_statement():
    text = ("Title\n\nAlieu Sarr heads the fisheries department. According to him, the department's latest stock "
            "assessment showed that sardinella stocks were \"overexploited\".\n")
    assert speaker_of(text, "sardinella stocks") == "Alieu Sarr"


def test_the_company_is_the_name_a_which_clause_describes():
    text = ("Title\n\nKeyline Aerostructures, which makes fuselage panels for business jets, will lay off about 420 "
            "workers at its plants, the company said on Thursday.\n")
    assert speaker_of(text, "will lay off") == "Keyline Aerostructures"


def test_its_board_closing_the_sentence_is_the_subjects_board():
    text = ("Title\n\nTrego Plains Community Hospital in Wakefield, Kansas will stop admitting inpatients on December 31, "
            "its board announced on Thursday.\n")
    # (written "X board" since session 73, as the sets written with the new prompt write it)
    assert speaker_of(text, "stop admitting") == "Trego Plains Community Hospital board"


def test_the_countys_planning_staff_is_the_county_the_article_is_about():
    text = ("Title\n\nRiley County commissioners will vote on the data center. Pottawatomie County has a similar plan.\n\n"
            "A memo from the county's planning staff said the site would need 1.5 million gallons of water a day. "
            "Riley County Commissioner Ann Lee said she had questions.\n\nThe chair of Riley County said it was too early.\n")
    assert speaker_of(text, "1.5 million gallons") == "Riley County planning staff"


def test_a_councils_planning_portal_speaks_for_the_council():
    text = ("Title\n\nAccording to Thurbury Council’s planning portal, 41 objections and three letters of support had been "
            "lodged by Monday.\n")
    assert speaker_of(text, "41 objections") == "Thurbury Council"


def test_a_census_carried_out_in_july_speaks_for_its_maker():
    text = ("Title\n\nThe crossing is used by about 150 people a day, according to a Network Rail census carried out in "
            "July.\n")
    assert speaker_of(text, "150 people a day") == "Network Rail"


def test_papers_for_a_named_bodys_board_meeting_speak_for_the_body():
    text = ("Title\n\nWaits rose by a third in October, according to papers published ahead of a board meeting of the "
            "Mid Essex NHS Foundation Trust.\n\nThe papers show that 3,912 patients waited longer than 12 hours.\n")
    assert speaker_of(text, "Waits rose") == "Mid Essex NHS Foundation Trust"
    assert speaker_of(text, "3,912 patients") == "Mid Essex NHS Foundation Trust"


def test_an_acronym_before_a_two_word_name_opens_no_first_name():
    text = "Title\n\nTalks between Unite and DP World are due to resume next week.\n\nUnite said members had backed the action.\n"
    assert speaker_of(text, "members had backed") == "Unite"


def test_an_acronyms_spokesperson_keeps_the_role_phrase():
    text = ("Title\n\nThe Department for Education has confirmed the rebuild.\n\nA DfE spokesperson said the school would be "
            "rebuilt.\n\nA BMW spokesperson said the plant in BMW's Spartanburg County site would grow.\n")
    assert speaker_of(text, "the school would be rebuilt") == "DfE spokesperson"
    assert speaker_of(text, "would grow") == "BMW spokesperson"


def test_the_application_speaks_for_the_company_named_before():
    text = ("Title\n\nNine Mile Gold Ltd wants to reopen the Charleston mine. Shane Mulvey, who lives next to it, is "
            "opposed.\n\nAccording to the application, the pit would employ about 60 people for eight years.\n")
    assert speaker_of(text, "the pit would employ") == "Nine Mile Gold Ltd"
