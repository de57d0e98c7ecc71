"""French speaker rules found on the copy studied in session 22: West African pilgrimage honorifics
before a name, "la Ville" as the town a headline's kicker names, a body's region after its short
form, "C'était" opening a sentence, a quotation after a sentence its speaker opens, a journal study
written by a team, a role at a short-formed company, a named body's management. Sentences and
names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_pilgrimage_honorific_is_no_part_of_the_name():
    text = "« Le bidon est passé de 1 000 à 5 000 francs », dénonce Hadja Mariama Sow, ménagère à Kobaya.\n"
    assert speaker_of(text, "Le bidon est passé", "fr") == "Mariama Sow"


def test_el_hadj_before_a_name():
    text = "Selon Elhadj Ousmane Barry, le prix du sac de riz a doublé en un mois.\n"
    assert speaker_of(text, "le prix du sac de riz", "fr") == "Ousmane Barry"


def test_la_ville_is_the_town_of_the_headline_kicker():
    text = ("Dinant : la piscine communale fermée jusqu'au printemps\n\n"
            "La piscine du centre de Dinant restera fermée. La Ville a annoncé mercredi que des fuites avaient été "
            "découvertes sous le bassin.\n")
    assert speaker_of(text, "des fuites avaient", "fr") == "Ville de Dinant"


def test_a_country_in_the_kicker_is_no_town():
    text = ("Italie : la municipalité de Pise ferme la tour\n\n"
            "En Italie, la tour restera fermée. La Ville a annoncé mardi que des fissures avaient été découvertes.\n")
    assert speaker_of(text, "des fissures avaient", "fr") != "Ville d'Italie"


def test_a_kicker_that_opens_an_outlets_name_is_no_town():
    text = ("Guadeloupe : une école fermée à Capesterre-Belle-Eau\n\n"
            "Le directeur a déclaré à Guadeloupe la 1ère que l'école resterait fermée. À Capesterre-Belle-Eau, "
            "la mairie a indiqué que les sargasses seraient ramassées lundi.\n")
    assert speaker_of(text, "les sargasses seraient", "fr") == "mairie de Capesterre-Belle-Eau"


def test_a_bodys_region_after_its_short_form_is_no_person():
    text = ("Un calendrier qui laisse sceptique le président de l'USPO Grand Est, Marc-Henri Ventura. « On nous a déjà "
            "promis des livraisons pour la semaine dernière », prévient-il.\n")
    assert speaker_of(text, "On nous a déjà promis", "fr") == "Marc-Henri Ventura"


def test_an_elided_pronoun_opening_a_sentence_is_no_person():
    text = ("Quand Bernard a poussé la porte de son studio, il avait passé dix ans à la rue. C'était en 2019. "
            "« Au début, je dormais par terre », raconte-t-il.\n")
    assert speaker_of(text, "je dormais par terre", "fr") == "Bernard"


def test_a_quotation_after_a_sentence_its_speaker_opens():
    text = ("Quand Bernard a poussé la porte de son studio, il avait passé dix ans à la rue.\n\n"
            "Le président du CPAS, Marc Delvaux, plaide pour « changer d'échelle ». Il affirme que le CPAS est prêt.\n\n"
            "Bernard, lui, ne se voit plus ailleurs. « Ici, c'est chez moi. J'ai gardé la première lettre. »\n")
    assert speaker_of(text, "Ici, c'est chez moi", "fr") == "Bernard"


def test_a_study_in_a_journal_speaks_as_the_study_when_a_team_wrote_it():
    text = ("Les coraux du golfe d'Aqaba ont résisté à la chaleur, selon une étude publiée lundi dans la revue "
            "Marine Ecology par une équipe internationale de chercheurs.\n\n"
            "Selon l'étude, les coraux de la région descendent de populations venues du sud.\n")
    assert speaker_of(text, "ont résisté à la chaleur", "fr") == "étude publiée dans la revue Marine Ecology"
    assert speaker_of(text, "descendent de populations", "fr") == "étude publiée dans la revue Marine Ecology"


def test_an_employee_of_a_short_formed_company_keeps_the_role():
    text = ("La société Metro Express Ltd (MEL) exploite le tram depuis 2019.\n\n"
            "Un employé de MEL affirme que les rames sont pleines aux heures de pointe.\n")
    assert speaker_of(text, "les rames sont pleines", "fr") == "employé de Metro Express Ltd"


def test_a_named_bodys_general_management_speaks_as_the_body():
    text = ("Le Port autonome de Kribi (PAK) a suspendu les opérations de chargement.\n\n"
            "La direction générale du PAK a indiqué que le trafic reprendrait lundi.\n")
    assert speaker_of(text, "le trafic reprendrait lundi", "fr") == "Port autonome de Kribi"


def test_a_management_that_is_a_body_of_its_own_stays():
    text = "Le vaccin est sûr.\n\nLa direction générale de la santé a indiqué que le vaccin était sûr.\n"
    assert speaker_of(text, "le vaccin était sûr", "fr") == "direction générale de la santé"
