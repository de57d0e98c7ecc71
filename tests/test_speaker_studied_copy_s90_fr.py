"""French rules found on the copies studied in session 90. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_a_flood_forecasting_service_named_by_its_rivers():
    text = ("Titre\n\nLe pic de crue devrait être atteint mardi à Épinal, a indiqué le service de prévision des crues "
            "Moselle-Sarre. Selon ce service, la décrue commencera jeudi.\n")
    assert _speaker(text, "pic de crue") == "service de prévision des crues Moselle-Sarre"
    assert _speaker(text, "décrue commencera") == "service de prévision des crues Moselle-Sarre"


def test_the_defendant_a_court_sentenced_in_a_town():
    text = ("Titre\n\nLa cour d'assises du Doubs a condamné jeudi soir à Besançon Nabil Ferhat, 29 ans, à quinze ans de "
            "réclusion. Le coaccusé, Loïc Marchal, a été condamné à cinq ans.\n\nTout au long de l'audience, l'accusé a "
            "soutenu que le coup était parti « dans la panique ».\n")
    assert _speaker(text, "dans la panique") == "Nabil Ferhat"


def test_the_finishing_line_is_no_part_of_the_speaker():
    # (a limit: own/fr-blind283's aq06 with its names changed; it passes on the start code, and failed when "à l'arrivée"
    # first left the subject, until the headline's skier was kept for an aged trade epithet)
    text = ('Ski alpin : première victoire en Coupe du monde pour la Suissesse Martina Lüthi à Tignes\n\n9 '
            'décembre 2012. - La Suissesse Martina Lüthi a remporté dimanche le slalom géant de Tignes, comptant '
            "pour la Coupe du monde de ski alpin, devant l'Autrichienne Katrin Brandl et la Française Léa Morel, "
            "au lendemain de l'annulation de la descente en raison de fortes chutes de neige.\n\n« Je n'arrive pas "
            "encore à y croire. J'ai skié la deuxième manche sans rien calculer, en attaquant du début à la fin "
            "», a déclaré à l'arrivée la skieuse de 22 ans au micro de la Radio télévision suisse (RTS). Katrin "
            'Brandl, deuxième à quatorze centièmes, a reconnu avoir commis « une faute de trop » dans le dernier '
            "mur. Léa Morel, troisième, a estimé que ce podium « récompense enfin tout le travail de l'été ». La "
            "skieuse des Contamines avait manqué l'essentiel de la saison précédente en raison d'une blessure au "
            'genou.\nAu classement général de la Coupe du monde, Martina Lüthi remonte à la troisième place. '
            "L'entraîneur de l'équipe de Suisse, Reto Steiner, a jugé qu'elle pouvait « viser le globe du géant "
            '» dès cette saison.\n')
    assert _speaker(text, "Je n'arrive pas encore") == "Martina Lüthi"


def test_a_body_name_that_goes_on_in_lower_case_before_its_acronym():
    text = ("Titre\n\nLa commission des sanctions de l'Autorité des marchés financiers (AMF) a infligé une amende de "
            "300 000 euros à la société Gestion Loire. La commission relève que la société a vendu des fonds risqués.\n")
    assert _speaker(text, "vendu des fonds risqués") == "commission des sanctions de l'Autorité des marchés financiers"


def test_the_opponent_of_a_match_is_not_the_club():
    text = ("Titre\n\nLe Tours Ping Club (TPC) n'a pas pu recevoir samedi l'AS Vitré : sa salle a été fermée. Le club a "
            "annoncé lundi qu'il avait demandé le report de la rencontre.\n")
    assert _speaker(text, "demandé le report") == "Tours Ping Club"


def test_the_swiss_high_court_is_the_federal_tribunal():
    text = ("Titre\n\nLe Tribunal fédéral a rejeté le recours de douze chauffeurs de taxi. La Haute Cour relève que la "
            "densité de taxis reste élevée. « La liberté économique ne garantit pas tout », écrit-elle.\n")
    assert _speaker(text, "densité de taxis") == "Tribunal fédéral"
    assert _speaker(text, "La liberté économique") == "Tribunal fédéral"


def test_a_daily_whose_title_is_a_number():
    text = "Titre\n\nSelon 24 heures, une vingtaine de chauffeurs ont déjà quitté la profession.\n"
    assert _speaker(text, "une vingtaine de chauffeurs") == "24 heures"


def test_a_trade_with_its_complement_is_not_the_body_that_spoke_before():
    text = ("Titre\n\nSelon Météo-France, il est tombé 90 millimètres de pluie.\n\nPrès de 40 000 foyers étaient privés "
            "d'électricité mardi soir, selon le distributeur d'électricité.\n")
    assert _speaker(text, "40 000 foyers") == "distributeur d'électricité"


def test_the_coordination_named_before():
    text = ("Titre\n\n« Nous ne sommes pas payés », a déclaré Joël Pierre, porte-parole de la Coordination des "
            "enseignants contractuels de Jacmel (CECJ). Selon la coordination, 900 enseignants attendent leur salaire.\n")
    assert _speaker(text, "900 enseignants") == "Coordination des enseignants contractuels de Jacmel"


def test_elle_after_a_chain_named_in_apposition_to_the_subject():
    text = ("Titre\n\n« C'est une tromperie », a dénoncé le président des fromagers, Rémi Favre. L'un des deux "
            "distributeurs, la chaîne Valmart, a rejeté ces accusations. Dans un communiqué, elle assure que l'emballage "
            "« mentionne clairement l'origine du lait ».\n")
    assert _speaker(text, "mentionne clairement") == "Valmart"


def test_a_radio_named_by_its_kind_is_the_audience():
    text = ("Titre\n\n« Le roi du carnaval, c'est la voix du peuple », a lancé mercredi soir au micro de la radio Soleil FM "
            "le plasticien Gérard Mondésir.\n")
    assert _speaker(text, "la voix du peuple") == "Gérard Mondésir"


def test_a_second_lower_case_complement_before_the_short_form():
    text = ("Titre\n\nL'Autorité de régulation des communications électroniques et des postes (ARCEP) a mis en demeure "
            "l'opérateur Antilles Mobile, a annoncé mercredi l'autorité. Selon l'ARCEP, l'opérateur ne couvre que 60 % "
            "du territoire.\n")
    assert _speaker(text, "a mis en demeure") == "Autorité de régulation des communications électroniques et des postes"


def test_l_institut_is_the_institute_named_before():
    text = ("Titre\n\nLe porte-parole de la police, Rémy Favre, a expliqué mardi que le groupe suivait un itinéraire "
            "classique.\n\nL'Institut pour l'étude des glaciers et des crues (IEGC) maintient le degré 4.\n\nLe président "
            "de l'Association des guides, Luc Monnet, a appelé à la prudence.\n\nSelon l'institut, 17 personnes ont perdu "
            "la vie depuis octobre.\n")
    assert _speaker(text, "17 personnes") == "Institut pour l'étude des glaciers et des crues"


def test_a_nickname_after_dit_is_no_quotation():
    text = ("Titre\n\nLe chanteur du groupe, Marcel Joseph, dit « Ti Mo », a dénoncé une « censure ».\n")
    assert [c.kind for c in claims_of(text, "fr")] == ["mixed"]
