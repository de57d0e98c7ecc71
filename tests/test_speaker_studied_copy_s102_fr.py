"""French rules found in session 102 (on the copies studied then). Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _article(*paragraphs: str, title: str = "Titre") -> str:
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_management_named_in_full_before_is_that_body():
    text = _article("3 mai 2012. - Un détenu de la maison centrale de Clairvaux s'est évadé lundi lors d'un transfert vers "
                    "l'hôpital de Troyes, a indiqué la direction interrégionale des services pénitentiaires de Dijon.",
                    "Interrogée par l'AFP, la direction interrégionale a assuré que le transfert s'était déroulé "
                    "« selon les règles ».")
    assert _speaker(text, "le transfert s'était déroulé") == "direction interrégionale des services pénitentiaires de Dijon"


def test_a_dead_mans_family_in_the_headline_is_the_ledes_family():
    text = _article("8 mars 2012. - Un homme de 41 ans est mort dans la nuit dans les locaux du commissariat de Nîmes, a "
                    "annoncé jeudi le parquet de Nîmes.",
                    "La famille du défunt conteste cette version. Son frère, Malik Haddad, a dit avoir vu des traces de coups.",
                    title="Nîmes : un homme meurt en garde à vue, sa famille dénonce des « violences policières »")
    assert _speaker(text, "des « violences policières »") == "famille du défunt"


def test_the_court_whose_ruling_is_confirmed_is_not_the_one_speaking():
    text = _article("6 juin 2012. - La cour d'appel de Nîmes a condamné mercredi l'ancien maire de Valbonne à un an de prison "
                    "avec sursis, confirmant le jugement rendu en 2011 par le tribunal correctionnel d'Avignon.",
                    "Les magistrats ont estimé que ses fonctions lui imposaient « un devoir d'exemplarité ».")
    assert _speaker(text, "ses fonctions lui imposaient") == "cour d'appel de Nîmes"


def test_a_ministry_whose_name_lists_adjectives_goes_on_after_a_participle():
    text = _article("Le ministère de l'Enseignement primaire, secondaire et technique a qualifié la grève d'« illégale » dans "
                    "un communiqué lu lundi à la télévision publique TVN, assurant que les salaires seraient payés "
                    "« avant la fin du mois ».")
    assert _speaker(text, "les salaires seraient payés") == "ministère de l'Enseignement primaire, secondaire et technique"


def test_selon_lequel_after_a_paper_named_by_its_kind():
    text = _article("L'affaire avait éclaté en 2010 après les révélations de l'hebdomadaire local Le Courrier d'Ans, selon "
                    "lequel plusieurs marchés avaient été attribués sans appel d'offres.")
    assert _speaker(text, "plusieurs marchés avaient été attribués") == "Le Courrier d'Ans"


def test_the_paper_the_words_were_said_in_is_not_the_speaker():
    text = _article("Le pays devra trouver 3 milliards d'euros d'économies d'ici à juin, a reconnu mardi dans le quotidien "
                    "Kathimerini un haut fonctionnaire du ministère des Finances, qui a requis l'anonymat.")
    assert _speaker(text, "Le pays devra trouver") == "haut fonctionnaire du ministère des Finances"


def test_a_body_named_with_a_capitalised_word_then_by_its_noun():
    text = _article("12 octobre 2012. - Le comité Nobel norvégien a attribué vendredi le prix Nobel de la paix à une ONG "
                    "kényane. Dans sa décision, le comité estime que l'organisation a « contribué à la paix ».")
    assert _speaker(text, "l'organisation a") == "comité Nobel norvégien"


def test_the_management_of_the_prison_named_before():
    text = _article("14 février 2012. - Deux détenus se sont évadés dans la nuit de la maison d'arrêt de Majicavo, a annoncé lundi "
                    "la direction interrégionale des services pénitentiaires.",
                    "La direction de l'établissement a reconnu que la dernière ronde avait eu lieu vers 2 heures du matin.")
    assert _speaker(text, "la dernière ronde avait eu lieu") == "maison d'arrêt de Majicavo"


def test_the_headlines_organisers_are_the_group_the_lede_names():
    text = _article("16 septembre 2012. - Plus de 500 000 personnes ont manifesté samedi dans une vingtaine de villes, ont affirmé "
                    "samedi soir les organisateurs, le collectif citoyen Rua Livre, né sur les réseaux sociaux.",
                    title="Portugal : plus de 500 000 manifestants contre l'austérité, selon les organisateurs")
    assert _speaker(text, "plus de 500 000 manifestants") == "Rua Livre"


def test_a_statement_put_out_in_the_evening_before_the_inverted_subject():
    text = _article("Le texte doit permettre « de créer des emplois stables », a indiqué dans un communiqué publié dans la soirée "
                    "la présidence du Conseil.")
    assert _speaker(text, "Le texte doit permettre") == "présidence du Conseil"


def test_nouns_listed_in_a_standfirst_name_no_company():
    text = _article("Poussière, camions et tirs de mine : des habitants se plaignent des travaux de la future ligne. Le "
                    "constructeur assure que le chantier respecte « toutes les normes en vigueur ».",
                    title="Sarthe : les riverains du chantier dénoncent des nuisances")
    assert _speaker(text, "le chantier respecte") == "constructeur"


def test_a_preposition_inside_a_bodys_name_is_no_verb():
    text = _article("L'Association contre le bruit aérien du Sundgau (ACBAS) a dénoncé « une course au volume » et affirmé que "
                    "les vols de nuit avaient doublé en cinq ans.")
    assert _speaker(text, "les vols de nuit avaient doublé") == "Association contre le bruit aérien du Sundgau"


def test_an_elided_article_counts_as_a_word_before_an_inverted_verb():
    claims = claims_of(_article("L'économie reste fragile, a reconnu jeudi le maire de Tripoli."), "fr")
    assert [(c.content, c.speaker.name) for c in claims if c.kind != "assertion"] == [
        ("L'économie reste fragile", "maire de Tripoli")]


def test_a_court_estimant_then_the_agency_relaying():
    text = _article("La cour criminelle de Tanta a acquitté mardi six policiers accusés d'avoir tué des manifestants, estimant "
                    "qu'ils avaient agi « en état de légitime défense », rapporte l'agence officielle Mena.")
    assert _speaker(text, "ils avaient agi") == "cour criminelle de Tanta"


def test_who_backs_the_subject_is_no_speaker():
    text = _article("Le Front Polisario, soutenu par Alger, a répété samedi qu'aucune normalisation ne devait se faire au "
                    "détriment du peuple sahraoui.")
    assert _speaker(text, "aucune normalisation") == "Front Polisario"


def test_a_gerund_after_an_inverted_verb_has_its_subject():
    text = _article("La production de bouteilles sera transférée vers ses sites de Pologne, a précisé le groupe dans un "
                    "communiqué, en invoquant \"une surcapacité structurelle\" du marché européen.")
    assert _speaker(text, "La production de bouteilles") == "groupe"
    assert _speaker(text, "une surcapacité structurelle") == "groupe"


def test_a_participle_after_its_auxiliary_is_no_role():
    claims = claims_of(_article("« Le chômage partiel, c'est l'antichambre des licenciements », a jugé Hélène Vautrin, déléguée "
                                "centrale de l'Union des travailleurs du verre (UTV)."), "fr")
    assert [(c.speaker.name, c.speaker.role) for c in claims if c.kind == "direct"] == [
        ("Hélène Vautrin", "déléguée centrale de l'Union des travailleurs du verre")]

