"""English organisations named in full, then by a bracketed short form or by "the company"
(sentences written for these tests)."""

from __future__ import annotations

from extract_support import claims_of, only

from claims.extract.organisations import ArticleOrganisations, organisation_noun, stands_for


def speakers_of(text: str) -> list[str]:
    return [c.speaker.name if c.speaker else None for c in claims_of(text, "en")]


def test_a_bracketed_short_form_stands_for_the_full_name_before_it():
    assert stands_for("WHO", "World Health Organization")
    assert stands_for("CalFire", "California Department of Forestry and Fire Protection")
    assert stands_for("PG&E", "Pacific Gas and Electric")
    assert not stands_for("AP", "Reuters")


def test_the_words_before_the_name_are_not_part_of_it():
    found = ArticleOrganisations.build("In a statement, the Northern Ports Authority (NPA) said nothing.")
    assert found.full_names == {"NPA": "Northern Ports Authority"}


def test_a_claim_attributed_to_the_short_form_gets_the_full_name():
    text = (
        "The Baltic Fisheries Council (BFC) met on Monday in Riga.\n\n"
        "According to the BFC, cod stocks fell by a third last year.\n"
    )
    assert speakers_of(text) == ["Baltic Fisheries Council"]


def test_a_short_form_in_brackets_after_a_claim_speaker_is_expanded():
    text = "According to the World Meteorological Organization (WMO), the summer was the hottest on record.\n"
    assert speakers_of(text) == ["World Meteorological Organization"]


def test_the_company_stands_for_the_company_named_with_a_short_form():
    text = (
        "A truck hired by Northern Grid Power (NGP) hit a pylon near Leeds. The Regional Fire Service (RFS) "
        "said the blaze was small.\n\n"
        "The company said power was back by noon.\n"
    )
    assert speakers_of(text) == ["Regional Fire Service", "Northern Grid Power"]


def test_the_company_stands_for_the_operator_introduced_with_a_noun():
    text = "The regional bus operator Koval will end its night service, the company said on Friday.\n"
    assert speakers_of(text) == ["Koval"]


def test_their_union_stands_for_the_union_named_later():
    text = (
        "Nurses at the hospital voted to strike, their union said on Monday.\n\n"
        "The Allied Care union said turnout was 80%.\n"
    )
    first, second = speakers_of(text)
    assert first == "Allied Care" and second.startswith("Allied Care")


def test_only_a_definite_noun_on_its_own_is_an_organisation_noun():
    assert organisation_noun("the company") == "company"
    assert organisation_noun("their union") == "union"
    assert organisation_noun("a company") is None
    assert organisation_noun("the company spokesman") is None


def test_a_body_noun_written_last_takes_the_fuller_name_that_writes_it_first():
    text = (
        "The family left on advice from the United States Department of State, police said.\n\n"
        "The State Department said the case had received attention at senior levels.\n"
    )
    assert speakers_of(text)[-1] == "United States Department of State"


def test_a_body_noun_written_last_stays_when_the_article_has_no_fuller_name():
    assert speakers_of("The Foreign Office said the talks would resume on Monday.\n") == ["Foreign Office"]


def test_a_clause_after_the_company_does_not_tie_it_to_the_next_name():
    text = (
        "The ferry operator Baltline will end its Riga route in March, the company said on Friday.\n\n"
        "The company will keep its Helsinki crossings, the company said.\n"
    )
    assert [c.speaker.name for c in claims_of(text, "en")] == ["Baltline", "Baltline"]


def test_a_comma_inside_a_name_with_a_short_form_keeps_the_whole_name():
    text = (
        "Ruritania's Bureau of Hydrology, Flood Warning and Drainage (BHFWD) said the river would "
        "crest on Sunday.\n"
    )
    assert speakers_of(text) == ["Bureau of Hydrology, Flood Warning and Drainage"]


def test_a_name_joined_by_and_that_ends_with_an_institution_word_stays_whole():
    text = "Erewhon's Fisheries and Coastal Affairs Presidency reported that the catch had halved.\n"
    assert speakers_of(text) == ["Fisheries and Coastal Affairs Presidency"]


def test_the_academy_stands_for_the_academy_named_earlier():
    text = (
        "The Royal Ruritanian Academy of Letters awarded its medal on Monday.\n\n"
        "The winner wrote twelve novels, according to the academy.\n"
    )
    assert speakers_of(text) == ["Royal Ruritanian Academy of Letters"]


def test_the_government_stands_for_the_government_named_with_capitalised_words():
    text = (
        "The New Zealand government opened an inquiry last week.\n\n"
        "The government said the inquiry would report by June.\n"
    )
    assert speakers_of(text) == ["New Zealand government"]


def test_the_parliament_stands_for_the_parliament_named_earlier():
    text = (
        "The Ruritanian Parliament sat late on Monday.\n\n"
        "The parliament said the law would take effect in May.\n"
    )
    assert speakers_of(text) == ["Ruritanian Parliament"]


def test_short_form_before_its_bracketed_full_name_stands_for_it():
    text = ('He fought for NWL (Northern Wrestling League) for six years. '
            'NWL said the event would go ahead in his memory.')
    claim = only(text, "en")
    assert claim.speaker.name == "Northern Wrestling League"


def test_acronyms_spelled_like_function_words_can_speak():
    for text, speaker in (("The UN said the convoys had been blocked.", "UN"),
                          ("The WHO said the virus had spread to five countries.", "WHO")):
        claim = only(text, "en")
        assert claim.speaker.name == speaker, text
    assert claims_of("An estimated 300 people died in the floods.", "en") == []


def test_its_refers_to_the_newspaper_that_just_spoke_through_a_participle():
    text = ("Radio Norte reported that turnout was low.\n\n"
            "The Dunmore Gazette reported on the vote, saying the council could change the rules. "
            "According to its survey, most residents wanted a referendum.")
    found = claims_of(text, "en")
    assert [c.speaker.name for c in found] == ["Radio Norte", "Dunmore Gazette", "Dunmore Gazette"]


def test_the_company_stands_for_a_company_named_after_a_preposition():
    text = (
        "About 4,000 workers at Corvin Heavy Industries walked out on Monday, the union said.\n\n"
        "The company said in a statement that its offer of a 3 per cent rise was final.\n"
    )
    assert speakers_of(text) == ["union", "Corvin Heavy Industries"]


def test_the_operator_stands_for_a_company_closed_by_sdn_bhd():
    text = (
        "Supply to 40 areas will be restored by Monday, Lembah Air Perak Sdn Bhd said today.\n\n"
        "The water operator said in a statement that repairs to the main pipe were complete.\n"
    )
    assert speakers_of(text) == ["Lembah Air Perak Sdn Bhd", "Lembah Air Perak Sdn Bhd"]


def test_the_ministry_stands_for_the_ministrys_name_without_its_country():
    text = ("On Monday, Peru's Ministry of Production suspended the fishing season.\n\n"
            "According to the ministry, juveniles made up 34 percent of the catch.\n")
    assert speakers_of(text) == ["Ministry of Production"]


def test_a_short_form_in_the_bodys_own_language_stands_for_its_english_name():
    text = ("The decision was based on data from the Andean Sea Institute (Imarsa), whose vessels sampled the area.\n\n"
            "Imarsa said sea temperatures had been two degrees above normal.\n")
    assert speakers_of(text) == ["Andean Sea Institute"]


def test_a_short_form_in_the_bodys_own_language_after_a_name_ending_in_a_place():
    text = ("The National Federation of Mining Cooperatives of Andina (Fencomina) blocked the highways.\n\n"
            "According to Fencomina, about 130,000 people work in the cooperatives.\n")
    assert speakers_of(text) == ["National Federation of Mining Cooperatives of Andina"]


def test_a_name_the_body_is_known_as_stands_for_it():
    text = ("Fees\n\nThe Department of Schools and Learning, known as Dosal, said the increase would depend on ratings.\n\n"
            "Dosal said 195 schools would be inspected.\n")
    assert speakers_of(text) == ["Department of Schools and Learning"] * 2


def test_a_bodys_name_ends_before_the_day_after_it():
    text = ("The Fjord Directorate of Fisheries on Friday fined the company.\n\n"
            "The directorate said the breach was serious and avoidable.\n")
    assert speakers_of(text) == ["Fjord Directorate of Fisheries"]


def test_an_ampersand_inside_a_companys_name():
    text = "Head\n\nCabbage prices have nearly doubled, Korea Agro-Fisheries & Food Trade Corp. said on Friday.\n"
    assert speakers_of(text) == ["Korea Agro-Fisheries & Food Trade Corp."]  # (its designator as written, as golds keep it)
