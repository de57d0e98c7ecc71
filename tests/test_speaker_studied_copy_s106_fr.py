"""French rules found in session 106 (on the copies studied then). Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _article(*paragraphs: str, title: str = "Titre") -> str:
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def _said_on(text: str, words: str) -> str | None:
    claim = next(c for c in claims_of(text, "fr") if words in c.content)
    return claim.said_on.iso() if claim.said_on else None


def test_a_headline_body_completed_with_a_place_whose_name_holds_an_elided_de_is_the_ledes_and_takes_its_day():
    text = _article("16 mars 2012. - La maternité de Sisteron cessera toute activité le 30 juin, a annoncé jeudi l'Agence "
                    "régionale de santé (ARS) de Provence-Alpes-Côte d'Azur.",
                    title="France : la maternité de Sisteron fermera en juin, selon l'agence régionale de santé")
    assert _speaker(text, "fermera en juin") == "Agence régionale de santé de Provence-Alpes-Côte d'Azur"
    assert _said_on(text, "fermera en juin") == "2012-03-15"


def test_a_headline_ministry_is_the_ledes_ministry_named_with_its_nationality():
    text = _article("21 juin 2012. - Au moins 9 personnes sont mortes de la rougeole à Bouaké, a annoncé mercredi le ministère "
                    "ivoirien de la Santé et de l'Hygiène publique.",
                    title="Côte d'Ivoire : la rougeole a fait 9 morts à Bouaké, selon le ministère de la Santé")
    assert _speaker(text, "la rougeole a fait 9 morts") == "ministère ivoirien de la Santé et de l'Hygiène publique"
    assert _said_on(text, "la rougeole a fait 9 morts") == "2012-06-20"


def test_a_place_named_by_one_word_before_the_inverted_subject_is_no_part_of_the_name():
    text = _article("« On ne soigne plus, on court », a témoigné mardi devant l'hôpital Rangueil Sophie Coustal, "
                    "aide-soignante depuis dix ans.")
    assert _speaker(text, "On ne soigne plus") == "Sophie Coustal"


def test_a_capitalised_administration_alone_is_the_one_the_article_named_with_its_place():
    text = _article("L'Administration portuaire de Baie-Comeau a lancé mardi les travaux d'un nouveau quai. Selon "
                    "l'Administration portuaire, quatre armateurs se sont déjà engagés à utiliser l'installation.")
    assert _speaker(text, "quatre armateurs") == "Administration portuaire de Baie-Comeau"


def test_selon_lui_right_after_his_dated_statement_takes_its_day():
    text = _article("5 décembre 2012. - « Nos revendications ont été déposées en mars », a déclaré mardi à l'AFP le secrétaire "
                    "général du syndicat, Karim Benali. « Nous n'avons reçu aucune réponse. » Selon lui, la grève était suivie "
                    "à 90 % à Oran.")
    assert _speaker(text, "la grève était suivie") == "Karim Benali"
    assert _said_on(text, "la grève était suivie") == "2012-12-04"


def test_an_interview_given_to_a_paper_before_the_inverted_subject_is_no_part_of_it():
    text = _article("Ces mesures « ne suffiront pas », a estimé dans un entretien à L'Écho de la Loire le climatologue "
                    "Bernard Vasseur, de l'université de Nantes.")
    assert _speaker(text, "ne suffiront pas") == "Bernard Vasseur"


def test_a_participle_opening_the_sentence_is_no_part_of_the_speaker():
    text = _article("Rencontré près du marché central, un apprenti de 15 ans originaire de Kolda a raconté qu'il n'avait "
                    "pas revu ses parents depuis deux ans.")
    assert _speaker(text, "revu ses parents") == "apprenti de 15 ans originaire de Kolda"


def test_l_ong_is_the_non_governmental_organisation_named_in_full():
    text = _article("14 février 2012. - Deux employés de l'organisation non gouvernementale Puits du Sahel ont été enlevés "
                    "dimanche soir sur la route d'Arlit, a annoncé lundi l'ONG dans un communiqué.")
    assert _speaker(text, "ont été enlevés") == "Puits du Sahel"
