"""French speaker, span and date rules found on the copy studied in session 46: a town's name that
holds "l'" and a role's word, a territory named "Pays" and an adjective, a trade the lexicon does
not list before its workplace, a region's or a massif's name that is no one near a role, "M." and a
surname that a company also carries (for a mention and for a pronoun), a company's management or
noun for the company opening the paragraph before, a town whose name holds "d'", an indefinite
subject after "Selon X,", a territory in a headline's kicker, a "selon" statement that takes no day
from the speaker's last one, an elided common noun opening a sentence, a capitalised company noun
and "Générale" inside a name, a study's author with its short form, a body's first word for the
fuller name that spoke, a station then a possessive subject, "selon l'association", a quote
presented at the council, an inventory, a participle left after its date, and the body a relative
clause describes. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def test_a_towns_name_holding_l_and_a_role_word_is_no_role():
    text = ("Titre\n\nSelon l'enquête de la brigade de gendarmerie de Pont-l'Abbé, les deux hommes ont facturé "
            "30 000 euros de travaux fictifs.\n")
    assert speaker_of(text, "ont facturé", "fr") == "brigade de gendarmerie de Pont-l'Abbé"


def test_a_territory_named_pays_and_an_adjective_closes_a_bodys_name():
    text = ("Titre\n\nSelon la communauté d'agglomération Pays basque, vingt communes appliquent désormais une "
            "majoration de la taxe.\n")
    assert speaker_of(text, "vingt communes", "fr") == "communauté d'agglomération Pays basque"


def test_a_territory_named_pays_and_an_adjective_in_a_kicker_is_no_speaker():
    text = ("Pays basque : deux communes portent la surtaxe sur les résidences secondaires à 60 %\n\n"
            "La communauté d'agglomération Pays basque a indiqué lundi que vingt communes appliquaient une majoration.\n")
    assert [c.content[:20] for c in claims_of(text)] == ["vingt communes appli"]


def test_an_unlisted_trade_before_its_workplace_describes_the_person():
    text = ("Titre\n\nClaire Morand, glaciologue à l'université Savoie-Mont-Blanc, a expliqué que le glacier avait "
            "perdu trois mètres d'épaisseur.\n")
    assert speaker_of(text, "le glacier avait", "fr") == "Claire Morand"


def test_a_regions_name_is_no_one_a_role_stands_for():
    text = ("Titre\n\nLe préfet de la Meuse a indiqué jeudi que l'État accompagnerait les salariés.\n\n"
            "La région Grand Est a rappelé qu'elle avait versé un million d'euros à l'entreprise.\n")
    assert speaker_of(text, "l'État accompagnerait", "fr") == "préfet de la Meuse"


def test_a_titled_surname_is_the_person_not_the_company_named_after_the_family():
    text = ("Titre\n\nFilatures Berthelin va fermer son atelier de teinture, a annoncé mardi la direction.\n\n"
            "Son président, Xavier Berthelin, a réuni les salariés. M. Berthelin a assuré qu'aucun licenciement "
            "n'interviendrait avant l'été.\n")
    assert speaker_of(text, "aucun licenciement", "fr") == "Xavier Berthelin"


def test_a_companys_management_after_its_name_and_apposition_is_the_company():
    text = ("Titre\n\nFilatures Berthelin, l'un des derniers fileurs de laine des Ardennes, va supprimer 40 postes à "
            "Sedan, a annoncé mercredi sa direction.\n")
    assert speaker_of(text, "va supprimer 40 postes", "fr") == "Filatures Berthelin"


def test_the_company_noun_is_the_company_opening_the_paragraph_before_not_a_town():
    text = ("Titre\n\nFilatures Berthelin, l'un des derniers fileurs de laine des Ardennes, va supprimer 40 postes à "
            "Sedan, a annoncé mercredi sa direction.\n\nSelon l'entreprise, son chiffre d'affaires a reculé de 20 % "
            "en deux ans.\n")
    assert speaker_of(text, "son chiffre d'affaires", "fr") == "Filatures Berthelin"


def test_the_management_is_the_company_opening_the_paragraph_before():
    text = ("Titre\n\nArmor Réparation Navale, qui intervient depuis 2010 à l'arsenal de Lorient, va supprimer 90 "
            "postes, a annoncé mardi sa direction.\n\nSelon la direction, l'entreprise a perdu en juin le contrat "
            "d'entretien des frégates.\n")
    assert speaker_of(text, "a perdu en juin", "fr") == "Armor Réparation Navale"


def test_a_town_whose_name_holds_d_is_no_union():
    text = ("Titre\n\nLes loueurs de canoës ont perdu un tiers de leur chiffre d'affaires, a indiqué samedi l'Union "
            "des loueurs de la Cèze.\n\nSelon le syndicat, 30 entreprises ont dû cesser leur activité, faute d'eau "
            "entre Saint-Jean-d'Ain et Saint-Martin-d'Ardèche.\n")
    assert speaker_of(text, "30 entreprises", "fr") == "Union des loueurs de la Cèze"


def test_an_indefinite_subject_after_selon_is_the_statements_subject():
    text = ("Titre\n\nSelon le parquet, un troisième homme, soupçonné d'avoir servi de guetteur, est toujours "
            "recherché.\n")
    assert content_of(text, "toujours recherché", "fr").startswith("un troisième homme")
    assert speaker_of(text, "toujours recherché", "fr") == "parquet"


def test_a_selon_statement_takes_no_day_from_the_speakers_last_one():
    text = ("Titre\n\nPublié le 10 novembre 2026\n\nLa préfecture a annoncé lundi que la route serait fermée.\n\n"
            "Selon la préfecture, les travaux coûteront deux millions d'euros.\n")
    found = {c.content[:11]: c.said_on for c in claims_of(text)}
    assert found["les travaux"] is None


def test_an_elided_common_noun_opening_a_sentence_is_no_body():
    text = ("Titre\n\nSelon Météo-France, des rafales de 150 km/h ont été mesurées. L'épisode venteux devait s'atténuer "
            "mardi, a précisé l'établissement.\n")
    assert speaker_of(text, "L'épisode venteux", "fr") == "Météo-France"


def test_a_capitalised_company_noun_opens_the_companys_name():
    text = "Titre\n\nLe pont a été fermé sept heures, a annoncé lundi la Compagnie Eiffage du Pont de Tancarville.\n"
    assert speaker_of(text, "Le pont a été fermé", "fr") == "Compagnie Eiffage du Pont de Tancarville"


def test_generale_after_a_body_noun_is_its_adjective():
    text = "Titre\n\nLa Société Générale a annoncé mardi qu'elle fermerait 40 agences.\n"
    assert speaker_of(text, "elle fermerait", "fr") == "Société Générale"


def test_a_massif_is_no_one_a_role_stands_for():
    text = ("Titre\n\nLe ministre des Transports a annoncé lundi qu'une inspection serait lancée. La direction "
            "interdépartementale des routes Massif Central n'a pas répondu.\n")
    assert speaker_of(text, "une inspection serait", "fr") == "ministre des Transports"


def test_a_studys_author_with_a_short_form_before_its_region_and_a_day_it_was_made_public():
    text = ("Titre\n\nDu plomb a été relevé dans 38 jardins à Viviez, selon une étude de l'agence régionale de santé "
            "(ARS) Occitanie rendue publique lundi.\n")
    assert speaker_of(text, "Du plomb a été relevé", "fr") == "agence régionale de santé Occitanie"


def test_a_pronoun_after_a_titled_surname_is_the_person_not_the_family_company():
    text = ("Titre\n\nLa société Fromageries Cambon cessera l'affinage, a annoncé son directeur, Étienne Cambon.\n\n"
            "« Nous avons perdu deux clients », a expliqué M. Cambon à la presse. Il a assuré que les éleveurs seraient "
            "repris.\n")
    assert speaker_of(text, "les éleveurs seraient", "fr") == "Étienne Cambon"


def test_a_bodys_first_word_is_the_fuller_name_that_spoke_before():
    text = ("Titre\n\nSelon la Confédération générale du Bleu des Causses, les ventes ont reculé de 4 %.\n\n"
            "La Confédération a par ailleurs indiqué que le prix du lait serait revalorisé.\n")
    assert speaker_of(text, "le prix du lait", "fr") == "Confédération générale du Bleu des Causses"


def test_a_station_then_a_possessive_subject():
    text = "Titre\n\nLe projet est suspendu, a confirmé jeudi à Radio Causses son porteur, la société Solarvent.\n"
    assert speaker_of(text, "Le projet est suspendu", "fr") == "Solarvent"


def test_selon_l_association_right_after_the_association_spoke():
    text = ("Titre\n\nContactée, l'UFC-Que Choisir du Tarn rappelle que tout démarchage ouvre droit à un délai. Selon "
            "l'association, les litiges représentent un quart des dossiers.\n")
    assert speaker_of(text, "les litiges représentent", "fr") == "UFC-Que Choisir du Tarn"


def test_a_quote_presented_at_the_council_keeps_its_phrase():
    text = ("Titre\n\nSelon le devis présenté en conseil municipal, l'opération coûtera 4,2 millions d'euros.\n")
    assert speaker_of(text, "l'opération coûtera", "fr") == "devis présenté en conseil municipal"


def test_an_inventory_is_a_document_of_its_author():
    text = ("Titre\n\nD'après l'inventaire forestier de l'IGN publié en septembre, les épicéas morts représentent 14 % du "
            "volume.\n")
    assert speaker_of(text, "les épicéas morts", "fr") == "IGN"


def test_a_participle_left_after_its_date_went_closes_no_name():
    text = ("Titre\n\nUn rapport de l'agence de l'eau Rhin-Meuse publié en 2023 estimait déjà que le niveau du lac "
            "pourrait baisser.\n")
    assert speaker_of(text, "le niveau du lac", "fr") == "agence de l'eau Rhin-Meuse"


def test_the_body_a_relative_clause_describes_named_without_its_article():
    text = ("Titre\n\nLa station n'ouvrira pas ses pistes le 5 décembre, a annoncé lundi la société d'économie mixte qui "
            "l'exploite, Haute-Meurthe Loisirs, lors d'une conférence de presse.\n")
    assert speaker_of(text, "La station n'ouvrira", "fr") == "Haute-Meurthe Loisirs"
