import pytest

from claims.extract.entities import entity_key, find_entities, is_negated


def entities(text, lang):
    return find_entities(text, 0, len(text), lang)


def test_french_entities():
    text = (
        "Le porte-parole du Kremlin a déclaré que le ministre des Affaires étrangères Sergueï Lavrov "
        "se rendrait en Corée du Nord en octobre. M. Peskov a déclaré que la Russie demeurait un "
        "membre responsable du Conseil de sécurité des Nations unies."
    )
    assert entities(text, "fr") == [
        "Kremlin", "Affaires étrangères", "Sergueï Lavrov", "Corée du Nord", "Peskov", "Russie",
        "Conseil de sécurité des Nations unies",
    ]


def test_english_entities():
    text = (
        "Kremlin spokesman Dmitry Peskov said North Korea and Russia would cooperate. Meanwhile, "
        "the United States said on Thursday that Kim Jong Un met Vladimir Putin in Vladivostok. "
        "Mr. Biden did not comment."
    )
    assert entities(text, "en") == [
        "Kremlin", "Dmitry Peskov", "North Korea", "Russia", "United States", "Kim Jong Un",
        "Vladimir Putin", "Vladivostok", "Biden",
    ]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Interrogé sur la levée des sanctions, il a répondu.", "fr"),
        ("Selon lui, le sommet était utile. Mardi, il est rentré.", "fr"),
        ("Cependant, les dirigeants sont rentrés en septembre.", "fr"),
        ("However, the leaders returned on Thursday in September.", "en"),
        ("Meanwhile, officials said they would return.", "en"),
    ],
)
def test_sentence_initial_common_words_are_not_entities(text, lang):
    assert entities(text, lang) == []


def test_entities_are_within_the_range():
    text = "Moscou a confirmé. Pékin a démenti."
    start = text.index("Pékin")
    assert find_entities(text, start, len(text), "fr") == ["Pékin"]


@pytest.mark.parametrize(
    "fr_name, en_name",
    [
        ("Russie", "Russia"),
        ("Corée du Nord", "North Korea"),
        ("États-Unis", "United States"),
        ("Chine", "China"),
        ("Ukraine", "Ukraine"),
        ("Moscou", "Moscow"),
        ("Pékin", "Beijing"),
        ("Kiev", "Kyiv"),
        ("Nations unies", "United Nations"),
        ("Conseil de sécurité des Nations unies", "United Nations Security Council"),
        ("OTAN", "NATO"),
        ("Union européenne", "European Union"),
        ("Maison Blanche", "White House"),
        ("Sergueï Lavrov", "Sergei Lavrov"),
        ("Vladimir Poutine", "Vladimir Putin"),
    ],
)
def test_entity_key_links_french_and_english(fr_name, en_name):
    assert entity_key(fr_name) == entity_key(en_name)


def test_entity_key_keeps_different_entities_apart():
    assert entity_key("Corée du Nord") != entity_key("Corée du Sud")
    assert entity_key("Sergueï Lavrov") != entity_key("Vladimir Poutine")


@pytest.mark.parametrize(
    "text, lang, negated",
    [
        ("aucun accord n'a été signé", "fr", True),
        ("des accords ont été signés", "fr", False),
        ("la Russie ne livrera pas d'armes", "fr", True),
        ("il n'a jamais rencontré Kim", "fr", True),
        ("nous ne voulons plus de guerre", "fr", True),
        ("il ne reste rien", "fr", True),
        ("la réponse est non", "fr", True),
        ("le traité de non-prolifération", "fr", False),
        ("il ne fait que répéter", "fr", False),
        ("non seulement la Russie mais aussi la Chine", "fr", False),
        ("Lavrov will not visit Pyongyang", "en", True),
        ("Lavrov won't visit Pyongyang", "en", True),
        ("Lavrov will visit Pyongyang", "en", False),
        ("no agreement was signed", "en", True),
        ("he has never met Kim", "en", True),
        ("none of the rifles", "en", True),
        ("it is the No. 1 priority", "en", False),
        ("there is no doubt it will happen", "en", False),
    ],
)
def test_is_negated(text, lang, negated):
    assert is_negated(text, lang) is negated


def test_is_negated_unknown_language():
    assert is_negated("nicht", "de") is False


@pytest.mark.parametrize(
    "content, lang, expected",
    [
        ("IL N’A JAMAIS DIT ÇA.", "fr", True),
        ("Non seulement lui, mais aussi elle.", "fr", False),
        ("L'union a fini par signer.", "fr", False),
        ("He said nothıng.", "en", True),  # dotless i matches "i" under IGNORECASE
        ("NOTHİNG was said.", "en", True),  # "İ" lower-cases to two characters
        ("No doubt he came.", "en", False),
        ("Nobody came; another one did.", "en", True),
        ("The nonsense known.", "en", False),
    ],
)
def test_negation_case_and_word_edges(content, lang, expected):
    assert is_negated(content, lang) is expected


def test_entities_skip_lower_case_regions():
    assert entities("il a dit que la réunion aurait lieu demain.", "fr") == []
