"""French: a speaker written in a cut-down form ("la municipalité", "la wilaya") is the fullest
form of that entity the article gives or implies."""

from __future__ import annotations

from extract_support import claims_of
from claims.extract.local_authorities_fr import article_town


def test_municipality_alone_is_the_municipality_of_the_article_town():
    found = claims_of(
        "Les fouilles reprennent à Vernoux\n\n"
        "Des archéologues de Grenoble ont repris lundi les fouilles près de Vernoux. Le site de Vernoux "
        "attire déjà des visiteurs. La municipalité a annoncé qu'un parcours de visite ouvrirait en juin.")
    assert [c.speaker.name for c in found] == ["municipalité de Vernoux"]


def test_elided_town_after_a_vowel():
    found = claims_of(
        "Les coupures d'eau continuent dans plusieurs quartiers d'Annaba. Le barrage d'Annaba est presque vide. "
        "Selon un communiqué de la wilaya, 30 citernes seront envoyées dès lundi.")
    assert [c.speaker.name for c in found] == ["wilaya d'Annaba"]


def test_no_town_when_two_are_named_as_often():
    found = claims_of(
        "Le bus relie désormais le centre de Vernoux à la gare de Tournon. Les habitants de Vernoux et "
        "ceux de Tournon l'attendaient. La municipalité a annoncé que le service serait gratuit.")
    assert [c.speaker.name for c in found] == ["municipalité"]


def test_article_town_is_named_at_least_twice():
    assert article_town("Un concert a eu lieu à Privas samedi.") is None
    assert article_town("Un concert a eu lieu à Privas. Le maire de Privas était présent.") == "Privas"
    assert article_town("Le centre de Saint-Agrève et le marché de Saint-Agrève ferment.") == "Saint-Agrève"
