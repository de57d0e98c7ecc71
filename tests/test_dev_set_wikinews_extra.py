"""The annotated English Wikinews sets (tests/fixtures/dev/en-wikinews-more, -extra, -blind2, -blind3, -blind4, -blind5).

Same checks as test_dev_set_own.py: every gold claim points at its words in its article, every
article has its metadata and the attribution README, so an edit that breaks the pairing fails here.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from dev_set_support import (
    SAID_ON, articles, assert_no_shared_spans, assert_offsets_point_at_content, assert_spans_do_not_overlap,
    claims, records,
)

DEV = Path(__file__).parent / "fixtures" / "dev"
SETS = ("en-wikinews-more", "en-wikinews-extra", "en-wikinews-blind2", "en-wikinews-blind3", "en-wikinews-blind4",
        "en-wikinews-blind5")
WHOLLY_HELD_OUT = ("en-wikinews-blind4", "en-wikinews-blind5")
REQUIRED = {"article", "kind", "content", "start", "end", "speaker", "cue", "said_on", "core"}
KINDS = {"direct", "indirect", "mixed"}
DOUBLE_QUOTE_MARKS = "«»“”„‹›\""
ATTRIBUTION = "CC BY 2.5, Wikinews contributors (en.wikinews.org)"


@pytest.mark.parametrize("folder", SETS)
def test_readme_keeps_the_attribution_and_names_the_held_out_articles(folder):
    readme = " ".join((DEV / folder / "README.md").read_text(encoding="utf-8").split())
    assert ATTRIBUTION in readme
    sentence = next(s for s in readme.split(". ") if "held out" in s.replace("*", ""))
    held_out = set(re.findall(r"enwn\d{4}_\d{3}", sentence))
    assert held_out and held_out <= set(articles(DEV / folder))


@pytest.mark.parametrize("folder", SETS)
def test_meta_and_gold_cover_exactly_the_articles(folder):
    stems = set(articles(DEV / folder))
    assert len(stems) >= 10
    meta = records(DEV / folder, "meta.jsonl")
    assert {m["id"] for m in meta} == stems
    for m in meta:
        date.fromisoformat(m["published"])
        assert m["title"] == articles(DEV / folder)[m["id"]].split("\n", 1)[0]
        assert m["url"].startswith("https://en.wikinews.org/wiki/")
    assert {r["article"] for r in records(DEV / folder, "gold.jsonl")} == stems


@pytest.mark.parametrize("folder", WHOLLY_HELD_OUT)
def test_every_article_of_a_wholly_held_out_set_is_marked_held_out(folder):
    splits = {m["id"]: m["split"] for m in records(DEV / folder, "meta.jsonl")}
    assert splits == dict.fromkeys(articles(DEV / folder), "held-out")


@pytest.mark.parametrize("folder", SETS)
def test_gold_claim_offsets_point_at_their_content(folder):
    texts, gold = articles(DEV / folder), claims(DEV / folder)
    assert_offsets_point_at_content(texts, gold)
    for claim in gold:
        if texts[claim["article"]][claim["start"]:claim["end"]] != claim["content"]:
            # An interrupted claim's pieces lie inside its start and end.
            for start, end in claim["spans"]:
                assert claim["start"] <= start < end <= claim["end"], claim


@pytest.mark.parametrize("folder", SETS)
def test_gold_claims_follow_the_guidelines_format(folder):
    for claim in claims(DEV / folder):
        assert REQUIRED <= set(claim), claim
        assert claim["kind"] in KINDS, claim
        assert isinstance(claim["core"], bool), claim
        assert claim["said_on"] is None or SAID_ON.match(claim["said_on"]), claim
        assert claim["speaker"] is None or claim["speaker"].strip() == claim["speaker"] != "", claim
        content = claim["content"]
        if claim["kind"] == "direct":
            assert content[0] not in DOUBLE_QUOTE_MARKS and content[-1] not in DOUBLE_QUOTE_MARKS, claim
        if claim["kind"] == "mixed":
            assert any(mark in content for mark in DOUBLE_QUOTE_MARKS), claim


@pytest.mark.parametrize("folder", SETS)
def test_no_two_gold_claims_of_an_article_share_a_span(folder):
    assert_no_shared_spans(claims(DEV / folder))


@pytest.mark.parametrize("folder", SETS)
def test_no_two_gold_claims_of_an_article_overlap(folder):
    assert_spans_do_not_overlap(claims(DEV / folder))


@pytest.mark.parametrize("folder", SETS)
def test_gold_lines_are_claims_or_none_markers(folder):
    for record in records(DEV / folder, "gold.jsonl"):
        assert "kind" in record or record == {"article": record["article"], "none": True}, record
