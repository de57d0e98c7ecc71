"""The outlet's own sentences that carry a checkable number or date: kind `assertion`."""

from __future__ import annotations

from collections.abc import Mapping

from claims.extract.spans import Points, SpanIndex
from claims.extract.segments import sentences
from claims.extract.types import DateMention, ExtractedClaim, Quantity

_MIN_WORDS = 5


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
            if len(text[s:end].split()) < _MIN_WORDS:
                continue
            found.append(ExtractedClaim("assertion", text[s:end], s, end))
    return found
