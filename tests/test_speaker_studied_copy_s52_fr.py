"""French rules found on the copy studied in session 52 (Wikinews-texture sets of session 51).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import content_of, speaker_of


def test_a_quoted_subject_after_que_is_no_attribution_of_the_quotation():
    text = ("Titre\n\nLe porte-parole de la commission, le juge Karim Abdel-Fattah, a expliqué mardi que le froid et "
            "« la lassitude des électeurs » expliquaient cette désaffection.\n")
    assert content_of(text, "lassitude", "fr") == \
        "le froid et « la lassitude des électeurs » expliquaient cette désaffection"
    assert speaker_of(text, "lassitude", "fr") == "Karim Abdel-Fattah"


def test_a_united_nations_mission_named_at_length_is_a_body():
    text = ("Titre\n\nDans un rapport publié mercredi, la mission d'assistance des Nations unies au Soudan du Sud (Minuss) "
            "indique que les mines ont tué 213 civils en 2011.\n")
    assert speaker_of(text, "213 civils", "fr") == "mission d'assistance des Nations unies au Soudan du Sud"


def test_the_day_before_an_inverted_subject_is_no_part_of_its_relative_clause_speaker():
    text = ("Titre\n\nAucune victime n'est à déplorer, a annoncé jeudi soir la police cantonale fribourgeoise, qui précise "
            "que deux personnes légèrement blessées ont été hospitalisées.\n")
    assert speaker_of(text, "légèrement blessées", "fr") == "police cantonale fribourgeoise"


def test_a_newspaper_described_by_an_adjective_is_the_paper_named_before():
    text = ("Titre\n\nLe coureur a été entendu par les gendarmes, selon des propos rapportés par L'Écho. "
            "Selon le quotidien sportif, quatre coureurs de l'équipe ont été entendus mercredi.\n")
    assert speaker_of(text, "quatre coureurs", "fr") == "L'Écho"


def test_pour_says_for_what_when_a_source_closes_the_sentence():
    text = ("Titre\n\nPour une maison d'une valeur moyenne de 250 000 dollars, la hausse représentera environ 70 dollars, "
            "selon les documents budgétaires présentés par la municipalité.\n")
    assert speaker_of(text, "70 dollars", "fr") == "municipalité"
