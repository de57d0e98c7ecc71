"""French rules found on the copy studied in session 66 (set own/fr-blind204).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of

_HEADLINE_AND_LEDE = (
    "France : un mort dans les inondations du Gard, selon la préfecture\n\n"
    "12 novembre 2012. - Une personne a trouvé la mort après les pluies torrentielles qui se sont abattues depuis "
    "dimanche sur le Gard, a annoncé mardi la préfecture du Gard dans un communiqué. ")


def test_an_institution_named_by_its_noun_in_the_lede_is_not_the_headlines_body():
    text = _HEADLINE_AND_LEDE + "Le corps a été retrouvé lundi soir près d'Alès, a précisé la gendarmerie.\n"
    assert speaker_of(text, "Le corps a été retrouvé", "fr") == "gendarmerie"


def test_a_company_named_by_its_noun_in_the_lede_is_still_the_headlines_company():
    text = ("Québec : la centrale de Matane fermera en 2013, selon Borélia Énergie\n\n"
            "La centrale thermique de Matane fermera ses portes en 2013, a annoncé lundi Borélia Énergie. Les 80 "
            "employés seront reclassés, a assuré l'entreprise montréalaise.\n")
    assert speaker_of(text, "employés seront reclassés", "fr") == "Borélia Énergie"


def test_the_headlines_body_is_the_ledes_body_without_the_word_after_its_name():
    text = _HEADLINE_AND_LEDE + "Le corps a été retrouvé lundi soir près d'Alès, a précisé la gendarmerie.\n"
    assert speaker_of(text, "un mort dans les inondations", "fr") == "préfecture du Gard"
