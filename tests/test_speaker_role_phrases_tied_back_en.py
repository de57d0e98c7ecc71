"""English role phrases tied back to the entity of that kind the article names: a plural role in the
standfirst to the body speaking in the body text whose name holds its qualifier ("Fire chiefs say"
→ the fire service), "the agency" to the one public body named before, "the Labour deputy" to the one
member of parliament the article tied to a role of that family. Sentences and names invented."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_plural_role_in_the_standfirst_is_the_body_named_with_its_qualifier():
    text = (
        "Thousands of scooter batteries recalled after house fires\n\n"
        "Fire chiefs say the batteries have been linked to at least six fires this year\n\n"
        "By Jo Marlow\n\n"
        "Westmoor Fire and Rescue Service said the batteries had been linked to six fires in the city.\n\n"
        "Station Commander Ola Brandt, the service's head of fire safety, said: \"These batteries are failing in hallways.\"\n"
    )
    assert speaker_of(text, "at least six fires this year") == "Westmoor Fire and Rescue Service"


def test_the_agency_is_the_one_public_body_named_before():
    text = (
        "The Civil Aviation Directorate grounded two aircraft on Monday after a runway overrun.\n\n"
        "Investigators found a brake fault. The agency said it expected to publish a report within 30 days.\n"
    )
    assert speaker_of(text, "publish a report") == "Civil Aviation Directorate"


def test_the_agency_with_two_bodies_named_stays_the_agency():
    text = (
        "The Civil Aviation Directorate and the National Roads Authority met on Monday.\n\n"
        "The agency said it expected to publish a report within 30 days.\n"
    )
    assert speaker_of(text, "publish a report") == "agency"


def test_a_party_deputy_is_the_member_of_parliament_named_with_that_party():
    text = (
        "Ciaran Mulvey, a Fianna Fáil TD for Galway West, raised the closure in the Dáil on Tuesday.\n\n"
        "The Fianna Fáil deputy said the hospital needed 40 more nurses.\n"
    )
    assert speaker_of(text, "40 more nurses") == "Ciaran Mulvey"


def test_a_deputy_of_another_party_is_not_that_member():
    text = (
        "Ciaran Mulvey, a Fianna Fáil TD for Galway West, raised the closure in the Dáil on Tuesday.\n\n"
        "The Sinn Féin deputy said the hospital needed 40 more nurses.\n"
    )
    assert speaker_of(text, "40 more nurses") != "Ciaran Mulvey"


def test_the_woman_is_the_unnamed_person_just_quoted():
    text = ("The niece of one patient told the Courier that she had written to the board twice. \"Each time they "
            "said it was an exception,\" said the woman, who did not want to be named.\n")
    assert speaker_of(text, "exception") == "niece of one patient"


def test_the_woman_is_not_the_man_just_quoted():
    text = ("The nephew of one patient told the Courier that staff were exhausted. \"We cannot go on like this,\" "
            "the woman said.\n")
    assert speaker_of(text, "go on like this") == "woman"
