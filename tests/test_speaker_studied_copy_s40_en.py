"""English speaker and span rules found on the copy studied in session 40: the reason an anonymous
speaker gives, occupations and honorifics before a name, "Mt." inside a name, a body described by
its place, a town's hospital, a country's initials opening a body's name, a lower-case description
of a body named in capitals, a label after "call", an abbreviated title inside a sentence, "stated
this while …", names across a blank line, a source opening the sentence before a participle, "told
this reporter", lists of places and of kinds of people in a subject, a title in single quotation
marks, who filed a suit or a notice, "the court heard" and "the court was told", a Scottish health
board, an owner's role in an anonymous description, contractions and plural pronouns opening a
clause, two places joined by "and", a date of when something was formed, a work's title in its
author's apposition, a department's listed portfolios, the day of an occasion, a date in the
subject's relative clause, Malaysian and Indonesian local heads, "but feared", "Miss", a state's
department, more requests for anonymity, "told the state this week", a group in a county then its
state, a body's document with several modifiers and "he said:" closing a paragraph. Sentences and names
invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claims.article import Article
from claims.extract import extract
from extract_support import claims_of, content_of, speaker_of


def _content(text: str, words: str) -> str:
    return content_of(text, words, "en")


@pytest.mark.parametrize("subject, speaker", [
    ("A nurse at the clinic, who spoke on condition of anonymity because she was not authorized to talk to the media,",
     "nurse at the clinic who spoke on condition of anonymity because she was not authorized to talk to the media"),
    ("A deckhand, who asked not to be named because staff had been told not to speak to the media,",
     "deckhand who asked not to be named because staff had been told not to speak to the media"),
    ("A grain buyer who asked not to be named for fear of losing his licence",
     "grain buyer who asked not to be named for fear of losing his licence"),
])
def test_the_reason_for_anonymity_is_part_of_the_description(subject, speaker):
    text = f"Title\n\nThe mill closed on Monday.\n\n{subject} said staff had learned of the decision from a post.\n"
    assert speaker_of(text, "learned") == speaker


@pytest.mark.parametrize("occupation", ["Rancher", "Driver", "Permittee", "Trucker", "Beekeeper"])
def test_an_occupation_before_a_name_is_no_part_of_it(occupation):
    text = f"Title\n\n{occupation} Wade Olsberg said the cut would force the family to sell about 400 cows.\n"
    assert speaker_of(text, "400 cows") == "Wade Olsberg"


def test_a_surname_that_is_an_occupation_stays_a_surname():
    text = "Title\n\nActor Minnie Driver said the film was long. Driver said it was also hard to shoot.\n"
    assert speaker_of(text, "hard to shoot") == "Minnie Driver"


def test_mt_before_a_capitalised_word_is_part_of_a_name():
    text = 'Title\n\nMt. San Rafael Hospital in Trinidad said it was "ready to help" but had only four labor beds.\n'
    assert speaker_of(text, "four labor beds") == "Mt. San Rafael Hospital"


def test_a_body_described_by_its_place_is_the_body_not_the_place():
    text = ("Title\n\nGila Headwaters Watch, a Silver City group formed last year to oppose the expansion, argued in "
            "written comments that the dam sits less than two miles above Hanover Creek.\n")
    assert speaker_of(text, "Hanover Creek") == "Gila Headwaters Watch"


def test_the_towns_hospital_is_the_medical_center_named_in_that_town():
    text = ("Title\n\nMiners' Colfax Medical Center in Raton, New Mexico will stop delivering babies, the hospital "
            "announced on Thursday.\n\nAbout 140 babies were born at the Raton hospital last year.\n\n"
            "The hospital, which is run by the state, said the decision followed the resignation of its obstetrician.\n")
    assert speaker_of(text, "resignation") == "Miners' Colfax Medical Center"


def test_a_countrys_initials_open_the_name_an_acronym_stands_for():
    text = ("Title\n\nTrucks waited for hours after U.S. Customs and Border Protection closed three lanes.\n\n"
            "In a statement Friday, CBP said the lanes had been closed to replace damaged booths.\n")
    assert speaker_of(text, "damaged booths") == "U.S. Customs and Border Protection"


def test_a_lower_case_description_with_a_possessive_mark_names_the_body_in_capitals():
    text = ("Title\n\nSpecial Ranger Tom Hadley of the Texas and Southwestern Cattle Raisers Association testified that "
            "brands had been altered.\n\nAccording to the cattle raisers' association, its rangers recovered 4,000 "
            "stolen cattle in 2025.\n")
    assert speaker_of(text, "stolen cattle") == "Texas and Southwestern Cattle Raisers Association"


def test_a_label_after_call_is_no_claim():
    text = ("Title\n\nIt challenges an application to change the use of water rights dating to 1886, a practice "
            "critics call “buy and dry.”\n")
    assert claims_of(text, "en") == [] or all("buy and dry" not in c.content or c.kind == "assertion"
                                              for c in claims_of(text, "en"))


def test_a_label_after_calls_inside_the_subjects_apposition():
    text = ('Title\n\nFriends of the Columbia Gorge, a conservation group that has campaigned against what it calls '
            '"wedding barn creep", said the ruling "protects the gorge". According to the group, more than 40 '
            'applications have been filed.\n')
    assert not any(c.content.strip('"') == "wedding barn creep" for c in claims_of(text, "en"))
    assert speaker_of(text, "protects the gorge") == "Friends of the Columbia Gorge"
    assert speaker_of(text, "40 applications") == "Friends of the Columbia Gorge"


def test_an_abbreviated_title_does_not_end_the_sentence_and_stated_this_is_no_claim():
    text = ("Title\n\nThe Rivers State Government has said that the road will be completed before the end of March.\n\n"
            "The State Commissioner for Works, Engr. Ibiba Dagogo-Jack, stated this while inspecting the project in "
            "Port Harcourt, last Saturday.\n\nAccording to him, the state government has paid 70 per cent of the "
            'contract sum, adding that the government "will not tolerate any excuse for delay".\n')
    claims = claims_of(text, "en")
    assert not any(c.kind != "assertion" and "Commissioner" in c.content for c in claims)
    assert speaker_of(text, "70 per cent") == "Ibiba Dagogo-Jack"
    assert speaker_of(text, "any excuse") == "Ibiba Dagogo-Jack"


def test_a_rubric_line_is_no_part_of_the_name_on_the_next_line():
    text = ("Title\n\nNovember 10, 2026\n\nNews\n\nThe Rivers State Government said the road would be ready in March.\n\n"
            "Officials said the state government \"will not tolerate any excuse\".\n")
    assert speaker_of(text, "ready in March") == "Rivers State Government"


@pytest.mark.parametrize("title", ["Comrade", "Opanin", "Barr."])
def test_west_african_honorifics_are_no_part_of_the_name(title):
    text = f"Title\n\nThe chairman of the union, {title} Kwaku Agyemang, said the delays were forcing members to borrow.\n"
    assert speaker_of(text, "borrow") == "Kwaku Agyemang"


@pytest.mark.parametrize("audience", ["this reporter", "our correspondent", "the newspaper"])
def test_told_the_reporter_then_the_clause(audience):
    text = (f"Title\n\nA trader who sells second-hand clothes, Ebrima Ceesay, told {audience} he now spends more on "
            "dues than on his fare.\n")
    assert _content(text, "dues") == "he now spends more on dues than on his fare"
    assert speaker_of(text, "dues") == "Ebrima Ceesay"


def test_a_list_of_places_closing_on_their_noun_is_no_speaker():
    text = ('Title\n\nThe farmers, mainly from the Bekwai, Offinso and Ahafo Ano districts, say purchasing clerks are '
            'issuing them handwritten "chits" instead of cash.\n')
    assert speaker_of(text, "purchasing clerks") == "farmers"


def test_two_kinds_of_people_opening_the_sentence_before_a_participle():
    text = ("Title\n\nNurses and other health workers at Phebe Hospital in Bong County began a sit-down strike on "
            "Monday, saying they had not received their monthly incentive payments since August.\n")
    assert speaker_of(text, "incentive payments").startswith("Nurses and other health workers at Phebe Hospital")


def test_a_title_in_single_quotation_marks_is_no_speaker():
    text = ("Title\n\nIn a statement issued on Monday, the Directorate of Public Affairs said the rates were low. The "
            "statement, titled 'Clarification on Residential Fees', added that students could spread payments.\n")
    assert speaker_of(text, "spread payments") == "Directorate of Public Affairs"


@pytest.mark.parametrize("filed, source, speaker", [
    ("The Lamingo, Rantya and Kabong communities filed the suit in September.", "According to the suit",
     "Lamingo, Rantya and Kabong communities"),
    ("The Florida Mesa Ditch Co. filed its objection Oct. 27.", "According to the filing", "Florida Mesa Ditch Co."),
])
def test_a_court_document_speaks_for_whoever_filed_it(filed, source, speaker):
    text = f"Title\n\n{filed} It challenges a permit held by Ridgeline Homes LLC.\n\n{source}, the company began digging in April.\n"
    assert speaker_of(text, "digging") == speaker


def test_depute_fiscal_is_a_role():
    text = "Title\n\nDepute fiscal Rachel Lindsay told the court that Soutar had made 146 transfers.\n"
    assert speaker_of(text, "146 transfers") == "Rachel Lindsay"


def test_what_the_court_heard_is_a_claim_without_a_speaker():
    text = "Title\n\nThe money was spent on designer clothing, takeaway meals and online bingo, the court heard.\n"
    claim = next(c for c in claims_of(text, "en") if "bingo" in c.content)
    assert claim.kind == "indirect" and claim.speaker is None


@pytest.mark.parametrize("mention", ["The health board", "The board", "Health board"])
def test_the_health_board_is_the_one_nhs_board_named(mention):
    text = (f"Title\n\nNHS Highland will close the ward at night from January.\n\n{mention} said the closure was "
            "needed because it could not staff the ward.\n")
    assert speaker_of(text, "staff the ward") == "NHS Highland"


def test_an_anonymous_role_of_a_named_body_keeps_the_articles_words():
    text = ("Title\n\nHilltown Loyal Supporters' Club has 200 members.\n\nThe club's former secretary, who asked not to "
            'be named, told the Tele that Soutar had once been "the life and soul of every bus run".\n')
    assert speaker_of(text, "bus run") == "club's former secretary who asked not to be named"


@pytest.mark.parametrize("clause", ["they're already feeling the impact", "they expect the price to open lower"])
def test_a_plural_pronoun_opens_a_clause(clause):
    text = f"Title\n\nLobster fishermen in Lunenburg and Queens counties say {clause}.\n"
    assert _content(text, clause[:8]) == clause
    assert speaker_of(text, clause[:8]) == "Lobster fishermen in Lunenburg and Queens counties"


def test_two_places_joined_by_and_do_not_open_a_second_clause():
    text = "Title\n\nRonan McIsaac said buyers in Ontario and Quebec had already asked for extra paperwork on every load.\n"
    assert _content(text, "buyers") == "buyers in Ontario and Quebec had already asked for extra paperwork on every load"


def test_a_month_before_and_still_ends_the_clause():
    text = ("Title\n\nRafiq Hossain said at least nine mills had stopped work in October and warned that more could "
            "close.\n")
    assert _content(text, "nine mills") == "at least nine mills had stopped work in October"


def test_when_a_source_was_formed_is_not_when_it_spoke():
    text = ("Title\n\nThe detour adds up to 45 minutes each way, according to the Hampstead Ferry Users' Association, "
            "a residents' group formed in September.\n")
    claim = next(c for c in claims_of(text, "en") if "detour" in c.content)
    assert claim.content == "The detour adds up to 45 minutes each way"
    assert claim.speaker.name == "Hampstead Ferry Users' Association"
    assert claim.said_on is None


def test_a_works_title_and_its_description_after_the_author():
    text = ('Title\n\nAgnes Rideout, a historian at Memorial University and author of "Leaving the Rock", a history of '
            'resettlement, said more than 300 communities were abandoned.\n')
    assert speaker_of(text, "300 communities") == "Agnes Rideout"


def test_a_departments_listed_portfolios_stay_in_its_name():
    text = ("Title\n\nA spokesperson for the Department of Economic Development, Investment, Trade and Natural "
            "Resources said a team would visit Snow Lake next week.\n")
    assert speaker_of(text, "Snow Lake") == ("spokesperson for the Department of Economic Development, Investment, "
                                             "Trade and Natural Resources")


@pytest.mark.parametrize("sentence", [
    "The farmers' leader, Kwabena Owusu-Sarfo, told the forum that growers had spent more on labour this year.",
    "In her address to the forum, the minister said growers had spent more on labour this year.",
    "Speaking after the ruling, the farmers' leader said growers had spent more on labour this year.",
])
def test_a_statement_at_an_occasion_takes_its_day(sentence):
    text = f"Title\n\nThe court gave its ruling at the cashew forum in Sunyani on Tuesday.\n\n{sentence}\n"
    article = Article(text, language="en", published=date(2026, 11, 26))
    claim = next(c for c in extract(article).claims if "labour" in c.content)
    assert claim.said_on is not None and claim.said_on.iso() == "2026-11-24"


def test_a_date_in_the_subjects_relative_clause_is_not_when_it_spoke():
    text = ("Title\n\nAt Kura, farmer Musa Abdullahi, who planted four hectares of tomatoes in September, said he had "
            "lost almost the entire crop.\n")
    claim = next(c for c in claims_of(text, "en") if "entire crop" in c.content)
    assert claim.said_on is None


@pytest.mark.parametrize("title", ["Ketua Kampung", "Penghulu", "Bupati"])
def test_malaysian_and_indonesian_local_heads_are_roles(title):
    text = f"Title\n\n{title} Abang Jamil Abang Sebli said the village committee had warned residents in 2023.\n"
    assert speaker_of(text, "warned residents") == "Abang Jamil Abang Sebli"


def test_but_and_a_second_reporting_verb_end_the_statement():
    text = ('Title\n\nThe Police Federation said in a statement that it "understands the financial pressure" but feared '
            'the closures would be "the thin end of the wedge".\n')
    assert _content(text, "financial") == 'it "understands the financial pressure"'


def test_what_the_court_was_told_is_a_claim_without_a_speaker():
    text = "Title\n\nThe thefts came to light when a customer rang the firm, the court was told.\n"
    claim = next(c for c in claims_of(text, "en") if "thefts" in c.content)
    assert claim.speaker is None


def test_miss_is_a_title():
    text = 'Title\n\nMiss Kathryn Ollerenshaw, prosecuting, said the thefts began in March. "He sold them," Miss Ollerenshaw said.\n'
    assert speaker_of(text, "He sold them") == "Kathryn Ollerenshaw"


def test_a_titled_name_then_a_role_whose_complement_holds_a_party():
    text = ("Title\n\nCouncillor Joan Hirst, leader of the opposition Labour group, said that villages would be left "
            "with no Sunday bus at all.\n")
    assert speaker_of(text, "Sunday bus") == "Joan Hirst"


def test_a_documents_author_described_before_its_name():
    text = ("Title\n\nFigures published last month by the trade body UK Steel showed that steel imports into the UK "
            "rose by 18 per cent.\n")
    assert speaker_of(text, "steel imports") == "UK Steel"


def test_a_state_health_department_named_with_its_state():
    text = ("Title\n\nThe Mississippi State Department of Health asked for a receiver.\n\nThe health department said in a "
            "statement that Leland had been under a boil-water notice.\n")
    assert speaker_of(text, "boil-water") == "Mississippi State Department of Health"


@pytest.mark.parametrize("clause, speaker", [
    ("who spoke on the condition that her name not be used because she feared losing her job",
     "detention officer at the jail who spoke on the condition that her name not be used because she feared losing her job"),
    ("who was not authorized to be quoted by name",
     "detention officer at the jail who was not authorized to be quoted by name"),
])
def test_more_requests_for_anonymity(clause, speaker):
    text = f"Title\n\nA detention officer at the jail, {clause}, said she had not had a full weekend off since March.\n"
    assert speaker_of(text, "weekend") == speaker


def test_told_the_state_this_week_after_the_statement():
    text = ("Title\n\nA poultry plant in Laurel will lay off about 300 workers in January, the company told the state "
            "this week.\n")
    assert speaker_of(text, "300 workers") == "company"


def test_a_notice_speaks_for_whoever_filed_it():
    text = ("Title\n\nPine Belt Poultry filed a notice with the state on Monday. The notice says the layoffs will begin "
            "Jan. 18.\n")
    assert speaker_of(text, "layoffs") == "Pine Belt Poultry"


def test_a_group_in_a_county_then_its_state():
    text = ("Title\n\nOfficials in Hamilton County, Florida, which lies downstream, said they had posted warning signs "
            "at two boat ramps.\n")
    assert speaker_of(text, "boat ramps") == "Officials in Hamilton County"


def test_a_bodys_report_with_several_modifiers_speaks_for_the_body():
    text = ("Title\n\nA spokesperson for the Department of Health and Wellness said in an email that recruiting was "
            "\"ongoing\".\n\nAccording to the department's most recent emergency department accountability report, rural "
            "emergency departments were closed for 11,400 hours in 2025.\n")
    assert speaker_of(text, "11,400 hours") == "Department of Health and Wellness"


def test_said_and_a_colon_closing_the_paragraph_reads_nothing_before_it():
    text = ("Title\n\nThe director, Gordon Blaikie, says the slope is still moving.\n\nSpeaking to Radio Borders, he "
            "said:\n\n'We can't reopen the road until we're confident it's safe. I know that's frustrating.'\n")
    assert [c.content for c in claims_of(text, "en") if "Radio Borders" in c.content] == []
