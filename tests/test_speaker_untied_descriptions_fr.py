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


def test_a_masculine_role_phrase_is_not_the_woman_just_quoted():
    found = claims_of(
        "La procureure, Hélène Dubreuil, a requis deux ans de prison.\n\n"
        "Interrogée par la radio locale, une locataire de la cité, Nadia Belkacem, a dit attendre « que justice "
        "soit faite ».\n\nLe jugement sera rendu le 15 janvier, a indiqué le président du tribunal.")
    assert [c.speaker.name for c in found][-1] == "président du tribunal"
