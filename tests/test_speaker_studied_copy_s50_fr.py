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
