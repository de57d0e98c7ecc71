"""French constructions by which press copy names who speaks, one sentence each: demonstratives
("ce dernier", "cette spécialiste"), clitics between subject and verb, capitalised ordinals of roles,
coordinated verbs, plural pronouns, epithets of age and office, first names with an age."""

from __future__ import annotations

from extract_support import claims_of, speaker_of_last


def test_ce_dernier_is_the_person_named_last_not_the_subject():
    assert speaker_of_last("Le juge a entendu Paul Mercier, ancien trésorier du club. Ce dernier a affirmé qu'il "
                           "n'avait jamais vu les factures.") == "Paul Mercier"


def test_cette_derniere_is_the_woman_named_last():
    assert speaker_of_last("L'avocat de la famille a rencontré la ministre Hélène Dutertre. Cette dernière a assuré "
                           "que l'État prendrait ses responsabilités.") == "Hélène Dutertre"


def test_demonstrative_and_role_refers_to_the_person_just_named():
    assert speaker_of_last("Hélène Mairet, climatologue au CNRS, suit ces relevés depuis vingt ans. Pour cette "
                           "spécialiste du climat, la tendance est « sans ambiguïté ».") == "Hélène Mairet"
    assert speaker_of_last("Le ministre des Transports, Clément Beaune-Aubry, a reçu les élus. Ce proche du président "
                           "a assuré que la ligne serait financée.") == "Clément Beaune-Aubry"


def test_demonstrative_skips_a_name_quoted_by_the_previous_speaker():
    assert speaker_of_last("« Je remercie Paul Durand pour son aide », a déclaré la ministre Anne Roux. « Le chantier "
                           "avance », a ajouté cette dernière.") == "Anne Roux"


def test_clitic_y_between_the_subject_and_its_verb():
    assert speaker_of_last("L'ex-ministre de la Culture, Aurélie Filippi, a publié une tribune. L'ancienne ministre y "
                           "affirme que le patrimoine est « en danger ».") == "Aurélie Filippi"


def test_capitalised_ordinal_opens_the_role_and_is_no_name():
    assert speaker_of_last("L'ancien Premier ministre Alain Morvan publie ses mémoires. L'ancien Premier ministre y "
                           "affirme que la réforme était « indispensable ».") == "Alain Morvan"
    assert speaker_of_last("Le Premier ministre a affirmé que la réforme était nécessaire.") != "Premier"


def test_premier_magistrat_is_the_mayor_named_before():
    assert speaker_of_last("Le maire de Saint-Malo, Gilles Le Bihan, a réagi. Le premier magistrat de la ville a assuré "
                           "que la digue serait réparée.") == "Gilles Le Bihan"


def test_magistrat_is_the_prosecutor_named_before():
    assert speaker_of_last("Le procureur de la République de Marseille, Nicolas Bessone-Vidal, a tenu une conférence de "
                           "presse. Le magistrat a indiqué que trois suspects étaient en garde à vue.") == "Nicolas Bessone-Vidal"


def test_le_responsable_is_the_director_named_before():
    assert speaker_of_last("Le directeur de l'usine, Alain Perret, a reçu les syndicats. Le responsable a assuré "
                           "qu'aucun poste ne serait supprimé.") == "Alain Perret"


def test_age_epithet_names_the_person_just_introduced():
    assert speaker_of_last("Un homme de 52 ans, Patrice Lenoir, a été interpellé. Le quinquagénaire a affirmé qu'il ne "
                           "se souvenait de rien.") == "Patrice Lenoir"
    assert speaker_of_last("Sarah Benali, 19 ans, a été secourue par un passant. « J'ai cru mourir », raconte la jeune "
                           "femme.") == "Sarah Benali"


def test_plural_pronoun_opening_a_sentence_is_the_group_that_opened_the_one_before():
    assert speaker_of_last("Les agriculteurs ont bloqué l'autoroute. Ils affirment que leurs revenus ont baissé de "
                           "30 %.") == "agriculteurs"


def test_second_verb_of_a_coordination_has_the_subject_opening_the_sentence():
    assert speaker_of_last("Le parquet de Nanterre a ouvert une enquête et précise que le conducteur était "
                           "ivre.") == "parquet de Nanterre"


def test_first_name_with_an_age_in_apposition_is_a_person_for_a_pronoun():
    assert speaker_of_last("Marie, 72 ans, habite le quartier depuis quarante ans. « Je n'ai jamais vu ça », "
                           "témoigne-t-elle.") == "Marie"


def test_pronoun_after_a_role_subject_keeps_the_adjective_of_the_role():
    assert speaker_of_last("L'avocate générale a requis dix ans de prison. Elle a estimé que l'accusé était "
                           "« dangereux ».") == "avocate générale"


def test_group_around_a_person_speaks_under_its_whole_phrase():
    assert speaker_of_last("L'entourage du président assure que la décision sera prise « dans les prochains "
                           "jours ».") == "entourage du président"
    assert speaker_of_last("Le cabinet du ministre de l'Intérieur a fait savoir que la manifestation était "
                           "interdite.") == "cabinet du ministre de l'Intérieur"


def test_pronoun_refers_to_an_organisation_known_by_its_acronym_opening_the_sentence_before():
    assert speaker_of_last("La SNCF a annoncé la suppression de 30 % des TGV. Elle précise que les TER ne sont pas "
                           "concernés.") == "SNCF"


def test_pronoun_reaches_over_a_paragraph_that_names_nobody():
    assert speaker_of_last("Arnaud Lefèvre, éleveur dans le Cantal, a perdu vingt bêtes.\n\nLe loup a attaqué trois "
                           "fois en un mois dans la vallée.\n\n« On ne dort plus », explique-t-il.") == "Arnaud Lefèvre"


def test_pronoun_over_a_paragraph_keeps_to_its_gender():
    assert speaker_of_last("Arnaud Lefèvre, éleveur dans le Cantal, a perdu vingt bêtes.\n\nLe loup a attaqué trois "
                           "fois en un mois dans la vallée.\n\n« On ne dort plus », explique-t-elle.") != "Arnaud Lefèvre"


def test_document_named_again_speaks_for_who_published_it():
    assert speaker_of_last("La préfecture a publié un communiqué dimanche. Le communiqué précise que deux personnes "
                           "ont été blessées.") == "préfecture"


def test_outlet_the_speaker_talked_to_is_not_part_of_the_name():
    assert speaker_of_last("« Tout le monde savait », explique au Parisien Sophie Marcellin, une ancienne "
                           "salariée.") == "Sophie Marcellin"


def test_reporting_verb_inside_a_relative_clause_does_not_end_the_subject():
    assert speaker_of_last("La ministre Agnès Firmin-Roux, dont le projet est contesté, a assuré qu'elle ne "
                           "reculerait pas.") == "Agnès Firmin-Roux"


def test_participle_opening_the_sentence_is_no_name():
    assert speaker_of_last("Interpellé sur le sujet à l'Assemblée, le Premier ministre a reconnu que le calendrier "
                           "était « serré ».") == "Premier ministre"


def test_analyse_as_an_incise_after_a_quotation():
    assert speaker_of_last("« Le marché anticipe une baisse des taux », analyse Sophie Lenoir, économiste chez "
                           "Natixis.") == "Sophie Lenoir"


def test_author_of_a_document_behind_an_elided_article_speaks():
    assert speaker_of_last("Selon l'étude de l'Inserm, les enfants dorment moins.") == "Inserm"
    assert speaker_of_last("Selon l'enquête de la gendarmerie, le conducteur était ivre.") == "gendarmerie"


def test_a_ses_yeux_is_the_view_of_the_person_just_named():
    assert speaker_of_last("Le syndicaliste Yves Berthier rejette le projet. À ses yeux, la réforme « détruit le "
                           "service public ».") == "Yves Berthier"


def test_aux_yeux_de_names_the_source():
    assert speaker_of_last("Aux yeux de la ministre Anne Roux, la réforme est indispensable.") == "Anne Roux"


def test_possessive_document_belongs_to_the_organisation_opening_the_sentence_before():
    assert speaker_of_last("La Cour des comptes a publié son rapport. Selon son rapport, le dispositif est « trop "
                           "coûteux ».") == "Cour des comptes"


def test_l_elu_names_the_deputy_mayor_just_quoted():
    assert speaker_of_last("« Le bâtiment n'est plus aux normes », explique l'adjoint aux sports, Yann Le Goff. Selon "
                           "l'élu, les travaux coûteront 12 millions d'euros.") == "Yann Le Goff"


def test_invoquer_with_a_quoted_reason():
    assert speaker_of_last("Le constructeur automobile Stellantis a annoncé la suppression de 1 000 postes. Le groupe "
                           "invoque « la baisse des ventes de véhicules électriques ».") == "Stellantis"


def test_organisation_named_across_lower_case_words_and_its_common_noun():
    found = claims_of("L'épidémie de grippe a atteint son pic cette semaine, selon Santé publique France.\n\n"
                      "« Nous observons une légère baisse des passages aux urgences », indique l'agence sanitaire dans "
                      "son bulletin hebdomadaire.")
    assert [c.speaker.name for c in found] == ["Santé publique France", "Santé publique France"]


def test_two_names_joined_by_et_are_not_one_organisation():
    assert speaker_of_last("Selon Paul et Marie Roux, la maison a été vendue en mars.") != "Paul et Marie Roux"


def test_pour_framing_a_clause_with_its_own_named_speaker():
    found = claims_of("Pour la défense, Me Julien Lacroix a plaidé la relaxe, estimant que « rien dans le dossier » ne "
                      "prouvait la préméditation.")
    assert [c.speaker.name for c in found] == ["Julien Lacroix"]


def test_aux_dires_de_and_a_en_croire_name_the_source():
    assert speaker_of_last("Aux dires de son entourage, le ministre « ne lâchera rien ».") == "son entourage"
    assert speaker_of_last("À en croire le syndicat, 80 % des agents sont en grève.") == "syndicat"


def test_dixit_after_a_quotation():
    assert speaker_of_last("« Il faut tout reprendre à zéro », dixit le rapporteur du texte, Paul "
                           "Vannier-Roy.") == "Paul Vannier-Roy"


def test_comme_l_explique_x_before_the_statement():
    assert speaker_of_last("Comme le rappelle l'Insee, le chômage a baissé de 0,2 point.") == "Insee"
    claim = claims_of("Comme l'explique la chercheuse Anne Morel, « les glaciers fondent plus vite que prévu ».")[-1]
    assert claim.speaker.name == "Anne Morel" and claim.content == "les glaciers fondent plus vite que prévu"


def test_outlet_that_learnt_it_from_a_source_only_relays():
    assert speaker_of_last("Le chantier prendra six mois de retard, a appris Ouest-France auprès de la mairie de "
                           "Quimper.") == "mairie de Quimper"
    assert speaker_of_last("Le suspect a été placé en garde à vue, a appris l'AFP de source "
                           "policière.") == "source policière"


def test_celle_qui_as_subject_is_the_woman_just_named():
    assert speaker_of_last("Anne Jourdan a été réélue à la tête de la région. Celle qui préside la région depuis 2021 a "
                           "promis que les lycées seraient rénovés.") == "Anne Jourdan"


def test_role_after_et_belongs_to_the_next_person_not_the_one_before():
    text = ("Le maire de Lille, Arnaud Deslandes-Roy, et le préfet du Nord, Bertrand Gaume-Vidal, ont visité le site. "
            "Le {} a annoncé que l'usine serait fermée.")
    assert speaker_of_last(text.format("préfet")) == "Bertrand Gaume-Vidal"
    assert speaker_of_last(text.format("maire")) == "Arnaud Deslandes-Roy"


def test_incise_verbs_of_press_copy_name_the_speaker_after_a_quotation():
    for verb in ("tempête", "grince", "riposte", "tonne", "relativise", "a minimisé", "s'amuse", "s'impatiente",
                 "complète", "balaie", "sourit"):
        assert speaker_of_last("Le maire de Lyon, Paul Roux, a présenté le projet. « Ce n'est pas une question d'argent "
                               f"mais de volonté », {verb} la présidente de la région, Anne Vidal.") == "Anne Vidal", verb


def test_incise_verbs_without_a_clause_or_a_quotation_report_nothing():
    for text in ("Le pâtissier grince des dents.", "La ville développe un nouveau quartier.", "La tempête a balayé la côte."):
        assert claims_of(text) == [], text


def test_incise_verbs_whose_present_looks_like_an_infinitive_or_changes_its_accent():
    for verb in ("soupire", "martèle", "assène"):
        found = claims_of(f"« Nous perdons la moitié de nos clients », {verb} Lucie Vannier, qui tient une crêperie.")
        assert [c.speaker.name for c in found] == ["Lucie Vannier"], verb


def test_incise_with_the_clitic_y_after_a_statement():
    found = claims_of(
        "Dans un communiqué, la coopérative évoque un marché faible. « Chaque litre est vendu à perte », "
        "y affirme le président, Loïc Tanguy.")
    assert [(c.content, c.speaker.name) for c in found] == [("Chaque litre est vendu à perte", "Loïc Tanguy")]


def test_source_opening_a_clause_after_a_semicolon_attributes_what_follows():
    found = claims_of(
        "Le prix n'a pas été communiqué ; selon le quotidien économique Talousviesti, il dépasserait "
        "200 millions d'euros.")
    assert [(c.content, c.speaker.name) for c in found] == [
        ("il dépasserait 200 millions d'euros", "Talousviesti")]


def test_attaque_introduces_a_quotation_but_not_a_military_attack():
    found = claims_of("« On nous a menti pendant deux ans », attaque Solène Le Gall, conseillère municipale.")
    assert [c.speaker.name for c in found] == ["Solène Le Gall"]
    assert not [c for c in claims_of("Les rebelles attaquent la ville depuis mardi.") if c.kind != "assertion"]


def test_an_age_between_the_name_and_an_unlisted_occupation_keeps_the_name():
    for text in ("Paul Roux, 54 ans, boulanger à Lille, a expliqué que « les clients reviennent doucement ».",
                 "Paul Roux, 54 ans, boulanger, affirme que les clients reviennent.",
                 "Paul Roux, 54 ans, boulanger à Lille, a expliqué : « Les clients reviennent. »"):
        assert speaker_of_last(text) == "Paul Roux", text


def test_one_word_opening_the_headline_is_its_topic_not_the_person_a_pronoun_refers_to():
    for headline in ("Inondations", "Sécheresse : l'alerte des agriculteurs", "Éducation"):
        found = claims_of(f"{headline}\n\n« L'eau monte encore », a-t-il ajouté.")
        assert [c.speaker for c in found if c.kind != "assertion"] == [None], headline


def test_one_word_headline_that_is_a_name_written_in_full_later_still_names_the_speaker():
    found = claims_of("Macron : « Nous tiendrons »\n\nEmmanuel Macron a parlé mardi. « Nous tiendrons », a-t-il ajouté.")
    assert {c.speaker.name for c in found if c.kind != "assertion"} == {"Emmanuel Macron"}


def test_quant_a_turns_to_a_person_the_pronoun_after_it_refers_to():
    assert speaker_of_last("Le ministre a parlé. Quant à Gabriel Attal, il a jugé que « l'uniforme est utile ».") \
        == "Gabriel Attal"
    assert speaker_of_last("Quant à Anne Roux, elle a jugé que « l'uniforme est utile ».") == "Anne Roux"


def test_a_surname_with_a_particle_and_a_role_word_is_the_whole_name():
    assert speaker_of_last("Bruno Le Maire a assuré que « la croissance sera au rendez-vous ».") == "Bruno Le Maire"
    assert speaker_of_last("« Nous agirons vite », a promis Anne Le Maire, adjointe à l'urbanisme.") == "Anne Le Maire"


def test_a_body_noun_does_not_resolve_to_the_word_opening_the_headline():
    for headline in ("Réforme du rail", "Grève à la SNCF"):
        found = claims_of(f"{headline}\n\nLe syndicat dénonce « un passage en force ».")
        assert [c.speaker.name for c in found] == ["syndicat"], headline
    found = claims_of("Réforme du rail\n\nSUD-Rail appelle à la grève. Le syndicat dénonce « un passage en force ».")
    assert [c.speaker.name for c in found] == ["SUD-Rail"]


def test_reflexive_dit_agreeing_with_a_feminine_or_plural_subject_reports():
    assert speaker_of_last("La maire s'est dite « très inquiète » de la situation.") == "maire"
    assert speaker_of_last("Les syndicats se sont dits « très inquiets » de la situation.") == "syndicats"


def test_dite_without_a_reflexive_names_something_and_reports_nothing():
    assert claims_of("La loi dite « travail » a été adoptée.") == []


def test_selon_closing_the_sentence_with_a_name_or_role_in_apposition():
    for text in ("L'équipe « a manqué d'efficacité », selon son entraîneur, Jean Petit.",
                 "L'équipe a manqué d'efficacité, selon Jean Petit, son entraîneur."):
        assert speaker_of_last(text) == "Jean Petit", text
    assert speaker_of_last("Le déficit « dérape », selon le président de la Cour, Pierre Moscovici.") == "Pierre Moscovici"


def test_selon_inside_the_sentence_still_attributes_the_clause_after_it():
    assert speaker_of_last("Le suspect, selon la police, a pris la fuite.") == "police"


def test_par_la_voix_de_names_the_person_the_body_speaks_through():
    assert speaker_of_last("L'opposition, par la voix de Pierre Lemoine, a dénoncé « une gestion opaque ».") \
        == "Pierre Lemoine"
    assert speaker_of_last("La CGT, par la voix de Sophie Binet, sa secrétaire générale, a dénoncé « un passage en "
                           "force ».") == "Sophie Binet"


def test_comme_with_a_compound_past_names_the_inverted_subject_once():
    for text, speaker in (("Comme l'a révélé Mediapart, le ministre « savait ».", "Mediapart"),
                          ("Ainsi que l'a rappelé Paul Roux, la réforme « sera appliquée ».", "Paul Roux"),
                          ("Comme l'a expliqué Paul Roux, « la réforme sera appliquée ».", "Paul Roux"),
                          ("La réforme sera appliquée, comme l'a indiqué le ministre.", "ministre")):
        assert [c.speaker.name for c in claims_of(text)] == [speaker], text


def test_quant_a_a_role_is_what_the_pronoun_after_it_refers_to():
    assert speaker_of_last("Le maire a reçu Anne Roux. Quant à la préfète, elle a jugé que « la sécurité est "
                           "assurée ».") == "préfète"


def test_a_complement_of_a_named_chamber_is_no_object_before_que():
    assert speaker_of_last("La ministre Hanne Verbeke a présenté la mesure. Elle a affirmé devant la Chambre des "
                           "représentants que le pays n'avait reçu que 40 dossiers.") == "Hanne Verbeke"


def test_cette_source_is_the_source_the_article_described():
    text = ("Une source diplomatique marocaine contactée par Le Desk conteste ces chiffres. « Chaque dossier est "
            "examiné », affirme cette source.")
    assert speaker_of_last(text) == "source diplomatique marocaine"


def test_a_forum_keeps_its_lower_case_complements():
    assert speaker_of_last("Selon le Forum franco-tunisien des entrepreneurs, 300 chefs d'entreprise se rendent "
                           "chaque année à Tunis.") == "Forum franco-tunisien des entrepreneurs"


def test_l_agence_is_no_spacecraft_the_article_named():
    text = ("Titre\n\nL'Agence spatiale européenne (ESA) a annoncé samedi avoir perdu le contact avec l'atterrisseur "
            "Hermes-3.\n\nLe dernier signal a été reçu à 18 h 07, a indiqué l'agence dans un communiqué.")
    assert speaker_of_last(text) == "Agence spatiale européenne"


def test_le_meme_communique_is_the_source_just_cited():
    text = ("Titre\n\nL'Agence spatiale européenne a indiqué que le signal avait été perdu à 18 h. Selon le même "
            "communiqué, l'orbiteur fonctionne normalement.")
    assert speaker_of_last(text) == "Agence spatiale européenne"


def test_le_departement_is_the_department_named_with_its_listed_complements():
    text = ("Le Département fédéral de l'économie, de la formation et de la recherche (DEFR) a indiqué que les "
            "avoirs seraient gelés. Parmi les sociétés figure l'armateur Orvel Shipping. Selon le département, cette "
            "société gère douze pétroliers.")
    assert speaker_of_last(text) == "Département fédéral de l'économie, de la formation et de la recherche"


def test_an_agency_that_cites_someone_relays_what_they_said():
    assert speaker_of_last("Selon l'agence Reuters, qui cite un diplomate européen, Bruxelles avait demandé à Berne "
                           "de s'aligner.") == "diplomate européen"


def test_a_plural_subject_of_a_present_verb_speaks_for_the_coordinated_verb():
    assert speaker_of_last("Les prévisionnistes de Météo-France annoncent une éclaircie, mais rappellent que les sols "
                           "restent fragiles.") == "prévisionnistes de Météo-France"


def test_an_indefinite_speaker_is_described_without_where_the_reporter_met_them():
    assert speaker_of_last("« Il y a des rodéos tous les soirs », raconte une mère de famille croisée mardi près de "
                           "la gare.") == "mère de famille"


def test_a_country_before_a_first_name_does_not_share_the_surname():
    text = ("Titre\n\nL'accord a été signé par les ministres, Kofi Mensah pour le Ghana et Afi Kpodar pour le Togo.\n\n"
            "« C'est une victoire », a déclaré Mme Kpodar.")
    assert speaker_of_last(text) == "Afi Kpodar"


def test_son_homologue_is_the_other_person_named_with_the_speaker():
    text = ("Titre\n\nL'accord a été signé par les ministres, Kofi Mensah pour le Ghana et Afi Kpodar pour le Togo.\n\n"
            "« C'est une victoire », a déclaré Mme Kpodar.\n\nSon homologue ghanéen a estimé que l'accord ouvrait la "
            "voie aux forages.")
    assert speaker_of_last(text) == "Kofi Mensah"


def test_a_radio_named_by_its_kind_is_no_part_of_the_speakers_name():
    assert speaker_of_last("« Personne ne nous a rien expliqué », a confié à la radio Peace FM Kodzo Agbeko, "
                           "président d'une association de pêcheurs.") == "Kodzo Agbeko"


def test_a_two_word_outlet_before_the_inverted_subject():
    assert speaker_of_last("« C'est grave », a déclaré à France Info le ministre.") == "ministre"


def test_le_site_of_a_body_speaks_as_the_body():
    assert speaker_of_last("Plus de 80 000 clients étaient privés d'électricité, selon le site Info-pannes "
                           "d'Hydro-Québec.") == "Hydro-Québec"


def test_an_adjunct_of_several_words_before_the_inverted_subject():
    assert speaker_of_last("« Les dégâts sont importants », a expliqué en point de presse lundi matin le porte-parole "
                           "d'Hydro-Québec, Marc Tremblay.") == "Marc Tremblay"


def test_a_titled_name_in_apposition_to_a_source():
    assert speaker_of_last("Selon le secrétaire général provincial du SYNAMED/Kinshasa, Dr Paul Ilunga Kabeya, le "
                           "mouvement est suivi à 95 %.") == "Paul Ilunga Kabeya"


def test_a_subject_verb_and_object_before_a_colon_quote():
    assert speaker_of_last("Le syndicaliste pose une condition : « Personne ne reprend le travail. »") == "syndicaliste"


def test_the_coordinated_verb_after_an_opening_adjunct_keeps_the_whole_name():
    text = ("Dans un communiqué, le Conseil national de l'Ordre des pharmaciens (CNOP) a rappelé que « les urgences "
            "restent assurées » et s'est dit « préoccupé » par la grève.")
    assert speaker_of_last(text) == "Conseil national de l'Ordre des pharmaciens"


def test_a_bracketed_short_form_that_spells_nothing_is_the_capitalised_name_before_it():
    text = ("Titre\n\nLa grève a été lancée par la Fédération panhellénique des gens de mer (PNO).\n\nLa PNO a prévenu "
            "qu'elle pourrait reconduire le mouvement.")
    assert speaker_of_last(text) == "Fédération panhellénique des gens de mer"


def test_sa_fondatrice_is_the_person_who_founded_the_body():
    text = ("Titre\n\nLe parti Vert Horizon, fondé il y a un an par l'ancienne biologiste Ingrid Solberg, entre au "
            "Parlement. « Nous serons la voix de l'océan », a lancé sa fondatrice.")
    assert speaker_of_last(text) == "Ingrid Solberg"


def test_a_role_and_the_name_in_apposition_speak_for_the_coordinated_verb():
    text = ("Le président de la Fédération des réseaux publics (FRP), Yves Lemarquis, redoute « une "
            "financiarisation » et rappelle que ces réseaux ont été financés par l'argent public.")
    assert speaker_of_last(text) == "Yves Lemarquis"


def test_a_pronoun_incise_inside_the_marks_with_its_audience():
    text = ("L'avocat de l'ancien ministre, Me Jean Rabe, a annoncé que son client ferait appel. « Mon client n'a "
            "fait qu'appliquer la procédure, a-t-il affirmé à Radio Soleil Levant. On en fait un bouc émissaire. »")
    assert speaker_of_last(text) == "Jean Rabe"


def test_l_entreprise_is_no_product_named_with_a_possessive():
    assert speaker_of_last("Titre\n\nRFN Voyageurs a indiqué que les clients seraient indemnisés, "
                           "conformément à sa garantie R30. Le trafic est revenu à la normale, selon "
                           "l'entreprise.") == "RFN Voyageurs"


def test_l_entreprise_after_a_carrier_named_in_the_claim():
    text = ("Titre\n\nLe transporteur aérien régional Air Nordet cessera de desservir Gaspé, a confirmé lundi "
            "l'entreprise.\n\nPour l'analyste Paul Roy, de la firme Aéro Stratégies, la décision « n'est pas une "
            "surprise ».")
    claims = claims_of(text)
    assert [c.speaker.name for c in claims] == ["Air Nordet", "Paul Roy"]
    assert claims[1].content == "la décision « n'est pas une surprise »"


def test_a_report_of_its_own_belongs_to_the_subject_of_the_clause():
    assert speaker_of_last("Titre\n\nLe parquet a ouvert une enquête, a-t-on appris de source judiciaire.\n\n"
                           "Réseau Ferré Nord en a recensé plus de 2 400 l'an dernier, selon son dernier rapport "
                           "annuel.") == "Réseau Ferré Nord"


def test_a_feminine_role_is_no_man_tied_to_its_family():
    text = ("Titre\n\nDimanche, Claire Fleury a recueilli 2 847 suffrages, contre 2 535 à Gérard Montel, maire "
            "depuis 2018.\n\n« Je serai la maire de toutes et de tous », a lancé l'élue devant ses sympathisants.")
    assert speaker_of_last(text) == "Claire Fleury"


def test_il_after_a_prefect_named_by_his_department_opening_the_sentence():
    text = ("Titre\n\n« On arrache des vignes », lâche Bernat Pujol, vigneron à Terrats.\n\nVendredi, lors d'une "
            "réunion à la préfecture, le préfet de l'Aude a annoncé le maintien des restrictions. Il a indiqué que "
            "l'État débloquerait six millions d'euros.")
    assert speaker_of_last(text) == "préfet de l'Aude"


def test_a_body_named_after_the_people_it_gathers():
    assert speaker_of_last("Le syndicat local des infirmières, affilié à la FIQ, affirme que 140 postes sont "
                           "vacants.") == "syndicat local des infirmières"


def test_an_outlet_and_its_short_form_before_the_inverted_subject():
    assert speaker_of_last("« Le centre de santé est loin », a raconté à Radio France Internationale (RFI) Hanta "
                           "Rasoanaivo, institutrice.") == "Hanta Rasoanaivo"


def test_la_dre_is_a_title():
    assert speaker_of_last("« On soigne dans les corridors », a dénoncé en entrevue au 98.5 la Dre Julie Caron, "
                           "urgentologue.") == "Julie Caron"


def test_notre_interlocuteur_is_the_source_just_quoted():
    text = ("D'après une source au sein de la commission, qui a requis l'anonymat, le club risque un huis clos. "
            "« Le règlement est clair », confie notre interlocuteur.")
    assert [c.speaker.name for c in claims_of(text)] == ["source au sein de la commission"] * 2


def test_l_agence_is_the_body_that_reads_like_a_name_just_quoted():
    assert speaker_of_last("Titre\n\nSanté Nordique reconnaît une « pression exceptionnelle ». Dans une déclaration, "
                           "l'agence indique que 11 patients ont été transférés.") == "Santé Nordique"


def test_precise_after_a_noun_is_an_adjective():
    claims = claims_of("Le cabinet du ministre n'a pas voulu commenter la situation précise de Laval, mais rappelle "
                       "que 1200 infirmières ont été embauchées.")
    assert [(c.cue, c.speaker.name) for c in claims] == [("rappelle", "cabinet du ministre")]


def test_il_is_the_person_in_apposition_not_the_club_of_the_role():
    text = ("Titre\n\n« On a eu peur », a confié le capitaine du Racing de Kribi, Cyrille Mbarga.\n\nLe président de "
            "l'Étoile de Mbalmayo, Paul-Marie Ondoua, rejette toute responsabilité. « Ce ne sont pas nos supporters », "
            "soutient-il.")
    assert speaker_of_last(text) == "Paul-Marie Ondoua"


def test_headline_quote_lifted_from_inside_a_later_sentence_keeps_its_speaker():
    text = ("Lorient limoge son entraîneur : « L'équipe ne répondait plus »\n\nLe club breton a annoncé lundi le départ "
            "de Paul Garnier.\n\nLe directeur général Marc Tessier a justifié la décision. « Nous avons attendu longtemps, "
            "a-t-il expliqué. Mais depuis un mois, on voyait que l'équipe ne répondait plus. »")
    assert claims_of(text)[0].speaker.name == "Marc Tessier"


def test_sentence_opening_acronym_with_its_article_is_the_body_not_a_surname():
    text = ("Titre\n\nLe chantier a été suspendu, a annoncé mardi la Direction régionale des affaires maritimes (DRAM) de "
            "Bretagne.\n\nSelon la DRAM, les travaux reprendront en mars.\n\nLa DRAM a indiqué qu'une réunion publique "
            "serait organisée le 5 décembre.")
    assert speaker_of_last(text) == "Direction régionale des affaires maritimes de Bretagne"


def test_relative_clause_with_its_object_between_subject_and_verb():
    assert speaker_of_last("Titre\n\nLa Croix-Rouge française, qui a lancé un appel aux dons, estime que 500 familles "
                           "ont tout perdu.") == "Croix-Rouge française"


def test_adverb_between_commas_after_the_auxiliary():
    claims = claims_of("Titre\n\nLe ministère de la Santé a, pour sa part, fait savoir dans un communiqué qu'un plan "
                       "serait activé « dès que nécessaire ».")
    assert [(c.content, c.speaker.name) for c in claims] == [
        ("un plan serait activé « dès que nécessaire »", "ministère de la Santé")]
    claims = claims_of("Titre\n\nLa mairie, pour sa part, a indiqué que la piscine rouvrirait en mars.")
    assert [(c.content, c.speaker.name) for c in claims] == [("la piscine rouvrirait en mars", "mairie")]


def test_la_centrale_syndicale_is_the_union_just_named_with_its_short_form():
    assert speaker_of_last("Titre\n\nLa Confédération générale du travail de Guinée (CGTG) a annoncé une grève. Dans un "
                           "communiqué, la centrale syndicale estime que les salaires sont « insuffisants ».") \
        == "Confédération générale du travail de Guinée"


def test_a_government_with_its_nationality_is_not_the_body_just_named_with_its_short_form():
    assert speaker_of_last("Titre\n\nLa Société des mines du Nord (SMN) avait reconnu des retards. Le gouvernement "
                           "chilien a fait savoir qu'il « respecte la décision ».") == "gouvernement chilien"


def test_participle_clause_has_the_sentence_subject_not_the_person_named_as_object():
    assert speaker_of_last("Titre\n\nLe tribunal correctionnel a relaxé M. Garnier du chef de fraude, estimant que "
                           "l'accusation n'avait pas prouvé l'intention.") == "tribunal correctionnel"


def test_relative_clause_after_the_object_of_a_verb_has_that_object_for_speaker():
    assert speaker_of_last("Titre\n\nLe Parisien a contacté le ministère de la Santé, qui a indiqué que le plan serait "
                           "prêt.") == "ministère de la Santé"
    assert speaker_of_last("Titre\n\nLe préfet s'appuie sur l'avis de l'Agence régionale de santé (ARS), qui estime que "
                           "le risque reste « élevé ».") == "Agence régionale de santé"


def test_nationality_and_age_is_the_person_just_named():
    assert speaker_of_last("Titre\n\nPaul Garnier a quitté le club lundi. « Je savais que c'était fini », glisse le "
                           "Français de 52 ans.") == "Paul Garnier"
    assert speaker_of_last("Titre\n\nJoint par téléphone, Paul Garnier se dit \"déçu\". \"Je savais que c'était fini. "
                           "J'assume\", glisse le Français de 52 ans.") == "Paul Garnier"


def test_le_ministere_is_the_ministry_of_the_minister_named_before():
    assert speaker_of_last("Titre\n\nLa ministre de la Santé, Anne Roux, a présenté le plan. Selon le ministère, 300 lits "
                           "seront ouverts.") == "ministère de la Santé"


def test_indefinite_apposition_after_an_inverted_role_describes_it():
    assert speaker_of_last("Titre\n\n« J'ai vu le camion arriver », a confié le conducteur, un homme de 52 ans domicilié "
                           "à Yvetot, aux gendarmes.") == "conducteur"
    text = ("Titre\n\nLe tracteur serait resté bloqué sur les voies, indique une source proche de l'enquête. « La remorque a "
            "calé », a confié l'agriculteur, un homme de 52 ans, aux gendarmes.")
    assert speaker_of_last(text) == "agriculteur"


def test_le_document_is_by_the_author_of_the_bulletin_published_on_a_day():
    assert speaker_of_last("Titre\n\nLe bulletin épidémiologique publié mardi par le Bureau de veille sanitaire fait état "
                           "de 412 cas. Le document précise que 38 patients ont été hospitalisés.") == "Bureau de veille sanitaire"
    assert speaker_of_last("Titre\n\nLe rapport de l'Observatoire régional de santé recense 412 cas. Le document précise "
                           "que 38 patients ont été hospitalisés.") == "Observatoire régional de santé"


def test_medium_and_its_one_word_name_before_the_inverted_speaker():
    assert speaker_of_last("Titre\n\n« L'eau est montée très vite », a raconté au journal Ouest-France Marie Dupuis, une "
                           "habitante du quartier.") == "Marie Dupuis"
    assert speaker_of_last("Titre\n\n« Tout a été emporté », a raconté au site Lyonmag Marie Dupuis, une habitante du "
                           "quartier.") == "Marie Dupuis"


def test_unnamed_staff_of_a_body_named_by_its_short_form_gets_the_long_name():
    text = ("Titre\n\nÉnergie du Sahel (EDS) a annoncé lundi un rationnement.\n\nUn responsable d'EDS, qui s'exprimait sous "
            "couvert d'anonymat, a assuré que le navire était attendu « avant la fin du mois ». « Tout dépend des banques », "
            "a-t-il reconnu.")
    assert [c.speaker.name for c in claims_of(text)][-2:] == ["responsable d'Énergie du Sahel"] * 2


def test_le_medecin_is_the_doctor_named_with_dr_but_not_the_coroner():
    assert speaker_of_last("Titre\n\nPour le Dr Paul Garnier, urgentiste à Lens, le problème est « en aval ».\n\n« On reste "
                           "bloqués », tranche le médecin.") == "Paul Garnier"
    assert speaker_of_last("Titre\n\nLe Dr Paul Garnier, urgentiste à Lens, a reçu la victime. Selon le médecin légiste, la "
                           "victime est morte vers minuit.") == "médecin légiste"


def test_l_un_d_eux_is_one_of_the_people_just_counted():
    assert speaker_of_last("Titre\n\nSelon l'hôpital, 17 rescapés y étaient soignés. L'un d'eux témoigne : « J'ai nagé "
                           "pendant trois heures. »") == "rescapé"
    assert speaker_of_last("Titre\n\nTrois infirmières ont démissionné. L'une d'elles raconte que le service « craque ».") \
        == "infirmière"
    assert speaker_of_last("Titre\n\nSelon l'hôpital, 17 rescapés y étaient soignés, dont quatre enfants. L'un d'eux témoigne "
                           "sous couvert d'anonymat : « J'ai nagé pendant trois heures. »") == "rescapé"


def test_short_form_with_the_initials_of_the_english_name_stands_for_the_french_long_name():
    assert speaker_of_last("Titre\n\nL'Unité d'intégrité de l'athlétisme (AIU) a annoncé mercredi la suspension d'une "
                           "marathonienne.\n\nDans sa décision, l'AIU indique que l'athlète « n'a pas pu s'expliquer ».") \
        == "Unité d'intégrité de l'athlétisme"


def test_body_name_with_et_between_two_capitalised_words_is_one_name():
    assert speaker_of_last("Titre\n\nLa Fédération BTP Loire et Métropole estime que 3 000 emplois ont été supprimés.") \
        == "Fédération BTP Loire et Métropole"


def test_la_societe_civile_is_no_company_just_named():
    assert speaker_of_last("Titre\n\nLa société Minerais du Nord exploite le site.\n\nSelon la société civile locale, le "
                           "bilan pourrait s'alourdir.") == "société civile locale"


def test_des_opening_the_sentence_is_a_plural_subject_not_a_preposition():
    assert speaker_of_last("Titre\n\nLe pilote Paul Roux a été blessé.\n\nDes témoins ont rapporté que le moteur de "
                           "l'appareil « toussait » avant la chute.") == "témoins"


def test_quote_with_an_inverted_s_est_contente_de_declarer():
    text = ("Titre\n\nMe Paul Roux n'a pas voulu commenter. « Nous allons lire le jugement », s'est-il contenté de "
            "déclarer. « Rien ne presse », a-t-il tenu à préciser.")
    assert [c.speaker.name for c in claims_of(text)] == ["Paul Roux", "Paul Roux"]


def test_inverted_incise_inside_an_indirect_statement():
    claims = claims_of("Titre\n\nLe maire Paul Roux a inauguré la piscine. Le chantier, a-t-il précisé, sera terminé en mars.")
    assert [(c.content, c.speaker.name) for c in claims if c.kind == "indirect"] == [
        ("Le chantier sera terminé en mars", "Paul Roux")]


def test_inverted_role_then_name_then_adjunct_after_a_long_statement():
    assert speaker_of_last("Titre\n\nLa production nationale devrait atteindre 380 000 tonnes cette saison, contre 340 000 "
                           "tonnes la saison précédente, a annoncé lundi le directeur général de l'Office national de l'huile "
                           "(ONH), Paul Roux, lors d'une journée d'information organisée à Sfax.") == "Paul Roux"
