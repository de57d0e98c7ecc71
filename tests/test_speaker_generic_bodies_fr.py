"""French generic body nouns ("l'entreprise", "le club", "l'organisme", "l'établissement", "la
fédération") stand for the body the article named."""

from __future__ import annotations

from extract_support import claims_of, speaker_of
from claims.extract.generic_bodies_fr import _body_for


def test_the_company_is_the_one_that_opened_a_sentence_not_the_town_of_its_plant():
    found = claims_of(
        "La laiterie de Vernay fermera en mars. Fromageries réunies du Rouergue en a informé ses salariés lundi.\n\n"
        "Selon l'entreprise, la collecte du lait sera transférée vers son site de Rodez.")
    assert [c.speaker.name for c in found] == ["Fromageries réunies du Rouergue"]


def test_statement_of_the_body_after_a_dateline_dash():
    found = claims_of(
        "3 mars 2026. - L'Agence mondiale des sports nautiques (AMSN) a annoncé mardi la suspension d'un "
        "rameur après un contrôle positif à la nandrolone (ND). Selon le communiqué de l'organisme, le "
        "prélèvement a eu lieu en janvier.")
    assert [c.speaker.name for c in found][-1] == "Agence mondiale des sports nautiques"


def test_group_of_the_club_takes_the_club_name_and_a_role_of_it_keeps_its_noun():
    found = claims_of(
        "Le Stade vendéen (SV) s'est imposé samedi à Brest.\n\nSelon le staff médical du club, le "
        "demi de mêlée souffre d'une entorse. La porte-parole du club a indiqué que le match serait rejoué.")
    assert [c.speaker.name for c in found][:1] == ["staff médical du Stade vendéen"]
    assert "Stade vendéen" not in found[-1].speaker.name


def test_federation_is_its_one_capitalised_name():
    found = claims_of(
        "Le sélectionneur a démissionné, a annoncé la Fédération gabonaise de volley-ball (Fégavol). "
        "Il avait gagné 8 de ses 20 matchs, selon les statistiques de la fédération.")
    assert [c.speaker.name for c in found][-1] == "Fédération gabonaise de volley-ball"


def test_the_company_is_never_the_court_that_ruled_on_it():
    text = ("Le tribunal de commerce de Tours a placé mardi l'imprimerie en redressement judiciaire. "
            "Selon l'entreprise, les commandes ont baissé de 30 %.")
    paras = [(0, len(text))]
    assert _body_for(text, "entreprise", text.index("Selon"), 0, paras) is None
    assert _body_for(text, "organisme", text.index("Selon"), 0, paras) == ("tribunal de commerce de Tours", "Le ")


def test_the_company_is_the_one_introduced_as_a_company_not_the_union_quoted_since():
    found = claims_of(
        "Le groupe Vantel a annoncé lundi la fermeture de son usine de Dole. La CGT dénonce un « scandale "
        "social ». Selon l'entreprise, 120 postes sont concernés.")
    assert [c.speaker.name for c in found] == ["CGT", "Vantel"]


def test_the_management_of_the_establishment_is_the_body_opening_the_sentence_past_its_place():
    found = claims_of(
        "Le centre hospitalier de Brive, en Corrèze, a été la cible d'une attaque informatique dans la nuit "
        "de lundi, a indiqué mardi la direction de l'établissement.\n\n"
        "Dans un communiqué, l'hôpital a précisé que les urgences restaient ouvertes. Une trentaine "
        "d'opérations ont été reportées, selon la même source.")
    assert [c.speaker.name for c in found] == ["centre hospitalier de Brive"] * 3


def test_the_establishment_is_the_body_of_the_team_that_acted():
    found = claims_of(
        "Une équipe de l'université de Grenoble a demandé mardi le retrait d'une publication, a annoncé "
        "l'établissement.\n\nLa maison d'arrêt de Nantes compte 700 détenus pour 400 places, selon la "
        "direction de l'établissement.")
    assert [c.speaker.name for c in found] == ["université de Grenoble", "maison d'arrêt de Nantes"]


def test_the_authority_is_the_body_it_was_said_of_in_apposition():
    found = claims_of(
        "Le réseau de bus sera gratuit en décembre, a annoncé lundi Tisséo, l'autorité organisatrice des "
        "transports de l'agglomération.\n\nSelon un communiqué de l'autorité, la mesure coûtera deux millions d'euros.")
    assert [c.speaker.name for c in found] == ["Tisséo", "Tisséo"]


def test_the_establishment_is_the_body_given_a_short_form_when_none_opens_a_sentence():
    found = claims_of(
        "Le ministre est ressorti samedi de la Maison d'arrêt centrale de Bobo (MACB) après trois heures de visite.\n\n"
        "Construite pour 800 détenus, la MACB en abrite 2 000, selon la direction de l'établissement.")
    assert [c.speaker.name for c in found] == ["Maison d'arrêt centrale de Bobo"]


def test_a_place_in_apposition_or_a_headline_kicker_is_never_the_hospital():
    found = claims_of(
        "Corrèze : l'hôpital de Brive visé par une attaque\n\n"
        "L'hôpital de Brive, en Corrèze, a été visé lundi par une attaque.\n\n"
        "Selon l'hôpital, les urgences restent ouvertes.")
    assert [c.speaker.name for c in found] == ["hôpital de Brive"]


def test_a_document_carrying_over_the_bare_generic_noun_is_the_body_too():
    found = claims_of(
        "Le centre hospitalier de Vannes a suspendu lundi ses opérations programmées.\n\n"
        "Selon un communiqué de l'hôpital, une quarantaine d'interventions seront reportées. Les urgences "
        "restent ouvertes, précise le document.")
    assert [c.speaker.name for c in found] == ["centre hospitalier de Vannes"] * 2


def test_a_generic_noun_is_never_a_persons_role_and_the_nearest_of_two_bodies_of_its_name():
    found = claims_of(
        "La Banque régionale a relevé mardi sa prévision de croissance.\n\n"
        "Le Samu social de Lille, une association financée par l'État, a ouvert 300 places. La structure estime "
        "que 3 000 personnes dorment encore dehors.\n\n"
        "L'Autorité de sûreté nucléaire a inspecté la centrale lundi. Le maire de Lyon a saisi l'Autorité de la "
        "concurrence. L'autorité a indiqué qu'elle rendrait son avis en mars.")
    assert [c.speaker.name for c in found] == ["Samu social de Lille", "Autorité de la concurrence"]


def test_the_organism_is_the_body_that_spoke_just_before_in_the_paragraph():
    found = claims_of(
        "La préfecture du Morbihan a interdit lundi l'accès à la plage, a indiqué la sous-préfète.\n\n"
        "Selon la direction départementale des territoires et de la mer, les fissures mesurent quarante "
        "centimètres. L'organisme estime que des travaux d'urgence seront nécessaires avant janvier.")
    assert [c.speaker.name for c in found][-2:] == ["direction départementale des territoires et de la mer"] * 2


def test_the_authority_is_never_a_body_of_another_kind_that_opened_a_sentence():
    found = claims_of(
        "Le métro sera livré en retard, selon Tisséo Collectivités.\n\n"
        "L'opposition municipale a dénoncé « un fiasco annoncé ».\n\n"
        "L'autorité a toutefois assuré que le calendrier de la ligne B ne serait pas affecté.")
    assert "opposition" not in found[-1].speaker.name


def test_the_authority_described_before_its_name_is_that_name():
    found = claims_of(
        "L'autorité néo-zélandaise de sécurité des aliments, Food Safety Aotearoa (FSA), a ordonné mardi le rappel "
        "de trois lots de fromage.\n\nSelon l'autorité, la bactérie a été découverte lors d'un contrôle de routine.")
    assert [c.speaker.name for c in found] == ["Food Safety Aotearoa"]


def test_the_agglomeration_is_the_one_intercommunal_body_the_article_names():
    found = claims_of(
        "Le tramway de la ligne D ne roulera pas avant l'automne, a annoncé le président de Tours Val Métropole, "
        "Jean Dubreuil.\n\nLe coût des réparations sera « intégralement supporté par le constructeur », assure "
        "l'agglomération.")
    assert [c.speaker.name for c in found][-1] == "Tours Val Métropole"


def test_the_interprofession_is_the_body_that_opened_the_sentence_before():
    found = claims_of(
        "Le Comité Cognac a réagi dans un communiqué. L'interprofession affirme que 80 % des maisons ont signé "
        "la charte.")
    assert [c.speaker.name for c in found] == ["Comité Cognac"]


def test_the_company_is_the_one_whose_management_opened_the_sentence_before():
    found = claims_of("La direction de Vantor Heavy Industries a jugé la revendication « irréaliste ». Un cadre de "
                      "l'entreprise a estimé que chaque journée de grève coûtait un million d'euros.")
    assert found[-1].speaker.name == "cadre de Vantor Heavy Industries"


def test_the_company_is_the_one_introduced_by_its_kind_not_the_channel_spoken_to():
    found = claims_of("Une usine de 40 mégawatts a été inaugurée lundi, a annoncé la société exploitante, Norvent "
                      "Energy Ltd.\n\nLa directrice générale, Amina Odhiambo, a expliqué à la chaîne Kenya TV que le "
                      "chantier avait pris du retard. La société a assuré qu'un fonds communautaire serait "
                      "opérationnel en 2027.")
    assert found[-1].speaker.name == "Norvent Energy Ltd"


def test_le_journal_is_not_a_company_named_after_it():
    found = claims_of("Le site d'information Vefritid avait publié des courriels montrant que la société Haförn avait "
                      "obtenu des quotas sans appel d'offres. Selon le journal, deux administrateurs de la société "
                      "avaient financé la campagne du parti.")
    assert found[-1].speaker.name == "Vefritid"


def test_les_organisateurs_are_the_organiser_the_article_named_in_apposition():
    found = claims_of("Le vainqueur du semi-marathon de Lyon a été disqualifié. Dans un communiqué, la société "
                      "organisatrice, Lyon Run Events, a indiqué que le coureur avait coupé le parcours. Selon les "
                      "organisateurs, 4 000 coureurs avaient pris le départ.")
    assert found[-1].speaker.name == "Lyon Run Events"


def test_le_syndicat_is_the_union_known_by_its_short_form_that_just_spoke():
    found = claims_of("Pour le SNES-FSU 35, qui appelle à la grève jeudi, « le lycée sert de variable d'ajustement ». "
                      "Le syndicat affirme que six postes seront supprimés.")
    assert found[-1].speaker.name == "SNES-FSU"


def test_an_unnamed_nurse_of_l_etablissement_keeps_the_role_phrase_as_written():
    # (the real annotations keep an unnamed member's role as written: "la porte-parole de la fédération")
    found = claims_of("« On payait 200 euros par mois pour rien », raconte Anne Martin, dont le père a vécu trois ans à "
                      "l'Ehpad Les Chênes, à Albi. Une infirmière de l'établissement, qui a requis l'anonymat, affirme "
                      "que les soins n'étaient « pas assurés ».")
    assert found[-1].speaker.name == "infirmière de l'établissement"


def test_the_management_of_a_company_named_elsewhere_speaks_as_the_company():
    found = claims_of("Les salariés de Vantor Heavy Industries sont en grève. La direction de Vantor Heavy Industries "
                      "a jugé la revendication « irréaliste ». Elle affirme que sa proposition est « supérieure à la "
                      "moyenne ».")
    assert [c.speaker.name for c in found] == ["Vantor Heavy Industries"] * 2
    found = claims_of("Selon la direction des Routes, la chaussée sera refaite en mars.")
    assert found[-1].speaker.name == "direction des Routes"


def test_an_indefinite_spokesman_of_the_group_keeps_the_role_phrase_as_written():
    found = claims_of("Le groupe Valmont Holding a abaissé ses prévisions pour 2026.\n\nLe site de Vevey emploie 300 "
                      "personnes. La Banque cantonale de Vaud juge l'objectif « optimiste ».\n\nInterrogé par AWP, un "
                      "porte-parole du groupe a précisé que le dividende serait « réexaminé » au printemps.")
    assert found[-1].speaker.name == "porte-parole du groupe"


def test_the_management_of_a_hospital_speaks_as_its_fullest_name():
    found = claims_of("Mardi soir, 41 patients attendaient aux urgences du CHU Rennes Armorique. Contactée mercredi, la "
                      "direction du CHU reconnaît « une période de forte tension ». Selon elle, l'épidémie de "
                      "bronchiolite explique la hausse.")
    assert [c.speaker.name for c in found] == ["CHU Rennes Armorique"] * 2


def test_the_municipality_is_the_towns_that_opens_the_sentence():
    text = ("Titre\n\nÀ Capesterre-Belle-Eau, l'école primaire de Bananier restera fermée jusqu'à nouvel ordre, a annoncé "
            "la municipalité ce jeudi. Les élèves de Bananier iront à l'école du bourg, et la cantine de Bananier restera "
            "ouverte.")
    assert speaker_of(text, "restera fermée", "fr") == "municipalité de Capesterre-Belle-Eau"


def test_le_departement_is_the_departmental_council_the_article_names():
    text = ("Titre\n\n« On aurait préféré s'en passer », assure Vincent Lamarche, vice-président du conseil départemental "
            "de la Nièvre chargé des routes.\n\nLe Département affirme que l'ouvrage reste « parfaitement sûr » pour les "
            "voitures.")
    assert speaker_of(text, "parfaitement sûr", "fr") == "conseil départemental de la Nièvre"


def test_a_regions_proper_name_follows_its_noun_and_its_presidency_speaks_for_it():
    assert speaker_of("Titre\n\nLa Région Grand Est a annoncé qu'elle financerait le projet à hauteur de deux millions.",
                      "financerait", "fr") == "Région Grand Est"
    assert speaker_of("Titre\n\nLa présidence de la Région Grand Est a fait savoir qu'elle était « prête à accompagner » "
                      "un éventuel projet de reprise.", "prête", "fr") == "Région Grand Est"
