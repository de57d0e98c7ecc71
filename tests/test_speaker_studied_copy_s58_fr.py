"""French rules found on the copy studied in session 58 (sets own/fr-blind182 and own/fr-blind183).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_an_ngo_named_with_one_lower_case_adjective_keeps_it_even_when_it_is_a_role_word():
    text = "L'ONG Action paysanne a indiqué jeudi que les récoltes étaient perdues dans le Sud.\n"
    assert speaker_of(text, "récoltes étaient perdues", "fr") == "Action paysanne"


def test_a_site_of_its_owner_is_still_the_owner_speaking():
    text = "Selon le site Info-pannes d'Hydro-Québec, 40 000 clients étaient toujours privés d'électricité.\n"
    assert speaker_of(text, "40 000 clients", "fr") == "Hydro-Québec"


def test_tuareg_and_moorish_filiation_particles_stay_inside_the_name():
    text = ("Son porte-parole, Moussa ag Inteyda, a assuré que les rebelles « contrôlaient toujours » la ville. "
            "Mohamed ould Cheikh a affirmé de son côté que l'armée s'était retirée.\n")
    assert speaker_of(text, "contrôlaient toujours", "fr") == "Moussa ag Inteyda"
    assert speaker_of(text, "l'armée s'était retirée", "fr") == "Mohamed ould Cheikh"


def test_people_cited_by_an_outlet_are_who_they_are_without_the_outlet():
    text = "Selon des négociants cités par le Wall Street Journal, les exportations ont chuté de 40 %.\n"
    assert speaker_of(text, "exportations ont chuté", "fr") == "négociants"


def test_people_interviewed_by_an_outlet_keep_how_they_were_asked():
    text = "Des commerçants interrogés par l'Agence nigérienne de presse ont affirmé que les prix avaient doublé.\n"
    assert speaker_of(text, "prix avaient doublé", "fr") == "commerçants interrogés par l'Agence nigérienne de presse"


def test_a_relative_clause_after_an_apposition_ending_on_a_street_is_the_person_s():
    text = ("« Je perds la moitié de mon chiffre d'affaires », a expliqué à Radio-Canada Luc Desrosiers, propriétaire "
            "d'une brasserie de la rue Sainte-Catherine, qui estime que « la Ville doit trouver une solution ».\n")
    assert speaker_of(text, "la Ville doit trouver", "fr") == "Luc Desrosiers"


def test_a_national_federation_with_its_adjective_is_what_the_federation_stands_for():
    text = ("1er août 2012. - La Française Clémence Arnaud a décroché mardi la médaille de bronze.\n\n"
            "« Le contrat est rempli », a affirmé le directeur technique national de la Fédération française de judo, "
            "Jean-Luc Perrin. La fédération a indiqué mercredi que la médaillée avait été contrôlée.\n")
    assert speaker_of(text, "médaillée avait été contrôlée", "fr") == "Fédération française de judo"


def test_an_epithet_with_an_age_is_the_headline_person():
    text = ("JO de Londres : médaille de bronze pour la judokate française Clémence Arnaud\n\n"
            "1er août 2012. - La Française Clémence Arnaud a décroché mardi la médaille de bronze à l'ExCeL de Londres, "
            "en battant par ippon la Néerlandaise Inge van Dalen. Éliminée au premier tour à Pékin quatre ans plus tôt, "
            "la judokate de Saint-Étienne avait été battue en demi-finale par une Japonaise.\n\n"
            "« Cette médaille, c'est pour tous », a déclaré l'athlète de 27 ans en zone mixte.\n")
    assert speaker_of(text, "Cette médaille", "fr") == "Clémence Arnaud"


def test_a_team_in_brackets_after_a_rider_is_no_short_form_of_the_rider():
    text = ("12 juillet 2012. - Le coureur français Julien Carrel (Vélocia) a abandonné mercredi.\n\n"
            "L'équipe Vélocia a jugé la descente « trop dangereuse pour une fin d'étape ».\n\n"
            "Sur son compte Twitter, Julien Carrel a remercié ses supporteurs et promis de revenir « plus fort ».\n")
    assert speaker_of(text, "trop dangereuse", "fr") == "Vélocia"


def test_a_title_with_its_article_and_adjective_before_the_person_is_the_outlet():
    text = ("« Ces vingt minutes de route ont été les plus longues de ma vie », a raconté à La Presse canadienne "
            "Isabelle Fortin, dont le fils souffre d'une fracture au poignet.\n")
    assert speaker_of(text, "vingt minutes de route", "fr") == "Isabelle Fortin"


def test_a_belgian_asbl_with_en_inside_its_name():
    text = ("16 juillet 2012. - Près de 92 000 festivaliers ont assisté au festival, qui s'est achevé dimanche soir à "
            "Dinant, a annoncé lundi l'asbl Meuse en Scène, qui organise l'événement.\n")
    assert speaker_of(text, "92 000 festivaliers", "fr") == "Meuse en Scène"


def test_his_team_after_a_fronted_participle_is_the_team_of_the_role_the_sentence_is_about():
    text = ("Dans un communiqué, l'équipe de l'ancien Premier ministre a assuré que son candidat serait « le président "
            "de tous ».\n\n"
            "Arrivé troisième avec 20,7 % des voix, le candidat nassérien n'a pas reconnu ces résultats. Son équipe a "
            "dénoncé des « irrégularités graves » dans plusieurs gouvernorats.\n")
    assert speaker_of(text, "irrégularités graves", "fr") == "équipe du candidat nassérien"


def test_his_cabinet_after_a_minister_named_in_apposition_is_the_minister_s():
    text = ("Côté politique, le ministre wallon de l'Économie, Olivier Derwael, s'est dit « choqué par l'annonce ». "
            "Son cabinet indique que la Région n'a été prévenue que lundi soir.\n")
    assert speaker_of(text, "Région n'a été prévenue", "fr") == "cabinet d'Olivier Derwael"


def test_the_president_of_the_court_is_no_president_of_another_body_named_before():
    text = ("« La rivière a mis deux ans à se repeupler », a expliqué Bernard Python, président de la Société des "
            "pêcheurs de la Basse-Broye.\n\n"
            "Le jugement sera rendu le 29 mars, a annoncé mercredi soir le président du tribunal.\n")
    assert speaker_of(text, "jugement sera rendu", "fr") == "président du tribunal"


def test_a_witness_at_the_bar_named_then_described():
    text = ("19 janvier 2012. - Le tribunal correctionnel de Bobigny a condamné mercredi un propriétaire de 58 ans, "
            "Gérard Lemoine, qui louait des chambres insalubres à des locataires sans papiers.\n\n"
            "« J'ai vécu deux ans dans une pièce de neuf mètres carrés », avait témoigné à la barre Moussa Diarra, "
            "un ancien locataire, cité par l'AFP.\n")
    assert speaker_of(text, "neuf mètres carrés", "fr") == "Moussa Diarra"


def test_one_of_them_described_in_apposition_is_that_description():
    text = ("Plusieurs centaines de partisans du président destitué ont été dispersés vendredi soir par la police. "
            "« Ils ont volé la démocratie en trente heures », a lancé l'un d'eux, un enseignant de Caaguazú, cité par "
            "l'agence Reuters.\n")
    assert speaker_of(text, "Ils ont volé la démocratie", "fr") == "enseignant de Caaguazú"


def test_the_organisers_are_the_body_that_organises_the_event():
    text = ("Belgique : le festival Rock sur Meuse a battu son record d'affluence, selon les organisateurs\n\n"
            "16 juillet 2012. - Près de 92 000 festivaliers ont assisté au festival, qui s'est achevé dimanche soir à "
            "Dinant, a annoncé lundi l'asbl Meuse en Scène, qui organise l'événement.\n")
    assert speaker_of(text, "record d'affluence", "fr") == "Meuse en Scène"


def test_the_mission_is_the_un_operation_given_its_short_form():
    text = ("9 juin 2012. - Sept soldats nigériens de l'Opération des Nations unies en Côte d'Ivoire (Onuci) ont été "
            "tués vendredi dans une embuscade, a annoncé vendredi soir la mission dans un communiqué.\n")
    assert speaker_of(text, "Sept soldats nigériens", "fr") == "Opération des Nations unies en Côte d'Ivoire"


def test_a_body_s_name_goes_on_across_et_up_to_its_short_form():
    text = ("20 juin 2012. - Les criquets menacent les rizières, a averti mardi l'Organisation des Nations unies pour "
            "l'alimentation et l'agriculture (FAO). Un séisme a été ressenti, a indiqué l'Observatoire volcanologique et "
            "sismologique de Guadeloupe (OVSG).\n")
    assert speaker_of(text, "criquets menacent", "fr") == "Organisation des Nations unies pour l'alimentation et l'agriculture"
    assert speaker_of(text, "séisme a été ressenti", "fr") == "Observatoire volcanologique et sismologique de Guadeloupe"


def test_a_second_verb_s_subject_is_the_first_one_s_with_its_named_apposition():
    text = ("La société qui exploite l'ouvrage, la Compagnie hydroélectrique de la Bénoué (CHB), a reconnu dans un "
            "communiqué avoir ouvert ses vannes « à titre préventif », mais a assuré que les populations avaient été "
            "« prévenues par la radio ».\n")
    assert speaker_of(text, "prévenues par la radio", "fr") == "Compagnie hydroélectrique de la Bénoué"


def test_an_ngo_introduced_with_an_adjective_of_origin_speaks_for_the_headline_s_une_ong():
    text = ("Niger : « la soudure sera la plus dure depuis 2005 », avertit une ONG\n\n"
            "10 mai 2012. - « Les familles n'ont plus qu'un repas par jour », a déclaré mercredi à Niamey la directrice "
            "de l'ONG nigérienne Sahel Solidarité Action, Mariama Dan Baki.\n")
    assert speaker_of(text, "la soudure sera la plus dure", "fr") == "Sahel Solidarité Action"
