"""English rules found on the copies studied in session 85. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_an_en_dash_inside_a_universitys_name_keeps_it_whole():
    text = "Title\n\nThe University of Kent–Medway said that the new campus would open in September.\n"
    assert _speaker(text, "new campus would open") == "University of Kent–Medway"


def test_the_names_title_after_a_role_and_its_comma_is_no_part_of_the_role():
    text = "Title\n\n\"We will appeal,\" said the club's chairman, Dr Mark Evans.\n"
    claim = next(c for c in claims_of(text, "en") if "We will appeal" in c.content)
    assert (claim.speaker.name, claim.speaker.role) == ("Mark Evans", "chairman")


def test_a_name_closing_on_homes_is_a_body_no_untied_role_stands_for():
    text = ("Title\n\nThe ombudsman ordered a housing association to pay £4,500 to a tenant.\n\nThe tenant, a mother of "
            "two whom the determination does not name, told the Courier that the damp had made her daughter's asthma "
            "worse.\n\nMorgan Vale Homes said in a statement that it \"fully accepts\" the findings.\n")
    assert _speaker(text, "the damp had made") == "tenant"


def test_the_ombudsman_is_the_ombudsmans_body_the_article_named():
    text = ("Title\n\nThe Social Housing Ombudsman Service has ordered a landlord to pay £2,000 to a tenant.\n\n"
            "In a determination published on Wednesday, the ombudsman found that the landlord had failed to reply to "
            "eleven complaints.\n")
    assert _speaker(text, "failed to reply") == "Social Housing Ombudsman Service"


def test_the_ombudsmans_office_is_the_ombudsman_of_a_province_the_article_named():
    text = ("Title\n\nTenants complained to the Ombudsman of Manitoba about delays at the rental board.\n\n"
            "The Ombudsman's office said it had received 140 complaints since January.\n")
    assert _speaker(text, "received 140 complaints") == "Ombudsman of Manitoba"


def test_the_ombudsman_stays_the_person_the_article_tied_to_the_title():
    text = ("Title\n\nThe Social Housing Ombudsman Service has ordered a landlord to pay £2,000 to a tenant, the ombudsman, "
            "Peter Tyndall, said on Monday.\n\nIn a determination published on Wednesday, the ombudsman found that the "
            "landlord had failed to reply to eleven complaints.\n")
    assert _speaker(text, "failed to reply") == "Peter Tyndall"


def test_a_subject_after_and_past_the_quotation_starts_a_clause_of_its_own():
    text = ("Title\n\nThe Ramsey Tenants' Forum said the figures \"only scratch the surface\", and its secretary, Joan "
            "Corlett, told the Examiner that many tenants were \"afraid to complain\".\n")
    claim = next(c for c in claims_of(text, "en") if "scratch the surface" in c.content)
    assert (claim.content, claim.speaker.name) == ('the figures "only scratch the surface"', "Ramsey Tenants' Forum")


def test_a_headlines_police_is_the_police_force_with_the_countrys_demonym_the_article_wrote():
    text = ("Lions that escaped from a zoo recaptured, police say\n\nSaturday, August 24, 2019\n\nTwo lions that escaped "
            "from a zoo near Mzuzu were recaptured on Friday, the Malawian Police Force said.\n")
    assert _speaker(text, "Lions that escaped") == "Malawian Police Force"


def test_a_headlines_place_and_kind_is_the_body_the_lede_names_with_that_kind():
    text = ("North Wales wildlife park says it faces closure\n\nThursday, April 16, 2020\n\nA wildlife park on the shores "
            "of Llyn Tegid has said it may have to close unless it receives emergency funding.\n\nTegid Wildlife Park, "
            "which houses about 400 animals, has been closed since March 23.\n")
    assert _speaker(text, "faces closure") == "Tegid Wildlife Park"


def test_a_headlines_lower_case_union_is_the_union_the_lede_names():
    text = ("Isle of Wight on-call firefighters reject pay offer, union says\n\nMonday, August 12, 2019\n\nOn-call "
            "firefighters on the Isle of Wight have voted to reject a pay offer, the Wight Firefighters' Association (WFA) "
            "said on Saturday.\n")
    assert _speaker(text, "reject pay offer") == "Wight Firefighters' Association"


def test_a_short_form_opening_a_bodys_name_stays_as_written():
    text = ("Title\n\nA bushfire on the north coast of New South Wales (NSW) has destroyed 27 homes.\n\nThe man who died "
            "was found in a burnt-out car near Wauchope, NSW Police said in a statement.\n")
    assert _speaker(text, "burnt-out car") == "NSW Police"


def test_when_opening_the_sentence_without_a_comma_is_no_part_of_the_subject():
    text = ("Title\n\nIn July 2018 the Court of Session ruled that carers are not entitled to the minimum wage for the "
            "hours they sleep.\n")
    assert _speaker(text, "not entitled") == "Court of Session"


def test_it_in_a_relative_clause_after_a_preposition_is_the_body_opening_the_sentence():
    text = ("Title\n\nThe Guernsey Gambling Commission yesterday suspended the licence of an online casino after an "
            "inspection which it said had found \"serious\" failures in the company's checks.\n")
    assert _speaker(text, "had found") == "Guernsey Gambling Commission"


def test_a_place_then_a_bodys_kind_in_lower_case_is_a_body_not_a_person_named_after_the_place():
    text = ("Cumbria wildlife park says it faces closure\n\nThursday, April 16, 2020\n\nA wildlife park on the shores of "
            "Derwentwater has said it may have to close unless it receives emergency funding.\n\nDerwent Wildlife Park, "
            "which houses about 400 animals, has been closed since March 23.\n")
    claim = next(c for c in claims_of(text, "en") if "faces closure" in c.content)
    assert (claim.speaker.name, claim.speaker.kind) == ("Derwent Wildlife Park", "organisation")
