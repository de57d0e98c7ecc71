"""Parsing of metadata values: publication dates, language codes, one-line strings."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO_DATE_START = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATE_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\d])")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_LANGUAGE_SEPARATORS = re.compile(r"[-_]")
_SPACES = re.compile(r"\s+")


def parse_iso_date(value: str) -> date | None:
    """A date from 'YYYY-MM-DD' or an ISO 8601 date-time (its local calendar date)."""
    value = value.strip()
    if not _ISO_DATE_START.match(value):
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def parse_page_date(value: str) -> date | None:
    """Lenient parsing for dates found in page markup: ISO forms, then RFC 2822; else None."""
    value = value.strip()
    parsed = parse_iso_date(value)
    if parsed is not None:
        return parsed
    match = _ISO_DATE_PREFIX.match(value)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def language_code(value: str) -> str | None:
    """'fr-FR', 'en_GB', 'EN' -> 'fr', 'en', 'en'; None when it is not a language tag."""
    primary = _LANGUAGE_SEPARATORS.split(value.strip().lower(), maxsplit=1)[0]
    return primary if _LANGUAGE_CODE.fullmatch(primary) else None


def one_line(value: str) -> str:
    """Whitespace runs collapsed to one space, ends stripped."""
    return _SPACES.sub(" ", value).strip()
