"""English rules found in session 99 (on the copies studied then). Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def _article(*paragraphs: str, title: str = "Title") -> str:
    return f"{title}\n\nTuesday, March 3, 2020\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_quotation_then_a_name_whose_apposition_closes_on_its_bodys_initials():
    text = _article('"The levy will ruin us. Nobody can pay that much," Ondina Ferraz, president of the Federation of '
                    'Upland Growers (FUG), told the state news agency Norpress.')
    assert _speaker(text, "The levy will ruin us") == "Ondina Ferraz"
    assert not any("Norpress" in c.content for c in claims_of(text, "en"))


def test_a_name_then_a_modified_role_of_a_party_in_apposition():
    text = _article('Tavita Lusi, a Vailima district councillor from the opposition Samoa Unity Party, wrote on Facebook: '
                    '"They closed the clinic without asking anyone."')
    assert _speaker(text, "They closed the clinic") == "Tavita Lusi"


def test_a_relative_missing_its_subject_then_a_negative_adverb():
    text = _article("Cane growers in the north of the island blocked the Cassia highway on Monday, protesting against "
                    "prices they say no longer cover the cost of harvesting.")
    assert content_of(text, "cover the cost", "en") == "no longer cover the cost of harvesting"
    assert _speaker(text, "cover the cost") == "cane growers in the north of the island"


def test_they_after_a_group_opening_the_sentence_before_with_its_modifier_and_place():
    text = _article("Cane growers in the north of Mauritius blocked the Cassia highway on Monday. They said the mills "
                    "owed them four months of payments.")
    assert _speaker(text, "owed them four months") == "cane growers in the north of Mauritius"


def test_a_few_counted_people_with_a_long_complement():
    text = _article("In the recording, three women from a village near the border say they had not been paid since "
                    "June.")
    assert _speaker(text, "they had not been paid") == "three women from a village near the border"


def test_an_inverted_subject_described_then_the_name_its_person_gave():
    text = _article('"This station is the only one that answers our calls," said one of the listeners, a retired '
                    'miner who gave his name as Zoltán.')
    assert _speaker(text, "the only one that answers") == "Zoltán"


def test_told_an_agency_then_a_noun_phrase_saying_what_the_news_is():
    text = _article("The ministry has put off the sale of the state airline until next year, two officials told "
                    "Reuters on Friday, the third delay since the sale was first announced in 2017.")
    claims = claims_of(text, "en")
    assert [c.content for c in claims] == ["The ministry has put off the sale of the state airline until next year"]
    assert claims[0].speaker.name == "two officials"


def test_a_countrys_trade_by_its_plural_in_a_headline():
    text = _article("Cargoes are stuck at the ports of Haiphong, exporters said.",
                    title="Vietnam's coffee exporters say cargoes stuck after port closure")
    assert _speaker(text, "cargoes stuck after port closure") == "Vietnam's coffee exporters"
