"""French rules found on the copies studied in session 84. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_a_paper_named_with_de_and_its_place_then_the_person_after_an_inverted_verb():
    text = ("Titre\n\n« L'eau est montée d'un coup pendant la nuit », a raconté à L'Écho de Cilaos Josiane Hoarau, 58 ans, "
            "dont la case a été inondée.\n")
    assert _speaker(text, "montée d'un coup") == "Josiane Hoarau"
