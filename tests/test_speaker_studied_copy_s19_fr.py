"""French speaker rules found on the copy studied in session 19: a second role joined by "et" in
an apposition, a place between a role and its holder's name, a body named with its number, bodies
whose head is "Regroupement" or "Groupement", the fuller name of a public body the article wrote
once, a site named with its domain. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_the_second_role_of_an_apposition_names_the_person_for_its_family():
    text = ("Titre\n\n« Nous avons perdu notre principal client », explique Anne Vaudrey, petite-fille du fondateur "
            "et présidente de l'entreprise. La dirigeante affirme qu'« aucun licenciement n'est prévu ».\n")
    assert speaker_of(text, "aucun licenciement", "fr") == "Anne Vaudrey"


def test_one_of_the_founders_still_names_the_person_after_a_preposition():
    text = ("Titre\n\n« Il faut rouvrir le service », s'indigne Mélanie Carton, l'une des fondatrices du collectif. "
            "La mère de famille assure que plus de 4 200 personnes ont déjà signé la pétition.\n")
    assert speaker_of(text, "signé la pétition", "fr") == "Mélanie Carton"


def test_a_place_between_a_role_and_the_name_still_ties_the_role_to_the_name():
    text = ("Titre\n\nLe gouverneur de la région de Piura, dans le nord du Pérou, Hernán Salas Quiroga, a présenté "
            "jeudi sa démission.\n\nDans une lettre, le gouverneur a affirmé qu'il démissionnait « pour pouvoir se "
            "défendre librement ».\n")
    assert speaker_of(text, "démissionnait", "fr") == "Hernán Salas Quiroga"


def test_a_body_named_with_its_number_speaks_and_keeps_the_number():
    text = "Titre\n\nLe collectif Navetteurs 162 affirme que les trains arrivent en retard presque chaque jour.\n"
    assert speaker_of(text, "trains arrivent", "fr") == "Navetteurs 162"


def test_the_collective_is_the_one_named_between_guillemets_with_its_number():
    text = ("Titre\n\nLes membres du collectif « Navetteurs 162 » dénoncent des retards. Selon le collectif, seuls "
            "61 % des trains sont arrivés à l'heure à Arlon en octobre.\n")
    assert speaker_of(text, "61 %", "fr") == "Navetteurs 162"


def test_a_regroupement_of_contractors_is_a_body_not_a_person_with_a_role():
    text = ("Titre\n\nPour le Regroupement des entrepreneurs en génie civil du Québec (REGCQ), cet écart n'a rien "
            "de surprenant.\n")
    assert speaker_of(text, "écart", "fr") == "Regroupement des entrepreneurs en génie civil du Québec"


def test_a_public_body_written_once_with_its_town_is_that_body_later():
    text = ("Titre\n\nLe tribunal a ordonné à l'entreprise de rembourser à l'Autorité portuaire de Valence les frais "
            "de nettoyage. D'après l'Autorité portuaire, 14 cuves de stockage sont en service dans le port.\n")
    assert speaker_of(text, "14 cuves", "fr") == "Autorité portuaire de Valence"


def test_the_prosecution_written_once_with_its_qualifier_is_that_prosecution_later():
    text = ("Titre\n\nLe gouverneur a démissionné deux jours après une perquisition menée par le parquet "
            "anticorruption, a rapporté la presse. Selon le parquet, le gouverneur aurait favorisé des entreprises "
            "liées à son beau-frère.\n")
    assert speaker_of(text, "aurait favorisé", "fr") == "parquet anticorruption"


def test_the_prosecution_written_bare_stays_bare():
    text = ("Titre\n\nLe parquet a ouvert une enquête lundi. Selon le parquet, le gouverneur aurait favorisé des "
            "entreprises liées à son beau-frère.\n")
    assert speaker_of(text, "aurait favorisé", "fr") == "parquet"


def test_a_news_site_keeps_its_domain_in_both_languages():
    assert speaker_of("Titre\n\nSelon Heidi.news, la société a suspendu son essai clinique en octobre.\n",
                      "essai clinique", "fr") == "Heidi.news"
    assert speaker_of("Headline\n\nAccording to Domain.com, house prices rose 4% in the quarter.\n",
                      "house prices", "en") == "Domain.com"
    assert [c.kind for c in claims_of("Titre\n\nSelon Heidi.news, la société a suspendu son essai.\n", "fr")] == ["indirect"]


def test_the_company_is_the_one_named_with_its_designator_not_the_news_site_that_saw_the_email():
    text = ("Thérapie cellulaire : la biotech vaudoise Cellvia suspend son essai\n\nLa nouvelle est tombée lundi dans "
            "un courriel que Heidi.news a pu consulter. Cellvia Therapeutics suspend son essai de phase I. « Un "
            "événement grave a été observé chez un participant », écrit la société.\n")
    assert speaker_of(text, "événement grave", "fr") == "Cellvia Therapeutics"


def test_a_body_opening_a_sentence_never_runs_over_the_headline():
    text = ("Titre\n\nLa nouvelle est tombée hier. Cellvia Therapeutics suspend son essai. « Un événement grave a été "
            "observé chez un participant », écrit la société.\n")
    assert "\n" not in (speaker_of(text, "événement grave", "fr") or "")


def test_the_union_is_the_one_named_in_full_with_its_number():
    text = ("Titre\n\nLe syndicat n° 1 des travailleurs de Cerro Azul réclame une prime de fin de conflit de 25 "
            "millions de pesos. Selon le syndicat, plus de 95 % des ouvriers participent au mouvement.\n")
    assert speaker_of(text, "95 %", "fr") == "syndicat n° 1 des travailleurs de Cerro Azul"



def test_a_wali_is_a_role_and_the_region_after_it_no_person():
    text = ("Titre\n\nLors d'une réunion mercredi, le wali de la région Casablanca-Settat, Mohamed Lahlou-Bennani, a "
            "annoncé la fermeture des hammams. « La situation est sérieuse, mais elle est maîtrisée », a assuré le "
            "wali.\n\nLe directeur régional de la Société régionale multiservices Casablanca-Settat, Youssef Ait "
            "Lahcen, a indiqué que les coupures nocturnes seraient étendues.\n")
    assert speaker_of(text, "sérieuse", "fr") == "Mohamed Lahlou-Bennani"
    assert speaker_of("Titre\n\nLe wali de la région Drâa-Tafilalet a déclaré que ce patrimoine doit profiter "
                      "aux habitants.\n", "patrimoine", "fr") == "wali de la région Drâa-Tafilalet"


def test_a_ministry_with_three_portfolios_speaks_under_its_whole_name():
    text = ("Titre\n\nLe ministère de la Jeunesse, de la Culture et de la Communication a annoncé mardi qu'il "
            "engageait une procédure de classement.\n")
    assert speaker_of(text, "procédure", "fr") == "ministère de la Jeunesse, de la Culture et de la Communication"
