"""French possessive role phrases ("son cabinet", "son attaché de presse") name the role of the
sentence's subject, in the fullest form the article gives that role."""

from __future__ import annotations

from extract_support import claims_of
from claims.extract.possessive_roles_fr import fullest_role, of_fullest_role


def test_cabinet_of_a_minister_known_by_an_adjective_and_a_complement():
    found = claims_of(
        "Le ministre breton de la Pêche a réagi sur les réseaux sociaux. Son cabinet indique qu'une "
        "aide d'urgence sera votée lundi.")
    assert [c.speaker.name for c in found] == ["cabinet du ministre breton de la Pêche"]


def test_press_attache_of_the_minister_named_in_full_earlier():
    found = claims_of(
        "À Rennes, le cabinet de la ministre des Forêts et des Rivières a promis des aides aux salariés. "
        "La ministre doit rencontrer les dirigeants de la scierie mardi, a précisé son attaché de presse.")
    assert [c.speaker.name for c in found][-1] == "attaché de presse de la ministre des Forêts et des Rivières"


def test_fullest_role_never_guesses_between_two_forms():
    text = "la ministre de la Culture et la ministre des Sports"
    assert fullest_role(text, "ministre") == "ministre"
    assert fullest_role("le ministre de la Santé a dit. Le ministre a ajouté", "ministre") == "ministre de la Santé"
    assert of_fullest_role("le maire de Lyon", "de Paul Roux") == "de Paul Roux"


def test_promoters_of_a_plant_are_the_company_their_sentence_introduces():
    found = claims_of(
        "D'une capacité de 40 tonnes par jour, l'usine de la société Recyplast Atlantique devrait créer "
        "300 emplois, selon ses promoteurs.")
    assert [c.speaker.name for c in found] == ["Recyplast Atlantique"]


def test_spokeswoman_of_the_role_that_opened_the_previous_sentence():
    found = claims_of(
        "La présidente de la région, Carole Vidal, a salué l'accord. Sa porte-parole a indiqué que le "
        "financement était bouclé.")
    assert [c.speaker.name for c in found] == ["porte-parole de la présidente de la région"]


def test_a_counterpart_is_someone_else_and_keeps_the_possessive():
    found = claims_of(
        "Le conseiller d'État vaudois chargé de la santé, Paul Roux, défend le texte. Son homologue genevoise "
        "a estimé qu'il « rate sa cible ».")
    assert [c.speaker.name for c in found][-1] == "son homologue genevoise"


def test_a_spokesman_closing_the_sentence_is_the_subject_s_not_one_named_for_another_body():
    found = claims_of(
        "La route restera fermée, a indiqué la porte-parole de la société Alpes Routes, Julie Martin.\n\n"
        "Le parquet d'Annecy a ouvert une enquête pour homicide involontaire, a précisé son porte-parole.")
    assert [c.speaker.name for c in found][-1] == "le porte-parole du parquet d'Annecy"


def test_organisers_of_the_indefinite_subject_of_their_sentence():
    found = claims_of("Une pétition lancée par des parents a recueilli plus de 3 000 signatures, selon ses organisateurs.")
    assert [c.speaker.name for c in found] == ["les organisateurs de la pétition"]


def test_a_possessive_description_opening_a_sentence_is_of_the_person_just_quoted():
    found = claims_of(
        "« J'ai attendu six heures aux urgences », témoigne Marc Lenoir, 58 ans. Sa voisine de chambre, qui a "
        "requis l'anonymat, affirme que deux patients ont fait un malaise.")
    assert [c.speaker.name for c in found][-1] == "la voisine de chambre de Marc Lenoir"


def test_possessive_spokesman_of_a_capitalised_body_and_its_adjectives():
    # the police spokesman named before is someone else's spokesman
    found = claims_of("« Ce comportement met en danger la vie de tout le monde », souligne Sébastien Jaquier, "
                      "porte-parole de la police.\n\nLe Ministère public vaudois a ouvert une instruction pour délit de "
                      "chauffard, a confirmé samedi son porte-parole.")
    assert found[-1].speaker.name == "le porte-parole du Ministère public vaudois"
