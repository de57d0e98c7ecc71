"""French descriptions that stand for the person just named: "le marin" for the skipper the previous
paragraph named, "le praticien" for "le Dr X", "la productrice de troisième génération" for the
grower of the sentence before; a capitalised word after a possessive ("ses Honeycrisp") is no one."""

from __future__ import annotations

from extract_support import speaker_of_last


def test_le_marin_is_the_one_person_the_paragraph_before_named():
    assert speaker_of_last("Le tribunal a rendu son jugement mardi. Joaquim Ferreira, 51 ans, commandait un palangrier "
                           "arraisonné en août.\n\n« Je ne savais pas que la zone était protégée », a déclaré le marin "
                           "à la barre.") == "Joaquim Ferreira"


def test_le_praticien_is_the_doctor_just_quoted():
    assert speaker_of_last("« Les internes ne tiennent plus », a lancé le président du collectif, le Dr Alain "
                           "Mbadinga. Le praticien assure que les gardes ne sont plus payées.") == "Alain Mbadinga"


def test_a_generation_complement_describes_the_grower():
    assert speaker_of_last("Le gel a touché toute la vallée.\n\nÀ Saint-Lin, Josée Lamontagne a perdu la moitié de ses "
                           "Cortland. « On n'a jamais vu ça », raconte l'agricultrice de quatrième génération.") \
        == "Josée Lamontagne"


def test_l_ancien_and_a_former_position_is_the_person_the_sentence_before_named():
    assert speaker_of_last("L'entraîneur Paul Mercier-Lasalle ne décolère pas. « Nous avons été volés », assure "
                           "l'ancien ailier, qui dirige l'équipe depuis 2020. Il annonce que le club fera appel.") \
        == "Paul Mercier-Lasalle"
