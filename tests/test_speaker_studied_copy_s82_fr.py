"""French rules found on the copies studied in session 82. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_the_role_serving_a_group_is_the_person_the_article_gave_that_role():
    text = ("Titre\n\nLes trois kayakistes du club de Nyon ont saisi le Tribunal arbitral du sport, a annoncé lundi leur "
            "avocate, Me Claire Bovet.\n\nLe tribunal pourrait trancher avant le 9 juillet. L'avocate des kayakistes a "
            "précisé que les frais dépassaient 40 000 francs.\n")
    assert _speaker(text, "frais dépassaient") == "Claire Bovet"


def test_a_paper_out_twice_a_week_is_an_outlet_with_its_whole_title():
    text = "Titre\n\nSelon le bihebdomadaire L'Écho de l'Ogooué, la société aurait pour gérant un proche du maire.\n"
    assert _speaker(text, "aurait pour gérant") == "L'Écho de l'Ogooué"


def test_an_inverted_subject_after_the_place_it_spoke_in_then_a_long_occasion():
    text = ("Titre\n\nLes pilotes sénégalais ont décidé de suspendre pour dix jours la grève qui paralysait depuis samedi "
            "les vols intérieurs, a annoncé mardi soir à Dakar le Syndicat national des pilotes de ligne (SNPL), à l'issue "
            "d'une réunion avec la direction de l'Agence nationale de l'aviation civile (ANACS).\n")
    assert _speaker(text, "suspendre pour dix jours") == "Syndicat national des pilotes de ligne"


def test_a_spokesperson_of_a_body_named_by_a_noun_its_adjective_and_what_it_serves():
    text = ("Titre\n\nLa police fédérale de la route a recensé plus de 200 accidents près de Liège, a indiqué jeudi "
            "son porte-parole.\n")
    assert _speaker(text, "200 accidents") == "le porte-parole de la police fédérale de la route"


def test_a_short_form_after_a_long_phrase_closing_on_a_company_name_stands_for_the_name():
    text = ("Titre\n\nTrois personnes ont été blessées samedi lors de heurts entre des jeunes du village et les "
            "gendarmes chargés de protéger le site de la société Ghana Gold Holdings (GGH).\n\nDe son côté, la direction de GGH a assuré dans un communiqué que la société "
            "« n'a donné aucune instruction ».\n")
    assert _speaker(text, "aucune instruction") == "Ghana Gold Holdings"


def test_the_ministry_written_out_keeps_its_portfolios_adjectives():
    for name in ("ministère des Affaires étrangères", "ministère de l'Enseignement supérieur et de la Recherche",
                 "ministère des Ressources naturelles et de la Faune du Québec"):
        text = f"Titre\n\nLe {name} a publié les chiffres mardi. Selon le ministère, 30 % des dossiers sont en retard.\n"
        assert _speaker(text, "dossiers sont en retard") == name, name


def test_a_long_inverted_subject_then_the_statement_it_was_read_in():
    text = ("Titre\n\nDeux opérateurs devront payer des amendes de 2 milliards de francs CFA, a annoncé mardi soir "
            "l'Autorité de régulation des postes et des télécommunications (ARPT) dans un communiqué lu à la "
            "télévision publique Télé Congo.\n")
    assert _speaker(text, "devront payer des amendes") == "Autorité de régulation des postes et des télécommunications"


def test_selon_a_body_whose_long_name_opens_on_a_capitalised_noun_and_its_complement():
    text = ("Titre\n\nPlus de 20 000 déplacés ont trouvé refuge dans la région depuis mai, selon le Bureau de la "
            "coordination des affaires humanitaires des Nations unies (Ocha).\n")
    assert _speaker(text, "trouvé refuge") == "Bureau de la coordination des affaires humanitaires des Nations unies"


def test_relever_de_is_falling_under_not_a_finding():
    text = ("Titre\n\nLa présidente, Anne Roy, a parlé mardi. À l'hôpital, les sages-femmes relèvent de la fonction publique "
            "hospitalière au même titre que les personnels paramédicaux.\n")
    assert not any("paramédicaux" in c.content for c in claims_of(text, "fr"))


def test_the_opposition_is_the_one_opposition_group_the_article_names():
    text = ("Artois : le conseil régional adopte son budget, l'opposition dénonce « un budget de renoncement »\n\n"
            "Le conseil régional a adopté mardi son budget 2012. Le groupe d'opposition Artois Ensemble, qui réunit la "
            "droite et le centre, a voté contre.\n")
    assert _speaker(text, "budget de renoncement") == "Artois Ensemble"


def test_the_opposition_stays_when_two_groups_are_named():
    text = ("Titre : l'opposition dénonce « un budget de renoncement »\n\nLe groupe d'opposition Artois Ensemble a voté "
            "contre, comme le groupe d'opposition Gauche unie.\n")
    assert _speaker(text, "budget de renoncement") not in ("Artois Ensemble", "Gauche unie")
