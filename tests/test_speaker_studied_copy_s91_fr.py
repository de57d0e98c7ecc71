"""French rules found on the copies studied in session 91. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_a_description_inside_a_quotation_is_no_one_s_pronoun():
    text = ("Titre\n\n3 mars 2013. - Les délais s'allongent au tribunal, a indiqué mardi son président, Paul Mérignac. "
            "« Ce n'est pas acceptable. Un salarié licencié qui attend un an, c'est souvent un salarié qui a déjà tout perdu », "
            "a-t-il déclaré.\n\n"
            "M. Mérignac a attribué ces retards au manque de greffiers : selon lui, six postes sont vacants.\n")
    assert _speaker(text, "six postes sont vacants") == "Paul Mérignac"


def test_one_of_the_merchants_describes_the_house_its_spokesman_speaks_for():
    text = ("Titre\n\n4 octobre 2012. - Interrogé par l'AFP, un porte-parole de la maison Fontvieille-Lasserre, l'un des "
            "principaux négociants de la place, a assuré que les prix « seront revus dès cette récolte ».\n")
    assert _speaker(text, "seront revus") == "porte-parole de la maison Fontvieille-Lasserre"


def test_a_nationality_after_the_agency_is_no_part_of_the_name():
    text = ("Titre\n\n5 novembre 2012. - « Le cyclisme africain a changé », a déclaré à l'agence Reuters le Belge "
            "Marc Dupuis, directeur sportif d'une équipe wallonne.\n")
    assert _speaker(text, "cyclisme africain a changé") == "Marc Dupuis"


def test_the_winner_is_not_the_team_in_apposition():
    text = ("Titre\n\n5 novembre 2012. - Le Malien Seydou Traoré, de l'équipe Bamako Vélo Club, a remporté dimanche "
            "le Tour du Mali.\n\n« C'est le plus beau jour de ma vie », a déclaré le vainqueur à l'arrivée.\n")
    assert _speaker(text, "plus beau jour") == "Seydou Traoré"


def test_a_film_title_in_guillemets_is_no_person():
    text = ("Titre\n\n3 mars 2013. - Le jury a attribué le prix spécial au drame « Les Barques de Joal ».\n\n"
            "« Ce prix appartient à toute l'équipe », a lancé le réalisateur en recevant son trophée.\n")
    assert _speaker(text, "appartient à toute") != "Barques de Joal"


def test_the_dean_is_the_professor_in_apposition():
    text = ("Titre\n\n8 juin 2012. - Les résultats sont reportés, a précisé le doyen de la faculté, le professeur "
            "Bruno Lacaze.\n\nLe doyen a reconnu une « erreur regrettable ».\n")
    assert _speaker(text, "erreur regrettable") == "Bruno Lacaze"


def test_an_unnamed_rector_is_not_the_student_leader_named_next():
    text = ("Titre\n\n12 mai 2013. - Les cours sont suspendus à l'université, a annoncé mercredi le recteur dans un "
            "communiqué.\n\n« On nous demande encore de l'argent », a déclaré à l'AFP le président de l'association des "
            "étudiants, Fabrice Ngono.\n")
    assert _speaker(text, "Les cours sont suspendus") == "recteur"


def test_the_official_toll_of_the_time_is_no_body():
    text = ("Titre\n\n3 septembre 2012. - En 2009, des pluies avaient fait neuf morts à Niamey, selon le bilan officiel "
            "de l'époque.\n")
    assert _speaker(text, "neuf morts") == "bilan officiel de l'époque"


def test_a_neighbour_described_in_apposition_is_the_description():
    text = ("Titre\n\n3 septembre 2012. - « L'eau est montée en une heure », a raconté Aminata Diallo, une commerçante. "
            "« Nous avons tout perdu », a ajouté son voisin, un éleveur qui n'a pas voulu donner son nom.\n")
    assert _speaker(text, "Nous avons tout perdu") == "éleveur"


def test_the_collective_is_the_one_named_with_a_capital():
    text = ("Titre\n\n20 mars 2013. - La Cour suprême a annulé le bail.\n\n« C'est une victoire », s'est félicité "
            "le porte-parole du Collectif pour la défense du littoral abidjanais, Koffi Amouzou. Selon le collectif, "
            "dix autres projets occupent le littoral.\n")
    assert _speaker(text, "dix autres projets") == "Collectif pour la défense du littoral abidjanais"


def test_a_chamber_of_a_court_is_the_high_court_later():
    text = ("Titre\n\n12 décembre 2012. - La chambre administrative de la Cour suprême a annulé mardi les arrêtés de "
            "révocation.\n\nDans son arrêt, la haute juridiction estime que les sanctions ont été prononcées « sans "
            "procédure ».\n")
    assert _speaker(text, "sans procédure") == "chambre administrative de la Cour suprême"


def test_a_spokeswoman_of_a_company_in_a_town_keeps_the_town():
    text = ("Titre\n\n12 avril 2012. - « Les trains circulent normalement ailleurs », a fait valoir une porte-parole "
            "de la SNCF à Brest, qui a qualifié la grève de « disproportionnée ».\n")
    assert _speaker(text, "circulent normalement") == "porte-parole de la SNCF à Brest"


def test_elle_after_a_presidency_that_disputes_is_the_presidency():
    text = ("Titre\n\n29 janvier 2013. - Le budget baisse de 4 millions d'euros, a affirmé lundi Jeanne Hoarau, "
            "secrétaire de l'intersyndicale.\n\nLa présidence de l'université conteste ces chiffres. Dans un communiqué "
            "diffusé mardi, elle indique que la baisse « ne dépasse pas 1 million d'euros ».\n")
    assert _speaker(text, "ne dépasse pas") == "présidence de l'université"


def test_a_participle_after_an_inverted_subject_is_that_subject_s():
    text = ("Athlétisme : Priya Ramgoolam « n'a jamais triché », affirme son entraîneur\n\n"
            "La fédération a suspendu pour deux ans la championne du 400 mètres, contrôlée positive en février.\n\n"
            "22 avril 2013. - La commission de discipline de la fédération a prononcé samedi une suspension de deux ans à "
            "l'encontre de Priya Ramgoolam, 23 ans, sprinteuse du club de Curepipe. L'athlète avait été contrôlée "
            "positive lors d'un meeting à Moka, le 9 février, a indiqué dans un communiqué le secrétaire général de la "
            "fédération, Ravi Soobrun, précisant que l'analyse de l'échantillon B avait confirmé le résultat.\n")
    assert _speaker(text, "échantillon B") == "Ravi Soobrun"


def test_a_directorate_of_a_field_keeps_its_name():
    text = ("Titre\n\n5 mars 2013. - Selon la direction générale de la Météorologie, le cyclone a touché terre près de "
            "Toamasina.\n")
    assert _speaker(text, "a touché terre") == "direction générale de la Météorologie"


def test_a_union_s_name_goes_on_after_et_and_a_compound_noun():
    text = ("Titre\n\n5 juin 2013. - Le Syndicat national des enseignants-chercheurs et chercheurs-enseignants (SNEC) "
            "a affirmé mardi que l'année est en danger.\n")
    assert _speaker(text, "l'année est en danger") == "Syndicat national des enseignants-chercheurs et chercheurs-enseignants"
