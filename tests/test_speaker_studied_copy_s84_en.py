"""English rules found on the copies studied in session 84. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_the_commissioners_office_is_the_office_the_article_named():
    text = ("Head\n\nThe Office of the Information Commissioner of Ruritania found on Monday that Larkspur Pharmacies had "
            "kept its customers' records for ten years.\n\nThe commissioner's office called the notice given to customers "
            '"far too short".\n\nLarkspur said in a statement that it had "never lost" a record.\n')
    assert _speaker(text, "far too short") == "Office of the Information Commissioner of Ruritania"
    assert _speaker(text, "never lost") == "Larkspur Pharmacies"
