"""Dates in text: absolute, yearless, weekday and relative, resolved against publication.

`find_dates` never invents: a weekday or "hier" needs the publication date, a yearless
"14 septembre" keeps an unknown year unless the publication date places it, a week that
spans two months gives nothing.
"""

from __future__ import annotations

from bisect import bisect_left

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta
from types import ModuleType

from claims.extract.date_resolution import (
    _match_weekday, _resolve_month, _resolve_period, _resolve_weekday, _valid, resolve_yearless,
)
from claims.extract.lang import en, fr
from claims.extract.regex_trie import trie_pattern
from claims.extract.triggers import (
    anchored_finditer, fold_case, lowered_article, prefix_offsets, word_starts_before,
)
from claims.extract.types import DateMention, PartialDate

_B = r"(?<![\w])"
_E = r"(?![\w])"


def month_names(months: dict[str, int]) -> list[str]:
    """Each month's full name in a language's MONTHS table (the first spelling it gives the month)."""
    return list({number: name for name, number in reversed(months.items())}.values())


def _apostrophes(words) -> list[str]:
    """Each word with both apostrophe forms, so "aujourd'hui" matches "aujourd’hui"."""
    out = set()
    for w in words:
        out.add(w)
        out.add(w.replace("'", "’"))
        out.add(w.replace("’", "'"))
    return sorted(out)


# Where a match of each rule can start: (trigger, number of words allowed before it).
# Triggers: "day" a run of one or two digits, "year" a run of four digits, "month" and
# "weekday" a name, "relative" a relative phrase ("hier", "last week"). For instance a
# French month_alone match starts at most three words before its month ("au mois d'août").
_STARTS = {
    "fr": {
        "iso": (("year", 0),), "numeric_dmy": (("day", 0),),
        "day_month": (("day", 0), ("weekday", 0)), "month_year": (("month", 1),),
        "month_alone": (("month", 3),), "weekday": (("weekday", 0),),
    },
    "en": {
        "iso": (("year", 0),), "numeric_mdy": (("day", 0),),
        "month_day": (("month", 0), ("weekday", 0)), "day_month": (("day", 1), ("weekday", 0)),
        "month_year": (("month", 1),), "month_alone": (("month", 2),), "weekday": (("weekday", 1),),
    },
}
_COMMON_STARTS = {"relative_day": (("relative", 0),), "relative_period": (("relative", 0),), "year": (("year", 2),)}
_MAX_WORDS_BEFORE = max(words for rules in (*_STARTS.values(), _COMMON_STARTS) for starts in rules.values() for _, words in starts)
_DIGIT_RUN = re.compile(r"\d\d*")  # not "\d+": opening with a class, `re` skips to digits


@dataclass(frozen=True, slots=True)
class _Patterns:
    lang: str
    res: ModuleType
    months: dict
    weekdays: dict
    relative_days: dict
    relative_periods: dict
    rules: tuple  # (kind, compiled regex, starts as in _STARTS)
    names: re.Pattern  # month and weekday names, on lower-cased text
    name_kinds: dict  # name → {"month", "weekday"}
    name_prefixes: tuple  # where `names` can match: their first three letters
    relatives: re.Pattern  # relative phrases, on lower-cased text
    relative_prefixes: tuple  # where `relatives` can match: their first six characters


def _build(res: ModuleType, lang: str) -> _Patterns:
    months = {k.lower(): v for k, v in res.MONTHS.items()}
    weekdays = {k.lower(): v for k, v in res.WEEKDAYS.items()}
    rel_days = {k.lower().replace("’", "'"): v for k, v in res.RELATIVE_DAYS.items()}
    rel_periods = {k.lower().replace("’", "'"): v for k, v in res.RELATIVE_PERIODS.items()}
    month = rf"(?P<month>{trie_pattern(months)})"
    weekday = rf"(?P<weekday>{trie_pattern(weekdays)})"
    day = rf"(?P<day>[0-3]?\d)(?:{trie_pattern(res.DAY_ORDINAL_SUFFIXES)})?"
    year = r"(?P<year>(?:1[89]|20)\d\d)"
    past = trie_pattern(res.PAST_MARKERS)
    future = trie_pattern(res.FUTURE_MARKERS)
    rules: list[tuple[str, re.Pattern]] = [
        ("iso", re.compile(rf"{_B}(?P<year>\d{{4}})-(?P<month>[01]\d)-(?P<day>[0-3]\d){_E}")),
    ]
    if lang == "fr":
        rules += [
            ("numeric_dmy", re.compile(rf"{_B}(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>(?:19|20)\d\d){_E}")),
            ("day_month", re.compile(
                rf"{_B}(?:{weekday}\s+)?(?:(?P<day1>[0-3]?\d)(?:er)?\s*(?:et|au|-|–)\s*)?{day}\s+{month}"
                rf"(?:\s+{year})?{_E}", re.I)),
            ("month_year", re.compile(rf"{_B}(?:(?:en|depuis|dès|de|d['’]|début|fin|mi-)\s*)?{month}\s+(?:de\s+l'an\s+)?{year}{_E}", re.I)),
            ("month_alone", re.compile(
                rf"{_B}(?:(?P<prefix>en|depuis|dès|début|fin|courant|jusqu'en|jusqu’en|mi-|à la mi-|au mois d['’]|au mois de)\s*)?"
                rf"{month}(?:\s+(?P<marker>{past}|{future}))?{_E}", re.I)),
            ("weekday", re.compile(rf"{_B}{weekday}(?:\s+(?P<marker>{past}|{future}))?{_E}", re.I)),
        ]
    else:
        rules += [
            ("numeric_mdy", re.compile(rf"{_B}(?P<first>[01]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d){_E}")),
            ("month_day", re.compile(
                rf"{_B}(?:{weekday},?\s+)?{month}\s+{day}(?:\s*[-–]\s*(?P<day2>[0-3]?\d))?(?:,?\s+{year})?{_E}", re.I)),
            ("day_month", re.compile(
                rf"{_B}(?:{weekday},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?{_E}", re.I)),
            ("month_year", re.compile(rf"{_B}(?:(?:in|since|early|late|mid-|until|by|from)\s*)?{month},?\s+(?:of\s+)?{year}{_E}", re.I)),
            ("month_alone", re.compile(
                rf"{_B}(?P<prefix>in|since|early|late|mid-|mid|until|by|from|last|this|next|earlier in|later in)\s*{month}{_E}", re.I)),
            ("weekday", re.compile(rf"{_B}(?:(?P<marker>{past}|{future}|this|on)\s+)?{weekday}{_E}", re.I)),
        ]
    rules += [
        ("relative_day", re.compile(rf"{_B}(?P<rel>{trie_pattern(_apostrophes(rel_days))}){_E}", re.I)),
        ("relative_period", re.compile(rf"{_B}(?P<rel>{trie_pattern(_apostrophes(rel_periods))}){_E}", re.I)),
        ("year", re.compile(
            rf"{_B}(?:{trie_pattern(_apostrophes(res.YEAR_PREPOSITIONS))})\s*-?\s*{year}{_E}(?![.,]\d)", re.I)),
    ]
    starts = {**_STARTS[lang], **_COMMON_STARTS}
    name_kinds: dict[str, set] = {}
    for kind, names in (("month", months), ("weekday", weekdays)):
        for name in names:
            name_kinds.setdefault(name.rstrip("."), set()).add(kind)
    return _Patterns(
        lang, res, months, weekdays, rel_days, rel_periods,
        tuple((kind, regex, starts[kind]) for kind, regex in rules),
        re.compile(trie_pattern(name_kinds) + r"(?!\w)"),
        name_kinds,
        tuple(sorted({name[:3] for name in name_kinds})),
        re.compile(trie_pattern(_apostrophes([*rel_days, *rel_periods])) + r"(?!\w)"),
        tuple(sorted({phrase[:6] for phrase in _apostrophes([*rel_days, *rel_periods])})),
    )


_PATTERNS = {"fr": _build(fr, "fr"), "en": _build(en, "en")}
_UND_KINDS = ("iso", "numeric_dmy", "day_month", "month_day", "month_year")
_UNIT_AFTER = {
    lang: re.compile(rf"\s*(?:%|(?:{trie_pattern(k for k in res.UNITS if k.isalpha())}){_E})", re.I)
    for lang, res in (("fr", fr), ("en", en))
}
_AMBIGUOUS = {lang: frozenset(res.AMBIGUOUS_MONTHS) for lang, res in (("fr", fr), ("en", en))}


def _month_ok(pat: _Patterns, m: re.Match, needs_context: bool) -> bool:
    """English month names are capitalised; "may"/"mars" alone are words, not months."""
    word = m.group("month")
    if pat.lang == "en" and not word[:1].isupper():
        return False
    return not (needs_context and word.lower() in _AMBIGUOUS[pat.lang] and word[:1].islower() and pat.lang == "en")


def _interpret(kind: str, m: re.Match, pat: _Patterns, published: date | None, text: str):
    """Yield (PartialDate | None, start, end) for one match; None marks a date-like span
    that cannot be resolved (kept so that numbers skip it)."""
    g = m.groupdict()
    if kind == "iso":
        y, mo, d = int(g["year"]), int(g["month"]), int(g["day"])
        if _valid(y, mo, d):
            yield PartialDate(y, mo, d), m.start(), m.end()
        return
    if kind == "numeric_dmy":
        y, mo, d = int(g["year"]), int(g["month"]), int(g["day"])
        if _valid(y, mo, d):
            yield PartialDate(y, mo, d), m.start(), m.end()
        return
    if kind == "numeric_mdy":
        a, b, y = int(g["first"]), int(g["second"]), int(g["year"])
        if a > 12 and _valid(y, b, a):
            yield PartialDate(y, b, a), m.start(), m.end()
        elif b > 12 and _valid(y, a, b):
            yield PartialDate(y, a, b), m.start(), m.end()
        else:
            yield None, m.start(), m.end()  # 03/04/2023: day or month first? unknown
        return
    if kind in ("day_month", "month_day"):
        if not _month_ok(pat, m, needs_context=False):
            return
        mo = pat.months[fold_case(g["month"])]
        d = int(g["day"])
        if not _valid(None, mo, d):
            return
        y = int(g["year"]) if g.get("year") else None
        start = m.start("weekday") if g.get("weekday") else m.start("day") if kind == "day_month" else m.start("month")
        extra_day = g.get("day1") or g.get("day2")
        if y is not None:
            pd = PartialDate(y, mo, d) if _valid(y, mo, d) else None
            yield pd, start, m.end()
            if extra_day and _valid(y, mo, int(extra_day)):
                s = m.start("day1") if g.get("day1") else m.start("day2")
                yield PartialDate(y, mo, int(extra_day)), s, s + len(extra_day)
            return
        pd = resolve_yearless(mo, d, published)
        if g.get("weekday"):
            pd = _match_weekday(pd, pat.weekdays[fold_case(g["weekday"])], published)
        yield pd, start, m.end()
        if extra_day and _valid(None, mo, int(extra_day)):
            s = m.start("day1") if g.get("day1") else m.start("day2")
            yield PartialDate(pd.year, mo, int(extra_day)), s, s + len(extra_day)
        return
    if kind == "month_year":
        if not _month_ok(pat, m, needs_context=False):
            return
        yield PartialDate(int(g["year"]), pat.months[fold_case(g["month"])]), m.start(), m.end()
        return
    if kind == "month_alone":
        if not _month_ok(pat, m, needs_context=True):
            return
        if not (g.get("prefix") or g.get("marker")):
            return  # "mai" or "mars" alone is not read as a date
        mo = pat.months[fold_case(g["month"])]
        marker = (g.get("marker") or g.get("prefix") or "").lower()
        if marker in pat.res.PAST_MARKERS:
            direction = -1
        elif marker in pat.res.FUTURE_MARKERS:
            direction = 1
        else:
            direction = 0
        if marker == "this" and published is not None:
            yield PartialDate(published.year, mo), m.start(), m.end()
            return
        yield _resolve_month(mo, published, direction), m.start(), m.end()
        return
    if kind == "weekday":
        word = g["weekday"]
        if pat.lang == "en" and not word[:1].isupper():
            return
        marker = (g.get("marker") or "").lower()
        pd = _resolve_weekday(pat.weekdays[fold_case(word)], marker, pat, published)
        if pd is not None:
            yield pd, m.start(), m.end()
        return
    if kind == "relative_day":
        if published is None:
            return
        d = published + timedelta(days=pat.relative_days[fold_case(g["rel"]).replace("’", "'")])
        yield PartialDate(d.year, d.month, d.day), m.start(), m.end()
        return
    if kind == "relative_period":
        unit, offset = pat.relative_periods[fold_case(g["rel"]).replace("’", "'")]
        pd = _resolve_period(unit, offset, published)
        if pd is not None:
            yield pd, m.start(), m.end()
        return
    if kind == "year":
        unit = _UNIT_AFTER[pat.lang].match(text, m.end())
        if unit:
            return  # "de 2000 personnes" is a quantity
        yield PartialDate(int(g["year"])), m.start("year"), m.end()


# Words whose presence (as a whole word, or a digit) lets a region be scanned at all.
_GATE_WORDS = frozenset(
    w
    for res in (fr, en)
    for phrase in (*res.MONTHS, *res.WEEKDAYS, *res.RELATIVE_DAYS, *res.RELATIVE_PERIODS)
    for w in re.findall(r"[^\W\d_]+", phrase.lower())
    if len(w) > 2 and w not in ("the", "cet", "cette", "this", "day", "before", "after", "les")
)
_GATE_AT_START = re.compile(rf"(?:{trie_pattern(_GATE_WORDS)})(?![^\W\d_])")
_GATE_INSIDE = re.compile(rf"[\W\d_](?:{trie_pattern(_GATE_WORDS)})(?![^\W\d_])")
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")


def _may_hold_a_date(text: str, start: int, end: int) -> bool:
    """Cheap test run before the patterns: a digit, a month, a weekday or a relative word
    written as a word of its own ("inSEPT." is not looked at)."""
    if _DIGIT.search(text, start, end):
        return True
    low = text[start:end].lower()
    if len(low) != end - start:  # lower-casing moved offsets: compare word by word
        return any(w.lower() in _GATE_WORDS for w in _LETTERS.findall(text, start, end))
    return bool(_GATE_AT_START.match(low) or _GATE_INSIDE.search(low))


def _triggers(pat: _Patterns, text: str, low: str, start: int) -> dict[str, list[int]]:
    """Offsets of the words that can anchor a date, by trigger (see _STARTS): digits by a
    regex scan; names and relative phrases by their patterns, run where their first letters
    are (`prefix_offsets`)."""
    found: dict[str, list[int]] = {"day": [], "year": [], "month": [], "weekday": []}
    for m in _DIGIT_RUN.finditer(low):
        size = m.end() - m.start()
        if size <= 2:
            found["day"].append(m.start() + start)
        elif size == 4:
            found["year"].append(m.start() + start)
    for m in anchored_finditer(pat.names, low, prefix_offsets(low, pat.name_prefixes), len(low)):
        for kind in pat.name_kinds[m.group()]:
            found[kind].append(m.start() + start)
    # Every phrase, overlaps included: one may start inside another ("plus tôt ce mois-ci").
    relative = pat.relatives.match
    found["relative"] = [p + start for p in prefix_offsets(low, pat.relative_prefixes) if relative(low, p)]
    return found


def _rule_matches(pat: _Patterns, kinds, text: str, start: int, end: int, low: str):
    """(kind, match) of each rule in rule order, as `finditer` over text[start:end] would give."""
    triggers = _triggers(pat, text, low, start)
    if not any(triggers.values()):
        return
    before: dict[int, list[int]] = {}
    for kind, regex, starts in pat.rules:
        if kinds is not None and kind not in kinds:
            continue
        candidates = [position for trigger, _ in starts for position in triggers[trigger]]
        if not candidates:
            continue
        for trigger, words in starts:
            for position in triggers[trigger] if words else ():
                if position not in before:
                    before[position] = word_starts_before(text, position, _MAX_WORDS_BEFORE, start)
                candidates.extend(before[position][-words:])
        for m in anchored_finditer(regex, text, sorted(set(candidates)), end):
            yield kind, m


class _Region:
    """The rule matches of one region of text, cached (see `_region`); `spans` keeps the spans
    `date_spans` returns once a scan has worked them out."""

    __slots__ = ("matches", "spans")

    def __init__(self, matches: tuple) -> None:
        self.matches = matches  # (kind, match, patterns) of every rule
        self.spans: list[tuple[int, int]] | None = None


# Kinds read only against a publication date: without one they give no span at all. Every
# other kind gives the same spans whatever the publication date.
_NEEDS_PUBLICATION = frozenset(("weekday", "relative_day", "relative_period"))


@lru_cache(maxsize=16)
def _region(text: str, start: int, end: int, lang: str) -> _Region:
    """The matches of every rule; cached because numbers ask again for date spans."""
    return _Region(_matches(text, start, end, lang))


def _matches(text: str, start: int, end: int, lang: str) -> tuple:
    if lang in _PATTERNS:
        sets = [(_PATTERNS[lang], None)]
    else:
        sets = [(_PATTERNS["fr"], _UND_KINDS), (_PATTERNS["en"], _UND_KINDS)]
    if not _may_hold_a_date(text, start, end):
        return ()
    low = lowered_article(text, start, end)
    out = []
    for pat, kinds in sets:
        if low is None:  # lower-casing moved offsets: scan the slow way
            rules = ((kind, regex.finditer(text, start, end)) for kind, regex, _ in pat.rules if kinds is None or kind in kinds)
            out.extend((kind, m, pat) for kind, matches in rules for m in matches)
        else:
            out.extend((kind, m, pat) for kind, m in _rule_matches(pat, kinds, text, start, end, low))
    return tuple(out)


def _scan(text: str, start: int, end: int, lang: str, published: date | None):
    """Non-overlapping (PartialDate | None, start, end), earliest and longest first."""
    region = _region(text, start, end, lang)
    found, ranges = [], []
    # What a scan without publication date finds, for `date_spans`, unless known already.
    undated = ([], []) if region.spans is None and published is not None else None
    for kind, m, pat in region.matches:
        for i, item in enumerate(_interpret(kind, m, pat, published, text)):
            (found if i == 0 else ranges).append(item)
            if undated is not None and kind not in _NEEDS_PUBLICATION:
                undated[0 if i == 0 else 1].append(item)
    kept = _without_overlaps(found, ranges)
    if region.spans is None:
        region.spans = [(s, e) for _, s, e in (kept if undated is None else _without_overlaps(*undated))]
    return kept


def _without_overlaps(found: list[tuple], ranges: list[tuple]) -> list[tuple]:
    """The found expressions that no longer one overlaps, and the ranges' second days, in order."""
    # Longest expressions win; a range's second day ("les 16 et 17 juin") sits inside its span.
    found.sort(key=lambda f: (-(f[2] - f[1]), f[1]))
    kept: list[tuple] = []
    taken: list[tuple[int, int]] = []  # kept spans, sorted and disjoint
    for item in found:
        i = bisect_left(taken, (item[1], item[2]))
        if (i and taken[i - 1][1] > item[1]) or (i < len(taken) and taken[i][0] < item[2]):
            continue  # overlaps a longer expression already kept
        taken.insert(i, (item[1], item[2]))
        kept.append(item)
    kept.extend(ranges)
    kept.sort(key=lambda f: f[1])
    return kept


def find_dates(text: str, start: int, end: int, lang: str, published: date | None) -> list[DateMention]:
    """Dates in text[start:end], in order, with offsets into `text`."""
    if start >= end:
        return []
    return [
        DateMention(pd, text[s:e], s, e)
        for pd, s, e in _scan(text, start, end, lang, published)
        if pd is not None
    ]


def date_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Spans of date expressions (resolvable or not), so that numbers can skip them."""
    if start >= end:
        return []
    region = _region(text, start, end, lang)
    if region.spans is None:
        _scan(text, start, end, lang, None)
    return list(region.spans)
