"""English rules found on the copies studied in session 85. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_an_en_dash_inside_a_universitys_name_keeps_it_whole():
    text = "Title\n\nThe University of Kent–Medway said that the new campus would open in September.\n"
    assert _speaker(text, "new campus would open") == "University of Kent–Medway"
