"""French rules found on the copy studied in session 54 (Wikinews-texture sets of session 53).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import content_of, speaker_of


def test_an_agency_named_by_its_kind_then_a_first_name_alone():
    text = ("Titre\n\n« L'eau est montée jusqu'au plafond en dix minutes », a raconté à l'agence Ria Novosti Tatiana, une "
            "retraitée de 67 ans.\n")
    assert speaker_of(text, "plafond", "fr") == "Tatiana"


def test_a_known_agency_then_a_first_name_the_list_holds():
    text = ("Titre\n\n« Nous n'avons plus d'électricité depuis dix jours », a raconté à l'agence Reuters Salma, une "
            "infirmière qui a fui vers Tarhouna.\n")
    assert speaker_of(text, "électricité", "fr") == "Salma"


def test_a_paper_of_two_words_named_by_its_kind_then_the_person():
    text = ("Titre\n\n« Il n'y aura pas de pénurie de bordeaux », a déclaré mercredi au quotidien Sud Ouest Patrick "
            "Lemercier, président de l'Union des négociants.\n")
    assert speaker_of(text, "pénurie", "fr") == "Patrick Lemercier"


def test_a_news_site_of_two_words_then_a_first_name():
    text = ("Titre\n\n« J'ai révisé pendant des mois », a témoigné auprès du site d'information Casa Actu Salma, 18 ans, "
            "candidate dans un lycée de Rabat.\n")
    assert speaker_of(text, "révisé", "fr") == "Salma"


def test_a_paper_with_its_adjectives_then_the_person():
    text = ("Titre\n\n« On a senti une odeur de plastique brûlé », a raconté au quotidien régional Le Courrier rhodanien "
            "Karim Belaïd, un passager de 41 ans.\n")
    assert speaker_of(text, "plastique", "fr") == "Karim Belaïd"


def test_an_agency_by_its_kind_alone_then_an_anonymous_subject():
    text = ("Titre\n\n« Le train roulait beaucoup trop vite », a raconté à l'agence un passager joint par téléphone à "
            "l'hôpital de Ndjolé.\n")
    assert speaker_of(text, "trop vite", "fr") == "passager"


def test_a_quote_after_a_colon_that_ends_a_que_clause_is_the_verb_subject_s():
    text = ("Titre\n\nLe directeur des urgences, le docteur Ayman Haddad, a expliqué à l'agence Reuters que son service "
            "avait reçu plus de 900 blessés en huit jours : « Nous avons opéré jour et nuit. »\n")
    assert speaker_of(text, "opéré", "fr") == "Ayman Haddad"


def test_a_gerund_between_the_verb_and_its_named_subject():
    text = ("Titre\n\n« Je n'ai jamais vu ça », a lancé en riant Ginette Lachance, une retraitée qui pelletait l'entrée de "
            "son immeuble.\n")
    assert speaker_of(text, "jamais vu", "fr") == "Ginette Lachance"


def test_a_people_and_an_age_in_apposition_leave_the_name_as_subject():
    text = ("Titre\n\nArrivée de Léré avec ses enfants, Fadimata Walet Ahmed, une Touareg de 40 ans, explique avoir fui "
            "« les pillages ». « Nous avons marché quatre jours », raconte-t-elle.\n")
    assert speaker_of(text, "pillages", "fr") == "Fadimata Walet Ahmed"
    assert speaker_of(text, "marché quatre", "fr") == "Fadimata Walet Ahmed"


def test_the_paper_a_statement_was_quoted_by_is_the_paper():
    text = ("Titre\n\n« Rien n'est signé », a assuré Olivier Maréchal, cité par le quotidien Le Soir. Selon le journal, "
            "les deux formations se seraient déjà réparti les échevinats.\n")
    assert speaker_of(text, "échevinats", "fr") == "Le Soir"


def test_a_headline_topic_is_no_company():
    text = ("Québec : un parc éolien créerait 40 emplois, selon Boréalis Énergie\n\n17 mai 2012. - Le parc que Boréalis "
            "Énergie veut ériger créerait 40 emplois permanents, a soutenu mercredi l'entreprise montréalaise.\n\n"
            "Selon Radio-Canada, Québec doit annoncer sa décision d'ici la fin de l'année.\n")
    assert speaker_of(text, "40 emplois permanents", "fr") == "Boréalis Énergie"


def test_a_headline_body_noun_is_the_body_the_lede_names_by_its_place():
    text = ("Belgique : une dizaine d'églises seront désacralisées, annonce le diocèse\n\n11 avril 2012. - Le diocèse "
            "de Liège va fermer au culte une dizaine d'églises, faute de fidèles.\n")
    assert speaker_of(text, "désacralisées", "fr") == "diocèse de Liège"


def test_the_agent_after_a_quoted_judgement_speaks():
    text = ("Titre\n\nLe directeur, Alain Roussel, a annoncé le recrutement de quatre infirmiers, une mesure jugée « très "
            "insuffisante » par les grévistes. « Nous ne pouvons pas créer des postes », a-t-il fait valoir.\n")
    assert speaker_of(text, "très insuffisante", "fr") == "grévistes"
    assert speaker_of(text, "créer des postes", "fr") == "Alain Roussel"


def test_laboratories_named_in_the_plural_are_the_group():
    text = ("Titre\n\nL'agence a suspendu le Dolvane, commercialisé depuis 2009 par les laboratoires Hervin.\n\nLes "
            "laboratoires Hervin, dont le siège est à Lyon, contestent la décision. Dans un communiqué, le groupe affirme "
            "que les patients prenaient d'autres traitements.\n")
    assert speaker_of(text, "autres traitements", "fr") == "Hervin"


def test_a_cleric_s_title_is_no_part_of_the_name():
    text = ("Titre\n\nUn chef de tribu d'El-Arich, cheikh Salem Abou Rayan, a estimé que l'État avait « abandonné » la "
            "région.\n")
    assert speaker_of(text, "abandonné", "fr") == "Salem Abou Rayan"


def test_a_first_name_that_closes_another_name_is_no_party_label():
    text = ("Titre\n\n« Gaza n'a rien à voir avec cette attaque », a affirmé à l'AFP Taher Abou Salem, un porte-parole du "
            "mouvement.\n\nDans le nord du Sinaï, un chef de tribu, cheikh Salem Abou Rayan, a estimé que l'État avait "
            "« abandonné » la région.\n")
    assert speaker_of(text, "abandonné", "fr") == "Salem Abou Rayan"


def test_a_quotation_after_an_attributed_one_goes_on_with_it_not_with_the_next_subject():
    text = ("Titre\n\n« Nous n'avons plus d'électricité », a raconté à l'agence Reuters Salma, une infirmière qui a fui "
            "vers Tarhouna. « Les enfants ne dorment plus à cause des tirs. » Le Croissant-Rouge libyen a indiqué avoir "
            "enregistré 25 000 déplacés.\n")
    assert speaker_of(text, "ne dorment plus", "fr") == "Salma"
    assert speaker_of(text, "25 000 déplacés", "fr") == "Croissant-Rouge libyen"


def test_the_name_someone_gave_is_their_name():
    text = ("Titre\n\nDevant l'ambassade, un étudiant de 22 ans qui s'est présenté sous le nom de Wang a déclaré dimanche "
            "au quotidien Le Monde que les îles « appartiennent à la Chine ».\n")
    assert speaker_of(text, "appartiennent", "fr") == "Wang"


def test_a_source_opening_the_sentence_speaks_over_the_paper_that_relays_it():
    text = ("Titre\n\nSelon l'association Habitat digne Marseille, qui s'est constituée partie civile, une quarantaine "
            "d'immeubles présentent des risques comparables, rapporte le quotidien La Gazette du Vieux-Port.\n")
    assert speaker_of(text, "quarantaine", "fr") == "Habitat digne Marseille"
    assert content_of(text, "quarantaine", "fr") == "une quarantaine d'immeubles présentent des risques comparables"


def test_a_headline_short_form_is_the_full_name_the_lede_spells_out():
    text = ("Santé : le Dolvane serait lié à onze cas d'hépatite, selon l'Agence du médicament\n\n19 juin 2012. - "
            "L'Agence nationale de sécurité du médicament et des produits de santé (ANSM) a annoncé lundi la suspension "
            "du Dolvane. Onze cas d'hépatite grave ont été signalés, a précisé l'agence dans un communiqué.\n")
    full = "Agence nationale de sécurité du médicament et des produits de santé"
    assert speaker_of(text, "serait lié", "fr") == full
    assert speaker_of(text, "Onze cas d'hépatite grave", "fr") == full


def test_a_body_then_what_kind_of_body_it_is():
    text = ("Titre\n\nL'Observatoire de la liberté de la presse au Kivu (OLPK), une ONG basée à Goma, a dénoncé une « mesure "
            "arbitraire ».\n")
    assert speaker_of(text, "mesure", "fr") == "Observatoire de la liberté de la presse au Kivu"


def test_a_headline_ngo_is_the_ngo_the_lede_names():
    text = ("Mali : à Mopti, les déplacés du Nord manquent de tout, selon une ONG\n\n14 juin 2012. - Plus de 30 000 "
            "personnes se sont installées à Mopti, a affirmé mercredi l'ONG malienne Solidarité Delta.\n")
    assert speaker_of(text, "manquent de tout", "fr") == "Solidarité Delta"
