"""Quantities in text: digits, decimals, written numbers, scales, percentages and units.

Units are canonical and shared across languages ("3 km" == "trois kilomètres" → 3.0 "km").
Years and day numbers of dates are dates, not quantities, and are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from types import ModuleType

from claims.extract.dates import date_spans
from claims.extract.lang import en, fr
from claims.extract.regex_trie import trie_pattern
from claims.extract.triggers import anchored_finditer, fold_case, lowered_article
from claims.extract.types import Quantity

_B = r"(?<![\w.,:/])"
_E = r"(?![\w])"


# Digits: "1 000", "1,000", "1.000", "3,5", "3.5", "12". Thin and no-break spaces group too.
_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d{1,3}(?:,\d{3})+(?![\d]|,\d)|\d{1,3}(?:\.\d{3}){2,}|\d+(?:[.,]\d+)?"
# Ordinals ("3e", "21st"), times ("14h30", "10:30"), codes glued to letters ("G7", "F-16").
_NOT_A_QUANTITY_AFTER = re.compile(r"(?:e|er|ère|re|ème|eme|st|nd|rd|th)(?![\w])|[:h/]\d|\w|-\d", re.I)
# Shorthand scales written right after an amount of money: "$5m", "€3k".
_MONEY_SCALES = {"m": 1e6, "k": 1e3}
_CODE_BEFORE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z]-?$")
_DIGIT = re.compile(r"\d")
_WORD_GAP = re.compile(r"[\s-]+")
_CURRENCY_BEFORE = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP"}


class _Lang:
    def __init__(self, res: ModuleType, lang: str) -> None:
        self.lang = lang
        self.words = {k.lower(): v for k, v in res.NUMBER_WORDS.items()}
        self.scales = {k.lower(): v for k, v in res.SCALE_WORDS.items()}
        self.units = {k.lower().replace("’", "'"): v for k, v in res.UNITS.items()}
        self.weak = frozenset(res.WEAK_NUMBER_WORDS)
        joiners = trie_pattern(res.NUMBER_JOINERS)
        word = trie_pattern(self.words)
        scale = trie_pattern(self.scales)
        unit = trie_pattern(self.units)
        links = trie_pattern(res.UNIT_LINKS)
        # Written number: words joined by spaces, hyphens or "et"/"and".
        written = rf"(?:{word}){_E}(?:(?:[\s-]+|\s+(?:{joiners})\s+|-(?:{joiners})-)(?:{word}){_E})*"
        number = rf"(?:(?P<cur>US\$|\$|€|£)\s?)?(?:(?P<digits>{_DIGITS})|(?P<written>{written}))"
        self.regex = re.compile(
            rf"{_B}{number}(?:[\s\u00a0\u202f]*(?P<scale>(?:{scale})){_E})?"
            rf"(?:[\s\u00a0\u202f]*(?:(?:{links})\s*)?(?P<unit>%|€|\$|£|(?:{unit}){_E}))?",
            re.I,
        )
        # Where a match can start, on lower-cased text: the character before it (see _B), then
        # a digit, a currency sign or a number word. (The character's class leaves out the ASCII word
        # characters only, which `re` tests at every character far faster than `\w`; the quantity
        # pattern's `_B` then rejects the rare candidate after a non-ASCII letter.)
        self.starts = re.compile(rf"[^A-Za-z0-9_.,:/](?=\d|us\$|[$€£]|{trie_pattern(self.words)}(?!\w))")
        # A number word other than "un"/"a", or a scale word, as a whole token (see _worth_a_look).
        strong = trie_pattern({w for w in self.words if w not in self.weak} | set(self.scales))
        self.strong_word = re.compile(rf"(?:{strong})(?![^\W\d_])")
        self.strong_word_inside = re.compile(rf"[\W\d_](?:{strong})(?![^\W\d_])")


_LANGS = {"fr": _Lang(fr, "fr"), "en": _Lang(en, "en")}


def _parse_digits(raw: str, lang: str) -> float | None:
    raw = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in raw:
        return float(raw.replace(" ", ""))
    if raw.count(",") >= 1 and "." not in raw:
        head, _, tail = raw.partition(",")
        if raw.count(",") > 1 or (lang == "en" and len(tail) == 3 and len(head) <= 3):
            return float(raw.replace(",", ""))
        return float(f"{head}.{tail}")
    if raw.count(".") > 1:
        return float(raw.replace(".", ""))
    if raw.count(".") == 1 and lang == "fr":
        head, _, tail = raw.partition(".")
        if len(tail) == 3 and head != "0":
            return float(head + tail)  # "1.000" in French copy is a thousand
    return float(raw)


def _parse_written(raw: str, words: dict, scales: dict) -> float | None:
    """'quatre-vingt-dix' → 90, 'deux cent trois' → 203, 'three thousand' → 3000."""
    total = 0.0
    current = 0.0
    seen = False
    for token in _WORD_GAP.split(raw.lower()):
        if token in ("et", "and", ""):
            continue
        value = words.get(token)
        if value is None:
            return None
        seen = True
        if value == 100:
            current = (current or 1) * 100
        elif value >= 1000:
            total += (current or 1) * value
            current = 0
        elif token in ("vingt", "vingts") and current and current % 100 == 4:
            current = current - 4 + 80  # quatre-vingt(s)
        else:
            current += value
    return total + current if seen else None


class _Spans:
    """Offsets covered by any of some spans, tested by bisection."""

    def __init__(self, spans) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in sorted(spans):
            if self.ends and s <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], e)
            elif s < e:
                self.starts.append(s)
                self.ends.append(e)

    def __contains__(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def _worth_a_look(spec: _Lang, text: str, start: int, end: int) -> bool:
    """Cheap test run before the patterns: a digit, or a number word other than "un"/"a"."""
    if _DIGIT.search(text, start, end):
        return True
    low = text[start:end].lower()  # tokens are compared lower-cased, as written
    return bool(spec.strong_word.match(low) or spec.strong_word_inside.search(low))


def _candidates(spec: _Lang, text: str, start: int, end: int, low: str | None) -> list[int] | range:
    """Offsets where a quantity can start: the region's first character and the triggers."""
    if low is None:  # lower-casing moved offsets: try every offset
        return range(start, end)
    return [start, *(m.start() + 1 + start for m in spec.starts.finditer(low))]


def find_quantities(text: str, start: int, end: int, lang: str) -> list[Quantity]:
    """Quantities in text[start:end], in order, with offsets into `text`."""
    if start >= end:
        return []
    spec = _LANGS.get(lang, _LANGS["en"])
    if not _worth_a_look(spec, text, start, end):
        return []
    candidates = _candidates(spec, text, start, end, lowered_article(text, start, end))
    skip = _Spans(date_spans(text, start, end, lang))
    out: list[Quantity] = []
    for m in anchored_finditer(spec.regex, text, candidates, end):
        digits, written, scale, unit_text = m.group("digits", "written", "scale", "unit")
        if written is not None and scale is None and unit_text is None and written.lower() in spec.weak:
            continue  # "un accord", "a deal", "one of" (most written matches): not a count
        s, e = m.start(), m.end()
        if m.start("digits" if digits else "written") in skip:
            continue
        scale_word = (scale or "").lower()
        unit_word = (unit_text or "").lower().replace("’", "'")
        if digits:
            if _NOT_A_QUANTITY_AFTER.match(text, m.end("digits")) and not (scale_word or unit_word):
                continue
            if _CODE_BEFORE.search(text, max(start, s - 2), s):
                continue
            value = _parse_digits(digits, spec.lang)
        else:
            value = _parse_written(written, spec.words, spec.scales)
        if value is None:
            continue
        if scale_word:
            value *= spec.scales[fold_case(scale_word)]
        unit = None
        if m.group("cur"):
            unit = _CURRENCY_BEFORE.get(m.group("cur").lower())
        if unit and unit_word in _MONEY_SCALES:
            value *= _MONEY_SCALES[unit_word]
        elif unit_word:
            unit = spec.units.get(unit_word, unit)
        elif not unit_text:
            e = m.end("scale") if scale_word else m.end("digits" if digits else "written")
        out.append(Quantity(float(value), unit, text[s:e], s, e))
    out.sort(key=lambda q: q.start)
    return out
