"""French speaker rules found on the copy studied in session 26: a title in a role's apposition, a
word of a role's complement that is no role, "son avocat" for the one lawyer named, a name of four
words in a source's apposition, "Ould" before a title word, a body's noun and its name in the
apposition of a coordinated subject, "L'ambassade d'Espagne", "le club" for the name holding it,
an adjective opening a body's name, a role whose complement names another body, the author and
the singer as roles of the novelist's and the artist's families, the court that sentenced.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_role_tied_through_a_title_in_apposition():
    text = ("Titre\n\nLe ministre de l'Hydraulique, M. Karim Benali, a affirmé hier que la station sera mise en "
            "service en juin.\n\nInterrogé sur le prix, le ministre a assuré que le tarif ne subira aucune "
            "augmentation.\n")
    assert speaker_of(text, "le tarif", "fr") == "Karim Benali"


def test_a_word_of_a_ministrys_complement_is_no_role_of_its_minister():
    text = ("Titre\n\n« Nous formons des ingénieurs pour l'Europe », résume le directeur du centre, Anis Ben Salah.\n\n"
            "Le ministre de l'Enseignement supérieur et de la Recherche scientifique, Mounir Belkadi, a reconnu que "
            "le phénomène était « réel ». Selon lui, une partie de ces ingénieurs revient au pays.\n")
    assert speaker_of(text, "une partie de ces", "fr") == "Mounir Belkadi"


def test_his_lawyer_is_the_one_lawyer_the_article_named():
    text = ("Titre\n\n« Ce jugement repose sur un rapport que nous contestons », a déclaré l'avocat de M. Tazi, "
            "Me Omar Benjelloun, à la sortie de l'audience.\n\nL'ancien élu, qui comparaissait libre, a été placé "
            "en détention, a précisé son avocat.\n")
    assert speaker_of(text, "placé en détention", "fr") == "Omar Benjelloun"


def test_his_spokesman_stays_the_subjects_when_another_bodys_spokeswoman_was_named():
    text = ("Titre\n\nLa piste d'un éboulement est privilégiée, a indiqué la porte-parole de Tauern Bahn, Katharina "
            "Lechner.\n\nLe parquet de Salzbourg a ouvert une enquête, a précisé son porte-parole.\n")
    assert speaker_of(text, "ouvert une enquête", "fr") != "Katharina Lechner"


def test_a_four_word_name_in_a_sources_apposition_and_ould_before_a_title_word():
    text = ("Titre\n\nL'association a dénoncé une justice à deux vitesses. Pour son président, Moussa Ould Cheikh "
            "Ahmed, « le foncier est devenu la première source d'enrichissement ».\n")
    claims = claims_of(text, "fr")
    assert [(c.kind, c.content, c.speaker.name) for c in claims] == [
        ("direct", "le foncier est devenu la première source d'enrichissement", "Moussa Ould Cheikh Ahmed")]


def test_a_coordinated_verb_keeps_the_body_named_in_the_subjects_apposition():
    text = ("Titre\n\nLe prestataire, la société VisaPlus Services, a assuré dans un communiqué avoir «bloqué 12 000 "
            "comptes» depuis septembre, et affirmé que la prise de rendez-vous «est et restera gratuite».\n")
    assert [c.speaker.name for c in claims_of(text, "fr")] == ["VisaPlus Services", "VisaPlus Services"]


def test_an_embassy_with_an_elided_country_is_the_embassy():
    text = "Titre\n\nL'ambassade d'Espagne à Rabat a indiqué que le nombre de rendez-vous serait augmenté de 20 %.\n"
    assert speaker_of(text, "nombre de rendez-vous", "fr") == "ambassade d'Espagne à Rabat"


def test_the_club_is_the_name_holding_club():
    text = ("Titre\n\nLa Direction nationale du contrôle de gestion (DNCG) a interdit mardi tout recrutement au "
            "Racing Club de Val-d'Oise, pensionnaire du National, et a encadré sa masse salariale, a annoncé le club "
            "dans un communiqué.\n")
    assert speaker_of(text, "interdit mardi", "fr") == "Racing Club de Val-d'Oise"


def test_an_adjective_opening_a_bodys_name_is_no_nationality():
    text = "Titre\n\nLe Grand Hôpital de Namur a indiqué lundi que trois blessés étaient toujours hospitalisés.\n"
    assert speaker_of(text, "trois blessés", "fr") == "Grand Hôpital de Namur"


def test_a_role_whose_complement_names_another_body_is_not_the_person_named_before():
    text = ("Titre\n\nLe directeur de la coopérative Vergers du Lot, Franck Delpech, assure que le prix « reflète "
            "le marché ».\n\nUne délégation a été reçue. Le directeur de cabinet du préfet a indiqué qu'une table "
            "ronde se tiendrait le 24 novembre.\n")
    assert speaker_of(text, "table ronde", "fr") == "directeur de cabinet du préfet"
    mother = ("Titre\n\n« C'est quarante minutes de route », s'indigne Mélanie Carton, l'une des fondatrices du "
              "collectif. La mère de famille assure que 4 200 personnes ont signé la pétition.\n")
    assert speaker_of(mother, "4 200 personnes", "fr") == "Mélanie Carton"


def test_the_author_and_the_singer_are_the_novelist_and_the_singer_named():
    text = ("Titre\n\nLa romancière Inès Rabemanana a reçu jeudi le prix.\n\nL'autrice a déclaré que ce prix était "
            "« le plus beau qui soit ».\n")
    assert speaker_of(text, "le plus beau", "fr") == "Inès Rabemanana"
    study = ("Titre\n\n« C'est la planète la plus proche », a affirmé l'auteur principal de l'étude, Tomás Arrieta, "
             "de l'université du Chili.\n\n« Ce sera le travail du télescope », a poursuivi le chercheur.\n")
    assert speaker_of(study, "travail du télescope", "fr") == "Tomás Arrieta"


def test_the_court_is_the_body_that_sentenced_when_no_tribunal_is_named():
    text = ("Titre\n\nL'ancien maire d'Orihuela, José Berenguer, a été condamné jeudi à six ans de prison par "
            "l'Audience provinciale d'Alicante.\n\nLe tribunal a estimé que l'ancien élu avait attribué des marchés "
            "à deux entreprises.\n")
    assert speaker_of(text, "attribué des marchés", "fr") == "Audience provinciale d'Alicante"
    pole = ("Titre\n\n18 novembre 2026. – Le pôle anticorruption d'Antananarivo a condamné mardi l'ancien ministre "
            "à huit ans d'emprisonnement.\n\nSelon le jugement, l'ancien ministre avait signé des autorisations.\n")
    assert speaker_of(pole, "signé des autorisations", "fr") == "pôle anticorruption d'Antananarivo"


def test_the_regulator_is_the_body_opening_the_sentence_before():
    text = ("Titre\n\nL'Autorité de régulation des marchés miniers (ARMM) a instauré des quotas en février.\n\n"
            "L'ARMM, de son côté, défend sa décision. Dans un communiqué daté du 30 octobre, le régulateur affirme "
            "que le système de quotas a fait remonter le prix du cobalt.\n")
    assert speaker_of(text, "système de quotas", "fr") == "Autorité de régulation des marchés miniers"
