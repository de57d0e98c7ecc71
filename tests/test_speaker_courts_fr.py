"""French: a court's judges and rulings speak as the court named before them (sentences and
names invented for these tests)."""

from __future__ import annotations

import pytest

from extract_support import claims_of


@pytest.mark.parametrize("court, named", [
    ("le Tribunal cantonal valaisan", "Tribunal cantonal valaisan"),
    ("le tribunal correctionnel de Tours", "tribunal correctionnel de Tours"),
    ("la cour d'appel de Douai", "cour d'appel de Douai"),
    ("la Haute Cour de cassation et de justice de Roumanie", "Haute Cour de cassation et de justice de Roumanie"),
])
@pytest.mark.parametrize("speaking", ["Les juges estiment que", "Selon l'arrêt,", "Selon le jugement,"])
def test_judges_and_rulings_speak_as_the_court(court, named, speaking):
    text = (f"Écoquartier\n\nDans une décision rendue mercredi, {court} annule le plan de quartier. "
            f"{speaking} la commune n'a pas tenu compte du bruit de l'autoroute.\n")
    claim = next(c for c in claims_of(text) if "bruit" in c.content)
    assert claim.speaker.name == named


def test_a_bare_tribunal_names_no_court():
    text = ("Procès\n\nL'affaire a été renvoyée devant le tribunal. "
            "Les juges estiment que la commune n'a pas tenu compte du bruit de l'autoroute.\n")
    claim = next(c for c in claims_of(text) if "bruit" in c.content)
    assert claim.speaker.name == "juges"


def test_the_defendant_is_the_one_person_the_article_says_was_tried():
    found = claims_of(
        "Le gérant de la société Vendanges Plus, Paul Martin, 46 ans, a été condamné jeudi à dix-huit mois de "
        "prison avec sursis.\n\nLe prévenu, lui, a reconnu « des erreurs d'organisation », tout en contestant "
        "l'intention. « J'ai été débordé, j'avais trois fois plus de demandes », a-t-il expliqué à la barre.")
    assert [c.speaker.name for c in found][-1] == "Paul Martin"


def test_a_lawyer_named_after_a_party_s_role_is_not_that_party():
    found = claims_of(
        "Le prévenu, lui, a reconnu « des erreurs d'organisation », tout en contestant l'intention. Selon son "
        "avocate, Me Sandrine Colin, son client avait loué la grange « de bonne foi ».")
    assert [(c.content, c.speaker.name) for c in found] == [
        ("« des erreurs d'organisation »", "prévenu"),
        ("son client avait loué la grange « de bonne foi »", "Sandrine Colin")]


def test_the_defendant_is_the_person_tried_even_when_his_company_was_named_with_him():
    found = claims_of(
        "Le gérant de la société Vendanges Plus, Paul Martin, 46 ans, a été condamné jeudi.\n\n"
        "À l'audience, le procureur, Éric Lambert, avait décrit « des conditions indignes ».\n\n"
        "Le prévenu, lui, a reconnu « des erreurs d'organisation », tout en contestant l'intention. « J'ai été "
        "débordé », a-t-il expliqué à la barre. Selon son avocate, Me Sandrine Colin, son client avait loué la "
        "grange « de bonne foi ».")
    assert [c.speaker.name for c in found] == ["Éric Lambert", "Paul Martin", "Paul Martin", "Sandrine Colin"]


def test_judges_and_ruling_of_a_chamber_speak_as_that_chamber():
    found = claims_of("La chambre criminelle de la Cour de cassation a rejeté jeudi le pourvoi de l'ancien maire. Selon "
                      "l'arrêt, les faits sont établis. Les juges ont estimé que la peine était « proportionnée ».")
    assert [c.speaker.name for c in found] == ["chambre criminelle de la Cour de cassation"] * 2
