from datetime import date

import pytest

from claims.extract.dates import find_dates

PUB = date(2023, 9, 15)  # a Friday


def dates(text, lang, published=PUB):
    return [(d.text, d.date.iso()) for d in find_dates(text, 0, len(text), lang, published)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("a déclaré Dmitri Peskov à Moscou le 14 septembre.", "fr", [("14 septembre", "2023-09-14")]),
        ("Il l'a annoncé le 14 septembre 2023.", "fr", [("14 septembre 2023", "2023-09-14")]),
        ("La rencontre a eu lieu jeudi.", "fr", [("jeudi", "2023-09-14")]),
        ("Il l'a dit hier soir.", "fr", [("hier", "2023-09-14")]),
        ("Elle l'a dit mardi dernier.", "fr", [("mardi dernier", "2023-09-12")]),
        ("Il viendra jeudi prochain.", "fr", [("jeudi prochain", "2023-09-21")]),
        ("Un fusil inspecté en décembre 2021.", "fr", [("en décembre 2021", "2021-12")]),
        ("Lavrov se rendrait en Corée du Nord en octobre.", "fr", [("en octobre", "2023-10")]),
        ("Son premier voyage depuis 2019.", "fr", [("2019", "2019")]),
        ("Le plan se poursuit depuis mai dernier.", "fr", [("depuis mai dernier", "2023-05")]),
        ("Le vote a eu lieu les 16 et 17 juin.", "fr", [("16", "2023-06-16"), ("17 juin", "2023-06-17")]),
        ("Il est arrivé le 1er septembre.", "fr", [("1er septembre", "2023-09-01")]),
        ("Publié le 14/09/2023.", "fr", [("14/09/2023", "2023-09-14")]),
        ("Il l'a dit la semaine dernière.", "fr", [("la semaine dernière", "2023-09")]),
        ("Il l'a dit l'an dernier.", "fr", [("l'an dernier", "2022")]),
        ("« Aujourd’hui, nous signons », a-t-il dit.", "fr", [("Aujourd’hui", "2023-09-15")]),
        ("The Kremlin said on Thursday that the visit was over.", "en", [("on Thursday", "2023-09-14")]),
        ("He spoke on Sept. 14 in Moscow.", "en", [("Sept. 14", "2023-09-14")]),
        ("It was signed on September 14, 2023.", "en", [("September 14, 2023", "2023-09-14")]),
        ("Talks ended 14 Sept in Vladivostok.", "en", [("14 Sept", "2023-09-14")]),
        ("He said so yesterday.", "en", [("yesterday", "2023-09-14")]),
        ("She said earlier this month that", "en", [("earlier this month", "2023-09")]),
        ("His first trip abroad since 2019 and in 2020.", "en", [("2019", "2019"), ("2020", "2020")]),
        ("He said last Tuesday that", "en", [("last Tuesday", "2023-09-12")]),
        ("The report, dated 2023-09-14, said", "en", [("2023-09-14", "2023-09-14")]),
        ("The talks were held in December 2021.", "en", [("in December 2021", "2021-12")]),
    ],
)
def test_dates_resolved_against_publication(text, lang, expected):
    assert dates(text, lang) == expected


def test_offsets_index_the_full_text():
    text = "Titre\n\nIl a parlé à Moscou le 14 septembre. Puis il est parti."
    start = text.index("Il")
    (mention,) = find_dates(text, start, text.index("Puis"), "fr", None)
    assert text[mention.start:mention.end] == mention.text == "14 septembre"


def test_yearless_date_stays_partial_without_publication():
    assert dates("le 14 septembre", "fr", None) == [("14 septembre", "--09-14")]
    assert dates("on Sept. 14", "en", None) == [("Sept. 14", "--09-14")]
    assert dates("en octobre", "fr", None) == [("en octobre", "--10")]


def test_relative_dates_need_the_publication_date():
    assert dates("jeudi, hier, mardi dernier, la semaine dernière", "fr", None) == []
    assert dates("on Thursday, yesterday, last week, earlier this month", "en", None) == []


def test_last_week_across_two_months_is_not_a_date():
    # 2023-10-04 is a Wednesday; the week before runs 25 Sept – 1 Oct.
    assert dates("last week", "en", date(2023, 10, 4)) == []
    assert dates("la semaine dernière", "fr", date(2023, 10, 4)) == []
    assert dates("last week", "en", date(2023, 10, 20)) == [("last week", "2023-10")]


def test_yearless_date_never_far_after_publication():
    # 20 September, published 15 September: the only occurrence on or before publication is a
    # year back, too far to claim; the year stays unknown rather than invented.
    assert dates("le 20 septembre", "fr") == [("20 septembre", "--09-20")]
    # Published 2 January: 30 December is last year's.
    assert dates("le 30 décembre", "fr", date(2024, 1, 2)) == [("30 décembre", "2023-12-30")]
    # A day or two after publication (articles dated the morning after) is allowed.
    assert dates("le 16 septembre", "fr") == [("16 septembre", "2023-09-16")]


def test_weekday_on_publication_day_is_that_day():
    assert dates("il a dit vendredi", "fr") == [("vendredi", "2023-09-15")]
    assert dates("vendredi dernier", "fr") == [("vendredi dernier", "2023-09-08")]


def test_weekday_with_date_chooses_the_matching_year():
    # Tuesday 3 July is 2012; published in September 2012.
    assert dates("Un reportage diffusé mardi 3 juillet", "fr", date(2012, 9, 1)) == [("mardi 3 juillet", "2012-07-03")]


def test_common_words_are_not_months():
    assert dates("He may be right", "en") == []
    assert dates("Mars est une planète et mai est un mois", "fr") == []
    assert dates("She will march on", "en") == []


def test_quantities_that_look_like_years_are_not_dates():
    assert dates("Il y a eu de 2000 personnes à 2500 personnes", "fr") == []


def test_invalid_dates_are_dropped():
    assert dates("le 31 février", "fr") == []
    assert dates("2023-13-45", "en") == []


def test_unknown_language_reads_only_unambiguous_dates():
    text = "Am 14 septembre 2023 und 2023-09-14, hier, mardi"
    assert dates(text, "und") == [("14 septembre 2023", "2023-09-14"), ("2023-09-14", "2023-09-14")]


# The patterns run only where a digit, a month, a weekday or a relative phrase can anchor a
# date; these dates start words before their anchor or sit in unusual spacing and case.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Il l'a dit au mois d'août, puis à la mi-septembre et plus tôt ce mois-ci.",
            "fr",
            [("au mois d'août", "2023-08"), ("à la mi-septembre", "2023-09"), ("plus tôt ce mois-ci", "2023-09")],
        ),
        (
            "Réunion prévue jusqu’en   octobre, depuis\n2019 et en2020.",
            "fr",
            [("jusqu’en   octobre", "2023-10"), ("2019", "2019"), ("2020", "2020")],
        ),
        (
            "He spoke earlier in March, on the 3rd of May, last Tuesday and mid-2021.",
            "en",
            [("earlier in March", "--03"), ("3rd of May", "2023-05-03"), ("last Tuesday", "2023-09-12"), ("2021", "2021")],
        ),
        (
            "SİNCE MARCH 2020 and ſince June 2021, the meeting on Friday.",
            "en",
            [("SİNCE MARCH 2020", "2020-03"), ("ſince June 2021", "2021-06"), ("on Friday", "2023-09-15")],
        ),
    ],
)
def test_dates_anchored_away_from_their_start(text, lang, expected):
    assert dates(text, lang) == expected


def test_dates_in_a_region_use_the_characters_around_it():
    text = "Le 14 septembre 2023, X2023 et 12 juin."
    start = text.index("2023")  # inside "14 septembre 2023": no date starts mid-expression
    assert [(d.text, d.start) for d in find_dates(text, start, len(text), "fr", PUB)] == [("12 juin", text.index("12 juin"))]


def test_letters_that_ignorecase_folds_do_not_crash():
    # "ſ", "ı" and "İ" match "s" and "i" case-insensitively but lower-case to other letters.
    assert dates("le 3 ſeptembre, MARDİ", "fr") == [("3 ſeptembre", "2023-09-03"), ("MARDİ", "2023-09-12")]
    assert dates("Le 2 mai, il a dit hıer", "fr") == [("2 mai", "2023-05-02"), ("hıer", "2023-09-14")]


def test_region_without_a_date_word_of_its_own_is_not_scanned():
    # The month glued to "in" is no word of its own and there is no digit: nothing is read.
    assert dates("as inSEPT. flation bites", "en") == []


def test_name_and_phrase_triggers_are_the_pattern_matches():
    # The names and relative phrases found from their first letters (`prefix_offsets`) are what
    # a scan of the whole text with their patterns finds, overlapping phrases included.
    from claims.extract import dates
    from claims.extract.triggers import positions

    text = "plus tôt ce mois-ci, marché de mardi, mars, enmars, sept septembre; Sunday, sun, last week"
    for pat in dates._PATTERNS.values():
        found = dates._triggers(pat, text, text, 0)
        names = [(m.start(), kind) for m in pat.names.finditer(text) for kind in sorted(pat.name_kinds[m.group()])]
        assert sorted(names) == sorted((p, kind) for kind in ("month", "weekday") for p in found[kind])
        assert found["relative"] == positions(pat.relatives, text, 0)
