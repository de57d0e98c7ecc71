"""French rules found on the copy studied in session 61 (set own/fr-blind192). Sentences and names invented
for these tests."""

from __future__ import annotations

from claims.article import Article
from claims.extract import extract
from extract_support import speaker_of


def test_a_long_inverted_body_relayed_by_an_agency_keeps_its_whole_name():
    text = ("Au moins 90 cas de choléra ont été recensés depuis le début du mois, a annoncé lundi la direction de la "
            "santé et de la population (DSP) de la wilaya de Tizi Ouzou, citée par l'agence Algérie Presse Service "
            "(APS). Une trentaine de malades ont été hospitalisés, a-t-elle précisé.\n")
    assert speaker_of(text, "Au moins 90 cas", "fr") == \
        "direction de la santé et de la population de la wilaya de Tizi Ouzou"
    assert speaker_of(text, "Une trentaine", "fr") == \
        "direction de la santé et de la population de la wilaya de Tizi Ouzou"


def test_an_inverted_verb_followed_by_its_object_is_not_read_as_a_long_subject():
    text = ("L'ancien trésorier du club, Marc Dufour, a nié mardi devant le tribunal correctionnel de Namur avoir "
            "détourné 80 000 euros.\n")
    claims = [c for c in extract(Article(text, language="fr")).claims if c.kind != "assertion"]
    assert [c.speaker.name for c in claims] == ["Marc Dufour"]


def test_this_newspaper_is_the_newspaper_that_quoted_the_last_speaker():
    text = ("« L'eau était trouble depuis des semaines », affirme un père de famille cité par le quotidien local "
            "Le Courrier du Djurdjura. Selon ce journal, des habitants avaient alerté la commune dès le printemps.\n")
    assert speaker_of(text, "des habitants avaient alerté", "fr") == "Le Courrier du Djurdjura"


def test_asking_patients_to_do_something_is_no_statement():
    text = ("Dans un avis publié sur son site, l'agence demande aux patients de « ne pas cesser brusquement leur "
            "traitement » et de consulter leur pharmacien.\n")
    assert [c for c in extract(Article(text, language="fr")).claims if c.kind != "assertion"] == []


def test_the_body_named_after_the_relative_clause_of_a_plural_name_is_the_speaker():
    text = ("Le musée de Dresde va restituer un masque au Bénin, a annoncé mardi l'institution publique qui gère les "
            "musées d'État de Saxe, les Collections nationales de Saxe (SKD).\n")
    assert speaker_of(text, "restituer un masque", "fr") == "Collections nationales de Saxe"


def test_the_judgment_delivered_on_a_day_is_the_judgment():
    text = "Selon le jugement rendu mercredi, l'homme avait soigné plus de 900 patients sans diplôme.\n"
    assert speaker_of(text, "avait soigné", "fr") == "jugement"


def test_a_name_joined_by_pour_stays_whole_for_the_second_verb():
    text = ("L'ONG Lumière pour Tous, basée à Dakar, rappelle que 600 millions de personnes n'ont pas accès à "
            "l'électricité et juge que l'objectif de 2030 « restera un slogan » faute de financement.\n")
    assert speaker_of(text, "restera un slogan", "fr") == "Lumière pour Tous"
