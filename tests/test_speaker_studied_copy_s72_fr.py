"""French rules found on the copy studied in session 72 (set own/fr-blind223). Sentences and names invented for
these tests."""

from __future__ import annotations

from extract_support import claims_of


def _speaker(text: str, words: str) -> str | None:
    found = next(c for c in claims_of(text) if words in c.content)
    return found.speaker.name if found.speaker else None


def test_how_the_speaker_sounded_after_the_inverted_subject():
    text = ("Marc Delorme, 47 ans, est jugé pour abus de confiance. « Je n'ai jamais pris un euro pour moi », a affirmé "
            "à la barre le prévenu, la voix nouée.\n")
    assert _speaker(text, "Je n'ai jamais pris") == "Marc Delorme"


def test_the_station_the_speaker_talked_with_is_no_antecedent():
    text = ("La navigatrice Hina Tauatomo a abandonné dimanche.\n\n"
            "« La coque a tenu », a raconté la navigatrice lors d'une liaison par téléphone satellite avec Radio Tiare. "
            "Elle a précisé qu'elle faisait route vers Tahiti.\n")
    assert _speaker(text, "faisait route vers Tahiti") == "Hina Tauatomo"


def test_an_unnamed_officer_of_a_body_with_its_adjective_and_place():
    text = ("Les employeurs restent prudents. Un responsable de la mission locale de Douai, qui a requis l'anonymat, "
            "craint pour sa part que « les jeunes restent sur le carreau ». « Les entreprises veulent des jeunes déjà "
            "formés », a-t-il confié.\n")
    assert _speaker(text, "Les entreprises veulent") == "responsable de la mission locale de Douai"


def test_a_source_whose_name_lists_what_it_covers():
    text = ("Selon la direction régionale de l'alimentation, de l'agriculture, de la forêt, de la pêche et de la mer "
            "(Draafpm), la région recevra 4 000 hectares de plantations nouvelles.\n")
    assert _speaker(text, "la région recevra") == ("direction régionale de l'alimentation, de l'agriculture, de la forêt, "
                                                     "de la pêche et de la mer")


def test_the_company_by_its_long_form_after_its_short_form():
    text = ("Grève des conducteurs de la Régie des autobus de la vallée de l'Orne (RAVO), qui réclament une prime.\n\n"
            "La direction de la RAVO a jugé la grève « injustifiée ». Selon l'entreprise, chaque journée de grève lui "
            "coûte 40 000 euros.\n")
    assert _speaker(text, "chaque journée de grève") == "Régie des autobus de la vallée de l'Orne"


def test_pour_la_plupart_is_no_source():
    text = "Les 30 choristes, pour la plupart bénévoles, ont appris la nouvelle avec tristesse.\n"
    assert claims_of(text) == []


def test_a_body_with_its_founding_apposition_is_the_subject_not_a_statement():
    text = ("L'Ensemble vocal de la Rance (EVR), fondé en 1985 à Dinan, a annoncé mardi l'annulation de sa saison "
            "2012-2013, quelques jours avant son premier concert.\n")
    assert claims_of(text) == []


def test_a_report_of_a_named_body_published_on_a_day_after_the_statement():
    text = ("Un dossier déposé au tribunal administratif de Melun attend en moyenne trente mois avant d'être jugé, "
            "affirme un rapport du Syndicat national des greffiers de l'administration (SNGA) rendu public jeudi.\n")
    assert _speaker(text, "attend en moyenne trente mois") == "Syndicat national des greffiers de l'administration"


def test_an_administration_named_with_its_own_short_form_is_no_management():
    text = ("Le port de Wallis sera fermé du 2 au 9 juillet pour travaux, a annoncé lundi la direction des Affaires "
            "maritimes (DAM).\n")
    assert _speaker(text, "sera fermé") == "direction des Affaires maritimes"


def test_seules_opening_a_sentence_is_no_name_a_pronoun_could_mean():
    text = ("12 mars 2012. - Neuf classes fermeront à la rentrée, a annoncé jeudi l'inspecteur d'académie lors du comité "
            "réuni à Bourges. Seules quatre ouvertures sont prévues, à Vierzon et à Aubigny.\n\n"
            "L'inspecteur d'académie a justifié ces fermetures par la baisse des effectifs. « Nous ne fermons aucune "
            "école », a-t-il déclaré à la presse.\n")
    assert _speaker(text, "Nous ne fermons aucune école") == "inspecteur d'académie"


def test_a_gendarmerie_unit_with_a_long_name_speaks_after_the_statement():
    text = ("Deux alpinistes ont été tués samedi par une chute de pierres, a indiqué dimanche le peloton de gendarmerie "
            "de haute montagne (PGHM) de Modane.\n")
    assert _speaker(text, "Deux alpinistes") == "peloton de gendarmerie de haute montagne de Modane"


def test_a_place_so_named_in_guillemets_is_no_quotation():
    text = ("Deux alpinistes ont été tués samedi, a indiqué le peloton. La chute s'est produite dans le couloir dit "
            "« de la Pierre Grise », bien connu des grimpeurs.\n")
    assert [c.content for c in claims_of(text)] == ["Deux alpinistes ont été tués samedi"]


def test_a_participle_after_its_copula_is_no_reporting_verb():
    text = "Le rugby féminin reste peu développé au Gabon, où le championnat ne compte que six clubs, selon la fédération.\n"
    found = claims_of(text)
    assert [(c.content, c.speaker.name) for c in found] == [
        ("Le rugby féminin reste peu développé au Gabon, où le championnat ne compte que six clubs", "fédération")]


def test_a_body_told_to_do_something_is_named_without_the_order():
    text = ("La Ville de Sherbrooke a ordonné au Club d'aviron de l'Estrie de quitter d'ici au 1er mai le hangar qu'il "
            "occupe depuis 1990.\n\n"
            "Le président du club, Paul Roy, affirme que les rameurs n'ont jamais été consultés. Selon le club, les "
            "inscriptions ont chuté de moitié.\n")
    assert _speaker(text, "les inscriptions") == "Club d'aviron de l'Estrie"


def test_a_time_before_the_event_closes_the_inverted_subject():
    text = ("La première de Tosca a été annulée en raison d'une grève, a annoncé la direction du théâtre quelques heures "
            "avant le lever de rideau.\n")
    assert _speaker(text, "La première de Tosca") == "direction du théâtre"


def test_a_participle_agreeing_with_its_noun_is_no_reporting_verb():
    text = "Le Syndicat des musiciens (SDM) a dénoncé des suppressions annoncées « par un simple courriel ».\n"
    found = claims_of(text)
    assert [(c.content, c.speaker.name) for c in found] == [
        ("des suppressions annoncées « par un simple courriel »", "Syndicat des musiciens")]


def test_a_weekly_titled_like_a_letter_is_the_outlet():
    text = "Une pétition a recueilli 2 000 signatures en huit jours, rapporte l'hebdomadaire Le Courrier de l'Orvin.\n"
    assert _speaker(text, "Une pétition") == "Le Courrier de l'Orvin"


def test_a_participle_then_whom_it_was_said_to_then_que():
    text = ("Anne Varin, de l'université de Rennes, a jugé l'étude « solide », tout en estimant auprès de l'AFP que la "
            "taille annoncée était « sans doute exagérée ».\n")
    assert _speaker(text, "la taille annoncée") == "Anne Varin"
