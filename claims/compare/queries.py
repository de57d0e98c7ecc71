"""SQL used by grouping and reports. Plain, dialect-neutral, parameterised."""

from __future__ import annotations

CLAIM_COLUMNS = """
    c.id, c.article_id, c.kind, c.content, COALESCE(c.language, a.language) AS language,
    c.said_on, COALESCE(m.id, s.id) AS speaker_id, c.mention, c.role, c.facts, c.group_id,
    a.published, o.name AS outlet, COALESCE(m.key, s.key) AS speaker_key,
    COALESCE(m.name, s.name) AS speaker_name, COALESCE(m.kind, s.kind) AS speaker_kind
"""
CLAIM_JOINS = """
    FROM claims c
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN outlets o ON o.id = a.outlet_id
    LEFT JOIN speakers s ON s.id = c.speaker_id
    LEFT JOIN speakers m ON m.id = s.merged_into_id
"""
CLAIMS_SELECT = f"SELECT {CLAIM_COLUMNS} {CLAIM_JOINS}"


def in_list(name: str, values) -> tuple[str, dict]:
    """An `IN (:name_0, :name_1, …)` clause and its parameters (never empty)."""
    values = list(values) or [None]
    params = {f"{name}_{i}": v for i, v in enumerate(values)}
    return "(" + ", ".join(f":{k}" for k in params) + ")", params
