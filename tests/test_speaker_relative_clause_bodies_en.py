"""English: a name followed by ", which" is a body (a person takes ", who"), and a company described
inside the relative clause or apposition of a named subject is another body (its owner, its client):
"the company" later refers back to the subject. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_the_company_after_a_name_with_which_is_that_name():
    text = ("Orlanda Vale, which runs the quarry above the town, said the blasts were within the legal limits. "
            "The company said it would pay for the repairs.\n")
    assert speaker_of(text, "pay for the repairs") == "Orlanda Vale"


def test_a_company_inside_the_subjects_relative_clause_is_not_the_company_that_speaks():
    text = ("Tessaly Ridge Nickel, which is majority-owned by a Cyprus-registered company, said on Monday that "
            "the leak had been stopped. The company said it had hired an outside firm to inspect its pipes.\n")
    assert speaker_of(text, "outside firm") == "Tessaly Ridge Nickel"


def test_a_company_inside_the_subjects_apposition_is_not_the_company_that_speaks():
    text = ("Tessaly Ridge Nickel, a subsidiary of a Cyprus-registered company, said on Monday that the leak "
            "had been stopped. The company said it had hired an outside firm to inspect its pipes.\n")
    assert speaker_of(text, "outside firm") == "Tessaly Ridge Nickel"


def test_a_company_described_outside_any_apposition_is_still_the_company():
    text = ("The ferry route is run by a Malta-based company. The company said sailings would resume on "
            "Friday.\n")
    assert speaker_of(text, "sailings would resume") == "Malta-based company"
