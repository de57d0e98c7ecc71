"""French speakers named again in other words: a first name with an age ("Odile, 63 ans") is a
person, "ce chauffeur routier" is the witness just introduced, a role or a body the article named
before stands for it ("l'agriculteur", "le syndicat", "l'entreprise")."""

from __future__ import annotations

from extract_support import claims_of


def test_first_name_with_an_age_opening_a_sentence_is_a_person():
    found = claims_of(
        "Un incendie a détruit un entrepôt à Vénissieux, a indiqué la préfecture du Rhône.\n\n"
        "Odile, 63 ans, promène son chien tous les matins devant le site. « Ça sentait le plastique brûlé "
        "jusqu'à midi », souffle-t-elle.")
    assert [c.speaker.name for c in found] == ["préfecture du Rhône", "Odile"]


def test_demonstrative_description_is_the_witness_just_introduced():
    found = claims_of(
        "Un incendie a détruit un entrepôt à Vénissieux, a indiqué la préfecture du Rhône.\n\n"
        "Bastien, 41 ans, habite en face. « Les flammes montaient jusqu'au toit. On a entendu deux "
        "explosions », raconte ce chauffeur routier, encore sous le choc.")
    assert found[-1].speaker.name == "Bastien"


def test_demonstrative_source_still_refers_to_the_source_just_cited():
    found = claims_of(
        "Le suspect a été interpellé lundi, indique une source policière. Il était connu des services, "
        "a précisé cette source.")
    assert [c.speaker.name for c in found] == ["source policière", "source policière"]
