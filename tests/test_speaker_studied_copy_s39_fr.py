"""French speaker and span rules found on the copy studied in session 39: a long inverted subject
then a short adjunct, a clause with an adverb after a source, a verdict or a summary before a colon,
where the subject was before it, a circumstance after a source closing the sentence, and a
sous-préfecture as a body. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

from extract_support import content_of, speaker_of


def _content(text: str, words: str) -> str:
    return content_of(text, words, "fr")


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_a_long_inverted_subject_then_a_short_adjunct():
    text = ("Titre\n\nLa récolte de noix de l'appellation d'origine protégée (AOP) Noix du Périgord devrait atteindre à "
            "peine 9 000 tonnes cette année, contre 14 000 tonnes en moyenne, a annoncé mardi le Syndicat des nuciculteurs "
            "du Sarladais et du Bergeracois, à l'ouverture de la campagne.\n")
    assert _content(text, "récolte").startswith("La récolte de noix")
    assert _speaker(text, "récolte") == "Syndicat des nuciculteurs du Sarladais et du Bergeracois"


def test_a_clause_with_an_adverb_after_a_source_is_no_apposition():
    text = ("Titre\n\nD'après la chambre d'agriculture du Gers, le département compte déjà 2 300 hectares de noisetiers, "
            "« en grande partie trop jeunes » pour produire cette année.\n")
    assert _content(text, "noisetiers") == ("le département compte déjà 2 300 hectares de noisetiers, « en grande partie "
                                            "trop jeunes » pour produire cette année")


@pytest.mark.parametrize("stance", ["a d'abord dressé un constat sévère", "a résumé la situation ainsi"])
def test_a_verdict_or_a_summary_before_a_colon(stance):
    text = (f"Titre\n\nLe président de l'association, Bernard Lacoste, {stance} : plus de 600 hectares de vigne ont "
            "été arrachés depuis 2024 dans le canton.\n")
    assert _content(text, "hectares") == "plus de 600 hectares de vigne ont été arrachés depuis 2024 dans le canton"
    assert _speaker(text, "hectares") == "Bernard Lacoste"


def test_where_the_subject_was_opens_the_sentence_of_a_second_verb():
    text = ("Titre\n\nPrésent à l'inauguration, le maire de Figeac, André Vialatte, a salué un projet « structurant » et "
            "rappelé que la ville avait cédé le terrain pour un euro symbolique.\n")
    assert _speaker(text, "terrain") == "André Vialatte"


def test_a_circumstance_after_a_source_closing_the_sentence():
    text = ("Titre\n\nSamedi, quelque 400 personnes se sont rassemblées devant la maternité, selon la police, à l'appel "
            "du collectif Santé Rouergue.\n")
    assert _content(text, "personnes") == "Samedi, quelque 400 personnes se sont rassemblées devant la maternité"
    assert _speaker(text, "personnes") == "police"


def test_a_sous_prefecture_is_a_body_not_a_person_of_the_paragraph():
    text = ("Titre\n\nLa communauté de communes Causses et Vallée de la Dordogne a fait savoir qu'elle réunirait les élus. "
            "La sous-préfecture de Gourdon a indiqué mercredi que l'État examinerait le plan de sauvegarde de l'emploi.\n")
    assert _speaker(text, "l'État") == "sous-préfecture de Gourdon"
