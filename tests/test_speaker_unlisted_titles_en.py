"""English: a title no list knows, written before a person's name, is no part of the name when the
article shows it to be one (an acronym of capitals, a hyphenated office, or an agent noun the article
also writes in lower case). Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_an_office_the_article_also_writes_in_lower_case_is_no_part_of_the_name():
    text = ("The county's supervisors voted 11-7 for the cuts on Thursday.\n\n"
            "\"Nobody wanted this budget,\" said Commissioner-elect Pavla Ostrander. "
            "Alderperson Tamsin Vrba said the routes carried few riders, and Overseer Quill Darrow "
            "said the fares were too high.\n\n"
            "Supervisor Iveta Kralik said the reserve fund should have been used.\n")
    assert speaker_of(text, "reserve fund") == "Iveta Kralik"


def test_an_unknown_word_before_a_name_stays_when_the_article_never_writes_it_in_lower_case():
    text = "Tuiloma Sione Fatu said the generators had failed during maintenance.\n"
    assert speaker_of(text, "generators had failed") == "Tuiloma Sione Fatu"


def test_a_first_name_that_is_also_a_word_stays():
    text = ("The miners will strike. Grant Olu Pemberton, a union steward, said the strike would go on. "
            "Officials said a grant had been offered.\n")
    assert speaker_of(text, "strike would go on") == "Grant Olu Pemberton"


def test_a_rank_in_capitals_after_an_office_is_no_part_of_the_name_and_its_surname_form_is_the_person():
    text = ("Police media spokesman DIG Ruwan Deshapriya said the raid was carried out on Friday.\n\n"
            "\"Most victims borrowed small sums,\" DIG Deshapriya told reporters.\n")
    assert speaker_of(text, "raid was carried out") == "Ruwan Deshapriya"
    assert speaker_of(text, "Most victims") == "Ruwan Deshapriya"


def test_a_hyphenated_professional_title_is_no_part_of_the_name():
    text = "Appearing for the suspects, Attorney-at-Law Nadee Weerakoon told court that her clients knew nothing.\n"
    assert speaker_of(text, "her clients knew nothing") == "Nadee Weerakoon"


def test_a_samoan_honorific_is_no_part_of_the_name():
    text = "The corporation's general manager, Afioga Leota Malo Fepulea'i, said the cuts would continue.\n"
    assert speaker_of(text, "cuts would continue") == "Leota Malo Fepulea'i"
