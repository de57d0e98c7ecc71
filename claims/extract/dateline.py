"""The publication date an article states in its dateline: "21 juin 2012. - …",
"MOSCOW, Sept 14, 2023 (Reuters) - …", "Paris, le 3 mars 2023 (AFP) - …", or a date alone on
its own line under the headline ("Monday, January 7, 2019"). Dates are read by `find_dates`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from claims.extract.types import DateMention

# Paragraphs looked at: headline, date line or standfirst, first paragraph.
_FIRST_PARAGRAPHS = 3
_DATELINE_LENGTH = 120
# Before the date: nothing, or a place in capitals or title case and a comma ("MOSCOW, ",
# "Paris, le ", "Washington "), maybe a weekday.
_PLACE_BEFORE = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'.\-]*(?:[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'.\-]*){0,3}[ \u00a0]*[,/]?[ \u00a0]*)?(?:le[ \u00a0]+)?")
# After the date: the end of the line, or the agency in brackets and a dash ("(AFP) - ", ". - ", " — ").
_SEPARATOR_AFTER = re.compile(r"[ \u00a0]*[.,]?[ \u00a0]*(?:\([^()\n]{1,40}\)[ \u00a0]*)?(?:[-–—]{1,2}(?=\s)|$)")
_DASH_BEFORE_SPACE = re.compile(r"[-–—](?=\s)")
# Characters other than spaces that _SEPARATOR_AFTER can hold before the end of the line.
_MAX_SEPARATOR_CHARS = len("(") + 40 + len(")") + len(".")


def find_dateline(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    lang: str,
    find_dates: Callable[..., list[DateMention]],
) -> DateMention | None:
    """The date of the article's dateline, if it has one (maybe without its year)."""
    for start, end in paragraphs[:_FIRST_PARAGRAPHS]:
        head_end = min(end, start + _DATELINE_LENGTH)
        if not _separator_possible(text, start, head_end, end):
            continue  # spares the date scan of most first paragraphs
        mentions = find_dates(text, start, head_end, lang, None)
        if not mentions:
            continue
        first = mentions[0]
        before = _PLACE_BEFORE.fullmatch(text, start, first.start)
        after = _SEPARATOR_AFTER.match(text, first.end, end)
        if before is None or after is None:
            continue  # a sentence that starts with a date, or a date inside the line
        return first
    return None


def _separator_possible(text: str, start: int, head_end: int, end: int) -> bool:
    """Whether _SEPARATOR_AFTER can match after a date ending by `head_end`: the line has a dash
    before a space, or what follows the head is short enough to be the end of the separator."""
    tail = text[head_end:end]
    return (
        _DASH_BEFORE_SPACE.search(text, start, end) is not None
        or len(tail) - tail.count(" ") - tail.count("\u00a0") <= _MAX_SEPARATOR_CHARS
    )


def publication_date(dateline: DateMention | None) -> date | None:
    """The publication date a dateline gives: only a full date; one without a year gives none."""
    return dateline.date.to_date() if dateline is not None else None


def without_dateline(text: str, dateline: DateMention | None, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """SPANS with the dateline ("14 mars 2026. - ") cut from the start of a claim that opens with it."""
    if dateline is None or not spans or spans[0][0] > dateline.start:
        return spans
    line_end = text.find("\n", dateline.end)
    after = _SEPARATOR_AFTER.match(text, dateline.end, len(text) if line_end < 0 else line_end)
    if after is None or not after.group().strip():
        return spans
    start = after.end()
    while start < len(text) and text[start] in " \u00a0":
        start += 1
    return [(start, spans[0][1])] + spans[1:] if start < spans[0][1] else spans
