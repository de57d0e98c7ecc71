"""A quotation interrupted by its attribution is one claim (CLAIM_GUIDELINES), also when its second
piece is a short sentence of its own ('"…," she said. "Not once."'); a short quotation that continues
no attributed one is still no claim. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of


def direct_claims(text: str, language: str = "en"):
    return [(c.content, c.speaker.name if c.speaker else None) for c in claims_of(text, language) if c.kind == "direct"]


def test_a_short_second_sentence_joins_the_quotation_its_attribution_interrupts():
    text = "Lina Ostrova rang the council every day for a month.\n\n\"Nobody answered,\" she said. \"Not once.\"\n"
    assert direct_claims(text) == [("Nobody answered Not once.", "Lina Ostrova")]


def test_a_short_quotation_after_narration_is_no_claim():
    text = "\"We rang every day,\" Lina Ostrova said. The hall stayed empty. \"Never again.\"\n"
    assert direct_claims(text) == [("We rang every day", "Lina Ostrova")]


def test_a_short_quotation_opening_a_paragraph_is_no_claim():
    text = "Lina Ostrova said the council had ignored her.\n\n\"Never again.\"\n"
    assert direct_claims(text) == []


def test_french_short_second_piece_joins_too():
    text = "Lina Ostrova a appelé la mairie pendant un mois.\n\n« Personne n'a répondu », a-t-elle dit. « Jamais. »\n"
    assert [content for content, _ in direct_claims(text, "fr")] == ["Personne n'a répondu Jamais."]
