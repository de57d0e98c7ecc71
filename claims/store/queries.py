"""Read-side queries: search claims, list speakers and articles."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from claims.errors import NotFoundError, QueryError, UsageError
from claims.extract.names import alias_key
from claims.store.db import Rows
from claims.store.records import article_sources, claim_records
from claims.store.speakers import speaker_ids_or_fail, with_merged
from claims.store.sql import id_list, in_list, like_pattern

KINDS = ("direct", "mixed", "indirect", "assertion")
# The date a claim is about: its own said_on when that has a year, else its article's date.
EFFECTIVE_DATE = "c.sort_date"
_FTS_OPERATORS = re.compile(r'["*():^]|\b(AND|OR|NOT|NEAR)\b')


def parse_day(value: str | None, option: str) -> str | None:
    """A YYYY-MM-DD (or YYYY-MM, YYYY) option value, validated."""
    if value is None:
        return None
    for pattern, fmt in ((r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"), (r"\d{4}-\d{2}", "%Y-%m"), (r"\d{4}", "%Y")):
        if re.fullmatch(pattern, value):
            from datetime import datetime

            try:
                datetime.strptime(value, fmt)
                return value
            except ValueError:
                break
    raise UsageError(f"{option}: '{value}' is not a date (use YYYY-MM-DD)")


def fts_query(text: str) -> str:
    """Plain words become quoted terms (so 'Jong-un' works); FTS5 syntax passes through."""
    if _FTS_OPERATORS.search(text):
        return text
    words = [w.replace('"', "") for w in text.split()]
    return " ".join(f'"{w}"' for w in words if w)


@dataclass
class ClaimFilter:
    text: str | None = None
    speaker: str | None = None
    outlet: str | None = None
    source: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None
    limit: int | None = 50

    def validate(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise UsageError(f"--kind: '{self.kind}' is not one of {', '.join(KINDS)}")
        self.since = parse_day(self.since, "--since")
        self.until = parse_day(self.until, "--until")
        if self.limit is not None and self.limit < 0:
            raise UsageError("--limit: must be 0 (no limit) or more")


def claim_conditions(rows: Rows, f: ClaimFilter, dialect: str, speaker_ids: list[int] | None = None) -> tuple[list[str], dict[str, Any]]:
    """WHERE conditions over `claims c JOIN articles a` for a filter (SPEAKER_IDS: the filter's
    speakers, when already looked up)."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if f.text:
        if dialect == "sqlite":
            where.append("c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH :q)")
            params["q"] = fts_query(f.text)
        else:
            where.append("lower(c.content) LIKE :q")
            params["q"] = f"%{f.text.lower()}%"
    if f.speaker:
        if speaker_ids is None:
            speaker_ids = with_merged(rows, speaker_ids_or_fail(rows, f.speaker))
        where.append(f"c.speaker_id IN {id_list(speaker_ids)}")
    if f.outlet:
        where.append("a.outlet_id IN (SELECT id FROM outlets WHERE key = :outlet)")
        params["outlet"] = alias_key(f.outlet)
    if f.source:
        where.append(
            "EXISTS (SELECT 1 FROM article_sources l JOIN sources s ON s.id = l.source_id "
            "WHERE l.article_id = c.article_id AND l.role = 'cited' AND s.key = :source)"
        )
        params["source"] = alias_key(f.source)
    if f.kind:
        where.append("c.kind = :kind")
        params["kind"] = f.kind
    if f.language:
        where.append("c.language = :lang")
        params["lang"] = f.language
    if f.since:
        # A partial date ("2023-09") overlapping the start of the range counts; the first
        # comparison only lets an index on the date narrow the scan.
        where.append(
            f"{EFFECTIVE_DATE} >= :since_year "
            f"AND ({EFFECTIVE_DATE} >= :since OR :since LIKE {EFFECTIVE_DATE} || '%')"
        )
        params["since"] = f.since
        params["since_year"] = f.since[:4]
    if f.until:
        where.append(f"{EFFECTIVE_DATE} <= :until_end")
        params["until_end"] = f.until + "\uffff"
    return where, params


# Above this many full-text matches, walking the date index beats sorting the matches.
COMMON_TERM_MATCHES = 2000


def count_fts_matches(rows: Rows, text: str, cap: int = COMMON_TERM_MATCHES) -> int:
    """Matches of the full-text query, counted up to CAP; a syntax error is the user's."""
    import sqlite3

    try:
        return rows.scalar(
            "SELECT count(*) FROM (SELECT rowid FROM claims_fts WHERE claims_fts MATCH :q LIMIT :cap)",
            q=fts_query(text),
            cap=cap,
        )
    except sqlite3.OperationalError as exc:
        raise QueryError(f"invalid search text: {exc}") from None


def count_speaker_claims(rows: Rows, speaker_ids: list[int], cap: int = COMMON_TERM_MATCHES) -> int:
    """Claims of SPEAKER_IDS, counted up to CAP on the speaker index."""
    return rows.scalar(f"SELECT count(*) FROM (SELECT 1 FROM claims WHERE speaker_id IN {id_list(speaker_ids)} LIMIT :cap)", cap=cap)


def search_claims(rows: Rows, f: ClaimFilter, dialect: str = "sqlite") -> list[dict[str, Any]]:
    f.validate()
    table = "claims c"
    speaker_ids = with_merged(rows, speaker_ids_or_fail(rows, f.speaker)) if f.speaker else None
    if f.text and dialect == "sqlite":
        common = count_fts_matches(rows, f.text) >= COMMON_TERM_MATCHES
        other_filters = f.speaker or f.outlet or f.source or f.kind or f.language
        if common and f.limit and not other_filters:
            # Newest first without sorting every match: stop after LIMIT hits on the date index.
            table = "claims c INDEXED BY ix_claims_sort_date"
    elif speaker_ids is not None and len(speaker_ids) > 1 and dialect == "sqlite" and f.limit \
            and count_speaker_claims(rows, speaker_ids) >= COMMON_TERM_MATCHES:
        # A description many articles' speakers share ("opposition"): the same walk down the date index
        table = "claims c INDEXED BY ix_claims_sort_date"
    where, params = claim_conditions(rows, f, dialect, speaker_ids)
    sql = f"SELECT c.id FROM {table} JOIN articles a ON a.id = c.article_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {EFFECTIVE_DATE} DESC, c.id DESC"
    if f.limit:
        sql += " LIMIT :limit"
        params["limit"] = f.limit
    ids = [r["id"] for r in rows.all(sql, **params)]
    return claim_records(rows, ids)


def list_speakers(rows: Rows, search: str | None = None, limit: int | None = None) -> list[dict]:
    params: dict[str, Any] = {}
    where = "s.merged_into_id IS NULL"
    if search:
        key = alias_key(search)
        where += (
            " AND (s.id IN (SELECT speaker_id FROM speaker_aliases WHERE key LIKE :like ESCAPE '\\')"
            " OR s.key LIKE :like ESCAPE '\\')"
        )
        params["like"] = like_pattern(key, prefix="%", suffix="%")
    sql = f"""
        SELECT s.id, s.name, s.kind, s.external_id, s.article_id,
               count(c.id) AS claims,
               count(DISTINCT a.outlet_id) AS outlets,
               min({EFFECTIVE_DATE}) AS first, max({EFFECTIVE_DATE}) AS last
        FROM speakers s
        LEFT JOIN claims c ON c.speaker_id = s.id
        LEFT JOIN articles a ON a.id = c.article_id
        WHERE {where}
        GROUP BY s.id, s.name, s.kind, s.external_id, s.article_id
        ORDER BY claims DESC, s.name
    """
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = limit
    speakers = rows.all(sql, **params)
    if speakers:
        sql, p = in_list("s", [s["id"] for s in speakers])
        names: dict[int, list[str]] = {}
        for r in rows.all(
            f"""SELECT DISTINCT c.speaker_id, o.name FROM claims c
                JOIN articles a ON a.id = c.article_id JOIN outlets o ON o.id = a.outlet_id
                WHERE c.speaker_id IN {sql} ORDER BY o.name""",
            **p,
        ):
            names.setdefault(r["speaker_id"], []).append(r["name"])
        for s in speakers:
            s["outlet_names"] = names.get(s["id"], [])
    return speakers


def speaker_aliases(rows: Rows, speaker_id: int) -> list[dict]:
    return rows.all(
        "SELECT alias, curated FROM speaker_aliases WHERE speaker_id = :id ORDER BY curated DESC, alias",
        id=speaker_id,
    )


def speaker_claim_ids(rows: Rows, speaker_ids: list[int], limit: int | None = None) -> list[int]:
    ids, params = id_list(with_merged(rows, speaker_ids)), {}
    sql = (
        "SELECT c.id FROM claims c "
        f"WHERE c.speaker_id IN {ids} ORDER BY {EFFECTIVE_DATE} DESC, c.id DESC"
    )
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [r["id"] for r in rows.all(sql, **params)]


def list_articles(rows: Rows, outlet: str | None = None, limit: int | None = None) -> list[dict]:
    params: dict[str, Any] = {}
    sql = """
        SELECT a.id, a.title, a.published, a.language, a.url, a.source_path, o.name AS outlet,
               (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
        FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
    """
    if outlet:
        sql += " WHERE o.key = :outlet"
        params["outlet"] = alias_key(outlet)
    sql += " ORDER BY a.id"
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return rows.all(sql, **params)


def get_article(rows: Rows, article_id: int) -> dict:
    article = rows.one(
        """SELECT a.*, o.name AS outlet FROM articles a
           LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = :id""",
        id=article_id,
    )
    if article is None:
        raise NotFoundError(f"no article with id {article_id}")
    links = article_sources(rows, [article_id]).get(article_id, {})
    article["cited_sources"] = links.get("cited", [])
    article["photo_credits"] = links.get("photo_credit", [])
    ids = [
        r["id"]
        for r in rows.all(
            "SELECT id FROM claims WHERE article_id = :id ORDER BY start", id=article_id
        )
    ]
    article["claims"] = claim_records(rows, ids)
    for record, extra in zip(
        article["claims"],
        rows.all("SELECT spans FROM claims WHERE article_id = :id ORDER BY start", id=article_id),
    ):
        spans = extra["spans"]
        record["spans"] = json.loads(spans) if isinstance(spans, str) else spans
    return article


def parse_date_option(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: '{value}' is not a date (use YYYY-MM-DD)") from None
