"""French rules found on the copy studied in session 55 (Wikinews-texture sets of session 54).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_paper_s_title_with_a_lower_case_link_holds_no_person():
    text = ("Titre\n\n« Rien ne presse », a expliqué lundi au quotidien L'Éveil des Causses le sous-préfet. Il a rappelé "
            "que les indemnités avaient été versées.\n")
    assert speaker_of(text, "indemnités avaient été versées", "fr") == "sous-préfet"


def test_a_station_of_four_words_before_the_inverted_subject():
    text = "Titre\n\n« Tout a tremblé », a raconté à France Bleu Pays Basque une habitante, encore sous le choc.\n"
    assert speaker_of(text, "Tout a tremblé", "fr") == "habitante"


def test_a_participle_after_mais_belongs_to_its_own_clause():
    text = ("Titre\n\nLes enseignants ont exercé leur droit de retrait, mais l'inspection académique l'a jugé « abusif », "
            "estimant qu'aucun danger n'était établi.\n")
    assert speaker_of(text, "aucun danger", "fr") == "inspection académique"


def test_what_a_body_is_for_listed_with_et():
    text = ("Titre\n\nL'Organisation des Nations unies pour l'éducation et la culture (Unesco) a indiqué mardi que le site "
            "serait classé.\n")
    assert speaker_of(text, "site serait classé", "fr") == "Organisation des Nations unies pour l'éducation et la culture"


def test_an_apposition_describing_the_body_of_an_officer():
    text = ("Titre\n\nÀ Tunis, un responsable de l'Office des céréales, l'organisme public chargé des importations, a assuré "
            "à l'AFP que les stocks suffiraient.\n")
    assert speaker_of(text, "stocks suffiraient", "fr") == "responsable de l'Office des céréales"


def test_a_paper_s_spanish_title_before_the_inverted_subject():
    text = ("Titre\n\n« Tout est tombé », a raconté au quotidien La Voz del Valle Rosa Mendes, une couturière de "
            "Cobán.\n")
    assert speaker_of(text, "Tout est tombé", "fr") == "Rosa Mendes"


def test_de_nombreux_opens_a_subject():
    text = "Titre\n\nDe nombreux habitants de Port-Liberté affirment toutefois qu'aucune alerte n'a été donnée.\n"
    assert speaker_of(text, "aucune alerte", "fr") == "habitants de Port-Liberté"


def test_selon_le_communique_after_a_body_announced_in_one():
    text = ("Titre\n\nL'État bolivien a repris le contrôle de la mine de Pulacayo, a annoncé mercredi le ministère bolivien "
            "des Mines dans un communiqué. Le président avait signé le décret la veille.\n\nSelon le communiqué, "
            "l'entreprise n'a pas tenu ses engagements.\n")
    assert speaker_of(text, "pas tenu ses engagements", "fr") == "ministère bolivien des Mines"


def test_the_agency_is_no_drug_company_named_before():
    text = ("Titre\n\n12 mars 2012. - L'Agence française de sécurité des produits de santé (Afsps) a annoncé lundi la suspension de "
            "l'autorisation de mise sur le marché du Dolorex, un antalgique commercialisé depuis 2010 par les laboratoires "
            "Vernet-Aubrac. Dans un communiqué, l'agence indique que douze cas ont été signalés.\n\n"
            "Les laboratoires Vernet-Aubrac contestent la décision, a affirmé le groupe, estimant que la mesure était "
            "excessive.\n")
    assert speaker_of(text, "douze cas", "fr") == "Agence française de sécurité des produits de santé"
    assert speaker_of(text, "la mesure était excessive", "fr") == "Vernet-Aubrac"


def test_an_occasion_with_its_adjective_before_the_inverted_subject():
    text = ("Titre\n\n« Un film courageux », a estimé samedi soir à la sortie de la projection officielle une spectatrice, "
            "venue de Lyon.\n")
    assert speaker_of(text, "Un film courageux", "fr") == "spectatrice"


def test_peu_apres_closes_the_inverted_subject():
    text = "Titre\n\n« Une victoire nette », a déclaré le nouveau secrétaire peu après l'annonce des résultats.\n"
    assert speaker_of(text, "Une victoire nette", "fr") == "secrétaire"


def test_a_paper_s_title_with_an_adjective():
    text = "Titre\n\nSelon La Dernière Heure, le suspect circulait sans permis.\n"
    assert speaker_of(text, "circulait sans permis", "fr") == "La Dernière Heure"
