"""French speaker rules found on the copy studied in session 28: "Présent à l'arrivée" before the
subject, a company's acronym before a place, "l'Administration des …", the person a court
sentenced as "le prévenu", "la commission" as the commission named, the subject after an opening
adjunct in a coordinated sentence, a photo's credit, a relative clause inside a source's
statement, an unnamed woman before "a-t-elle confié".
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_present_with_its_complement_opens_the_sentence_before_the_subject():
    text = ("Titre\n\nPrésent à l'arrivée, le ministre des Sports et de la Jeunesse a assuré que l'État avait "
            "débloqué 450 millions de francs CFA.\n")
    assert speaker_of(text, "l'État avait débloqué", "fr") == "ministre des Sports et de la Jeunesse"


def test_a_companys_acronym_before_a_place_opens_its_name():
    text = "Titre\n\nEDF Archipel Martinique a indiqué mardi que 41 000 clients restaient privés de courant.\n"
    assert speaker_of(text, "41 000 clients", "fr") == "EDF Archipel Martinique"


def test_an_administration_keeps_its_lower_case_complement():
    text = ("Titre\n\nL'Administration des ponts et chaussées a précisé dans un communiqué que les travaux se "
            "poursuivaient normalement.\n")
    assert speaker_of(text, "les travaux se poursuivaient", "fr") == "Administration des ponts et chaussées"


def test_the_defendant_is_the_person_the_court_sentenced():
    text = ("Titre\n\nLe tribunal correctionnel de Cayenne a condamné hier soir Jorge Almeida dos Reis à quatre "
            "ans d'emprisonnement.\n\nÀ l'audience, la procureure, Claire Montagne, a requis cinq ans de prison ferme.\n\n"
            "Le prévenu a reconnu avoir vendu du carburant, mais a assuré qu'il ne savait "
            "pas où il finissait.\n")
    assert speaker_of(text, "ne savait pas", "fr") == "Jorge Almeida dos Reis"


def test_a_defendant_named_by_first_name_and_initial():
    text = ("Titre\n\nLe tribunal a condamné Jean-Marc H. à dix-huit mois de prison avec sursis.\n\n"
            "Le prévenu a assuré qu'il voulait tout rembourser.\n")
    assert speaker_of(text, "tout rembourser", "fr") == "Jean-Marc H."


def test_the_commission_is_the_commission_the_article_named():
    text = ("Titre\n\nLa Commission électorale nationale indépendante (CENI) du Togo a proclamé lundi les "
            "résultats.\n\nD'après les chiffres publiés lundi par la commission, les listes de la majorité "
            "remportent 58 des 79 sièges.\n")
    assert speaker_of(text, "les listes de la majorité", "fr") == "Commission électorale nationale indépendante"


def test_a_source_in_a_commission_not_named_stays_in_the_commission():
    text = ("Titre\n\nLa Ligue de football professionnel a ouvert une procédure contre le club.\n\n"
            "Selon une source au sein de la commission, le club risque un huis clos de trois matchs.\n")
    assert speaker_of(text, "le club risque", "fr") != "source au sein de la Ligue de football professionnel"


def test_the_person_in_apposition_after_an_opening_adjunct_says_the_second_verb_too():
    text = ("Titre\n\nContactée par PressAfrik, la coordonnatrice de la Plateforme citoyenne pour des élections "
            "apaisées (PCEA), Aïcha Ba Ndiaye, estime que la réforme est « une avancée », mais rappelle que le "
            "texte ne fixe aucun délai.\n")
    assert speaker_of(text, "ne fixe aucun délai", "fr") == "Aïcha Ba Ndiaye"


def test_a_photo_credit_is_no_antecedent_of_a_pronoun():
    text = ("Titre\n\nLe chantier ne sera pas terminé avant l'été 2027, a reconnu lundi l'échevine de "
            "l'Enseignement, Sabrina Di Salvo.\n\nLes pavillons modulaires sur le parking de l'école. © Canal Sambre\n\n"
            "« Il a fallu tout arrêter pendant sept semaines », a-t-elle expliqué au conseil communal.\n")
    assert speaker_of(text, "tout arrêter", "fr") == "Sabrina Di Salvo"


def test_a_relative_clause_inside_a_sources_statement_goes_on_with_it():
    text = ("Titre\n\nSelon la direction de la mer (DM), cette baisse s'explique par les campagnes scientifiques "
            "menées cet été, qui montrent un recul de la biomasse « d'environ un tiers » au sud de l'archipel.\n")
    claims = claims_of(text, "fr")
    assert len(claims) == 1
    assert claims[0].content.endswith("au sud de l'archipel")


def test_a_relative_clause_with_que_is_a_statement_of_its_own():
    text = ("Titre\n\nSelon la direction de la mer, la baisse vient des campagnes menées par l'Ifremer, qui estime "
            "que la biomasse a reculé d'un tiers.\n")
    assert len(claims_of(text, "fr")) == 2


def test_an_unnamed_woman_before_the_quotation_is_who_she_is():
    text = ("Titre\n\nLe prévenu, Marc Dupré, a été condamné.\n\nUne ancienne locataire, constituée partie civile, "
            "était présente dans la salle. « Il y avait des rats dans la cuisine commune », a-t-elle confié.\n")
    assert speaker_of(text, "des rats", "fr") == "ancienne locataire"


def test_a_link_to_another_story_names_no_one_in_this_one():
    text = ("Titre\n\nLe Centre hospitalier de la Polynésie française a reporté 200 interventions.\n\n"
            "Depuis le 5 octobre, 212 opérations ont été reportées, selon les chiffres communiqués jeudi par la "
            "direction de l'hôpital.\n\nLire aussi : Hôpital de Taravao : les urgences de nouveau ouvertes la nuit\n")
    assert speaker_of(text, "212 opérations", "fr") == "Centre hospitalier de la Polynésie française"


def test_selon_laquelle_after_a_body_is_that_body_up_to_the_main_verb():
    text = ("Titre\n\nLa Collectivité a fait savoir, par la voix de son conseiller, Patrick Edmond, qu'elle financerait "
            "des balises.\n\nL'association Tortues de Mana, selon laquelle 27 tortues luth ont été retrouvées mortes "
            "depuis avril, a déposé plainte.\n")
    claim = next(c for c in claims_of(text, "fr") if "27 tortues" in c.content)
    assert (claim.content, claim.speaker.name) == ("27 tortues luth ont été retrouvées mortes depuis avril", "Tortues de Mana")


def test_a_general_staff_is_a_body_not_a_description_of_the_person_named_before():
    text = ("Titre\n\nLe porte-parole de la présidence, Hans Vogel, à Genève le 25 mai. Photo : Reuters\n\n"
            "Selon l'état-major norvégien, le montant total du contrat s'élevait à 450 millions d'euros.\n")
    assert speaker_of(text, "450 millions", "fr") == "état-major norvégien"


def test_an_inverted_subject_ends_before_its_date():
    text = "Titre\n\n« Nous porterons plainte », a assuré le ministère norvégien le 7 juin.\n"
    assert speaker_of(text, "Nous porterons plainte", "fr") == "ministère norvégien"


def test_a_body_in_a_role_before_a_name_is_not_that_names_body():
    text = ("Titre\n\n« Le cessez-le-feu entrera en vigueur dans 30 jours », a déclaré le gouverneur de la banque "
            "centrale sardanaise, Nikolaï Kouznetsov.\n\n« Plus de 16 prisonniers seront échangés », a affirmé la "
            "banque centrale sardanaise le 22 janvier.\n")
    assert speaker_of(text, "16 prisonniers", "fr") == "banque centrale sardanaise"


def test_a_datelines_place_is_no_body_a_noun_refers_back_to():
    text = ("Titre\n\nGenève (DPA) - « Le plan coûtera 450 millions d'euros », a estimé la banque centrale "
            "norvalienne lors d'une conférence de presse à Genève.\n\nLe dossier sera examiné le mois prochain à Genève.\n")
    assert speaker_of(text, "Le plan coûtera", "fr") == "banque centrale norvalienne"
