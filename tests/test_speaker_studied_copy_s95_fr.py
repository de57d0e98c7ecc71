"""French rules found on the copies studied in session 95. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _article(*paragraphs: str, title: str = "Titre") -> str:
    return f"{title}\n\n12 mars 2013. - Rien de neuf.\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_compass_word_closing_a_police_zone_s_name_is_no_person():
    text = _article("« Il est hors de danger », a indiqué le porte-parole de la zone de police Midi, le commissaire "
                    "Luc Vandenbroucke, cité par l'agence Belga.")
    assert _speaker(text, "Il est hors de danger") == "Luc Vandenbroucke"


def test_the_paper_that_met_someone_only_relays():
    text = _article("Une cycliste rencontrée samedi au col du Lautaret par le quotidien Le Dauphiné a estimé que "
                    "« les camions roulent beaucoup trop près ».")
    assert _speaker(text, "les camions roulent") == "cycliste"


def test_a_long_role_keeps_the_two_word_title_before_the_name():
    text = _article("« Nos agents sont pris pour cible », a regretté lundi le chef de corps de la zone de police de "
                    "Namur, le commissaire divisionnaire Albert Dechamps, lors d'une conférence de presse.",
                    "« C'est devenu notre quotidien », a déploré lundi le chef de corps de la zone de police de Liège, "
                    "le commissaire divisionnaire Paul Thiry, lors d'une conférence de presse.")
    assert _speaker(text, "Nos agents sont pris pour cible") == "Albert Dechamps"
    assert _speaker(text, "notre quotidien") == "Paul Thiry"


def test_one_of_them_named_in_apposition_after_selon():
    text = _article("Selon l'une d'elles, Mer Vivante Bretagne, « aucune étude ne prouve que la pêche ait baissé ».")
    assert _speaker(text, "aucune étude ne prouve") == "Mer Vivante Bretagne"


def test_the_union_a_teachers_union_stands_for():
    text = _article("Les enseignants ont cessé le travail lundi à l'appel de l'Union des professeurs du secondaire "
                    "public (UPSP), qui réclame des arriérés. Le mouvement a été suivi « à plus de 80 % », a affirmé le "
                    "secrétaire général de l'UPSP, Roger Mballa.",
                    "Le ministère des Enseignements secondaires a estimé que la grève était « peu suivie ».",
                    "« Mes enfants sont à la maison », a confié Jeanne Ekotto, commerçante. Le syndicat a annoncé "
                    "qu'il se réunirait jeudi pour décider de la suite du mouvement.")
    assert _speaker(text, "il se réunirait jeudi") == "Union des professeurs du secondaire public"


def test_a_coordinated_verb_after_a_singular_present_shares_its_subject():
    text = _article("Selon le syndicat, la grève est suivie dans « plus de 60 % » des lycées. Le ministère de "
                    "l'Éducation nationale avance un chiffre de 20 % et affirme qu'un concours sera organisé en mai.")
    assert _speaker(text, "un concours sera organisé en mai") == "ministère de l'Éducation nationale"


def test_a_given_name_that_is_also_a_word():
    text = _article("« Nous attendons depuis octobre », s'inquiète Grâce Loubaki, étudiante en droit.")
    assert _speaker(text, "Nous attendons depuis octobre") == "Grâce Loubaki"


def test_a_given_name_after_a_town_opens_the_person_s_name():
    text = _article("« Ensemble, nous pouvons gagner », a affirmé l'ancien maire de Lambaréné Hervé Nzamba Mouélé.")
    assert _speaker(text, "Ensemble, nous pouvons gagner") == "Hervé Nzamba Mouélé"


def test_a_quoted_subject_whose_verb_of_state_follows_the_mark_is_a_mixed_claim():
    text = _article("Le ministère précise que « toute réunion sur la voie publique » reste soumise à une "
                    "autorisation préalable.")
    (claim,) = claims_of(text, "fr")
    assert claim.kind == "mixed"
    assert claim.content.endswith("reste soumise à une autorisation préalable")


def test_the_members_of_a_named_body_speak_as_the_body():
    text = _article("« L'argent public n'a pas à éponger ces pertes », a estimé l'adjoint aux finances, Marc Tessier.",
                    "Réunis mardi soir, les membres du Collectif des supporters du SCB estiment que « le club paie "
                    "vingt ans d'erreurs ».")
    assert _speaker(text, "le club paie vingt ans") == "Collectif des supporters du SCB"


def test_a_club_named_after_its_people_is_no_person_a_pronoun_points_to():
    text = _article("Battu samedi, l'Arverne Volley Riom est relégué. La défaite a été suivie de la démission du "
                    "président du club, Jacques Perrin, qui le dirigeait depuis 2004.",
                    "« J'assume », a déclaré M. Perrin. Il a reconnu que le club accusait un déficit de 200 000 euros.")
    assert _speaker(text, "le club accusait un déficit") == "Jacques Perrin"


def test_the_relaying_paper_after_a_source_s_name_closes_the_source():
    text = _article("Les travaux ont été financés par la Ligue contre le cancer, qui a versé 90 000 euros depuis "
                    "2010, selon son président, Paul Ferrand, cité par le quotidien La Dépêche du Lot.")
    assert content_of(text, "Les travaux", "fr") == ("Les travaux ont été financés par la Ligue contre le cancer, qui a "
                                                     "versé 90 000 euros depuis 2010")
    assert _speaker(text, "Les travaux") == "Paul Ferrand"


def test_researchers_inverted_after_their_statement_with_their_lab_described():
    text = _article("Une bactérie du sol freinerait la croissance du mildiou, affirment des chercheurs de l'Institut "
                    "alpin de biologie végétale (IABV), un laboratoire grenoblois associé au CNRS.")
    assert _speaker(text, "Une bactérie du sol") == "chercheurs de l'Institut alpin de biologie végétale"


def test_a_pronoun_opening_a_sentence_after_a_body_s_elided_subject_is_the_body():
    text = _article("« Aucun lit n'a été fermé », a répondu le directeur adjoint du CHU, Marc Delorme, qui a annoncé "
                    "l'ouverture de dix lits.",
                    "L'agence régionale de santé de Lorraine a déclenché mercredi le plan « hôpital en tension ». Elle a "
                    "demandé aux médecins libéraux de renforcer leurs gardes et rappelé que les maisons médicales "
                    "restaient ouvertes jusqu'à minuit.")
    assert _speaker(text, "les maisons médicales restaient ouvertes") == "agence régionale de santé de Lorraine"


def test_a_source_s_relative_clause_is_no_attribution_of_its_quotation():
    text = _article("Quatre boulangeries du Jura ont fermé depuis janvier, selon la Fédération des artisans du Jura "
                    "(FAJ), qui craint un « désert alimentaire » dans les villages.")
    (claim,) = claims_of(text, "fr")
    assert claim.content == "Quatre boulangeries du Jura ont fermé depuis janvier"
    assert claim.speaker.name == "Fédération des artisans du Jura"
