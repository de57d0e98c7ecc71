"""French speaker and span rules found on the copy studied in session 32: a body's noun in -té opening the
sentence ("Électricité de Mayotte") is no participle, nor is a name a participle opening the sentence
("Interpellé sur le sujet, …"), a body's name with an adjective and a short form inside ("L'Agence régionale
de santé (ARS) de Mayotte … Elle"), a headline's place is no speaker named after "de", an acronym after "à la"
is no demonym, a role in the feminine is no man named after it, a verb in the role's phrase ("Le tribunal a
acquitté le promoteur, X,"), a short form spelling a name with its adjective ("Centre hospitalier Princesse
Grace (CHPG)"), the management of a body known by its initials, "la ligue", a role of a short form with no
brackets, "selon la formule" says how, an agency's name before the person told, "le compte rendu du Conseil
des ministres", a standfirst's role named later when a headline's place named no one, a team's name is no
party label, "de l'opposition", bodies listed by their short forms, plural adjectives of a ministry, a short
form in brackets is no person, a place with its article after a short form, "Ce sont les mots de X" after a
quotation, "une infirmière du service" of the service the article named; and, from a set studied before,
"la direction du centre hospitalier de X", "à la radio ici Orléans X" and "Le conseil départemental … selon ses
projections". Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_bodys_noun_in_te_opening_the_sentence_is_no_participle():
    text = "Titre\n\nÉlectricité de Guyane (EDG) a fait savoir jeudi que le courant avait été rétabli pour 9 000 clients.\n"
    assert speaker_of(text, "le courant avait été rétabli", "fr") == "Électricité de Guyane"


def test_a_participle_opening_the_sentence_is_no_persons_name():
    text = "Titre\n\nInterpellé sur le sujet, le ministre a indiqué que le courant avait été rétabli.\n"
    assert speaker_of(text, "le courant avait été rétabli", "fr") == "ministre"


def test_a_bodys_adjective_and_short_form_stay_in_its_name_for_the_pronoun_after_it():
    text = ("Titre\n\nL'Agence régionale de santé (ARS) de Guyane a appelé la population à faire bouillir l'eau. "
            "Elle a indiqué que le réseau avait été endommagé en trois points.\n")
    assert speaker_of(text, "le réseau avait été endommagé", "fr") == "Agence régionale de santé de Guyane"


def test_a_headlines_place_is_no_speaker_named_after_de():
    text = ("Guyane : la tempête prive d'électricité près de la moitié du territoire\n\nÉlectricité de Guyane a fait "
            "savoir jeudi que le courant avait été rétabli.\n")
    assert not any(c.start == 0 for c in claims_of(text, "fr") if c.kind != "assertion")
    assert speaker_of(text, "le courant avait été rétabli", "fr") == "Électricité de Guyane"


def test_an_acronym_told_before_a_persons_name_is_no_demonym_of_that_person():
    text = ("Titre\n\nDes festivals ont dénoncé lundi la baisse de leurs subventions, a rapporté la RTBF.\n\n"
            "« On nous demande d'absorber une coupe », a déclaré à la RTBF Noémie Delvaux, directrice d'un festival.\n")
    assert speaker_of(text, "Des festivals ont dénoncé", "fr") == "RTBF"


def test_a_feminine_role_is_no_man_named_after_it():
    text = ("Titre\n\nL'élue Carole Bertin-Vial a dénoncé des « conditions indignes ». « J'ai reçu des dizaines de "
            "témoignages », a poursuivi la présidente de la commission des affaires sociales.\n\nLe conseiller de "
            "gouvernement, Didier Castagna, a reconnu que le calendrier avait glissé.\n")
    assert speaker_of(text, "J'ai reçu des dizaines", "fr") == "Carole Bertin-Vial"


def test_a_verb_before_the_comma_makes_the_name_an_object_not_the_subject():
    text = ("Titre\n\nLe tribunal a en revanche acquitté le promoteur, Marc-Olivier Brandt, du chef d'octroi d'un "
            "avantage, estimant que son intention n'était « pas établie ».\n")
    assert speaker_of(text, "son intention", "fr") == "tribunal"


def test_a_short_form_that_spells_a_name_with_its_adjective_names_the_whole_body():
    text = ("Titre\n\nLe délai aux urgences du Centre hospitalier Princesse Stéphanie (CHPS) n'a jamais été aussi "
            "long.\n\nSelon les chiffres communiqués par la direction du CHPS, le délai moyen a atteint 4 h 40.\n")
    assert speaker_of(text, "le délai moyen", "fr") == "Centre hospitalier Princesse Stéphanie"


def test_the_management_of_a_body_known_by_its_initials_is_the_body_written_out():
    text = ("Titre\n\nLes employés des Transports publics lausannois ont débrayé.\n\nDans un communiqué, la direction "
            "des TPL affirme que les horaires respectent la loi.\n")
    assert speaker_of(text, "les horaires respectent", "fr") == "Transports publics lausannois"


def test_la_ligue_is_the_league_the_article_named():
    text = ("Titre\n\nLa Ligue de hockey junior de l'Estrie a suspendu Pellerin pour dix matchs.\n\nDans un "
            "communiqué, la ligue a expliqué que le joueur avait ciblé la tête d'un adversaire.\n")
    assert speaker_of(text, "le joueur avait ciblé", "fr") == "Ligue de hockey junior de l'Estrie"


def test_a_role_of_a_short_form_without_brackets_is_of_the_body_written_out_and_selon_la_formule_says_how():
    text = ("Titre\n\nLa Police provinciale de l'Ontario dessert la ville.\n\nUn porte-parole de la PPO a précisé "
            "par courriel que la facture était calculée selon la formule provinciale.\n")
    claim = next(c for c in claims_of(text, "fr") if "facture" in c.content)
    assert claim.speaker.name == "porte-parole de la Police provinciale de l'Ontario"
    assert claim.content == "la facture était calculée selon la formule provinciale"


def test_an_agencys_name_before_the_person_told_is_no_part_of_the_name():
    text = ("Titre\n\n« Nous n'avons pas été consultés », a déclaré à l'Agence Bénin Presse Clément Agossou, "
            "secrétaire général du syndicat.\n")
    assert speaker_of(text, "Nous n'avons pas été consultés", "fr") == "Clément Agossou"


def test_the_minutes_of_a_council_speak_for_the_council_and_a_standfirsts_role_for_whom_it_names_later():
    text = ("Bénin : le gouvernement supprime un examen\n\nLe Conseil des ministres a adopté mercredi un décret, a "
            "annoncé le porte-parole du gouvernement béninois à l'issue de la réunion.\n\nSelon le compte rendu du "
            "Conseil des ministres, le passage en sixième se fera sur la base d'une évaluation continue.\n\n"
            "Les syndicats n'ont pas été consultés.\n\n« Le CEP ne mesure plus grand-chose », a affirmé le "
            "porte-parole, Romuald Hounsou, lors d'un point de presse.\n")
    assert speaker_of(text, "Le Conseil des ministres a adopté", "fr") == "Romuald Hounsou"
    assert speaker_of(text, "le passage en sixième", "fr") == "Conseil des ministres"


def test_a_teams_name_is_no_party_label_before_a_person():
    text = ("Cyclisme : l'équipe belge Ardenne-Condroz cesse ses activités\n\nL'équipe cycliste belge Ardenne-Condroz "
            "Cycling Team, de division ProTeam, a annoncé lundi qu'elle cessait ses activités.\n")
    assert speaker_of(text, "elle cessait ses activités", "fr") == "Ardenne-Condroz Cycling Team"


def test_a_councillor_of_the_opposition_is_the_person_the_sentence_before_named():
    text = ("Titre\n\nUn argument qui ne convainc pas Kossi Amegah. Le conseiller municipal de l'opposition dénonce "
            "un budget « voté à la sauvette ».\n")
    assert speaker_of(text, "voté à la sauvette", "fr") == "Kossi Amegah"


def test_a_body_listed_after_short_forms_is_no_person_for_the_pronoun():
    text = ("Titre\n\nL'intersyndicale du CHU, qui regroupe l'UTG, la CFDT et Sud Santé, ne décolère pas. Dans un "
            "tract distribué jeudi, elle estime que les habitants sont « abandonnés ».\n")
    assert speaker_of(text, "les habitants sont", "fr") == "intersyndicale du CHU"


def test_a_ministrys_plural_adjectives_joined_by_et_stay_in_its_name():
    text = ("Titre\n\nLe ministère des Pêches et des Infrastructures maritimes et portuaires a annoncé dimanche l'envoi "
            "d'une mission. Selon le ministère, les débarquements ont baissé de 23 %.\n")
    assert speaker_of(text, "les débarquements ont baissé", "fr") == \
        "ministère des Pêches et des Infrastructures maritimes et portuaires"


def test_a_bodys_short_form_in_brackets_is_no_person_for_selon_lui():
    text = ("Titre\n\n« Nous n'avons pas été consultés », a déclaré à l'Agence Bénin Presse Clément Agossou, "
            "secrétaire général du Syndicat national des instituteurs (Synai). « Le CEP est le seul diplôme. » "
            "Selon lui, un élève sur cinq quitte "
            "l'école.\n")
    assert speaker_of(text, "un élève sur cinq", "fr") == "Clément Agossou"


def test_a_place_with_its_article_after_the_short_form_completes_the_name():
    text = ("Titre\n\nL'Agence régionale de santé (ARS) La Réunion a annoncé mardi le passage au niveau 3.\n\n"
            "Selon le dernier bulletin de l'ARS, 412 cas ont été recensés.\n")
    assert speaker_of(text, "412 cas ont été recensés", "fr") == "Agence régionale de santé La Réunion"


def test_the_sentence_after_a_quotation_saying_whose_words_they_are_names_its_speaker():
    text = "Titre\n\n« Nous ne lâcherons rien. » Ce sont les mots de Julie Perrin, porte-parole du collectif.\n"
    claim = next(c for c in claims_of(text, "fr") if c.kind == "direct")
    assert claim.speaker.name == "Julie Perrin"
    assert claim.content == "Nous ne lâcherons rien."


def test_a_person_of_a_place_named_by_its_noun_alone_is_of_the_place_the_article_named():
    text = ("Titre\n\nLe service des urgences de Kourou ferme la nuit.\n\n« On nous abandonne », affirme une infirmière "
            "du service, sous couvert d'anonymat.\n\nL'école des Prairies perd une classe. « C'est un crève-cœur », "
            "confie une enseignante de l'école.\n")
    # (session 41: "du service" is kept as written, as most of the gold writes it; the school still names its place)
    assert speaker_of(text, "On nous abandonne", "fr") == "infirmière du service"
    assert speaker_of(text, "crève-cœur", "fr") == "enseignante de l'école des Prairies"


def test_the_management_of_an_establishment_named_by_its_kind_and_place_is_the_establishment():
    text = ("Titre\n\nLes patients devront passer par la régulation du Samu la nuit, a confirmé la direction du centre "
            "hospitalier de Vire.\n")
    assert speaker_of(text, "patients devront passer", "fr") == "centre hospitalier de Vire"


def test_a_local_station_told_before_the_person_is_no_part_of_the_name():
    text = ("Titre\n\n« C'est un coup de poignard pour la Beauce », a déclaré à la radio ici Orléans Thierry Vasseur, "
            "président du syndicat betteravier.\n")
    assert speaker_of(text, "coup de poignard", "fr") == "Thierry Vasseur"


def test_a_bodys_adjective_stays_with_it_for_its_possessive_and_a_verb_is_no_adjective():
    text = ("Titre\n\nLe conseil départemental, compétent pour les collèges, a justifié ce projet : selon ses "
            "projections, le département comptera 11 % de collégiens de moins en 2030.\n")
    assert speaker_of(text, "le département comptera", "fr") == "conseil départemental"
