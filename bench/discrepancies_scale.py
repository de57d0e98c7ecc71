"""`claims discrepancies` at 10× and 20× an ingested database, without ingesting that much.

    python bench/discrepancies_scale.py bench/data/ingest-10k-j1.db --factors 1,5,10
    python bench/discrepancies_scale.py BASE.db --factors 1,5,10 --data DIR [--reuse]

Copies BASE's articles, source links, claims, statement groups and discrepancies FACTOR times
with shifted ids (claim ids inside each discrepancy's `claim_ids` shifted too), so a
100k-article database holds ten disjoint copies of a real 10k ingest: the same distribution of
group sizes and discrepancy types, ten times as many rows. Then times `claims --db X
discrepancies --format json > FILE` on each (median of 3 runs, CPU time of the child) and prints the
time per article relative to the smallest factor (issue 4: doubling the corpus ≤ ~2.2× the time;
100k articles ≤ 60 s). With --reuse, a copy already in DIR holding FACTOR times BASE's
articles is timed as it is (building the 10x copy takes minutes). The load average is printed
before and after: the timings are wall clock on a shared machine. Ingest speed is measured by
bench/run.py, not here.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
COPIED_TABLES = ("articles", "article_sources", "claims", "statement_groups", "discrepancies")


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def replicate(base: Path, target: Path, factor: int) -> None:
    """TARGET = BASE with its rows copied until FACTOR copies exist."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    source = sqlite3.connect(base)
    source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source.close()
    shutil.copyfile(base, target)
    conn = sqlite3.connect(target)
    try:
        top = {t: conn.execute(f"SELECT max(id) FROM {t}").fetchone()[0] or 0
               for t in ("articles", "claims", "statement_groups", "discrepancies")}
        for copy in range(1, factor):
            shift = {t: copy * top[t] for t in top}
            with conn:
                cols = _columns(conn, "articles")
                conn.execute(
                    f"INSERT INTO articles ({', '.join(cols)}) SELECT "
                    + ", ".join("id + :a" if c == "id" else "content_hash || '-' || :copy" if c == "content_hash"
                                else c for c in cols)
                    + " FROM articles WHERE id <= :top", {"a": shift["articles"], "copy": copy, "top": top["articles"]})
                conn.execute(
                    "INSERT INTO article_sources (article_id, source_id, role) SELECT article_id + :a, source_id, role "
                    "FROM article_sources WHERE article_id <= :top", {"a": shift["articles"], "top": top["articles"]})
                cols = _columns(conn, "statement_groups")
                conn.execute(
                    f"INSERT INTO statement_groups ({', '.join(cols)}) SELECT "
                    + ", ".join("id + :g" if c == "id" else c for c in cols)
                    + " FROM statement_groups WHERE id <= :top", {"g": shift["statement_groups"],
                                                                 "top": top["statement_groups"]})
                cols = _columns(conn, "claims")
                quoted = [f'"{c}"' for c in cols]
                values = {"id": "id + :c", "article_id": "article_id + :a", "group_id": "group_id + :g"}
                conn.execute(
                    f"INSERT INTO claims ({', '.join(quoted)}) SELECT "
                    + ", ".join(values.get(c, f'"{c}"') for c in cols)
                    + " FROM claims WHERE id <= :top",
                    {"c": shift["claims"], "a": shift["articles"], "g": shift["statement_groups"], "top": top["claims"]})
                cols = _columns(conn, "discrepancies")
                values = {"id": "id + :d", "group_id": "group_id + :g",
                          "claim_ids": "(SELECT json_group_array(value + :c) FROM json_each(claim_ids))"}
                conn.execute(
                    f"INSERT INTO discrepancies ({', '.join(cols)}) SELECT "
                    + ", ".join(values.get(c, c) for c in cols)
                    + " FROM discrepancies WHERE id <= :top",
                    {"d": shift["discrepancies"], "g": shift["statement_groups"], "c": shift["claims"],
                     "top": top["discrepancies"]})
        conn.execute("ANALYZE")
    finally:
        conn.close()


def time_discrepancies(db: Path, runs: int) -> tuple[float, float, int]:
    """Median wall and CPU seconds of `claims discrepancies --format json`, and how many it found.

    The report goes to a file next to DB (as with `> report.json`): reading ~1 GB through a pipe
    would time this process's reading and decoding too.
    """
    claims = [sys.executable, "-m", "claims"]
    report = db.with_suffix(".report.json")
    walls, cpus, found = [], [], -1
    try:
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            with open(report, "wb") as out:
                done = subprocess.run([*claims, "--db", str(db), "discrepancies", "--format", "json"],
                                      stdout=out, stderr=subprocess.PIPE, text=True,
                                      env={**os.environ, "COLUMNS": "200"})
            walls.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            if done.returncode != 0:
                raise SystemExit(f"{db}: claims discrepancies failed: {done.stderr.strip()[-300:]}")
            with open(report, encoding="utf-8") as written:
                found = len(json.load(written)["discrepancies"])
    finally:
        report.unlink(missing_ok=True)
    return statistics.median(walls), statistics.median(cpus), found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="an ingested database (e.g. bench/data/ingest-10k-j1.db from bench/run.py)")
    parser.add_argument("--factors", default="1,5,10", help="copies of BASE to time (default 1,5,10)")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median)")
    parser.add_argument("--data", default=str(BENCH / "data"), help="where the copies are written")
    parser.add_argument("--reuse", action="store_true", help="time existing copies with the right article count")
    args = parser.parse_args(argv)
    base = Path(args.base)
    articles = _articles(base)
    first = None
    print("load average %.2f %.2f %.2f" % os.getloadavg())
    print(f"{'articles':>9} {'discrepancies':>13} {'wall s':>7} {'CPU s':>6} {'per article vs smallest':>24}")
    for factor in (int(f) for f in args.factors.split(",")):
        db = Path(args.data) / f"discrepancies-{factor}x-{base.stem}.db"
        if not (args.reuse and _articles(db) == articles * factor):
            replicate(base, db, factor)
        wall, cpu, found = time_discrepancies(db, args.runs)
        per_article = wall / (articles * factor)
        first = first or per_article
        print(f"{articles * factor:>9,} {found:>13,} {wall:>7.2f} {cpu:>6.2f} {per_article / first:>23.2f}×")
    print("load average %.2f %.2f %.2f" % os.getloadavg())
    return 0


def _articles(db: Path) -> int | None:
    """Articles in DB, or None when it does not exist."""
    if not db.exists():
        return None
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


if __name__ == "__main__":
    sys.exit(main())
