"""French speaker rules found on the copy studied in session 21: a storm's first name is no body,
a body noun and its adjective before a name, a person's charge is no part of a region's name, a
"lors de la …" adjunct before an inverted subject, a person in apposition after a role whose
complement names bodies. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_storm_named_by_a_first_name_is_no_operator():
    text = ("Titre\n\nLa tempête Daniel avait fait 12 morts en 2024.\n\n"
            "Selon l'opérateur de l'autoroute, la circulation des camions a été déviée par la route nationale.\n")
    assert speaker_of(text, "la circulation des camions", "fr") != "Daniel"


def test_a_body_noun_and_its_adjective_introduce_a_name_with_lower_case_words():
    text = ("Titre\n\nSelon le comité citoyen Eau vive Chicoutimi, les capteurs ont enregistré douze dépassements.\n")
    assert speaker_of(text, "les capteurs", "fr") == "Eau vive Chicoutimi"


def test_a_persons_charge_is_no_part_of_the_regions_name():
    text = ("Titre\n\nLe pont restera fermé jusqu'à samedi, selon la Région.\n\n"
            "« On a eu de la chance », a reconnu le vice-président de la Région chargé des transports, Luc Hoarau.\n")
    assert speaker_of(text, "Le pont restera fermé", "fr") == "Région"


def test_a_lors_de_la_adjunct_before_the_inverted_subject():
    text = ("Titre\n\n« C'est une étape décisive », a déclaré jeudi, lors de la cérémonie de mise en service, "
            "le directeur de l'usine, Karim Alaoui.\n")
    assert speaker_of(text, "étape décisive", "fr") == "Karim Alaoui"


def test_the_person_in_apposition_after_a_role_whose_complement_names_bodies():
    text = ("Titre\n\n« Les travaux avancent », a déclaré le directeur de la branche Eau de l'ONEP, Samir Bennani.\n")
    assert speaker_of(text, "Les travaux avancent", "fr") == "Samir Bennani"


def test_an_unnamed_member_of_a_body_named_by_its_noun_keeps_the_role_phrase():
    # (session 49: the real annotations keep an unnamed member's role as written, "la porte-parole de la fédération")
    text = ("Titre\n\nLes réserves atteignaient 14,8 %, selon l'Agence catalane de l'eau (ACA). L'agence a indiqué que "
            "ce niveau était bas. Un technicien de l'agence, qui a requis l'anonymat, a confié à l'AFP que plusieurs "
            "communes étaient ravitaillées.\n")
    assert speaker_of(text, "plusieurs communes", "fr") == "technicien de l'agence"


def test_a_role_with_a_long_complement_is_tied_to_the_name_after_it():
    text = ("Titre\n\nLa piscine restera fermée, a annoncé l'échevine des Sports de la Ville de Mons, Sophie Delvaux.\n\n"
            "Selon le rapport du bureau d'études, les fissures sont dues à un affaissement.\n\n"
            "« On ne rouvrira pas », a insisté l'échevine.\n")
    assert speaker_of(text, "On ne rouvrira pas", "fr") == "Sophie Delvaux"


def test_an_indefinite_subject_restricted_by_a_relative_clause():
    text = ("Titre\n\nSelon Belga, le précédent record s'établissait à 42.000 euros.\n\n"
            "Un marchand d'art bruxellois qui a suivi la vente estime que le prix « reflète surtout la rareté » de l'œuvre.\n")
    assert speaker_of(text, "reflète", "fr") == "marchand d'art bruxellois"


def test_a_body_described_in_apposition_after_selon_is_its_noun_later():
    text = ("Titre\n\nSelon Maritime New Zealand, l'autorité de sécurité maritime, le navire a perdu sa propulsion. "
            "L'autorité a ouvert une enquête et a précisé qu'aucune fuite n'avait été détectée.\n")
    assert speaker_of(text, "aucune fuite", "fr") == "Maritime New Zealand"


def test_a_body_named_right_after_its_noun_is_that_noun_later():
    text = ("Titre\n\nLe tableau a été adjugé 310.000 euros à la maison de ventes Servais & Fils, à Namur.\n\n"
            "Selon la maison de ventes, l'acheteur a souhaité rester anonyme.\n")
    assert speaker_of(text, "rester anonyme", "fr") == "Servais & Fils"


def test_the_supervising_department_is_the_ministry_that_spoke():
    text = ("Titre\n\nAu ministère de l'Équipement et de l'Eau, on souligne que le taux de remplissage ne dépassait pas "
            "27,4 %. Le département de tutelle rappelle que le programme prévoit seize stations.\n")
    assert speaker_of(text, "seize stations", "fr") == "ministère de l'Équipement et de l'Eau"


def test_people_gathered_in_a_body_speak_through_it():
    text = ("Titre\n\nLes organisateurs, réunis au sein de la Coordination des associations agricoles de Thessalie, "
            "ont affirmé que le blocage durerait au moins jusqu'à mercredi.\n")
    assert speaker_of(text, "le blocage", "fr") == "Coordination des associations agricoles de Thessalie"


def test_a_place_completing_a_bodys_name_stands_for_no_operator():
    text = ("Titre\n\nLa Coordination des associations agricoles de Thessalie a affirmé que le blocage durerait.\n\n"
            "La tempête Daniel avait provoqué en septembre 2023 des inondations qui avaient fait 17 morts en Thessalie, "
            "selon les chiffres officiels.\n\n"
            "Selon l'opérateur de l'autoroute, la circulation des camions a été déviée.\n")
    assert speaker_of(text, "la circulation des camions", "fr") != "Coordination des associations agricoles de Thessalie"


def test_a_rule_book_speaks_for_the_body_that_wrote_it():
    text = ("Titre\n\nL'Union cycliste internationale (UCI) a suspendu le coureur.\n\n"
            "Selon le règlement de l'UCI, tous les résultats du coureur seront annulés.\n")
    assert speaker_of(text, "tous les résultats", "fr") == "Union cycliste internationale"
