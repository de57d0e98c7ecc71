"""French speaker and span rules found on the copy studied in session 29: a long adjunct and an
audience before "que", "Toujours selon X", a body's head noun capitalised alone ("le Ministère"),
figures published by a body, a place inside an anonymous source's own description, documents
"obtenues par" an outlet that only relays them.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_an_interview_and_its_audience_before_que():
    text = ("Titre\n\nL'économiste Karim Benali a estimé dans un entretien à la Chaîne 2 de la Radio tunisienne "
            "que ce rythme restait « très insuffisant » au regard des objectifs.\n")
    assert speaker_of(text, "ce rythme restait", "fr") == "Karim Benali"


def test_toujours_selon_opens_a_source_phrase():
    text = ("Titre\n\nLe ministère des Transports a confirmé jeudi que le chantier ne serait pas terminé avant 2028. "
            "Toujours selon le ministère, la facture atteint désormais 1,1 milliard de dollars.\n")
    assert speaker_of(text, "la facture atteint", "fr") == "ministère des Transports"


def test_the_ministry_capitalised_alone_is_the_ministry_named_before():
    text = ("Titre\n\nLe ministère des Transports a confirmé jeudi que le chantier ne serait pas terminé avant 2028. "
            "Selon le Ministère, plusieurs ponts sont plus dégradés que prévu.\n")
    assert speaker_of(text, "plusieurs ponts", "fr") == "ministère des Transports"


def test_figures_published_by_a_body_are_its_claim():
    text = ("Titre\n\nSelon des chiffres publiés en 2025 par l'Organisation mondiale de la santé (OMS), le pays compte "
            "environ 2,9 médecins pour 1 000 habitants.\n")
    assert speaker_of(text, "le pays compte", "fr") == "Organisation mondiale de la santé"


def test_a_place_inside_an_anonymous_sources_description_is_not_the_source():
    text = ("Titre\n\nUn responsable d'une organisation humanitaire présente dans la région, qui a requis "
            "l'anonymat, a estimé auprès de l'AFP que le bilan risque de s'alourdir.\n")
    assert speaker_of(text, "le bilan risque", "fr") == "responsable d'une organisation humanitaire présente dans la région"


def test_documents_obtained_by_an_outlet_are_not_the_outlets_claim():
    text = ("Titre\n\nSelon des données internes obtenues par Le Journal, 71 patients occupaient mardi les 37 "
            "civières des urgences.\n")
    assert speaker_of(text, "71 patients occupaient", "fr") != "Journal"
