"""Questions about a fixed set of character spans, answered in log time (long articles stay linear)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate


class Pieces:
    """Something made of pieces of the text (`spans`, in order): a quote interrupted by its
    attribution, an answer over several paragraphs."""

    __slots__ = ()
    spans: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


class SpanIndex:
    def __init__(self, spans):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        # The furthest end among the spans that start at or before each position.
        self.reach = list(accumulate((e for _, e in ordered), max))

    def covers(self, offset: int) -> bool:
        """Some span has start <= OFFSET < end."""
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and self.reach[i] > offset

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with [START, END)."""
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.reach[i] > start


class Points:
    """Sorted offsets; which fall inside a range."""

    def __init__(self, offsets):
        self.offsets = sorted(offsets)

    def any_in(self, start: int, end: int) -> bool:
        i = bisect_left(self.offsets, start)
        return i < len(self.offsets) and self.offsets[i] < end
