"""English rules found on the copies studied in session 91. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_a_clock_time_before_the_colon_ends_no_sentence():
    text = ("Title\n\nThursday, May 7, 2020\n\nA storm hit the coast overnight.\n\n"
            "Harwick County Council tweeted shortly after 2 a.m.: \"All schools in Brenton will stay closed today.\"\n\n"
            "The mayor, Oliver Pask, said crews were clearing roads.\n")
    assert _speaker(text, "All schools in Brenton") == "Harwick County Council"


def test_it_after_a_source_named_by_according_to_is_that_source():
    text = ("Title\n\nA quake shook the valley on Monday.\n\nAccording to QuakeWatch, the national seismic monitoring "
            "service, the quake was centred 12 km east of Danford. It said more than 9,000 people had reported feeling it.\n")
    assert _speaker(text, "9,000 people had reported") == "QuakeWatch"


def test_an_office_named_in_capitals_with_a_body_in_apposition_speaks():
    text = ("Title\n\nThe Corbin Power Company asked for a 9 percent rise.\n\nThe Dakota Consumer Counsel, the state "
            "agency that represents customers in rate cases, had argued that no more than 3 percent was justified.\n")
    assert _speaker(text, "no more than 3 percent") == "Dakota Consumer Counsel"


def test_a_state_after_a_court_seated_at_a_town_is_not_the_speaker():
    text = ("Title\n\nThe Ute Mountain Tribal Court at Towaoc, Colorado ruled on Friday that it can hear the lawsuit "
            "against the mining company.\n")
    assert _speaker(text, "it can hear the lawsuit") == "Ute Mountain Tribal Court"


def test_one_of_a_group_is_who_the_apposition_says():
    text = ("Title\n\nThe union surveyed 900 members.\n\nOne respondent, a ward clerk at a rural hospital, wrote that "
            "she had worked nine nights in a row.\n")
    assert _speaker(text, "nine nights in a row") == "ward clerk at a rural hospital"


def test_the_agency_is_not_the_union_that_spoke_before():
    text = ("Title\n\nDrivers at Pine Valley Transit have asked for screens. Their union said on Wednesday that 20 of "
            "the agency's 40 drivers had signed a letter.\n\nThe agency announced on Tuesday that all fares would be "
            "suspended.\n\nThe Valley Transit Workers Union welcomed the move.\n")
    assert _speaker(text, "all fares would be suspended") != "Valley Transit Workers Union"


def test_a_company_spokesperson_stays_the_role_the_article_wrote():
    text = ("Title\n\nHalden Freight Lines said in a statement that the new rota was needed. A company spokesperson "
            "told Reuters the depot had lost two contracts this year.\n")
    assert _speaker(text, "lost two contracts") == "company spokesperson"


def test_a_document_named_again_by_its_noun_keeps_its_first_speaker():
    text = ("Title\n\nA letter sent to parents on Monday and seen by Wikinews said the school would close its sixth form. "
            "The letter, signed by the head teacher, Dr Anna Pike, said current pupils could finish their courses.\n")
    assert _speaker(text, "sixth form") == "letter sent to parents"
    assert _speaker(text, "current pupils could finish") == "letter sent to parents"


def test_a_document_whose_author_spoke_first_keeps_the_apposition_s_author():
    text = ("Title\n\nVisitor numbers fell by a third, according to a study released on Monday by the Lakeland Tourism "
            "Board. The study, prepared by the consulting firm Harrow Analytics, found that hotel stays fell 20 percent.\n")
    assert _speaker(text, "hotel stays fell") != "Lakeland Tourism Board"


def test_a_lifeboat_helm_s_title_goes():
    text = "Title\n\nThe lifeboat reached them in ten minutes. Helm Gareth Skelton said the water was rising fast.\n"
    assert _speaker(text, "the water was rising fast") == "Gareth Skelton"


def test_the_union_is_the_only_one_named_by_its_members_before():
    text = ("Title\n\nMembers of the Port and Harbour Workers' Association backed the deal by 300 votes to 90.\n\n"
            "The port's owner said the new cranes would arrive next year.\n\nNot everyone was persuaded. A crane driver "
            "said the guarantee was too short.\n\nHarbour Estates, which owns the site, welcomed the agreement. According "
            "to the union, it is the first such deal in the region.\n")
    assert _speaker(text, "the first such deal") == "Port and Harbour Workers' Association"


def test_a_headline_s_place_and_kind_is_the_body_the_lede_names():
    text = ("Bristol drama college reopens hall, says closure was 'a precaution'\n\nWednesday, March 4, 2020\n\n"
            "The Avonside College of Art and Drama in Bristol reopened its concert hall on Tuesday.\n\n"
            "Its principal, Jane Morley, said the roof had been checked.\n")
    assert _speaker(text, "closure was 'a precaution'") == "Avonside College of Art and Drama"


def test_a_coach_of_a_named_side_is_the_coach():
    text = ("Title\n\nKoli Vatu, coach of the Tongan side Ha'apai Sharks, told the Nuku'alofa Times that his players had "
            "trained for months.\n")
    assert _speaker(text, "trained for months") == "Koli Vatu"


def test_a_person_after_according_to_the_report_is_the_clause_s_subject():
    text = ("Title\n\nThe Northern Integrity Commission found in a report released on Monday that the council had broken "
            "its rules.\n\n"
            "According to the report, Peter Lyle, who has run the council since 2016, \"failed to disclose\" his "
            "ties to the contractor.\n")
    claim = next(c for c in claims_of(text, "en") if "failed to disclose" in c.content)
    assert claim.content.startswith("Peter Lyle")
    assert claim.speaker is not None and claim.speaker.name == "Northern Integrity Commission"
