"""Cheap trigger scans that tell the facts patterns where to look.

Large case-insensitive alternations that start with a lookbehind make Python's `re` try the
whole pattern at every character. The facts modules instead find the few places where a
pattern can start (a digit, a month name, a number word…) with a case-sensitive prefix tree
(`regex_trie.trie_pattern`)
run over the lower-cased text, which `re` skips through quickly, and then run the original
pattern anchored at those places only.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters that `re.IGNORECASE` equates with a lower-case letter although `str.lower`
# leaves them alone; mapped so that triggers found on lower-cased text miss nothing.
_IGNORECASE_EXTRAS = str.maketrans({"ı": "i", "ſ": "s"})
_WORD_START = re.compile(r"(?<!\w)\w")
# Characters looked at before a trigger when collecting the words in front of it.
_LOOKBACK_CHARS = 24


def fold_case(word: str) -> str:
    """A word lower-cased the way `re.IGNORECASE` compares it ("ſept" and "SEPT" → "sept"):
    the key of a trigger word, and of a matched word looked up in a lower-case table."""
    return word.lower().translate(_IGNORECASE_EXTRAS).replace("i\u0307", "i")


def lowered(text: str, start: int, end: int) -> str | None:
    """text[start:end] lower-cased with the same offsets, None if lower-casing moves them."""
    low = text[start:end].lower()
    if len(low) != end - start:
        return None  # "İ" lower-cases to two characters
    if "ı" in low or "ſ" in low:
        low = low.translate(_IGNORECASE_EXTRAS)
    return low


def lowered_article(text: str, start: int, end: int) -> str | None:
    """`lowered`, remembered for the last whole texts: the stages of an article's extraction
    (sentence sources, credits, dates, numbers) each lower-case the whole text."""
    if start == 0 and end == len(text):
        return _lowered_whole(text)
    return lowered(text, start, end)


@lru_cache(maxsize=4)
def _lowered_whole(text: str) -> str | None:
    return lowered(text, 0, len(text))


def word_opening(word: str, before: str = r"[\w-]") -> str:
    r"""A pattern for WORD where no character of the class BEFORE precedes it ("(?<![\w-])WORD"), written
    to open on WORD's first character: `re` then skips through a text to the places that character
    is, where a pattern opening on a lookbehind is tried at every position (some 40 times slower
    over an article)."""
    if not word:
        return rf"(?<!{before})"
    return re.escape(word[:1]) + rf"(?<!{before}(?s:.))" + re.escape(word[1:])


def positions(regex: re.Pattern, low: str, offset: int) -> list[int]:
    """Start offsets (shifted by `offset`) of every match of `regex` in `low`, overlaps included."""
    out = []
    search = regex.search
    m = search(low)
    while m:
        out.append(m.start() + offset)
        m = search(low, m.start() + 1)
    return out


def prefix_offsets(low: str, prefixes) -> list[int]:
    """Sorted offsets in `low` where one of `prefixes` starts. `str.find` skips through text
    far faster than a regex scan whose first character is a set of letters, which runs the
    pattern at each of those letters: the pattern is then run at these offsets only."""
    found = set()
    find = low.find
    for prefix in prefixes:
        at = find(prefix)
        while at != -1:
            found.add(at)
            at = find(prefix, at + 1)
    return sorted(found)


def word_starts_before(text: str, position: int, count: int, floor: int) -> list[int]:
    """Start offsets of the `count` words just before `position`, none before `floor`."""
    lookback = _LOOKBACK_CHARS
    while True:
        low = max(floor, position - lookback)
        starts = [m.start() for m in _WORD_START.finditer(text, low, position)]
        if len(starts) >= count or low == floor:
            return starts[-count:] if count else []
        lookback *= 4


def anchored_finditer(regex: re.Pattern, text: str, candidates, end: int):
    """What `regex.finditer(text, start, end)` yields, when every match starts at one of the
    sorted `candidates` (all >= start): the pattern is tried at those offsets only."""
    match = regex.match
    resume = -1
    for position in candidates:
        if position < resume:
            continue
        m = match(text, position, end)
        if m:
            yield m
            resume = m.end() if m.end() > position else position + 1
