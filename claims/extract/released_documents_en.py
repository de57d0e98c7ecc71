"""English: who released the figures, the study or the report an article attributes ("The figures,
released by the Australian Bureau of Statistics", "according to Department of Health data")."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.speaker_short_forms_en import run_before
from claims.extract.triggers import anchored_finditer, lowered_article

# Statistics named by their noun alone: "new figures", "the latest data" (a study or a report keeps its noun).
_FIGURE_NOUNS = ("figures", "data", "statistics", "numbers", "estimates")


def _figure_words(text: str):
    """Where each word of figures ("data", "figures" …) starts in TEXT, after a space."""
    for noun in _FIGURE_NOUNS:
        at = text.find(" " + noun)
        while at != -1:
            after = text[at + len(noun) + 1:at + len(noun) + 2]
            if not (after.isalnum() or after in ("-", "_")):
                yield at + 1
            at = text.find(" " + noun, at + 1)


def _capitalised_name_before(text: str, end: int) -> str | None:
    """The name of two capitalised words or more that closes text[:END] ("Department of Health"
    before "data"), else None."""
    words, _ = run_before(text, end)
    return " ".join(words) if sum(w[:1].isupper() for w in words) >= 2 else None


def releasing_body(text: str, noun: str, position: int, cache: dict) -> str | None:
    """Who released the figures (the study, the report) the article attributes with NOUN: "The
    figures, released by the Australian Bureau of Statistics" — nearest before POSITION, else first after
    (CACHE: the article's lookups so far)."""
    if ("document", noun) not in cache:
        # "figures show" in the headline, "Data published by NHS England showed" in the body: one release
        nouns = _FIGURE_NOUNS if noun in _FIGURE_NOUNS else (noun,)
        cache["document", noun] = sorted((m.start(), m.group("author")) for n in nouns for m in _released_by_in(n, text))
    found = cache["document", noun]
    if not found and noun in _FIGURE_NOUNS:
        # "according to Department of Health data obtained by the Mercury … The data … shows": the owner named before
        if "owned figures" not in cache:
            cache["owned figures"] = sorted((at, owner) for at in _figure_words(text)
                                            if (owner := _capitalised_name_before(text, at)) is not None)
        owners = cache["owned figures"]
        before = [owner for at, owner in owners if at <= position]
        return before[-1] if before else owners[0][1] if owners else None  # (a standfirst's "new figures show": the first)
    if not found:
        return None
    before = [item for item in found if item[0] <= position]
    return (before[-1] if before else found[0])[1]


def _released_by_in(noun: str, text: str):
    """`_released_by(noun).finditer(text)`, tried only where NOUN stands in the lower-cased text
    (the pattern opens with a word boundary: searched, it is tried at every character)."""
    low = lowered_article(text, 0, len(text))
    if low is None or not noun.isascii():
        return _released_by(noun).finditer(text)
    starts = []
    at = low.find(noun)
    while at != -1:
        starts.append(at)
        at = low.find(noun, at + 1)
    return anchored_finditer(_released_by(noun), text, starts, len(text))


@lru_cache(maxsize=32)
def _released_by(noun: str) -> re.Pattern:
    return re.compile(
        rf"\b(?i:{re.escape(noun)}),?\s+(?:released|published|compiled|issued|produced|provided|supplied)\s+(?:(?:on|this|last|earlier\s+this)\s+\w+\s+)?by\s+"
        # (past what the body is: "by the Rio-based human rights group Observatório da Violência Policial")
        r"(?:the\s+)?(?:[\w-]+-based\s+(?:[a-z][\w-]*\s+){0,4}(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?"
        r"(?P<author>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*(?:\s+(?:(?:of|and|for|&|da|de|do|du|des|la|el)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*)*"
        r"|(?<=the\s)(?:province|state|government|ministry|department|council|city|agency|police|court|company))\b")
