"""French rules found on the copy studied in session 70 (set own/fr-blind216).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_gerund_after_an_inverted_subject_and_its_relative_clause_is_that_subject():
    text = ("Les chauffeurs ont exercé leur droit de retrait, a indiqué mercredi soir la société Transval, qui exploite "
            "le réseau, en précisant que le trafic reprendrait jeudi matin.\n")
    assert speaker_of(text, "le trafic reprendrait", "fr") == "Transval"


def test_a_long_source_opening_the_sentence_and_its_holder_in_apposition():
    text = ("Pour la présidente de l'association de familles de patients Solidarité Psy 17, Hélène Marchand, « fermer "
            "un pavillon, c'est donner moins de temps à chaque malade ».\n")
    claim = claims_of(text, "fr")[0]
    assert (claim.kind, claim.speaker.name) == ("direct", "Hélène Marchand")


def test_a_quotation_after_a_source_whose_clause_goes_on_is_a_mixed_claim():
    text = "Pour Paul Hoarau, « la filière ne survivra pas à une deuxième année comme celle-ci » sans hausse du prix de la canne.\n"
    claim = claims_of(text, "fr")[0]
    assert (claim.kind, claim.content, claim.speaker.name) == (
        "mixed", "« la filière ne survivra pas à une deuxième année comme celle-ci » sans hausse du prix de la canne",
        "Paul Hoarau")


def test_a_quotation_after_a_source_closing_its_sentence_stays_direct():
    text = "Pour Paul Hoarau, « la filière ne survivra pas à une deuxième année comme celle-ci ».\n"
    claim = claims_of(text, "fr")[0]
    assert (claim.kind, claim.content) == ("direct", "la filière ne survivra pas à une deuxième année comme celle-ci")
