"""French institution subjects: names that run over "et" and commas, and subjects after a fronted
place ("À Rennes, le cabinet de …")."""

from __future__ import annotations

from extract_support import claims_of


def test_minister_with_two_complements_joined_by_et_is_one_subject_after_a_fronted_place():
    found = claims_of(
        "À Rennes, le cabinet de la ministre des Forêts et des Rivières a fait savoir qu'une cellule de "
        "crise serait créée.")
    assert [c.speaker.name for c in found] == ["cabinet de la ministre des Forêts et des Rivières"]


def test_ministry_with_a_list_of_complements_is_one_subject():
    found = claims_of(
        "Le ministère belge de l'Énergie, du Climat et des Transports a fait savoir lundi qu'il proposerait "
        "un audit des réseaux.")
    assert [c.speaker.name for c in found] == ["ministère belge de l'Énergie, du Climat et des Transports"]


def test_two_named_subjects_joined_by_et_are_still_the_last_one():
    found = claims_of("Le maire a salué la décision et la préfète a assuré que les travaux commenceraient en mai.")
    assert [c.speaker.name for c in found] == ["préfète"]


def test_general_prosecution_office_is_a_body_not_the_minister_named_before():
    found = claims_of(
        "Le ministre de la Santé, Tomas Varga, a démissionné mercredi. Le parquet général a confirmé "
        "jeudi qu'une enquête préliminaire était ouverte. Le procureur général a précisé que le dossier "
        "comptait 300 pages.")
    assert [c.speaker.name for c in found] == ["parquet général", "procureur général"]


def test_inverted_person_with_a_role_naming_a_body_is_the_person():
    found = claims_of(
        "« Nous irons jusqu'au bout », réagit Jean Ferrand, le président de l'association Vernon Nature.")
    assert [(c.speaker.name, c.speaker.role) for c in found] == [
        ("Jean Ferrand", "président de l'association Vernon Nature")]


def test_body_named_between_guillemets_after_its_kind():
    found = claims_of("Le collectif « Sauvons la Lande » estime que le projet détruira douze hectares.")
    assert [c.speaker.name for c in found] == ["Sauvons la Lande"]


def test_a_fronted_adjective_is_no_speakers_name():
    for opening in ("Émue", "Interrogé", "Soulagés"):
        found = claims_of(f"Prix\n\n{opening}, la directrice a déclaré que le budget serait tenu.\n")
        assert [c.speaker.name for c in found] == ["directrice"]


def test_a_pronoun_refers_to_the_ministry_opening_the_sentence_after_pour_sa_part():
    found = claims_of("Le secrétaire général du syndicat, Paul Roux, a affirmé que la grève était suivie. Selon le "
                      "syndicat, 400 camions sont bloqués.\n\nPour sa part, le ministère des Transports et de la Mer "
                      "justifie la mesure par l'état des routes. Dans un communiqué signé lundi, il explique que les "
                      "recettes serviront « à l'entretien des routes ».")
    assert found[-1].speaker.name == "ministère des Transports et de la Mer"
