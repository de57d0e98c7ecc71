"""English rules found on the copies studied in session 86. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_a_name_with_and_and_for_before_its_initials_is_one_body():
    text = ("Title\n\nResearch and Advice for Welsh Forestry (RAWF), the agency that certifies seedlings, said some 900 "
            "hectares had been planted.\n")
    assert _speaker(text, "900 hectares") == "Research and Advice for Welsh Forestry"
