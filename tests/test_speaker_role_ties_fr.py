"""French roles tied to a name in less common shapes: a compound of two role words ("son
président-fondateur, X"), a role before a title in apposition ("le directeur de l'hôpital, le Dr X");
the role phrase met later ("le dirigeant", "le directeur") is that person."""

from __future__ import annotations

from extract_support import speaker_of, speaker_of_last


def test_a_compound_role_ties_the_person_to_both_families():
    assert speaker_of_last("La start-up a été placée en redressement judiciaire. « Nous avons perdu notre principal "
                           "client », explique son président-fondateur, Marc Delaunay-Roche.\n\n"
                           "Le marché a reculé de 10 %, selon la fédération du secteur.\n\n"
                           "Selon le tribunal, le passif atteint 8 millions d'euros. Le dirigeant assure que deux "
                           "repreneurs se sont manifestés.") == "Marc Delaunay-Roche"


def test_a_role_before_a_title_in_apposition_is_tied_to_the_name():
    text = ("Le directeur de l'hôpital, le Dr Paul Mercier-Lasalle, a fait le point. Selon le Dr Mercier-Lasalle, dix "
            "lits sont fermés. Interrogé sur les délais, le directeur s'est borné à indiquer qu'« un audit est en "
            "cours ». « J'attends depuis six mois », témoigne Marc Lenoir, 58 ans, retraité.")
    assert speaker_of(text, "un audit", lang="fr") == "Paul Mercier-Lasalle"


def test_an_office_is_never_the_holder_of_another_office_named_next():
    text = ("Titre\n\nLe préfet des Ardennes a indiqué vendredi matin que les services de l'État « suivront avec la plus "
            "grande attention » les négociations.\n\nÀ Revin, le maire, Bernard Coulon, redoute un « effet domino » "
            "sur les sous-traitants.")
    assert speaker_of(text, "services de l'État", "fr") == "préfet des Ardennes"


def test_la_syndicaliste_is_the_union_delegate_just_quoted():
    text = ("Revin : la fonderie annonce 87 suppressions de postes\n\n« Nos volumes ont baissé de 34 % en deux ans », "
            "justifie le directeur général, Olivier Baudart, dans un communiqué diffusé jeudi soir.\n\nPour Sandrine "
            "Lefort, déléguée CGT, l'annonce n'est pas une surprise. « Depuis le printemps, on voyait les presses "
            "s'arrêter une semaine sur deux. La direction nous disait que c'était passager.\n\n« Aujourd'hui, on "
            "comprend qu'ils préparaient ce plan depuis des mois. »\n\nLa syndicaliste affirme que la direction a refusé "
            "un dispositif d'activité partielle.")
    assert speaker_of(text, "dispositif d'activité partielle", "fr") == "Sandrine Lefort"


def test_le_syndicaliste_is_the_union_secretary_just_quoted():
    text = ("Titre\n\nPour Davide Rossetti, secrétaire syndical au SIT, «la sous-traitance permet aux HUG de faire des "
            "économies». Le syndicaliste affirme que plusieurs salariées travaillent à temps partiel imposé.")
    assert speaker_of(text, "temps partiel", "fr") == "Davide Rossetti"
