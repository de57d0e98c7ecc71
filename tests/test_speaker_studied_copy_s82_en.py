"""English rules found on the copies studied in session 82. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_places_joined_under_one_preposition_are_not_the_subject_named_in_apposition():
    text = ("Head\n\nThe energy regulator for Scotland and Wales, Gridwatch, has fined Tarnbrook Power after finding "
            "that the company overcharged customers.\n")
    assert _speaker(text, "overcharged customers") == "Gridwatch"


def test_a_headline_subject_before_a_verb_in_the_present_is_the_group_the_lede_names():
    text = ("Cumbrian coastguard team stands down, saying new paging rules put lives at risk\n\nTuesday, May 5, 2020\n\n"
            "Nine of the ten volunteers at the Silloth Coastguard Rescue Team in Cumbria stood down from duty on Sunday.\n\n"
            "The team's former station officer, Ruth Dacre, told the Cumberland News that every call now went through "
            "Holyhead.\n\n"
            "On its Facebook page, the team wrote: \"We have not walked away, we have been pushed.\"\n")
    assert _speaker(text, "paging rules") == "Silloth Coastguard Rescue Team"


def test_a_body_described_by_its_trade_is_the_body_the_next_paragraph_names_with_those_words():
    text = ("Head\n\nTasmania's apple harvest is the smallest in 30 years, the state's largest fruit growers' organisation "
            "said yesterday.\n\nIn a report released on Monday, the Tasmanian Fruit Growers Council said the crop would be about 80,000 tonnes.\n")
    assert _speaker(text, "smallest in 30 years") == "Tasmanian Fruit Growers Council"


def test_a_body_described_with_a_name_of_its_own_keeps_it():
    text = ("Head\n\nThe RMT union said on Wednesday that drivers would strike for 48 hours.\n\n"
            "According to the union, 94 per cent of members backed strike action.\n")
    assert _speaker(text, "strike for 48 hours") == "RMT union"


def test_it_after_a_sentence_opening_on_the_body_noun_is_the_body_named_with_that_noun():
    text = ("Head\n\nThe Kibungo College of Forestry opened a sawmill on Wednesday.\n\n"
            "According to the Rwanda Forestry Authority (RFA), timber exports rose in 2019.\n\n"
            "A student who asked not to be named said fees had risen. The college disputed the figures. In a written reply, "
            "it said fees had been \"adjusted to the real cost\".\n")
    assert _speaker(text, "adjusted to the real cost") == "Kibungo College of Forestry"


def test_a_ledes_its_operators_is_the_body_the_next_paragraph_opens_on_with_an_apposition():
    text = ("Head\n\nA heritage tramway in north Wales will reopen on July 25, its operators said on Thursday.\n\n"
            "The Orme Valley Tramway, a volunteer-run line above Llandudno, said its cars would carry no more than 40 "
            "passengers each.\n")
    assert _speaker(text, "will reopen on July 25") == "Orme Valley Tramway"


def test_the_government_of_an_article_about_a_territory_is_that_territorys():
    text = ("Gibraltar passes law on online betting\n\nThe Gibraltar Parliament passed a bill on Tuesday. The government says "
            "the new regulator could bring in £4 million a year. \"Who will read the accounts of a company in Malta?\" "
            "one opponent asked.\n")
    assert _speaker(text, "bring in £4 million") == "government of Gibraltar"


def test_a_country_written_once_is_not_enough_to_name_the_government():
    text = ("Island passes betting law\n\nThe assembly passed a bill on Tuesday. The government says the regulator "
            "could bring in $4 million a year, as much as a firm in Malta pays.\n")
    assert _speaker(text, "bring in $4 million") == "government"


def test_a_ledes_its_owners_is_the_family_the_next_paragraph_says_runs_the_place_and_so_is_the_headlines():
    text = ("Seaside zoo in Jersey to close, owners say\n\nSaturday, October 5, 2019\n\nThe Gorey Bay Zoo in Jersey will "
            "close at the end of the month, its owners said on Thursday.\n\nThe zoo has been run by the Le Feuvre family "
            "since it opened in 1979.\n")
    assert _speaker(text, "will close at the end of the month") == "Le Feuvre family"
    assert _speaker(text, "Seaside zoo in Jersey to close") == "Le Feuvre family"


def test_a_weak_verbs_form_right_after_a_determiner_is_a_noun_closing_no_statement():
    text = "Head\n\nPrincipal Ada Moss said the school had dropped physics and chemistry this term because of costs.\n"
    claims = claims_of(text, "en")
    assert [c.content for c in claims if c.kind != "assertion"] == [
        "the school had dropped physics and chemistry this term because of costs"]


def test_a_comparison_after_a_figure_is_the_speakers_not_a_gloss():
    text = ("Head\n\nIts chairman, Sean Daly, told RTÉ News that factories were paying €4.10 a kilo, about 50 cent less "
            "than a year ago, and that farmers stood to lose money.\n")
    assert [c.content for c in claims_of(text, "en")] == [
        "factories were paying €4.10 a kilo, about 50 cent less than a year ago, and that farmers stood to lose money"]


def test_a_quotes_speaker_with_a_number_in_the_apposition_before_the_verb():
    text = ("Head\n\n\"We have been hand-feeding since the autumn,\" Ruth Carew, who runs 2,400 ewes near Cooma, told the "
            "ABC.\n")
    assert _speaker(text, "hand-feeding since the autumn") == "Ruth Carew"


def test_its_board_of_a_body_whose_apposition_names_a_place_and_its_region():
    text = ("Head\n\nRadio Tawe, a community radio station in Pontardawe, Neath Port Talbot, will stop broadcasting at the "
            "end of October, its board announced on Thursday.\n")
    assert _speaker(text, "stop broadcasting") == "Radio Tawe board"
