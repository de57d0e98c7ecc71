"""French rules found on the copy studied in session 68 (set own/fr-blind208).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_the_region_is_the_regional_council_the_article_names():
    text = ("L'association a remis une pétition au conseil régional du Limousin. Les abonnés pourront être "
            "indemnisés, a assuré la région.\n")
    assert speaker_of(text, "abonnés pourront", "fr") == "conseil régional du Limousin"


def test_the_departement_is_the_general_council_the_article_names():
    text = ("Le conseil général de la Creuse a voté son budget lundi. Les routes seront refaites, a indiqué le "
            "département.\n")
    assert speaker_of(text, "routes seront refaites", "fr") == "conseil général de la Creuse"


def test_a_headline_collective_is_no_spokeswoman_of_the_collective():
    text = ("Martinique : « Nous payons pour une eau qui ne coule pas », dénonce un collectif d'usagers\n\n"
            "5 décembre 2012. - Des milliers d'habitants sont privés d'eau, a dénoncé mardi le collectif Dlo Pou Nou.\n\n"
            "« Les familles achètent des packs d'eau », a déclaré la porte-parole du collectif, Line Moutou.\n")
    assert speaker_of(text, "Nous payons", "fr") == "Dlo Pou Nou"


def test_a_headline_body_named_by_a_possessive_is_the_body_the_lede_names():
    text = ("Québec : les étudiants du cégep de Rimouski reconduisent leur grève, selon leur association\n\n"
            "12 avril 2012. - Les étudiants du cégep de Rimouski ont voté mercredi la reconduction de leur grève, a "
            "annoncé le Mouvement étudiant du cégep de Rimouski.\n")
    assert speaker_of(text, "reconduisent leur grève", "fr") == "Mouvement étudiant du cégep de Rimouski"


def test_a_second_place_after_entre_is_no_subject_of_its_own():
    text = "Les usagers de la ligne entre Limoges et Le Dorat affirment que les retards se multiplient.\n"
    assert speaker_of(text, "retards se multiplient", "fr") != "Le Dorat"


def test_a_subject_after_et_still_speaks():
    text = "Le maire et le préfet affirment que les retards se multiplient.\n"
    assert speaker_of(text, "retards se multiplient", "fr") is not None
