"""Where French claims start and end in news copy rewritten from agency wires: a quoted fragment's
clause runs to its end, appositions after "selon X" / "pour X" stay out of the claim, live-blog
timestamps and rubric kickers are not part of what was said."""

from __future__ import annotations

from extract_support import claims_of, only


def test_mixed_claim_runs_to_the_end_of_its_clause():
    claim = only("Son avocat, Me Paul Roux, a plaidé que son client avait agi « sous le coup de la colère » "
                 "après une dispute sur la vente du bar.")
    assert claim.content == "son client avait agi « sous le coup de la colère » après une dispute sur la vente du bar"
    claim = only("La chercheuse Anne Morel estime que les communes ont encore « une marge réelle » pour adapter "
                 "leurs ressources en eau.")
    assert claim.content.endswith("pour adapter leurs ressources en eau")


def test_mixed_claim_stops_before_a_french_adjunct_of_the_narrator():
    claim = only("Le député Marc Lenoir a qualifié sa rivale de « bourgeoise du château », en référence à la "
                 "propriété familiale de celle-ci.")
    assert claim.content.endswith("« bourgeoise du château »")


def test_appositions_after_pour_and_selon_are_not_part_of_the_claim():
    claim = only("Pour le Pr Denis Roux, chef du service de pédiatrie de l'hôpital Necker, à Paris, ces résultats "
                 "« confirment ce que nous voyons en consultation ».")
    assert claim.content == "ces résultats « confirment ce que nous voyons en consultation »"
    assert claim.speaker.name == "Denis Roux"
    claim = only("Pour l'économiste Laure Morin, directrice de recherche au CNRS, les ménages modestes ont payé "
                 "deux fois la crise.")
    assert claim.content == "les ménages modestes ont payé deux fois la crise"
    assert claim.speaker.name == "Laure Morin"
    claim = only("Selon les économistes de la banque, cités dans une note publiée mardi, la BCE devrait baisser "
                 "ses taux en septembre.")
    assert claim.content == "la BCE devrait baisser ses taux en septembre"
    claim = only("Pour la CFTC, deuxième syndicat de la branche, la réforme reste « inacceptable ».")
    assert claim.content == "la réforme reste « inacceptable »"


def test_live_blog_timestamps_and_rubric_kickers_are_not_part_of_the_claim():
    claim = only("16h48 — Selon Vigicrues, la Loire atteignait 5,82 mètres à Orléans à 16 heures.")
    assert claim.content == "la Loire atteignait 5,82 mètres à Orléans à 16 heures"
    assert claim.speaker.name == "Vigicrues"
    claim = only("SANTÉ - Selon une étude de l'Inserm, les écrans retardent l'apparition du langage.")
    assert claim.content == "les écrans retardent l'apparition du langage"


def test_relative_clause_after_a_closing_source_is_not_the_claim():
    claim = claims_of(
        "Au moins six journalistes sont détenus au Niger, d'après l'organisation Reporters sans frontières, "
        "qui a publié mardi son rapport annuel.")[0]
    assert claim.content == "Au moins six journalistes sont détenus au Niger"
    assert claim.speaker.name == "Reporters sans frontières"


def test_selon_a_long_common_noun_phrase_is_a_source():
    claim = only("Selon des travaux menés sur près de 18 000 enfants, une exposition quotidienne aux écrans "
                 "est associée à un retard du langage.")
    assert claim.content == "une exposition quotidienne aux écrans est associée à un retard du langage"
    assert claim.speaker.name.startswith("travaux menés")


def test_pour_a_long_common_noun_phrase_is_not_a_source():
    assert claims_of("Pour des raisons de sécurité évidentes liées au chantier, la rue sera fermée jusqu'en mai.") == []


def test_incise_inside_the_marks_is_left_out_of_the_quotation():
    claim = only("« Ce sont des pansements, tranche-t-elle. Ça protège quelques mètres carrés pour un coût énorme. »")
    assert claim.content == "Ce sont des pansements Ça protège quelques mètres carrés pour un coût énorme."
    claim = only("« On nous propose 1,5 %. C'est une insulte, lance Dominique Vanhove, délégué CGT. Personne ne "
                 "lâchera. »")
    assert claim.content == "On nous propose 1,5 %. C'est une insulte Personne ne lâchera."
    assert claim.speaker.name == "Dominique Vanhove"


def test_multi_paragraph_quotation_takes_the_attribution_after_its_last_piece():
    found = claims_of(
        "D'après le syndicat, la réforme porterait l'âge de départ à 63 ans.\n\n"
        "« On nous parle de pénibilité depuis dix ans. Ce n'est pas une réforme, c'est une provocation.\n\n"
        "« D'autres actions suivront en décembre », a averti le secrétaire général du syndicat, Marc Deleuze.")
    quote = found[-1]
    assert quote.kind == "direct" and quote.speaker.name == "Marc Deleuze"
    assert quote.content.startswith("On nous parle") and quote.content.endswith("suivront en décembre")
    assert len(found) == 2


def test_quoted_fragment_alone_stops_where_the_narrator_goes_on():
    found = claims_of("Le ministre Pieter Van den Broeck a assuré que la réforme était « négociée ». Il se dit "
                      "« toujours prêt au dialogue », mais refuse de retirer le texte.")
    assert not any("refuse" in c.content for c in found)


def test_agency_dateline_is_not_part_of_the_claim():
    claim = only("CARCASSONNE, 23 juil 2026 (AFP) - Un incendie a parcouru 350 hectares de garrigue près de Lagrasse, "
                 "sans faire de victime, ont annoncé jeudi les pompiers.")
    assert claim.content.startswith("Un incendie a parcouru")
    assert claim.speaker.name == "pompiers"


def test_inverted_subject_followed_by_a_participle_clause():
    claim = only("L'inflation en zone euro a ralenti à 1,9 % en juin, a annoncé mardi l'office européen des "
                 "statistiques Eurostat, repassant sous l'objectif de 2 % pour la première fois depuis février.")
    assert claim.content == "L'inflation en zone euro a ralenti à 1,9 % en juin"
    assert claim.speaker.name == "Eurostat"


def test_tandis_que_opens_a_second_statement():
    found = claims_of("Le conseiller d'État vaudois, Olivier Perrenoud, juge la réforme « équilibrée », tandis que "
                      "son homologue genevoise estime qu'elle « rate sa cible ».")
    assert [c.content for c in found] == ["la réforme « équilibrée »", "elle « rate sa cible »"]


def test_quoted_title_of_the_audience_before_que():
    claim = only("Le directeur du site, Olivier Schmitt, a indiqué au « Nord Éclair Express » qu'une nouvelle "
                 "réunion était prévue lundi.")
    assert claim.content == "une nouvelle réunion était prévue lundi"
    assert claim.speaker.name == "Olivier Schmitt"


def test_quotation_that_is_a_sentence_takes_the_speaker_the_next_sentence_names():
    found = claims_of("« Nous ne reculerons pas. » La formule, prononcée dimanche soir par la ministre du Travail, "
                      "Sophie Delaunay-Rocher, résume la ligne du gouvernement.")
    assert [(c.kind, c.content, c.speaker.name) for c in found] == [
        ("direct", "Nous ne reculerons pas.", "Sophie Delaunay-Rocher")]
    claim = only("« Je n'ai jamais vu l'eau monter aussi vite. » Rencontrée à Saint-Denis-en-Val, Josiane, 72 ans, "
                 "a dû quitter sa maison.")
    assert claim.content == "Je n'ai jamais vu l'eau monter aussi vite."
    assert claim.speaker.name == "Josiane"


def test_quotation_that_is_a_sentence_with_nobody_named_after_continues_the_speaker():
    found = claims_of("« La réforme passera », a assuré le ministre Paul Roux.\n\n« Nous avons le temps. » Le vote "
                      "est prévu le 15 décembre.")
    assert [c.speaker.name for c in found] == ["Paul Roux", "Paul Roux"]


def test_subject_with_apposition_before_an_inverted_looking_verb_is_not_a_statement():
    claim = only("Le suspect, âgé de 34 ans, a reconnu les faits, selon une source proche de l'enquête.")
    assert claim.content == "Le suspect, âgé de 34 ans, a reconnu les faits"
    assert claim.speaker.name == "source proche de l'enquête"


def test_long_role_and_name_before_a_verb_with_a_noun_object_are_its_subject_not_a_statement():
    found = claims_of("Le directeur de l'hôpital Saint-Joseph de Lyon, Marc Dufresne, a annoncé la fermeture de deux "
                      "services. Il a précisé que les patients seraient transférés.")
    assert [(c.content, c.speaker.name) for c in found if c.kind != "assertion"] == [
        ("les patients seraient transférés", "Marc Dufresne")]


def test_name_and_apposition_before_a_verb_with_a_noun_object_are_its_subject_not_a_statement():
    found = claims_of("Berthier, ancien capitaine du club, a reconnu la supériorité de Lorient. Lundi, joueurs et "
                      "staff resteront au centre d'entraînement, a annoncé le club.")
    assert [(c.content, c.speaker.name) for c in found if c.kind != "assertion"] == [
        ("Lundi, joueurs et staff resteront au centre d'entraînement", "club")]


def test_narration_adverbs_and_adjuncts_between_commas_after_the_verb_are_not_part_of_the_claim():
    assert only("L'association Vélo Nantes dénonce de son côté « un plan sans ambition ».").content == \
        "« un plan sans ambition »"
    assert only("La préfète a toutefois salué « un travail remarquable ».").content == "« un travail remarquable »"
    assert only("Le syndicat a dénoncé, dans un tract, « une provocation ».").content == "« une provocation »"


def test_place_and_time_adjuncts_after_the_verb_are_not_part_of_the_claim():
    claim = only("Le syndicat Force ouvrière a dénoncé dans un communiqué une « provocation » du gouvernement.")
    assert claim.content == "une « provocation » du gouvernement"
    claim = only("La ministre Anne Roux a salué sur le réseau social X « une étape importante pour le pouvoir d'achat ».")
    assert claim.content == "« une étape importante pour le pouvoir d'achat »"
    claim = only("Moscou a affirmé mardi avoir abattu trois drones au-dessus de la Crimée.")
    assert claim.content == "avoir abattu trois drones au-dessus de la Crimée"


def test_headline_topic_before_a_colon_is_not_part_of_the_claim():
    found = claims_of("Sommeil des adolescents : les écrans coûtent 47 minutes par nuit, selon une étude\n\n"
                      "Les adolescents dorment moins, selon une étude publiée mardi.")
    assert found[0].content == "les écrans coûtent 47 minutes par nuit"


def test_long_source_opening_the_sentence():
    claim = only("Selon les derniers avis du Conseil international pour l'exploration de la mer (CIEM), la biomasse "
                 "de la sole a reculé de près de 20 % depuis 2021.")
    assert claim.content == "la biomasse de la sole a reculé de près de 20 % depuis 2021"


def test_title_inside_a_closing_source_is_not_a_quotation():
    claim = only("Les adolescents qui dorment avec leur téléphone dorment 47 minutes de moins, selon une étude publiée "
                 "mardi dans la revue « Sommeil et Vigilance ».")
    assert claim.kind == "indirect"
    assert claim.content == "Les adolescents qui dorment avec leur téléphone dorment 47 minutes de moins"


def test_second_predicate_of_the_speaker_after_a_quoted_adjective():
    claim = only("La préfète Anne Roux a jugé la situation « critique » et interdit l'irrigation dans trois communes.")
    assert claim.content == "la situation « critique »"


def test_quotation_that_is_only_the_subject_of_the_clause_makes_a_mixed_claim():
    found = claims_of(
        "L'avocate de la défense, Me Inès Carvalho-Brun, a soutenu que « aucune pièce du dossier » ne "
        "démontrait l'intention de nuire.")
    assert [(c.kind, c.content) for c in found] == [
        ("mixed", "« aucune pièce du dossier » ne démontrait l'intention de nuire")]


def test_participle_of_a_new_predicate_after_an_incise_does_not_attribute_a_quoted_word():
    found = claims_of(
        "« Nous avons fait notre part », a-t-il lancé, exigeant la « fermeté » des autres capitales. "
        "« Rien n'est joué », a-t-elle assuré, ajoutant qu'un accord restait « possible ».")
    assert [(c.kind, c.content) for c in found] == [
        ("direct", "Nous avons fait notre part"), ("direct", "Rien n'est joué"),
        ("mixed", "un accord restait « possible »")]


def test_quoted_subject_of_a_conditional_verb_makes_a_mixed_claim_to_the_clause_end():
    found = claims_of("Le ministre a averti que « toute provocation » recevrait une réponse immédiate.")
    assert [(c.kind, c.content) for c in found] == [("mixed", "« toute provocation » recevrait une réponse immédiate")]


def test_quoted_subject_after_selon_with_a_plural_verb_after_it_is_a_mixed_claim():
    found = claims_of("La directrice, Anne Morel, a parlé. Selon elle, « toutes les agences » rouvrent lundi à 9 heures.")
    assert [(c.kind, c.content) for c in found] == [("mixed", "« toutes les agences » rouvrent lundi à 9 heures")]


def test_adverb_in_ment_after_a_quotation_is_not_its_verb():
    found = claims_of("La directrice, Anne Morel, a parlé. Selon elle, « tout ira bien » évidemment.")
    assert found[-1].kind == "direct"


def test_two_quoted_fragments_joined_by_et_before_the_attribution_make_one_mixed_claim():
    found = claims_of("Les trois prévenus sont poursuivis pour « escroquerie en bande organisée » et « blanchiment "
                      "aggravé », a indiqué le parquet de Lyon.")
    assert [(c.kind, c.speaker.name) for c in found] == [("mixed", "parquet de Lyon")]
    assert found[0].content.startswith("Les trois prévenus sont poursuivis pour « escroquerie")


def test_selon_an_agency_after_a_quotation_attribution_is_no_claim_of_its_own():
    found = claims_of("Les syndicats ont déposé un préavis. « Septante bus en moins, c'est septante chauffeurs en "
                      "trop », a dénoncé Marc Delvaux, délégué à la CGSP, selon Belga.")
    assert [(c.kind, c.speaker.name) for c in found] == [("direct", "Marc Delvaux")]


def test_second_que_clause_after_a_quotation_stays_in_the_claim():
    claim = only("La société indique que « les consignes ont été suivies » et que le hangar a été rouvert dès lundi.")
    assert claim.kind == "mixed"
    assert claim.content == "« les consignes ont été suivies » et que le hangar a été rouvert dès lundi"
    claim = only("Le délégué Jean Morel estime que « la vente n'est pas une fin » et qu'il faut surtout « que les "
                 "presses tournent ».")
    assert claim.content.endswith("et qu'il faut surtout « que les presses tournent »")


def test_quotation_then_its_complement_is_one_mixed_claim():
    claim = only("La mairie explique que « des doutes sérieux justifient une expertise » pour une partie des "
                 "tableaux prêtés par le musée.")
    assert claim.kind == "mixed"
    assert claim.content.endswith("pour une partie des tableaux prêtés par le musée")


def test_a_passive_participle_coordinated_after_a_quotation_is_not_a_reporting_verb():
    claim = only("Le procureur Paul Durand a indiqué qu'une enquête avait été ouverte pour « homicide involontaire » "
                 "et confiée à la brigade de gendarmerie de Lyon.")
    assert claim.content.endswith("et confiée à la brigade de gendarmerie de Lyon")


def test_participle_and_bare_role_appositions_after_selon_are_not_part_of_the_claim():
    claim = only("Selon le rapport, publié le même jour dans la revue Océans, la colonie compte près de 400 couples.")
    assert claim.content == "la colonie compte près de 400 couples"
    claim = only("Selon la Régie des eaux de Namur, maître d'ouvrage délégué, 60 % du réseau a été remplacé.")
    assert claim.content == "60 % du réseau a été remplacé"
    claim = only("Selon le syndicat, faute de moyens, la cantine fermera en juin.")
    assert claim.content == "faute de moyens, la cantine fermera en juin"


def test_a_wikinews_date_line_is_not_part_of_the_first_claim():
    claim = only("Un titre\n\n4 mars 2026. - La crue a atteint 6,10 mètres à Namur, selon le service hydrologique.")
    assert claim.content == "La crue a atteint 6,10 mètres à Namur"


def test_two_reporting_verbs_each_with_its_que_give_two_claims():
    found = claims_of("Le directeur, Marc Lenoir, a indiqué que 200 familles avaient été relogées et a assuré que "
                      "les derniers départs seraient « terminés avant mai ».")
    assert [(c.kind, c.content) for c in found] == [
        ("indirect", "200 familles avaient été relogées"),
        ("mixed", "les derniers départs seraient « terminés avant mai »")]


def test_a_participle_with_its_amount_is_no_reporting_verb():
    claim = only("Le ministre a précisé que la Région et la Ville paieraient chacune la moitié du chantier, estimé à "
                 "40 millions d'euros, et que les travaux débuteraient en mai.")
    assert claim.content == ("la Région et la Ville paieraient chacune la moitié du chantier, estimé à 40 millions "
                             "d'euros, et que les travaux débuteraient en mai")


def test_an_elided_auxiliary_keeps_the_second_reporting_verb():
    found = claims_of("La maire a déclaré que le marché serait déplacé et précisé à la presse que les forains "
                      "seraient indemnisés.")
    assert [c.content for c in found][-1] == "les forains seraient indemnisés"


def test_a_cause_after_a_quoted_fragment_stays_in_the_claim():
    claim = only("Il a reconnu que le pont ne rouvrirait pas avant « la fin de l'été », en raison de retards dans "
                 "la livraison des poutres.")
    assert claim.content.endswith("en raison de retards dans la livraison des poutres")


def test_a_long_inverted_organisation_name_attributes_the_sentence():
    found = claims_of("Un marin a été blessé dans l'incendie d'un bateau. Le feu, parti de la cale vers 3h10, a été "
                      "maîtrisé peu avant 6 heures, a précisé le Service départemental d'incendie et de secours du Var "
                      "(Sdis 83) dans un communiqué.")
    assert [c.content for c in found] == ["Le feu, parti de la cale vers 3h10, a été maîtrisé peu avant 6 heures"]


def test_a_newspaper_title_before_que_is_the_audience():
    claim = only("Le PDG de Norvalis, Paul Lenoir, a assuré au quotidien Les Échos qu'aucune suppression de postes "
                 "n'était prévue en France.")
    assert claim.content == "aucune suppression de postes n'était prévue en France"


def test_a_subject_and_its_apposition_before_the_verb_are_no_claim():
    assert claims_of("Une source au ministère des Finances, contactée par Le Devoir, nuance ce calendrier.") == []


def test_the_title_of_an_exhibition_is_no_claim():
    found = claims_of("Le musée a annoncé mercredi l'annulation de l'exposition « Bronzes du Tibet », qui devait "
                      "ouvrir le 5 décembre.")
    assert "Bronzes du Tibet" not in [c.content for c in found]


def test_a_participle_used_as_a_noun_is_no_reporting_verb():
    found = claims_of("Selon le jugement, l'accusé « ne pouvait ignorer l'origine des fonds » qu'il gérait pour deux "
                      "sociétés.")
    assert [c.content for c in found] == ["l'accusé « ne pouvait ignorer l'origine des fonds » qu'il gérait pour "
                                          "deux sociétés"]


def test_an_adjective_apposition_after_d_apres_and_a_time_after_a_fragment():
    claim = only("D'après FO, majoritaire dans l'usine, la direction n'a « jamais présenté de plan sérieux ».")
    assert claim.content == "la direction n'a « jamais présenté de plan sérieux »"
    claim = only("Le maire a dénoncé une fermeture qui tombe « au plus mauvais moment », en pleine saison des "
                 "vendanges.")
    assert claim.content.endswith("en pleine saison des vendanges")


def test_a_conditional_verb_inside_the_clause_does_not_cut_it():
    claim = only("Elle avait affirmé le 2 mai que le régime des mines et carrières afficherait un déficit de "
                 "300 millions d'euros en 2028.")
    assert claim.content == ("le régime des mines et carrières afficherait un déficit de 300 millions d'euros en 2028")


def test_an_elided_auxiliary_with_par_ecrit_keeps_the_second_reporting_verb():
    found = claims_of("La maire a déclaré que le marché serait déplacé et précisé par écrit que les forains "
                      "seraient indemnisés.")
    assert [c.content for c in found] == ["le marché serait déplacé", "les forains seraient indemnisés"]


def test_advocacy_is_a_demand_not_a_claim_but_a_plea_that_is():
    assert claims_of("L'économiste Marie Caron plaide pour un « chèque énergie » ciblé sur les ménages modestes.") == []
    claim = only("L'avocate Anne Roy a plaidé que son client avait agi sous la contrainte.")
    assert claim.content == "son client avait agi sous la contrainte"


def test_two_coordinated_verbs_each_with_que_make_two_claims_before_a_quotation():
    found = claims_of(
        "La directrice du port, Inès Marchal, a indiqué que 120 dockers avaient été reclassés et a assuré que "
        "les derniers travaux seraient « terminés avant l'été ».")
    assert [(c.cue, c.content) for c in found] == [
        ("a indiqué", "120 dockers avaient été reclassés"),
        ("a assuré", "les derniers travaux seraient « terminés avant l'été »")]


def test_name_after_a_source_that_refers_back_is_the_clause_subject_not_an_apposition():
    found = claims_of(
        "Une source proche du dossier affirme que l'État avait refusé sa garantie. Selon cette source, Tisséo, "
        "l'autorité des transports, n'était « plus convaincue ».")
    assert [(c.speaker.name, c.content) for c in found][-1] == (
        "source proche du dossier", "Tisséo, l'autorité des transports, n'était « plus convaincue »")


def test_sentence_ending_with_the_network_x_is_not_an_initial():
    found = claims_of(
        "Le président a exprimé sa solidarité sur le réseau social X. L'organisation a proposé son aide, "
        "a rapporté l'agence EFE.")
    assert [c.content for c in found] == ["L'organisation a proposé son aide"]


def test_questions_is_no_que():
    found = claims_of("La société de transport n'a pas répondu aux questions du journal.")
    assert [c.content for c in found if c.kind != "assertion"] == []


def test_nouns_after_a_number_or_de_are_no_reporting_verbs():
    found = claims_of(
        "Le ministère a indiqué que la production devrait atteindre 2,1 millions de tonnes cette année. "
        "Selon la préfecture, le nombre de demandes a doublé, ajoute le communiqué.")
    assert found[0].content == "la production devrait atteindre 2,1 millions de tonnes cette année"
    assert all(c.cue not in ("tonnes", "demandes") for c in found)


def test_a_decimal_comma_does_not_open_the_next_clause():
    from claims.extract.reported_bounds import _NEXT_CLAUSE

    assert _NEXT_CLAUSE.search("la dette atteignait 2,5 milliards ") is None
    assert _NEXT_CLAUSE.search("la dette atteignait deux milliards, ") is not None


def test_the_outlet_spoken_to_is_not_part_of_the_statement():
    found = claims_of("Le docteur Paul Le Meur a confié à Ouest-France son « épuisement ».")
    assert [c.content for c in found] == ["son « épuisement »"]


def test_alors_que_after_the_verb_opens_no_statement():
    assert claims_of("Titre\n\nLa régie La Tamponnaise des eaux l'a annoncé ce lundi, alors que le niveau des captages "
                     "n'a jamais été aussi bas depuis 2019.") == []


def test_the_statement_que_follows_a_subordinate_clause_after_the_verb():
    claim = only("Titre\n\nLe maire a indiqué, alors que la crise dure, que le niveau des captages n'a jamais été "
                 "aussi bas.")
    assert claim.content == "le niveau des captages n'a jamais été aussi bas"


def test_a_second_verb_and_its_quotation_stay_in_the_sources_clause():
    text = ("Titre\n\nPour Hamid Benali, président de l'Association des consommateurs de Kabylie (ACK), la crise est "
            "« cyclique » et révèle « la dépendance totale de la filière à la poudre importée ». « Chaque année, "
            "c'est le même scénario », déplore-t-il.")
    assert [(c.content, c.speaker.name) for c in claims_of(text)] == [
        ("la crise est « cyclique » et révèle « la dépendance totale de la filière à la poudre importée »", "Hamid Benali"),
        ("Chaque année, c'est le même scénario", "Hamid Benali")]


def test_a_description_of_the_source_is_no_part_of_the_clause_it_attributes():
    cases = {
        "Selon Metro Express Ltd (MEL), la compagnie publique qui exploite le réseau, l'incident est dû à un défaut "
        "sur un transformateur.": "l'incident est dû à un défaut sur un transformateur",
        "Pour Anna Sroka, spécialiste de la sécurité minière à l'Institut central des mines de Katowice, les mines de "
        "Haute-Silésie exploitent des veines plus profondes.": "les mines de Haute-Silésie exploitent des veines plus profondes",
        "Pour le géophysicien Páll Björnsson, de l'université d'Islande, cette éruption ne sera probablement pas la "
        "dernière.": "cette éruption ne sera probablement pas la dernière",
    }
    for sentence, content in cases.items():
        assert only("Titre\n\n" + sentence).content == content


def test_the_clauses_own_described_subject_stays_in_it():
    # ("qui détient …" after the noun phrase: the subject of the attributed clause was being described)
    claim = only("Titre\n\nSelon Le Monde, le fonds d'investissement américain Carrow Partners, qui détient 22 % du "
                 "capital de Transalis, s'est déjà engagé à apporter ses actions.")
    assert claim.content.startswith("le fonds d'investissement américain Carrow Partners")
    assert only("Titre\n\nSelon le ministère, la crise s'aggrave, et les prix montent encore.").content \
        == "la crise s'aggrave, et les prix montent encore"


def test_a_date_or_an_event_after_the_quoted_fragment_stays_in_the_statement():
    assert only("Titre\n\nLe ministre a assuré que la France « défendra une position équilibrée » lors du conseil des "
                "15 et 16 décembre à Bruxelles.").content.endswith("lors du conseil des 15 et 16 décembre à Bruxelles")
    assert only("Titre\n\nLa ligue a rappelé que le club avait déjà reçu un « avertissement » en juin 2025 pour des "
                "motifs similaires.").content.endswith("en juin 2025 pour des motifs similaires")


def test_the_occasion_of_the_speaking_after_the_fragment_is_the_articles():
    assert only("Titre\n\nLe ministre a qualifié la grève d'« irresponsable » lors d'une conférence de presse à "
                "Bucarest.").content == "la grève d'« irresponsable »"
    assert only("Titre\n\nLe candidat a promis d'engager « la réduction de la part du nucléaire » en conformité avec "
                "l'accord électoral.").content == "d'engager « la réduction de la part du nucléaire »"


def test_a_relative_clause_may_follow_the_description_of_the_source():
    claim = only("Titre\n\nSelon Jean Martin, de l'Observatoire de la Côte d'Azur, qui n'a pas participé aux travaux, "
                 "l'activité magnétique de ce type d'étoile « pourrait avoir arraché toute atmosphère ».")
    assert claim.content.startswith("l'activité magnétique")


def test_a_description_naming_the_source_s_body_in_lower_case_words_is_cut_too():
    claim = only("Titre\n\nSelon Rosa Quispe, de l'université nationale de Piura, le nombre réel de cas est sans doute "
                 "trois fois plus élevé.")
    assert claim.content == "le nombre réel de cas est sans doute trois fois plus élevé"


def test_selon_elle_inside_the_statement_is_the_speakers_incise():
    assert only("Titre\n\nLa conseillère a estimé que la Ville aurait pu puiser davantage dans son surplus accumulé, qui "
                "dépasse selon elle les 9 M$.").content.endswith("qui dépasse selon elle les 9 M$")


def test_a_headlines_kicker_is_no_part_of_its_claim():
    claim = claims_of("Immigration francophone: Ottawa ratera sa cible de 2026, selon des données obtenues par "
                      "Francopresse\n\nTexte.\n")[0]
    assert claim.content == "Ottawa ratera sa cible de 2026"


def test_two_adjuncts_after_the_verb_precede_its_object():
    assert only("Titre\n\nLa première ministre a reconnu dimanche soir devant ses partisans à Reykjavik une « défaite "
                "claire ».").content == "une « défaite claire »"


def test_an_imperfect_reporting_verb_after_mais_opens_a_second_statement():
    found = claims_of("Titre\n\nLe ministre a reconnu des « erreurs de procédure » mais assurait que l'attribution "
                      "respectait la loi.")
    assert [c.content for c in found] == ["des « erreurs de procédure »", "l'attribution respectait la loi"]


def test_an_exhortation_after_the_statement_is_no_part_of_it():
    assert only("Titre\n\nLa syndicaliste Anne Morel a estimé que la réforme était injuste et a exhorté les élus à "
                "la retirer.").content == "la réforme était injuste"
