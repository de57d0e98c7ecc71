"""English rules found on the copy studied in session 61 (sets own/en-blind191 and own/en-blind192).
Sentences and names invented for these tests."""

from __future__ import annotations

from claims.article import Article
from claims.extract import extract
from extract_support import speaker_of


def test_it_after_a_named_command_is_the_command_not_the_military_of_the_headline():
    text = ("Rockets hit air base, military says\n\n"
            "Two rockets struck Harran air base late on Monday, Iraq's Joint Operations Command said. It said the "
            "rockets had been fired from a truck parked in farmland.\n")
    assert speaker_of(text, "fired from a truck", "en") == "Joint Operations Command"


def test_it_in_a_relative_clause_is_the_body_the_sentence_opens_with():
    text = ("Oslo calls the move unfair\n\n"
            "The United States Department of Commerce on Thursday blocked exports to Fjordline Cargo, a shipper based "
            "in Bergen, which it said had carried drones to buyers in breach of export rules.\n")
    assert speaker_of(text, "had carried drones", "en") == "United States Department of Commerce"


def test_an_adjunct_left_before_the_agency_that_reported_a_statement_is_no_claim():
    text = ("Iran's foreign ministry spokesman called the listing \"a hostile act\" in a statement on Friday, the "
            "semi-official Mehr news agency reported.\n")
    contents = [c.content for c in extract(Article(text, language="en")).claims if c.kind != "assertion"]
    assert contents == ["the listing \"a hostile act\""]


def test_conceding_a_case_after_losing_one_is_no_statement():
    text = ("According to The Irish Times, the planning board has lost or conceded 11 of the 15 challenges brought "
            "against it since 2018.\n")
    claims = [c for c in extract(Article(text, language="en")).claims if c.kind != "assertion"]
    assert [(c.content, c.speaker.name) for c in claims] == [
        ("the planning board has lost or conceded 11 of the 15 challenges brought against it since 2018", "Irish Times")]


def test_a_coach_company_keeps_its_whole_name():
    text = ("The bus, operated by Prairie Moon Coach Lines, was travelling south.\n\n"
            "In a post on its Facebook page, Prairie Moon Coach Lines said it was \"devastated\".\n")
    assert speaker_of(text, "devastated", "en") == "Prairie Moon Coach Lines"


def test_the_short_form_of_the_institute_a_person_works_at_is_not_the_speaker():
    text = ("Marta Quispe, a volcanologist at the national seismology institute, INSISMO, told EFE that the ash "
            "column had reached 5,000 metres.\n")
    assert speaker_of(text, "ash column", "en") == "Marta Quispe"


def test_it_after_a_ministry_that_put_the_losses_at_a_figure_is_the_ministry():
    text = ("Ahmad Wali, a spokesman for the governor, told AFP the attackers had used night-vision equipment.\n\n"
            "The Ministry of Defence in Kabul put the army's losses at four dead. In a statement, it said \"dozens of "
            "fighters\" had been killed in a counter-attack.\n")
    assert speaker_of(text, "dozens of", "en") == "Ministry of Defence"


def test_an_airline_named_air_is_not_run_into_the_aircraft_named_after_it():
    text = ("A Tamang Air de Havilland Canada DHC-6 Twin Otter crashed on its approach to Simikot yesterday.\n\n"
            "In a statement, Tamang Air said it was \"deeply saddened\".\n")
    assert speaker_of(text, "deeply saddened", "en") == "Tamang Air"


def test_the_airport_operator_is_not_the_airline_the_article_is_about():
    text = ("A Fjellfly Air turboprop made an emergency landing in Bodø on Tuesday, the airline said.\n\n"
            "The airport operator said the runway had been closed for 40 minutes.\n")
    assert speaker_of(text, "runway had been closed", "en") == "airport operator"
