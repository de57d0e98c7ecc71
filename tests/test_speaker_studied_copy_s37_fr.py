"""French speaker and span rules found on the copy studied in session 37: a body's name holding a
document noun after "pour" ("l'Institut pour l'étude de la neige"), a day between a participle and its
agent before the subject ("Interrogé mercredi par l'agence Belga, le ministre"), an anonymity clause
inside "selon" before a quotation, a stressed pronoun inside a quotation, a union named after
"déléguée", a region described by a bare apposition, an outlet with its article before an inverted
subject, a union's section, and "l'agence" for the agency the article described in lower case.
Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

from extract_support import claims_of, content_of, speaker_of


def _content(text: str, words: str) -> str:
    return content_of(text, words, "fr")


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_a_document_noun_inside_a_body_s_name_is_no_document():
    text = ("Titre\n\nUn premier paragraphe.\n\nD'après l'Institut pour l'étude de la neige et des avalanches (SLF), la "
            "fonte du pergélisol favorise ces mouvements.\n")
    assert _speaker(text, "pergélisol") == "Institut pour l'étude de la neige et des avalanches"


def test_a_day_between_a_participle_and_its_agent():
    text = ("Titre\n\nUn premier paragraphe.\n\nInterrogé mercredi par l'agence Belga, le ministre fédéral de la Santé a "
            "rappelé que la réforme devait permettre de « mieux répartir » les patients.\n")
    assert _speaker(text, "réforme") == "ministre fédéral de la Santé"


def test_an_anonymity_clause_inside_selon_before_a_quotation():
    text = ("Titre\n\nUn premier paragraphe.\n\nSelon un sinistré de Melrieux qui a requis l'anonymat, « personne n'a "
            "prévenu les gens du bas du village avant 2 heures ».\n")
    [claim] = claims_of(text, "fr")
    assert claim.kind == "direct"
    assert claim.speaker.name == "sinistré de Melrieux"


def test_a_stressed_pronoun_is_no_union_and_a_delegate_names_hers():
    text = ("Titre\n\nUn premier paragraphe.\n\n« On a tout donné à cette boîte. Moi, j'y suis entrée à 19 ans », lâche "
            "Sylvie Ponsart, déléguée CGT. D'après le syndicat, 83 des 112 salariés ont plus de 50 ans.\n")
    assert _speaker(text, "112 salariés") == "CGT"


def test_a_region_described_by_a_bare_apposition():
    text = ("Titre\n\nUn premier paragraphe.\n\nLa région Centre-Val de Loire, autorité organisatrice des trains Rémi, "
            "confirme que quatre allers-retours seront supprimés. Selon la région, les trains sont pleins.\n")
    assert _speaker(text, "allers-retours") == "région Centre-Val de Loire"
    assert _speaker(text, "pleins") == "région Centre-Val de Loire"


def test_an_outlet_with_its_article_before_an_inverted_subject():
    text = ("Titre\n\nUn premier paragraphe.\n\n« Les gens se présentent quand même à la porte », a raconté à La Nouvelle "
            "République une infirmière du service, qui a requis l'anonymat.\n")
    assert _speaker(text, "porte") == "infirmière du service"


def test_a_union_s_section_in_its_workplace():
    text = ("Titre\n\nUn premier paragraphe.\n\nLa section SUD Santé Sociaux de l'hôpital a indiqué qu'un préavis de grève "
            "avait été déposé pour le 3 décembre.\n")
    assert _speaker(text, "préavis") == "section SUD Santé Sociaux de l'hôpital"


def test_the_agency_is_the_one_described_before_not_the_last_body():
    text = ("Titre\n\nLes urgences fermeront la nuit, a annoncé lundi l'agence régionale de santé (ARS) Centre-Val de "
            "Loire.\n\nLa section CGT de l'hôpital a indiqué qu'un préavis de grève avait été déposé.\n\nL'agence a "
            "précisé qu'une équipe du SMUR resterait opérationnelle la nuit.\n")
    assert _speaker(text, "SMUR") == "agence régionale de santé Centre-Val de Loire"


@pytest.mark.parametrize("source, speaker", [
    ("Selon le message du Conseil d'État", "Conseil d'État"),
    ("Selon l'acte d'accusation du Ministère public", "Ministère public"),
    ("D'après les investigations de la caisse primaire d'assurance maladie (CPAM) de l'Artois",
     "caisse primaire d'assurance maladie de l'Artois"),
])
def test_a_body_s_document_speaks_as_the_body(source, speaker):
    text = f"Titre\n\nUn premier paragraphe.\n\n{source}, la hausse des charges s'explique par la santé.\n"
    assert _speaker(text, "hausse") == speaker


@pytest.mark.parametrize("source, speaker", [
    ("Selon un relevé effectué par l'association Usagers du Rail en octobre", "Usagers du Rail"),
    ("Selon le document remis par le groupe Véloral aux élus du CSE", "Véloral"),
])
def test_when_and_to_whom_a_document_went_is_no_part_of_its_author(source, speaker):
    text = f"Titre\n\nUn premier paragraphe.\n\n{source}, 62 trains sont arrivés en retard.\n"
    assert _speaker(text, "retard") == speaker


def test_a_document_s_author_role_is_no_person_named_next():
    text = ("Titre\n\nUn premier paragraphe.\n\nSelon le rapport du médecin légiste, lu à l'audience, la victime a succombé "
            "en quelques minutes. Kévin Delavigne, 32 ans, a gardé le silence.\n")
    assert _speaker(text, "succombé") == "médecin légiste"


def test_a_defendant_called_by_her_role_after_a_day_and_a_place():
    text = ("Titre\n\nLe tribunal a condamné mardi l'ancienne caissière de la coopérative. La Gruérienne de 58 ans, "
            "Monique R., a détourné 380 000 francs.\n\nLundi, devant le tribunal présidé par le juge Raphaël Overbeck, la "
            "prévenue s'est longuement expliquée. « J'ai commencé pour payer les factures », a-t-elle déclaré.\n")
    assert _speaker(text, "factures") == "Monique R"


def test_the_department_is_its_council():
    text = ("Titre\n\nLe pont est interdit aux camions, a-t-on appris auprès du conseil départemental de la Sarthe.\n\nLa "
            "déviation, par Précigné et Parcé-sur-Sarthe, allonge le trajet de 18 kilomètres, selon le département. "
            "D'après ses derniers comptages, 9 000 véhicules empruntent chaque jour cet axe.\n")
    assert _speaker(text, "déviation") == "conseil départemental de la Sarthe"
    assert _speaker(text, "véhicules") == "conseil départemental de la Sarthe"


def test_a_clause_after_the_source_is_no_apposition_of_it():
    text = ("Titre\n\nUn premier paragraphe.\n\nD'après la Municipalité, la patinoire accueille chaque hiver 1100 licenciés "
            "de vingt clubs, du hockey au curling.\n")
    assert _content(text, "licenciés").startswith("la patinoire accueille chaque hiver 1100 licenciés")


def test_a_verb_in_ger_in_the_imperfect():
    text = ("Titre\n\nUn premier paragraphe.\n\nDans un rapport publié en septembre, la Cour des comptes jugeait que la "
            "stratégie nationale avait « surestimé la demande ».\n")
    assert _speaker(text, "stratégie") == "Cour des comptes"


def test_who_prefers_not_to_be_quoted_is_no_one_named_elsewhere():
    text = ("Titre\n\nUn premier paragraphe.\n\nHubert Chevalier, vigneron, est inquiet. « Les stocks permettront "
            "d'amortir le choc », estime le directeur d'une maison beaunoise, qui préfère ne pas être cité.\n")
    assert _speaker(text, "stocks") == "directeur d'une maison beaunoise"


def test_selon_a_role_its_name_and_a_relative_clause_closing_the_sentence():
    text = ("Titre\n\nUn premier paragraphe.\n\nLa mesure coûtera 3,2 millions d'euros par an, selon le vice-président "
            "chargé des mobilités, Bruno Chaumet, qui a présenté le dossier.\n")
    assert _content(text, "mesure") == "La mesure coûtera 3,2 millions d'euros par an"
    assert _speaker(text, "mesure") == "Bruno Chaumet"


def test_a_detailed_method_then_a_colon():
    text = ("Titre\n\nUn premier paragraphe.\n\nÀ l'audience, la procureure de la République d'Évreux, Claire Dumont, avait "
            "détaillé le mode opératoire : les prévenus repéraient les maisons aux toitures anciennes.\n")
    assert _content(text, "prévenus") == "les prévenus repéraient les maisons aux toitures anciennes"
    assert _speaker(text, "prévenus") == "Claire Dumont"


def test_a_player_s_button_is_no_part_of_a_name():
    text = ("Titre\n\nUn premier paragraphe.\n\n« Sans la licence, je ne passe pas l'hiver », confie Ludovic Hamon, patron "
            "pêcheur à Cherbourg.\n\nÉcouter Ludovic Hamon, patron pêcheur à Cherbourg (0'42)\n")
    assert _speaker(text, "licence") == "Ludovic Hamon"


def test_the_deputy_mayor_of_a_compound_town_in_charge_of_a_portfolio():
    text = ("Titre\n\nLe maire de Cherbourg-en-Cotentin, Jean-Marc Lebreton, est venu.\n\n« Beaucoup ont repensé au "
            "naufrage », a confié l'adjoint au maire de Cherbourg-en-Cotentin chargé du port, Patrick Hamon, en "
            "référence au chimiquier.\n")
    assert _speaker(text, "naufrage") == "Patrick Hamon"
