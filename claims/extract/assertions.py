"""The outlet's own sentences that carry a checkable number or date: kind `assertion`."""

from __future__ import annotations

import re
from collections.abc import Mapping

from claims.extract.lang import en, fr
from claims.extract.names import fold
from claims.extract.spans import Points, SpanIndex
from claims.extract.segments import sentences
from claims.extract.types import DateMention, ExtractedClaim, Quantity

_MIN_WORDS = 5
# No assertion of the outlet: a page's timestamp or byline line ("10 November 2026 • 9:00pm",
# "Par Karim Roux | Publié le 27/11/2026"), which has, besides its dates, numbers and
# TIMESTAMP_WORDS, fewer than two words, or fewer than three with a clock time, a separator, an
# author or a publication word.
_LETTERS = re.compile(r"[^\W\d_]+")
# Lower-cased, with and without accents: words are looked up as `str.lower` gives them.
_TIMESTAMP_WORDS = frozenset(v for lang in (en, fr) for w in (*lang.TIMESTAMP_WORDS, *lang.WEEKDAYS)
                             for v in (w.lower(), fold(w)))
_PAGE_FURNITURE = re.compile(
    r"\d{1,2} ?(?:[:h] ?\d{2}(?!\d)|(?:\.\d{2})? ?(?:[ap]m|[ap]\.m\.)(?![^\W\d_]))|[|•·●]|(?<![^\W\d_])(?:"
    + "|".join(sorted({re.escape(v) for lang in (en, fr) for w in lang.PUBLICATION_WORDS for v in (w, fold(w))},
                      key=len, reverse=True))
    + r")(?![^\W\d_])", re.IGNORECASE)
# "By Jane Roe |", "Par Karim Roux - " opening a byline line: the author's name is no word of its own.
_BYLINE_AUTHOR = re.compile(
    r"(?:" + "|".join(sorted({p.capitalize() for p in (*en.BYLINE_PREFIXES, *fr.BYLINE_PREFIXES) if " " not in p}))
    + r") [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^|•·—–,\n]*?(?:[|•·—–,]| - )")


def find_assertions(
    text: str,
    paras: list[tuple[int, int]],
    claimed: list[tuple[int, int]],
    excluded: list[tuple[int, int]],
    dates: list[DateMention],
    numbers: list[Quantity],
    known_sentences: Mapping[tuple[int, int], list[tuple[int, int]]] = {},
) -> list[ExtractedClaim]:
    """Sentences outside every attributed claim and excluded span that hold a date or a number
    (both found beforehand over the whole text). `known_sentences`: `segments.sentences` of
    some paragraphs, by paragraph span, already split."""
    anchors = Points([d.start for d in dates] + [n.start for n in numbers])
    if not anchors.offsets:
        return []
    facts = SpanIndex([(d.start, d.end) for d in dates] + [(n.start, n.end) for n in numbers])
    claimed, excluded = SpanIndex(claimed), SpanIndex(excluded)
    found = []
    for ps, pe in paras:
        if not anchors.any_in(ps, pe):
            continue
        split = known_sentences.get((ps, pe))
        for s, e in split if split is not None else sentences(text, ps, pe):
            if not anchors.any_in(s, e):
                continue
            if claimed.overlaps(s, e) or excluded.covers(s):
                continue
            end = e
            while end > s and text[end - 1] in " .!?":
                end -= 1
            if len(text[s:end].split()) < _MIN_WORDS or _is_timestamp_line(text, s, end, facts):
                continue
            found.append(ExtractedClaim("assertion", text[s:end], s, end))
    return found


def _is_timestamp_line(text: str, start: int, end: int, facts: SpanIndex) -> bool:
    """Whether text[start:end] says little but a date or time: a page's timestamp or byline line."""
    author = _BYLINE_AUTHOR.match(text, start, end)
    if author is not None and facts.covers(text.index(" ", start) + 1):
        author = None  # "By March 2025, …"
    own = 0
    for word in _LETTERS.finditer(text, author.end() if author is not None else start, end):
        if word.group().lower() not in _TIMESTAMP_WORDS and not facts.covers(word.start()):
            own += 1
            if own >= 3:
                return False
    return own < 2 or author is not None or _PAGE_FURNITURE.search(text, start, end) is not None
