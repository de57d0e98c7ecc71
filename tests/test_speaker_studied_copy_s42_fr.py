"""French speaker and span rules found on the copy studied in session 42: a document and its year
before a body's short form, "assumer" as an incise, an outlet with a channel number or an adjective
before an inverted subject, a source named by its kind and complement then the body in apposition, a
town's article inside a body's name, "communauté urbaine" as a body's kind, and an acronym after a
preposition opening a body's name. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

from extract_support import claims_of, content_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_a_document_and_its_year_before_a_short_form_are_no_part_of_the_bodys_name():
    text = ("Titre\n\nNotre journal a pu consulter les comptes 2024 du centre hospitalier Loire-Vendée (CHLV), qui "
            "regroupe trois sites.\n\nLa CGT du CHLV affirme que 20 postes ont été gelés.\n")
    assert _speaker(text, "20 postes") == "CGT du centre hospitalier Loire-Vendée"


def test_assumer_after_a_quotation_is_an_incise():
    text = ("Titre\n\nLe directeur de l'hôpital, Paul Ferrand, ne conteste rien. « Sans intérimaires, nous fermions le "
            "service la nuit », assume-t-il.\n")
    assert _speaker(text, "nous fermions le service") == "Paul Ferrand"


def test_assumer_with_a_noun_object_is_no_claim():
    assert claims_of("Titre\n\nLa mairie assume le choix de fermer la piscine.\n", "fr") == []


@pytest.mark.parametrize("outlet, subject, speaker", [
    ("à France 3 Bretagne", "une habitante du port", "habitante du port"),
    ("au Courrier vendéen", "un riverain", "riverain"),
])
def test_an_outlet_before_an_inverted_subject_is_the_audience(outlet, subject, speaker):
    text = f"Titre\n\n« On a fermé les volets nous-mêmes », a raconté {outlet} {subject}.\n"
    assert _speaker(text, "fermé les volets") == speaker


def test_a_source_named_by_its_kind_and_complement_then_its_name_in_apposition():
    text = "Titre\n\nSelon l'exploitant du réseau, la société Filéo, un câble a cédé vendredi matin.\n"
    assert _speaker(text, "un câble a cédé") == "Filéo"


def test_a_towns_article_opens_a_urban_communitys_name():
    text = "Titre\n\nLa communauté urbaine Le Mans Métropole a fait savoir mardi qu'une étude serait lancée en 2027.\n"
    assert _speaker(text, "une étude serait lancée") == "communauté urbaine Le Mans Métropole"


def test_an_acronym_after_a_preposition_opens_a_bodys_name():
    text = ("Titre\n\nContactée, la direction régionale de SNCF Voyageurs Bretagne indique que la régularité s'est "
            "établie à 84 % en octobre.\n")
    assert _speaker(text, "la régularité") == "direction régionale de SNCF Voyageurs Bretagne"


def test_an_acronym_after_a_preposition_then_a_persons_name_is_the_outlet():
    text = ("Titre\n\n« Nous irons jusqu'au bout », a déclaré à la RTBF Marc-Henri Delval, secrétaire du syndicat.\n")
    assert _speaker(text, "jusqu'au bout") == "Marc-Henri Delval"


def test_a_present_verb_and_que_end_the_subject_of_a_coordinated_verb():
    text = ("Titre\n\nDans un communiqué publié mardi, le Conservatoire du littoral rappelle que le sentier avait été "
            "dévié deux fois et estime qu'un nouveau tracé « ne pourra pas être ouvert avant le printemps ».\n")
    assert _speaker(text, "nouveau tracé") == "Conservatoire du littoral"


def test_a_day_then_the_people_told_before_que():
    text = ("Titre\n\nLe gérant de la laiterie, Rémi Vautier, a annoncé jeudi 5 novembre aux 40 producteurs qui la "
            "livrent que l'entreprise, qui emploie 60 salariés, fermerait en mars.\n")
    assert [c.content for c in claims_of(text, "fr")] == ["l'entreprise, qui emploie 60 salariés, fermerait en mars"]


def test_a_request_to_people_is_no_statement_of_what_follows():
    text = "Titre\n\nL'agence demande aux prescripteurs de privilégier les comprimés dès que l'âge de l'enfant le permet.\n"
    assert claims_of(text, "fr") == []


def test_a_long_organisme_name_with_its_short_form_inside_speaks():
    text = ("Titre\n\nL'organisme de défense et de gestion (ODG) du cidre du Perche a rappelé mercredi que les règles "
            "avaient été renforcées en 2021. D'après l'ODG, seuls cinq fabricants restent.\n")
    assert _speaker(text, "les règles") == "organisme de défense et de gestion du cidre du Perche"
    assert _speaker(text, "seuls cinq fabricants") == "organisme de défense et de gestion du cidre du Perche"


def test_a_list_of_towns_in_the_subject_is_no_apposition():
    text = ("Titre\n\nUne trentaine de foyers de Lavaur, Giroussens et Saint-Sulpice se plaignent du bruit de la "
            "rocade, a indiqué mardi la préfecture du Tarn.\n")
    assert _speaker(text, "se plaignent du bruit") == "préfecture du Tarn"


def test_after_an_inquiry_named_at_length_the_person_is_the_clauses_subject():
    text = ("Titre\n\nSelon l'enquête de la direction départementale de la protection des populations (DDPP), Luc Ferrat, "
            "61 ans, avait revendu des melons importés.\n")
    assert content_of(text, "revendu", "fr") == "Luc Ferrat, 61 ans, avait revendu des melons importés"
    assert _speaker(text, "revendu") == "direction départementale de la protection des populations"


@pytest.mark.parametrize("sentence, speaker", [
    ("Les riverains ont lancé une pétition qui a recueilli 900 signatures, selon ses initiateurs.",
     "les initiateurs de la pétition"),
    ("La pétition lancée par le collectif a recueilli 900 signatures, selon ses organisateurs.",
     "les organisateurs de la pétition"),
])
def test_a_petitions_launchers_speak_for_the_petition(sentence, speaker):
    assert _speaker(f"Titre\n\n{sentence}\n", "900 signatures") == speaker


def test_a_capitalised_institution_runs_on_in_lower_case():
    text = ("Titre\n\nL'Institution interdépartementale des marais, qui gère les digues, a indiqué que ses pompes avaient "
            "rejeté 2 millions de mètres cubes.\n")
    assert _speaker(text, "ses pompes") == "Institution interdépartementale des marais"


def test_l_entreprise_is_the_company_whose_works_its_sentence_is_about():
    text = ("Titre\n\nLa mise en service de l'usine de batteries de Velta Energie à Douvrin est repoussée à fin 2028, a "
            "annoncé mercredi l'entreprise lors d'un comité de suivi.\n")
    assert _speaker(text, "mise en service") == "Velta Energie"


def test_l_entreprise_after_a_works_in_a_town_is_no_town():
    text = "Titre\n\nL'usine de Douvrin fermera en 2028, a annoncé mercredi l'entreprise.\n"
    assert _speaker(text, "fermera en 2028") != "Douvrin"


def test_faire_le_calcul_before_a_colon_and_a_quotation():
    text = ("Titre\n\nLe maire a parlé.\n\nUne serveuse de 23 ans, rencontrée à la gare, fait le calcul : « Deux trajets "
            "par jour, ça fait 40 euros par mois. »\n")
    assert _speaker(text, "Deux trajets") == "serveuse de 23 ans"


def test_l_expliquer_sans_detour_before_a_colon():
    text = ("Titre\n\nSon président, Olivier Marchal, l'explique sans détour : « Les commandes ont été divisées par "
            "deux. »\n")
    assert _speaker(text, "Les commandes") == "Olivier Marchal"


def test_a_station_closing_on_fm_then_a_first_name():
    text = ("Titre\n\n« Ils volent la confiance », confie au micro de Star FM Odette, 81 ans, qui a perdu 2 000 euros.\n")
    assert _speaker(text, "Ils volent") == "Odette"


def test_an_occasion_between_the_verb_and_que():
    text = ("Titre\n\nPaul Girard préside le syndicat. Il a rappelé lors de l'assemblée générale du syndicat, le 29 octobre "
            "à Lure, que les quotas restaient « très insuffisants ».\n")
    assert content_of(text, "quotas", "fr") == "les quotas restaient « très insuffisants »"


def test_a_place_after_a_landform_is_no_body_for_a_bodys_noun():
    text = ("Titre\n\nLe festival se tiendra sur la presqu'île du Malsaucy, a annoncé lundi l'association organisatrice "
            "lors d'une conférence de presse.\n")
    assert _speaker(text, "Le festival") == "association organisatrice"


def test_an_age_and_years_in_the_job_are_an_apposition():
    text = ("Titre\n\nLe maire a parlé.\n\nUne opératrice, 52 ans dont 29 dans l'usine, lâche :\n\n« Ici, tout le monde a "
            "un frère chez Aiglon. »\n")
    assert _speaker(text, "un frère chez Aiglon") == "opératrice"


def test_a_quotation_after_someone_unnamed_agreed_to_speak_is_theirs():
    text = ("Titre\n\nLe maire, Paul Roux, a dénoncé « une crise ».\n\nUne ancienne locataire, mère de trois enfants, a "
            "accepté de témoigner devant les caméras.\n\n« L'hiver, on dormait tous dans la cuisine. »\n")
    assert _speaker(text, "on dormait") == "ancienne locataire"
