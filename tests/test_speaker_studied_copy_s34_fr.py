"""French speaker rules found on the copy studied in session 34: a name after a role's complement
and its noun ("du syndicat des vins Côtes de Gascogne, Alain Castagnet"), a region's name ending in
"Est" before a verb, a subject relayed by an agency ("cité par l'ACAP") for its coordinated verb, a
place after "depuis" in a quotation, a force that no other body's short form stands for ("la police
cantonale"), the unit of a named body, and a committee named between guillemets after "selon".
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_name_after_a_roles_complement_and_its_noun_is_the_person():
    text = ("Titre\n\nUn premier paragraphe.\n\nMardi soir, 200 vignerons étaient venus écouter le président du syndicat "
            "des vins Coteaux de Lomagne, Paul Sarrat. « Nous avons planté pour l'export », a-t-il lancé devant la salle. "
            "Selon lui, les ventes ont reculé de 18 % en deux ans.\n")
    assert speaker_of(text, "Nous avons planté", "fr") == "Paul Sarrat"
    assert speaker_of(text, "les ventes ont reculé", "fr") == "Paul Sarrat"


def test_a_region_named_grand_est_is_no_auxiliary():
    text = ("Titre\n\nUn premier paragraphe.\n\nContactée par la radio, la Région Grand Est indique que le festival avait "
            "reçu 45 000 euros de subventions en 2026.\n")
    assert speaker_of(text, "le festival avait reçu", "fr") == "Région Grand Est"


def test_a_subject_relayed_by_an_agency_speaks_for_its_coordinated_verb():
    text = ("Titre\n\nUn premier paragraphe.\n\nLe ministre de l'Intérieur, cité par l'Agence nationale de presse (ANP), "
            "a estimé que le report était « regrettable » et a assuré que les délégations resteraient en fonction.\n")
    assert speaker_of(text, "le report était", "fr") == "ministre de l'Intérieur"
    assert speaker_of(text, "les délégations resteraient", "fr") == "ministre de l'Intérieur"


def test_a_place_after_depuis_is_no_person_a_role_stands_for():
    text = ("Titre\n\nUn premier paragraphe.\n\nLe gouverneur de la région Ouest, cité par l'agence officielle, a assuré que "
            "« les portes du dialogue restent ouvertes ».\n\n« J'ai marché depuis Dar Naim jusqu'à l'hôpital », témoigne "
            "Mariem, une infirmière.\n")
    assert speaker_of(text, "les portes du dialogue", "fr") == "gouverneur de la région Ouest"


def test_a_force_is_no_other_bodys_short_form():
    text = ("Titre\n\nUn premier paragraphe.\n\nEnviron 800 personnes ont manifesté contre le projet de l'Hôpital de la Broye "
            "(HB), selon les organisateurs. Ils étaient 550 selon la police cantonale.\n")
    assert speaker_of(text, "Ils étaient 550", "fr") == "police cantonale"


def test_the_unit_of_a_named_body_is_named_with_it():
    text = ("Titre\n\nUn premier paragraphe.\n\nLa délégation régionale de la Direction générale des élections (DGE) de "
            "Kindia a annoncé lundi que quatorze listes avaient été déclarées irrecevables.\n")
    assert speaker_of(text, "quatorze listes", "fr") == "délégation régionale de la Direction générale des élections de Kindia"


def test_a_committee_named_between_guillemets_after_selon():
    text = ("Titre\n\nUn premier paragraphe.\n\nUne pétition de 14 200 signatures a été remise à la Chancellerie, selon le "
            "comité « Sauvons notre maternité ».\n")
    assert speaker_of(text, "Une pétition de 14 200", "fr") == "Sauvons notre maternité"
    assert not [c for c in claims_of(text, "fr") if c.kind == "direct"]


def test_the_management_is_the_hospital_the_article_names():
    text = ("Fermeture de nuit des urgences à l'hôpital de Morlaix\n\nLe service des urgences du centre hospitalier de "
            "Morlaix-Plougonven sera fermé chaque nuit, a annoncé l'agence régionale de santé.\n\nLa direction de "
            "l'hôpital a assuré que la fermeture était « temporaire ».\n\nSelon la direction, dix médecins arriveront "
            "d'ici l'été.\n")
    assert speaker_of(text, "la fermeture était", "fr") == "centre hospitalier de Morlaix-Plougonven"
    assert speaker_of(text, "dix médecins arriveront", "fr") == "centre hospitalier de Morlaix-Plougonven"


def test_a_counted_group_and_its_relative_clause_is_the_group():
    text = ("Titre\n\nUn premier paragraphe.\n\nTrois riverains qui habitent près du site ont affirmé qu'ils craignaient "
            "des inondations.\n")
    assert speaker_of(text, "ils craignaient", "fr") == "Trois riverains"


def test_a_clause_before_a_source_goes_on_after_it():
    text = "Titre\n\nUn paragraphe.\n\nDeux personnes ont été tuées, selon la police, et au moins 30 ont été blessées.\n"
    claim = next(c for c in claims_of(text, "fr") if c.kind != "assertion")
    assert (claim.content, claim.speaker.name) == ("Deux personnes ont été tuées", "police")


def test_a_body_and_its_adjective_stands_for_its_fuller_name():
    text = ("Titre\n\nUn paragraphe.\n\nL'inspection académique de la Corrèze a ouvert une enquête. L'inspection "
            "académique a précisé que trois classes fermeraient.\n\nLe tribunal correctionnel de Tulle a jugé l'affaire. "
            "Le tribunal correctionnel a estimé que la faute était grave.\n")
    assert speaker_of(text, "trois classes fermeraient", "fr") == "inspection académique de la Corrèze"
    assert speaker_of(text, "la faute était grave", "fr") == "tribunal correctionnel de Tulle"


def test_a_full_name_after_a_roles_complement_noun_is_the_holder():
    text = ("Titre\n\nUn paragraphe.\n\nLe président de la fédération des chasseurs Jean Petit a reçu Luc Durand. « La "
            "chasse continuera », a-t-il lancé.\n")
    assert speaker_of(text, "La chasse continuera", "fr") == "Jean Petit"


def test_the_managed_institution_keeps_its_place_adjective():
    text = ("Titre\n\nUn paragraphe.\n\nLe Centre hospitalier de la Polynésie française manque d'anesthésistes. Selon la "
            "direction, 212 opérations ont été reportées.\n")
    assert speaker_of(text, "212 opérations", "fr") == "Centre hospitalier de la Polynésie française"


def test_two_institutions_in_two_places_give_the_management_no_name():
    text = "Titre\n\nUn paragraphe.\n\nLe CHU de Brest a reçu des patients du CHU de Poitiers. Selon la direction, les lits manquent.\n"
    assert speaker_of(text, "les lits manquent", "fr") == "direction"
