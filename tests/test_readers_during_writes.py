"""`claims search`, `export` and `articles` while an ingest runs: answers from one consistent snapshot."""

from __future__ import annotations

import json
import subprocess
from collections import Counter

from process_support import (
    child_env,
    claims_command,
    run_claims,
    scalar,
    wait_for_articles,
    write_jsonl,
)

ARTICLES = 1000


def _final_claim_counts(db, match: str | None = None) -> dict[int, int]:
    import sqlite3

    condition = "AND c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)" if match else ""
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute(
            f"SELECT a.id, count(c.id) FROM articles a LEFT JOIN claims c ON c.article_id = a.id {condition} "
            "GROUP BY a.id",
            (match,) if match else (),
        ).fetchall())
    finally:
        conn.close()


def test_queries_during_an_ingest_see_whole_articles_only(tmp_path):
    source = write_jsonl(tmp_path / "articles.jsonl", range(ARTICLES))
    db = tmp_path / "claims.db"
    writer = subprocess.Popen(
        claims_command(db, "ingest", "-q", source), env=child_env(),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    searches: list[list[dict]] = []
    text_searches: list[list[dict]] = []
    exports: list[list[dict]] = []
    listings: list[list[dict]] = []
    try:
        wait_for_articles(db, writer, at_least=1)
        while writer.poll() is None:
            for args, answers in (
                (("search", "--limit", "0", "--format", "json"), searches),
                (("export",), exports),
                (("search", "ouvrirons", "--limit", "0", "--format", "json"), text_searches),
                (("articles", "--format", "json"), listings),
            ):
                done = run_claims(db, *args)
                assert done.returncode == 0, done.stderr
                assert "Traceback" not in done.stderr
                if args[0] == "export":
                    answers.append([json.loads(line) for line in done.stdout.splitlines()])
                else:
                    answers.append(json.loads(done.stdout))
    finally:
        if writer.poll() is None:
            writer.kill()
        _, errors = writer.communicate(timeout=300)
    assert writer.returncode == 0, errors

    final = _final_claim_counts(db)
    final_matching = _final_claim_counts(db, "ouvrirons")
    assert len(final) == ARTICLES
    # At least one answer came while the ingest was part-way through.
    total_claims = scalar(db, "SELECT count(*) FROM claims")
    sizes = {len(records) for records in [*searches, *exports]}
    assert any(0 < size < total_claims for size in sizes), sizes

    for records in [*searches, *text_searches, *exports]:
        assert len({r["id"] for r in records}) == len(records)
        for record in records:
            assert record["article"]["id"] in final
            assert record["text"] and record["article"]["outlet"]
    # Each article in an answer is complete: all its claims, as in the finished database.
    for records in [*searches, *exports]:
        per_article = Counter(r["article"]["id"] for r in records)
        assert per_article == {a: final[a] for a in per_article}
    for records in text_searches:
        assert all("ouvrirons" in r["text"] for r in records)
        per_article = Counter(r["article"]["id"] for r in records)
        assert per_article == {a: final_matching[a] for a in per_article}
    for listing in listings:
        assert all(a["claims"] == final[a["id"]] for a in listing)
        ids = [a["id"] for a in listing]
        # Batches commit in input order: a snapshot holds the first N articles.
        assert ids == sorted(final)[: len(ids)]
