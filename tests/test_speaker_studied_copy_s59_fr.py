"""French rules found on the copy studied in session 59 (sets own/fr-blind185 to own/fr-blind188).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import content_of, only, speaker_of


def test_a_subordinate_clause_between_the_verb_and_its_que_is_no_part_of_the_statement():
    text = ("Il a répété jeudi, avant que les jurés ne quittent la salle d'audience, que le contrat n'avait jamais "
            "été signé.\n")
    assert only(text).content == "le contrat n'avait jamais été signé"


def test_il_after_a_sentence_opening_on_when_then_a_role_is_that_role():
    text = ("« La peine est lourde », a déclaré le procureur, Paul Verlinden. Durant tout le procès, l'accusé "
            "s'est tu. Il a affirmé vendredi que les coups étaient partis par accident.\n")
    assert speaker_of(text, "coups étaient partis", "fr") == "accusé"


def test_the_management_of_a_named_company_is_that_company_not_the_institution_named_before():
    text = ("Trente vols ont été annulés à l'aéroport de Liège, a indiqué la direction de l'aéroport. "
            "La direction de Manutrans a jugé la grève « injustifiée ».\n")
    assert speaker_of(text, "injustifiée", "fr") == "Manutrans"


def test_the_management_of_an_institution_named_by_its_short_form_is_that_institution():
    text = ("Les agents des Hôpitaux universitaires de Genève (HUG) sont en grève. "
            "Interpellée, la direction des HUG rappelle que le contrat respecte la convention collective.\n")
    assert speaker_of(text, "contrat respecte", "fr") == "Hôpitaux universitaires de Genève"


def test_selon_eux_after_a_plural_subject_is_that_group_not_the_last_person():
    text = ("Deux cents vols ont été annulés, a précisé la porte-parole, Anne Dubois. Les grévistes protestent contre un "
            "planning qui prévoit, selon eux, des journées fractionnées pouvant atteindre quatorze heures d'amplitude.\n")
    assert speaker_of(text, "quatorze heures", "fr") == "grévistes"


def test_a_headline_quote_that_paraphrases_a_body_quote_is_that_speaker_s():
    text = ("TER bloqué trois heures près de Dijon : « On nous a abandonnés sans eau ni lumière »\n\n"
            "« Pendant deux heures, nous n'avons eu ni eau ni lumière », a raconté Marie Legrand, une passagère. "
            "Le directeur du réseau, Henri Baudin, a reconnu que la gestion avait été « insuffisante ». "
            "« Nous aurions dû évacuer plus tôt », a-t-il ajouté. « Nous en tirerons les leçons. »\n")
    assert speaker_of(text, "abandonnés", "fr") == "Marie Legrand"


def test_selon_lui_after_a_body_opening_the_sentence_before_is_that_body():
    text = "Le rectorat de Lille a contesté ce bilan. Selon lui, « moins d'une dizaine » de classes restaient sans enseignant.\n"
    assert speaker_of(text, "classes restaient", "fr") == "rectorat de Lille"


def test_a_long_source_phrase_with_the_outlet_that_saw_the_document_is_still_a_source():
    text = ("La mairie envisage de fermer trois écoles, selon un document interne consulté par le quotidien "
            "régional Le Courrier jurassien.\n")
    assert speaker_of(text, "fermer trois écoles", "fr") == "document interne"


def test_reporting_verbs_in_c_take_their_cedilla_before_a():
    assert speaker_of("« Nous ne céderons pas », lançait lundi le maire.\n", "céderons", "fr") == "maire"
    assert only("Le syndicat annonçait mardi que la grève serait reconduite.\n").content == "la grève serait reconduite"
    text = "« C'est la quatrième panne depuis janvier », s'agaçait un voyageur.\n"
    assert speaker_of(text, "quatrième panne", "fr") == "voyageur"


def test_a_title_before_the_name_does_not_hand_the_speaker_to_the_university_in_apposition():
    text = ("Le sociologue Karim Benali, professeur à l'université Hassan-II de Casablanca, estime que la réforme "
            "« arrive trop tard ».\n")
    assert speaker_of(text, "arrive trop tard", "fr") == "Karim Benali"


def test_a_named_body_keeps_its_name_before_an_indefinite_description():
    text = "Au moins 30 civils ont été tués, selon l'Observatoire syrien des droits de l'homme, une ONG basée à Londres.\n"
    assert speaker_of(text, "30 civils", "fr") == "Observatoire syrien des droits de l'homme"
    text = "Dix maisons ont été détruites, selon les Comités locaux de coordination, un réseau de militants.\n"
    assert speaker_of(text, "Dix maisons", "fr") == "Comités locaux de coordination"


def test_the_role_of_the_person_just_quoted_names_no_one_else():
    text = ("« Nous manquons de tout », a déclaré mardi lors d'une conférence de presse Rania Khoury, coordinatrice "
            "de l'ONG Terres Solidaires. Elle a précisé que le plan n'était financé « qu'à 30 % ».\n")
    assert speaker_of(text, "plan n'était financé", "fr") == "Rania Khoury"


def test_an_anonymous_official_speaking_to_a_paper_then_que():
    text = ("Un responsable du ministère a assuré sous couvert d'anonymat au quotidien Al-Watan, proche du pouvoir, "
            "que les négociations reprendraient « dès la semaine prochaine ».\n")
    assert content_of(text, "négociations", "fr") == "les négociations reprendraient « dès la semaine prochaine »"


def test_a_participle_describing_a_closing_source_is_no_statement():
    text = "Les heurts ont éclaté dimanche après un match, selon le quotidien La Gazette du Nord, édité à Lille.\n"
    assert only(text).content == "Les heurts ont éclaté dimanche après un match"
    assert only(text).speaker.name == "La Gazette du Nord"


def test_an_inverted_plural_subject_with_des():
    text = "Les réfugiés dorment dans des garages depuis un mois, affirment des habitants du quartier.\n"
    assert speaker_of(text, "réfugiés dorment", "fr") == "habitants du quartier"
    text = "Les stocks de vaccins seront épuisés avant l'hiver, ont averti des médecins.\n"
    assert speaker_of(text, "stocks de vaccins", "fr") == "médecins"


def test_a_noun_after_ces_is_no_reporting_verb():
    text = "La fédération a rejeté ces critiques, assurant que la piste avait été contrôlée le matin même.\n"
    assert speaker_of(text, "piste avait été contrôlée", "fr") == "fédération"


def test_a_quotation_after_a_participle_s_que_belongs_to_the_participle_not_to_an_appeal_before_it():
    text = ("La présidente du club, Anne Lorrain, a appelé la région à financer le voyage, assurant que le club ne "
            "pourrait pas « avancer une deuxième fois les billets ».\n")
    assert content_of(text, "avancer", "fr") == "le club ne pourrait pas « avancer une deuxième fois les billets »"
    assert speaker_of(text, "avancer", "fr") == "Anne Lorrain"


def test_a_relative_named_by_a_possessive_is_that_person_s_relative():
    text = "Le maire, Jean Dubois, a démissionné lundi. Son épouse a affirmé qu'il était épuisé depuis des mois.\n"
    assert speaker_of(text, "épuisé", "fr") == "épouse de Jean Dubois"


def test_the_outlet_that_reached_the_speaker_is_no_antecedent_for_il():
    text = ("« Il a du mal à accepter sa défaite », a affirmé M. Kessler, joint par téléphone par L'Écho lorrain. "
            "Il a ajouté que les procès-verbaux avaient été « signés par tous ».\n")
    assert speaker_of(text, "procès-verbaux", "fr") == "Kessler"


def test_a_participle_opening_a_sentence_is_no_body_s_name():
    text = ("Les urgences de l'hôpital de Flers sont en grève depuis lundi, à l'appel de l'Union syndicale des "
            "soignants. « On ne tient plus », a déclaré une infirmière, Sylvie Morel. Elle a ajouté que trois infirmières "
            "avaient démissionné. Réquisitionnés, les grévistes continuent d'assurer les soins.\n\n"
            "Selon le syndicat, le temps d'attente a dépassé six heures à plusieurs reprises.\n")
    assert speaker_of(text, "temps d'attente", "fr") != "Réquisitionnés"
