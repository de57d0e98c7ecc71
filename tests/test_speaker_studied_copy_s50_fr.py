"""French speaker rules found on the copy studied in session 50: a pronoun after "Selon l'accusation,
le prévenu, X, a …" is X; an establishment keeps its place ("… Jacques-Puel de Rodez"); a head's role
goes to the person named before, not to a company or another team's coach; an unnamed management
speaks as the body whose head the article named; a role's acronym in apposition is its name.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_pronoun_after_a_selon_sentence_is_the_person_that_sentence_names():
    text = ("Titre\n\nSelon l'accusation, le prévenu, Bernard Vialatte, 58 ans, a effectué 90 virements vers ses "
            "comptes.\n\nÀ la barre, il a reconnu « une faute » tout en affirmant que l'argent avait servi au club. "
            "« Je n'ai rien gardé pour moi », a-t-il déclaré au tribunal.\n")
    assert speaker_of(text, "servi au club", "fr") == "Bernard Vialatte"
    assert speaker_of(text, "rien gardé", "fr") == "Bernard Vialatte"


def test_a_hospital_keeps_the_place_closing_its_name():
    text = ("Titre\n\nLe centre hospitalier Paul-Ribes de Millau a déclenché samedi son plan blanc, a indiqué "
            "dimanche la direction de l'établissement.\n")
    assert speaker_of(text, "plan blanc", "fr") == "centre hospitalier Paul-Ribes de Millau"


def test_the_establishment_is_the_hospital_named_paragraphs_before_not_an_association():
    text = ("Titre\n\nLe centre hospitalier de Mende a déclenché son plan blanc, a indiqué la direction.\n\n"
            "Son directeur, Paul Causse, a attribué la saturation à « une épidémie ».\n\n"
            "Pour Anne Roux, déléguée de l'Association des urgentistes de Lozère (AUL), la situation était "
            "« prévisible ».\n\n"
            "Un patient a raconté à l'AFP qu'il avait passé « deux nuits dans un couloir ».\n\n"
            "Selon les chiffres de l'établissement, les urgences accueillent 80 patients par jour.\n")
    assert speaker_of(text, "80 patients", "fr") == "centre hospitalier de Mende"


def test_a_founder_quoted_after_the_person_the_narration_just_named_is_that_person():
    text = ("Titre\n\nDans l'atelier de la Forge du Causse, trois apprentis travaillent sous l'œil de Marcel Vabre. "
            "« Ils n'étaient qu'un il y a trois ans », sourit le fondateur de la forge.\n")
    assert speaker_of(text, "Ils n'étaient", "fr") == "Marcel Vabre"


def test_a_club_opening_on_its_town_keeps_the_town():
    text = "Titre\n\nLe Millau Aveyron Football a annoncé que 3 000 billets avaient été vendus.\n"
    assert speaker_of(text, "billets", "fr") == "Millau Aveyron Football"


def test_the_other_teams_coach_is_not_the_coach_named_earlier():
    text = ("Titre\n\nL'entraîneur ruthénois, Didier Cassan, a confirmé jeudi que son capitaine serait absent.\n\n"
            "Le président du club, Paul Mazet, a indiqué que la tribune serait prête en mars.\n\n"
            "En face, l'entraîneur palois a déclaré mercredi à Sud Ouest que son équipe viendrait « pour gagner ».\n")
    assert speaker_of(text, "viendrait", "fr") == "entraîneur palois"


def test_a_document_commissioned_and_then_published_is_named_without_its_publication():
    text = ("Titre\n\nD'après une étude commandée par la Région et publiée en juin, la ligne a transporté 80 000 "
            "voyageurs en 2025.\n")
    assert speaker_of(text, "voyageurs", "fr") == "étude commandée par la Région"


def test_an_acronym_in_apposition_to_a_role_is_its_name():
    text = "Titre\n\nLe réacteur est à l'arrêt depuis dimanche, selon l'exploitant, EDF.\n"
    assert speaker_of(text, "réacteur", "fr") == "EDF"


def test_a_works_name_is_a_company_not_the_person_a_role_refers_to():
    text = ("Titre\n\n« On ne pouvait plus attendre », explique Julien Marchal, président des Forges Ardennaises.\n\n"
            "Selon le dirigeant, le four réduira de 35 % la consommation d'énergie.\n\n"
            "La direction de l'entreprise confirme que les forgerons suivront une formation.\n")
    assert speaker_of(text, "four réduira", "fr") == "Julien Marchal"
    assert speaker_of(text, "forgerons", "fr") == "Forges Ardennaises"


def test_the_current_management_speaks_as_the_company_whose_head_the_article_named():
    text = ("Titre\n\nL'ancien directeur de la Fonderie ardennaise de Revin a comparu mercredi devant le tribunal.\n\n"
            "Selon la direction actuelle de l'entreprise, reprise en 2025 par un groupe belge, les ponts roulants ont "
            "été remplacés.\n")
    assert speaker_of(text, "ponts roulants", "fr") == "Fonderie ardennaise de Revin"


def test_a_bodys_technical_services_speak_as_the_body_in_its_fullest_name():
    text = ("Titre\n\nLe Département des Ardennes a fermé la voie verte.\n\nSelon les services techniques du "
            "Département, les dégâts atteignent 2 millions d'euros.\n")
    assert speaker_of(text, "dégâts", "fr") == "Département des Ardennes"


def test_the_selon_sentence_itself_keeps_its_source():
    text = ("Titre\n\nSelon l'accusation, le prévenu, Bernard Vialatte, a effectué 90 virements vers ses comptes.\n")
    assert [c.speaker.name for c in claims_of(text, "fr") if c.kind != "assertion"] == ["accusation"]


def test_the_ports_management_and_the_port_are_the_port_authority_the_article_names():
    text = ("Titre\n\nPort Atlantique Les Sables déversera à partir de janvier les sédiments au large, a indiqué mercredi la "
            "direction du port.\n\nSelon le port, le site actuel arrive à saturation.\n")
    assert speaker_of(text, "sédiments", "fr") == "Port Atlantique Les Sables"
    assert speaker_of(text, "saturation", "fr") == "Port Atlantique Les Sables"


def test_a_public_establishment_is_a_body_named_in_full():
    text = ("Titre\n\nL'Établissement public territorial de bassin Sèvre a indiqué qu'il étudiait la possibilité de moduler "
            "les lâchers des barrages.\n")
    assert speaker_of(text, "lâchers", "fr") == "Établissement public territorial de bassin Sèvre"


def test_a_firm_named_after_its_trade_opening_the_sentence_is_what_its_management_speaks_for():
    text = ("Titre\n\nLe tisseur de linge de maison Toiles de la Vologne, installé à Gérardmer depuis 1921, va supprimer 38 "
            "postes, a indiqué jeudi la direction.\n")
    assert speaker_of(text, "38", "fr") == "Toiles de la Vologne"


def test_a_firm_and_its_sons_is_one_name():
    text = ("La scierie Vautrin investit 9 millions\n\nLa scierie Vautrin et Fils, l'une des dernières scieries familiales "
            "de la vallée, va investir 9 millions d'euros.\n\nSelon l'entreprise, la nouvelle ligne permettra de passer à "
            "95 000 mètres cubes.\n")
    assert speaker_of(text, "95 000", "fr") == "scierie Vautrin et Fils"


def test_an_agencys_region_of_several_words_is_part_of_its_name():
    text = "Titre\n\nD'après l'ARS Centre-Val de Loire, 28 % des habitants n'ont pas de médecin traitant.\n"
    assert speaker_of(text, "médecin traitant", "fr") == "ARS Centre-Val de Loire"


def test_where_someone_comes_from_is_no_name():
    text = ("Titre\n\nLe Département a ouvert un centre de santé.\n\nOriginaire de Lille, la docteure Inès Valade, 31 ans, a "
            "choisi le salariat. « Ici, je vois mes patients vingt minutes », explique-t-elle.\n")
    assert speaker_of(text, "vingt minutes", "fr") == "Inès Valade"


def test_a_body_in_apposition_to_its_owners_role():
    text = ("Titre\n\nLa station de Font-Romeu ouvrira son domaine dès le 5 décembre, a annoncé jeudi sa société "
            "d'exploitation, la régie des Neiges catalanes.\n")
    assert speaker_of(text, "domaine", "fr") == "régie des Neiges catalanes"


def test_a_boards_and_a_managements_cooperative_is_the_one_opening_the_sentence():
    text = ("La coopérative d'Estagel ferme\n\nLes Vignerons de l'Agly, à Estagel, cesseront de vinifier après les "
            "vendanges, a confirmé lundi le conseil d'administration de la coopérative.\n\nSelon la direction, les apports "
            "ont chuté de 60 %.\n")
    assert speaker_of(text, "cesseront", "fr") == "Vignerons de l'Agly"
    assert speaker_of(text, "apports", "fr") == "Vignerons de l'Agly"


def test_the_airports_management_is_the_airport_not_the_airline_opening_the_sentence():
    text = ("Titre\n\nLa compagnie de fret Aerolys, principal client de l'aéroport Marcel-Dassault de Châteauroux-Déols, "
            "cessera ses rotations en janvier, a annoncé lundi la direction de l'aéroport.\n\nDans un courrier consulté par "
            "l'AFP, la compagnie explique que les redevances sont trop élevées.\n")
    assert speaker_of(text, "cessera", "fr") == "aéroport Marcel-Dassault de Châteauroux-Déols"
    assert speaker_of(text, "redevances", "fr") == "Aerolys"


def test_the_defendant_named_once_as_the_owner_of_a_company_is_the_pronouns_person():
    text = ("Titre\n\nSelon l'accusation, la société de Frédéric Lavergne, 58 ans, revendait du vin espagnol.\n\nÀ la barre, "
            "le prévenu a contesté toute fraude. « Je n'ai rien falsifié », a-t-il déclaré. Le président du tribunal, "
            "Hervé Castagné, lui a rappelé sa condamnation de 2019.\n\nLa procureure, Claire Bénézet, a requis deux ans.\n")
    assert speaker_of(text, "rien falsifié", "fr") == "Frédéric Lavergne"


def test_a_work_the_headline_names_by_its_noun_is_the_work_the_article_names():
    text = ("Arafat aurait été empoisonné, selon un reportage\n\nUn reportage diffusé mardi par la chaîne Al Jazeera sème le "
            "doute. Le documentaire d'Al Jazeera, réalisé après neuf mois d'enquête, précise : « Nous avons trouvé du "
            "polonium. »\n")
    assert speaker_of(text, "empoisonné", "fr") == "documentaire d'Al Jazeera"


def test_the_party_named_by_an_adjective_is_the_party_opening_the_sentence():
    text = ("Titre\n\nEurope Écologie Les Verts faisait part dimanche de son étonnement ; le parti écologiste pense qu'il "
            "s'agit de « propos isolés ».\n")
    assert speaker_of(text, "propos isolés", "fr") == "Europe Écologie Les Verts"


def test_a_pronoun_after_a_sentence_opening_on_a_body_is_that_body():
    text = ("Grèce : le nouveau gouvernement de coalition formé\n\nLe portefeuille de la Justice revient à Antonis "
            "Papadakis.\n\nLe nouveau gouvernement s'est donné pour objectif de réviser le mémorandum. Il a cependant "
            "déclaré que « cette révision ne doit pas mettre en danger la voie européenne du pays ».\n")
    assert speaker_of(text, "cette révision", "fr") == "nouveau gouvernement de coalition"


def test_colleagues_of_another_outlet_before_the_inverted_subject():
    text = ("Titre\n\nL'embouteilleur propose une prime de 230 euros par hectare, a indiqué à nos confrères de Vosges Matin "
            "son responsable agricole, François Lhuillery.\n")
    assert speaker_of(text, "prime de 230", "fr") == "François Lhuillery"


def test_the_regie_of_the_place_opening_the_sentence_not_a_maker_named_elsewhere():
    text = ("Titre\n\nLe port de plaisance des Minimes verra 1 200 mètres de pontons remplacés d'ici 2030, a annoncé sa régie.\n\n"
            "Le fabricant Atlantic Quais, installé à Périgny, répondra à l'appel d'offres.\n\nSelon la régie, les pontons ne "
            "répondent plus aux normes.\n")
    assert speaker_of(text, "1 200 mètres", "fr") == "régie du port de plaisance des Minimes"
    assert speaker_of(text, "normes", "fr") == "régie du port de plaisance des Minimes"
