"""Datelines: the publication date an article states at its top, used when the article has none."""

from datetime import date

import pytest

from claims.article import Article
from claims.extract import extract


def _said_on(extraction, fragment: str) -> str | None:
    claim = next(c for c in extraction.claims if fragment in c.content)
    return claim.said_on.iso() if claim.said_on else None


def test_french_wikinews_dateline_dates_the_article_and_resolves_relative_dates():
    text = (
        "Grèce : le gouvernement de coalition formé\n\n"
        "21 juin 2012. - Le nouveau premier ministre a présenté son équipe de 38 membres.\n\n"
        "Le porte-parole du gouvernement a déclaré hier que la coalition resterait dans la zone euro."
    )
    extraction = extract(Article(text, language="fr"))
    assert extraction.published == date(2012, 6, 21)
    assert _said_on(extraction, "la coalition resterait") == "2012-06-20"


def test_agency_dateline_with_city_and_le():
    text = (
        "Paris, le 3 mars 2023 (AFP) - Le ministre de l'Économie a assuré mardi que la croissance "
        "resterait positive cette année."
    )
    extraction = extract(Article(text, language="fr"))
    assert extraction.published == date(2023, 3, 3)
    assert _said_on(extraction, "la croissance resterait") == "2023-02-28"


def test_reuters_dateline_with_year():
    text = "MOSCOW, Sept 14, 2023 (Reuters) - The Kremlin said on Wednesday that the talks had been useful."
    extraction = extract(Article(text, language="en"))
    assert extraction.published == date(2023, 9, 14)
    assert _said_on(extraction, "the talks had been useful") == "2023-09-13"


def test_dateline_without_year_gives_no_publication_date():
    text = "MOSCOW, Sept 14 (Reuters) - The Kremlin said on Wednesday that the talks had been useful."
    extraction = extract(Article(text, language="en"))
    assert extraction.published is None
    said_on = _said_on(extraction, "the talks had been useful")
    assert said_on is None or said_on.startswith("--")  # never a guessed year


def test_dateline_without_date():
    text = "WASHINGTON (AP) — The White House said on Monday that the summit would go ahead."
    assert extract(Article(text, language="en")).published is None


def test_date_alone_under_the_headline():
    text = (
        "Mayor says the bridge will reopen\n\n"
        "Monday, January 7, 2019\n\n"
        "The mayor said on Friday that the bridge would reopen in March."
    )
    extraction = extract(Article(text, language="en"))
    assert extraction.published == date(2019, 1, 7)
    assert _said_on(extraction, "the bridge would reopen") == "2019-01-04"


def test_sentence_opening_with_a_date_is_not_a_dateline():
    text = "Le 3 mars 2023, le ministre a déclaré que la réforme serait votée avant l'été."
    assert extract(Article(text, language="fr")).published is None


def test_known_publication_date_wins_over_the_dateline():
    text = "21 juin 2012. - Le ministre a déclaré hier que la réforme serait votée avant l'été."
    extraction = extract(Article(text, language="fr", published=date(2012, 6, 22)))
    assert extraction.published is None  # the article's own date is kept by ingest
    assert _said_on(extraction, "la réforme serait votée") == "2012-06-21"


def test_dateline_does_not_date_the_statements_of_its_sentence():
    text = "21 juin 2012. - Le ministre a déclaré que la réforme serait votée avant l'été."
    extraction = extract(Article(text, language="fr"))
    assert extraction.published == date(2012, 6, 21)
    assert _said_on(extraction, "la réforme serait votée") is None


def test_claim_opening_the_dateline_paragraph_starts_after_the_dateline():
    from extract_support import claims_of

    found = claims_of(
        "Chili : un séisme dans le nord\n\n"
        "14 mars 2026. - Un séisme a frappé mardi le nord du Chili, selon le service national des catastrophes.")
    assert found[0].content.startswith("Un séisme a frappé")


@pytest.mark.parametrize("dateline", [
    "LIMA, March 4, 2025 (Reuters) - ",  # place, day and year: two commas
    "WASHINGTON, D.C., March 4 (AP) — ",
    "SAN JOSE, Costa Rica, March 4, 2025 (AP) — ",
    "LIMA, March 4 (Reuters) - ",
    "Lima, March 4 (Reuters) - ",
    "Lima, Peru (AP) — ",
    "Lima, Peru, March 4, 2025 (Reuters) - ",
])
def test_statement_attributed_after_it_in_an_agency_dateline_paragraph(dateline):
    text = dateline + "A landslide buried a road near Lima on Tuesday, police said.\n\nThe road stays closed.\n"
    claims = extract(Article(text, language="en")).claims
    assert [(c.content, c.speaker.name, text[c.start:c.end]) for c in claims] == [
        ("A landslide buried a road near Lima on Tuesday", "police", "A landslide buried a road near Lima on Tuesday")]


def test_french_statement_attributed_after_it_in_an_agency_dateline_paragraph():
    text = ("Lima, le 4 mars 2025 (AFP) - Un glissement de terrain a enseveli une route mardi, a indiqué la police.\n\n"
            "La route reste fermée.\n")
    claims = extract(Article(text, language="fr")).claims
    assert [(c.content, c.speaker.name) for c in claims] == [("Un glissement de terrain a enseveli une route mardi", "police")]
