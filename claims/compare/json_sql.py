"""The JSON report's text built by SQLite, for `claims discrepancies --format json` on big corpora.

Turning ~20 columns per claim into Python dicts and encoding them again costs far more than
the reads; here SQLite writes each claim object's JSON text (`json_quote` escapes exactly as
`json.dumps(ensure_ascii=False)` does, and the keys, their order and the `", "`/`": "`
separators follow `claims.store.records._record`), so Python only joins strings. An
article's object is built once per page of claims, its sources from `article_sources`.
tests/test_discrepancies_json.py checks the result byte for byte against the export objects.
SQLite only: other engines take the dict path in `claims.compare.results`.
"""

from __future__ import annotations

import json
from typing import Iterator

from claims.store.db import Rows
from claims.store.records import article_sources

# json.dumps(obj, ensure_ascii=False), without building an encoder for each call.
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _open_object(fields: list[tuple[str, str]]) -> str:
    """SQL for the text of a JSON object without its closing brace.

    `fields` are (key, SQL expression giving the value's JSON text), in output order.
    """
    parts = [f"'{'{' if n == 0 else ', '}\"{key}\": ' || {value}" for n, (key, value) in enumerate(fields)]
    return " || ".join(parts)


def _value(column: str) -> str:
    """The JSON text of a column's value: a quoted string, a number, or null."""
    return f"json_quote({column})"


_SPEAKER = _open_object([
    ("id", _value("c.speaker_id")),
    ("name", _value("s.name")),
    ("mention", _value("c.mention")),
    ("role", _value("c.role")),
    ("kind", _value("s.kind")),
    ("described", "CASE WHEN s.article_id IS NULL THEN 'false' ELSE 'true' END"),
]) + " || '}'"

# Everything up to `"article": `; `claim_json` appends the article's object and the brace.
_CLAIM_JSON_HEAD = _open_object([
    ("id", _value("c.id")),
    ("kind", _value("c.kind")),
    ("text", _value("c.content")),
    ("start", _value("c.start")),
    ("end", _value('c."end"')),
    ("cue", _value("c.cue")),
    ("said_on", _value("c.said_on")),
    ("date_precision", _value("c.date_precision")),
    ("speaker", f"CASE WHEN c.speaker_id IS NULL THEN 'null' ELSE {_SPEAKER} END"),
]) + " || ', \"article\": '"

_CLAIMS_SQL = f"""
SELECT c.id, c.article_id, {_CLAIM_JSON_HEAD} AS head
FROM claims c
LEFT JOIN speakers s ON s.id = c.speaker_id
WHERE c.id IN (SELECT value FROM json_each(:ids))
"""

# Everything up to "language"; `article_json` appends the article's sources and the brace.
_ARTICLE_JSON_HEAD = _open_object([
    ("id", _value("a.id")),
    ("path", _value("a.source_path")),
    ("url", _value("a.url")),
    ("title", _value("a.title")),
    ("outlet", _value("o.name")),
    ("published", _value("a.published")),
    ("language", _value("a.language")),
])

_ARTICLES_SQL = f"""
SELECT a.id, {_ARTICLE_JSON_HEAD} AS head
FROM articles a
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE a.id IN (SELECT value FROM json_each(:ids))
"""

# Everything before "claims"; the stored evidence is JSON text already.
_DISCREPANCY_JSON_HEAD = _open_object([
    ("type", _value("d.type")),
    ("severity", _value("d.severity")),
    ("summary", _value("d.summary")),
    ("group_id", _value("d.group_id")),
])

# In the order of the ids given.
_DISCREPANCIES_SQL = f"""
SELECT d.claim_ids, d.evidence, {_DISCREPANCY_JSON_HEAD} AS head
FROM json_each(:ids) AS page
JOIN discrepancies d ON d.id = page.value
ORDER BY page.key
"""


def article_json(rows: Rows, article_ids) -> dict[int, str]:
    """{article id: the `article` object of its claims as JSON text}."""
    ids = sorted(set(article_ids))
    sources = article_sources(rows, ids)
    tails: dict[tuple, str] = {}  # most articles share one of a few source lists
    found: dict[int, str] = {}
    for r in rows.all(_ARTICLES_SQL, ids=_encode(ids)):
        links = sources.get(r["id"], {})
        lists = (tuple(links.get("cited", ())), tuple(links.get("photo_credit", ())))
        if lists not in tails:
            tails[lists] = f', "cited_sources": {_encode(lists[0])}, "photo_credits": {_encode(lists[1])}}}'
        found[r["id"]] = r["head"] + tails[lists]
    return found


def claim_json(rows: Rows, claim_ids: list[int]) -> dict[int, str]:
    """{claim id: its export object as JSON text} for the claims that exist.

    Each article's object is built once, however many of its claims are asked for.
    """
    found = rows.all(_CLAIMS_SQL, ids=_encode(list(dict.fromkeys(claim_ids))))
    articles = article_json(rows, [r["article_id"] for r in found])
    return {
        r["id"]: f'{r["head"]}{articles[r["article_id"]]}}}'
        for r in found
        if r["article_id"] in articles
    }


def discrepancy_json_lines(rows: Rows, discrepancy_ids: list[int], page: int) -> Iterator[str]:
    """Discrepancies `discrepancy_ids`, in that order, each as one line of JSON.

    A page of `page` discrepancies is read with one query and its claims with one more;
    a claim shown by several discrepancies of the page is built once.
    """
    for start in range(0, len(discrepancy_ids), page):
        found = rows.all(_DISCREPANCIES_SQL, ids=_encode(discrepancy_ids[start : start + page]))
        claim_ids = [[int(c) for c in json.loads(r["claim_ids"])] for r in found]
        claims = claim_json(rows, [c for ids in claim_ids for c in ids])
        for r, ids in zip(found, claim_ids):
            listed = ", ".join([claims[i] for i in ids if i in claims])
            evidence = r["evidence"] if isinstance(r["evidence"], str) else _encode(r["evidence"])
            yield f'{r["head"]}, "claims": [{listed}], "evidence": {evidence}}}'
