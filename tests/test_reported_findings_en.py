"""English: what a document shows ("A separate paper to the board showed …", "…, the disclosure
showed"), a clause with no "that" whose subject is a noun and its preposition, and "showed" that
reports nothing."""

from __future__ import annotations

from extract_support import claims_of


def test_a_document_showing_a_clause_with_no_that_is_a_claim():
    for text, content in (
        ("A presentation by the district's business manager at the meeting showed enrollment at Waterville "
         "has fallen by 40 percent since 2015.", "enrollment at Waterville has fallen by 40 percent since 2015"),
        ("A separate paper to the board showed the trust's median wait was 16 weeks in September.",
         "the trust's median wait was 16 weeks in September"),
        ("Its revenue fell 11 per cent year-on-year to Tk 3.42 billion, the disclosure showed.",
         "Its revenue fell 11 per cent year-on-year to Tk 3.42 billion"),
    ):
        assert [(c.kind, c.content) for c in claims_of(text, "en")] == [("indirect", content)], text


def test_showed_with_a_noun_object_or_no_document_before_it_reports_nothing():
    for text in ("The figures showed growth of 3 percent in the year to March.",
                 "He showed the paper to the board.",
                 "The volunteers showed visitors around the site on Sunday."):
        assert [c.kind for c in claims_of(text, "en")] in ([], ["assertion"]), text


def test_an_irregular_past_makes_a_found_clause():
    text = "Tenancy tribunal finds Cork landlord broke rent pressure zone rules\n\nThe ruling was published on Tuesday.\n"
    assert [(c.kind, c.content) for c in claims_of(text, "en") if c.kind != "assertion"] == [
        ("indirect", "Cork landlord broke rent pressure zone rules")]


def test_a_headline_watchdog_finds_a_clause():
    for text, content in (
        ("Police watchdog finds officers breached pursuit policy before fatal crash\n\nThe report was published on Tuesday.\n",
         "officers breached pursuit policy before fatal crash"),
        ("Safety bureau finds controller cleared two aircraft onto same runway\n\nThe report was published on Tuesday.\n",
         "controller cleared two aircraft onto same runway"),
    ):
        assert [(c.kind, c.content) for c in claims_of(text, "en") if c.kind != "assertion"] == [("indirect", content)], text
