"""Building comparison scenarios straight in the database, without the extractor."""

from __future__ import annotations

from datetime import datetime
from itertools import count

from sqlalchemy import insert, select

from claims.compare.grouping import update_groups
from claims.store import models

_hash = count(1)


def facts(numbers=(), dates=(), entities=(), negated=False) -> dict:
    """`numbers` as (value, unit, text); `dates` as (iso, text)."""
    return {
        "numbers": [{"value": v, "unit": u, "text": t} for v, u, t in numbers],
        "dates": [{"iso": i, "text": t} for i, t in dates],
        "entities": list(entities),
        "negated": negated,
    }


def _named(conn, table, name: str, **extra) -> int:
    from claims.extract.names import alias_key, name_key

    key = name_key(name) if table.name == "speakers" else alias_key(name)
    found = conn.execute(select(table.c.id).where(table.c.key == key)).scalar()
    if found is None:
        found = conn.execute(insert(table).values(name=name, key=key, **extra)).inserted_primary_key[0]
    return found


def add_article(conn, outlet: str, published: str | None, claims: list[dict], *,
                language: str = "fr", cited: tuple[str, ...] = (), title: str | None = None) -> int:
    """One article with its claims: dicts with content, kind, speaker, kind_of_speaker, role,
    mention, said_on, facts."""
    article_id = conn.execute(
        insert(models.Article).values(
            outlet_id=_named(conn, models.Outlet.__table__, outlet),
            title=title or f"{outlet} story",
            url=f"https://{outlet.replace(' ', '').lower()}.example/{next(_hash)}",
            language=language,
            published=published,
            text=" ".join(c["content"] for c in claims),
            content_hash=f"hash-{next(_hash)}",
            ingested_at=datetime(2024, 1, 1),
        )
    ).inserted_primary_key[0]
    for source in cited:
        conn.execute(
            insert(models.ArticleSource).values(
                article_id=article_id, source_id=_named(conn, models.Source.__table__, source), role="cited"
            )
        )
    offset = 0
    for c in claims:
        speaker_id = None
        if c.get("speaker"):
            speaker_id = _named(conn, models.Speaker.__table__, c["speaker"],
                                kind=c.get("speaker_kind", "person"))
        conn.execute(
            insert(models.Claim).values(
                article_id=article_id,
                speaker_id=speaker_id,
                mention=c.get("mention", c.get("speaker")),
                role=c.get("role"),
                kind=c.get("kind", "direct"),
                content=c["content"],
                said_on=c.get("said_on"),
                start=offset,
                end=offset + len(c["content"]),
                language=language,
                facts=c.get("facts", facts()),
            )
        )
        offset += len(c["content"]) + 1
    return article_id


def store(db, *articles: tuple) -> list[int]:
    """Add articles (each the positional/keyword args of `add_article`) in one batch, then group."""
    with db.writer() as conn:
        ids = [add_article(conn, *a[:3], **(a[3] if len(a) > 3 else {})) for a in articles]
        update_groups(conn, ids)
    return ids


def discrepancies(db) -> list[dict]:
    from claims.compare.results import GroupFilter, list_discrepancies

    with db.reader() as rows:
        return list_discrepancies(rows, GroupFilter())
