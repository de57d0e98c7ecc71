"""French rules found on the copies studied in session 81. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_maitre_before_a_lawyers_name_is_her_title():
    text = "Titre\n\n« Nos clients attendent leur procès depuis un an », a dénoncé Maître Hinano Teriitahi, avocate au barreau.\n"
    assert _speaker(text, "attendent leur procès") == "Hinano Teriitahi"
