"""French rules found on the copies studied in session 94. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _claims(text: str):
    return claims_of(text, "fr")


def _article(*paragraphs: str, title: str = "Titre") -> str:
    return f"{title}\n\n12 mars 2013. - Rien de neuf.\n\n" + "\n\n".join(paragraphs) + "\n"


def test_what_the_speaker_s_body_is_after_his_role():
    text = _article("Issa Traoré, président de la Ligue pour la bonne gouvernance, une ONG de Ségou, a jugé que les "
                    "audits resteront sans effet.")
    assert _speaker(text, "les audits resteront sans effet") == "Issa Traoré"


def test_before_whom_it_was_said_then_the_inverted_subject():
    text = _article("« C'est une victoire pour les enseignants », s'est félicité jeudi devant la Maison des syndicats de "
                    "Parakou le secrétaire général de l'Union des enseignants du Nord (UEN), Moussa Bio.")
    assert _speaker(text, "une victoire pour les enseignants") == "Moussa Bio"


def test_whom_it_was_said_to_ends_at_the_first_determiner():
    text = _article("« C'est une parodie », a réagi auprès de l'AFP le président de l'Union pour la justice (UPJ), Paul "
                    "Zongo. Selon le parti, des urnes ont disparu.")
    assert _speaker(text, "C'est une parodie") == "Paul Zongo"
    assert _speaker(text, "des urnes ont disparu") == "Union pour la justice"


def test_an_occasion_with_an_adjective_before_its_noun():
    text = _article("« Nous sommes venus écouter », a déclaré lundi à l'issue d'une première rencontre le délégué "
                    "régional du Médiateur pour le Borgou et l'Alibori, Jean Sabi.")
    assert _speaker(text, "Nous sommes venus écouter") == "Jean Sabi"


def test_a_second_verb_after_avant_de_with_a_known_word_for_a_paper():
    text = _article("« Je regrette », a-t-il déclaré d'une voix à peine audible, selon le quotidien Le Progrès, avant "
                    "d'ajouter qu'il pensait aux victimes « tous les jours ».")
    claim = next(c for c in _claims(text) if "tous les jours" in c.content)
    assert claim.content.startswith("il pensait aux victimes")


def test_the_local_authority_by_its_council_named_in_lower_case():
    text = _article("Le conseil départemental de la Creuse a rejeté ces critiques. Dans un communiqué, la collectivité "
                    "assure avoir investi « 12 millions d'euros » dans les collèges depuis 2010 et affirme que les travaux "
                    "« seront finis en mai ».")
    assert _speaker(text, "12 millions") == "conseil départemental de la Creuse"
    assert _speaker(text, "seront finis en mai") == "conseil départemental de la Creuse"


def test_the_public_prosecutor_is_one_office_not_a_qualified_lawyer():
    text = _article("Le tribunal a condamné mardi l'ancien directeur général de la société, Henri Vasseur, à un an de "
                    "prison.",
                    "L'avocat général avait requis deux ans, estimant que le prévenu avait « monté un système ».")
    assert _speaker(text, "monté un système") == "avocat général"


def test_a_court_s_seat_and_its_island():
    text = _article("La cour d'appel de Basse-Terre de Guadeloupe a condamné mardi un élu pour favoritisme.",
                    "Dans son arrêt, la cour estime que l'élu a « délibérément écarté » deux entreprises.")
    assert _speaker(text, "délibérément écarté") == "cour d'appel de Basse-Terre de Guadeloupe"


def test_informer_que_reports_but_not_without_que():
    text = _article("La fromagerie a informé ses producteurs que le prix du lait serait baissé en octobre.",
                    "Ses dirigeants n'ont pas informé la préfecture d'écarts « importants » dans les comptes.")
    assert _speaker(text, "le prix du lait serait baissé") == "fromagerie"
    assert not any("écarts" in c.content for c in _claims(text))


def test_a_source_relayed_by_a_paper_it_was_reached_by():
    text = _article("L'Office national de la météorologie avait émis samedi une alerte pour quatre wilayas. De nouvelles "
                    "pluies sont attendues jusqu'à mardi sur la région, selon un prévisionniste de l'office joint par le "
                    "quotidien régional L'Écho des Bibans.")
    assert _speaker(text, "De nouvelles pluies sont attendues") == "prévisionniste de l'office"


def test_a_letter_s_full_stop_before_a_quotation_ends_the_sentence():
    text = _article("Son avocat a affirmé à l'AFP que le joueur « n'a jamais triché » et qu'il avait demandé l'analyse de "
                    "l'échantillon B. « Mon client s'entraîne seul », a-t-il ajouté.")
    claim = next(c for c in _claims(text) if "demandé l'analyse" in c.content)
    assert "Mon client" not in claim.content


def test_a_family_firm_s_name_after_et():
    text = _article("La maison de négoce beaunoise Girardot et Fils a affirmé au Figaro que les prix devraient "
                    "« nécessairement augmenter ».")
    assert _speaker(text, "nécessairement augmenter") == "Girardot et Fils"


def test_the_care_staff_in_a_relative_clause():
    text = _article("L'annonce intervient après deux semaines de grève du personnel soignant, qui dénonçait des "
                    "horaires modifiés « parfois la veille ».")
    assert _speaker(text, "horaires modifiés") == "personnel soignant"


def test_the_organisers_of_an_event_named_before():
    text = _article("Les organisateurs des Rencontres du cinéma saharien de Tozeur ont annulé samedi une projection.",
                    "Selon les organisateurs, plus de 5 000 spectateurs ont assisté aux séances.")
    assert _speaker(text, "plus de 5 000 spectateurs") == "organisateurs des Rencontres du cinéma saharien de Tozeur"


def test_the_trade_s_joint_body_by_its_name_not_the_country_opening_a_sentence():
    text = _article("Le prix a été fixé vendredi par l'Association interprofessionnelle du sésame du Niger (AISN).",
                    "Le Niger est un grand producteur de sésame. La récolte a atteint 90 000 tonnes, selon "
                    "l'interprofession.")
    assert _speaker(text, "La récolte a atteint 90 000 tonnes") == "Association interprofessionnelle du sésame du Niger"
