"""French: a subject with its appositions before the verb, and after the verb its object, not an inverted
speaker ("Le Mouvement …, qui a lancé sa rébellion mardi, conteste ce bilan"); but a body or
people named in the plural after the verb are an inverted speaker, and a clause after the day it was said
is what the subject said. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_named_body_with_a_relative_clause_then_its_object_is_no_statement():
    text = ("Titre\n\nLe Front de libération de l'Aïr (FLA), qui a lancé sa rébellion mardi, conteste ce bilan.\n")
    assert claims_of(text, "fr") == []


def test_an_action_announced_by_a_named_body_with_a_relative_clause_is_no_statement():
    text = ("Titre\n\nLa Confédération des enseignants du Sud (CES), qui regroupe les syndicats du secteur, a annoncé "
            "une journée de grève nationale pour vendredi.\n")
    assert claims_of(text, "fr") == []


def test_people_named_in_the_plural_after_the_verb_are_an_inverted_speaker():
    text = ("Titre\n\nL'inspection académique envisage de regrouper ses 14 élèves avec ceux de Varzy, à neuf kilomètres, "
            "ont indiqué lundi les représentants des parents d'élèves.\n")
    assert speaker_of(text, "regrouper ses 14 élèves", "fr") == "représentants des parents d'élèves"


def test_a_clause_after_the_day_and_its_part_is_what_the_subject_said():
    text = ("Titre\n\nLe porte-parole du ministère de la Santé, de l'Hygiène et de la Prévention, Joseph Kabila Mbuyi, "
            "a indiqué mercredi soir que la paie des médecins débuterait en décembre.\n")
    assert speaker_of(text, "la paie des médecins", "fr") == "Joseph Kabila Mbuyi"
