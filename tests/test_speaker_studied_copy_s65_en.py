"""English rules found on the copy studied in session 65 (sets own/en-blind205, own/en-blind206 and own/en-blind207).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def test_the_company_speaking_after_a_claim_that_names_what_the_company_has_is_that_company():
    text = ("About 900 workers at Karoo Chrome's Vlakfontein and Doornkop shafts have been on strike since Monday, "
            "the company said on Wednesday.\n")
    assert speaker_of(text, "on strike since Monday") == "Karoo Chrome"


def test_profit_at_a_name_makes_it_the_company_that_speaks():
    text = "Profit at Tamsin Widgets rose 5 percent in the third quarter, the company said on Wednesday.\n"
    assert speaker_of(text, "Profit at") == "Tamsin Widgets"


def test_a_plant_at_a_name_is_at_a_place_not_a_company():
    text = ("Plans to build a data centre on the former Arrow Motors plant at Little Hatton have gone to the council.\n\n"
            "The developer, Halden Estates, says the scheme would create 600 jobs.\n")
    assert speaker_of(text, "600 jobs") == "Halden Estates"


def test_a_fronted_citing_phrase_names_who_made_the_claim():
    text = ("Citing the regional office of the Department of Agriculture, the news website Bayanihan Post reported that "
            "about 3,400 hectares of rice had been damaged.\n")
    assert speaker_of(text, "hectares of rice") == "regional office of the Department of Agriculture"


def test_a_fronted_citing_phrase_giving_a_reason_leaves_the_subject_speaking():
    text = "Citing a rise in costs, Tamsin Widgets said it would cut 300 jobs at its Leeds plant.\n"
    assert speaker_of(text, "cut 300 jobs") == "Tamsin Widgets"


def test_they_in_a_relative_clause_is_the_counted_group_of_named_places_opening_the_sentence():
    text = ("Hundreds of residents of Korangi Town and Lyari Town in Karachi, Pakistan blocked roads yesterday in protest "
            "against power cuts that they say have lasted more than two weeks.\n")
    assert speaker_of(text, "have lasted more than two weeks") == "residents of Korangi Town and Lyari Town"


def test_they_after_a_sentence_a_counted_group_opens_is_that_group():
    text = "Hundreds of residents blocked roads in Lyari yesterday. They said the taps had been dry for a week.\n"
    assert speaker_of(text, "taps had been dry") == "residents"


def test_they_after_a_bare_plural_group_opening_the_sentence_is_that_group():
    text = "Protesters blocked the Lyari road yesterday against power cuts that they say have lasted two weeks.\n"
    assert speaker_of(text, "have lasted two weeks") == "protesters"


def test_a_headline_winner_is_a_role_not_a_name():
    text = ("Winner of Scottish landscape prize denies painting was traced from photograph\n\n"
            "Thursday, May 23, 2019\n\n"
            "The painter who won this year's Glenmore Landscape Prize has denied claims that her work was traced.\n")
    assert speaker_of(text, "painting was traced") == "Winner of Scottish landscape prize"


def test_a_tribute_posted_online_is_no_speaker_of_the_writer_s_words():
    text = ("Mr Dunleavy's daughter, Niamh, wrote in a tribute posted on Facebook that her father had walked the same "
            "road \"every morning for forty years\".\n")
    assert speaker_of(text, "walked the same road") == "Niamh Dunleavy"  # (her first name, then the family name: session 74)


def test_a_long_anonymity_clause_after_a_quotation_still_names_its_speaker():
    text = ("Queues stretched the length of the station. \"I have been here since six. I will lose a day's pay,\" "
            "a hospital cleaner who did not want to give her name told Wikinews.\n")
    assert speaker_of(text, "lose a day's pay") == "hospital cleaner who did not want to give her name"


def test_a_name_and_its_whose_clause_after_an_inverted_verb_is_the_speaker():
    text = ("Parents at Igoma have each paid 4,000 shillings towards a new classroom, said Rehema Mushi, whose son "
            "started school in January.\n")
    assert content_of(text, "Parents at Igoma", "en") == "Parents at Igoma have each paid 4,000 shillings towards a new classroom"
    assert speaker_of(text, "Parents at Igoma") == "Rehema Mushi"


def test_a_date_in_the_speaker_s_relative_clause_after_the_claim_is_not_when_it_was_said():
    text = ("Parents at Igoma have each paid 4,000 shillings towards a new classroom, said Rehema Mushi, whose son "
            "started school in January.\n")
    claim = next(c for c in claims_of(text, "en") if "Igoma" in c.content)
    assert claim.said_on is None


def test_the_leader_s_apposition_after_led_by_is_no_speaker_of_the_group():
    text = "The residents' association, led by Maria Kent, a former councillor, said the vote had been rigged.\n"
    assert speaker_of(text, "vote had been rigged") == "residents' association"


def test_it_after_a_body_named_with_its_kind_is_that_body():
    text = "The regulator Ofcom fined the broadcaster on Monday. It said the programme had breached the code.\n"
    assert speaker_of(text, "breached the code") == "Ofcom"


def test_it_after_a_quoted_tweet_of_two_sentences_is_the_body_that_tweeted():
    text = ("The national forecaster MetService tweeted on Wednesday afternoon: \"Heavy rain warning upgraded to red for "
            "Gisborne. Take action now.\" It said more rain was expected on Friday but that it would be \"nowhere near as "
            "heavy\".\n")
    assert speaker_of(text, "more rain was expected") == "MetService"


def test_a_lede_s_body_described_by_what_it_runs_is_the_body_named_next():
    text = ("Philippine power company denies ash from breached pond reached the sea\n\n"
            "Thursday, August 22, 2019\n\n"
            "The operator of a coal-fired power station in Pagbilao, Quezon, has denied that ash from a breached storage "
            "pond reached the sea, after fishermen said grey sludge had washed up on Sunday.\n\n"
            "In a statement on Tuesday, Quezon Bay Power Corporation said part of an embankment had given way after heavy "
            "rain.\n")
    assert speaker_of(text, "ash from a breached storage pond") == "Quezon Bay Power Corporation"
    assert speaker_of(text, "ash from breached pond") == "Quezon Bay Power Corporation"


def test_the_mine_s_owner_in_the_lede_is_the_company_the_next_paragraph_names():
    text = ("Two miners killed in rockfall at Zambian copper mine\n\n"
            "Saturday, April 6, 2019\n\n"
            "Two miners were killed on Wednesday night when part of a tunnel roof collapsed at the Nkana West copper mine "
            "near Kitwe, the mine's owner said.\n\n"
            "In a statement on Thursday, Nkana Copper Plc said the rockfall happened shortly before 10 p.m.\n")
    assert speaker_of(text, "Two miners were killed") == "Nkana Copper Plc"
