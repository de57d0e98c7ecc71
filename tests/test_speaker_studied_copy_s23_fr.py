"""French speaker rules found on the copy studied in session 23: a union's whole name ("chargées et
chargés", "de l'Université du Québec à Rimouski", "d'officine"), "un communiqué du ministère", a
lower-case word with a macron, an agent in apposition before a colon, a role after an age, "l'ancien
édile", a participle whose pronoun subject is the person the paragraph named, a source quoted "sous
couvert d'anonymat", "le DG", "la direction" of a company named with its legal form, a body
publishing a statement quoted after a colon. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_union_named_with_both_genders_and_a_university_in_a_town():
    text = ("Grève à l'université\n\nPrès de 3000 étudiants sont privés de cours. Le syndicat affirme que ses membres "
            "gagnent 8 % de moins.\n\nLe Syndicat des chargées et chargés de cours de l'Université du Québec à Chicoutimi "
            "(SCCCUQAC) a déclenché lundi une grève.\n\nSelon le syndicat, un cours de 45 heures est payé 10 500 $.\n")
    whole = "Syndicat des chargées et chargés de cours de l'Université du Québec à Chicoutimi"
    assert speaker_of(text, "8 % de moins", "fr") == whole
    assert speaker_of(text, "10 500 $", "fr") == whole


def test_a_union_named_short_before_its_whole_name():
    text = ("Pénurie\n\nPlus de 200 médicaments manquent, selon le syndicat des pharmaciens.\n\n"
            "Selon le Syndicat des pharmaciens d'officine du Maroc (SPOM), la liste s'allonge chaque semaine.\n")
    assert speaker_of(text, "200 médicaments", "fr") == "Syndicat des pharmaciens d'officine du Maroc"


def test_a_statement_of_the_ministry_is_the_ministry_named_before():
    text = ("Pénurie\n\nLe ministère de la Santé a annoncé mardi une cellule de crise. Selon un communiqué du ministère, "
            "un stock de trois mois sera constitué.\n")
    assert speaker_of(text, "stock de trois mois", "fr") == "ministère de la Santé"


def test_a_lower_case_word_with_a_macron_is_no_name():
    text = ("Budget\n\nLe tāvana, Heimana Teri, a défendu un budget « tourné vers les familles ». Parmi les projets : "
            "un centre aquatique. « Une maman de Tamanu met une heure pour descendre à la mairie », a-t-il expliqué.\n")
    assert speaker_of(text, "Une maman de Tamanu", "fr") == "Heimana Teri"


def test_the_agent_before_a_colon_with_its_name_in_apposition():
    text = ("Procès\n\nUn argument balayé par la procureure, Lucie Marsan : « Quitter la salle ne suffit pas. » "
            "La magistrate a rappelé que le terrain valait le double.\n")
    assert speaker_of(text, "Quitter la salle", "fr") == "Lucie Marsan"
    assert speaker_of(text, "valait le double", "fr") == "Lucie Marsan"


def test_the_former_mayor_is_the_mayor_named_after_his_age():
    text = ("Procès\n\nLe tribunal a condamné Gilles Brun, 67 ans, maire de Saint-Agrève de 2008 à 2026.\n\n"
            "Selon le parquet, le prix de vente était trop bas.\n\n"
            "Lors de l'audience, jeudi après-midi, l'ancien édile a nié toute faute. "
            "« J'ai quitté la salle au moment du vote », a-t-il martelé.\n")
    assert speaker_of(text, "quitté la salle", "fr") == "Gilles Brun"


def test_a_participle_whose_pronoun_is_the_person_the_paragraph_named():
    text = ("Verdict\n\nLe juge a condamné Kenji Mori.\n\n"
            "« Cette condamnation ne ramènera pas ma fille », a réagi Aiko Sato, mère d'une victime.\n\n"
            "Kenji Mori, 68 ans, est resté silencieux. Lors de l'audience de septembre, il avait présenté ses "
            "excuses aux familles, déclarant : « Je porte la responsabilité morale de ce drame. »\n")
    assert speaker_of(text, "responsabilité morale", "fr") == "Kenji Mori"


def test_a_source_quoted_under_anonymity_by_a_newspaper_is_not_the_newspaper():
    text = ("Autocars\n\nUn responsable d'une association de chauffeurs, cité sous couvert d'anonymat par le quotidien "
            "Mainichi Shimbun, a estimé que les cadences restaient « intenables ».\n")
    assert speaker_of(text, "cadences", "fr") == "responsable d'une association de chauffeurs"


def test_the_dg_is_the_director_general_named_with_his_title():
    text = ("Hôpital\n\nContacté samedi, le directeur général de l'hôpital Laquintinie, le Dr Paul Ekane, reconnaît "
            "des retards. « Trois mois de primes seront payés », assure-t-il. Quant aux véhicules, le DG affirme "
            "qu'ils ont été financés à part.\n")
    assert speaker_of(text, "financés à part", "fr") == "Paul Ekane"


def test_the_management_is_the_company_named_with_its_legal_form():
    text = ("Emploi\n\nCoup dur à Porrentruy. Horlofer Décolletage SA va supprimer 60 de ses 200 postes, "
            "a annoncé jeudi la direction lors d'une séance d'information.\n")
    assert speaker_of(text, "60 de ses 200 postes", "fr") == "Horlofer Décolletage SA"


def test_a_statement_a_body_published_quoted_after_a_colon():
    text = ("Grève\n\nLe ministère de l'Éducation a annoncé des mesures.\n\n"
            "Le ministère a publié mardi soir un communiqué dont voici un extrait :\n\n"
            "« Les salaires seront versés lundi.\n\n"
            "« Les enseignants qui ne reprennent pas le travail seront sanctionnés. »\n")
    assert speaker_of(text, "salaires seront versés", "fr") == "ministère de l'Éducation"


def test_a_newspaper_title_keeps_its_own_article():
    text = ("Coalition\n\nLe Parti paysan a fait savoir mercredi qu'il ne voterait pas le texte. Selon le quotidien "
            "néerlandais De Volkskrant, le gouvernement n'aurait plus de majorité.\n")
    assert speaker_of(text, "plus de majorité", "fr") == "De Volkskrant"


def test_a_newspaper_title_with_a_capitalised_common_word_after_an_inverted_verb():
    text = ("Espagne\n\nL'Audience provinciale de Cadix a condamné mardi l'ancien maire à six ans de prison, rapporte "
            "le quotidien Diario Sur.\n")
    assert speaker_of(text, "six ans de prison", "fr") == "Diario Sur"


def test_the_tavana_is_the_mayor_named_in_apposition():
    text = ("Budget\n\nLe tāvana, Teva Rohi, a défendu le budget. Le tāvana a également annoncé que les travaux "
            "débuteraient en mai.\n")
    assert speaker_of(text, "travaux débuteraient", "fr") == "Teva Rohi"


def test_quotations_closed_by_incises_of_press_copy():
    quote = "« Une séance coûte 60 000 FCFA dans le privé. Qui peut payer cela ? », "
    for incise, speaker in (("s'est-il interrogé", None), ("s'est-elle indignée", None), ("se plaint-elle", None),
                            ("a-t-il calculé", None), ("se souvient-elle", None), ("se défend-il", None),
                            ("s'esclaffe-t-il", None), ("se lamente-t-elle", None), ("rigole-t-il", None),
                            ("a défendu le directeur général, Éric Moreau", "Éric Moreau"),
                            ("se plaint Rosine Adjovi", "Rosine Adjovi")):
        found = claims_of(f"Dialyse\n\n{quote}{incise}.\n", "fr")
        assert [c.kind for c in found] == ["direct"], incise
        assert (found[0].speaker.name if found[0].speaker else None) == speaker, incise


def test_defend_with_a_noun_and_no_quotation_is_no_claim():
    assert claims_of("Bilan\n\nL'élu a défendu son bilan devant le conseil municipal.\n", "fr") == []
    assert claims_of("Justice\n\nLa commerçante a porté plainte contre son voisin.\n", "fr") == []
    assert claims_of("Souvenirs\n\nIl se souvient de son enfance à Lyon.\n", "fr") == []


def test_a_second_verb_after_a_subject_with_an_apposition():
    text = ("Grève\n\nLe Syndicat national des infirmiers, affilié à la Confédération du travail, a apporté son soutien aux "
            "grévistes et a annoncé qu'il appellerait à un arrêt de travail de 48 heures.\n")
    assert speaker_of(text, "arrêt de travail", "fr") == "Syndicat national des infirmiers"


def test_a_finding_with_a_noun_object_inside_a_que_clause_is_no_second_report():
    text = ("Dopage\n\nL'Union cycliste européenne (UCE) a annoncé jeudi la suspension du coureur.\n\n"
            "L'instance a précisé que l'analyse avait confirmé la présence d'EPO.\n")
    assert speaker_of(text, "présence d'EPO", "fr") == "Union cycliste européenne"


def test_a_body_named_by_its_noun_and_its_seat():
    text = ("Dopage\n\nL'Union cycliste européenne (UCE) a annoncé jeudi la suspension du coureur, contrôlé positif à l'EPO.\n\n"
            "Dans un communiqué publié sur son site, l'instance basée à Nyon, en Suisse, a précisé que l'analyse avait "
            "confirmé « sans ambiguïté » la présence du produit.\n")
    assert speaker_of(text, "sans ambiguïté", "fr") == "Union cycliste européenne"



def test_a_ruling_then_a_titled_person_opening_the_clause():
    text = "Procès\n\nLe tribunal a condamné l'ancien directeur.\n\nSelon l'arrêt, M. Lemoine, ancien directeur, savait que les comptes étaient faux.\n"
    assert claims_of(text, "fr")[-1].content.startswith("M. Lemoine, ancien directeur, savait")
