"""French speaker and span rules found on the copy studied in session 43: Canadian federal departments
named by their fields, an elided place inside a name after "du", "l'office de tourisme X", a body's
observations and press kit, a report "lu à l'audience", a photo credit or the outlet spoken to is no
company, "puis requis" after a statement, and "Par la voix de son avocate, Me X, la société". Sentences
and names invented for these tests."""

from __future__ import annotations

import pytest

from extract_support import claims_of, content_of, speaker_of


@pytest.mark.parametrize("department", ["Pêches et Océans Canada", "Emploi et Développement social Canada",
                                        "Agriculture et Agroalimentaire Canada"])
def test_a_canadian_department_named_by_its_fields_is_one_name(department):
    text = f"Titre\n\nLe quota de crabe pourrait baisser de 20 % en 2027, a indiqué mercredi {department}.\n"
    assert speaker_of(text, "Le quota de crabe", "fr") == department


def test_two_people_joined_by_et_stay_two():
    text = "Titre\n\nPaul Roux et Marie Dion ont affirmé que le Canada devait agir.\n"
    assert speaker_of(text, "le Canada devait agir", "fr") != "Paul Roux et Marie Dion Canada"


def test_an_elided_place_inside_a_bodys_name_after_du_is_kept():
    text = "Titre\n\nD'après l'office de tourisme du Cap d'Agde Méditerranée, la station a accueilli 1,2 million de visiteurs.\n"
    assert speaker_of(text, "la station a accueilli", "fr") == "office de tourisme du Cap d'Agde Méditerranée"


@pytest.mark.parametrize("office", ["L'office de tourisme Vichy Destinations", "L'office de tourisme intercommunal Durance Luberon Verdon"])
def test_a_tourist_office_keeps_its_noun(office):
    text = f"Titre\n\n{office} a indiqué que le plateau avait accueilli 1,2 million de visiteurs.\n"
    assert speaker_of(text, "le plateau avait accueilli", "fr") == office[2:]


@pytest.mark.parametrize("document", ["les premières observations du", "le dossier de presse du"])
def test_a_bodys_observations_or_press_kit_speak_for_it(document):
    text = f"Titre\n\nSelon {document} Comité Attention Littoral, le site a perdu trois mètres de berge.\n"
    assert speaker_of(text, "le site a perdu", "fr") == "Comité Attention Littoral"


def test_a_report_read_out_at_the_hearing_is_its_authors():
    text = "Titre\n\nSelon le rapport de l'expert judiciaire lu à l'audience, les travaux dépasseraient 900 000 euros.\n"
    assert speaker_of(text, "les travaux dépasseraient", "fr") == "expert judiciaire"


def test_a_photo_credit_is_no_company_the_body_stands_for():
    text = ("Forfaits : la régie des pistes s'explique\n\nPhoto d'illustration. © RAM 05\n\n"
            "Le forfait saison passera de 720 à 785 euros, a annoncé vendredi la régie des pistes. Selon la régie, "
            "60 % des forfaits sont achetés en ligne.\n")
    assert speaker_of(text, "Le forfait saison", "fr") == "régie des pistes"
    assert speaker_of(text, "60 % des forfaits", "fr") == "régie des pistes"


def test_the_outlet_spoken_to_or_credited_is_no_one_a_role_stands_for():
    text = ("Lavande : les producteurs arrachent\n\nPar la rédaction de Radio Verdon\n\nCrédit photo : Radio Verdon\n\n"
            "Le syndicat des producteurs a indiqué à Radio Verdon que 300 hectares avaient été arrachés.\n\n"
            "« Personne ne nous dit vers quoi aller », regrette le producteur de Puimoisson.\n\n"
            "Radio Verdon, la radio locale des Alpes-de-Haute-Provence\n")
    assert speaker_of(text, "Personne ne nous dit", "fr") != "Radio Verdon"


def test_the_speakers_next_act_after_puis_is_no_part_of_the_statement():
    text = ("Titre\n\nLa procureure, Claire Vautrin, a rappelé que l'adolescent avait fait une chute de sept mètres, "
            "puis requis 80 000 euros d'amende contre la société.\n")
    assert content_of(text, "l'adolescent", "fr") == "l'adolescent avait fait une chute de sept mètres"


def test_a_company_speaking_through_its_lawyer_is_the_speaker():
    text = ("Titre\n\nLe tribunal a jugé mardi la société Champsaur Remontées pour blessures involontaires.\n\n"
            "Par la voix de son avocate, Me Hélène Brunet-Sarda, la société a fait valoir que l'appareil avait été inspecté.\n")
    assert speaker_of(text, "l'appareil avait été inspecté", "fr") == "Champsaur Remontées"


def test_a_census_speaks_for_the_body_that_made_it():
    text = ("Titre\n\nUn tiers des étangs n'ont pas pu être remplis, selon un premier recensement de la chambre "
            "d'agriculture de l'Ain.\n")
    assert speaker_of(text, "Un tiers des étangs", "fr") == "chambre d'agriculture de l'Ain"


def test_a_role_of_one_body_is_not_the_person_holding_it_in_another():
    text = ("Titre\n\nÀ la barre, le prévenu a tout reconnu. Le président du tribunal lui a fait remarquer que les "
            "virements avaient continué « pendant le confinement ».\n\nL'actuel président du club, Mickaël Le Goff, "
            "partie civile, a expliqué que la fraude avait été découverte en mars.\n")
    assert speaker_of(text, "les virements avaient continué", "fr") != "Mickaël Le Goff"


def test_the_union_is_the_one_just_named_by_its_acronym():
    text = ("Titre\n\nPour la CGT du centre hospitalier, « l'équipe est à bout ». Selon le syndicat, sept infirmières "
            "ont quitté le service depuis janvier.\n")
    assert speaker_of(text, "sept infirmières", "fr") == "CGT du centre hospitalier"


def test_a_valuation_in_the_passive_is_no_reporting_verb():
    text = ("Titre\n\nSelon l'organisation, le projet, dont le coût est estimé à 15 milliards de francs, ne sera soumis "
            "au vote qu'en 2028.\n")
    assert content_of(text, "le projet", "fr") == ("le projet, dont le coût est estimé à 15 milliards de francs, ne sera "
                                                  "soumis au vote qu'en 2028")


def test_a_body_noun_after_an_outlets_report_is_the_body_reported_on():
    text = ("Titre\n\nLe CERN a présenté lundi les sites du futur collisionneur, a rapporté mardi la Tribune de Genève.\n\n"
            "Selon l'organisation, le projet ne sera soumis au vote qu'en 2028.\n")
    assert speaker_of(text, "le projet ne sera", "fr") == "CERN"


def test_a_canadian_department_opening_a_subject_after_an_adjunct_is_one_name():
    text = ("Titre\n\nDans un courriel transmis à CJSE, Emploi et Développement social Canada a rappelé que le volet à "
            "bas salaire était suspendu.\n")
    assert speaker_of(text, "le volet à bas salaire", "fr") == "Emploi et Développement social Canada"


def test_an_inverted_office_with_its_field_and_the_document_it_wrote_in():
    text = ("Titre\n\nLe Réseau a enfreint la Loi sur les langues officielles à l'urgence de l'Hôpital de Moncton, "
            "conclut le commissaire aux langues officielles du Nouveau-Brunswick dans un rapport d'enquête rendu public mercredi.\n")
    assert speaker_of(text, "Le Réseau a enfreint", "fr") == "commissaire aux langues officielles du Nouveau-Brunswick"


def test_an_office_does_not_take_its_audience_as_its_field():
    text = "Titre\n\nLa route restera fermée jusqu'à lundi, a déclaré l'adjoint aux journalistes.\n"
    assert speaker_of(text, "La route restera", "fr") == "adjoint"


def test_the_agglomeration_is_the_body_named_agglopole():
    text = ("Titre\n\nLe trait de côte a reculé de vingt mètres, a indiqué mardi Sète Agglopôle Méditerranée.\n\n"
            "L'association affirme que le rechargement coûtera 4,5 millions d'euros. L'agglomération a répondu que cette "
            "somme serait financée à 60 % par l'État.\n\n« Érosion : Sète Agglopôle chiffre les dégâts » — Midi Libre\n")
    assert speaker_of(text, "cette somme serait financée", "fr") == "Sète Agglopôle Méditerranée"


def test_what_was_said_at_a_hearing_the_lede_dates_takes_its_day_after_a_captions_court():
    text = ("Deux frères jugés pour une arnaque\n\nvendredi 6 novembre 2026\n\n"
            "Le tribunal judiciaire de Bourg-en-Bresse (illustration).\n\n"
            "Le tribunal correctionnel de Bourg-en-Bresse a jugé jeudi deux frères pour escroquerie.\n\n"
            "Le prévenu a affirmé que les chantiers avaient « tous été réalisés ».\n\n"
            "L'avocat de la défense, Me Xavier Lannes, a indiqué que son client ferait appel.\n")
    claims = {c.content: c for c in claims_of(text, "fr")}
    assert claims["les chantiers avaient « tous été réalisés »"].said_on.iso() == "2026-11-05"
    assert claims["son client ferait appel"].said_on.iso() == "2026-11-05"


def test_the_defendant_is_not_a_person_of_the_other_gender():
    text = ("Pontivy : l'ancien trésorier condamné\n\nGant / Par Gaëlle Le Strat – 27/11/2026\n\n"
            "Le tribunal correctionnel de Lorient a condamné jeudi l'ancien trésorier d'un club de football.\n\n"
            "À la barre, le prévenu a tout reconnu. « Je ne savais plus m'arrêter », a-t-il déclaré.\n")
    assert speaker_of(text, "Je ne savais plus", "fr") != "Gaëlle Le Strat"
