"""English speaker phrases: organisation names with links and numbers, degrees and the first
person that are not names (sentences written for these tests)."""

from __future__ import annotations

from extract_support import claims_of, only


def speaker_of(text: str) -> str | None:
    claim = only(text, "en")
    return claim.speaker.name if claim.speaker else None


def test_organisation_name_keeps_its_lower_case_link():
    text = "The Council on Foreign Trade said on Monday that tariffs would rise by ten percent next year.\n"
    assert speaker_of(text) == "Council on Foreign Trade"


def test_organisation_name_keeps_a_number_inside():
    text = "The Harbour 9 Collective announced that the old lighthouse would reopen to visitors in May.\n"
    assert speaker_of(text) == "Harbour 9 Collective"


def test_bare_noun_stands_for_the_full_organisation_name_with_its_link():
    text = (
        "The Regional Commission on Water Safety met on Tuesday in Lyndale.\n\n"
        "The commission said that the reservoir levels were the lowest in forty years.\n"
    )
    assert speaker_of(text) == "Regional Commission on Water Safety"


def test_a_weekday_after_an_organisation_is_not_part_of_its_name():
    text = "The Supreme Court on Monday said the ban was lawful and would stay in force.\n"
    assert speaker_of(text) == "Supreme Court"


def test_a_degree_in_an_apposition_is_not_a_name():
    text = 'Lead author Maria Okafor, a Ph.D. candidate at Lyndale University, said, "We counted every nest twice."\n'
    assert speaker_of(text) == "Maria Okafor"


def test_first_person_in_a_quote_never_becomes_a_speaker():
    text = (
        'The singer Tomas Brandt said, "Sometimes I still forget the words on stage."\n\n'
        'With "the pressure I\'m under every night", she said that she was close to quitting.\n'
    )
    names = {c.speaker.name for c in claims_of(text, "en") if c.speaker}
    assert not names & {"Sometimes I", "I'm"}
