"""English: the administrators of a business in administration are the insolvency firm the article names.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_its_administrators_are_the_firm_the_business_called_in():
    text = ("Head\n\nAll 24 Pellow & Grange stores will keep trading while a buyer is sought, its newly appointed "
            "administrators said yesterday.\n\nThe chain called in the insolvency firm Marlow Tate Partners on Monday "
            "after its bank declined to extend a loan.\n")
    assert _speaker(text, "keep trading") == "Marlow Tate Partners"


def test_the_administrators_are_the_firm_a_named_administrator_is_of():
    text = ("Head\n\nA boatyard in Norfolk has entered administration.\n\nJoint administrator Ruth Penney, of Hale Corbin "
            "Restructuring, said the company had been hit by a wet summer.\n\nThe administrators said they expected to "
            "decide by the end of December whether the business could be sold.\n")
    assert _speaker(text, "could be sold") == "Hale Corbin Restructuring"


def test_administrators_stay_when_two_firms_are_named():
    text = ("Head\n\nThe club called in the insolvency firm Marlow Tate Partners on Monday, and the landlord appointed "
            "Hale Corbin as receivers.\n\nThe administrators said the club owed £2 million. Joint administrator Ruth "
            "Penney, of Hale Corbin, said the ground would be valued.\n")
    assert _speaker(text, "owed £2 million") != "Marlow Tate Partners"
    assert _speaker(text, "owed £2 million") != "Hale Corbin"


def test_the_administrators_of_a_named_business_keep_its_name():
    text = ("Head\n\nAdministrators of Saltby Minerals Ltd said the remaining assets would barely cover the costs.\n\n"
            "The company had called in the insolvency firm Marlow Tate Partners in June.\n")
    assert _speaker(text, "barely cover") != "Marlow Tate Partners"
