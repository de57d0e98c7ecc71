"""French rules found on the copies studied in session 85. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_an_en_dash_inside_a_regions_name_keeps_the_body_whole():
    text = ("Titre\n\nL'Association régionale de voile de Gaspésie–Îles-de-la-Madeleine a jugé que la saison était "
            "« compromise ».\n")
    assert _speaker(text, "saison était") == "Association régionale de voile de Gaspésie–Îles-de-la-Madeleine"


def test_a_long_opening_subject_speaks_in_the_gerunds_clause_too():
    # (another association named before: the head alone, "L'Association", would not say which)
    text = ("Titre\n\nL'Association des riverains du lac Témiscouata a dénoncé le projet. L'Association régionale de canot-camping du Bas-Saint-Laurent et de la Gaspésie a qualifié la "
            "situation de « préoccupante », tout en rappelant que d'autres clubs avaient fermé.\n")
    assert _speaker(text, "d'autres clubs avaient fermé") \
        == "Association régionale de canot-camping du Bas-Saint-Laurent et de la Gaspésie"


def test_a_subject_with_a_relative_clause_then_its_verb_and_object_is_no_statement():
    text = ("Titre\n\nLe gérant du camping, Paul Ferrand, qui a repris l'affaire en 2009, conteste ces conclusions. "
            "« Nous respectons toutes les normes », a-t-il déclaré lundi.\n")
    assert [c.kind for c in claims_of(text, "fr") if "Le gérant du camping" in c.content] == []
    assert _speaker(text, "respectons toutes les normes") == "Paul Ferrand"


def test_et_between_capitalised_words_after_an_ngo_is_inside_its_name():
    text = ("Titre\n\nDes pêcheurs ont perdu leurs pirogues, a indiqué mardi l'ONG béninoise Lagune et Pirogues, "
            "qui vient en aide aux sinistrés.\n")
    assert _speaker(text, "perdu leurs pirogues") == "Lagune et Pirogues"


def test_whom_it_was_told_is_no_antecedent_of_the_relative_clause():
    text = ("Titre\n\n« Aucune caserne ne fermera », a déclaré à l'agence Belga une porte-parole du SPF Justice, qui a "
            "rappelé que la réforme visait d'abord la sécurité. Selon elle, l'État a prévu 30 millions d'euros.\n")
    assert _speaker(text, "la réforme visait") == "porte-parole du SPF Justice"
    assert _speaker(text, "l'État a prévu") == "porte-parole du SPF Justice"


def test_a_name_after_chez_and_a_noun_is_the_employers_not_the_speakers():
    text = ("Titre\n\n« Le marché doute », a expliqué Sophie Marchal, analyste chez le courtier Delcourt & Cie, qui "
            "juge « probable » une augmentation de capital.\n")
    assert _speaker(text, "augmentation de capital") == "Sophie Marchal"


def test_who_backs_the_subject_is_the_antecedent_of_the_relative_clause():
    text = ("Titre\n\nLa grève a reçu le soutien de la section régionale de l'Union des médecins libéraux, qui a "
            "dénoncé une « logique comptable ». Le projet a reçu l'appui du syndicat des éleveurs, qui a estimé que "
            "la mesure était « juste ».\n")
    assert _speaker(text, "logique comptable") == "section régionale de l'Union des médecins libéraux"
    assert _speaker(text, "la mesure était") == "syndicat des éleveurs"


def test_a_named_day_of_action_in_guillemets_is_no_statement():
    text = ("Titre\n\nLes délais ont doublé en deux ans, a affirmé lundi le barreau de Nouméa, dont les avocats ont "
            "observé une journée « justice morte ».\n")
    assert not [c for c in claims_of(text, "fr") if "justice morte" in c.content]


def test_the_names_title_after_a_role_and_its_comma_is_no_part_of_the_role():
    text = "Titre\n\n« Nous ferons appel », a déclaré le bâtonnier, Me Yannick Técher.\n"
    claim = next(c for c in claims_of(text, "fr") if "ferons appel" in c.content)
    assert (claim.speaker.name, claim.speaker.role) == ("Yannick Técher", "bâtonnier")


def test_des_x_et_y_after_an_inverted_verb_is_one_bodys_name():
    text = "Titre\n\nDes feux ont détruit 900 hectares, a indiqué mardi la direction régionale des Ponts et Chaussées.\n"
    assert _speaker(text, "Des feux ont détruit") == "direction régionale des Ponts et Chaussées"


def test_a_domicile_is_inside_the_trade_after_an_inverted_verb():
    text = ("Titre\n\nUn tiers des salariées ont cessé le travail, a affirmé lundi l'intersyndicale de l'aide à domicile "
            "de la Somme.\n")
    assert _speaker(text, "cessé le travail") == "intersyndicale de l'aide à domicile de la Somme"


def test_il_after_a_ministry_named_with_two_capitalised_members_is_that_ministry():
    text = ("Titre\n\nLe ministère des Mines et Carrières a annoncé dans un communiqué l'envoi de 40 inspecteurs. Il "
            "rappelle que l'orpaillage est interdit dans le parc.\n\nPour l'ONG SOS Carrières, la situation empire.\n")
    assert _speaker(text, "orpaillage est interdit") == "ministère des Mines et Carrières"


def test_a_body_introduced_by_its_noun_and_its_kind_is_no_person_a_role_stands_for():
    text = ("Titre\n\n« Il s'agit de protéger les troupeaux », a souligné le sous-préfet de Gap.\n\n"
            "L'association de protection de la nature Lys Alpes Vivant a dénoncé une décision « prise sous la pression ».\n")
    claim = next(c for c in claims_of(text, "fr") if "sous la pression" in c.content)
    assert (claim.speaker.name, claim.speaker.kind) == ("Lys Alpes Vivant", "organisation")
    assert _speaker(text, "protéger les troupeaux") == "sous-préfet de Gap"


def test_a_complements_second_member_after_et_is_no_subject_of_its_own():
    text = ("Titre\n\nUn adjoint de la mairie des 4e et 5e arrondissements a confirmé à l'AFP cette proposition, en "
            "précisant que le terrain serait « aménagé aux frais de la ville ».\n")
    assert _speaker(text, "aménagé aux frais") == "adjoint de la mairie des 4e et 5e arrondissements"


def test_an_ewe_chiefs_title_is_no_part_of_his_name():
    text = "Titre\n\n« La mer a pris la route », a raconté à l'AFP le chef du quartier, Togbui Kossi Agbéko.\n"
    assert _speaker(text, "La mer a pris") == "Kossi Agbéko"


def test_a_headlines_region_is_no_town_whose_municipality_speaks():
    text = ("Martinique : la mer a avancé de 30 mètres au Diamant\n\n27 septembre 2012. - La plage a reculé de 30 mètres "
            "en cinq ans, selon la préfecture de Martinique.\n\nLa municipalité a indiqué qu'un enrochement serait réalisé "
            "avant la fin de l'année.\n")
    assert _speaker(text, "enrochement serait réalisé") == "municipalité"


def test_a_body_named_by_its_noun_and_what_it_is_in_charge_of_is_the_body_the_article_named_so():
    text = ("Sénégal : le stade de Thiès ne sera pas prêt avant 2013, selon l'entreprise chargée des travaux\n\n"
            "17 octobre 2012. - La rénovation du stade ne sera pas achevée avant mars, a reconnu mardi le directeur des "
            "travaux de l'entreprise Batisen-BTP, Moussa Diop.\n")
    assert _speaker(text, "ne sera pas prêt") == "Batisen-BTP"
