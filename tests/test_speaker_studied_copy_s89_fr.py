"""French rules found on the copies studied in session 89. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_a_participle_after_a_quotation_leaves_the_quotation_to_the_subject_before():
    text = ("Titre\n\nPlusieurs forains du quartier ont toutefois déploré une « saison catastrophique », estimant avoir "
            "perdu la moitié de leurs recettes.\n")
    assert _speaker(text, "saison catastrophique") == "Plusieurs forains du quartier"


def test_de_nombreux_opens_a_group_that_speaks():
    text = "Titre\n\nDe nombreux pêcheurs ont affirmé lundi que les quotas seraient épuisés avant l'été.\n"
    assert _speaker(text, "quotas seraient épuisés") == "De nombreux pêcheurs"


def test_the_jury_is_a_panel_not_the_person_named_before():
    text = ("Titre\n\nLe tribunal correctionnel de Namur a condamné mardi Lucas Verhaegen à cinq ans de prison. Son "
            "complice, Karim T., 31 ans, a écopé de deux ans. Le jury a estimé que le prévenu avait agi « en pleine "
            "conscience ».\n")
    assert _speaker(text, "avait agi") == "jury"


def test_a_station_named_by_its_frequency_is_where_the_subject_spoke():
    text = ("Titre\n\n« La scène a cédé sous le poids du décor et nous avons tout arrêté, a expliqué sur la radio 97,4 la "
            "présidente du festival, Nadine Schmit. Personne n'a été blessé. »\n")
    assert _speaker(text, "La scène a cédé") == "Nadine Schmit"


def test_a_later_source_after_a_coordinated_clause_speaks_for_its_own_fragment():
    text = ("Titre\n\nLa grève a été suivie par 22 % des agents, selon la direction de la régie, et par « près de la "
            "moitié » des conducteurs, selon les syndicats.\n")
    assert _speaker(text, "près de la") == "syndicats"
    assert content_of(text, "près de la", "fr") == "par « près de la moitié » des conducteurs"


def test_a_capitalised_cercle_opens_a_club_s_name():
    text = ("Titre\n\nLe Cercle sportif de Pointe-aux-Sables a contesté la sanction dans un communiqué, estimant que ses "
            "rameurs avaient été « injustement visés » par l'arbitre.\n")
    assert _speaker(text, "injustement visés") == "Cercle sportif de Pointe-aux-Sables"


def test_a_storm_s_name_is_no_body_for_the_company_s_noun():
    text = ("Titre\n\nLa tempête tropicale Maëlys a frappé la côte dimanche. Si Maëlys avait tourné, la ville aurait été "
            "épargnée. Près de 40 000 foyers restaient sans courant lundi, a précisé l'opérateur.\n")
    assert _speaker(text, "40 000 foyers") == "opérateur"


def test_a_trade_with_its_complement_is_no_body_named_nearby():
    text = ("Titre\n\nDes rafales de 150 km/h ont été mesurées à Saint-Denis, selon Météo-France. « Nous avons eu de la "
            "chance », a déclaré le préfet, Jean Marchal. Près de 40 000 foyers restaient sans courant lundi, a précisé le "
            "distributeur d'électricité.\n")
    assert _speaker(text, "40 000 foyers") == "distributeur d'électricité"


def test_a_colon_quote_after_a_quoted_complement_is_the_sentence_subject_s():
    text = ("Titre\n\nLa maire de Saint-Benoît, Josiane Lebon, a dénoncé « l'abandon » des chemins de sa commune : « Chaque "
            "hiver, c'est la même chose. On nous promet des travaux depuis dix ans. »\n")
    assert _speaker(text, "Chaque hiver") == "Josiane Lebon"


def test_an_incise_between_a_quoted_subject_and_its_verb_names_the_speaker():
    text = ("Titre\n\nLe documentaire Rano, de la réalisatrice comorienne Faïza Saïd, a reçu samedi le grand prix.\n\n« Ce "
            "trophée, a déclaré la réalisatrice en montant sur scène, revient à toutes les femmes de mon village. Je le "
            "leur dédie. » Le film a été tourné entre Moroni et Mutsamudu.\n")
    assert _speaker(text, "revient à toutes") == "Faïza Saïd"
    assert content_of(text, "revient à toutes", "fr").startswith("Ce trophée revient à toutes")


def test_a_headline_s_possessive_role_is_the_person_the_lede_gives_that_role():
    text = ("Seychelles : l'université des Seychelles ouvrira une école de droit en 2015, selon son recteur\n\n3 mars 2013. "
            "- L'université des Seychelles accueillera ses premiers étudiants en droit en 2015, a annoncé lundi son "
            "recteur, le professeur Joel Morel, lors d'une cérémonie. Le projet doit être financé par un don, selon le "
            "quotidien Le Courrier de Victoria.\n")
    assert _speaker(text, "école de droit") == "Joel Morel"


def test_a_headline_s_their_noun_is_the_group_the_lede_opens_on_when_it_makes_no_claim():
    text = ("Belgique : la réforme des conservatoires menace les petites académies, selon leurs directeurs\n\n12 mars 2013. - "
            "Les directeurs de neuf académies de musique du Hainaut ont dénoncé mardi, dans une lettre ouverte, un projet "
            "de décret qui regrouperait les établissements en trois pôles.\n")
    assert _speaker(text, "menace les petites académies") == "directeurs de neuf académies de musique du Hainaut"


def test_a_participle_in_apposition_to_the_subject_speaks_for_nobody():
    text = "Titre\n\nLes commerçants, réunis en collectif, se disent « abandonnés » par la municipalité.\n"
    assert _speaker(text, "abandonnés") == "commerçants"


def test_an_association_s_name_runs_on_through_et_and_en_after_an_apposed_kind():
    text = ("Titre\n\nLe cinéma Le Phare pourrait fermer ses portes en janvier, a annoncé lundi son exploitant, l'association "
            "Images et Regards en Artois.\n")
    assert _speaker(text, "fermer ses portes") == "Images et Regards en Artois"


def test_a_position_and_a_first_name_in_apposition_to_a_source_are_no_part_of_the_claim():
    text = ("Titre\n\nSelon le capitaine de l'équipe, le trois-quarts Mathieu Sarrat, plusieurs joueurs ont déjà reçu des "
            "offres.\n")
    assert content_of(text, "plusieurs joueurs", "fr") == "plusieurs joueurs ont déjà reçu des offres"
    assert _speaker(text, "plusieurs joueurs") == "Mathieu Sarrat"


def test_a_demonym_alone_is_the_person_the_article_introduced_with_it():
    text = ("Titre\n\nLa Sénégalaise Awa Ndiaye a remporté dimanche la finale des moins de 57 kg, en battant la Malienne "
            "Fatoumata Keita.\n\nBattue en finale, la Malienne a contesté l'arbitrage, estimant que la prise « n'était pas "
            "nette ».\n")
    assert _speaker(text, "n'était pas") == "Fatoumata Keita"
