"""French: a quotation opened right after a determiner is a noun phrase of the sentence ("qu'un
« contrôle interne » avait révélé un taux …"): the verb after it has it for subject, so its object is
no inverted speaker and the claim belongs to the sentence's subject."""

from __future__ import annotations

from extract_support import claims_of


def test_a_quoted_noun_before_a_verb_is_its_subject_not_a_quotation_with_an_inverted_speaker():
    found = claims_of(
        "Le fabricant, la société Laiterie du Val, basée dans le Jura, a expliqué dans un communiqué qu'un "
        "« contrôle interne » avait révélé un taux de listeria supérieur à la norme.")
    assert [(c.speaker.name, c.content) for c in found] == [
        ("Laiterie du Val", "un « contrôle interne » avait révélé un taux de listeria supérieur à la norme")]


def test_a_quotation_then_a_comma_and_an_inverted_verb_keeps_its_speaker():
    found = claims_of("« Les analyses sont mauvaises », a révélé le directeur, Paul Dorval.")
    assert [c.speaker.name for c in found] == ["Paul Dorval"]


def test_a_subject_reached_by_an_outlet_is_no_statement_and_its_object_no_inverted_speaker():
    found = claims_of(
        "Jointe par La Voix du Nord, la secrétaire départementale du syndicat, Karima Benali, a dénoncé un manque "
        "de vigiles. « Nous réclamons deux agents de sécurité la nuit depuis un an », a-t-elle affirmé.")
    assert [c.speaker.name for c in found] == ["Karima Benali"]


def test_a_subject_with_appositions_then_an_object_is_no_statement_with_an_inverted_speaker():
    assert claims_of("Très remontée, la présidente de l'association, Marie Lenoir, a critiqué l'absence de "
                     "concertation.") == []
    assert claims_of("Le directeur de l'école, Paul Roux, en poste depuis 2015, a regretté la suppression de "
                     "deux classes.") == []


def test_a_statement_with_appositions_then_its_inverted_speaker_stays():
    found = claims_of("Les travaux, commencés en 2020, dureront deux ans de plus, a estimé la ministre.")
    assert [(c.speaker.name, c.content) for c in found] == [
        ("ministre", "Les travaux, commencés en 2020, dureront deux ans de plus")]
