"""English rules found in session 102 (on the copies studied then). Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def _article(*paragraphs: str, title: str = "Title") -> str:
    return f"{title}\n\nTuesday, March 3, 2020\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_person_quoted_as_saying_inside_a_quotation():
    text = _article("Nickel rose 1.2 percent in London on Thursday, according to Reuters, which quoted a Jakarta-based trader as "
                    "saying the ban had \"tightened supply\" at a time of low stocks.")
    assert _speaker(text, "the ban had") == "Jakarta-based trader"


def test_another_bodys_chair_is_not_the_headlines_chair():
    text = _article("The chair of the Regina Police Board, councillor Dale Wiebe, said the freeze was \"reckless\".",
                    "Finance committee chair Olga Marchuk defended the vote.",
                    title="Council backs police budget freeze; police board chair calls it 'reckless'")
    assert _speaker(text, "it 'reckless'") == "police board chair"  # (not "Olga Marchuk")


def test_a_union_local_by_its_number_alone():
    text = _article("Workers at the Lethbridge beef plant have voted to reject the deal, their union, Prairie Meat Workers Union "
                    "Local 318, said yesterday.",
                    "Local 318 tweeted on Thursday night: \"Members have spoken. No deal until the plant is safe.\"")
    assert _speaker(text, "Members have spoken") == "Prairie Meat Workers Union Local 318"


def test_the_force_after_police_scotland():
    text = _article("Police Scotland on Wednesday appealed for information after a red kite was found poisoned near Dunkeld.",
                    "According to the force, tests found a banned pesticide in its stomach.")
    assert _speaker(text, "tests found a banned pesticide") == "Police Scotland"


def test_the_panel_of_judges_is_the_court_that_ruled():
    text = _article("The Medan District Court on Tuesday ordered a palm oil company to pay damages for river pollution.",
                    "The panel of three judges found that the company had released waste water for two years.")
    assert _speaker(text, "the company had released") == "Medan District Court"


def test_a_body_said_then_an_outlet_reported_the_quotation():
    text = _article("The Department of Trade and Industry (DTI) said the order could be reviewed \"once prices settle\", the "
                    "state-run Philippine News Agency reported.")
    assert _speaker(text, "the order could be reviewed") == "Department of Trade and Industry"


def test_the_people_a_paper_cites_before_its_clause():
    text = _article("The Globe and Mail reported on Tuesday, citing people familiar with the matter, that Ridgeback had "
                    "rejected a private approach in May.")
    assert _speaker(text, "Ridgeback had rejected") == "people familiar with the matter"


def test_the_union_is_not_the_company_named_as_the_operator():
    text = _article("The mine's operator, Compañía Minera del Sur, said on Thursday that production had been halted.",
                    "The mine's largest union is asking for a 5 percent rise. The company has offered 1.5 percent, according "
                    "to the union.")
    assert _speaker(text, "The company has offered") == "union"  # (not "Compañía Minera del Sur")


def test_a_time_adjunct_after_a_conjunction_before_the_subject():
    text = _article("Plans for a road across the reserve have been contested before. In 2011 a highway plan was dropped after "
                    "protests, and in 2015 the Regional Court of Justice ruled that such a road would be unlawful.")
    assert _speaker(text, "such a road would be unlawful") == "Regional Court of Justice"


def test_the_headlines_owner_is_the_name_opening_the_lede():
    text = _article("Kestrel Valley Coal said yesterday that it will close its Moose Ridge mine in January, ending 180 jobs.",
                    "The union representing the miners said the company had told it on Wednesday.",
                    title="Alberta coal mine to close in January with loss of 180 jobs, owner says")
    assert _speaker(text, "Alberta coal mine to close") == "Kestrel Valley Coal"


def test_a_given_name_that_is_also_a_capitals():
    text = _article("Club president Washington Arrieta denied that any wages were outstanding.",
                    "\"Every player has been paid up to August,\" Arrieta told El Observador.")
    assert _speaker(text, "Every player has been paid") == "Washington Arrieta"


def test_a_cricket_club_is_the_club():
    text = _article("Sri Lankan first-class cricket club Chilaw Marians CC has dismissed its head coach, Dean Hollis, three "
                    "months into a two-year contract, the club announced on Monday.",
                    "In a statement, the club said the decision followed \"a breakdown in the relationship\".",
                    title="Sri Lankan club Chilaw Marians sack head coach after player complaints")
    assert _speaker(text, "has dismissed its head coach") == "Chilaw Marians CC"


def test_a_number_inside_a_bodys_name_after_of_the():
    text = _article("Mary Keewatin, coordinator of the Treaty Four Justice Circle, told CBC News the recommendations were "
                    "\"a good start\".")
    assert _speaker(text, "the recommendations were") == "Mary Keewatin"


def test_an_office_named_by_its_title_then_its_province():
    text = _article("Ombudsman Manitoba said on Monday it had received 37 complaints from the jail since the outbreak began.")
    assert _speaker(text, "it had received 37 complaints") == "Ombudsman Manitoba"
