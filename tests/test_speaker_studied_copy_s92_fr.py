"""French rules found on the copies studied in session 92. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _contents(text: str) -> list[str]:
    return [c.content for c in claims_of(text, "fr")]


def test_a_spokeswoman_of_a_subject_that_owns_no_one_is_the_body_just_quoted():
    text = ("Titre\n\n24 octobre 2012. - Les lycées de la région ont perdu 6 % de leurs élèves, a annoncé mardi la "
            "Fédération des lycées privés. La baisse atteint 12 % dans les filières techniques, a précisé sa "
            "porte-parole.\n")
    assert _speaker(text, "La baisse atteint 12 %") == "la porte-parole de la Fédération des lycées privés"


def test_a_quotation_after_que_is_the_subject_of_the_verb_after_its_comma():
    text = ("Titre\n\n24 octobre 2012. - Le Collectif étudiant de l'Ouest a rappelé dans un communiqué que les études "
            "restaient gratuites et que « le prix des loyers, pas celui des cours », expliquait le départ des jeunes.\n")
    assert _speaker(text, "les études restaient gratuites") == "Collectif étudiant de l'Ouest"


def test_an_independent_authority_closing_its_sentence_is_the_body_opening_it():
    text = ("Titre\n\n5 décembre 2012. - La Commission de contrôle des jeux (CCJ) a infligé une amende de 20 000 euros "
            "à un casino de Nancy, a annoncé mardi l'autorité administrative indépendante dans un communiqué.\n")
    assert _speaker(text, "a infligé une amende") == "Commission de contrôle des jeux"


def test_a_federal_agency_after_selon_is_the_body_opening_the_sentence_before():
    text = ("Titre\n\n14 janvier 2013. - Des milliers de foyers restaient privés de courant lundi.\n\nMétéo Canada "
            "Ouest avait émis samedi un avertissement de pluie verglaçante. Selon l'agence fédérale, la pluie a cessé "
            "dans la nuit.\n")
    assert _speaker(text, "la pluie a cessé") == "Météo Canada Ouest"


def test_la_cour_capitalised_is_the_court_named_in_full_before():
    text = ("Titre\n\n5 juin 2013. - La Cour d'appel de Douai a confirmé mardi la validité du règlement. Dans son "
            "jugement, la Cour estime que la commune « a agi dans l'intérêt général ». Le promoteur pourrait saisir la "
            "Cour de cassation.\n")
    assert _speaker(text, "a agi dans l'intérêt général") == "Cour d'appel de Douai"


def test_la_cour_is_the_last_court_not_the_last_tribunal():
    text = ("Titre\n\n3 mars 2013. - La cour d'appel de Libreville a confirmé jeudi la peine prononcée en 2011 par le "
            "tribunal correctionnel de Libreville. Dans son arrêt, la cour estime que les faits sont « d'une gravité "
            "exceptionnelle ».\n")
    assert _speaker(text, "d'une gravité exceptionnelle") == "cour d'appel de Libreville"


def test_a_verb_of_incise_before_its_object_reports_nothing():
    text = ("Titre\n\n3 avril 2012. - Les contrôleurs sont en grève, a déclaré mardi Paul Vidal, du syndicat SNCTA. "
            "Selon lui, il manque trente agents et les contrôleurs enchaînent des nuits « au-delà des règles de "
            "sécurité ».\n")
    assert _speaker(text, "il manque trente agents") == "Paul Vidal"
    assert not any(c.startswith("des nuits") for c in _contents(text))


def test_a_verb_of_incise_after_a_quotation_still_reports():
    text = "Titre\n\n3 avril 2012. - « Nous sommes prêts », enchaîne le maire. « Nous irons », a complété le maire.\n"
    assert _speaker(text, "Nous sommes prêts") == "maire"
    assert _speaker(text, "Nous irons") == "maire"


def test_a_report_of_a_named_body_made_public_on_a_day_in_a_town():
    text = ("Titre\n\n8 novembre 2012. - Les élèves boursiers restent rares dans les écoles d'ingénieurs de la région, "
            "affirme un rapport de l'Observatoire régional de l'enseignement supérieur (ORES), rendu public mercredi à "
            "Toulouse.\n")
    assert _speaker(text, "Les élèves boursiers restent rares") == "Observatoire régional de l'enseignement supérieur"


def test_lagence_after_a_news_agency_is_that_agency():
    text = ("Titre\n\n2 octobre 2012. - La crue a fait 9 000 sinistrés, a indiqué lundi le Bureau de la coordination "
            "des affaires humanitaires des Nations unies (OCHA). « L'eau a tout emporté », a raconté à l'AFP un "
            "cultivateur. À Mango, le pont est submergé depuis samedi, rapporte l'agence.\n")
    assert _speaker(text, "le pont est submergé") == "AFP"


def test_lagence_is_no_news_agency_where_another_agency_is_named():
    text = ("Titre\n\n2 octobre 2012. - L'agence régionale de santé a annoncé l'ouverture de douze lits. « Les lits "
            "manquent », a déclaré à l'AFP une infirmière. Selon l'agence, la situation s'améliorera en mai.\n")
    assert _speaker(text, "la situation s'améliorera") != "AFP"


def test_an_association_named_with_en_inside_its_name():
    text = ("Titre\n\n22 juin 2012. - La fête a duré jusqu'à l'aube. L'association de riverains Vivre en Centre-Ville "
            "a pour sa part dénoncé des « nuisances inacceptables ».\n")
    assert _speaker(text, "nuisances inacceptables") == "Vivre en Centre-Ville"


def test_steady_is_no_reporting_verb():
    text = ("Titre\n\n3 avril 2012. - Selon Météo-France, la marée restera forte jusqu'à mercredi, et un vent d'ouest "
            "soutenu pourrait faire monter la mer « de 30 centimètres ».\n")
    assert _speaker(text, "de 30 centimètres") == "Météo-France"


def test_an_inverted_attribution_after_a_relative_clause_with_a_list():
    text = ("Titre\n\n9 juillet 2013. - Les clubs qui proposent de l'escalade, de la randonnée ou du canoë devront "
            "employer des moniteurs diplômés d'ici 2015, a annoncé lundi le gouvernement du Québec.\n")
    assert _speaker(text, "devront employer des moniteurs") == "gouvernement du Québec"

