"""English rules found on the copies studied in session 86. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_a_name_with_and_and_for_before_its_initials_is_one_body():
    text = ("Title\n\nResearch and Advice for Welsh Forestry (RAWF), the agency that certifies seedlings, said some 900 "
            "hectares had been planted.\n")
    assert _speaker(text, "900 hectares") == "Research and Advice for Welsh Forestry"


def test_the_counted_tribunal_is_the_tribunal_the_article_described_with_its_owner():
    text = ("Title\n\nAn independent tribunal of the World Archery Federation (WAF) has cleared a Welsh archer of a doping "
            "charge, the federation said on Thursday.\n\nIn its written decision, the three-member tribunal found there was "
            "\"no reliable evidence\" that she had taken the drug.\n")
    assert _speaker(text, "no reliable evidence") == "independent tribunal of the World Archery Federation"


def test_the_unions_name_after_according_to_the_union_is_its_speaker_not_the_claims_start():
    text = ("Title\n\nThe depot handles buses for three towns. According to the union, the Fenland Drivers Association, "
            "41 drivers now work at the depot, against a target of 60.\n")
    claim = next(c for c in claims_of(text, "en") if "41 drivers" in c.content)
    assert claim.content.startswith("41 drivers")
    assert claim.speaker.name == "Fenland Drivers Association"


def test_the_health_board_is_no_union_sharing_its_word():
    text = ("Title\n\nPorters at two hospitals will walk out, the Health and Care Workers' Union (HCWU) said on Wednesday. The "
            "hospitals are run by NHS Tayside.\n\nA spokesperson for NHS Tayside said the board was \"disappointed\".\n\n"
            "In a written statement, the health board added that the review had been delayed by \"a national process\".\n\n"
            "Last year, porters in Perth won a regrading, according to the union.\n")
    assert _speaker(text, "review had been delayed") == "NHS Tayside"


def test_they_in_a_relative_clause_is_the_plural_subject_past_its_apposition_and_irregular_verb():
    text = ("Title\n\nCleanrite Services said it had \"worked constructively with the trust\".\n\nThe cleaners, most of whom "
            "belong to the Hospital Staff Union, struck for six days last year over sick pay, which they said was lower "
            "than that of staff doing the same work for the NHS.\n")
    assert _speaker(text, "was lower than") == "cleaners"


def test_a_comparison_after_a_trailing_source_leaves_the_claim_before_it():
    text = ("Title\n\nHomes were flooded on Saturday. More than 70 millimetres of rain fell in four hours, according to the "
            "Met Office, close to the average for the whole of July.\n")
    claim = next(c for c in claims_of(text, "en") if c.speaker is not None and c.speaker.name == "Met Office")
    assert claim.content == "More than 70 millimetres of rain fell in four hours"
