import pytest

from claims.extract.numbers import find_quantities


def quantities(text, lang):
    return [(q.text, q.value, q.unit) for q in find_quantities(text, 0, len(text), lang)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Il y a eu 1 000 morts.", "fr", [("1 000 morts", 1000.0, "dead")]),
        ("Il y a eu 1\u202f000 morts.", "fr", [("1\u202f000 morts", 1000.0, "dead")]),
        ("There were 1,000 dead.", "en", [("1,000 dead", 1000.0, "dead")]),
        ("une hausse de 3,5 %", "fr", [("3,5 %", 3.5, "%")]),
        ("a 3.5% rise", "en", [("3.5%", 3.5, "%")]),
        ("une baisse de 3 pour cent", "fr", [("3 pour cent", 3.0, "%")]),
        ("down 5 per cent, up 4 percent", "en", [("5 per cent", 5.0, "%"), ("4 percent", 4.0, "%")]),
        ("à trois kilomètres", "fr", [("trois kilomètres", 3.0, "km")]),
        ("three kilometres away", "en", [("three kilometres", 3.0, "km")]),
        ("12 miles off the coast", "en", [("12 miles", 12.0, "mile")]),
        ("trois millions de personnes", "fr", [("trois millions de personnes", 3e6, "person")]),
        ("1,5 milliard d'euros", "fr", [("1,5 milliard d'euros", 1.5e9, "EUR")]),
        ("$1.5 billion", "en", [("$1.5 billion", 1.5e9, "USD")]),
        ("200 dollars et 50 €", "fr", [("200 dollars", 200.0, "USD"), ("50 €", 50.0, "EUR")]),
        ("a fine of 300 roubles", "en", [("300 roubles", 300.0, "RUB")]),
        ("quatre-vingt-dix soldats", "fr", [("quatre-vingt-dix soldats", 90.0, "soldier")]),
        ("soixante-dix-sept, vingt et un", "fr", [("soixante-dix-sept", 77.0, None), ("vingt et un", 21.0, None)]),
        ("deux cent trois", "fr", [("deux cent trois", 203.0, None)]),
        ("mille deux cents", "fr", [("mille deux cents", 1200.0, None)]),
        ("two hundred and three", "en", [("two hundred and three", 203.0, None)]),
        ("twenty-one people", "en", [("twenty-one people", 21.0, "person")]),
        ("a hundred people", "en", [("a hundred people", 100.0, "person")]),
        ("un million de dollars", "fr", [("un million de dollars", 1e6, "USD")]),
        ("$5m and $5bn", "en", [("$5m", 5e6, "USD"), ("$5bn", 5e9, "USD")]),
        ("3,5 tonnes", "fr", [("3,5 tonnes", 3.5, "tonne")]),
        ("2.000 habitants", "fr", [("2.000 habitants", 2000.0, "person")]),
    ],
)
def test_quantities(text, lang, expected):
    assert quantities(text, lang) == expected


def test_french_and_english_forms_compare_equal():
    fr_q = find_quantities("à trois kilomètres", 0, 18, "fr")[0]
    en_q = find_quantities("3 km", 0, 4, "en")[0]
    assert (fr_q.value, fr_q.unit) == (en_q.value, en_q.unit) == (3.0, "km")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("le 14 septembre 2023", "fr"),
        ("depuis 2019", "fr"),
        ("on Sept. 14, 2023", "en"),
        ("since 2019", "en"),
        ("le G7 et les F-16", "fr"),
        ("à 14h30", "fr"),
        ("at 10:30", "en"),
        ("le 3e trimestre", "fr"),
        ("the 2nd round", "en"),
        ("un accord a été signé", "fr"),
        ("one of them signed a deal", "en"),
        ("COVID-19", "en"),
    ],
)
def test_dates_codes_times_and_articles_are_not_quantities(text, lang):
    assert quantities(text, lang) == []


def test_offsets_index_the_full_text():
    text = "Titre\n\nLe bilan est de trois morts, selon la police."
    start = text.index("Le bilan")
    (q,) = find_quantities(text, start, len(text), "fr")
    assert text[q.start:q.end] == q.text == "trois morts"
    assert q.value == 3.0 and q.unit == "dead"


def test_value_is_a_float():
    (q,) = find_quantities("12 soldats", 0, 10, "fr")
    assert isinstance(q.value, float)


# The pattern runs only where a digit, a currency sign or a number word starts.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "It costs $$5 and US$5m, or 3.5 percent, nine hundred people.",
            "en",
            [("$5", 5.0, "USD"), ("US$5m", 5e6, "USD"), ("3.5 percent", 3.5, "%"), ("nine hundred people", 900.0, "person")],
        ),
        (
            "Une personne, un accord, 1 000 soldats, trois millions d’euros, 45 %.",
            "fr",
            [("Une personne", 1.0, "person"), ("1 000 soldats", 1000.0, "soldier"), ("trois millions d’euros", 3e6, "EUR"), ("45 %", 45.0, "%")],
        ),
        ("Il y a QUATRE-VINGT-DIX chars.", "fr", [("QUATRE-VINGT-DIX chars", 90.0, "tank")]),
    ],
)
def test_quantities_found_from_their_triggers(text, lang, expected):
    assert quantities(text, lang) == expected


def test_weak_number_words_alone_are_not_looked_at():
    assert quantities("Une personne a signé un accord.", "fr") == []


def test_letters_that_ignorecase_folds_do_not_crash():
    assert quantities("trois millionſ de personnes", "fr") == [("trois millionſ de personnes", 3e6, "person")]
    assert quantities("three mİllion people", "en") == [("three mİllion people", 3e6, "person")]
