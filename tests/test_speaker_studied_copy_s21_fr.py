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
