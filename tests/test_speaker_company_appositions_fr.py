"""French copy that names a company with its noun in apposition ("Carbonia Norte, la société qui
exploite le site", "l'entreprise exploitante, Bâtiplus Nord"): "la société", "l'entreprise" later
stand for it."""

from __future__ import annotations

from extract_support import speaker_of_last


def test_company_noun_and_adjective_before_the_name_in_apposition():
    assert speaker_of_last("Le chantier du tunnel est arrêté depuis lundi, a annoncé l'entreprise exploitante, "
                           "Bâtiplus Nord. Dans un communiqué, la société a précisé que les ouvriers avaient été "
                           "évacués.") == "Bâtiplus Nord"


def test_company_noun_in_apposition_after_the_name():
    assert speaker_of_last("Le syndicat des dockers de Carbonia Norte, la société qui exploite le terminal, réclame "
                           "une prime.\n\nDans un communiqué, Carbonia Norte a affirmé que son offre était "
                           "généreuse. L'entreprise a précisé que le trafic était réduit de moitié.") == "Carbonia Norte"


def test_a_source_phrase_before_the_name_is_no_apposition():
    assert speaker_of_last("Selon Paul Mercier, la société qui gère le port a perdu des clients. Le syndicaliste "
                           "Paul Mercier a ajouté que les salaires étaient gelés.") == "Paul Mercier"


def test_a_news_agency_is_never_the_union():
    assert speaker_of_last("Le syndicat des mineurs a lancé une grève illimitée lundi. Selon l'agence Reuters, le cours "
                           "du nickel a progressé. Le syndicat a annoncé qu'une assemblée se tiendrait vendredi.") != "Reuters"


def test_le_musee_is_the_museum_the_sentence_names():
    assert speaker_of_last("Le Musée des Confluences de Lyon a rendu jeudi deux statues au Bénin, a annoncé le musée "
                           "dans un communiqué.") == "Musée des Confluences de Lyon"


def test_la_banque_is_the_bank_named_before_an_acronym_named_later():
    assert speaker_of_last("La Banque gabonaise de développement (BGD) a levé 80 milliards auprès d'investisseurs de la "
                           "Communauté économique et monétaire de l'Afrique centrale (CEMAC). Selon le communiqué de la "
                           "banque, la demande a dépassé l'offre.") != "Communauté économique et monétaire de l'Afrique centrale"


def test_le_departement_ministeriel_is_the_ministry_that_spoke():
    assert speaker_of_last("Selon le Syndicat national des enseignants (SNE), 300 écoles sont fermées. Dans un "
                           "communiqué, le ministère de l'Éducation affirme que les salaires seront versés. Le "
                           "département ministériel estime dès lors que la grève est « injustifiée ».") \
        == "ministère de l'Éducation"


def test_le_syndicat_is_the_union_named_in_lower_case_before_its_short_form():
    assert speaker_of_last("Le secrétaire général du syndicat des infirmiers (SNI), Paul Otieno, a appelé à la grève. "
                           "Le ministère a qualifié le mouvement d'« illégal ».\n\nLes services tournaient au ralenti "
                           "lundi, a constaté un correspondant de l'AFP. Selon le syndicat, 80 % des infirmiers ont "
                           "cessé le travail.") == "syndicat des infirmiers"
