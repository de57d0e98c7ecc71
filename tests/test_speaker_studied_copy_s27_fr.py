"""French speaker rules found on the copy studied in session 27: a document's author with a long
name, a place opening the headline, a town's council written alone, the issuer of a statement named
again as "le communiqué", people reached by an agency, a laboratory and a town hall as bodies, the
person tried as "le prévenu", a court named in full before "le tribunal", an ordinal opening an
apposition, a role given to a description, a quotation followed by a sentence of reported speech.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_data_of_a_ministry_with_a_long_name_speak_as_the_ministry():
    text = ("Titre\n\nSelon les données du ministère de la Santé et des Services sociaux, l'urgence de Mont-Laurier "
            "a accueilli en moyenne 11 patients par nuit en 2025.\n")
    assert speaker_of(text, "a accueilli en moyenne", "fr") == "ministère de la Santé et des Services sociaux"


def test_a_place_opening_the_headline_does_not_stop_his_president_from_being_named():
    text = ("Manitoba : le Conseil scolaire francophone va poursuivre la province\n\njeudi 12 novembre 2026\n\n"
            "Le Conseil scolaire francophone du Manitoba (CSFM) a voté mardi soir en faveur d'une poursuite contre "
            "le gouvernement provincial, a annoncé mercredi son président.\n\n« Nous avons épuisé toutes les voies "
            "de la négociation », a déclaré le président du conseil, Luc Bérubé-Thiessen, mercredi à Winnipeg.\n")
    assert speaker_of(text, "a voté mardi soir", "fr") == "Luc Bérubé-Thiessen"


def test_the_town_council_written_alone_is_the_council_of_the_town():
    text = ("Titre\n\nLe Conseil général de La Chaux-du-Milieu a refusé mardi le budget 2027. La Chaux-du-Milieu devra "
            "revoir ses comptes, et les élus de La Chaux-du-Milieu se réuniront en février.\n\nLe Conseil communal a "
            "précisé que la commune fonctionnerait sous le régime des douzièmes provisoires.\n")
    assert speaker_of(text, "douzièmes provisoires", "fr") == "Conseil communal de La Chaux-du-Milieu"


def test_the_statement_named_again_speaks_as_the_body_that_issued_it():
    text = ("Titre\n\nL'Université de Kigali a annulé mercredi les examens de son Collège des sciences de la santé, "
            "après une fuite de sujets, a annoncé l'établissement dans un communiqué.\n\nD'après l'université, près "
            "de 4 200 étudiants sont concernés. Les épreuves seront réorganisées à partir du 7 décembre, selon le "
            "communiqué, qui précise que de nouveaux sujets seront rédigés.\n")
    assert speaker_of(text, "Les épreuves seront", "fr") == "Université de Kigali"
    assert speaker_of(text, "nouveaux sujets", "fr") == "Université de Kigali"


def test_residents_reached_by_an_agency_are_the_residents():
    text = ("Titre\n\nLes stations-service de Moundou sont presque toutes à sec depuis dix jours, selon plusieurs "
            "habitants joints par l'AFP.\n")
    assert speaker_of(text, "presque toutes à sec", "fr") == "plusieurs habitants"


def test_a_laboratory_and_a_town_hall_keep_their_whole_names():
    text = ("Titre\n\nSelon le rapport du Laboratoire national des essais, versé au dossier, le béton présentait "
            "une résistance trop faible.\n\nL'Hôtel de ville de Matadi a indiqué dans un communiqué que 34 autres "
            "immeubles avaient été recensés.\n")
    assert speaker_of(text, "le béton présentait", "fr") == "Laboratoire national des essais"
    assert speaker_of(text, "34 autres immeubles", "fr") == "Hôtel de ville de Matadi"


def test_the_defendant_is_the_person_whose_trial_opened_and_the_tribunal_the_one_named():
    text = ("Titre\n\nLe procès du promoteur Albert Kasongo Mbuyi, poursuivi pour homicide involontaire, s'est "
            "ouvert lundi devant le tribunal de grande instance de Matadi, a rapporté Radio Kivu.\n\nLe prévenu a "
            "affirmé à la barre qu'il avait confié les travaux à un entrepreneur.\n\nLe tribunal a annoncé que les "
            "débats reprendraient le 1er décembre.\n")
    assert speaker_of(text, "confié les travaux", "fr") == "Albert Kasongo Mbuyi"
    assert speaker_of(text, "les débats reprendraient", "fr") == "tribunal de grande instance de Matadi"


def test_a_witness_described_after_an_ordinal_speaks_for_selon_le_temoin():
    text = ("Titre\n\nPremier témoin entendu, un chauffeur tchadien de 39 ans a raconté avoir été retenu dix jours "
            "en brousse. « Ils disaient que si le patron ne payait pas, on allait mourir », a-t-il lâché. Son "
            "employeur aurait versé une rançon de 8 millions de francs CFA, selon le témoin.\n")
    assert speaker_of(text, "si le patron ne payait pas", "fr") == "chauffeur tchadien de 39 ans"
    assert speaker_of(text, "aurait versé une rançon", "fr") == "chauffeur tchadien de 39 ans"


def test_a_quotation_before_a_sentence_of_reported_speech_goes_on_with_its_speaker():
    text = ("Titre\n\n« Nous avons investi 60 millions de dollars depuis 2022 », a déclaré son directeur général, "
            "Pieter Malan, à l'agence Reuters. « Le retard est dû à la route d'accès, que l'État devait construire. » "
            "L'entreprise a indiqué qu'elle saisirait le Conseil d'État.\n")
    assert speaker_of(text, "Le retard est dû", "fr") == "Pieter Malan"


def test_a_service_entrusted_to_a_consortium_is_no_speech():
    text = ("Titre\n\nLe directeur de l'éducation, Paul Bélanger-Roy, a souligné que le conseil « ne contrôle pas "
            "directement » le transport, confié au consortium, mais qu'il avait demandé un financement d'urgence.\n")
    claims = [c for c in claims_of(text, "fr")]
    assert [c.speaker.name for c in claims] == ["Paul Bélanger-Roy"]


def test_a_forest_ranger_of_a_named_district_is_the_person_just_named():
    text = ("Titre\n\nAu bord d'une clairière, Jean-Marc Bersier montre des troncs. «Ici, il y avait 300 épicéas au "
            "printemps», raconte le garde forestier du triage Haut-Jorat.\n")
    assert speaker_of(text, "300 épicéas", "fr") == "Jean-Marc Bersier"


def test_a_union_named_for_both_genders_keeps_both():
    text = ("Titre\n\nLes infirmières de l'urgence ont déposé 43 plaintes, a indiqué vendredi l'Association des "
            "infirmières et infirmiers du Manitoba (AIIM).\n")
    assert speaker_of(text, "43 plaintes", "fr") == "Association des infirmières et infirmiers du Manitoba"


def test_a_nurse_asking_not_to_be_named_inside_a_quotation_speaks_for_it():
    text = ("Titre\n\n« Certaines nuits, nous sommes quatre pour 35 patients, a raconté à Radio-Canada une infirmière "
            "de l'urgence, qui a demandé à ne pas être nommée par crainte de représailles. On fait du triage dans la "
            "salle d'attente. »\n")
    assert speaker_of(text, "quatre pour 35 patients", "fr") == "infirmière de l'urgence"


def test_the_management_of_the_hospital_is_the_hospital_named():
    text = ("Titre\n\nLes infirmières de l'Hôpital général de Cornwall et district (HGC) ont déposé 43 plaintes, a "
            "indiqué le syndicat.\n\nLa direction de l'hôpital a reconnu dans une déclaration écrite que l'urgence "
            "avait enregistré un record de 3 450 visites.\n")
    assert speaker_of(text, "3 450 visites", "fr") == "Hôpital général de Cornwall et district"

