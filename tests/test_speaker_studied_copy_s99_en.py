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


def test_a_finding_with_a_quotation_then_a_closing_attribution_to_a_named_officer():
    text = _article('Firefighters were called to the barn at 3:10 a.m. and found it "fully alight" when they arrived, '
                    'station officer Bryn Aldous of Ceredigion Fire Service said.')
    claims = claims_of(text, "en")
    assert [(c.content, c.speaker.name) for c in claims] == [
        ('Firefighters were called to the barn at 3:10 a.m. and found it "fully alight" when they arrived', "Bryn Aldous")]


def test_a_closing_subject_of_a_role_a_full_name_and_the_body_the_person_is_of():
    text = _article("The shelter was empty when volunteers arrived, relief coordinator Ana Folau of the Tonga Red Cross said.")
    assert _speaker(text, "The shelter was empty") == "Ana Folau"


def test_a_headlines_nationality_is_no_body_the_watchdog_stands_for():
    text = _article("Three months after the floods, Moldovan insurance companies have paid out on one claim in five, the "
                    "country's Insurance Supervision Authority said on Wednesday.",
                    title="Moldovan insurers have paid a fraction of flood claims, watchdog says")
    assert _speaker(text, "paid a fraction of flood claims") == "Insurance Supervision Authority"


def test_a_headlines_place_and_company_kind_is_the_company_the_lede_names():
    text = _article("Guyana's state ferry company, the Essequibo River Transport Corporation, said on Monday it would "
                    "cancel two crossings a day.",
                    title="Guyana state ferry company cuts crossings, says engines in short supply")
    assert _speaker(text, "engines in short supply") == "Essequibo River Transport Corporation"
