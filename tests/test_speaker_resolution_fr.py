"""French speakers named again in other words: a first name with an age ("Odile, 63 ans") is a
person, "ce chauffeur routier" is the witness just introduced, a role or a body the article named
before stands for it ("l'agriculteur", "le syndicat", "l'entreprise")."""

from __future__ import annotations

from extract_support import claims_of


def test_first_name_with_an_age_opening_a_sentence_is_a_person():
    found = claims_of(
        "Un incendie a détruit un entrepôt à Vénissieux, a indiqué la préfecture du Rhône.\n\n"
        "Odile, 63 ans, promène son chien tous les matins devant le site. « Ça sentait le plastique brûlé "
        "jusqu'à midi », souffle-t-elle.")
    assert [c.speaker.name for c in found] == ["préfecture du Rhône", "Odile"]


def test_demonstrative_description_is_the_witness_just_introduced():
    found = claims_of(
        "Un incendie a détruit un entrepôt à Vénissieux, a indiqué la préfecture du Rhône.\n\n"
        "Bastien, 41 ans, habite en face. « Les flammes montaient jusqu'au toit. On a entendu deux "
        "explosions », raconte ce chauffeur routier, encore sous le choc.")
    assert found[-1].speaker.name == "Bastien"


def test_demonstrative_source_still_refers_to_the_source_just_cited():
    found = claims_of(
        "Le suspect a été interpellé lundi, indique une source policière. Il était connu des services, "
        "a précisé cette source.")
    assert [c.speaker.name for c in found] == ["source policière", "source policière"]


def test_farming_role_is_the_person_the_paper_met():
    found = claims_of(
        "Dans le Gers, la sécheresse inquiète. La Dépêche a rencontré Armand Lacoste, 58 ans, qui élève 300 "
        "brebis près d'Auch. « Le foin coûte deux fois plus cher qu'en mars », confie l'éleveur au quotidien. "
        "Selon lui, trois fermes du canton ont déjà fermé.")
    assert [c.speaker.name for c in found] == ["Armand Lacoste", "Armand Lacoste"]


def test_universitaire_is_the_researcher_just_quoted():
    found = claims_of(
        "Un constat que partage Inès Ferrand, chercheuse en agronomie à l'université de Toulouse. « Les "
        "prairies ne se reconstituent plus entre deux étés », note-t-elle. Pour l'universitaire, il faut "
        "revoir les assolements.")
    assert [c.speaker.name for c in found] == ["Inès Ferrand", "Inès Ferrand"]


def test_role_of_no_family_is_the_person_just_named_without_a_role():
    found = claims_of(
        "Le marché de Noël ouvre vendredi à Colmar. Nous avons rencontré Paul Keller, qui tient un stand de "
        "pain d'épices depuis vingt ans. « Les touristes reviennent enfin », se réjouit le commerçant.")
    assert found[-1].speaker.name == "Paul Keller"


def test_role_of_no_family_is_not_a_person_named_with_another_role():
    found = claims_of(
        "Le maire de Colmar, Éric Strauss, a inauguré le marché de Noël vendredi. « Les touristes reviennent "
        "enfin », se réjouit le commerçant.")
    assert found[-1].speaker.name != "Éric Strauss"


def test_role_of_no_family_is_not_the_person_just_quoted():
    found = claims_of(
        "« Je veux savoir ce qui s'est passé », a dit la voisine du pêcheur, Lucie Arnal. "
        "Le commerçant a répondu que les recherches reprendraient lundi.")
    assert found[-1].speaker.name != "Lucie Arnal"


def test_bare_role_keeps_naming_whom_the_article_first_called_so():
    found = claims_of(
        "« Les frontières restent fermées », a déclaré le porte-parole du gouvernement kirghiz, Almaz "
        "Toktogulov, lors d'un point de presse.\n\n"
        "Le bilan « pourrait encore évoluer », a reconnu le porte-parole, interrogé par l'AFP.\n\n"
        "Le porte-parole du ministère kazakh des affaires étrangères, Nurlan Sadykov, a dit regretter la "
        "décision. M. Sadykov a assuré que les échanges reprendraient « rapidement ».\n\n"
        "Interrogé sur ce point, le porte-parole a démenti que le gouvernement ait été prévenu.")
    assert [c.speaker.name for c in found] == [
        "Almaz Toktogulov", "Almaz Toktogulov", "Nurlan Sadykov", "Almaz Toktogulov"]


_STRIKE = (
    "Depuis jeudi, l'usine Brevanor de Vierzon tourne au ralenti. Selon la CFDT, 80 des 140 caristes ont "
    "cessé le travail.\n\n"
    "« On nous impose trois nuits par semaine », explique Rémi Castagné, délégué syndical CFDT.\n\n"
    "« On ne dort plus. »\n\n"
    "D'après le rapport annuel de l'entreprise, les accidents du travail ont doublé en 2025. La médecine du "
    "travail a alerté la direction en mai, a indiqué le syndicat.\n\n"
    "Dans un communiqué, la direction de Brevanor assure que les plannings « respectent la loi ». "
    "L'entreprise dit avoir embauché 12 intérimaires. Elle estime que la grève lui coûte « 80 000 euros "
    "par jour ».")


def test_company_named_by_its_management_speaks_for_the_company_noun():
    speakers = {c.content[:20]: c.speaker.name for c in claims_of(_STRIKE)}
    assert speakers["les plannings « resp"] == "Brevanor"
    assert speakers["avoir embauché 12 in"] == "Brevanor"
    assert speakers["la grève lui coûte «"] == "Brevanor"
    assert speakers["les accidents du tra"] == "Brevanor"


def test_union_is_the_one_named_after_syndical():
    speakers = {c.content[:20]: c.speaker.name for c in claims_of(_STRIKE)}
    assert speakers["La médecine du trava"] == "CFDT"


def test_work_done_under_someone_s_direction_is_not_a_company():
    found = claims_of(
        "L'orchestre a joué sous la direction de Marius Lenoir. Le chef a assuré que la saison serait "
        "« la plus longue de son histoire ». L'entreprise a indiqué que les billets étaient vendus.")
    assert found[-1].speaker.name != "Marius Lenoir"


def test_document_behind_an_elided_article_speaks_as_its_author():
    found = claims_of(
        "Selon l'enquête de la brigade des stupéfiants, le réseau écoulait deux kilos par semaine.")
    assert found[0].speaker.name == "brigade des stupéfiants"
    found = claims_of("D'après l'étude de l'Observatoire régional, les loyers ont augmenté de 8 %.")
    assert found[0].speaker.name == "Observatoire régional"


def test_defendant_named_by_initial_is_le_prevenu_and_manner_is_not_the_speaker():
    found = claims_of(
        "Il se tient droit à la barre. Mathieu K., 47 ans, a été pendant dix ans le comptable de la "
        "coopérative.\n\n"
        "« Je pensais tout rendre avant la fin de l'année », explique le prévenu d'une voix blanche.\n\n"
        "Le président du tribunal, Bernard Ostermann, l'interroge sur les factures.")
    assert found[0].speaker.name.rstrip(".") == "Mathieu K"
    assert found[0].speaker.mention == "le prévenu"


def test_newspaper_described_by_its_leaning_is_the_paper_quoted_before():
    found = claims_of(
        "« La Bourse n'est plus un placement de père de famille. » C'est par ce constat que le Hokkaido "
        "Shimpo ouvre son éditorial du 3 mars.\n\n"
        "Selon le quotidien de centre droit, les ménages ont retiré 2 000 milliards de yens des marchés.")
    assert [c.speaker.name for c in found] == ["Hokkaido Shimpo", "Hokkaido Shimpo"]


def test_unnamed_expert_of_a_named_institute_keeps_the_whole_description():
    found = claims_of(
        "« Baisser les taux ne suffira pas », estime un analyste de la banque d'affaires Norvalis, qui "
        "juge « probable » une récession.")
    assert found[0].speaker.name == "analyste de la banque d'affaires Norvalis"


def test_capitalised_organisation_noun_opens_the_name_and_its_unnamed_staff_keep_their_role_phrase():
    # (the real annotations keep an unnamed member's role as written: "la porte-parole de la fédération")
    found = claims_of(
        "Contactée, la Régie intercommunale (RIE) Loire-Forez, qui gère la distribution, affirme que des "
        "citernes seront déployées. Un technicien de la régie, qui a requis l'anonymat, reconnaît que le "
        "réseau « fuit de partout ».")
    assert [c.speaker.name for c in found] == [
        "Régie intercommunale Loire-Forez", "technicien de la régie"]


def test_staff_of_a_company_introduced_by_its_noun_keep_the_role_phrase():
    found = claims_of(
        "Le fabricant de vélos Véloria a annoncé la fermeture de son usine de Cholet. Un salarié du groupe "
        "affirme que la direction « savait depuis un an ».")
    assert found[-1].speaker.name == "salarié du groupe"


def test_organisation_name_with_an_arabic_and_introduced_by_its_kind():
    found = claims_of(
        "L'association de riverains Nour wa Amal a annoncé mardi qu'elle saisirait le tribunal administratif.")
    assert found[0].speaker.name == "Nour wa Amal"
    assert found[0].speaker.kind == "organisation"


def test_joint_communique_speaks_as_both_bodies():
    found = claims_of(
        "L'annonce est tombée lundi, dans un communiqué conjoint de la préfecture du Var et du conseil "
        "départemental. Selon le communiqué, la baignade restera interdite « jusqu'à nouvel ordre ».")
    assert found[-1].speaker.name == "préfecture du Var et le conseil départemental"
    found = claims_of("Selon un communiqué commun de la mairie et de l'agence régionale de santé, l'eau est potable.")
    assert found[0].speaker.name == "mairie et l'agence régionale de santé"


def test_appeal_to_people_with_a_quoted_aim_is_not_a_claim():
    found = claims_of(
        "Le préfet, Martin Delaunay, a appelé les habitants « à la plus grande prudence ». Il a précisé "
        "que les écoles resteraient fermées.")
    assert [c.content for c in found] == ["les écoles resteraient fermées"]


def test_agency_relaying_a_quotation_and_its_attribution_adds_no_claim():
    found = claims_of(
        "« Nous entrons dans une phase d'urgence », a déclaré mardi le ministre de l'Agriculture, Karim "
        "Benslimane, lors d'une visite à Meknès, rapporte la MAP.")
    assert [(c.kind, c.speaker.name) for c in found] == [("direct", "Karim Benslimane")]


def test_pour_la_premiere_fois_is_no_source():
    found = claims_of(
        "Pour la première fois, la ville va couper l'eau la nuit. Pour l'instant, six quartiers sont concernés. "
        "Pour le maire, Hassan Idrissi, la mesure « ne durera pas ».")
    assert [c.speaker.name for c in found] == ["Hassan Idrissi"]


def test_quoted_intertitle_repeating_a_quotation_is_not_a_claim():
    text = ("Les riverains inquiets\n\n"
            "La mairie a confirmé lundi la fermeture du pont.\n\n"
            "« Personne ne nous a prévenus »\n\n"
            "« On l'a appris par la radio, et personne ne nous a prévenus », s'agace Nadia, 52 ans.")
    found = claims_of(text)
    assert [c.content for c in found if c.kind == "direct"] == [
        "On l'a appris par la radio, et personne ne nous a prévenus"]


def test_quoted_paragraph_continuing_a_speaker_is_kept():
    found = claims_of(
        "« Le pont est fermé depuis lundi », explique Nadia Roux, 52 ans.\n\n"
        "« Personne ne nous a prévenus. »")
    assert [c.speaker.name for c in found] == ["Nadia Roux", "Nadia Roux"]


def test_person_before_a_role_apposition_naming_a_place_or_a_company():
    found = claims_of(
        "Marie-Laure Besson, coordinatrice laïque de la paroisse Saint-Martin, se dit « inquiète ». "
        "Paul Ferrier, directeur de l'usine Brevanor, affirme que les salariés sont « épuisés ».")
    assert [c.speaker.name for c in found] == ["Marie-Laure Besson", "Paul Ferrier"]
    assert found[1].speaker.role == "directeur de l'usine Brevanor"


def test_role_then_a_person_named_in_it_is_still_that_person():
    found = claims_of(
        "Le porte-parole du gouvernement, le secrétaire général du cabinet Akira Sonoda, a assuré mardi que "
        "les livraisons arriveraient « avant la fin du mois ».")
    assert found[0].speaker.name == "Akira Sonoda"


def test_possessive_role_after_a_body_opening_the_sentence_before():
    found = claims_of(
        "La Fédération française de randonnée n'a pas souhaité réagir. Son porte-parole a toutefois rappelé "
        "que les sentiers restaient « ouverts à tous ».")
    assert found[0].speaker.name == "porte-parole de la Fédération française de randonnée"
    found = claims_of(
        "L'Union des commerçants (UDC) n'a pas encore arrêté sa position. Son président a indiqué qu'une "
        "assemblée trancherait le 23 janvier.")
    assert found[0].speaker.name == "président de l'Union des commerçants"


def test_common_noun_opening_a_sentence_before_the_person_is_no_person():
    found = claims_of(
        "Moniteur de ski depuis trente ans, Patrick Donzel est plus amer. « On nous a sacrifiés », lâche-t-il.")
    assert found[-1].speaker.name == "Patrick Donzel"


def test_headline_quote_after_a_clause_goes_to_whoever_the_body_quotes():
    found = claims_of(
        "Le Stade lavallois s'incline à Caen : « On a manqué de tout »\n\n"
        "Laval a perdu samedi (0-3).\n\n"
        "« On a manqué de tout, c'est une soirée à oublier », a reconnu le capitaine lavallois Yanis Moreau.")
    assert [c.speaker.name for c in found] == ["Yanis Moreau", "Yanis Moreau"]


def test_order_of_doctors_is_one_body_and_l_ordre_stands_for_it():
    found = claims_of(
        "Dans un communiqué, le Conseil national de l'ordre des infirmiers a regretté « une mesure "
        "coercitive ». L'ordre estime que « la contrainte n'a jamais fonctionné ».")
    assert [c.speaker.name for c in found] == ["Conseil national de l'ordre des infirmiers"] * 2


def test_elided_role_with_a_party_qualifier_is_the_member_of_that_party():
    found = claims_of(
        "Le sénateur socialiste de l'Aude, Paul Darrieux, a affirmé que le texte était « timide ».\n\n"
        "Le président de la commission des affaires sociales, Hervé Malard (Union centriste), a salué un vote "
        "« historique ». D'après l'élu centriste, l'Assemblée devrait examiner le texte en janvier.")
    assert found[-1].speaker.name == "Hervé Malard"


def test_company_after_a_source_phrase_is_the_company_and_the_european_executive_is_the_commission():
    found = claims_of(
        "La Commission européenne reproche à la plateforme Marketa de ne pas avoir retiré des jouets "
        "dangereux. L'amende représente 2 % de son chiffre d'affaires, a précisé l'exécutif européen.\n\n"
        "Selon la décision, Marketa a laissé en ligne 4 000 jouets non conformes. L'entreprise assure "
        "avoir retiré « 98 % des annonces signalées ».")
    speakers = [c.speaker.name for c in found]
    assert speakers[0] == "Commission européenne"
    assert speakers[-1] == "Marketa"


def test_newspaper_noun_is_not_a_union_or_a_bank_quoted_before():
    found = claims_of(
        "Selon la CGT, 200 salariés sont en grève. D'après la Banque mondiale, la croissance ralentit. "
        "Selon le journal, la direction a convoqué un comité social.")
    assert found[-1].speaker.name not in ("CGT", "Banque mondiale")


def test_impersonal_source_after_a_day_with_its_demonstrative_or_part():
    found = claims_of(
        "Le cycliste a été transporté à l'hôpital. Son pronostic vital n'est plus engagé, a-t-on appris ce "
        "lundi auprès du parquet de Dijon. Son état est stable, a-t-on appris mardi soir auprès de la préfecture.")
    assert [c.speaker.name for c in found] == ["parquet de Dijon", "préfecture"]


def test_role_whose_complement_is_an_organisation_is_not_tied_to_it():
    found = claims_of(
        "Le tribunal a condamné un ancien trésorier de l'AS Rixheim à un an de prison avec sursis. "
        "L'ancien trésorier a reconnu que l'argent avait servi à des paris.")
    assert found[-1].speaker.name != "AS Rixheim"


def test_possessive_role_after_a_body_and_its_verb_and_a_description_used_in_apposition():
    found = claims_of(
        "Le Syndicat des soignants de l’Estrie dénonce des heures supplémentaires obligatoires. Sa présidente "
        "a affirmé que « 30 postes sont vacants ».\n\n"
        "La Dre Nathalie Gagnon, urgentologue à l’Hôpital de Granby, parle d’une situation intenable. « On "
        "soigne des patients dans les corridors », déplore l’urgentologue.")
    assert [c.speaker.name for c in found] == [
        "présidente du Syndicat des soignants de l’Estrie", "Nathalie Gagnon"]


def test_pronoun_after_an_indefinite_role_subject_is_that_anonymous_person():
    found = claims_of(
        "La Dre Nathalie Gagnon, urgentologue à l’Hôpital de Granby, parle d’une situation intenable.\n\n"
        "Une infirmière, qui a requis l’anonymat, raconte des quarts de 16 heures. « On pleure dans nos "
        "autos avant d’entrer », confie-t-elle.")
    assert found[-1].speaker.name == "infirmière"


def test_description_with_statistics_in_parentheses_is_the_player_named_in_the_paragraph_before():
    found = claims_of(
        "Il restait huit secondes quand Malik Derouen a inscrit le panier de la victoire. Le Partizan "
        "Belgrade n'a rien pu faire, et la Halle Berthier a exulté.\n\n"
        "« À la pause, on était morts. On prenait l'eau partout », a admis l'arrière lyonnais (19 points, "
        "5 passes), élu meilleur joueur. « Le vestiaire nous a réveillés. »")
    assert [(c.speaker.name, c.speaker.mention) for c in found] == [("Malik Derouen", "l'arrière lyonnais")]


def test_name_right_after_a_definite_article_is_no_person():
    found = claims_of(
        "Joris Lambrecht a signé le but du break. Le Rapid Vienne n'a jamais réagi.\n\n"
        "« On a été patients », a reconnu le milieu nantais.")
    assert found[-1].speaker.name == "Joris Lambrecht"


def test_role_of_an_organisation_in_the_incise_is_the_person_the_paragraph_opened_with():
    found = claims_of(
        "Le Stade rochelais s'est imposé 27-24 samedi.\n\n"
        "Hervé Quintard, lui, retenait surtout la discipline. « On a pris trois pénalités en seconde "
        "période », a expliqué l'entraîneur du Stade rochelais en conférence de presse. Selon lui, son "
        "groupe a « enfin tenu quatre-vingts minutes ».")
    assert [c.speaker.name for c in found] == ["Hervé Quintard", "Hervé Quintard"]


def test_company_noun_after_the_company_spoke_under_its_name_in_the_paragraph():
    found = claims_of(
        "Brunelva, une enseigne en ligne détenue par le groupe turc Karsel, a été sanctionnée.\n\n"
        "Dans un message transmis à la presse, Brunelva dit « regretter » la sanction. « Nous avons "
        "supprimé des milliers d'annonces depuis janvier », affirme l'entreprise.")
    assert found[-1].speaker.name == "Brunelva"


def test_definite_decision_without_author_is_the_body_whose_act_the_paragraph_before_reports():
    found = claims_of(
        "L'Autorité de la concurrence a infligé mardi une amende de 40 millions d'euros au groupe Velmont.\n\n"
        "Selon la décision, le groupe a imposé des prix minimums à ses distributeurs pendant six ans.")
    assert found[-1].speaker.name == "Autorité de la concurrence"


def test_conference_of_a_profession_is_an_organisation_not_a_person():
    found = claims_of(
        "La Conférence des recteurs de Suisse (CRUS) a indiqué lundi que onze universités avaient gelé leurs "
        "frais d'inscription.")
    assert (found[-1].speaker.name, found[-1].speaker.kind) == ("Conférence des recteurs de Suisse", "organisation")


def test_results_of_an_unsigned_document_speak_as_that_document():
    found = claims_of(
        "Le projet s'appuie sur une consultation menée en mars auprès de 1 200 habitants. D'après ses "
        "résultats, 58 % des habitants veulent une piste cyclable sur le quai.")
    assert found[-1].speaker.name == "consultation menée en mars auprès de 1 200 habitants"


def test_results_of_a_document_with_its_author_still_speak_as_the_author():
    found = claims_of(
        "Le projet s'appuie sur une étude de l'Observatoire régional de la santé. D'après ses résultats, "
        "un habitant sur cinq renonce à consulter.")
    assert found[-1].speaker.name == "Observatoire régional de la santé"


def test_subject_of_an_object_relative_is_the_speaker_not_the_noun_before_que():
    found = claims_of(
        "La maire de Valcluse, Odette Ferrand-Leroux, a fermé la piscine municipale.\n\n"
        "Un collectif proposait de la gérer lui-même. Une idée que la maire dit avoir « examinée de près ». "
        "« Mais personne ne peut chauffer un bassin sans budget », rétorque-t-elle.")
    assert [c.speaker.name for c in found][-2:] == ["Odette Ferrand-Leroux", "Odette Ferrand-Leroux"]


def test_comparative_que_before_the_verb_does_not_cut_the_subject():
    found = claims_of("Le syndicat plus que la direction a estimé que la grève « était inévitable ».")
    assert found[-1].speaker.name != "direction"


def test_unsigned_study_speaks_as_the_scientist_the_article_says_led_it():
    found = claims_of(
        "Les haies réduisent de moitié l'érosion des sols, selon une étude bretonne\n\n"
        "Pendant quatre ans, l'équipe du pédologue Gaël Kerhervé a mesuré les pertes de terre dans douze "
        "parcelles du Trégor.\n\n"
        "Selon ces travaux, les parcelles bordées de haies ont perdu deux fois moins de terre. Les pertes "
        "ont même été divisées par trois sur les pentes fortes, d'après l'étude.")
    assert [c.speaker.name for c in found] == ["Gaël Kerhervé"] * 3


def test_study_of_a_named_body_keeps_the_body_even_when_a_scientist_coordinated_it():
    found = claims_of(
        "Selon une étude de l'Observatoire national du sommeil, les collégiens dorment moins qu'en 2012.\n\n"
        "« C'est une baisse nette », souligne la chercheuse Inès Moulard, qui a coordonné l'étude.\n\n"
        "L'étude montre aussi que les écrans retardent l'endormissement.")
    assert found[-1].speaker.name != "Inès Moulard"


def test_plural_subject_with_a_clitic_before_its_verb_speaks_for_the_coordinated_verb():
    found = claims_of(
        "Le préfet a convoqué une réunion jeudi, a indiqué la mairie.\n\n"
        "Les pêcheurs y enverront trois délégués, mais préviennent qu'ils ne reprendront pas la mer avant "
        "l'abandon du décret.")
    assert found[-1].speaker.name == "pêcheurs"


def test_source_whose_name_lists_its_complements_up_to_its_acronym():
    found = claims_of(
        "D'après la Chambre d'agriculture, de la forêt, de la pêche et de l'élevage (CAFPE), chaque jour de "
        "blocage coûte trois millions d'euros aux exploitants.")
    assert found[-1].speaker.name == "Chambre d'agriculture, de la forêt, de la pêche et de l'élevage"
    assert found[-1].content.startswith("chaque jour de blocage")


def test_quote_after_a_second_coordinated_verb_is_that_verbs_claim():
    found = claims_of(
        "Lucas Ferrandon a inscrit le but de la victoire samedi.\n\n"
        "Ce dernier a admis souffrir d'une cheville, mais a assuré qu'il serait « bien présent » pour le "
        "derby.")
    last = found[-1]
    assert (last.content, last.cue, last.speaker.name) == (
        "il serait « bien présent » pour le derby", "a assuré", "Lucas Ferrandon")


def test_quoted_word_in_a_relative_clause_after_the_incise_is_no_claim():
    found = claims_of(
        "« Je comprends la réforme. Mais un secteur de trente communes, ce n'est plus une paroisse », "
        "estime le pasteur Élie Martineau, qui redoute un « abandon » des villages. Il assure toutefois qu'il "
        "« suivra loyalement » la décision du synode.")
    assert [c.cue for c in found] == ["estime", "assure"]
    assert not any("redoute" in c.content for c in found)


def test_pronoun_source_with_no_comma_inside_a_relative_clause():
    found = claims_of(
        "La ministre des Transports, Sophie Vandamme, a défendu le péage urbain. « Il faut oser », a-t-elle "
        "lancé, citant l'exemple de Stockholm, où selon elle la mesure « a réduit le trafic d'un cinquième ».")
    last = found[-1]
    assert (last.content, last.speaker.name) == ("la mesure « a réduit le trafic d'un cinquième »", "Sophie Vandamme")


def test_description_closed_by_an_age_is_the_person_just_named():
    found = claims_of(
        "Une cinquantaine de riverains ont manifesté devant la gare. Parmi eux, Léa Fontvieille, infirmière "
        "de nuit, qui habite à Vierzon. « Sans le train de 6 heures, je ne peux plus aller travailler », "
        "s'inquiète la jeune femme de 29 ans.")
    assert [c.speaker.name for c in found] == ["Léa Fontvieille"]


def test_role_sharing_a_nationality_with_a_counterpart_is_that_counterpart():
    found = claims_of(
        "Le ministre malien des Mines, Adama Sissoko, a déclaré que l'accord serait signé. Son homologue "
        "nigérien, Ibrahim Maïga, a indiqué que son pays voulait d'abord des garanties. Le ministre nigérien "
        "a reconnu que le calendrier restait « très serré ».")
    assert [c.speaker.name for c in found] == ["Adama Sissoko", "Ibrahim Maïga", "Ibrahim Maïga"]


def test_feminine_role_finds_the_lawyer_named_by_her_title():
    found = claims_of(
        "Le tribunal de Rennes a jugé jeudi un ancien notaire. En défense, Me Odile Carrasco avait plaidé "
        "la relaxe. « Mon client n'a rien caché », avait soutenu l'avocate.")
    assert found[-1].speaker.name == "Odile Carrasco"


def test_age_noun_is_the_person_tied_to_the_role_given_that_age():
    found = claims_of(
        "Le tribunal a condamné un plombier de 46 ans pour escroquerie.\n\n"
        "Le tribunal de Brest a condamné Jonas Kerhervé, plombier à Landerneau, à un an ferme. En défense, "
        "Me Odile Carrasco avait plaidé la relaxe.\n\n"
        "À la barre, le quadragénaire avait reconnu « des erreurs ». « Je rembourserai tout », avait-il promis.")
    assert [c.speaker.name for c in found][-2:] == ["Jonas Kerhervé", "Jonas Kerhervé"]


def test_first_author_named_after_another_apposition_speaks_for_the_study():
    found = claims_of(
        "Selon l'étude, publiée mardi, la colonie compte 400 oiseaux.\n\n"
        "« Nous ne les attendions pas si nombreux », a expliqué l'ornithologue Maëlle Kerbrat, chercheuse au "
        "CNRS de Brest et première autrice de l'étude.\n\n"
        "Le port se trouve à proximité. La chercheuse a indiqué que le trafic restait « faible ».\n\n"
        "Spécialiste des oiseaux marins, Inès Laborde, qui n'a pas participé aux travaux, a jugé l'étude « solide ».")
    assert [c.speaker.name for c in found][:3] == ["Maëlle Kerbrat"] * 3


def test_elle_after_an_unnamed_source_opening_the_sentence_is_that_source():
    found = claims_of(
        "Le ministre des Transports, Paul Verdier, a affirmé que la ligne rouvrirait en juin. « Tout est prêt », "
        "a-t-il ajouté.\n\n"
        "Une source à la direction de la SNCF, jointe par notre rédaction, tempère ce calendrier. Selon elle, "
        "les essais ne commenceront pas avant l'automne.")
    assert found[-1].speaker.name == "source à la direction de la SNCF"


def test_nationality_noun_after_a_quote_is_the_person_just_named():
    found = claims_of(
        "En face, l'entraîneur de Gdansk, Piotr Nowacki, ne cachait pas sa déception. « Nous avons manqué "
        "de lucidité », a reconnu le Polonais.")
    assert [c.speaker.name for c in found] == ["Piotr Nowacki"]


def test_goalkeeper_called_the_portier_is_the_goalkeeper():
    found = claims_of(
        "Auteur de 14 arrêts, le gardien Malo Rivière a été élu homme du match. « Je voyais tout », a souri "
        "le portier au micro de la radio locale.")
    assert [c.speaker.name for c in found] == ["Malo Rivière"]


def test_name_of_a_station_before_the_witness_is_no_person():
    found = claims_of(
        "La panne a duré neuf heures.\n\n"
        "Sur le quai de la station Parker's Landing, Josée Tremblay, une infirmière, a attendu une heure. "
        "« J'ai raté le début de mon quart », raconte-t-elle.")
    assert [c.speaker.name for c in found] == ["Josée Tremblay"]


def test_party_label_glued_before_a_name_is_not_part_of_it():
    found = claims_of(
        "Dans l'opposition, Verdure et Solidaires ont dénoncé « un cadeau ». « On nous avait promis l'inverse », "
        "a réagi le député Verdure Anouk Delvaux.")
    assert found[-1].speaker.name == "Anouk Delvaux"


def test_valuation_participle_is_no_reporting_verb():
    found = claims_of(
        "Le ministre a précisé que l'État paierait la moitié des travaux, estimés à 1,2 milliard d'euros, "
        "et que les prix seraient plafonnés.")
    assert len(found) == 1 and found[0].cue == "a précisé"


def test_judgment_speaks_for_the_court_that_convicted_two_sentences_before():
    found = claims_of(
        "12 mars 2026. - Le Tribunal correctionnel (TC) de Sion a condamné jeudi un ancien notaire, Rémi "
        "Bessard, à trois ans de prison. L'homme de 61 ans était accusé d'abus de confiance.\n\n"
        "Selon le jugement, l'accusé « savait que les fonds ne lui appartenaient pas ».")
    assert [(c.speaker.name, c.cue) for c in found] == [("Tribunal correctionnel de Sion", "Selon")]


def test_inverted_subject_after_a_place_adjunct_and_a_role_in_apposition():
    found = claims_of(
        "« Les électeurs nous ont fait confiance », a déclaré dimanche soir, au siège du parti à Tirana, la tête "
        "de liste du PSD, l'ancien ministre de la Santé Arben Kola.")
    assert [c.speaker.name for c in found] == ["Arben Kola"]


def test_titles_listed_under_sources_do_not_lengthen_a_company_name():
    found = claims_of(
        "Le fabricant néerlandais Brokma a annoncé qu'il rachetait son concurrent. L'offre valorise chaque "
        "action à 12 euros, a précisé Brokma.\n\n"
        "Sources\n\n"
        "(en) « Investors Back Brokma Offer », Bloomberg, 2 novembre 2026.")
    assert [c.speaker.name for c in found] == ["Brokma", "Brokma"]


def test_the_company_is_the_one_named_with_its_short_form_not_the_town():
    found = claims_of(
        "Épinal : les Tanneries de la Moselle en difficulté\n\n"
        "Le tribunal a placé lundi en redressement les Tanneries de la Moselle (TDM), qui emploient 90 "
        "salariés à Épinal.\n\n"
        "L'entreprise a expliqué que ses commandes avaient reculé de 30 %.")
    assert found[-1].speaker.name == "Tanneries de la Moselle"


def test_acronym_and_region_take_the_long_name_spelled_by_its_initials_and_the_agency_is_it():
    found = claims_of(
        "La Caisse primaire d'assurance maladie a confirmé la fermeture de l'accueil.\n\n"
        "La CPAM Bretagne a précisé que l'accueil fermerait en janvier. Selon la caisse, trois agents sont "
        "partis en retraite.")
    assert [c.speaker.name for c in found] == ["Caisse primaire d'assurance maladie Bretagne"] * 2


def test_bare_court_is_its_fuller_name_given_before():
    found = claims_of(
        "Vendredi, le tribunal correctionnel de Valence a condamné un promoteur à deux ans de prison.\n\n"
        "Dans ses motivations, le tribunal a relevé que le prévenu avait « menti à ses clients ».")
    assert [c.speaker.name for c in found] == ["tribunal correctionnel de Valence"]


def test_public_body_noun_and_adjective_is_the_body_named_with_an_accented_short_form():
    found = claims_of(
        "Les coupures vont s'allonger après l'annonce mardi par Énergie du Sahel (EDS) d'un rationnement. "
        "Dans un communiqué, l'office public a indiqué que ses stocks « ne couvrent plus que dix jours ».")
    assert [c.speaker.name for c in found] == ["Énergie du Sahel"]


def test_role_with_a_complement_in_the_standfirst_is_the_person_the_body_gives_that_role():
    found = claims_of(
        "Grève chez Valtex\n\n"
        "Le PDG du groupe assure que 40 postes seront créés.\n\n"
        "La direction de Valtex a ouvert des négociations. Son PDG, Arnaud Chevrier, a assuré que les "
        "embauches commenceraient en juin.")
    assert [c.speaker.name for c in found] == ["Arnaud Chevrier", "Arnaud Chevrier"]


def test_numbered_short_form_of_several_words_is_the_long_name():
    found = claims_of(
        "L'Union départementale CGT de l'Isère (UD CGT 38) a dénoncé « un coup de communication ». "
        "Selon l'UD CGT 38, la grève sera reconduite jeudi.")
    assert [c.speaker.name for c in found] == ["Union départementale CGT de l'Isère"] * 2


def test_status_noun_after_a_quote_is_the_person_the_paragraph_introduced():
    found = claims_of(
        "Un immeuble a brûlé à Dax.\n\n"
        "Marie-Claire Etxeberria, 67 ans, habite au troisième étage. « J'ai pris mon chat et je suis "
        "descendue », raconte la retraitée.")
    assert [c.speaker.name for c in found] == ["Marie-Claire Etxeberria"]


def test_the_institution_is_the_body_just_named_with_its_short_form():
    found = claims_of(
        "La Banque centrale du Sahel (BCS) a annoncé lundi le gel des retraits. Dans un communiqué, "
        "l'institution a indiqué que ses réserves « ne suffisent plus ».")
    assert [c.speaker.name for c in found] == ["Banque centrale du Sahel"]


def test_description_with_a_nationality_after_a_quote_is_the_person_of_the_paragraph():
    found = claims_of(
        "Le demi-centre Iker Arrieta, auteur de neuf buts, a été élu meilleur joueur. « J'étais bien », "
        "a confié l'Espagnol.\n\n"
        "En face, le technicien hongrois Bence Farkas ne cachait pas sa déception. « Nous avons perdu trop de "
        "ballons », a regretté l'ancien international serbe.")
    assert [c.speaker.name for c in found] == ["Iker Arrieta", "Bence Farkas"]


def test_capitalised_noun_opening_an_apposition_is_no_person():
    found = claims_of(
        "Les pharmacies ferment samedi.\n\n"
        "Boulangère à Millau, Inès Roques craint pour son commerce. « Je travaille douze heures par jour », "
        "confie-t-elle.")
    assert [c.speaker.name for c in found] == ["Inès Roques"]


def test_indefinite_witness_with_a_relative_clause_then_a_pronoun():
    found = claims_of(
        "La maire a pris acte de la décision.\n\n"
        "Un commerçant du centre-ville, qui a requis l'anonymat, regrette la décision. « La situation devient "
        "intenable », dit-il.")
    assert [(c.speaker.name, c.content) for c in found] == [
        ("commerçant du centre-ville", "La situation devient intenable")]


def test_club_and_adjective_is_the_body_opening_the_sentence_before():
    found = claims_of(
        "Le Genève-Servette HC a annoncé lundi le départ de son entraîneur. Le club genevois précise dans un "
        "communiqué que l'intérim sera assuré par son assistant.")
    assert [c.speaker.name for c in found] == ["Genève-Servette HC"]


def test_hyphenated_region_after_a_bracketed_short_form_completes_the_long_name():
    found = claims_of(
        "L'Agence régionale de santé (ARS) Bourgogne-Franche-Comté a confirmé lundi la fermeture. L'ARS "
        "assure que la sécurité des patientes prime.")
    assert found[-1].speaker.name == "Agence régionale de santé Bourgogne-Franche-Comté"


def test_nationality_noun_is_the_subject_of_the_sentence_before_not_an_event_named_there():
    found = claims_of(
        "Luka Mezgec a remporté mercredi la 14e étape du Tour de France au sommet du Plateau de Beille. "
        "« J'avais de bonnes jambes », a déclaré le Slovène.")
    assert [c.speaker.name for c in found] == ["Luka Mezgec"]


def test_generic_document_noun_is_the_author_of_the_report_named_before():
    found = claims_of(
        "Le rapport de la Cour régionale des comptes sur la gestion du port, publié mardi, est sévère. "
        "Selon le document, trois marchés publics n'ont reçu qu'une offre. Le texte relève aussi que "
        "deux grues ont été payées le double de leur prix.")
    assert [c.speaker.name for c in found] == ["Cour régionale des comptes"] * 2


def test_document_published_by_a_body_in_a_relative_clause_speaks_for_it():
    found = claims_of(
        "Le chiffre figure dans les recommandations que l'Observatoire régional des prisons (ORP) a publiées "
        "lundi après une visite de la maison d'arrêt de Vannes. Selon le document, 40 détenus dorment au sol.")
    assert found[-1].speaker.name == "Observatoire régional des prisons"


def test_judgment_is_the_court_that_opened_the_previous_sentence():
    found = claims_of(
        "Le tribunal correctionnel de Bastia a condamné mardi un ancien maire à deux ans de prison. "
        "Selon le jugement, il a perçu 200 000 euros de pots-de-vin.")
    assert found[-1].speaker.name == "tribunal correctionnel de Bastia"


def test_party_label_between_role_and_name_is_no_part_of_the_name():
    found = claims_of("Le conseiller communal Ecolo Martin Dubreuil estime que la commune a trop attendu. "
                      "Pour l'élue Verte Anne Bovay, la piste cyclable est indispensable.")
    assert [c.speaker.name for c in found] == ["Martin Dubreuil", "Anne Bovay"]


def test_party_adjective_in_a_role_before_the_named_person_is_no_speaker():
    found = claims_of(
        "Le chef de file Ecolo au conseil communal, Martin Dubreuil, rappelle que « des fissures avaient été "
        "signalées » et estime que la commune « aurait dû agir plus tôt ». Il annonce qu'il interpellera le collège.\n\n"
        "« Nous voulons rendre l'espace aux piétons », a expliqué la municipale Verte chargée de la mobilité, "
        "Anne Bovay.\n\nLe parti Ecolo a dénoncé une « faute grave ».")
    assert [c.speaker.name for c in found] == ["Martin Dubreuil"] * 3 + ["Anne Bovay", "Ecolo"]


def test_capitalised_head_of_an_organisation_is_its_whole_name():
    found = claims_of(
        "L'Agence de contrôle de la natation (ACN) a annoncé lundi qu'un nageur était suspendu.\n\n"
        "La Direction régionale des sports a indiqué que la piscine resterait ouverte. Selon la Direction, "
        "aucun autre contrôle n'est prévu.")
    assert [c.speaker.name for c in found] == ["Agence de contrôle de la natation", "Direction régionale des sports",
                                               "Direction régionale des sports"]


def test_capitalised_head_written_with_two_fuller_names_stays_as_written():
    found = claims_of(
        "La Direction régionale des sports et la Direction des routes se sont réunies. "
        "Selon la Direction, aucun contrôle n'est prévu.")
    assert found[-1].speaker.name == "Direction"


_TRIAL = (
    "Jugé mardi par le tribunal correctionnel de Dole, Armand Pécoul, 58 ans, ancien trésorier du RC Jura "
    "Doubs, a écopé d'un an de prison avec sursis.\n\n"
    "Armand Pécoul avait détourné 90 000 euros entre 2019 et 2023, selon l'enquête. La procureure "
    "Odile Ferrand avait requis deux ans.\n\n"
    "À la barre, {role} a reconnu des « erreurs ». « Je voulais rembourser le club », a-t-il assuré.")


def test_situational_role_tied_to_nobody_is_the_person_the_article_is_about():
    found = claims_of(_TRIAL.format(role="le prévenu"))
    assert found[-1].speaker.name == "Armand Pécoul"


def test_role_held_by_someone_else_is_not_the_main_person():
    found = claims_of(_TRIAL.format(role="le témoin").replace("La procureure Odile Ferrand",
                                                                "Le témoin Paul Garnier"))
    assert found[-1].speaker.name != "Armand Pécoul"


def test_role_with_a_list_of_complements_is_tied_to_the_name_after_it():
    found = claims_of(
        "Le tarif du ferry baissera en janvier, a annoncé lundi à Ziguinchor le ministre des Transports, "
        "de la Mer et des Ports, Ibrahima Sow Ndour, en présence d'élus.\n\n"
        "Le maire de la ville, Alioune Badji, a salué la mesure.\n\n"
        "Le ministre des Transports a indiqué que deux navires seraient livrés en 2027.")
    assert found[-1].speaker.name == "Ibrahima Sow Ndour"


def test_accented_syllable_short_form_used_alone_is_the_long_name_it_follows():
    found = claims_of(
        "Le sélectionneur a quitté ses fonctions, selon un message publié sur le site de la Fédération "
        "malienne de football (Fémafoot).\n\nSelon la Fémafoot, la séparation s'est faite à l'amiable.")
    assert [c.speaker.name for c in found] == ["Fédération malienne de football"]


def test_quant_au_role_with_its_place_is_the_subject_of_the_pronoun_after_it():
    found = claims_of(
        "« On m'a prévenue la veille au soir », raconte une retraitée de 71 ans.\n\n"
        "Quant au maire de Vannes, il a assuré que les opérations reprendraient lundi.")
    assert [c.speaker.name for c in found][-1] == "maire de Vannes"


def test_a_bare_apposition_after_a_body_does_not_take_its_place_as_the_subject():
    found = claims_of("La Ville de Vannes, principal financeur après l'État, a rappelé dans un communiqué avoir "
                      "maintenu sa subvention.")
    assert [c.speaker.name for c in found] == ["Ville de Vannes"]



def test_an_intercommunal_body_in_a_role_is_no_person_a_role_noun_can_refer_to():
    found = claims_of(
        "La ligne D est repoussée « au plus tôt à l'automne », a annoncé lundi le président de Tours Val "
        "Métropole, Jean Dubreuil.\n\n« On ne mettra pas un tram en circulation sans garantie », a justifié l'élu.")
    assert [c.speaker.name for c in found] == ["Jean Dubreuil", "Jean Dubreuil"]


def test_role_with_a_place_complement_is_the_person_of_the_narration():
    found = claims_of("Enceinte de son deuxième enfant, Laurence Tétreault doit accoucher le 28 décembre. « Longueuil, "
                      "c'est au moins 40 minutes de route », raconte la résidente d'Iberville.")
    assert found[-1].speaker.name == "Laurence Tétreault"


def test_pronoun_after_a_club_s_president_is_the_president_not_the_club():
    found = claims_of("Pour le président du Royal Liège Natation, Didier Wathelet, « c'est toute une saison qui est "
                      "compromise ». Il affirme que ses 420 affiliés n'ont « aucune solution de repli ».")
    assert [c.speaker.name for c in found] == ["Didier Wathelet", "Didier Wathelet"]
