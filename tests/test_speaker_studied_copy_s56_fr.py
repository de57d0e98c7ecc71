"""French rules found on the copy studied in session 56 (Wikinews-texture sets of sessions 55 and 56).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_spokesman_speaks_not_the_description_of_his_company():
    text = ("Titre\n\n3 mars 2012. - Un porte-parole de Granit Ouest, l'un des principaux fournisseurs du chantier, a "
            "assuré que les livraisons reprendraient. Un porte-parole de Béton Armor, une coopérative de Brest, a "
            "indiqué que les prix monteraient.\n")
    assert speaker_of(text, "livraisons reprendraient", "fr") == "porte-parole de Granit Ouest"
    assert speaker_of(text, "prix monteraient", "fr") == "porte-parole de Béton Armor"


def test_the_daily_is_its_title_not_the_person_named_after_it():
    text = ("Titre\n\n3 mars 2012. - « Le satellite est prêt », a expliqué au quotidien Le Monde Pierre-Yves Le Goff, "
            "chercheur à Brest. Le programme a coûté 300 millions d'euros, rapporte le quotidien.\n")
    assert speaker_of(text, "programme a coûté", "fr") == "Le Monde"


def test_a_person_after_a_daily_whose_title_holds_a_lower_case_word():
    text = ("Titre\n\n3 mars 2012. - « Nous manquons d'animateurs », a confié au quotidien L'Écho creusois Gérard "
            "Pelletier, maire de Bénévent.\n")
    assert speaker_of(text, "manquons d'animateurs", "fr") == "Gérard Pelletier"


def test_the_agency_is_the_agency_named_last():
    text = ("Titre\n\n8 décembre 2012. - « Nous sommes proches d'un accord », a déclaré un délégué, cité par l'AFP. "
            "Les délégués ont travaillé toute la nuit, rapporte l'agence. Un diplomate a indiqué à l'agence Reuters que "
            "la question restait ouverte.\n")
    assert speaker_of(text, "travaillé toute la nuit", "fr") == "AFP"


def test_pole_emploi_is_one_name():
    text = ("Lorraine : le chômage a augmenté de 9 % en un an, selon Pôle emploi\n\n27 janvier 2012. - Le nombre de "
            "demandeurs d'emploi a atteint 112 400 personnes.\n")
    assert speaker_of(text, "chômage a augmenté", "fr") == "Pôle emploi"


def test_the_list_inside_a_relative_clause_is_no_subject():
    text = ("Titre\n\n14 novembre 2012. - La troïka des créanciers de la Grèce, qui réunit la Commission européenne, "
            "la Banque centrale européenne (BCE) et le Fonds monétaire international (FMI), a estimé mardi que les "
            "économies ne suffiront pas.\n")
    assert speaker_of(text, "économies ne suffiront pas", "fr") == "troïka des créanciers de la Grèce"


def test_outlets_whose_name_holds_a_number():
    text = ("Titre\n\n3 mars 2012. - Selon France 24, les combats ont repris. Selon le quotidien économique Il Sole 24 "
            "Ore, l'écart a dépassé les 510 points. Plusieurs communes seraient en faillite, affirme le journal.\n")
    assert speaker_of(text, "combats ont repris", "fr") == "France 24"
    assert speaker_of(text, "510 points", "fr") == "Il Sole 24 Ore"
    assert speaker_of(text, "en faillite", "fr") == "Il Sole 24 Ore"
