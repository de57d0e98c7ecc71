"""`kill -9` during `claims ingest`: the database stays intact and a re-run completes it exactly."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time

import pytest

from process_support import (
    claim_counts_by_hash,
    child_env,
    claims_command,
    count_articles,
    run_claims,
    scalar,
    wait_for_articles,
    write_jsonl,
)

ARTICLES = 3000


def _holds_write_lock(db) -> bool:
    """True while another connection is inside a write transaction (a batch being stored)."""
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return True
        raise
    finally:
        conn.close()


def _kill_inside_a_write(process: subprocess.Popen, db, patience: float = 20) -> bool:
    """SIGKILL the process, preferably while it holds the write lock; True if it did."""
    deadline = time.monotonic() + patience
    caught = False
    while time.monotonic() < deadline and process.poll() is None:
        if _holds_write_lock(db):
            caught = True
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    return caught


def _claim_rows(db) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return sorted(
            conn.execute(
                "SELECT a.content_hash, c.start, c.\"end\", c.kind, c.content, s.name, c.said_on "
                "FROM claims c JOIN articles a ON a.id = c.article_id "
                "LEFT JOIN speakers s ON s.id = c.speaker_id"
            ).fetchall(),
            key=repr,
        )
    finally:
        conn.close()


def _check_intact(db) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # Raises if the full-text index disagrees with the claims table.
        conn.execute("INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()


def test_kill_9_mid_ingest_then_rerun_equals_a_clean_run(tmp_path):
    source = write_jsonl(tmp_path / "articles.jsonl", range(ARTICLES))
    crashed, clean = tmp_path / "crashed.db", tmp_path / "clean.db"
    # The reference run goes alongside the one that will be killed.
    clean_run = subprocess.Popen(
        claims_command(clean, "ingest", "-q", source), env=child_env(),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    doomed = subprocess.Popen(
        claims_command(crashed, "ingest", "-q", source), env=child_env(),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_articles(crashed, doomed, at_least=300)
        _kill_inside_a_write(doomed, crashed)
    finally:
        if doomed.poll() is None:
            doomed.kill()
            doomed.wait()
    assert doomed.returncode == -signal.SIGKILL

    _check_intact(crashed)
    survived = count_articles(crashed)
    assert 300 <= survived < ARTICLES

    _, clean_errors = clean_run.communicate(timeout=300)
    assert clean_run.returncode == 0, clean_errors
    expected = claim_counts_by_hash(clean)
    assert len(expected) == ARTICLES
    # Whatever survived the kill is whole: each article has all of its claims.
    partial = claim_counts_by_hash(crashed)
    assert len(partial) == survived
    assert {h: expected[h] for h in partial} == partial

    rerun = run_claims(crashed, "ingest", "-q", source, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.strip().splitlines()[-1] == (
        f"{ARTICLES - survived} ingested, {survived} already present, 0 failed"
    )
    _check_intact(crashed)
    assert scalar(crashed, "SELECT count(*) FROM articles") == ARTICLES
    assert scalar(crashed, "SELECT count(DISTINCT content_hash) FROM articles") == ARTICLES
    assert claim_counts_by_hash(crashed) == expected
    assert _claim_rows(crashed) == _claim_rows(clean)
    quoted_without_claims = (
        "SELECT count(*) FROM articles a WHERE a.text LIKE '%«%' "
        "AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)"
    )
    assert scalar(crashed, quoted_without_claims) == 0
    assert scalar(crashed, "SELECT count(*) FROM claims") == scalar(clean, "SELECT count(*) FROM claims")
    assert scalar(crashed, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'ouvrirons'") == scalar(
        clean, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'ouvrirons'"
    )


def _alive(pid: int) -> bool:
    """True while PID runs (a zombie waiting for its parent to reap it counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="reads child processes from /proc")
def test_kill_9_of_a_parallel_ingest_leaves_no_worker_behind_and_no_damage(tmp_path):
    source = write_jsonl(tmp_path / "articles.jsonl", range(600))
    db = tmp_path / "claims.db"
    process = subprocess.Popen(
        claims_command(db, "ingest", "-q", "--jobs", "2", source), env=child_env(),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_articles(db, process, at_least=50)
        with open(f"/proc/{process.pid}/task/{process.pid}/children", encoding="ascii") as children:
            workers = [int(pid) for pid in children.read().split()]
        assert len(workers) >= 2
        _kill_inside_a_write(process, db)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    deadline = time.monotonic() + 30
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    lingering = [pid for pid in workers if _alive(pid)]
    for pid in lingering:
        os.kill(pid, signal.SIGKILL)
    assert lingering == [], "extraction workers outlived their killed ingest"

    _check_intact(db)
    rerun = run_claims(db, "ingest", "-q", "--jobs", "2", source)
    assert rerun.returncode == 0, rerun.stderr
    assert scalar(db, "SELECT count(*) FROM articles") == 600
    quoted_without_claims = (
        "SELECT count(*) FROM articles a WHERE a.text LIKE '%«%' "
        "AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)"
    )
    assert scalar(db, quoted_without_claims) == 0
