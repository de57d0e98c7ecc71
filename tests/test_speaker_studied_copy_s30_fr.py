"""French speaker and span rules found on the copy studied in session 30: a person then a role without
its article, a body's noun with its adjective before the body's name, "selon" after a quotation closed
after a space, a participle in apposition to the subject, an agency's noun before its name written in
lower case, a capitalised head alone for the fullest name the article gave it, an occasion before an
inverted subject, a document an outlet saw, a club's noun after its first word, a pronoun subject of two
coordinated verbs, "a-t-on appris" closing a statement, a body's first words for its fuller name, a
club's first word before its noun.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_person_then_a_role_without_its_article_before_a_colon():
    text = ("Titre\n\nLéa Kremer, porte-parole de l'initiative citoyenne Biergerinitiativ Hollerich, n'y croit pas : "
            "« Personne ne connaît le projet. »\n")
    assert speaker_of(text, "Personne ne connaît", "fr") == "Léa Kremer"


def test_a_person_then_a_role_without_its_article_before_a_verb():
    text = ("Titre\n\nMarc Hoffmann, président de l'association culturelle Lëtzebuerger Theater, a déclaré que la "
            "salle fermerait en janvier.\n")
    assert speaker_of(text, "la salle fermerait", "fr") == "Marc Hoffmann"


def test_selon_after_a_quotation_closed_after_a_space_opens_its_own_statement():
    text = ("Titre\n\nLa bourgmestre a déclaré : « Rien n'est décidé. » Selon l'association, plus de 2 000 personnes "
            "ont déjà signé la pétition.\n")
    claims = claims_of(text, "fr")
    assert [(c.content, c.speaker.name) for c in claims] == [
        ("Rien n'est décidé.", "bourgmestre"),
        ("plus de 2 000 personnes ont déjà signé la pétition", "association"),
    ]


def test_a_participle_in_apposition_to_the_subject_is_no_verb_of_its_own():
    text = ("Titre\n\nLe parquet a requis dix ans. L'Autorité des marchés financiers (AMF), critiquée pour ne pas avoir "
            "détecté la fraude plus tôt, a indiqué dans un communiqué qu'elle « prenait acte » du jugement.\n")
    [claim] = claims_of(text, "fr")
    assert (claim.content, claim.speaker.name) == ("elle « prenait acte » du jugement", "Autorité des marchés financiers")


def test_an_agency_named_in_lower_case_after_its_noun():
    text = ("Titre\n\nLe tribunal de Hambourg a condamné jeudi l'ancien dirigeant du groupe à six ans de prison, a "
            "rapporté l'agence allemande dpa.\n")
    assert speaker_of(text, "condamné jeudi", "fr") == "dpa"


def test_the_agencys_capitalised_noun_is_part_of_its_name():
    text = "Titre\n\nLe bilan s'élève à douze morts, selon l'Agence France-Presse.\n"
    assert speaker_of(text, "douze morts", "fr") == "Agence France-Presse"


def test_a_capitalised_head_alone_is_the_fullest_name_the_article_gave():
    text = ("Titre\n\nLes digues ont été relevées mardi, a annoncé le Centre des marées de la commune de Venise. Selon "
            "le Centre, la place Saint-Marc est restée hors d'eau.\n\nSelon les prévisions du Centre des marées, une "
            "nouvelle marée est attendue jeudi.\n")
    assert speaker_of(text, "la place Saint-Marc", "fr") == "Centre des marées de la commune de Venise"


def test_a_capitalised_head_alone_is_the_name_given_with_its_short_form():
    text = ("Titre\n\nCEDEAO : la Cour de justice condamne le Togo\n\nLa Cour de justice de la Communauté économique "
            "des États de l'Afrique de l'Ouest (CEDEAO), siégeant à Abuja, a condamné mercredi le Togo.\n\n"
            "Dans son arrêt, la Cour a jugé que la détention avait été « arbitraire ».\n")
    assert speaker_of(text, "la détention avait été", "fr") == \
        "Cour de justice de la Communauté économique des États de l'Afrique de l'Ouest"


def test_an_occasion_between_the_verb_and_its_inverted_subject():
    text = ("Titre\n\n« Ma sœur est partie travailler un matin et elle n'est jamais rentrée », nous a confié à la "
            "sortie de l'audience le frère de la victime.\n")
    assert speaker_of(text, "Ma sœur est partie", "fr") == "frère de la victime"


def test_the_outlet_that_saw_a_document_is_no_part_of_the_speaker():
    text = ("Titre\n\nSelon le projet de délibération que Le Quotidien a pu consulter, le prix de vente s'élève à "
            "26 millions d'euros.\n")
    assert speaker_of(text, "le prix de vente", "fr") == "projet de délibération"


def test_a_clubs_first_word_before_its_noun_is_no_nationality():
    text = ("Titre\n\nDans un communiqué, le Racing Club de Yopougon indique que la séparation s'est faite « d'un "
            "commun accord ».\n")
    assert speaker_of(text, "la séparation", "fr") == "Racing Club de Yopougon"


def test_a_pronoun_subject_of_two_coordinated_verbs_speaks_in_both():
    text = ("Titre\n\nPour le coordinateur du collectif, Amadou Sow Diallo, ces tensions « étaient prévisibles ». Il "
            "rappelle que le Code minier oblige les sociétés à verser 0,5 % de leur chiffre d'affaires, et affirme "
            "que ce fonds « n'a jamais été alimenté ».\n")
    assert speaker_of(text, "ce fonds", "fr") == "Amadou Sow Diallo"


def test_a_t_on_appris_closes_the_statement():
    text = ("Titre\n\nLe Conseil constitutionnel a jugé que la loi était conforme à la Constitution, a-t-on appris "
            "vendredi.\n")
    [claim] = claims_of(text, "fr")
    assert claim.content == "la loi était conforme à la Constitution"


def test_the_first_words_of_a_bodys_name_stand_for_the_fuller_name_given_elsewhere():
    text = ("Titre\n\nLes vannes ont été fermées mardi, a annoncé l'Office des eaux de la commune de Sion.\n\n"
            "Selon les prévisions de l'Office des eaux, le niveau baissera jeudi.\n")
    assert speaker_of(text, "le niveau baissera", "fr") == "Office des eaux de la commune de Sion"


def test_the_club_is_the_clubs_name_with_its_first_word():
    text = ("Titre\n\nLe Sporting Club de Bouaké (SCB) a mis fin dimanche au contrat de son entraîneur.\n\nDans un "
            "communiqué, la direction du club indique que la séparation s'est faite « d'un commun accord ».\n")
    assert speaker_of(text, "la séparation", "fr") == "Sporting Club de Bouaké"
