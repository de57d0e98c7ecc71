"""French rules found on the copies studied in session 87. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_a_pronoun_after_an_inverted_attribution_to_a_radio_is_the_speaker_not_the_radio():
    text = ("Titre\n\n« Nous avons transmis le dossier au procureur », a déclaré mardi à la radio privée Sahel FM le président "
            "de la chambre, Issa Maïnassara. Il a précisé que l'ancien directeur n'avait « jamais répondu » aux magistrats.\n")
    assert _speaker(text, "ancien directeur") == "Issa Maïnassara"


def test_the_place_of_a_headline_kicker_is_no_person():
    text = ("Burkina Faso : le Grand prix du festival de Banfora décerné à une réalisatrice béninoise\n\n12 février 2013. - Le film "
            "« Les Puits », de la réalisatrice béninoise Adjoa Houngbo, a remporté dimanche le Grand prix du festival.\n\n"
            "La lauréate, qui a tourné son film à Abomey, a dédié son prix « à toutes les mères ». Elle a expliqué à l'AFP "
            "que le tournage avait été interrompu deux fois faute d'argent.\n")
    assert _speaker(text, "le tournage avait été interrompu") == "Adjoa Houngbo"


def test_a_point_of_the_compass_closing_a_body_s_name_is_part_of_it():
    text = ("Titre\n\nPrès de 150 000 foyers étaient encore privés d'électricité lundi matin, a annoncé la préfecture de la "
            "zone de défense et de sécurité Ouest.\n")
    assert _speaker(text, "150 000 foyers") == "préfecture de la zone de défense et de sécurité Ouest"


def test_an_action_announced_after_a_verb_is_no_inverted_subject():
    text = ("Titre\n\nLa Compagnie des navettes de la Riviera, qui assure les liaisons maritimes vers Saint-Tropez, a de son côté "
            "annoncé la suspension de ses rotations jusqu'à jeudi.\n")
    assert claims_of(text, "fr") == []


def test_a_second_verb_judging_its_object_says_the_quotation():
    text = ("Titre\n\nUn prévisionniste a indiqué à l'AFP que des rafales de 120 km/h avaient été mesurées et a qualifié "
            "l'épisode d'« exceptionnel par sa durée ».\n")
    assert [c.content for c in claims_of(text, "fr")] == ["des rafales de 120 km/h avaient été mesurées",
                                                          "l'épisode d'« exceptionnel par sa durée »"]


def test_a_club_named_by_the_short_form_of_its_kind_speaks_under_the_name_spelled_out():
    text = ("Rugby : l'US Lot-et-Garonne rétrogradée en Fédérale 2\n\n10 juin 2013. - La commission a prononcé vendredi la "
            "rétrogradation de l'Union sportive Lot-et-Garonne, club basé à Agen, a annoncé le club samedi.\n")
    assert _speaker(text, "rétrogradation") == "Union sportive Lot-et-Garonne"


def test_a_quotation_resumed_after_a_long_attribution_is_one_claim():
    text = ("Titre\n\n« On ne lâchera rien », a lancé dimanche le capitaine de l'équipe, le troisième ligne Marc Lacoste, "
            "devant quelque 2 000 supporteurs réunis au stade municipal de la Plaine. « Les joueurs sont restés, ils ont "
            "refusé d'autres offres. »\n")
    claim = claims_of(text, "fr")[0]
    assert len(claims_of(text, "fr")) == 1 and claim.speaker.name == "Marc Lacoste" and len(claim.spans) == 2
