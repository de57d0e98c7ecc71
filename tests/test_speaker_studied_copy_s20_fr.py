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
