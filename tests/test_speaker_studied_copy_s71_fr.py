"""French rules found on the copy studied in session 71 (sets own/fr-blind214 and own/fr-blind221). Sentences and
names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_fire_that_broke_out_declared_nothing():
    text = "L'incendie, qui s'est déclaré vers 3 heures du matin, n'a été maîtrisé qu'en milieu de journée.\n"
    assert claims_of(text) == []


def test_an_inverted_subject_after_pour_speaks_not_the_pour_phrase():
    text = ("Pour une maison de quatre pièces, la hausse votée lundi représentera « une centaine d'euros » par an, "
            "estime de son côté l'Association des locataires de l'Indre, qui appelle à manifester samedi.\n")
    assert speaker_of(text, "la hausse votée", "fr") == "Association des locataires de l'Indre"


def test_an_inverted_subject_after_de_son_cote_still_speaks():
    text = "La hausse représentera une centaine d'euros par an, estime de son côté l'Association des locataires de l'Indre.\n"
    assert speaker_of(text, "une centaine d'euros", "fr") == "Association des locataires de l'Indre"


def test_pour_still_names_the_speaker_when_no_inverted_subject_follows():
    text = "Pour le maire, la hausse est « inévitable ».\n"
    assert speaker_of(text, "inévitable", "fr") == "maire"


def test_a_regional_agency_is_the_one_the_lede_places_after_its_short_form():
    text = ("France : la maternité de Vire fermera en juin, annonce l'agence régionale de santé\n\n"
            "L'agence régionale de santé (ARS) de Basse-Normandie a annoncé mardi la fermeture de la maternité de Vire. "
            "Selon l'agence, l'établissement n'a réalisé que 250 accouchements en 2011.\n")
    assert speaker_of(text, "maternité de Vire fermera", "fr") == "agence régionale de santé de Basse-Normandie"
    assert speaker_of(text, "250 accouchements", "fr") == "agence régionale de santé de Basse-Normandie"


def test_at_the_bar_then_an_unnamed_defendant():
    text = "« J'étais seule pour vingt résidents », a déclaré à la barre l'une des aides-soignantes, âgée de 38 ans.\n"
    claim = claims_of(text)[0]
    assert claim.speaker.mention == "l'une des aides-soignantes"


def test_selon_a_measure_is_no_source():
    text = ("Depuis le 1er janvier, les habitants paient selon le nombre de levées de leur bac, et non plus selon la "
            "valeur locative de leur logement.\n")
    assert claims_of(text) == []


def test_a_fear_joined_to_the_statement_is_not_part_of_it():
    text = "Dans la salle, plusieurs habitants ont dénoncé un système « compliqué » et redoutent des dépôts sauvages.\n"
    assert claims_of(text)[0].content == "un système « compliqué »"


def test_a_counted_group_after_a_source_opens_the_sources_clause():
    text = ("Un appel d'offres sera lancé ; selon Le Progrès, trois industriels, dont un groupe suisse, se seraient "
            "déjà manifestés.\n")
    claim = claims_of(text)[0]
    assert (claim.speaker.name, claim.content.split()[0]) == ("Le Progrès", "trois")


def test_the_apposition_of_the_previous_speaker_is_that_speaker():
    text = ("« Chaque hivernage nous dormons dans l'eau », a déclaré à l'AFP Moussa Diop, un délégué de quartier, qui "
            "affirme que plusieurs familles ont trouvé refuge dans des écoles.\n")
    assert speaker_of(text, "plusieurs familles", "fr") == "Moussa Diop"


def test_a_list_of_bare_plurals_after_a_counted_head_speaks_together():
    text = ("Dans une lettre ouverte, une centaine de comédiens, metteurs en scène et techniciens affirment que le théâtre "
            "a été « un lieu de formation ».\n")
    assert speaker_of(text, "lieu de formation", "fr") == "centaine de comédiens, metteurs en scène et techniciens"
