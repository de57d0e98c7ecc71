"""What the extractor returns. Plain data, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("direct", "mixed", "indirect", "assertion")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date that may lack its year, or its day: `2023-09-14`, `2023-09`, `--09-14`, `2023`."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        if self.year is None:
            if self.day is None:
                return f"--{self.month:02d}"
            return f"--{self.month:02d}-{self.day:02d}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def compatible(self, other: PartialDate) -> bool:
        """True when nothing known in one contradicts the other."""
        for a, b in ((self.year, other.year), (self.month, other.month), (self.day, other.day)):
            if a is not None and b is not None and a != b:
                return False
        return True

    def to_date(self) -> date | None:
        if self.year and self.month and self.day:
            try:
                return date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None

    @classmethod
    def parse(cls, value: str | None) -> PartialDate | None:
        """Inverse of `iso()`; None for None or an unreadable value."""
        if not value:
            return None
        try:
            if value.startswith("--"):
                parts = value[2:].split("-")
                return cls(None, int(parts[0]), int(parts[1]) if len(parts) > 1 else None)
            parts = value.split("-")
            nums = [int(p) for p in parts]
        except ValueError:
            return None
        nums += [None] * (3 - len(nums))
        return cls(*nums[:3])


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in claim content, with its unit when one follows."""

    value: float
    unit: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in claim content or next to it."""

    date: PartialDate
    text: str
    start: int
    end: int


@dataclass(slots=True)
class SpeakerRef:
    """Who a claim is attributed to, as the article names them."""

    name: str
    mention: str
    role: str | None = None
    kind: str = "person"  # "person" | "organisation"


@dataclass(slots=True)
class ExtractedClaim:
    kind: str
    content: str
    start: int
    end: int
    cue: str | None = None
    speaker: SpeakerRef | None = None
    said_on: PartialDate | None = None
    # Pieces of a quote interrupted by its attribution; content joins them with a space.
    spans: list[tuple[int, int]] | None = None
    numbers: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    negated: bool = False


@dataclass(slots=True)
class Extraction:
    language: str
    claims: list[ExtractedClaim] = field(default_factory=list)
    cited_sources: list[str] = field(default_factory=list)
    photo_credits: list[str] = field(default_factory=list)
    byline: str | None = None
    # Publication date read from a dateline ("21 juin 2012. -") when the article had none.
    published: date | None = None
