"""French speakers as agency rewrites name them: an epithet behind an elided article ("l'élu",
"l'édile", "l'économiste") for the person just named, the person in apposition after an
organisation inside a role ("le président du groupe Changer Paris, Hubert de Valmont")."""

from __future__ import annotations

from extract_support import claims_of


def test_epithet_behind_an_elided_article_names_the_person_just_named():
    found = claims_of(
        "Le maire de Jargeau, Didier Fontenelle, a confirmé que deux digues avaient été renforcées.\n\n"
        "« Les digues tiennent pour l'instant. On a travaillé toute la nuit », explique l'élu, qui a ouvert "
        "le gymnase municipal.")
    assert [c.speaker.name for c in found] == ["Didier Fontenelle", "Didier Fontenelle"]
    found = claims_of(
        "La rue sera fermée en 2027, a annoncé mardi la maire de Paris, Agnès Vidal-Moreau. « Rivoli est "
        "devenue l'axe cyclable le plus fréquenté d'Europe », a déclaré l'édile socialiste.")
    assert [c.speaker.name for c in found] == ["Agnès Vidal-Moreau", "Agnès Vidal-Moreau"]


def test_epithet_of_another_role_family_is_not_the_person_just_named():
    found = claims_of(
        "Le maire de Jargeau, Didier Fontenelle, a confirmé que deux digues avaient été renforcées. "
        "« Le risque reste élevé pour la nuit prochaine », a prévenu l'hydrologue.")
    assert found[-1].speaker.name != "Didier Fontenelle"


def test_epithet_skips_names_quoted_inside_the_statement():
    found = claims_of(
        "La chercheuse Anne Morel, de l'université de Lyon, a présenté l'étude. « Je remercie Paul Durand "
        "pour ses relevés, ils sont essentiels », a déclaré l'économiste.")
    assert found[-1].speaker.name == "Anne Morel"


def test_person_in_apposition_after_an_organisation_inside_a_role():
    found = claims_of(
        "Le président du groupe Changer Paris, Hubert de Valmont, a dénoncé une décision « prise sans étude "
        "sérieuse » et estimé que les commerçants allaient « payer la facture ».")
    assert [c.speaker.name for c in found] == ["Hubert de Valmont", "Hubert de Valmont"]


def test_epithet_in_a_standfirst_names_the_person_of_the_headline():
    found = claims_of(
        "Laure Morin : « La hausse des taux a fait plus de dégâts que l'inflation »\n\n"
        "Entretien. Pour l'économiste, directrice de recherche au CNRS, les ménages modestes ont payé deux fois "
        "la crise.")
    assert [c.speaker.name for c in found] == ["Laure Morin", "Laure Morin"]


def test_institution_with_a_long_name_speaks_under_its_full_name():
    claim = claims_of(
        "« Nous ne commenterons pas ces discussions », a fait savoir le ministère de l'Europe et des Affaires "
        "étrangères dans un communiqué.")[0]
    assert claim.speaker.name == "ministère de l'Europe et des Affaires étrangères"
    claim = claims_of(
        "Un pompier a été légèrement blessé à Sully-sur-Loire, a indiqué le Service départemental d'incendie et "
        "de secours (Sdis).")[0]
    assert claim.speaker.name == "Service départemental d'incendie et de secours"


def test_two_people_joined_by_et_stay_apart():
    claim = claims_of("« Le projet est mort », ont déclaré le maire Paul Roux et son adjointe Anne Vidal.")[0]
    assert claim.speaker.name != "Paul Roux et son adjointe Anne Vidal"


def test_organisation_introduced_by_a_common_noun_keeps_its_whole_name():
    claim = claims_of("Six journalistes sont détenus au Niger, d'après l'organisation Reporters sans frontières.")[0]
    assert claim.speaker.name == "Reporters sans frontières"


def test_fait_valoir_with_an_inverted_subject():
    claim = claims_of("« Le pouvoir d'achat moyen a progressé de 0,8 % sur la période », fait valoir Bercy.")[0]
    assert claim.kind == "direct" and claim.speaker.name == "Bercy"


def test_one_clause_reported_through_two_cues_is_one_claim():
    found = claims_of("« Le pouvoir d'achat a progressé de 0,8 % », fait valoir Bercy, qui juge qu'un nouveau "
                      "bouclier serait « inflationniste ».")
    assert [c.content for c in found] == ["Le pouvoir d'achat a progressé de 0,8 %",
                                          "un nouveau bouclier serait « inflationniste »"]


def test_company_noun_stands_for_the_company_introduced_by_another_company_noun():
    found = claims_of("Le fabricant de vélos électriques Véloria a annoncé jeudi que ses ventes avaient reculé de 18 %. "
                      "Le groupe a précisé que sa perte nette atteignait 96 millions d'euros.")
    assert [c.speaker.name for c in found] == ["Véloria", "Véloria"]


def test_company_noun_stands_for_the_company_just_quoted_by_its_acronym():
    found = claims_of("La SNCB a annoncé dimanche qu'elle ferait circuler un train sur trois mardi. Les trains "
                      "Eurostar devraient circuler normalement, selon la société.")
    assert [c.speaker.name for c in found] == ["SNCB", "SNCB"]


def test_role_never_tied_to_a_name_is_not_an_organisation_named_after_it():
    found = claims_of("« Le marché a été inondé de stocks », a reconnu le directeur général, Paul Dumontel.\n\n"
                      "Le dirigeant a assuré que le site de Clermont ne fermerait pas.\n\n"
                      "D'après la CFDT, la direction n'a présenté aucun plan crédible.")
    assert found[1].speaker.name == "Paul Dumontel"


def test_one_word_name_of_a_thing_is_not_a_person_for_pronouns():
    found = claims_of("Glaciologue, Hélène Vasseur-Daumas mesure l'épaisseur des glaciers.\n\n"
                      "Depuis 2006, l'équipe d'Hélène Vasseur-Daumas suit le glacier Blanc, qui a reculé de 480 mètres.\n\n"
                      "« Ce vocabulaire n'a plus de sens aujourd'hui, explique-t-elle. Tous les bilans sont négatifs. »")
    assert found[-1].speaker.name == "Hélène Vasseur-Daumas"


def test_premiere_ministre_is_a_role_not_a_person_for_pronouns():
    found = claims_of("« Nous ne céderons pas », a martelé la Première ministre, Élisabeth Morel, à Marseille. Elle a "
                      "ajouté que le gouvernement « irait jusqu'au bout ».")
    assert [c.speaker.name for c in found] == ["Élisabeth Morel", "Élisabeth Morel"]


def test_press_epithets_stand_for_the_person_holding_the_role():
    found = claims_of("Le président de la République, Emmanuel Roux, s'est rendu à Lille. « Nous tiendrons nos "
                      "engagements », a assuré le chef de l'État.")
    assert found[-1].speaker.name == "Emmanuel Roux"
    found = claims_of("Le Premier ministre Henri Castel a défendu son budget. Le locataire de Matignon a assuré que "
                      "les impôts n'augmenteraient pas.")
    assert found[-1].speaker.name == "Henri Castel"
    found = claims_of("Le ministre de l'Économie, Bruno Lenoir, a jugé que la croissance serait « solide ». L'intéressé "
                      "a toutefois reconnu que le déficit restait élevé.")
    assert [c.speaker.name for c in found] == ["Bruno Lenoir", "Bruno Lenoir"]


def test_epithet_with_nobody_in_that_role_keeps_the_epithet():
    found = claims_of("La maire de Lille, Anne Roux, a salué la décision. Le chef de l'État a assuré que les crédits "
                      "seraient versés en mars.")
    assert found[-1].speaker.name != "Anne Roux"


def test_adverbs_between_an_inverted_verb_and_its_subject():
    claim = claims_of("« La situation est sous contrôle », affirmait encore lundi le préfet du Var, Paul Lenoir, avant "
                      "que les flammes ne gagnent Hyères.")[0]
    assert claim.speaker.name == "Paul Lenoir"


def test_more_french_reporting_verbs_of_press_copy():
    for verb in ("lâche", "a justifié", "tacle", "raille", "souffle"):
        claim = claims_of(f"« La sécurité des enfants passe avant tout », {verb} le maire de Nice, Christian Estève.")[0]
        assert claim.speaker.name == "Christian Estève", verb


def test_fondation_is_an_organisation_not_a_person_named_near_a_role():
    found = claims_of("Le ministre avait promis que « plus aucun enfant ne dormirait dehors ». Une promesse non tenue, "
                      "selon la Fondation Abbé-Pierre.")
    assert found[0].speaker.name != "Fondation Abbé-Pierre"


def test_person_in_apposition_after_a_role_naming_an_organisation_with_its_article():
    found = claims_of(
        "Le débat s'est tendu au conseil régional. Pour le président du groupe Les Écologistes, Marc Thévenet, "
        "la hausse des tarifs serait « injuste ». Il a toutefois précisé que son groupe voterait le budget.")
    assert [c.speaker.name for c in found] == ["Marc Thévenet", "Marc Thévenet"]


def test_organisation_named_after_its_noun_is_not_a_person_for_a_pronoun():
    found = claims_of(
        "Selon la porte-parole du syndicat Les Cheminots unis, Lucie Barral, la grève sera reconduite. Elle a "
        "ajouté que le préavis courait jusqu'à lundi.")
    assert [c.speaker.name for c in found] == ["Lucie Barral", "Lucie Barral"]


def test_adverbs_between_the_auxiliary_and_the_reporting_verb():
    for adverbs in ("d'ores et déjà", "lui-même", "une nouvelle fois", "en outre"):
        found = claims_of(
            "La séance a été suspendue. Selon la maire, Claire Dubost, le vote aura lieu jeudi. Le préfet de la "
            f"Gironde, Étienne Marsac, a {adverbs} averti que l'arrêté serait contesté devant le tribunal.")
        assert found[-1].speaker.name == "Étienne Marsac", adverbs


def test_incise_naming_the_speaker_by_a_role_inside_a_quotation():
    found = claims_of(
        "Nantes a perdu à domicile, et son entraîneur Hervé Castagnède n'a rien caché de sa colère.\n\n"
        "« Nous avons joué sans âme pendant une heure, a regretté le technicien nantais devant la presse. "
        "Les joueurs doivent se regarder dans la glace.\n\n"
        "« Je ne chercherai pas d'excuses, pas cette fois. »")
    claim = found[-1]
    assert claim.speaker.name == "Hervé Castagnède"
    assert "regretté" not in claim.content and claim.content.startswith("Nous avons joué")


def test_role_with_an_adjective_names_the_one_person_tied_to_the_bare_role():
    found = claims_of(
        "Rugby : « Nous avons été naïfs », admet l'entraîneur toulonnais\n\n"
        "Toulon a chuté à Clermont (31-12) samedi, et son entraîneur Yannick Bérard n'a pas cherché d'excuses. "
        "« Ils ont mérité leur victoire », a salué l'entraîneur clermontois, Damien Roussel.")
    assert [c.speaker.name for c in found] == ["Yannick Bérard", "Damien Roussel"]


def test_company_noun_stands_for_the_company_named_alone_before_it():
    found = claims_of(
        "Loto-Nordique renonce à ses nouveaux terminaux\n\n"
        "Loto-Nordique n'a pas souhaité commenter la décision du ministre. Dans une note transmise aux "
        "détaillants, la société d'État a toutefois précisé que les anciens terminaux resteraient en service.")
    assert found[-1].speaker.name == "Loto-Nordique"


def test_company_noun_never_stands_for_a_place_or_a_person():
    found = claims_of(
        "Les salariés de l'usine ont manifesté à Villebrune mardi. Selon le syndicaliste Marc Tessier, "
        "la production est à l'arrêt. Le groupe a assuré que les salaires seraient versés.")
    assert found[-1].speaker.name not in ("Villebrune", "Tessier", "Marc Tessier")


def test_pronoun_after_an_organisation_subject_refers_to_it():
    found = claims_of(
        "La crue a atteint son pic dans la nuit. Le parquet de Blois a ouvert une enquête après la mort d'un "
        "automobiliste. « Les circonstances restent à établir », a-t-il précisé.")
    assert found[-1].speaker.name == "parquet de Blois"
    found = claims_of(
        "La crue a atteint son pic dans la nuit. La préfecture du Cher a fermé trois routes. Elle a indiqué que "
        "la décrue commencerait samedi.")
    assert found[-1].speaker.name == "préfecture du Cher"


def test_pronoun_of_the_other_gender_does_not_refer_to_the_organisation():
    found = claims_of(
        "La crue a atteint son pic dans la nuit. La préfecture du Cher a fermé trois routes. « Nous avons tout "
        "perdu », a-t-il lancé devant sa maison inondée.")
    assert found[-1].speaker is None or found[-1].speaker.name != "préfecture du Cher"


def test_organisation_noun_stands_for_the_organisation_named_alone_not_a_country():
    found = claims_of(
        "D'après Hydro-Alpes, la France a consommé 3 % d'électricité de moins cet hiver. L'organisme a "
        "précisé que la baisse touchait surtout l'industrie.")
    assert [c.speaker.name for c in found] == ["Hydro-Alpes", "Hydro-Alpes"]
    found = claims_of(
        "Air-Liberté appelle les pilotes à la grève samedi. Le syndicat a assuré que neuf vols sur dix seraient "
        "annulés.")
    assert found[-1].speaker.name == "Air-Liberté"


def test_pour_inside_a_clause_does_not_name_the_speaker_of_a_colon_quote():
    claim = claims_of(
        "L'avocate Claire Bastide a dénoncé la procédure prévue pour les mineurs étrangers lors d'une audience "
        "tendue : « Ces enfants sont traités comme des suspects, pas comme des victimes. »")[-1]
    assert claim.speaker.name == "Claire Bastide"


def test_person_after_a_preposition_and_a_title_is_not_the_speaker():
    found = claims_of(
        "Me Sophie Arnal-Ricard, avocate de M. Delcourt, a dénoncé « un acharnement judiciaire ». « Mon client "
        "n'a rien caché aux enquêteurs », a-t-elle ajouté.")
    assert [c.speaker.name for c in found] == ["Sophie Arnal-Ricard", "Sophie Arnal-Ricard"]


def test_nationality_before_a_name_is_an_epithet_not_part_of_the_name():
    found = claims_of(
        "La Française Léa Marchetti s'est inclinée en demi-finale face à la Tchèque Petra Holubová (6-3, 6-4). "
        "« J'ai manqué d'énergie dans le deuxième set », a reconnu la Française. « Léa m'a poussée jusqu'au "
        "bout », a salué la Tchèque.")
    assert [c.speaker.name for c in found if c.kind == "direct"] == ["Léa Marchetti", "Petra Holubová"]


def test_title_of_a_newspaper_is_not_a_person_for_a_pronoun():
    found = claims_of(
        "Interrogé par Le Progrès, le maire de Vienne, Thierry Kovacs-Durand, a défendu samedi son budget. "
        "« Nous n'augmenterons pas les impôts », a-t-il assuré.")
    assert found[-1].speaker.name == "Thierry Kovacs-Durand"


def test_demonstrative_pronoun_refers_to_the_person_just_named():
    found = claims_of(
        "La directrice de l'opéra, Hélène Saint-Clair, a présenté la saison. Celle-ci a assuré que les tarifs "
        "resteraient stables jusqu'en 2028.")
    assert found[-1].speaker.name == "Hélène Saint-Clair"


def test_network_named_between_the_verb_and_the_speaker():
    found = claims_of("« Cette décision est une faute politique », a réagi sur X Mathilde Carrère, élue écologiste. "
                      "« Nous ferons appel », a déclaré sur BFMTV Olivier Saunier. « Les prix vont encore monter », "
                      "explique à franceinfo Claire Moreau-Diaz, présidente de l'union des agences.")
    assert [c.speaker.name for c in found] == ["Mathilde Carrère", "Olivier Saunier", "Claire Moreau-Diaz"]


def test_party_name_between_a_role_and_a_name_is_not_part_of_the_name():
    claim = claims_of("« Le texte sera voté avant l'été », a assuré le député Horizons Benoît Laffargue.")[0]
    assert claim.speaker.name == "Benoît Laffargue"


def test_company_noun_stands_for_an_acronym_after_its_article_not_a_first_name():
    found = claims_of(
        "Son voisin, Jean-Marc, a dû être évacué en bateau. La STIB a de son côté suspendu deux lignes de tram. "
        "L'entreprise a précisé que le service reprendrait lundi.")
    assert found[-1].speaker.name == "STIB"


def test_quantifier_opening_a_sentence_is_not_a_name():
    claim = claims_of("Plusieurs syndicats ont dénoncé une décision « unilatérale ».")[0]
    assert claim.speaker.name.lower() == "plusieurs syndicats"


def test_stressed_pronoun_in_apposition_leaves_the_noun_phrase_as_subject():
    found = claims_of("« Nous tiendrons le barrage », prévient Paul Lenoir, éleveur dans l'Aveyron. Ses voisins, eux, "
                      "dénoncent une « concurrence déloyale ».")
    assert found[-1].speaker.name == "les voisins de Paul Lenoir"  # the noun phrase, its possessive written out


def test_preposition_opening_a_sentence_is_not_a_name():
    found = claims_of("Le ministre de l'Agriculture, Paul Vernet, s'est rendu sur place. Devant les éleveurs, il a "
                      "promis « des annonces rapides ».")
    assert found[-1].speaker.name == "Paul Vernet"


def test_organisation_noun_takes_the_fuller_name_the_organisation_had_as_a_speaker():
    found = claims_of("La Confédération maritime juge que le gouvernement « se trompe de cible ». Selon le syndicat, "
                      "les quotas de pêche doivent être revus.")
    assert found[-1].speaker.name == "Confédération maritime"


def test_plural_common_noun_opening_a_headline_is_not_a_speaker():
    found = claims_of(
        "Pharmacies fermées : « Nous ne pouvons plus travailler à perte »\n\n"
        "Plus de 80 % des pharmacies étaient fermées samedi. « Nous ne pouvons plus travailler à perte », a "
        "déclaré le président du syndicat des pharmaciens, Marc Vasseur-Labbé.")
    assert found[0].speaker is None or found[0].speaker.name != "Pharmacies"


def test_headline_quotation_repeated_in_the_article_has_the_speaker_of_the_repetition():
    found = claims_of(
        "Grève des bus à Brest : « Nous irons jusqu'au bout »\n\n"
        "Les chauffeurs sont en grève depuis lundi. « Nous irons jusqu'au bout, la direction doit nous entendre », "
        "a lancé le délégué syndical Yann Le Berre.")
    assert [c.speaker.name for c in found if c.kind == "direct"] == ["Yann Le Berre", "Yann Le Berre"]


def test_role_of_a_family_already_tied_looks_back_not_to_the_next_person_named():
    found = claims_of(
        "L'entraîneur du FC Nantes, Pierre Aristouy-Bidart, a prolongé son contrat jusqu'en 2028.\n\n"
        "« J'ai encore l'envie », a expliqué le technicien de 49 ans. Le président du club, Waldemar Kita-Roux, "
        "s'est dit « très heureux » de cette décision.")
    assert found[0].speaker.name == "Pierre Aristouy-Bidart"


def test_place_or_circle_before_on_is_the_source():
    found = claims_of(
        "La réforme arrive au Sénat mardi. Dans l'entourage de la ministre, Claire Aubertin, on assure que le texte "
        "sera adopté. Au ministère des Armées, on ne cache pas que le calendrier est serré. Chez Airbus, on estime "
        "que les livraisons reprendront en mars.")
    # (the circle of the minister the sentence names: hers, written out)
    assert [c.speaker.name for c in found] == ["entourage de Claire Aubertin", "ministère des Armées", "Airbus"]


def test_second_predicate_with_adverbs_before_a_causative_verb_keeps_the_subject():
    found = claims_of(
        "Le préfet du Var, Gilles Ardouin-Perrot, a reconnu devant la presse avoir sous-estimé la crue et a "
        "d'ores et déjà fait savoir que les digues seraient rehaussées.")
    digues = [c for c in found if c.content == "les digues seraient rehaussées"]
    assert [c.speaker.name if c.speaker else None for c in digues] == ["Gilles Ardouin-Perrot"]


def test_person_in_apposition_after_an_organisation_and_its_place():
    found = claims_of(
        "La présidente du groupe Horizons au Sénat, Maud Quéré-Lanvin, a critiqué un texte « bâclé » mais a "
        "prévenu que ses sénateurs ne bloqueraient pas son examen.")
    assert [c.speaker.name for c in found] == ["Maud Quéré-Lanvin", "Maud Quéré-Lanvin"]


def test_relative_pronoun_after_pour_stands_for_the_person_just_named():
    found = claims_of(
        "« Un naufrage », a commenté la maire de Lille, Agathe Rivière-Sallé, pour qui la majorité « ne tient "
        "plus qu'à un fil ». Il votera contre, comme le sénateur Paul Ombredane, selon qui la réforme coûtera deux "
        "milliards.")
    assert [(c.kind, c.speaker.name, c.content) for c in found] == [
        ("direct", "Agathe Rivière-Sallé", "Un naufrage"),
        ("mixed", "Agathe Rivière-Sallé", "la majorité « ne tient plus qu'à un fil »"),
        ("indirect", "Paul Ombredane", "la réforme coûtera deux milliards"),  # not "Il votera contre"
    ]


def test_role_subject_after_a_place_adjunct_is_what_the_pronoun_refers_to():
    found = claims_of(
        "« Une provocation sans nom », a réagi la présidente du groupe écologiste, Inès Bardet-Roy.\n\n"
        "Au Sénat, le premier ministre avait pourtant tenté de calmer le jeu. « Nous ne reculerons pas sur les "
        "retraites », a-t-il lancé à la tribune.")
    assert [c.speaker.name for c in found] == ["Inès Bardet-Roy", "premier ministre"]


def test_long_role_before_a_name_ties_the_role_to_that_name():
    found = claims_of(
        "La ministre du Travail et des Solidarités, Hélène Vautrin-Séguy, a assuré que le texte "
        "serait voté avant l'été. « Nous tiendrons le calendrier, quoi qu'il arrive », poursuit la ministre.\n\n"
        "Interrogée par l'AFP, une porte-parole de la Commission européenne, Karen Holm, a fait savoir que "
        "Bruxelles suivait le dossier « avec attention ».")
    assert [c.speaker.name for c in found] == ["Hélène Vautrin-Séguy", "Hélène Vautrin-Séguy", "Karen Holm"]


def test_place_after_a_locative_preposition_is_not_a_person_for_a_pronoun():
    found = claims_of(
        "Le maire, Iker Zubiaurre, a dénoncé l'inaction de l'État. « Nous sommes seuls », a-t-il déclaré "
        "jeudi à la presse à San Juan de Luz. Selon lui, le port a accueilli 400 personnes en une semaine.")
    assert [c.speaker.name for c in found][-1] == "Iker Zubiaurre"


def test_group_around_a_person_speaks_not_the_person_named_in_apposition():
    found = claims_of(
        "À Rennes, le cabinet de la ministre des Sports, Amélie Kerjean-Roux, a fait savoir que l'État "
        "avait « déjà beaucoup donné ». « Nous avons doublé l'enveloppe en deux ans », a-t-on indiqué par courriel. "
        "L'entourage du président de région, Loïc Tanguy, a assuré que le stade serait prêt.")
    assert [c.speaker.name for c in found] == [
        "cabinet de la ministre des Sports", "cabinet de la ministre des Sports", "entourage du président de région"]


def test_document_named_through_its_owner_speaks_as_the_owner():
    found = claims_of(
        "La Régie des eaux de Nîmes a confirmé mardi qu'elle relèverait ses tarifs de 6 %. La hausse doit "
        "rapporter 4 millions d'euros l'an prochain, selon son budget voté le même soir.")
    assert [c.speaker.name for c in found] == ["Régie des eaux de Nîmes", "Régie des eaux de Nîmes"]


def test_name_after_a_place_adjunct_of_an_inverted_subject_is_the_speaker():
    found = claims_of(
        "« Nos bénévoles sont épuisés, certains dorment sur place », a indiqué à l'AFP un responsable de "
        "l'association à Calais, Jean-Marc Delorme-Vidal.")
    assert [c.speaker.name for c in found] == ["Jean-Marc Delorme-Vidal"]


def test_organisation_noun_and_nationality_before_a_name_are_not_part_of_it():
    found = claims_of(
        "Au moins 300 personnes ont disparu en mer depuis juin, selon l'ONG italienne Mare Aperto, qui recense "
        "les appels des familles.")
    assert [(c.speaker.name, c.speaker.kind) for c in found] == [("Mare Aperto", "organisation")]


def test_role_used_after_a_quoted_person_is_that_person_not_one_named_later():
    found = claims_of(
        "« Nous avons manqué de lucidité dans le money-time, a reconnu Gaël Kerbrat-Loisel après la rencontre.\n\n"
        "« Il faudra retenir la leçon avant le prochain match. »\n\n"
        "L'entraîneur a admis que son choix de remplacer le meneur « se discutait ».\n\n"
        "En face, l'entraîneur serbe Dragan Petković a salué « la solidarité » de ses joueurs.")
    assert found[1].content == "son choix de remplacer le meneur « se discutait »"
    assert found[1].speaker.name == "Gaël Kerbrat-Loisel"


def test_description_in_an_incise_is_the_person_the_paragraph_is_about():
    found = claims_of(
        "La gardienne Léa Montagnac-Ruiz, elle, ne se cherche pas d'excuses. « On encaisse trois buts sur "
        "coups de pied arrêtés, c'est inacceptable », a lâché la trentenaire bordelaise au micro de Canal+.")
    assert [c.speaker.name for c in found] == ["Léa Montagnac-Ruiz"]


def test_clause_after_long_adjuncts_and_que_is_the_verb_subjects_not_the_trailing_source():
    found = claims_of(
        "Le chef de l'État, Henri Duvalier-Mons, a promulgué la loi. Mais le locataire de l'Élysée a lui-même "
        "admis, jeudi, devant des élus de la majorité invités pour un petit-déjeuner, que « le texte devra être "
        "corrigé », selon deux convives.")
    assert [(c.content, c.speaker.name) for c in found] == [("le texte devra être corrigé", "Henri Duvalier-Mons")]


def test_role_in_other_words_after_a_person_quoted_with_a_role_is_that_person():
    found = claims_of(
        "« Le barrage sera rehaussé de deux mètres », a affirmé la conseillère régionale Odile Marchetti-Blanc "
        "devant la presse.\n\n"
        "La cheffe du service de l'eau a reconnu que le chantier prendrait « au moins trois ans ».")
    assert [c.speaker.name for c in found] == ["Odile Marchetti-Blanc", "Odile Marchetti-Blanc"]
    found = claims_of(
        "« Nous ne lâcherons rien », lance Karine Dufresnoy, l'une des responsables du collectif. "
        "La mère de famille assure que 900 parents ont rejoint le mouvement.")
    assert [c.speaker.name for c in found] == ["Karine Dufresnoy", "Karine Dufresnoy"]


def test_role_in_other_words_is_not_a_person_quoted_without_role_or_of_another_kind():
    # Nobody gave the first speaker a role: the minister is someone else.
    found = claims_of(
        "« Le barrage sera rehaussé », a affirmé Odile Marchetti-Blanc. "
        "Le ministre de l'Écologie a rappelé que les crédits étaient déjà votés.")
    assert found[-1].speaker.name == "ministre de l'Écologie"
    # A trial's parties are never one another.
    found = claims_of(
        "« Mon client n'a jamais menacé personne », a plaidé son avocat, Me Gaspard Lenormand-Roy. "
        "Le médecin légiste a indiqué que la blessure était superficielle.")
    assert found[-1].speaker.name != "Gaspard Lenormand-Roy"
    # A role of the other gender than the one the article gave.
    found = claims_of(
        "« Je demande la vérité », a dit la sœur du disparu, Inès Berthaud-Lemaire. "
        "Le négociateur a répondu que les recherches reprendraient lundi.")
    assert found[-1].speaker.name != "Inès Berthaud-Lemaire"


def test_role_that_heads_a_complement_holding_another_role_is_the_one_tied():
    found = claims_of(
        "La veuve de l'ancien maire, Josiane Kerleau, a dit espérer que le procès aurait lieu. "
        "« Nous attendons depuis six ans », a déclaré le maire.")
    assert found[0].speaker.name == "Josiane Kerleau"
    assert found[-1].speaker.name != "Josiane Kerleau"


def test_head_of_government_is_the_person_the_government_is_named_after():
    found = claims_of(
        "La réforme du gouvernement d'Émilie Castagnier-Roux a été adoptée mardi par 301 voix.\n\n"
        "Le premier ministre a estimé que le texte protégerait « les plus fragiles ».")
    assert found[-1].speaker.name == "Émilie Castagnier-Roux"
    found = claims_of(
        "Le maire de Vierzon, Hervé Pontillac, a salué la décision. Le premier ministre a estimé que le texte "
        "protégerait « les plus fragiles ».")
    assert found[-1].speaker.name == "premier ministre"


def test_short_form_in_brackets_speaks_under_the_long_name_before_it():
    found = claims_of(
        "Sollicitée, la direction départementale des territoires (DDT) de la Drôme a indiqué que trois "
        "captages restaient fermés. La DDT précise que les restrictions dureront jusqu'en octobre.")
    assert [c.speaker.name for c in found] == ["direction départementale des territoires de la Drôme"] * 2
    found = claims_of(
        "Selon un rapport de l'Observatoire français des drogues et des tendances addictives (OFDT) paru jeudi, "
        "la consommation a baissé. L'OFDT estime que la baisse tient aux prix.")
    assert [c.speaker.name for c in found] == ["Observatoire français des drogues et des tendances addictives"] * 2


def test_authors_of_a_work_speak_as_whoever_the_previous_sentence_names():
    # A document whose author is named: its authors are that author.
    found = claims_of(
        "Un baromètre de l'institut Ipsalis publié lundi place la santé en tête des inquiétudes. "
        "D'après ses auteurs, la hausse est « nette » chez les moins de 30 ans.")
    assert found[-1].speaker.name in ("institut Ipsalis", "Ipsalis")
    # A person just quoted: her work is hers.
    found = claims_of(
        "« Les chiffres sont sans appel », affirme la démographe Laure Castaing-Weill, qui a dirigé l'enquête. "
        "Selon ses travaux, un ménage sur cinq a renoncé à partir en vacances.")
    assert found[-1].speaker.name == "Laure Castaing-Weill"
    # An unsigned study: its authors stay its authors, possessive kept as the article words it.
    found = claims_of(
        "L'étude, publiée jeudi dans une revue médicale, porte sur 4 000 patients. D'après ses auteurs, "
        "le traitement réduit les rechutes de 30 %.")
    assert found[-1].speaker.name == "ses auteurs"


def test_role_known_only_through_its_owner_keeps_the_possessive():
    found = claims_of(
        "Le maire de Dole, Gérard Lanvin-Broch, juge le projet « utile », tandis que son homologue jurassienne "
        "estime qu'il « coûtera trop cher ».")
    assert found[-1].speaker.name == "son homologue jurassienne"


def test_group_around_a_person_known_through_a_possessive_takes_that_persons_role():
    found = claims_of(
        "La ministre des Sports, Hélène Quérard-Bost, n'a pas commenté. Joint mardi, son cabinet a assuré que "
        "le calendrier serait tenu.")
    assert found[-1].speaker.name == "cabinet de la ministre des Sports"
    found = claims_of(
        "Le président du Sénat, Marc Aubriot-Lenz, « prendra ses responsabilités », fait savoir son entourage.")
    assert found[-1].speaker.name == "entourage du président du Sénat"


def test_same_source_is_the_source_just_cited():
    found = claims_of(
        "« Aucun train ne partira avant midi », prévient un porte-parole de la compagnie Ferroval. "
        "Trente arbres sont tombés sur les voies, selon la même source.")
    assert found[-1].speaker.name == found[0].speaker.name


def test_inverted_subject_after_the_page_or_account_it_was_posted_on():
    found = claims_of(
        "« Le gouvernement joue la montre », a réagi sur son compte Instagram Malick Doumbia-Traoré, "
        "porte-parole du collectif des planteurs.")
    assert [c.speaker.name for c in found] == ["Malick Doumbia-Traoré"]
    found = claims_of(
        "« C'est une victoire pour les usagers », a écrit sur sa page Facebook Odette Lambriquet, élue d'opposition.")
    assert [c.speaker.name for c in found] == ["Odette Lambriquet"]


def test_person_on_trial_is_the_defendant_the_article_calls_le_prevenu():
    found = claims_of(
        "Devant le tribunal de Rennes, Mathieu K., 37 ans, ancien agent immobilier, comparaissait mardi pour "
        "abus de confiance.\n\n"
        "La procureure, Hélène Sarrazin-Noël, a requis deux ans de prison.\n\n"
        "À la barre, le prévenu a reconnu des « négligences ». « Je n'ai volé personne », a-t-il répété.")
    assert [c.speaker.name for c in found][-2:] == ["Mathieu K", "Mathieu K"]
    found = claims_of(
        "Sandrine V., 52 ans, est poursuivie pour escroquerie. La prévenue a assuré qu'elle ignorait tout "
        "des montages financiers.")
    assert found[-1].speaker.name == "Sandrine V"


def test_first_name_and_initial_is_a_name_not_a_title():
    found = claims_of("« Je regrette », a déclaré Julien B., 29 ans, devant le juge.")
    assert [c.speaker.name for c in found] == ["Julien B"]


def test_role_in_a_standfirst_is_the_one_person_the_first_paragraph_names():
    found = claims_of(
        "Retraites : le gouvernement défend sa réforme\n\n"
        "Pour la ministre du Travail, la réforme est « la seule voie » pour sauver le régime par répartition, "
        "au terme de six mois de concertation avec les partenaires sociaux.\n\n"
        "« Nous avons écouté tout le monde, et nous avons tranché », a affirmé mardi la ministre Corinne "
        "Vasseur-Lambert lors d'une conférence de presse organisée au ministère, rue de Grenelle, à Paris.")
    assert [c.speaker.name for c in found] == ["Corinne Vasseur-Lambert", "Corinne Vasseur-Lambert"]


def test_place_standing_for_a_ministry_the_article_names_is_that_ministry():
    found = claims_of(
        "Sollicité, le ministère de l'Intérieur n'a pas souhaité commenter. « Les effectifs ont augmenté de 4 % », "
        "fait valoir Beauvau.")
    assert found[-1].speaker.name == "ministère de l'Intérieur"
    # Not named: the place stays the speaker.
    found = claims_of("« Les effectifs ont augmenté de 4 % », fait valoir Beauvau.")
    assert found[-1].speaker.name == "Beauvau"


def test_elided_article_and_organisation_acronym_are_not_part_of_the_name():
    found = claims_of("L'ONG Médecins du Monde affirme que 200 patients n'ont plus accès aux soins.")
    assert found[0].speaker.name == "Médecins du Monde"


def test_inverted_subject_after_a_weekday_and_two_word_que_clause():
    found = claims_of("« La page est tournée », a déclaré jeudi soir Hélène Marchadier-Roy.")
    assert [c.speaker.name for c in found] == ["Hélène Marchadier-Roy"]
    found = claims_of("Le président américain, Joe Hartley, a affirmé que l'offensive continuerait.")
    assert [(c.content, c.speaker.name) for c in found] == [("l'offensive continuerait", "Joe Hartley")]


def test_head_of_an_organisation_of_the_same_family_is_the_leader_just_quoted():
    found = claims_of(
        "Le président biélorusse, Anatoli Verkhovets, a déclaré que le pays était prêt à négocier. Le chef du "
        "régime a toutefois averti que toute provocation recevrait une réponse.")
    assert [c.speaker.name for c in found] == ["Anatoli Verkhovets", "Anatoli Verkhovets"]
    found = claims_of(
        "Le Premier ministre néerlandais, Pieter de Wolde, a affirmé que l'accord tiendrait. Le dirigeant a "
        "assuré que les agriculteurs seraient indemnisés.")
    assert [c.speaker.name for c in found] == ["Pieter de Wolde", "Pieter de Wolde"]
    # A president is not the prime minister just quoted.
    found = claims_of(
        "Le Premier ministre, Henri Castelnau, a affirmé que la réforme passerait. Le président a répondu que "
        "rien n'était joué.")
    assert found[-1].speaker.name != "Henri Castelnau"


def test_body_noun_stands_for_the_body_that_opened_the_previous_sentence_with_its_article():
    found = claims_of(
        "La Fnaim a salué la baisse des taux. La fédération estime que les ventes « repartiront au printemps ».")
    assert found[-1].speaker.name == "Fnaim"
    # A country after a place preposition is still no candidate.
    found = claims_of(
        "La SNCB a annoncé une grève qui touchera aussi la France. La société a précisé que 30 % des trains "
        "rouleraient.")
    assert found[-1].speaker.name == "SNCB"


def test_pronoun_goes_to_the_person_of_its_gender_in_the_sentence_before():
    found = claims_of(
        "La présidente de la région, Carole Vidalenc, a reçu le préfet Hervé Montagut. « Nous avons trouvé "
        "un accord », a-t-il déclaré.")
    assert found[-1].speaker.name == "Hervé Montagut"
    found = claims_of(
        "Le préfet Hervé Montagut a reçu la présidente de la région, Carole Vidalenc. « Nous avons trouvé "
        "un accord », a-t-elle déclaré.")
    assert found[-1].speaker.name == "Carole Vidalenc"
    found = claims_of("Mme Odile Ferrandou a reçu M. Louis Ganivet. Selon lui, les travaux dureront deux ans.")
    assert found[-1].speaker.name == "Louis Ganivet"


def test_pronoun_of_the_other_gender_than_the_person_just_quoted_is_not_them():
    found = claims_of(
        "Le maire, Julien Pradal, a reçu l'architecte Sandrine Lavelle, qui a dessiné le projet. « Le chantier "
        "commencera en mai », a déclaré M. Pradal.\n\n"
        "« Les plans sont prêts », a-t-elle ajouté.")
    assert found[-1].speaker.name != "Julien Pradal"


def test_ministry_portfolio_and_its_country_is_not_a_nationality_before_a_name():
    found = claims_of("Selon le ministère de la Santé du Burkina, 45 personnes ont été tuées.")
    assert found[0].speaker.name == "ministère de la Santé du Burkina"


def test_sentence_opening_elided_role_and_its_complement_are_not_part_of_the_name():
    found = claims_of("L'entraîneur du FC Nantes Antoine Kombouaré-Lenoir a reconnu que l'équipe avait « craqué ».")
    assert found[0].speaker.name == "Antoine Kombouaré-Lenoir"


def test_role_its_place_then_the_person_after_a_locative():
    found = claims_of("L'ambassadeur de France aux Pays-Bas Étienne Rocheblave a déclaré que la relation était solide.")
    assert found[0].speaker.name == "Étienne Rocheblave"
    # A place with no role before it stays whole.
    found = claims_of("« Le port sera rouvert », a annoncé mardi la mairie à Santa Cruz de Tenerife.")
    assert found[0].speaker.name != "Cruz de Tenerife"


def test_description_by_origin_or_party_opening_a_sentence_is_the_person_just_named():
    found = claims_of(
        "« Nous avons manqué de tout ce soir », a regretté le capitaine du XV, Mathis Arrieta-Lopez. "
        "L'ailier basque a reconnu que l'équipe avait « trop reculé » en seconde période.")
    assert [c.speaker.name for c in found] == ["Mathis Arrieta-Lopez", "Mathis Arrieta-Lopez"]
    found = claims_of(
        "Le bourgmestre de Namur, Luc Vandeputte, a jugé la mesure « disproportionnée ». Le socialiste a "
        "annoncé qu'il déposerait un recours.")
    assert found[-1].speaker.name == "Luc Vandeputte"


def test_ces_derniers_is_the_plural_group_just_named():
    found = claims_of(
        "La ministre du Travail, Odile Perrachon, a reçu les représentants des chauffeurs. Ces derniers ont "
        "affirmé que les discussions avaient échoué.")
    assert found[-1].speaker.name == "représentants des chauffeurs"


def test_clitic_before_the_verb_is_not_part_of_the_subject():
    found = claims_of("Face aux critiques, la préfecture de l'Isère se veut rassurante : « Tous les moyens sont engagés. »")
    assert found[0].speaker.name == "préfecture de l'Isère"


def test_subject_of_a_stance_before_a_colon_quotation_speaks():
    found = claims_of("Un rapport de l'Inspection du travail apporte la même conclusion : « Les règles n'ont pas été respectées. »")
    assert found[0].speaker.name == "Inspection du travail"
    found = claims_of("Face aux critiques, la préfecture de l'Isère se veut rassurante : « Tous les moyens sont engagés. »")
    assert found[0].speaker.name == "préfecture de l'Isère"


def test_group_around_a_role_opening_the_sentence_without_a_name():
    found = claims_of("La ministre de la Culture entend « écouter tout le monde », selon son entourage.")
    assert found[0].speaker.name == "entourage de la ministre de la Culture"


def test_compound_role_with_a_hyphen_names_the_person_it_was_given_to():
    found = claims_of(
        "« Les caisses sont vides », a reconnu le ministre-président wallon, Hugo Delvigne, devant les élus.\n\n"
        "Selon le ministre-président, la Région vendra deux bâtiments. « Aucun service ne fermera », a-t-il promis.")
    assert [c.speaker.name for c in found] == ["Hugo Delvigne"] * 3


def test_singular_pronoun_inside_the_verb_skips_a_group_known_by_a_plural_noun():
    found = claims_of(
        "« Nous avons compté chaque nuit », raconte l'ornithologue Maëlle Quéré, de l'université de Brest.\n\n"
        "Les chercheurs ont aussi noté que les nids étaient plus bas. « Le vent les a chassés vers les "
        "falaises », a-t-elle expliqué.")
    assert [c.speaker.name for c in found] == ["Maëlle Quéré", "chercheurs", "Maëlle Quéré"]


def test_role_word_after_the_preposition_of_an_organisation_name_is_part_of_the_name():
    found = claims_of("Selon l'Union des médecins de la Creuse, la moitié des cabinets fermeront d'ici 2030.")
    assert found[0].speaker.name == "Union des médecins de la Creuse"
    found = claims_of("Le président de l'Union des médecins, Paul Roux, a estimé que le plan arrivait trop tard.")
    assert found[0].speaker.name == "Paul Roux"


def test_short_form_spelling_the_initials_of_a_name_given_before_is_that_name():
    found = claims_of(
        "Mercato.\n\nL'Union Bordeaux Bègles a recruté un nouvel ailier. L'UBB, elle, reste discrète. « Rien "
        "n'est signé », a indiqué le club.")
    assert found[-1].speaker.name == "Union Bordeaux Bègles"
    found = claims_of("Mercato.\n\nL'Union Bordeaux Bègles a recruté un ailier. « Rien n'est signé », a indiqué l'UBB.")
    assert found[-1].speaker.name == "Union Bordeaux Bègles"


def test_first_word_of_an_organisation_name_given_before_is_that_organisation():
    found = claims_of(
        "La Métropole de Nantes a présenté mardi son plan vélo.\n\n"
        "D'après la Métropole, le trafic cycliste a doublé en cinq ans.")
    assert found[-1].speaker.name == "Métropole de Nantes"


def test_pronoun_subject_of_an_elided_relative_speaks_not_its_antecedent():
    found = claims_of(
        "La ministre Anne Roux a écarté, mercredi, l'idée d'un registre des loyers, qu'elle juge « trop "
        "lourd ». « Ce serait une usine à gaz », a-t-elle lancé.")
    assert [c.speaker.name for c in found] == ["Anne Roux", "Anne Roux"]


def test_group_owned_by_the_person_just_quoted_in_the_paragraph():
    found = claims_of(
        "« Je n'ai jamais vu ce dossier », a répliqué Hélène Castagnac dans un communiqué. Son entourage "
        "assure qu'elle a déjà réuni plus de 500 soutiens.")
    assert [c.speaker.name for c in found] == ["Hélène Castagnac", "entourage d'Hélène Castagnac"]


def test_owned_group_without_a_named_person_just_quoted_keeps_its_possessive():
    found = claims_of("La réunion a duré trois heures. Son entourage assure que la décision est prise.")
    assert found[-1].speaker.name == "son entourage"


def test_definite_statement_without_author_is_the_last_speaker_of_the_paragraph():
    found = claims_of(
        "Le groupe Valbrune a annoncé jeudi que son usine de Tarbes fermerait en mars. Trois cents postes "
        "seront supprimés, selon le communiqué diffusé après la clôture.")
    assert [c.speaker.name for c in found] == ["Valbrune", "Valbrune"]
    found = claims_of(
        "Le groupe Valbrune a annoncé jeudi que son usine de Tarbes fermerait en mars.\n\n"
        "Trois cents postes seront supprimés, selon le communiqué diffusé après la clôture.")
    assert found[-1].speaker.name == "communiqué"


def test_manner_adjunct_between_an_inverted_verb_and_its_subject():
    found = claims_of("Le débat aura lieu jeudi. « C'est un match de boxe », résume, amer, un cadre du parti.")
    assert found[-1].speaker.name == "cadre du parti"
    found = claims_of("Le débat aura lieu jeudi. « Nous verrons bien », lâche prudemment la députée Anne Morel.")
    assert found[-1].speaker.name == "Anne Morel"


def test_comment_after_a_verb_is_not_a_manner_adverb():
    found = claims_of("Paul Morin, technicien sur le site, raconte comment les choses se passaient : « On trichait. »")
    assert [c.speaker.name for c in found] == ["Paul Morin"]


def test_subject_of_going_further_before_a_colon_quotation_speaks():
    found = claims_of(
        "« Le parti va exploser », prévient un ancien ministre. Une sénatrice proche de Dumas va plus loin : "
        "« Nous avons les militants, ils ont l'appareil. »")
    assert [c.speaker.name for c in found] == ["ancien ministre", "sénatrice proche de Dumas"]


def test_subject_before_its_appositions_speaks_after_a_colon_predicate():
    found = claims_of(
        "« Le dimanche, c'est 30 % de notre chiffre », affirme son président, Karim Dali.\n\n"
        "Les avis sont partagés. Marc, 52 ans, qui tient une boulangerie rue Neuve, ne décolère pas : "
        "« On perd la moitié de nos clients le dimanche. »")
    assert [c.speaker.name for c in found] == ["Karim Dali", "Marc"]


def test_quotation_naming_its_speaker_inside_opens_a_sentence_before_a_pronoun_s_claim():
    found = claims_of("« Nous prenons acte de la décision, a réagi mercredi Jean-Marc Delpech, président de la communauté "
                      "de communes. Mais fermer cet outil, c'est une faute. » Il affirme que la collectivité a voté une "
                      "enveloppe.")
    assert [(c.content, c.speaker.name) for c in found] == [
        ("Nous prenons acte de la décision Mais fermer cet outil, c'est une faute.", "Jean-Marc Delpech"),
        ("la collectivité a voté une enveloppe", "Jean-Marc Delpech")]


def test_body_whose_name_ends_like_a_nationality_is_not_the_person_quoted_before():
    # "le Statec" (Luxembourg's statistics office) is no "le Grec", "le Suédois"
    found = claims_of("Le député écologiste Pol Reuter estime que la baisse des prix «ne profite à personne». D'après le "
                      "Statec, les loyers demandés ont progressé de 3,8% sur la même période.")
    assert found[-1].speaker.name == "Statec"
    assert claims_of("Le joueur Nikos Papadakis a été sacré. « C'est un rêve », a réagi le Grec.")[-1].speaker.name \
        == "Nikos Papadakis"


def test_epithet_with_its_place_is_the_person_just_quoted():
    found = claims_of("« C'est une trahison », tempête Jean-Luc Marteau, président de Départements de France. L'élu de "
                      "la Haute-Marne affirme que 34 départements seront en difficulté.")
    assert [c.speaker.name for c in found] == ["Jean-Luc Marteau", "Jean-Luc Marteau"]


def test_adjunct_face_a_between_the_inverted_verb_and_its_subject():
    found = claims_of("«La santé des enfants passe avant tout», a déclaré face à notre caméra la conseillère communale "
                      "en charge de l'éducation, Nadia Robert-Grandpierre.")
    assert found[0].speaker.name == "Nadia Robert-Grandpierre"


def test_country_opening_a_body_s_english_name_is_part_of_it():
    found = claims_of("Le Ghana Cocoa Board (Cocobod) a annoncé que le prix passerait à 3 920 cedis.")
    assert found[0].speaker.name == "Ghana Cocoa Board"
    assert claims_of("« C'est dur », a dit le Norvégien Casper Ruud.")[0].speaker.name == "Casper Ruud"


def test_sport_manager_and_coach_are_roles():
    found = claims_of("Le manager de l'équipe, Hervé Le Gall, a affirmé que le budget était bouclé.")
    assert found[0].speaker.name == "Hervé Le Gall" and found[0].speaker.role.startswith("manager")


def test_outlet_named_with_et_between_the_inverted_verb_and_its_subject():
    found = claims_of("Le contrat bénéficie d'une garantie de Bpifrance, a confirmé à Mer et Marine un porte-parole de la "
                      "Direction générale du Trésor.")
    assert found[0].speaker.name == "porte-parole de la Direction générale du Trésor"


def test_report_of_an_auditor_general_tabled_on_a_day_speaks_as_the_auditor():
    found = claims_of("Le programme est en retard, selon un rapport de la vérificatrice générale déposé lundi.\n\nLe "
                      "rapport indique que la société « n'a pas mis en place les contrôles nécessaires ».")
    assert found[-1].speaker.name == "vérificatrice générale"


def test_quoted_name_then_its_participle_is_no_direct_quotation():
    # "Le programme « Bâtir plus vite », lancé en 2024": the programme's name, not a statement by whoever follows
    found = claims_of("Le programme fédéral « Bâtir plus vite », lancé en 2024 pour accélérer la construction de "
                      "logements, a été critiqué.")
    assert not any(c.kind == "direct" for c in found)
