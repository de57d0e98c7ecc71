"""French speaker rules found on the copy studied in session 22: West African pilgrimage honorifics
before a name, "la Ville" as the town a headline's kicker names, a body's region after its short
form. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_pilgrimage_honorific_is_no_part_of_the_name():
    text = "« Le bidon est passé de 1 000 à 5 000 francs », dénonce Hadja Mariama Sow, ménagère à Kobaya.\n"
    assert speaker_of(text, "Le bidon est passé", "fr") == "Mariama Sow"


def test_el_hadj_before_a_name():
    text = "Selon Elhadj Ousmane Barry, le prix du sac de riz a doublé en un mois.\n"
    assert speaker_of(text, "le prix du sac de riz", "fr") == "Ousmane Barry"


def test_la_ville_is_the_town_of_the_headline_kicker():
    text = ("Dinant : la piscine communale fermée jusqu'au printemps\n\n"
            "La piscine du centre de Dinant restera fermée. La Ville a annoncé mercredi que des fuites avaient été "
            "découvertes sous le bassin.\n")
    assert speaker_of(text, "des fuites avaient", "fr") == "Ville de Dinant"


def test_a_country_in_the_kicker_is_no_town():
    text = ("Italie : la municipalité de Pise ferme la tour\n\n"
            "En Italie, la tour restera fermée. La Ville a annoncé mardi que des fissures avaient été découvertes.\n")
    assert speaker_of(text, "des fissures avaient", "fr") != "Ville d'Italie"


def test_a_kicker_that_opens_an_outlets_name_is_no_town():
    text = ("Guadeloupe : une école fermée à Capesterre-Belle-Eau\n\n"
            "Le directeur a déclaré à Guadeloupe la 1ère que l'école resterait fermée. À Capesterre-Belle-Eau, "
            "la mairie a indiqué que les sargasses seraient ramassées lundi.\n")
    assert speaker_of(text, "les sargasses seraient", "fr") == "mairie de Capesterre-Belle-Eau"


def test_a_bodys_region_after_its_short_form_is_no_person():
    text = ("Un calendrier qui laisse sceptique le président de l'USPO Grand Est, Marc-Henri Ventura. « On nous a déjà "
            "promis des livraisons pour la semaine dernière », prévient-il.\n")
    assert speaker_of(text, "On nous a déjà promis", "fr") == "Marc-Henri Ventura"
