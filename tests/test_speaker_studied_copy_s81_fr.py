"""French rules found on the copies studied in session 81. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_maitre_before_a_lawyers_name_is_her_title():
    text = "Titre\n\n« Nos clients attendent leur procès depuis un an », a dénoncé Maître Hinano Teriitahi, avocate au barreau.\n"
    assert _speaker(text, "attendent leur procès") == "Hinano Teriitahi"


def test_an_outlet_with_its_article_after_a_reporting_verb_and_a_is_no_part_of_the_speakers_name():
    text = ("Titre\n\n« En vingt minutes, une année de travail est partie », a raconté à La Gazette du Rhône Jean-Daniel Rey, "
            "vigneron à Chamoson.\n")
    assert _speaker(text, "une année de travail") == "Jean-Daniel Rey"


def test_a_body_of_one_scope_is_not_the_body_of_another_named_before():
    text = ("Titre\n\nD'après l'Office fédéral de l'agriculture, la surface du vignoble a reculé de 3 % en dix ans.\n\n"
            "Le laboratoire cantonal a rappelé que les raisins grêlés pouvaient pourrir en quelques jours.\n")
    assert _speaker(text, "raisins grêlés") == "laboratoire cantonal"


def test_a_network_page_then_a_described_speaker_after_the_verb():
    text = ("Titre\n\n« C'est un coup dur pour tout le groupe », a réagi sur sa page Facebook la sauteuse Fatou Bintou Sané, "
            "qualifiée pour Londres.\n")
    assert _speaker(text, "coup dur") == "Fatou Bintou Sané"


def test_pape_before_a_first_name_and_a_surname_is_a_first_name():
    text = ("Titre\n\nJoint par la RTS, l'entraîneur de l'athlète, Pape Moussa Guèye, a affirmé que son protégé « n'a jamais "
            "rien pris d'interdit ».\n")
    assert _speaker(text, "son protégé") == "Pape Moussa Guèye"
    assert _speaker("Titre\n\nLe pape Benoît XVI a affirmé que la paix « est possible ».\n", "la paix") == "Benoît XVI"


def test_l_orchestre_is_the_orchestra_the_article_named():
    text = ("Titre\n\nLe conseil d'administration de l'Orchestre de chambre de la Côte-Nord a décrété mardi un lock-out visant "
            "ses 28 musiciens, a annoncé l'orchestre dans un communiqué.\n")
    assert _speaker(text, "lock-out") == "Orchestre de chambre de la Côte-Nord"


def test_leur_amicale_is_the_amicale_the_article_names_next():
    text = ("Titre\n\nLes 600 élèves de l'école ont entamé lundi une grève des cours, a indiqué leur amicale. « Nous n'avons "
            "rien perçu depuis novembre », a affirmé le président de l'Amicale des élèves, Mamadou Ndour.\n")
    assert _speaker(text, "grève des cours") == "Amicale des élèves"


def test_le_vice_rectorat_is_a_body_a_pronoun_after_it_stands_for():
    text = ("Titre\n\n« Les lycées accueillent jusqu'à 38 élèves par classe », a déclaré la secrétaire du syndicat, Zaïnaba "
            "Ahamadi.\n\nLe vice-rectorat de Mayotte conteste ces chiffres. Dans un communiqué publié jeudi, il affirme que "
            "« 640 élèves » restent à affecter.\n")
    assert _speaker(text, "640 élèves") == "vice-rectorat de Mayotte"


def test_a_pronoun_quoting_in_person_is_not_the_news_agency_just_cited():
    text = ("Titre\n\nLe tribunal a prononcé mardi la faillite de la société Metallis, a annoncé la curatrice, Me Catherine "
            "Dujardin. Les 340 travailleurs ont appris la nouvelle dans l'après-midi, rapporte l'AFP.\n\n"
            "« Les dettes dépassent 28 millions d'euros », a-t-elle expliqué à la RTBF.\n")
    assert _speaker(text, "Les dettes dépassent") == "Catherine Dujardin"


def test_a_possessive_opening_a_sentence_owns_the_body_opening_the_sentence_before():
    text = ("Titre\n\nLe ministère de l'Intérieur a démenti toute négligence. Son porte-parole a assuré lundi que des "
            "renforts avaient été proposés aux organisateurs.\n")
    assert _speaker(text, "des renforts") == "le porte-parole du ministère de l'Intérieur"


def test_an_apposition_of_coming_or_going_is_no_speaker():
    text = ("Titre\n\nUne mère de famille de Koungou, venue avec son fils devant le lycée de Kahani, a raconté à l'AFP que "
            "l'adolescent avait été affecté dans une filière « qu'il n'avait jamais demandée ».\n")
    assert _speaker(text, "jamais demandée") == "mère de famille de Koungou"


def test_a_headlines_son_club_is_the_club_the_article_has_speak():
    text = ("Belgique : la judoka Sarah Vandermeulen privée des Jeux, son club dénonce une « injustice »\n\n"
            "22 mai 2012. - Le Comité olympique belge a confirmé lundi que la judoka ne figurerait pas dans la sélection.\n\n"
            "Le Judo Club Ans-Glain, où elle s'entraîne, a dénoncé dans un communiqué une « injustice flagrante ».\n")
    assert _speaker(text, "injustice »") == "Judo Club Ans-Glain"
