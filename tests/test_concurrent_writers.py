"""Several `claims ingest` processes on one SQLite file at once: all succeed, nothing stored twice."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from claims.article import content_hash
from process_support import (
    article_text,
    child_env,
    claim_counts_by_hash,
    claims_command,
    pseudo_word,
    run_claims,
    scalar,
    wait_for_articles,
    write_jsonl,
)

SUMMARY = re.compile(r"^(\d+) ingested, (\d+) already present, (\d+) failed$")


def _start(db, *paths):
    return subprocess.Popen(
        claims_command(db, "ingest", "-q", *paths), env=child_env(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _finish(process) -> tuple[int, int]:
    out, errors = process.communicate(timeout=300)
    assert process.returncode == 0, errors
    assert "Traceback" not in errors
    match = SUMMARY.match(errors.strip().splitlines()[-1])
    assert match, errors
    ingested, present, failed = map(int, match.groups())
    assert failed == 0, errors
    return ingested, present


def _duplicates(db, table: str, column: str) -> int:
    return scalar(db, f"SELECT count(*) FROM (SELECT {column} FROM {table} GROUP BY {column} HAVING count(*) > 1)")


def test_three_ingests_with_overlapping_inputs_into_a_new_file(tmp_path):
    # Three processes race from an empty file (schema creation included) over 1,200 articles.
    first = write_jsonl(tmp_path / "first.jsonl", range(0, 800))
    second = write_jsonl(tmp_path / "second.jsonl", range(400, 1200))
    everything_reversed = write_jsonl(tmp_path / "reversed.jsonl", reversed(range(0, 1200)))
    db = tmp_path / "shared.db"
    processes = [_start(db, first), _start(db, second), _start(db, everything_reversed)]
    results = [_finish(p) for p in processes]

    assert [i + p for i, p in results] == [800, 800, 1200]
    assert sum(i for i, _ in results) == 1200
    assert scalar(db, "SELECT count(*) FROM articles") == 1200
    assert _duplicates(db, "articles", "content_hash") == 0
    expected_hashes = {content_hash(article_text(n)) for n in range(1200)}
    counts = claim_counts_by_hash(db)
    assert set(counts) == expected_hashes
    # Speakers, outlets and sources are shared rows, created once whoever saw them first.
    assert _duplicates(db, "speakers", "key") == 0
    assert _duplicates(db, "outlets", "key") == 0
    assert scalar(db, "SELECT count(*) FROM outlets") == 3
    assert scalar(db, "SELECT count(*) FROM alembic_version") == 1
    # Every article has its claims: the same as one process alone would store.
    quoted = [n for n in range(1200) if n % 5]
    assert all(counts[content_hash(article_text(n))] >= 1 for n in quoted)
    alone = tmp_path / "alone.db"
    sample = write_jsonl(tmp_path / "sample.jsonl", range(0, 1200, 37))
    done = run_claims(alone, "ingest", "-q", sample)
    assert done.returncode == 0, done.stderr
    reference = claim_counts_by_hash(alone)
    assert {h: counts[h] for h in reference} == reference
    conn_check = scalar(db, "PRAGMA integrity_check")
    assert conn_check == "ok"


def test_two_ingests_of_the_same_folder_into_an_existing_database(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(300):
        (folder / f"{n:04d}.txt").write_text(article_text(5000 + n), encoding="utf-8")
    db = tmp_path / "shared.db"
    seeded = run_claims(db, "ingest", "-q", folder / "0000.txt")
    assert seeded.returncode == 0, seeded.stderr
    results = [_finish(p) for p in [_start(db, folder), _start(db, folder)]]

    assert sum(i for i, _ in results) == 299
    assert all(i + p == 300 for i, p in results)
    assert scalar(db, "SELECT count(*) FROM articles") == 300
    assert _duplicates(db, "articles", "content_hash") == 0
    assert _duplicates(db, "speakers", "key") == 0
    assert scalar(db, "SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id)") == 0


def test_claims_ingested_during_a_merge_stay_findable(tmp_path):
    db = tmp_path / "shared.db"
    first = tmp_path / "first.txt"
    first.write_text(article_text(1), encoding="utf-8")  # quotes Jean Martin
    assert run_claims(db, "ingest", "-q", first).returncode == 0
    source = tmp_path / "dupont.jsonl"
    with open(source, "w", encoding="utf-8") as stream:
        for n in range(1000):
            words = [pseudo_word(n * 5 + k) for k in range(3)]
            text = (
                f"Article {n}. « Nous ouvrirons les {words[0]} de {words[1]} cette année », "
                f"a déclaré Marc Dupont. Le budget de {words[2]} sera voté en mai."
            )
            stream.write(json.dumps({"text": text, "outlet": "Le Fil"}, ensure_ascii=False) + "\n")
    writer = _start(db, source)
    try:
        wait_for_articles(db, writer, at_least=60)
        merged = run_claims(db, "speakers", "merge", "Jean Martin", "Marc Dupont")
        assert merged.returncode == 0, merged.stderr
        if writer.poll() is not None:
            pytest.skip("the ingest ended before the merge; no concurrency to test")
    finally:
        _finish(writer)
    found = run_claims(db, "search", "ouvrirons", "--speaker", "Jean Martin", "--limit", "0", "--format", "json")
    assert found.returncode == 0, found.stderr
    assert len(json.loads(found.stdout)) == scalar(
        db, "SELECT count(*) FROM claims WHERE content LIKE 'Nous ouvrirons%'"
    ) == 1001
