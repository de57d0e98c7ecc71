"""English rules found on the copies studied in session 84. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_the_commissioners_office_is_the_office_the_article_named():
    text = ("Head\n\nThe Office of the Information Commissioner of Ruritania found on Monday that Larkspur Pharmacies had "
            "kept its customers' records for ten years.\n\nThe commissioner's office called the notice given to customers "
            '"far too short".\n\nLarkspur said in a statement that it had "never lost" a record.\n')
    assert _speaker(text, "far too short") == "Office of the Information Commissioner of Ruritania"
    assert _speaker(text, "never lost") == "Larkspur Pharmacies"


def test_a_plural_role_before_a_couple_names_the_couple():
    text = ("Head\n\nIn a letter to customers, owners Hamish and Rona Baird wrote that the bakery could no longer pay "
            "its rent.\n")
    assert _speaker(text, "no longer pay") == "Hamish and Rona Baird"


def test_its_owners_are_the_couple_the_next_paragraph_names_with_that_role():
    text = ("Mill bakery to close, owners say\n\nThe Old Mill Bakery in Kelso will shut at the end of March, its owners "
            "announced on Monday.\n\nIn a letter to customers, owners Hamish and Rona Baird wrote that the bakery could "
            "no longer pay its rent.\n\nThe council said it was sorry to see the bakery go.\n\n"
            "The last day of trading will be March 30, the owners said.\n")
    assert _speaker(text, "Mill bakery to close") == "Hamish and Rona Baird"
    assert _speaker(text, "shut at the end of March") == "Hamish and Rona Baird"
    assert _speaker(text, "last day of trading") == "Hamish and Rona Baird"


def test_its_owners_stay_unnamed_when_the_next_paragraph_names_no_one_with_that_role():
    text = ("Head\n\nThe Old Mill Bakery in Kelso will shut at the end of March, its owners announced on Monday.\n\n"
            "In a letter to customers, baker Hamish Baird wrote that the bakery could no longer pay its rent.\n")
    assert _speaker(text, "shut at the end of March") != "Hamish Baird"
    assert _speaker(text, "no longer pay") == "Hamish Baird"


def test_a_person_of_a_named_body_is_the_person():
    text = ("Head\n\nDr Helen Tauiliili of the Samoa Islands Midwives Network told the Observer that the new wing "
            "was \"long overdue\".\n")
    assert _speaker(text, "long overdue") == "Helen Tauiliili"


def test_a_body_of_a_place_is_still_the_body():
    text = "Head\n\nThe Victoria University of Wellington Staff Network told the Observer that the new wing was \"long overdue\".\n"
    assert _speaker(text, "long overdue") == "Victoria University of Wellington Staff Network"


def test_a_hyphenated_number_opening_a_group_is_no_persons_name():
    text = "Head\n\nTwenty-two riders from four cycling clubs said on Monday that they had not been paid.\n"
    assert _speaker(text, "not been paid") == "Twenty-two riders from four cycling clubs"


def test_a_governing_body_of_a_named_college_in_a_town_and_its_county():
    text = ("Head\n\nThe governing body of Fairfield Sixth Form College in Barnsley, South Yorkshire, announced on Monday "
            "that the college will close in July.\n")
    assert _speaker(text, "close in July") == "governing body of Fairfield Sixth Form College"


def test_a_name_after_a_town_and_its_comma_that_is_no_region_is_still_the_speaker():
    text = ("Head\n\nThe operator of the mine in Kitwe, Mopani Copper Mines, said on Monday that the shaft will close "
            "in July.\n")
    assert _speaker(text, "shaft will close") == "Mopani Copper Mines"


def test_parents_named_by_their_first_names_take_the_family_name():
    text = ("Head\n\nIn a statement read by their solicitor, Mr Kowalski's parents, Marek and Anna, said their son "
            '"should have come home".\n')
    assert _speaker(text, "should have come home") == "Marek and Anna Kowalski"


def test_a_widow_named_by_her_first_name_takes_the_family_name():
    text = 'Head\n\nMr Renouf\'s widow, Susan, said outside the court: "He rode that lane every day."\n'
    assert _speaker(text, "rode that lane") == "Susan Renouf"


def test_a_quotation_opening_with_i_after_a_time_of_day_is_a_sentence_of_its_own():
    text = ('Head\n\nThe skipper, Alan Ferbrache, said the boat had struck "something in the water" shortly after 9 p.m. '
            '"I have fished here for thirty years," he said.\n')
    mixed, direct = claims_of(text, "en")
    assert mixed.content == 'the boat had struck "something in the water" shortly after 9 p.m.'
    assert direct.content == "I have fished here for thirty years"
    assert direct.speaker.name == "Alan Ferbrache"


def test_their_union_is_the_one_union_the_article_names_after():
    text = ("Head\n\nLecturers at Harbour City College in Halifax have voted 91 percent in favour of strike action, their "
            'union announced on Tuesday.\n\n"Nobody wants this," said Ann Leblanc, president of the Harbour Faculty '
            "Association.\n")
    assert _speaker(text, "in favour of strike action") == "Harbour Faculty Association"

