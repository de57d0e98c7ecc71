"""An extraction turned into the values ingest stores, before any database id is known.

Pure and cheap to pickle (tuples and strings only): with `--jobs N` the workers
prepare their articles, so the writing process only resolves ids and inserts.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring_ascii as _json_string
from typing import NamedTuple

from claims.article import Article
from claims.extract.types import ExtractedClaim, Extraction

# A claims row without its first two columns (article_id, speaker_id), in the order of
# `CLAIM_COLUMNS`, with the speaker to resolve as (name, mention, kind) or None.
CLAIM_COLUMNS = (
    "article_id, speaker_id, mention, role, kind, content, cue, said_on, date_precision,"
    ' sort_date, start, "end", spans, language, facts'
)
PreparedClaim = tuple[tuple[str, str, str] | None, tuple]


class PreparedArticle(NamedTuple):
    byline: str | None
    language: str | None
    published: str | None
    # (role, name): "cited" or "photo_credit", as the article names the source.
    sources: list[tuple[str, str]]
    claims: list[PreparedClaim]


def prepare(article: Article, extraction: Extraction) -> PreparedArticle:
    published = _iso(article.published or extraction.published)
    language = extraction.language
    claims = []
    for claim in extraction.claims:
        speaker = claim.speaker
        said = claim.said_on
        said_on = said.iso() if said else None
        claims.append(
            (
                (speaker.name, speaker.mention, speaker.kind) if speaker else None,
                (
                    speaker.mention if speaker else None,
                    speaker.role if speaker else None,
                    claim.kind,
                    claim.content,
                    claim.cue,
                    said_on,
                    said.precision if said else None,
                    sort_date(said_on, published),
                    claim.start,
                    claim.end,
                    json.dumps([list(s) for s in claim.spans]) if claim.spans else "null",
                    language,
                    facts_json(claim),
                ),
            )
        )
    sources = [("cited", name) for name in extraction.cited_sources]
    sources += [("photo_credit", name) for name in (*extraction.photo_credits, *article.photo_credits)]
    return PreparedArticle(
        byline=article.byline or extraction.byline,
        language=extraction.language or article.language,
        published=published,
        sources=sources,
        claims=claims,
    )


def sort_date(said_on: str | None, published: str | None) -> str | None:
    """The date search sorts and filters a claim by: said_on when it has a year, else publication."""
    if said_on and not said_on.startswith("--"):
        return said_on
    return published


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def facts_json(claim: ExtractedClaim) -> str:
    """The claim's numbers, dates, entities and negation as JSON, exactly as `json.dumps`
    writes them, at a quarter of its cost (most lists are empty or short)."""
    numbers = dates = entities = ""
    if claim.numbers:
        numbers = ", ".join(
            [
                f'{{"value": {_json_number(q.value)}, "unit": {_json_optional(q.unit)}, "text": {_json_string(q.text)}}}'
                for q in claim.numbers
            ]
        )
    if claim.dates:
        dates = ", ".join(
            [f'{{"iso": {_json_string(d.date.iso())}, "text": {_json_string(d.text)}}}' for d in claim.dates]
        )
    if claim.entities:
        entities = ", ".join(map(_json_string, claim.entities))
    negated = "true" if claim.negated else "false"
    return f'{{"numbers": [{numbers}], "dates": [{dates}], "entities": [{entities}], "negated": {negated}}}'


def _json_number(value) -> str:
    if value.__class__ is int or (value.__class__ is float and math.isfinite(value)):
        return repr(value)
    return json.dumps(value)


def _json_optional(text: str | None) -> str:
    return "null" if text is None else _json_string(text)
