"""French speaker rules found on the copy studied in session 20: bodies qualified by a nationality,
a referee named after a player's quote, a headline topic that the article writes in lower case,
adjuncts and audiences between a verb and "que", a body known by its role noun or its legal form,
regional bodies and their territory, anonymous descriptions completed by a place, outlets before
the speaker's name. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_body_qualified_by_its_nationality_is_no_other_body_of_that_kind():
    text = ("Titre\n\nLe joueur ne jouera pas le dernier test, a indiqué dimanche la fédération irlandaise (IRFU).\n\n"
            "La fédération fidjienne a fait savoir qu'elle ne ferait pas appel.\n")
    assert speaker_of(text, "ne ferait pas appel", "fr") == "fédération fidjienne"


def test_a_referee_named_in_the_next_paragraph_is_not_the_player_who_wrote():
    text = ("Titre\n\nLe capitaine, Josua Ratu, a été suspendu trois semaines.\n\n"
            "« Je respecte la décision », a écrit le joueur dimanche sur ses réseaux sociaux.\n\n"
            "L'ancien arbitre international anglais Robert Ashby a estimé que la peine était trop légère.\n")
    assert speaker_of(text, "Je respecte", "fr") != "Robert Ashby"


def test_a_headline_topic_the_article_writes_in_lower_case_speaks_no_claim():
    text = ("Rugby : le capitaine des Fidji suspendu trois semaines pour un plaquage\n\nlundi 23 novembre 2026\n\n"
            "Le capitaine de l'équipe de rugby à XV a été suspendu, a annoncé lundi World Rugby.\n")
    assert not any(c.content.startswith("le capitaine des Fidji") for c in claims_of(text, "fr"))


def test_adjuncts_between_commas_before_que():
    text = ("Titre\n\nL'ancien arbitre Robert Ashby a estimé au contraire, dans une chronique publiée par le Daily "
            "Telegraph, que la réduction de peine envoyait « un très mauvais signal ».\n")
    assert speaker_of(text, "mauvais signal", "fr") == "Robert Ashby"


def test_an_audience_and_a_place_before_que():
    text = ("Titre\n\nL'un des rescapés, âgé de 19 ans, a raconté à la radio publique RNZ depuis l'hôpital de "
            "Christchurch que le chalutier s'était couché « en quelques secondes ».\n")
    assert speaker_of(text, "en quelques secondes", "fr") == "un des rescapés"


def test_the_outlet_after_a_verb_with_its_pronoun_is_no_antecedent():
    text = ("Titre\n\nLe géologue Paul-Henri Duroc n'est pas surpris. « Les pluies ont été exceptionnelles », "
            "explique-t-il à France 3 Normandie. Selon lui, d'autres pans « pourraient suivre ».\n")
    assert speaker_of(text, "pourraient suivre", "fr") == "Paul-Henri Duroc"


def test_a_body_described_by_a_role_noun_speaks_under_that_noun_later():
    text = ("Titre\n\nLa circulation a été interrompue mercredi, a annoncé le gestionnaire du réseau ferré italien, "
            "Rete Ferroviaria Nazionale (RFN).\n\nSelon RFN, les fissures ont été repérées mardi soir. Le "
            "gestionnaire a précisé que « aucun train ne franchira l'ouvrage ».\n")
    assert speaker_of(text, "aucun train", "fr") == "Rete Ferroviaria Nazionale"


def test_a_company_speaks_under_its_legal_form():
    text = ("Allemagne : le fabricant de vélos électriques Veltrad se déclare insolvable\n\nmardi 17 novembre 2026\n\n"
            "Le fabricant allemand de vélos électriques Veltrad GmbH a déposé lundi une demande d'insolvabilité auprès "
            "du tribunal de Leipzig, a rapporté le quotidien Leipziger Zeitung. Quelque 1 100 salariés sont concernés."
            "\n\nDans un communiqué publié lundi soir, l'entreprise a expliqué que l'effondrement des ventes avait "
            "rendu sa situation « intenable ».\n")
    assert speaker_of(text, "effondrement des ventes", "fr") == "Veltrad GmbH"


def test_a_regional_body_keeps_its_territory():
    text = ("Titre\n\nLa maternité a réalisé 1 412 accouchements en 2025, selon les chiffres de l'agence régionale de "
            "santé (ARS) Centre-Val de Loire. Contactée, l'ARS indique qu'un « plan de renfort » est à l'étude.\n")
    assert speaker_of(text, "1 412", "fr") == "agence régionale de santé Centre-Val de Loire"
    assert speaker_of(text, "plan de renfort", "fr") == "agence régionale de santé Centre-Val de Loire"


def test_an_anonymous_description_keeps_the_place_that_completes_it():
    text = ("Titre\n\nUn cadre d'une banque dépositaire de la place, qui souhaite rester anonyme, estime que "
            "« d'autres annonces suivront ».\n")
    assert speaker_of(text, "autres annonces", "fr") == "cadre d'une banque dépositaire de la place"


def test_a_company_name_keeps_its_spanish_del():
    text = ("Titre\n\nL'exploitant de l'usine, la société Químicos del Norte, a indiqué qu'il « coopère pleinement ». "
            "L'entreprise a affirmé que ses installations avaient passé une inspection.\n")
    assert speaker_of(text, "passé une inspection", "fr") == "Químicos del Norte"


def test_the_person_after_the_outlet_of_au_micro_de():
    text = "Titre\n\n« Ce n'est plus tenable », explique au micro de Bel RTL Mehdi Amrouche, délégué CNE.\n"
    assert speaker_of(text, "plus tenable", "fr") == "Mehdi Amrouche"
    text = "Titre\n\n« On va trier les patients », a réagi au micro de RRB Élodie Kanéré, infirmière.\n"
    assert speaker_of(text, "trier les patients", "fr") == "Élodie Kanéré"


def test_ceo_is_a_role_before_a_name_in_french():
    text = "Titre\n\n« Nous ne fermons rien à Luxembourg », explique à Paperjam son CEO, Thomas Reiland.\n"
    assert speaker_of(text, "ne fermons rien", "fr") == "Thomas Reiland"


def test_an_indefinite_role_in_the_headline_is_the_one_person_the_body_ties_to_it():
    text = ("Gazole non routier : « Nos trésoreries sont à sec », alerte un éleveur de la Vienne sur Sud Radio\n\n"
            "Invité de Sud Radio ce mardi matin, Bernard Moisan, éleveur de bovins et président de la Coordination "
            "rurale de la Vienne, a réclamé un gel immédiat de la hausse des taxes.\n")
    assert speaker_of(text, "trésoreries", "fr") == "Bernard Moisan"


def test_a_decree_speaks_for_the_official_who_signed_it():
    text = ("Titre\n\nUn arrêté préfectoral signé le 18 novembre par la préfète du Finistère, Anne-Lise Vidal-Brun, "
            "suspend l'activité de l'unité de méthanisation.\n\nSelon l'arrêté, que nous avons pu consulter, la "
            "rupture d'une canalisation a entraîné le rejet d'« environ 400 mètres cubes » de digestat. Une partie a "
            "rejoint le fleuve par un fossé de drainage, précise le document.\n")
    claim = next(c for c in claims_of(text, "fr") if "canalisation" in c.content)
    assert claim.content.startswith("la rupture d'une canalisation")
    assert claim.speaker.name == "Anne-Lise Vidal-Brun"
    assert speaker_of(text, "fossé de drainage", "fr") == "Anne-Lise Vidal-Brun"


def test_a_long_relative_clause_describes_the_source_of_pour():
    text = ("Titre\n\nPour l'association Aulne Claire, qui a donné l'alerte le 15 novembre au matin après avoir "
            "découvert des poissons morts, l'accident était « prévisible ».\n")
    claim = claims_of(text, "fr")[0]
    assert (claim.speaker.name, claim.content) == ("Aulne Claire", "l'accident était « prévisible »")


def test_a_body_name_with_an_adjective_then_its_apposition_is_the_subject_not_a_statement():
    text = "Titre\n\nForce ouvrière, premier syndicat de l’entreprise, a annoncé un appel à la grève pour samedi.\n"
    assert claims_of(text, "fr") == []


def test_whoever_denied_the_information_affirms_the_relative_clause():
    text = ("Titre\n\nLe groupe Brico Soleil ferme six magasins. Un cadre du siège assure que la direction prépare "
            "« une deuxième vague ». Une information démentie par l’entreprise, qui affirme que « le plan présenté "
            "est complet ».\n")
    assert speaker_of(text, "plan présenté", "fr") == "Brico Soleil"


def test_a_ranking_speaks_for_its_author():
    text = ("Titre\n\nSelon le classement de World Rugby, les Fidji occupent désormais la 11e place mondiale, contre "
            "la 7e en 2025.\n")
    assert speaker_of(text, "11e place", "fr") == "World Rugby"


def test_a_short_form_from_another_language_stands_for_the_name_before_its_bracket():
    text = ("Titre\n\nLe musée va restituer un trône, a annoncé mardi l'institution qui gère les musées, les Collections "
            "nationales de Saxe (SKD).\n\nSelon les SKD, le trône avait été emporté en 1907 par un officier.\n")
    assert speaker_of(text, "emporté en 1907", "fr") == "Collections nationales de Saxe"


def test_a_company_qualified_by_its_nationality_is_still_the_one_named_before():
    text = ("Titre\n\nLe fabricant allemand Veltrad a déposé le bilan lundi. La société allemande a indiqué que les "
            "salaires seraient versés.\n")
    assert speaker_of(text, "salaires", "fr") == "Veltrad"
