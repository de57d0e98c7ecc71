"""English attributions whose subject is a name and its apposition between commas, before the
verb ("…, the agency's manager, Mark Pennington, told RNZ"). Sentences and names invented."""

from __future__ import annotations

import pytest

from extract_support import claims_of


def claim_with(text: str, words: str):
    return next(c for c in claims_of("Road to stay shut\n\n" + text + "\n", "en") if words in c.content)


@pytest.mark.parametrize("subject, name", [
    ("the agency's regional manager of maintenance and operations, Tom Ellery,", "Tom Ellery"),
    ("Ann Vale, the council's chief engineer,", "Ann Vale"),
])
@pytest.mark.parametrize("verb", ["said", "told the Courier", "told reporters on Thursday"])
def test_the_subject_in_apposition_before_the_verb_speaks_not_the_audience(subject, name, verb):
    claim = claim_with(f"The hillside above the road is still moving, {subject} {verb}.", "still moving")
    assert claim.content == "The hillside above the road is still moving"
    assert claim.speaker.name == name


def test_an_anonymity_relative_between_commas_describes_the_speaker_and_stays_out_of_the_claim():
    claim = claim_with("The road will reopen in March, a council spokesperson, who asked not to be named, told the Herald.",
                       "reopen in March")
    assert claim.content == "The road will reopen in March"
    assert claim.speaker.name == "council spokesperson who asked not to be named"


def test_a_quotation_then_a_name_with_its_party_and_apposition_is_one_direct_claim():
    text = ("“We will not vote for a blank cheque,” Rep. Ann Lee (D-Va.), one of the holdouts, told the Courier. "
            "“Show us the offsets.”")
    claim = claim_with(text, "blank cheque")
    assert (claim.kind, claim.speaker.name) == ("direct", "Ann Lee")
    assert "Show us the offsets" in claim.content


def test_a_quotation_then_a_name_and_a_long_apposition_is_a_direct_claim():
    text = "\"We want an inquiry,\" Yuri Dolan, an analyst at the Harlow Centre for Strategic Studies, told reporters."
    claim = claim_with(text, "We want an inquiry")
    assert (claim.kind, claim.content, claim.speaker.name) == ("direct", "We want an inquiry", "Yuri Dolan")
