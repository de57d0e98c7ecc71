"""English rules found on the copies studied in session 78. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_a_panel_described_by_its_size_is_the_panel_named_before():
    text = ("Prices\n\nOn Monday, the territory's Milk Price Review Panel chose the dairies' offer of 41 cents a litre.\n\n"
            "In its decision, the five-member panel said the dairies' offer better reflected the cost of feed.\n")
    assert _speaker(text, "better reflected the cost of feed") == "Milk Price Review Panel"


def test_a_panel_described_by_its_size_with_no_panel_named_stays_as_written():
    text = ("Prices\n\nDairy farmers lost their case on Monday.\n\n"
            "In its decision, the five-member panel said the dairies' offer better reflected the cost of feed.\n")
    assert _speaker(text, "better reflected the cost of feed") == "five-member panel"


def test_a_panel_described_by_its_size_in_a_court_of_arbitration_article_is_the_court():
    text = ("Ban cut\n\nThe Court of Arbitration for Sport (CAS) on Tuesday reduced the ban of the sprinter Ama Boateng to "
            "one year.\n\nIn its award, the three-member panel found that Boateng bore \"no significant fault\" for the "
            "positive test.\n")
    assert _speaker(text, "bore") == "Court of Arbitration for Sport"


def test_a_body_named_from_a_role_word_keeps_the_word():
    text = "Strike\n\nDrivers at Trentline Buses will strike next week, the Passenger Transport Workers' Union said on Monday.\n"
    assert _speaker(text, "will strike next week") == "Passenger Transport Workers' Union"


def test_a_role_before_a_name_ending_with_a_capital_city_stays_a_role():
    text = "Tribute\n\nActor Denzel Washington said the director had been \"a gentle soul\".\n"
    assert _speaker(text, "gentle soul") == "Denzel Washington"


def test_a_headline_subject_stops_before_its_verb_and_number():
    text = ("Malawi's Lottery Board shuts 40 betting shops, says more raids to come\n\nThe Lottery Board of Malawi has "
            "closed 40 betting shops in Lilongwe.\n")
    assert _speaker(text, "more raids to come") == "Lottery Board of Malawi"


def test_a_lawyer_acting_for_him_is_not_him():
    text = ("Fraud\n\nKelvin Tan was dismissed on Monday. A lawyer acting for him told the newspaper Today that his client "
            "strongly disputes the findings.\n")
    assert _speaker(text, "strongly disputes") == "lawyer acting for him"
