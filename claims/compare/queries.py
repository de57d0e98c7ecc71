"""SQL used by grouping and reports. Plain, dialect-neutral, parameterised."""

from __future__ import annotations

from operator import itemgetter

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


def as_selected(conn, columns: tuple[str, ...], inserted: list[tuple]) -> list[dict]:
    """Claims rows just inserted (tuples of the values of `columns`, `id` included) as
    `CLAIMS_SELECT` reads them back, ordered like a read by article id (article, then start):
    their articles' and speakers' columns are joined here, without reading the claims again."""
    from claims.compare.sqlio import rows
    from claims.store.sql import chunks

    fields = itemgetter(*map(columns.index, (
        "article_id", "start", "id", "kind", "content", "language", "said_on", "speaker_id", "mention", "role", "facts",
    )))
    claims = sorted(map(fields, inserted))  # by article, start and id
    articles: dict[int, dict] = {}
    speakers: dict[int, dict] = {}
    for chunk in chunks(sorted({c[0] for c in claims})):
        clause, params = in_list("a", chunk)
        for r in rows(conn, "SELECT a.id, a.language, a.published, o.name AS outlet FROM articles a"
                            f" LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id IN {clause}", **params):
            articles[r["id"]] = r
    for chunk in chunks(sorted({c[7] for c in claims if c[7] is not None})):
        clause, params = in_list("s", chunk)
        for r in rows(conn, "SELECT s.id, COALESCE(m.id, s.id) AS speaker_id, COALESCE(m.key, s.key) AS key,"
                            " COALESCE(m.name, s.name) AS name, COALESCE(m.kind, s.kind) AS kind"
                            f" FROM speakers s LEFT JOIN speakers m ON m.id = s.merged_into_id WHERE s.id IN {clause}",
                      **params):
            speakers[r["id"]] = r
    no_speaker = {"speaker_id": None, "key": None, "name": None, "kind": None}
    selected = []
    for article_id, _, claim_id, kind, content, language, said_on, speaker_id, mention, role, facts in claims:
        article = articles[article_id]
        speaker = speakers.get(speaker_id, no_speaker)
        selected.append({
            "id": claim_id, "article_id": article_id, "kind": kind, "content": content,
            "language": article["language"] if language is None else language,
            "said_on": said_on, "speaker_id": speaker["speaker_id"], "mention": mention, "role": role,
            "facts": facts, "group_id": None, "published": article["published"], "outlet": article["outlet"],
            "speaker_key": speaker["key"], "speaker_name": speaker["name"], "speaker_kind": speaker["kind"],
        })
    return selected
