"""English: "the government" of an article about one country is that country's ("the government said" in a story
about Oman: the Omani government), as the guidelines' fullest name has it."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from claims.extract.lang.en import COUNTRY_DEMONYMS
from claims.extract.state_names_en import COUNTRY_NAMES
from claims.extract.types import SpeakerRef

_COUNTRIES = tuple(COUNTRY_NAMES) + ("Tonga", "Samoa", "Vanuatu")
# Territories with governments of their own, which no adjective names ("the government of Montserrat").
_TERRITORIES = ("Montserrat", "Gibraltar", "Bermuda", "Anguilla", "Cayman Islands", "Falkland Islands", "Isle of Man", "Jersey",
                "Guernsey", "Turks and Caicos Islands", "British Virgin Islands", "Greenland", "Faroe Islands", "Niue",
                "Cook Islands", "Tokelau", "Saint Helena", "Norfolk Island", "Puerto Rico", "Guam")


def demonym(country: str) -> str:
    """The adjective of COUNTRY ("Lithuania" → "Lithuanian", "Oman" → "Omani")."""
    if country in COUNTRY_DEMONYMS:
        return COUNTRY_DEMONYMS[country]
    return country + ("n" if country.endswith("a") else "ian")


@lru_cache(maxsize=1)
def _places() -> re.Pattern:
    """Any country's name or adjective, whole."""
    words = sorted(set(_COUNTRIES) | {demonym(c) for c in _COUNTRIES} | set(_TERRITORIES), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def article_country(text: str) -> str | None:
    """The country an article is about: the one whose name or adjective it writes most often, counting the headline's
    twice; None when two tie or it names none."""
    by_adjective = {demonym(c): c for c in _COUNTRIES}
    counts: Counter[str] = Counter()
    headline_end = text.find("\n")
    for match in _places().finditer(text):
        country = by_adjective.get(match.group(), match.group())
        counts[country] += 2 if headline_end == -1 or match.start() < headline_end else 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def national_governments(text: str, speakers_of: list[SpeakerRef | None]) -> None:
    """Name, in SPEAKERS_OF, each bare "government" after the country the article is about."""
    if not any(s is not None and s.name.lower() == "government" for s in speakers_of):
        return
    country = article_country(text)
    if country is None:
        return
    named = f"government of {country}" if country in _TERRITORIES else f"{demonym(country)} government"
    for i, speaker in enumerate(speakers_of):
        if speaker is not None and speaker.name.lower() == "government":
            speakers_of[i] = SpeakerRef(named, speaker.mention, speaker.role, "organisation")
