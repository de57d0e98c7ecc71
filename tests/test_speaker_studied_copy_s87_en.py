"""English rules found on the copies studied in session 87. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_nothing_as_the_subject_of_the_reported_clause_is_a_statement():
    claim = claims_of("Title\n\nThe gallery's spokesperson said nothing else had been taken from the glasshouse.\n", "en")[0]
    assert (claim.kind, claim.content, claim.speaker.name) == ("indirect", "nothing else had been taken from the glasshouse",
                                                               "gallery's spokesperson")


def test_saying_nothing_is_no_statement():
    assert claims_of("Title\n\nAsked about the orchids, the minister said nothing.\n", "en") == []


def test_a_finding_closing_its_sentence_with_the_findings_it_was_made_in():
    text = ("Title\n\nTwo anglers who drowned off Kawhia would have survived had they worn lifejackets, coroner Mere Tapsell "
            "found in findings released on Monday.\n")
    claim = claims_of(text, "en")[0]
    assert claim.content == "Two anglers who drowned off Kawhia would have survived had they worn lifejackets"
    assert claim.speaker.name == "Mere Tapsell"


def test_the_role_a_person_serves_is_not_their_own():
    # (the coroner is Hugh Barlow, not the counsel assisting him)
    text = ("Title\n\nCoroner Hugh Barlow found that the delay contributed to the death.\n\nCounsel assisting the coroner, "
            "Nadia Petrakis, had told the inquest that the script itself was flawed.\n\n\"The system failed her,\" the "
            "coroner wrote.\n")
    assert _speaker(text, "The system failed her") == "Hugh Barlow"


def test_a_spokesman_for_the_minister_is_not_the_minister():
    text = ("Title\n\nA spokesman for the minister, Tom Ellery, said the plan was under review.\n\nThe minister said on "
            "Friday the review would end in May.\n")
    assert _speaker(text, "the review would end") != "Tom Ellery"


def test_the_subject_after_the_findings_described_by_a_participle():
    text = ("Title\n\nCoroner Hugh Barlow found that the delay contributed to the death.\n\nIn his findings, handed down at "
            "the Coroners Court of Tasmania in Hobart, Barlow said the two nearest ambulances had been sent elsewhere.\n")
    assert _speaker(text, "two nearest ambulances") == "Hugh Barlow"


def test_agreeing_to_do_something_after_a_source_is_no_attribution():
    text = ("Title\n\nThe Harbour Workers' Alliance (HWA) called off the strike late last night after a meeting with officials "
            "of the ports department, at which, according to the union, the government agreed to fill 300 vacant posts by June.\n")
    claim = next(c for c in claims_of(text, "en") if "300 vacant posts" in c.content)
    assert claim.content == "the government agreed to fill 300 vacant posts by June"
    assert claim.speaker.name == "Harbour Workers' Alliance"


def test_a_panel_of_a_league_rules_not_the_player_it_cleared():
    text = ("Title\n\nA judicial panel of the Southern Hockey League on Tuesday cleared Harbour captain Lena Moss of dangerous "
            "play, ruling that her collision with a defender was \"accidental and unavoidable\".\n")
    assert _speaker(text, "accidental and unavoidable") == "judicial panel of the Southern Hockey League"


def test_a_court_s_judgment_speaks_as_the_court_that_quashed_the_conviction():
    text = ("Title\n\nThe Court of Appeal in Kumasi yesterday quashed the contempt conviction of a radio host.\n\n\"The "
            "right to a fair hearing is no privilege,\" the judgment read.\n")
    assert _speaker(text, "no privilege") == "Court of Appeal"


def test_a_group_defined_by_its_relative_clause_speaks_under_that_description():
    text = "Title\n\nSmall businesses that rely on the post for parcels said the strike had come at a bad time.\n"
    assert _speaker(text, "the strike had come") == "Small businesses that rely on the post for parcels"
