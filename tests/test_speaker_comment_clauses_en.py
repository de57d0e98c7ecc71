"""English comment clauses ("As one docker put it: …", "As one stallholder put it, "…"", '"…," as one
crane driver put it', "One trader put it bluntly: …"): the speaker is the noun phrase inside, an
indefinite description kept as written. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_as_an_indefinite_description_put_it_before_a_colon_quote():
    text = "Wages at the port have not risen in a decade. As one crane driver put it: \"We work more and earn less.\"\n"
    assert speaker_of(text, "earn less") == "one crane driver"


def test_a_description_put_it_with_an_adverb_before_a_colon_quote():
    text = "The market was half empty on Saturday. One stallholder put it bluntly: \"Nobody has money any more.\"\n"
    assert speaker_of(text, "Nobody has money") == "One stallholder"


def test_as_a_named_person_said_before_a_colon_quote():
    text = "As Tarik Oyelaran said: \"The pier has been unsafe for years.\"\n"
    assert speaker_of(text, "unsafe for years") == "Tarik Oyelaran"


def test_as_a_description_put_it_with_a_comma_before_the_quote():
    text = "The market was half empty on Saturday. As one stallholder put it, \"Nobody has money any more.\"\n"
    assert speaker_of(text, "Nobody has money") == "one stallholder"


def test_as_a_description_put_it_after_the_quote():
    text = "Wages at the port have not risen in a decade. \"We work more and earn less,\" as one crane driver put it.\n"
    assert speaker_of(text, "earn less") == "one crane driver"


def test_put_it_with_an_object_and_no_comment_is_no_claim():
    text = "Tarik Oyelaran met the board on Monday. He put it to a vote the next morning.\n"
    assert [c for c in claims_of(text, "en") if c.kind != "assertion"] == []
