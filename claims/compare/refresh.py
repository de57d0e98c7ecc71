"""Recomputing the stored discrepancies of statement groups after grouping touched them."""

from __future__ import annotations

import json
from collections import defaultdict

from claims.compare.detectors import detect_in_group, detect_unsupported
from claims.compare.normalise import fold
from claims.compare.queries import CLAIMS_SELECT, in_list
from claims.compare.sqlio import column, execute, insert_rows, rows
from claims.store.sql import chunks
from claims.compare.views import ClaimView, make_view

# json.dumps(obj, ensure_ascii=False), without building an encoder for each call.
_encode_evidence = json.JSONEncoder(ensure_ascii=False).encode
_INSERT_DISCREPANCIES = "INSERT INTO discrepancies (group_id, type, severity, summary, claim_ids, evidence) VALUES"


def cited_sources(conn, article_ids) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(article_ids):
        clause, params = in_list("a", chunk)
        for r in rows(
            conn,
            "SELECT x.article_id, s.name FROM article_sources x JOIN sources s ON s.id = x.source_id"
            f" WHERE x.role = 'cited' AND x.article_id IN {clause} ORDER BY s.name",
            **params,
        ):
            out[r["article_id"]].append(r["name"])
    return out


def views_of(conn, claim_rows: list[dict]) -> list[ClaimView]:
    """Views of stored claims (what a view derives from its text is shared, `views._derived`)."""
    sources = cited_sources(conn, {r["article_id"] for r in claim_rows})
    return [make_view(r, tuple(sources.get(r["article_id"], ()))) for r in claim_rows]


def refresh_discrepancies(conn, group_ids: set[int], known: dict[int, ClaimView] | None = None) -> None:
    """Delete and recompute the discrepancies of `group_ids` (`known`: views already built)."""
    known = known or {}
    for chunk in chunks(sorted(group_ids)):
        clause, params = in_list("g", chunk)
        execute(conn, f"DELETE FROM discrepancies WHERE group_id IN {clause}", params)
        members = column(conn, f"SELECT id FROM claims WHERE group_id IN {clause} ORDER BY group_id, id", **params)
        views = [known[i] for i in members if i in known]
        unknown = [i for i in members if i not in known]
        for id_chunk in chunks(unknown):
            id_clause, id_params = in_list("c", id_chunk)
            views += views_of(conn, rows(
                conn, f"{CLAIMS_SELECT} WHERE c.id IN {id_clause} ORDER BY c.group_id, c.id", **id_params
            ))
        by_group: dict[int, list[ClaimView]] = defaultdict(list)
        for v in views:
            by_group[v.group_id].append(v)
        coverage = _source_coverage(
            conn, {v.article_id: v for v in views if v.cited_sources and v.attributed}
        )
        inserts = []
        for group_id, members in by_group.items():
            found = detect_in_group(members) if len(members) > 1 else []
            articles = {m.article_id for m in members}
            for m in members:
                if not m.cited_sources or not m.attributed:
                    continue
                hit = detect_unsupported(m, articles, coverage[m.article_id])
                if hit:
                    found.append(hit)
            for f in found:
                inserts.append((group_id, f.type, f.severity, f.summary, json.dumps(f.claim_ids),
                                _encode_evidence(f.evidence)))
        insert_rows(conn, _INSERT_DISCREPANCIES, inserts)


def _source_coverage(conn, citing: dict[int, ClaimView]) -> dict[int, dict[str, list[dict]]]:
    """Per citing article: for each source it cites, that source's own articles on the story.

    The story of an article is every article sharing a statement group with it; only
    articles in the claim's language count (without translation nothing else can be checked).
    """
    coverage = {a: {s: [] for s in v.cited_sources} for a, v in citing.items()}
    wanted = {a: {fold(s): s for s in v.cited_sources} for a, v in citing.items()}
    # Only outlets that are also credited sources (an agency's own articles) can cover a claim.
    source_outlets = [
        r["id"] for r in rows(conn, "SELECT o.id FROM outlets o JOIN sources s ON s.key = o.key")
    ]
    if not source_outlets:
        return coverage
    outlet_clause, outlet_params = in_list("o", source_outlets)
    for chunk in chunks(sorted(citing)):
        clause, params = in_list("a", chunk)
        for r in rows(
            conn,
            "SELECT DISTINCT c.article_id AS citing, a.id, a.title, a.language, o.name AS outlet"
            " FROM claims c JOIN claims x ON x.group_id = c.group_id AND x.article_id != c.article_id"
            " JOIN articles a ON a.id = x.article_id JOIN outlets o ON o.id = a.outlet_id"
            # "+": no index on outlet_id, so the citing articles drive the join, not every
            # article of the source outlets.
            f" WHERE c.article_id IN {clause} AND +a.outlet_id IN {outlet_clause}"
            " ORDER BY c.article_id, a.id",
            **params, **outlet_params,
        ):
            view = citing[r["citing"]]
            source = wanted[r["citing"]].get(fold(r["outlet"] or ""))
            if source and r["language"] == view.language:
                coverage[r["citing"]][source].append(
                    {"id": r["id"], "title": r["title"], "outlet": r["outlet"]}
                )
    return coverage
