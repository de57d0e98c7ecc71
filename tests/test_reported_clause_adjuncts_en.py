"""English reported clauses after a bare weekday adjunct ("said Tuesday it will …"): the weekday
belongs to the attribution, not to what was said (sentences written for these tests)."""

from __future__ import annotations

from extract_support import claims_of


def test_a_bare_weekday_after_the_verb_is_no_part_of_the_content():
    found = claims_of("Head\n\nThe company said Tuesday it will cut 300 jobs.\n", "en")
    assert [c.content for c in found if c.kind != "assertion"] == ["it will cut 300 jobs"]


def test_a_weekday_possessive_opens_the_content():
    found = claims_of("Head\n\nOfficials said Monday's vote was fair.\n", "en")
    assert [c.content for c in found if c.kind != "assertion"] == ["Monday's vote was fair"]
