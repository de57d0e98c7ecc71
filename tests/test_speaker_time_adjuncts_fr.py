"""French time adjuncts between an inverted reporting verb and its subject ("a confirmé ce mardi
l'adjointe X"): when, not who."""

from __future__ import annotations

from extract_support import speaker_of_last


def test_ce_and_a_weekday_before_the_inverted_subject():
    assert speaker_of_last("Le marché de Noël n'ouvrira pas. L'ouverture est repoussée « à la mi-décembre », a "
                           "précisé ce jeudi l'adjointe au commerce, Lucie Vandamme.") == "Lucie Vandamme"


def test_ce_matin_before_the_inverted_subject():
    assert speaker_of_last("Le pont restera fermé « au moins une semaine », a indiqué ce matin le bourgmestre, "
                           "Pierre Lambotte.") == "Pierre Lambotte"
