"""Extraction: `Article` → claims, speakers, dates, sources. Pure functions, no database."""

from __future__ import annotations

from collections.abc import Sequence

from claims.article import Article
from claims.extract.types import Extraction


def extract(article: Article, *, extra_agencies: Sequence[str] = ()) -> Extraction:
    """Claims (direct, mixed, indirect quotes and assertions) with speakers, dates and sources."""
    from claims.extract.pipeline import run

    return run(article, extra_agencies)
