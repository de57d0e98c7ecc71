"""English: a body left named by its common noun alone ("police said", "according to the
commission", "the company said") stands for the body the article names with that noun."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def speakers_of(text: str) -> list[str | None]:
    return [c.speaker.name if c.speaker else None for c in claims_of(text, "en")]


def test_bare_police_is_the_one_force_the_article_names():
    assert speakers_of(
        "Two climbers died when a serac collapsed near Zermatt, police said.\n\n"
        "The Valais cantonal police said the men were part of a group of five. The others raised the alarm, "
        "according to police.") == ["Valais cantonal police"] * 3


def test_bare_police_stays_when_the_article_names_no_force():
    assert speakers_of("According to police, the first call came at 2 p.m.") == ["police"]


def test_the_commission_is_the_body_named_with_commission_as_its_head():
    assert speakers_of(
        "The Commission on Elections had flagged the ballots in its 2024 report. According to the "
        "commission, several boxes were never sealed.") == ["Commission on Elections"]


def test_the_company_is_the_company_that_spoke_before_and_its_spokesperson_keeps_the_role_phrase():
    assert speakers_of(
        'Metrolink said it was "disappointed" by the vote.\n\n'
        'A spokesperson for the company said: "We have made a fair offer."\n\n'
        "The company said tram services would run as normal.") == [
        "Metrolink", "spokesperson for the company", "Metrolink"]



def test_the_company_is_not_a_union_that_spoke_before():
    assert speakers_of(
        "Metrolink said it was disappointed. The Unite union said drivers would strike on Monday. "
        "The company said tram services would run as normal.")[-1] == "Metrolink"


def test_the_city_is_the_city_the_article_names_as_a_body_not_a_headline_verb_before_city():
    assert speakers_of(
        "Judge finds city failed families\n\nThe High Court has interdicted the City of Port Elsworth from evicting "
        "300 families.\n\nAccording to the city, there are more than 800 informal settlements.")[-1] \
        == "City of Port Elsworth"


def test_a_bodys_capitalised_head_alone_is_the_body_named_in_full():
    text = ("Mill owners protested on Friday. The Gas Supply Division, however, defended the increase. In a "
            "statement, the Division said the revised price reflected the cost of imports. \"Industry cannot "
            "expect households to pay for its gas,\" a senior official of the Division said.\n")
    assert speaker_of(text, "revised price") == "Gas Supply Division"
    assert speaker_of(text, "Industry cannot expect") == "senior official of the Gas Supply Division"


def test_a_capitalised_head_after_two_bodies_with_it_is_the_nearest_as_a_departments_is():
    # (a division is a body like a department or an authority: "The Division said" is the one named last)
    for head in ("Division", "Department", "Authority"):
        text = f"The Gas Supply {head} and the Power {head} disagreed. The {head} said prices would rise.\n"
        assert speaker_of(text, "prices would rise") == f"Power {head}"


def test_a_company_noun_is_the_name_of_three_words_that_opened_the_sentence_before():
    text = ("Northfold Prairie Power asked the state regulator on Friday to keep both coal units running until 2034.\n\n"
            "The utility said in its filing that new data centres would push its peak demand up by 2030.\n")
    assert speaker_of(text, "new data centres") == "Northfold Prairie Power"


def test_a_company_noun_is_not_the_person_who_opened_the_sentence_before():
    text = ("Tamsin Orla Vrba resigned on Friday after she lost a vote of the board.\n\n"
            "The company said a successor would be named in January.\n")
    assert speaker_of(text, "successor would be named") != "Tamsin Orla Vrba"


def test_police_opening_a_sentence_is_the_towns_police_the_article_named():
    text = ("A bear entered a supermarket in Kurobe on Monday.\n\n"
            "According to Kurobe police, the bear was shot by a hunter.\n\n"
            "Police said they were investigating how the bear had crossed the road.\n")
    assert speaker_of(text, "investigating how the bear") == "Kurobe police"


def test_riot_police_opening_a_sentence_names_no_town():
    text = ("Riot police cleared the square on Monday.\n\n"
            "Police said three people had been arrested.\n")
    assert speaker_of(text, "three people") == "Police"


def test_the_alliance_is_the_one_alliance_named_before_though_its_name_holds_no_such_word():
    text = ("Allies pledge air defence for Kestonia\n\n"
            "NATO defence ministers agreed on Thursday to send more air defence systems to Kestonia after a week of "
            "drone strikes on its power grid.\n\n"
            '"We will not leave our partners alone in the dark," the alliance said in a statement.\n')
    assert speaker_of(text, "leave our partners alone") == "NATO"


def test_the_alliance_is_the_name_the_article_gives_the_body_in_full():
    text = ("Defence ministers of the North Atlantic Treaty Organization (NATO) met in Brussels on Thursday.\n\n"
            "NATO said the systems would arrive within weeks. The alliance said a second batch would follow in May.\n")
    assert speaker_of(text, "arrive within weeks") == "North Atlantic Treaty Organization"
    assert speaker_of(text, "second batch") == "North Atlantic Treaty Organization"


def test_the_alliance_is_aukus_or_the_quad_named_before():
    assert speaker_of("The AUKUS partners met in Canberra on Monday to review the submarine plan.\n\n"
                      "The alliance said it would train 300 more sailors next year.\n",
                      "300 more sailors") == "AUKUS"
    assert speaker_of("Leaders of the Quad met in Tokyo on Tuesday to discuss maritime security.\n\n"
                      "The alliance said it would fund a coast guard training centre.\n",
                      "coast guard training centre") == "Quad"


def test_the_alliance_stays_when_the_article_names_two_alliances_or_none_before_it():
    assert speaker_of("NATO and AUKUS officials met in London on Monday.\n\n"
                      "The alliance said it would train 300 more sailors next year.\n",
                      "300 more sailors") == "alliance"
    assert speaker_of("The alliance said it would train 300 more sailors next year.\n\n"
                      "NATO officials met in London on Monday.\n",
                      "300 more sailors") == "alliance"
