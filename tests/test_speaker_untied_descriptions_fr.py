"""French: a definite description of a person tied to nobody, in a paragraph naming no one, is the one
person the paragraphs before named; a thing's noun ("la fiche") never is."""

from __future__ import annotations

from extract_support import claims_of


def test_a_description_two_paragraphs_after_the_one_person_named_is_that_person():
    found = claims_of(
        "« On espérait huit tonnes. On en a sorti trois », soupire Bernard Lemaire, le propriétaire de l'étang.\n\n"
        "Pour lui, l'été a fait baisser le niveau de l'étang. Selon Météo-France, le Cher n'a reçu que 61 "
        "millimètres de pluie.\n\n"
        "Les cormorans ont fait le reste. « Ils arrivent par bandes de cinquante », peste le pisciculteur.")
    assert [c.speaker.name for c in found][-1] == "Bernard Lemaire"


def test_a_description_after_two_people_named_stays_unresolved():
    found = claims_of(
        "« On espérait huit tonnes », soupire Bernard Lemaire. Son voisin Paul Roux acquiesce.\n\n"
        "Selon Météo-France, le Cher n'a reçu que 61 millimètres de pluie.\n\n"
        "Les cormorans ont fait le reste. « Ils arrivent par bandes de cinquante », peste le pisciculteur.")
    assert [c.speaker.name for c in found][-1] == "pisciculteur"
