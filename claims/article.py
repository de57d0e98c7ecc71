"""The `Article`: what every reader produces and the extractor consumes."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True)
class Article:
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    byline: str | None = None
    path: str | None = None
    # Credits read from markup (e.g. <figcaption>) rather than from the text.
    photo_credits: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def normalise_for_hash(text: str) -> str:
    """Text reduced to what identifies an article: NFC, case-folded, one space."""
    # split() and re's \s agree on what whitespace is; join(split()) is the faster collapse.
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()
