"""French speaker and span rules found on the copy studied in session 39: a long inverted subject
then a short adjunct, a clause with an adverb after a source, a verdict, a summary or frankness
before a colon, where the subject was before it, a circumstance after a source closing the sentence,
a sous-préfecture as a body, documents a council adopted, when someone was elected, a document's
topic then its author, a cleft after the statement's colon, a weekday after an inverted body,
"c'est-à-dire" inside a subject, a station's name after "au micro de", and a photo credit. Sentences
and names invented for these tests."""

from __future__ import annotations

import pytest

from extract_support import claims_of, content_of, speaker_of


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


def test_a_resolution_adopted_on_a_day_by_a_council_speaks_as_the_council():
    text = ("Titre\n\nUne mère de deux élèves, Julie Gagnon, craint le pire. Une résolution adoptée lundi par le conseil "
            "de la MRC de La Matanie affirme que la fermeture « compromettrait » les efforts d'attraction de familles.\n")
    assert _speaker(text, "fermeture") == "conseil de la MRC de La Matanie"


def test_a_study_commissioned_by_a_body_is_not_the_body_s():
    text = ("Titre\n\nSelon une étude commandée par le canton, le nombre de vols de nuit a augmenté de 18 % depuis 2019.\n")
    assert _speaker(text, "vols de nuit") != "canton"


@pytest.mark.parametrize("stance", ["n'a pas tourné autour du pot", "n'y va pas par quatre chemins"])
def test_frankness_before_a_colon(stance):
    text = (f"Titre\n\nLe président de la coopérative, Didier Cassagne, {stance} : la coopérative ne peut plus "
            "« rester seule face aux centrales d'achat ».\n")
    assert _content(text, "coopérative ne peut") == "la coopérative ne peut plus « rester seule face aux centrales d'achat »"
    assert _speaker(text, "coopérative ne peut") == "Didier Cassagne"


def test_an_office_with_its_field_then_a_titled_name_after_an_inverted_verb():
    text = ("Titre\n\nAu moins 80 chirurgies ont été reportées, a confirmé mercredi le Réseau de santé Horizon.\n\n"
            "« Nous priorisons les urgences », a assuré mercredi en conférence de presse la vice-présidente aux services "
            "médicaux d'Horizon, la Dre Nadine Cormier-Landry. Elle a ajouté que deux médecins devraient arriver au "
            "printemps.\n\nUn patient de Caraquet, Gilles Thériault, 67 ans, attend depuis août. « On m'a appelé la "
            "veille », raconte-t-il.\n")
    assert _speaker(text, "priorisons") == "Nadine Cormier-Landry"


@pytest.mark.parametrize("adopted, document, speaker", [
    ("La MRC a adopté mardi une résolution qui demande au CIUSSS de suspendre sa décision.", "Le document",
     "MRC de Bécancour"),
    ("Les élus de la MRC de Bécancour ont adopté à l'unanimité, mercredi dernier (28 octobre), une résolution réclamant "
     "la réfection de la route.", "La résolution", "MRC de Bécancour"),
])
def test_a_document_a_body_adopted_speaks_as_the_body(adopted, document, speaker):
    text = (f"Titre\n\nLa MRC de Bécancour s'inquiète pour son CLSC.\n\n{adopted} {document} rappelle que les personnes "
            "de 65 ans et plus représentent 29 % des résidents du territoire.\n")
    assert _speaker(text, "65 ans") == speaker


def test_when_someone_was_elected_is_no_speaker():
    text = ("Titre\n\nLe nouveau maire de la commune, élu en 2024 après la démission de Gérard Bonnet, a indiqué que la "
            "municipalité avait engagé une procédure.\n")
    assert _speaker(text, "procédure") == "maire de la commune"


def test_a_document_s_topic_then_its_author():
    text = ("Titre\n\nD'après les prévisions d'effectifs du ministère de l'Éducation, la clientèle de l'école devrait se "
            "stabiliser autour de 15 élèves.\n")
    assert _speaker(text, "clientèle") == "ministère de l'Éducation"


def test_a_document_s_topic_with_no_author_stays_the_document():
    text = ("Titre\n\nSelon la note de présentation du budget primitif, la hausse doit rapporter 1,4 million d'euros "
            "par an à la commune.\n")
    assert _speaker(text, "hausse") != "budget primitif"


@pytest.mark.parametrize("verb", ["l'a expliqué sans détour", "a prévenu mardi", "l'a dit clairement"])
def test_a_verb_its_manner_or_day_then_a_colon_and_a_clause(verb):
    text = (f"Titre\n\nLe directeur médical, le docteur Jean-Luc Baudry, {verb} : les urgences ne peuvent plus "
            "fonctionner la nuit.\n")
    assert _content(text, "urgences") == "les urgences ne peuvent plus fonctionner la nuit"
    assert _speaker(text, "urgences") == "Jean-Luc Baudry"


def test_a_station_s_name_then_the_person_after_au_micro_de():
    text = "Titre\n\n« On ne lâchera rien », réagit au micro de Vivacité Alain Thonet, délégué principal.\n"
    assert _speaker(text, "lâchera") == "Alain Thonet"


def test_the_body_someone_works_at_opening_the_sentence_is_no_person():
    text = ("Titre\n\nBénévole à la conférence Saint-Vincent-de-Paul de Herstal depuis douze ans, Gérard Dumont "
            "distribue des repas chaque mardi soir.\n\n« Certains ont un travail, parfois, mais plus de logement », "
            "raconte-t-il.\n")
    assert _speaker(text, "logement") == "Gérard Dumont"


def test_a_cleft_attribution_after_the_statement_s_colon():
    text = ("Titre\n\nUn train sur quatre supprimé entre Argentan et Granville jusqu'au 12 décembre : c'est ce qu'a "
            "annoncé mercredi la région Normandie, autorité organisatrice des trains Nomad.\n")
    assert _content(text, "train") == "Un train sur quatre supprimé entre Argentan et Granville jusqu'au 12 décembre"
    assert _speaker(text, "train") == "région Normandie"


@pytest.mark.parametrize("sentence", ["La ligne ouvrira en 2027. C'est ce qu'a indiqué la métropole mardi.",
                                      "La ligne ouvrira en 2027, a indiqué la métropole mardi."])
def test_a_weekday_after_an_inverted_body_is_when_not_who(sentence):
    assert _speaker(f"Titre\n\n{sentence}\n", "ligne") == "métropole"


def test_a_party_to_the_case_opening_the_sentence_is_no_speaker():
    text = ("Titre\n\nPartie civile, un céréalier de Ribécourt a raconté que les voleurs étaient revenus trois fois en "
            "un mois.\n")
    assert _speaker(text, "voleurs") == "céréalier de Ribécourt"


def test_what_a_source_started_in_apposition_before_the_clause():
    text = ("Titre\n\nSelon la FDSEA de la Manche, à l'origine du mouvement, l'industriel a annoncé une baisse de 25 "
            "euros par 1 000 litres.\n")
    assert _content(text, "industriel") == "l'industriel a annoncé une baisse de 25 euros par 1 000 litres"


def test_c_est_a_dire_inside_the_subject_neither_reports_nor_closes_the_statement():
    text = ("Titre\n\nLe président du syndicat betteravier, Dominique Caron, est inquiet. Selon lui, la tare terre, "
            "c'est-à-dire la part de terre livrée avec les racines, atteint 18 % en moyenne.\n")
    assert _content(text, "tare") == ("la tare terre, c'est-à-dire la part de terre livrée avec les racines, atteint "
                                      "18 % en moyenne")


def test_a_named_subject_and_its_relative_clause_before_a_verb_and_its_object():
    text = "Titre\n\nJean-Marc Delhaye, qui a quitté le collège en 2023, a toujours contesté les faits.\n"
    assert [c for c in claims_of(text, "fr") if c.kind != "assertion"] == []


def test_a_photo_credit_gives_no_fuller_name_to_a_source():
    text = ("Titre\n\n© Belga Image - Jean-Luc Flamand\n\nLe laminoir fermera en mars. Selon Belga, le groupe emploie "
            "encore quelque 1.200 personnes en Belgique.\n")
    assert _speaker(text, "groupe emploie") == "Belga"
