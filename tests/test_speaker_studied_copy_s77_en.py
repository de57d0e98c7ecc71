"""English rules found on the copies studied in session 77. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of


def _claim(text: str, words: str):
    return next(c for c in claims_of(text, "en") if words in c.content)


def _speaker(text: str, words: str) -> str | None:
    found = _claim(text, words)
    return found.speaker.name if found.speaker else None


def test_a_quote_after_a_colon_closing_a_place_is_the_earlier_speakers():
    text = ("Fires\n\nA beekeeper, Awa Diatta, said she saw the fire \"arrive in minutes\" on the hives of her cooperative: "
            "\"We could not save anything. It will take three years to rebuild.\"\n")
    assert _speaker(text, "could not save anything") == "Awa Diatta"
