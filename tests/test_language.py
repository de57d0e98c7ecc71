import pytest

from claims.extract.lang import detect_language, en, fr, resources


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le Kremlin a confirmé que les deux dirigeants se sont donné des fusils lors de leur rencontre.", "fr"),
        ("« Nous sommes prêts », a déclaré le ministre, qui n'a pas précisé la date de sa visite.", "fr"),
        ("The Kremlin said on Thursday that the two leaders had exchanged rifles during their meeting.", "en"),
        ("\"We are ready,\" the minister told reporters, without giving a date for his visit.", "en"),
        ("Der russische Präsident sagte, die Zusammenarbeit mit Nordkorea sei wichtig für beide Länder.", "und"),
        ("El presidente ruso dijo que la cooperación con Corea del Norte es importante para los dos países.", "und"),
        ("Il presidente russo ha detto che la cooperazione con la Corea del Nord è importante per i due paesi.", "und"),
        ("O presidente russo disse que a cooperação com a Coreia do Norte é importante para os dois países.", "und"),
        ("Bonjour", "und"),
        ("Hello world", "und"),
        ("", "und"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_detect_language_reads_only_the_start():
    text = "Le Kremlin a confirmé que les deux dirigeants se sont rencontrés dans la ville. " * 30
    assert detect_language(text + "The the the of of and and that that was. " * 500) == "fr"


def test_resources_returns_the_language_module_or_none():
    assert resources("fr") is fr
    assert resources("en") is en
    assert resources("de") is None
    assert resources(None) is None


def test_language_modules_define_the_same_facts_names():
    names = [
        "MONTHS", "WEEKDAYS", "RELATIVE_DAYS", "RELATIVE_PERIODS", "NUMBER_WORDS", "SCALE_WORDS",
        "UNITS", "NEGATIONS", "FUNCTION_WORDS", "AGENCY_CITE_BEFORE", "AGENCY_CITE_AFTER",
        "CREDIT_MARKERS", "BOILERPLATE", "NAME_TITLES", "PLACE_KEYS",
    ]
    for name in names:
        assert hasattr(fr, name) and hasattr(en, name), name
    # Units are canonical across languages.
    assert fr.UNITS["kilomètres"] == en.UNITS["kilometres"] == "km"
    assert fr.UNITS["morts"] == en.UNITS["dead"]


def test_language_modules_define_the_same_uppercase_names():
    def names(module):
        return {name for name in vars(module) if name.isupper()}

    assert names(fr) == names(en)


@pytest.mark.parametrize(
    "text",
    [
        "l'homme d’État n'a-t-il pas dit : « c'est l'été » ? Aujourd'hui, 3e_essai x2 ²½ l''a",
        "Le  président\u00a0a dit\tqu'il n'était pas là.\nThe man's 'quoted' words",
        "",
    ],
)
def test_word_split_matches_the_word_pattern(text):
    from claims.extract.lang import _WORD, _words

    low = text.lower().replace("’", "'")
    assert _words(low) == _WORD.findall(low)
