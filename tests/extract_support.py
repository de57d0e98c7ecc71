"""Helpers for the extractor tests: run `extract` on a short text and pick its claims."""

from __future__ import annotations

from claims.article import Article
from claims.extract import extract


def claims_of(text: str, lang: str = "fr"):
    """Attributed claims of TEXT (assertions left out)."""
    return [c for c in extract(Article(text, language=lang)).claims if c.kind != "assertion"]


def only(text: str, lang: str = "fr"):
    """The single attributed claim of TEXT."""
    found = claims_of(text, lang)
    assert len(found) == 1, [(c.kind, c.content) for c in found]
    return found[0]


def content_of(text: str, words: str, lang: str) -> str:
    """Content of the claim of TEXT whose content contains WORDS."""
    return next(c.content for c in claims_of(text, lang) if words in c.content)


def speaker_of(text: str, words: str, lang: str = "en") -> str | None:
    """Speaker of the claim of TEXT whose content contains WORDS (None when it has none)."""
    claim = next(c for c in claims_of(text, lang) if words in c.content)
    return claim.speaker.name if claim.speaker else None


def speaker_of_last(text: str, lang: str = "fr") -> str | None:
    """Speaker of the last claim of TEXT (None when it has none)."""
    claim = claims_of(text, lang)[-1]
    return claim.speaker.name if claim.speaker else None
