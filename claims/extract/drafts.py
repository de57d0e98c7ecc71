"""A claim as first found in one sentence (`Draft`, its speaker not yet resolved) and the word
helpers the sentence readers share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.spans import Pieces
from claims.extract.speakers import Mention

WORD = re.compile(r"[\w’'\-]+")
_TRAILING_PUNCT = " \t\u00a0.,;:!?"


@dataclass(slots=True)
class Draft(Pieces):
    kind: str
    spans: list[tuple[int, int]]
    cue: str | None
    mention: Mention | None
    position: int  # where the speaker is named (for coreference), else the claim start
    inherit: bool = False  # no attribution of its own: takes the previous claim's speaker
    participle: bool = False  # "ajoutant que", "adding that": same speaker as the previous claim
    paragraph: int = 0
    sentence: tuple[int, int] = (0, 0)


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u00a0\u202f\n,;:":
        start += 1
    while end > start and text[end - 1] in _TRAILING_PUNCT + "\n":
        end -= 1
    if text[end:end + 1] == "." and end - start > 4 and text[end - 2:end - 1] == "." and _DOTTED_CLOSING.search(text, end - 5, end):
        end += 1  # "at about 4 a.m.": the abbreviation keeps its full stop
    return start, end


_DOTTED_CLOSING = re.compile(r"\b(?:[ap]\.m|U\.S|U\.K)$")
