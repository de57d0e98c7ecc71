"""French speaker rules found on the copy studied in session 48: an inverted subject then how the outlet
reached it (", contactée par nos soins"); "commandée par X et publiée …" names X; a radio's name of
three words after "au micro de", then the person's; kin words are roles ("le beau-frère du prévenu")
and never an office of the same person; after "Selon X," a subject, its participle clause and its verb
(or a name, its role and an imperfect) are the statement; a site's name and rubric at the top of the
page name no speaker. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_an_inverted_subject_then_how_the_outlet_reached_it():
    text = ("Titre\n\nLa fermeture de la classe est envisagée pour la rentrée 2027, a confirmé lundi la direction des "
            "services départementaux de l'Éducation nationale (DSDEN) du Cher, contactée par nos soins.\n")
    assert speaker_of(text, "fermeture de la classe", "fr") == \
        "direction des services départementaux de l'Éducation nationale du Cher"


def test_a_body_that_commissioned_a_study_then_a_coordinated_participle():
    text = ("Titre\n\nD'après une étude commandée par Trégor Littoral Communauté et publiée en 2025, une quinzaine "
            "d'habitations pourraient être menacées.\n")
    assert speaker_of(text, "quinzaine d'habitations", "fr") == "Trégor Littoral Communauté"


def test_a_radio_of_three_words_then_the_persons_name():
    text = ("Titre\n\n« On augmente le prix du bus », réagit au micro de Radio Campus Tours Yanis Ferrand, président de "
            "l'Union des étudiants tourangeaux.\n")
    assert speaker_of(text, "prix du bus", "fr") == "Yanis Ferrand"


def test_a_kin_of_someone_named_by_role_is_the_kin():
    text = "Titre\n\nLe beau-frère du prévenu a déclaré qu'il ignorait tout des délibérations du conseil municipal.\n"
    assert speaker_of(text, "ignorait tout", "fr") == "beau-frère du prévenu"


def test_after_a_source_a_subject_its_participle_clause_then_its_verb():
    text = "Titre\n\nSelon le parquet, une seconde enquête, visant un ancien associé du prévenu, est toujours en cours.\n"
    claim = next(c for c in claims_of(text, "fr") if "seconde enquête" in c.content)
    assert (claim.speaker.name, claim.content) == (
        "parquet", "une seconde enquête, visant un ancien associé du prévenu, est toujours en cours")


def test_after_a_source_a_named_subject_its_role_then_an_imperfect():
    text = "Titre\n\nSelon l'accusation, Franck Gaillot, gérant de la société jusqu'en 2024, encaissait des acomptes.\n"
    assert speaker_of(text, "encaissait", "fr") == "accusation"


def test_a_sites_name_and_rubric_at_the_top_name_no_speaker():
    text = ("Un marchand de sommeil condamné\n\nActu Colmar | Faits divers – Justice\n\nLe prévenu a été condamné mardi. "
            "« Je loue à des gens que personne ne veut loger », s'est-il défendu.\n")
    assert speaker_of(text, "personne ne veut loger", "fr") == "prévenu"


def test_de_before_a_body_takes_the_article_the_text_wrote_even_contracted():
    from claims.extract.short_form_names_fr import of_as_written
    assert of_as_written("Les urgences du centre hospitalier de Montval ferment.", "centre hospitalier de Montval") == "du "
    assert of_as_written("Il travaille aux Papeteries de la Glane.", "Papeteries de la Glane") == "des "
    assert of_as_written("Elle dirige Montval Santé.", "Montval Santé") is None
