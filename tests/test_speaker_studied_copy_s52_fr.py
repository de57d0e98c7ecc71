"""French rules found on the copy studied in session 52 (Wikinews-texture sets of session 51).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import content_of, speaker_of


def test_a_quoted_subject_after_que_is_no_attribution_of_the_quotation():
    text = ("Titre\n\nLe porte-parole de la commission, le juge Karim Abdel-Fattah, a expliqué mardi que le froid et "
            "« la lassitude des électeurs » expliquaient cette désaffection.\n")
    assert content_of(text, "lassitude", "fr") == \
        "le froid et « la lassitude des électeurs » expliquaient cette désaffection"
    assert speaker_of(text, "lassitude", "fr") == "Karim Abdel-Fattah"


def test_a_united_nations_mission_named_at_length_is_a_body():
    text = ("Titre\n\nDans un rapport publié mercredi, la mission d'assistance des Nations unies au Soudan du Sud (Minuss) "
            "indique que les mines ont tué 213 civils en 2011.\n")
    assert speaker_of(text, "213 civils", "fr") == "mission d'assistance des Nations unies au Soudan du Sud"


def test_the_day_before_an_inverted_subject_is_no_part_of_its_relative_clause_speaker():
    text = ("Titre\n\nAucune victime n'est à déplorer, a annoncé jeudi soir la police cantonale fribourgeoise, qui précise "
            "que deux personnes légèrement blessées ont été hospitalisées.\n")
    assert speaker_of(text, "légèrement blessées", "fr") == "police cantonale fribourgeoise"


def test_a_newspaper_described_by_an_adjective_is_the_paper_named_before():
    text = ("Titre\n\nLe coureur a été entendu par les gendarmes, selon des propos rapportés par L'Écho. "
            "Selon le quotidien sportif, quatre coureurs de l'équipe ont été entendus mercredi.\n")
    assert speaker_of(text, "quatre coureurs", "fr") == "L'Écho"


def test_pour_says_for_what_when_a_source_closes_the_sentence():
    text = ("Titre\n\nPour une maison d'une valeur moyenne de 250 000 dollars, la hausse représentera environ 70 dollars, "
            "selon les documents budgétaires présentés par la municipalité.\n")
    assert speaker_of(text, "70 dollars", "fr") == "municipalité"


def test_age_de_opening_a_sentence_is_no_name():
    text = ("Titre\n\nL'astronome amateur Marc Vuilleumier a découvert une comète. Âgé de 61 ans, cet ancien facteur observe "
            "le ciel depuis son jardin. « J'ai d'abord cru à un défaut du capteur », a-t-il raconté à l'ATS.\n")
    assert speaker_of(text, "défaut du capteur", "fr") == "Marc Vuilleumier"


def test_the_agency_after_a_speaker_told_it_is_the_agency():
    text = ("Titre\n\n« L'eau est montée jusqu'au toit », a raconté à l'agence Reuters Maria Santos, une habitante de "
            "Baler. Dans cette ville, la plupart des routes restent coupées, rapporte l'agence.\n")
    assert speaker_of(text, "routes restent coupées", "fr") == "Reuters"


def test_a_command_a_secretariat_and_an_operator_named_at_length_are_bodies():
    text = ("Titre\n\nLe Commandement de la défense aérienne du Pacifique a confirmé qu'un objet semblait avoir atteint "
            "l'orbite. Le secrétariat aux droits de l'homme de la présidence de la République a salué dans un communiqué "
            "« une décision importante contre l'impunité ». L'opérateur de la centrale accidentée de Tokai a indiqué que "
            "ses équipes n'avaient relevé aucune anomalie.\n")
    assert speaker_of(text, "atteint l'orbite", "fr") == "Commandement de la défense aérienne du Pacifique"
    assert speaker_of(text, "impunité", "fr") == "secrétariat aux droits de l'homme de la présidence de la République"
    assert speaker_of(text, "aucune anomalie", "fr") == "opérateur de la centrale accidentée de Tokai"


def test_a_pronoun_opening_the_sentence_after_a_quotation_keeps_its_speaker():
    text = ("Titre\n\nRoger Whitcombe a assuré que les habitants n'avaient « aucune intention » de partir. « Nous ne sommes "
            "pas une colonie », a-t-il déclaré à la BBC. « Nous avons notre propre gouvernement et nous voulons rester "
            "britanniques. » Il a accusé Buenos Aires de mener une « guerre économique » contre les îles.\n")
    assert speaker_of(text, "notre propre gouvernement", "fr") == "Roger Whitcombe"
    assert speaker_of(text, "guerre économique", "fr") == "Roger Whitcombe"


def test_an_electoral_body_by_its_noun_is_no_person_whose_office_it_qualifies():
    text = ("Titre\n\nLe président sortant a été réélu avec 55,1 % des suffrages, a annoncé dimanche soir la présidente du "
            "Conseil national électoral (CNE), Marta Solís. La participation a atteint 80,5 %, selon l'organisme électoral.\n")
    assert speaker_of(text, "80,5 %", "fr") == "Conseil national électoral"


def test_a_closing_attribution_in_the_perfect_takes_the_finding_it_reports():
    text = ("Titre\n\nL'autopsie, pratiquée mercredi à Lyon, a révélé que la victime portait « plusieurs traces de coups » "
            "et qu'elle était morte avant l'incendie, a indiqué jeudi le procureur de la République de Vienne, Paul Arnaud.\n")
    assert speaker_of(text, "plusieurs traces", "fr") == "Paul Arnaud"
    assert content_of(text, "plusieurs traces", "fr").startswith("L'autopsie, pratiquée mercredi à Lyon, a révélé que")


def test_an_outlet_relaying_at_the_end_of_the_sentence_takes_no_clause():
    text = ("Titre\n\nLe parti avait rejeté dès dimanche toute implication dans les attaques et dénoncé des « arrestations "
            "arbitraires » de ses militants, a rapporté mardi le quotidien Le Patriote.\n")
    assert speaker_of(text, "arrestations", "fr") == "parti"


def test_a_ministry_by_its_seat_is_no_person_for_a_role_or_a_pronoun():
    text = ("Titre\n\nFrance : le Quai d'Orsay ferme ses ambassades\n\n20 septembre 2012. - Le ministère des Affaires "
            "étrangères a annoncé mercredi la fermeture de ses ambassades. « Il s'agit d'une mesure de précaution », a "
            "expliqué jeudi le porte-parole adjoint du Quai d'Orsay lors du point de presse.\n\nIl a précisé que la liste "
            "des pays concernés pourrait être « élargie ».\n")
    assert speaker_of(text, "mesure de précaution", "fr") == "porte-parole adjoint du Quai d'Orsay"
    assert speaker_of(text, "élargie", "fr") == "porte-parole adjoint du Quai d'Orsay"
