"""French rules found on the copy studied in session 66 (set own/fr-blind204).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of

_HEADLINE_AND_LEDE = (
    "France : un mort dans les inondations du Gard, selon la préfecture\n\n"
    "12 novembre 2012. - Une personne a trouvé la mort après les pluies torrentielles qui se sont abattues depuis "
    "dimanche sur le Gard, a annoncé mardi la préfecture du Gard dans un communiqué. ")


def test_an_institution_named_by_its_noun_in_the_lede_is_not_the_headlines_body():
    text = _HEADLINE_AND_LEDE + "Le corps a été retrouvé lundi soir près d'Alès, a précisé la gendarmerie.\n"
    assert speaker_of(text, "Le corps a été retrouvé", "fr") == "gendarmerie"


def test_a_company_named_by_its_noun_in_the_lede_is_still_the_headlines_company():
    text = ("Québec : la centrale de Matane fermera en 2013, selon Borélia Énergie\n\n"
            "La centrale thermique de Matane fermera ses portes en 2013, a annoncé lundi Borélia Énergie. Les 80 "
            "employés seront reclassés, a assuré l'entreprise montréalaise.\n")
    assert speaker_of(text, "employés seront reclassés", "fr") == "Borélia Énergie"


def test_the_headlines_body_is_the_ledes_body_without_the_word_after_its_name():
    text = _HEADLINE_AND_LEDE + "Le corps a été retrouvé lundi soir près d'Alès, a précisé la gendarmerie.\n"
    assert speaker_of(text, "un mort dans les inondations", "fr") == "préfecture du Gard"


def test_a_participle_after_a_role_with_en_scene_is_the_persons():
    text = ("Le metteur en scène Paul Girard, qui y a monté dix spectacles, a qualifié la décision d'« absurde », "
            "rappelant que la dernière pièce avait affiché complet.\n")
    assert speaker_of(text, "affiché complet", "fr") == "Paul Girard"


def test_le_texte_after_a_statement_is_its_issuer():
    text = ("Au moins dix personnes ont péri, a annoncé mercredi le ministère de l'Intérieur dans un communiqué lu à la "
            "radio. Plus de 3 000 familles ont dû quitter leur domicile, a précisé le texte.\n")
    assert speaker_of(text, "3 000 familles", "fr") == "ministère de l'Intérieur"


def test_elle_is_the_woman_named_after_her_ngo_not_the_ngo():
    text = ("Des cas de diarrhée ont été signalés, a averti mercredi la coordinatrice de l'ONG Terre Sahel, Ndeye Sokhna Diop. "
            "« Les puits sont contaminés », a-t-elle ajouté.\n")
    assert speaker_of(text, "Les puits", "fr") == "Ndeye Sokhna Diop"


def test_a_letter_after_a_common_noun_ends_its_sentence():
    text = ("Le coureur belge Tom Peeters a été suspendu, a annoncé lundi son équipe. « Je n'ai rien pris », a déclaré "
            "lundi le coureur au quotidien La Gazette, précisant qu'il avait demandé "
            "l'analyse de l'échantillon B. Son avocat, Me Hugo Lenaerts, a estimé que la procédure comportait « des "
            "irrégularités ».\n")
    assert speaker_of(text, "la procédure comportait", "fr") == "Hugo Lenaerts"
    assert speaker_of(text, "échantillon B", "fr") == "Tom Peeters"


def test_a_title_initial_after_a_verb_ends_no_sentence():
    text = "« Nous avons perdu de l'argent », a résumé M. Kerlan à la tribune. Le prix passera à 20 euros, a-t-il précisé.\n"
    assert speaker_of(text, "Nous avons perdu", "fr") == "Kerlan"
    assert speaker_of(text, "Le prix passera", "fr") == "Kerlan"


def test_a_news_agencys_short_form_is_never_spelt_out_from_words_of_the_article():
    text = ("Aucun camion n'était entré sur le site mardi, a constaté un correspondant de l'AFP.\n\n"
            "« Avec la flambée du prix des céréales, chaque litre nous coûte plus qu'il ne rapporte », a expliqué "
            "mardi à l'AFP le porte-parole des éleveurs, Thierry Lebrun.\n")
    assert speaker_of(text, "Aucun camion", "fr") == "correspondant de l'AFP"
