"""English speaker rules found on the copy studied in session 50: a military unit is a body in a
person's apposition; the state after "of <town>" is no speaker; "latest published accounts" is one
document; an owner's name before a possessive is the body "the university" means; a description
with an owner ("Delaware's largest health system") is an apposition; "admitted 610 children" reports
nothing; "the full council" is no council's name. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_military_unit_in_the_apposition_leaves_the_person_speaking():
    text = ("Title\n\nColonel Dana Whitfield, commander of the base's 512th Airlift Wing, said the hangars would let "
            "crews work indoors.\n")
    assert speaker_of(text, "hangars") == "Dana Whitfield"


def test_the_state_after_the_companys_town_is_no_speaker():
    text = ("Title\n\nThe award drew a protest. Harbor Point Builders, of Norfolk, Virginia, said it had filed a bid "
            "protest on Thursday.\n")
    assert speaker_of(text, "bid protest") == "Harbor Point Builders"


def test_latest_published_accounts_are_one_document_of_their_owner():
    text = ("Title\n\nThe Hartwell Family Trust helps families in need. According to the trust's latest published "
            "accounts, the charity supports around 160 families.\n")
    assert speaker_of(text, "160 families") == "Hartwell Family Trust"


def test_the_university_is_the_owner_of_its_board_not_the_board():
    text = ("Title\n\nThe University of Mercer's Board of Trustees voted on Thursday to raise housing rates.\n\n"
            "The university said in a statement that financial aid would cover the increase.\n")
    assert speaker_of(text, "financial aid") == "University of Mercer"


def test_a_description_opening_on_its_owner_is_an_apposition():
    text = ("Title\n\nBayCare, Delaware's largest health system, announced on Monday that it will close the pediatric "
            "unit.\n")
    assert speaker_of(text, "pediatric unit") == "BayCare"


def test_admitted_and_a_count_report_nothing():
    text = ("Title\n\nAccording to BayCare, the Wilmington unit admitted 610 children last year, compared with about "
            "2,900 at Christiana Hospital.\n")
    assert [(c.speaker.name, c.cue) for c in claims_of(text, "en")] == [("BayCare", "According to")]


def test_the_full_council_is_no_councils_name():
    text = ("Title\n\nThe council says the cut is needed to close a gap in its finances.\n\nThe final budget will be "
            "set by the full council in February.\n")
    assert speaker_of(text, "close a gap") == "council"
