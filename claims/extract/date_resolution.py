"""Dates placed in the calendar against the article's publication date: a yearless day, a weekday,
a month named alone, "last week". Without a publication date the year stays unknown (or nothing
is given): a year is never invented."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from claims.extract.types import PartialDate

if TYPE_CHECKING:
    from claims.extract.dates import _Patterns


# A yearless day may fall this many days after publication (articles dated the next morning).
FUTURE_SLACK_DAYS = 3
# A yearless day further back than this from publication keeps its year unknown.
MAX_PAST_DAYS = 183
# A month named alone ("en octobre") gets a year only this close to the publication month.
MAX_MONTH_DISTANCE = 3


def _valid(y: int | None, m: int, d: int | None) -> bool:
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        date(y or 2000, m, d)  # 2000 is a leap year: 29 February stays valid without a year
    except ValueError:
        return False
    return True


def resolve_yearless(month: int, day: int, published: date | None) -> PartialDate:
    """The occurrence of day/month closest before publication, or an unknown year."""
    if published is None:
        return PartialDate(None, month, day)
    latest = published + timedelta(days=FUTURE_SLACK_DAYS)
    for year in (published.year + 1, published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= latest:
            if (published - candidate).days <= MAX_PAST_DAYS:
                return PartialDate(year, month, day)
            break
    return PartialDate(None, month, day)


def _match_weekday(pd: PartialDate, weekday: int, published: date | None) -> PartialDate:
    """"mardi 3 juillet": prefer the year, near publication, where 3 July is a Tuesday."""
    if published is None:
        return pd
    best = None
    for year in (published.year, published.year - 1, published.year + 1):
        try:
            candidate = date(year, pd.month, pd.day)
        except ValueError:
            continue
        if candidate.weekday() == weekday and abs((candidate - published).days) <= 366:
            if best is None or abs((candidate - published).days) < abs((best - published).days):
                best = candidate
    return PartialDate(best.year, best.month, best.day) if best else pd


def _resolve_month(month: int, published: date | None, direction: int) -> PartialDate:
    """A month named without year: direction -1 "dernier", +1 "prochain", 0 nearest."""
    if published is None:
        return PartialDate(None, month)
    here = published.year * 12 + published.month - 1
    if direction < 0:
        year = published.year if month < published.month else published.year - 1
        return PartialDate(year, month)
    if direction > 0:
        year = published.year if month > published.month else published.year + 1
        return PartialDate(year, month)
    best = min((published.year + dy for dy in (-1, 0, 1)), key=lambda y: abs(y * 12 + month - 1 - here))
    if abs(best * 12 + month - 1 - here) <= MAX_MONTH_DISTANCE:
        return PartialDate(best, month)
    return PartialDate(None, month)


def _week_month(monday: date) -> PartialDate | None:
    """A week is a month-precision date only when all its days share the month."""
    sunday = monday + timedelta(days=6)
    if monday.month != sunday.month:
        return None
    return PartialDate(monday.year, monday.month)


def _resolve_period(unit: str, offset: int, published: date | None) -> PartialDate | None:
    if published is None:
        return None
    if unit == "year":
        return PartialDate(published.year + offset)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return PartialDate(index // 12, index % 12 + 1)
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
    return _week_month(monday)


def _resolve_weekday(weekday: int, marker: str, pat: _Patterns, published: date | None) -> PartialDate | None:
    if published is None:
        return None
    back = (published.weekday() - weekday) % 7
    if marker in pat.res.PAST_MARKERS:
        back = back or 7
    elif marker in pat.res.FUTURE_MARKERS:
        ahead = (weekday - published.weekday()) % 7 or 7
        d = published + timedelta(days=ahead)
        return PartialDate(d.year, d.month, d.day)
    d = published - timedelta(days=back)
    return PartialDate(d.year, d.month, d.day)
