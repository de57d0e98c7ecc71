"""French speaker rules found on the copy studied in session 47: a local body named by its kind
("la criée", "la régie", "le zoo") stands for the fuller name the article gives it
with its place ("la criée des Sables-d'Olonne", an elision inside a hyphenated name); a document's
complement that is only a date names no author; a prefect's act speaks for the prefecture of the
one département the article names (not a sub-prefecture's town); a capitalised association's name
keeps what it is for ("l'Association de défense des victimes de X & Y"); an outlet of two words
after "à" is no part of the person named next, nor is a channel's number and a region of two words
("à France 3 Grand Est la conservatrice"). Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_la_criee_is_the_fish_market_named_with_its_town():
    text = ("Titre\n\nLa criée des Sables-d'Olonne a vendu moins de sole cette année.\n\n"
            "Selon la criée, les apports ont baissé de 18 % sur un an.\n")
    assert speaker_of(text, "les apports ont baissé", "fr") == "criée des Sables-d'Olonne"


def test_la_regie_is_the_board_named_with_its_place():
    text = ("Titre\n\nLa régie des eaux de Port-Vernon a relevé ses tarifs.\n\n"
            "Selon la régie, le prix du mètre cube passera à 4,10 euros en janvier.\n")
    assert speaker_of(text, "le prix du mètre cube", "fr") == "régie des eaux de Port-Vernon"


def test_le_zoo_is_the_zoo_named_with_its_town():
    text = ("Titre\n\nLe zoo de Saint-Aubin a accueilli deux pandas roux.\n\n"
            "Selon le zoo, la fréquentation a progressé de 12 % depuis leur arrivée.\n")
    assert speaker_of(text, "la fréquentation a progressé", "fr") == "zoo de Saint-Aubin"


def test_a_documents_date_is_no_author():
    text = ("Titre\n\nLa station a pompé l'eau du lac pendant tout l'été.\n\n"
            "D'après l'arrêté préfectoral du 28 octobre, les prélèvements sont limités à 40 000 mètres cubes par an.\n")
    assert speaker_of(text, "les prélèvements sont limités", "fr") != "28 octobre"


def test_a_prefectoral_act_speaks_for_the_prefecture_of_the_one_departement():
    text = ("Titre\n\nLa préfecture du Jura a réuni lundi le comité sécheresse.\n\n"
            "Selon l'arrêté préfectoral signé lundi, l'arrosage des jardins est interdit de 8 heures à 20 heures.\n")
    assert speaker_of(text, "l'arrosage des jardins", "fr") == "préfecture du Jura"


def test_a_sub_prefectures_town_is_no_departement():
    text = ("Titre\n\nLes irrigants ont manifesté devant la sous-préfecture de Fontenay-le-Comte.\n\n"
            "D'après l'arrêté préfectoral du 3 mars 2025, le volume prélevable est plafonné à 8 millions de mètres cubes.\n")
    assert speaker_of(text, "le volume prélevable", "fr") != "préfecture de Fontenay-le-Comte"


def test_a_capitalised_association_keeps_what_it_is_for():
    text = ("Titre\n\nD'après l'Association de défense des victimes de Vignes & Terroirs, seuls 140 000 euros ont été "
            "restitués.\n")
    assert speaker_of(text, "seuls 140 000 euros", "fr") == "Association de défense des victimes de Vignes & Terroirs"


def test_a_two_word_outlet_after_a_is_no_part_of_the_persons_name():
    text = ("Titre\n\n« On a sorti plus de 2 000 poissons en une semaine », explique à Radio Doubs Bruno Vercel, "
            "président de l'association de pêche.\n")
    assert speaker_of(text, "sorti plus de 2 000", "fr") == "Bruno Vercel"


def test_an_outlet_of_two_words_before_two_unlisted_names():
    text = ("Titre\n\n« Si cela continue, tout le riz va sécher », a confié à Loop Haïti Wilner Josué, riziculteur à "
            "Pont-Sondé.\n")
    assert speaker_of(text, "tout le riz va sécher", "fr") == "Wilner Josué"


def test_a_channel_its_number_and_a_region_of_two_words_open_no_name():
    text = ("Vol au musée\n\n« C'est un soulagement », a déclaré lundi à France 3 Grand Est la conservatrice du musée, "
            "Hélène Marchal.\n")
    assert speaker_of(text, "C'est un soulagement", "fr") == "Hélène Marchal"
