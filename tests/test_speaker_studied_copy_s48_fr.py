"""French speaker rules of session 48: a body's management that speaks ("a annoncé la direction de
l'établissement", "selon sa direction", "la direction générale du CHU") is named as that management
of the body the article names, with the "de" and article French gives it ("direction du centre
hospitalier de X", "direction de la fonderie X", "direction d'Arvalp"); the pronoun or "la même
source" right after it goes on with it; a body named by "direction" ("la direction départementale
des territoires") stays itself. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_the_management_of_the_establishment_is_named_with_the_hospital():
    text = ("Titre\n\nLes urgences du centre hospitalier de Montval fermeront la nuit à partir du 1er décembre, a annoncé "
            "jeudi la direction de l'établissement. Selon elle, sept postes de médecin sont vacants.\n")
    assert speaker_of(text, "fermeront la nuit", "fr") == "direction du centre hospitalier de Montval"
    assert speaker_of(text, "sept postes", "fr") == "direction du centre hospitalier de Montval"


def test_the_management_named_with_its_company_is_kept_as_written():
    text = ("Titre\n\nLa direction de Kessler Antriebe a fait savoir dans un communiqué que les suppressions de postes "
            "s'étaleraient jusqu'en 2028.\n")
    assert speaker_of(text, "suppressions de postes", "fr") == "direction de Kessler Antriebe"


def test_its_management_is_the_management_of_the_company_opening_the_sentence():
    text = ("Titre\n\nL'équipementier Arvalp, installé à Lannion, va supprimer 140 postes, a annoncé mardi sa direction "
            "lors d'un comité social et économique.\n")
    assert speaker_of(text, "140 postes", "fr") == "direction d'Arvalp"


def test_the_general_management_of_the_chu_takes_the_hospitals_fuller_name():
    text = ("Titre\n\nLe plan blanc a été déclenché au CHU de Montval mardi. Les opérations non urgentes sont reportées, "
            "a indiqué la direction générale du CHU.\n")
    assert speaker_of(text, "opérations non urgentes", "fr") == "direction générale du CHU de Montval"


def test_a_body_named_by_direction_stays_itself():
    text = ("Titre\n\nLa fermeture de la classe est envisagée pour la rentrée, a confirmé lundi la direction "
            "départementale des territoires de la Creuse.\n")
    assert speaker_of(text, "fermeture de la classe", "fr") == "direction départementale des territoires de la Creuse"


def test_the_management_takes_the_article_french_wrote_before_the_body():
    text = ("Titre\n\nLa production de la verrerie Sambrel, à Jeumont, sera suspendue en décembre. Selon la direction, "
            "les commandes ont baissé de 30 %.\n")
    assert speaker_of(text, "commandes ont baissé", "fr") == "direction de la verrerie Sambrel"
    assert [c.speaker.name for c in claims_of(text, "fr")].count("direction de la verrerie Sambrel") == 1


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
