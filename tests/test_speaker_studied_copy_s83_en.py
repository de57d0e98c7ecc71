"""English rules found on the copies studied in session 83. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_a_team_named_in_apposition_is_no_person():
    text = ("Head\n\nAlan Gaskell, leader of the Keld and Swaledale Mountain Rescue Team, told local radio that his team "
            "had been called out four times on Sunday.\n")
    assert _speaker(text, "four times") == "Alan Gaskell"


def test_calls_from_after_a_quotation_is_a_noun():
    text = ('Head\n\nRuth Haddow, chief pilot at Tasman Air Spraying, said her company had flown five machines over vineyards '
            'from 2 a.m. and had turned down "at least a dozen" calls from growers.\n')
    [claim] = claims_of(text, "en")
    assert claim.speaker.name == "Ruth Haddow"
    assert claim.content.startswith("her company had flown five machines")


def test_a_colleges_board_is_the_named_colleges():
    text = ("Head\n\nThe principal of Aire Bank College in Keighley is to step down, the college's board of governors "
            "announced on Monday.\n")
    assert _speaker(text, "step down") == "Aire Bank College board of governors"


def test_the_board_is_the_one_board_that_spoke_before():
    text = ("Head\n\nThe principal of Aire Bank College in Keighley is to step down, the college's board of governors "
            "announced on Monday.\n\nThe principal, Jo Peel, said she took full responsibility.\n\n"
            "The board said an interim principal would be named before Christmas.\n")
    assert _speaker(text, "interim principal") == "Aire Bank College board of governors"


def test_a_described_council_is_a_body_not_the_person_named_next():
    text = ('Head\n\nThe student representative council said on Sunday that "fewer than half" of the students had a laptop.\n\n'
            "Third-year painting student Selma Hango said she had been working in her kitchen.\n")
    assert _speaker(text, "fewer than half") == "student representative council"
    text = ("Head\n\nOne of the workers on board, who asked not to be named, said passengers had not been told.\n\n"
            '"We only knew when we saw the fire engines," he said.\n')
    assert _speaker(text, "fire engines") is not None


def test_headline_forecasters_are_the_weather_service_the_lede_names():
    text = ("Tornado flattens barns near Brandon, forecasters confirm\n\nSaturday, June 6, 2020\n\n"
            "Environment and Climate Change Canada (ECCC) confirmed on Friday that a tornado touched down near Brandon.\n")
    assert _speaker(text, "flattens barns") == "Environment and Climate Change Canada"
