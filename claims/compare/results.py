"""Reading stored statement groups and discrepancies (never recomputed here)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator

from claims.compare.detectors import TYPES
from claims.errors import UsageError
from claims.store.db import Rows
from claims.store.records import claim_records
from claims.store.sql import id_list, in_list


@dataclass(slots=True)
class GroupFilter:
    type: str | None = None
    speaker: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    limit: int | None = None


# json.dumps(obj, ensure_ascii=False), without building an encoder for each call.
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def _conditions(rows: Rows, f: GroupFilter) -> tuple[list[str], dict[str, Any]]:
    """WHERE conditions over `statement_groups g`."""
    from claims.extract.names import alias_key
    from claims.store.queries import parse_day
    from claims.store.speakers import speaker_ids_or_fail

    where: list[str] = []
    params: dict[str, Any] = {}
    since, until = parse_day(f.since, "--since"), parse_day(f.until, "--until")
    if since:
        where.append("g.said_on >= :since")
        params["since"] = since
    if until:
        where.append("g.said_on <= :until_end")
        params["until_end"] = until + "\uffff"
    if f.speaker:
        sql, p = id_list(speaker_ids_or_fail(rows, f.speaker)), {}
        # Groups holding a claim by the speaker or by one merged into it: the set is built
        # once from the speaker index rather than probed for every row.
        where.append(
            "g.id IN (SELECT c.group_id FROM claims c WHERE c.speaker_id IN"
            f" (SELECT id FROM speakers WHERE id IN {sql} OR merged_into_id IN {sql}))"
        )
        params.update(p)
    if f.outlet:
        where.append(
            "EXISTS (SELECT 1 FROM claims c JOIN articles a ON a.id = c.article_id"
            " JOIN outlets o ON o.id = a.outlet_id WHERE c.group_id = g.id AND o.key = :outlet)"
        )
        params["outlet"] = alias_key(f.outlet)
    return where, params


PAGE = 5000  # discrepancies read and turned into JSON objects at a time


def _discrepancy_ids(rows: Rows, f: GroupFilter) -> list[int]:
    """Ids of the stored discrepancies matching `f`, oldest statement first."""
    if f.type and f.type not in TYPES:
        raise UsageError(f"--type: '{f.type}' is not one of {', '.join(TYPES)}")
    where, params = _conditions(rows, f)
    if f.type:
        where.append("d.type = :type")
        params["type"] = f.type
    sql = (
        "SELECT d.id FROM discrepancies d JOIN statement_groups g ON g.id = d.group_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY g.said_on, d.group_id, d.id"
    )
    if f.limit:
        sql += " LIMIT :limit"
        params["limit"] = f.limit
    return [r["id"] for r in rows.all(sql, **params)]


def iter_discrepancies(rows: Rows, f: GroupFilter, page: int = PAGE) -> Iterator[dict[str, Any]]:
    """Stored discrepancies matching `f`, in the JSON contract shape, oldest statement first.

    Streams: one query lists the matching ids in order, then each page of `page` discrepancies
    is read with one query and its claims with one `claim_records` call.
    """
    ids = _discrepancy_ids(rows, f)
    for start in range(0, len(ids), page):
        found, records = _discrepancy_page(rows, ids[start : start + page])
        for r, claim_ids in found:
            yield {
                "type": r["type"],
                "severity": r["severity"],
                "summary": r["summary"],
                "group_id": r["group_id"],
                "claims": [records[i] for i in claim_ids if i in records],
                "evidence": _json(r["evidence"]),
            }


def iter_discrepancy_json(
    rows: Rows, f: GroupFilter, page: int = PAGE, dialect: str = "sqlite"
) -> Iterator[str]:
    """`iter_discrepancies`, each already encoded as one line of JSON (the same text as
    `json.dumps(discrepancy, ensure_ascii=False)`).

    Faster for big reports: on SQLite the database writes the JSON text of each claim
    (`claims.compare.json_sql`); elsewhere a claim is encoded once per page however many
    discrepancies show it. The stored evidence JSON is copied as it is.
    """
    ids = _discrepancy_ids(rows, f)
    if dialect == "sqlite":
        from claims.compare.json_sql import discrepancy_json_lines

        yield from discrepancy_json_lines(rows, ids, page)
        return
    for start in range(0, len(ids), page):
        found, records = _discrepancy_page(rows, ids[start : start + page])
        encoded = {i: _encode(r) for i, r in records.items()}
        for r, claim_ids in found:
            head = _encode(
                {"type": r["type"], "severity": r["severity"], "summary": r["summary"],
                 "group_id": r["group_id"]}
            )
            evidence = r["evidence"]
            if not isinstance(evidence, str):
                evidence = _encode(evidence)
            claims = ", ".join(encoded[i] for i in claim_ids if i in encoded)
            yield f'{head[:-1]}, "claims": [{claims}], "evidence": {evidence}}}'


def _discrepancy_page(rows: Rows, ids: list[int]):
    """The rows of discrepancies `ids` (in that order) with their claim ids, and the claims."""
    sql_in, p = in_list("d", ids)
    by_id = {
        r["id"]: r
        for r in rows.all(
            "SELECT id, group_id, type, severity, summary, claim_ids, evidence FROM discrepancies"
            f" WHERE id IN {sql_in}",
            **p,
        )
    }
    found = [(by_id[i], [int(c) for c in _json(by_id[i]["claim_ids"])]) for i in ids if i in by_id]
    records = {r["id"]: r for r in claim_records(rows, [c for _, cs in found for c in cs])}
    return found, records


def list_discrepancies(rows: Rows, f: GroupFilter) -> list[dict[str, Any]]:
    """`iter_discrepancies` as a list (small reports, tests, evaluation)."""
    return list(iter_discrepancies(rows, f))


def list_groups(rows: Rows, f: GroupFilter, min_claims: int = 2) -> list[dict[str, Any]]:
    """Statement groups reported by at least `min_claims` articles, with every version."""
    where, params = _conditions(rows, f)
    where.append("g.id IN (SELECT group_id FROM claims WHERE group_id IS NOT NULL"
                 " GROUP BY group_id HAVING COUNT(*) >= :min_claims)")
    params["min_claims"] = min_claims
    sql = (
        "SELECT g.id, g.said_on, s.name AS speaker FROM statement_groups g"
        " LEFT JOIN speakers s ON s.id = g.speaker_id WHERE " + " AND ".join(where)
        + " ORDER BY g.said_on, g.id"
    )
    if f.limit:
        sql += " LIMIT :limit"
        params["limit"] = f.limit
    groups = rows.all(sql, **params)
    members: dict[int, list[int]] = {g["id"]: [] for g in groups}
    ids = list(members)
    for start in range(0, len(ids), 500):
        sql_in, p = in_list("g", ids[start : start + 500])
        for r in rows.all(
            f"SELECT id, group_id FROM claims WHERE group_id IN {sql_in} ORDER BY id", **p
        ):
            members[r["group_id"]].append(r["id"])
    records = {
        r["id"]: r for r in claim_records(rows, [i for m in members.values() for i in m])
    }
    discrepancy_counts = _discrepancy_counts(rows, ids)
    return [
        {
            "group_id": g["id"],
            "said_on": g["said_on"],
            "speaker": g["speaker"],
            "discrepancies": discrepancy_counts.get(g["id"], 0),
            "claims": [records[i] for i in members[g["id"]] if i in records],
        }
        for g in groups
    ]


def _discrepancy_counts(rows: Rows, group_ids: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for start in range(0, len(group_ids), 500):
        sql_in, p = in_list("g", group_ids[start : start + 500])
        for r in rows.all(
            "SELECT group_id, COUNT(*) AS n FROM discrepancies"
            f" WHERE group_id IN {sql_in} GROUP BY group_id",
            **p,
        ):
            counts[r["group_id"]] = r["n"]
    return counts
