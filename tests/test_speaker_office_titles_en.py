"""English: an office named after its holder's title ("State Auditor's Office for …", "Chief
Prosecutor's Office") is one name: the possessive and the title are words of it, and the title is
no role of a person inside the subject.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_an_office_named_after_a_title_keeps_the_title_and_its_complement():
    text = ("The State Auditor's Office for the Review of Public Works and Organised Fraud (SAORP), which "
            "brought the case, said in a statement that the sentence was \"a clear signal\" for councils. "
            "It said it was still checking two other contracts.\n")
    assert speaker_of(text, "clear signal") == "State Auditor's Office for the Review of Public Works and Organised Fraud"
    assert speaker_of(text, "two other contracts") == "State Auditor's Office for the Review of Public Works and Organised Fraud"


def test_a_title_of_two_role_words_stays_in_the_office_name():
    text = "The Chief Prosecutor's Office for Eastern Valdria said the trial would open in May.\n"
    assert speaker_of(text, "trial would open") == "Chief Prosecutor's Office for Eastern Valdria"
