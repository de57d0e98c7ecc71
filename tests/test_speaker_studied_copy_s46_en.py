"""English speaker rules found on the copy studied in session 46: "Provost" and "Police Juror" as
titles, a unit's roman numeral that is no "I", a body's noun before "spokesperson", and a
surname's office. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_provost_is_a_title():
    text = "Title\n\nProvost Karen Hollis wrote that the shortfall stemmed from a tuition freeze.\n"
    assert speaker_of(text, "the shortfall stemmed") == "Karen Hollis"


def test_police_juror_is_a_title():
    text = "Title\n\nPolice Juror Dale Thibodeaux said he had asked the company to text nearby residents.\n"
    assert speaker_of(text, "he had asked the company") == "Dale Thibodeaux"


def test_a_units_roman_numeral_is_no_pronoun():
    text = "Title\n\nLouisiana State Police Troop I said it would add troopers along the detour.\n"
    assert speaker_of(text, "it would add troopers") == "Louisiana State Police Troop I"


def test_a_bodys_noun_before_spokesperson_is_no_company_named_before():
    text = ("Title\n\nThe casino's parent company, Bayou Bend Gaming Inc., has said the tower will open in 2029.\n\n"
            "The project still needs approval from the Louisiana Gaming Control Board. A board spokesperson said the "
            "application would be taken up in December.\n")
    assert speaker_of(text, "taken up in December") == "spokesperson for the Louisiana Gaming Control Board"


def test_a_surnames_office_is_the_office_of_the_person_named_in_full():
    text = ("Title\n\nCouncilman Darrel Fontenot said the levee plan came as a surprise.\n\n"
            "Fontenot's office said the councilman had not been briefed on that timetable.\n")
    assert speaker_of(text, "had not been briefed") == "office of Darrel Fontenot"


def test_a_ministers_office_keeps_its_holders_title():
    text = ("Title\n\nThe federal Environment Minister's office said the study would be published next year.\n")
    assert speaker_of(text, "the study would be published") != "office of Environment Minister"
