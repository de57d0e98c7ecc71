"""Calls into the facts modules (dates, numbers, sources, entities) for the languages they model.

Module-level references so a timing tool can switch one off (set it to None) to measure the rest."""

from __future__ import annotations

from datetime import date

from claims.extract.dates import find_dates as _find_dates
from claims.extract.entities import find_entities as _find_entities
from claims.extract.entities import is_negated as _is_negated
from claims.extract.numbers import find_quantities as _find_quantities
from claims.extract.sources import find_credits as _find_credits
from claims.extract.types import DateMention, Quantity

_MODELLED = ("fr", "en")


def find_dates(text: str, start: int, end: int, lang: str, published: date | None) -> list[DateMention]:
    if _find_dates is None or lang not in _MODELLED:
        return []
    return _find_dates(text, start, end, lang, published)


def find_quantities(text: str, start: int, end: int, lang: str) -> list[Quantity]:
    if _find_quantities is None or lang not in _MODELLED:
        return []
    return _find_quantities(text, start, end, lang)


def find_credits(text: str, lang: str, extra_agencies=(), lines=None):
    if _find_credits is None:
        return None
    return _find_credits(text, lang, extra_agencies, lines)


def find_entities(text: str, start: int, end: int, lang: str) -> list[str]:
    if _find_entities is None or lang not in _MODELLED:
        return []
    return _find_entities(text, start, end, lang)


def is_negated(content: str, lang: str) -> bool:
    if _is_negated is None or lang not in _MODELLED:
        return False
    return _is_negated(content, lang)
