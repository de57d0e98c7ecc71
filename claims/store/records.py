"""The public JSON object of a claim (export JSONL, search --format json, reports).

This shape is a contract documented in the README; add keys, never rename or drop.
"""

from __future__ import annotations

from typing import Any, Iterator

from claims.store.db import Rows
from claims.store.sql import chunks, in_list

_CLAIM_SQL = """
SELECT c.id, c.kind, c.content, c.start, c."end", c.cue, c.said_on, c.date_precision,
       c.mention, c.role, c.article_id, c.speaker_id,
       s.name AS speaker_name, s.kind AS speaker_kind, s.article_id AS speaker_article_id,
       a.source_path, a.url, a.title, a.published, a.language,
       o.name AS outlet
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN speakers s ON s.id = c.speaker_id
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE c.id IN {ids}
"""

_SOURCES_SQL = """
SELECT l.article_id, l.role, src.name
FROM article_sources l JOIN sources src ON src.id = l.source_id
WHERE l.article_id IN {ids}
ORDER BY src.name
"""


def article_sources(rows: Rows, article_ids) -> dict[int, dict[str, list[str]]]:
    """{article_id: {"cited": [...], "photo_credit": [...]}} for the given articles."""
    found: dict[int, dict[str, list[str]]] = {}
    for part in chunks(sorted(set(article_ids))):
        sql, params = in_list("a", part)
        for r in rows.all(_SOURCES_SQL.format(ids=sql), **params):
            found.setdefault(r["article_id"], {"cited": [], "photo_credit": []})[r["role"]].append(
                r["name"]
            )
    return found


def _record(r: dict[str, Any], sources: dict[int, dict[str, list[str]]]) -> dict[str, Any]:
    links = sources.get(r["article_id"], {})
    speaker = None
    if r["speaker_id"] is not None:
        speaker = {
            "id": r["speaker_id"],
            "name": r["speaker_name"],
            "mention": r["mention"],
            "role": r["role"],
            "kind": r["speaker_kind"],
            "described": r["speaker_article_id"] is not None,
        }
    return {
        "id": r["id"],
        "kind": r["kind"],
        "text": r["content"],
        "start": r["start"],
        "end": r["end"],
        "cue": r["cue"],
        "said_on": r["said_on"],
        "date_precision": r["date_precision"],
        "speaker": speaker,
        "article": {
            "id": r["article_id"],
            "path": r["source_path"],
            "url": r["url"],
            "title": r["title"],
            "outlet": r["outlet"],
            "published": r["published"],
            "language": r["language"],
            "cited_sources": links.get("cited", []),
            "photo_credits": links.get("photo_credit", []),
        },
    }


def claim_records(rows: Rows, claim_ids: list[int]) -> list[dict[str, Any]]:
    """Export objects for CLAIM_IDS, in the same order."""
    by_id: dict[int, dict[str, Any]] = {}
    for part in chunks(list(dict.fromkeys(claim_ids))):
        sql, params = in_list("c", part)
        found = rows.all(_CLAIM_SQL.format(ids=sql), **params)
        sources = article_sources(rows, [r["article_id"] for r in found])
        for r in found:
            by_id[r["id"]] = _record(r, sources)
    return [by_id[i] for i in claim_ids if i in by_id]


def iter_all_records(rows: Rows, batch: int = 1000) -> Iterator[dict[str, Any]]:
    """Every claim in id order, a batch at a time (memory stays flat on big databases)."""
    last = 0
    while True:
        ids = [
            r["id"]
            for r in rows.all(
                "SELECT id FROM claims WHERE id > :last ORDER BY id LIMIT :n", last=last, n=batch
            )
        ]
        if not ids:
            return
        yield from claim_records(rows, ids)
        last = ids[-1]
