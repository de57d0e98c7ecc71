"""French object relatives: "un chiffre que conteste la direction" — the relative clause's inverted
subject speaks, not the noun the relative clause describes (sentences written for these tests)."""

from __future__ import annotations

from extract_support import claims_of


def test_the_inverted_subject_of_an_object_relative_speaks():
    found = claims_of(
        "Selon le syndicat, 70 % des lignes sont à l'arrêt. Un chiffre que conteste la mairie, qui parle d'un "
        "trafic « à peine perturbé ».", "fr")
    quoted = next(c for c in found if "perturbé" in c.content)
    assert quoted.speaker.name == "mairie"
