"""Grouping and discrepancy-report cost as the corpus grows (issue 4 targets).

    python bench/bench_grouping.py                          # N = 500, 1000, 2000, 4000
    python bench/bench_grouping.py --sizes 1000 --profile /tmp/grouping.prof

Articles come from `bench/generate.py` (3 KB, French and English, 3–8 outlets per story,
shared quotes, translated copy, changed numbers). They are extracted once, in worker
processes, and cached as a pickle under `--cache` so that reruns measure only storage and
grouping. Each size is then stored by the writer of `claims.store.ingest` (as `claims ingest`
does, in batches of `--batch` articles) into a fresh temporary database, with `Grouper.update` wrapped to add up its
CPU time (`time.process_time`, robust on a shared machine). Then `claims discrepancies
--format json` runs as a CLI subprocess on that database (wall time).

Targets: update_groups ≤ 1 ms per article, flat in N; discrepancies ≤ 60 s at 100k articles
and ≤ 2.2× time per doubling.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _article(row: dict, number: int):
    from claims.article import Article

    return Article(
        text=row["text"], title=row.get("title"), outlet=row.get("outlet"), url=row.get("url"),
        published=date.fromisoformat(row["published"]) if row.get("published") else None,
        language=row.get("language"), path=f"generated:{number + 1}",
    )


def _extract_pair(article):
    from claims.extract import extract

    return article, extract(article)


def extracted_corpus(count: int, cache: Path, jobs: int, seed: int) -> list:
    """(Article, Extraction) pairs for the first `count` generated articles, cached on disk."""
    from generate import generate

    path = cache / f"extracted-{count}-seed{seed}.pickle"
    if path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)
    articles = [_article(row, i) for i, row in enumerate(generate(count, seed=seed, size="3k"))]
    started = time.perf_counter()
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs) as pool:
            pairs = list(pool.map(_extract_pair, articles, chunksize=32))
    else:
        pairs = [_extract_pair(a) for a in articles]
    print(f"extracted {count} articles in {time.perf_counter() - started:.0f} s (cached in {path})",
          file=sys.stderr)
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump(pairs, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return pairs


class GroupingTimer:
    """Wraps `Grouper.update` (what the ingest writer calls per batch) and adds up its CPU time."""

    def __init__(self):
        import claims.compare.grouping as grouping

        self.grouping = grouping
        self.original = grouping.Grouper.update
        self.cpu = 0.0
        self.articles = 0
        self.per_batch: list[float] = []

    def __enter__(self):
        original = self.original
        timer = self

        def timed(grouper, conn, article_ids, inserted=None):
            started = time.process_time()
            original(grouper, conn, article_ids, inserted)
            spent = time.process_time() - started
            timer.cpu += spent
            timer.articles += len(article_ids)
            timer.per_batch.append(1000 * spent / max(1, len(article_ids)))

        self.grouping.Grouper.update = timed
        return self

    def __exit__(self, *exc):
        self.grouping.Grouper.update = self.original


def ingest_pairs(db, pairs, batch_size: int = 200) -> tuple[float, float, "GroupingTimer"]:
    """Store and group `pairs` with the real writer of `claims ingest`, `batch_size` articles
    per transaction (extraction replaced by the cache)."""
    import claims.store.ingest as ingest_module

    with GroupingTimer() as timer:
        writer = ingest_module._Writer(db)
        wall, cpu = time.perf_counter(), time.process_time()
        stored = 0
        for start in range(0, len(pairs), batch_size):
            outcomes = writer.write(list(pairs[start : start + batch_size]))
            stored += sum(1 for o in outcomes if o.status == "ingested")
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert stored == len(pairs), f"{stored} of {len(pairs)} stored"
    return wall, cpu, timer


def discrepancies_cli(db_path: str) -> tuple[float, float, int]:
    """Wall and CPU time of `claims --db X discrepancies --format json`, and how many it reports.

    The CPU time (user + system of the child) does not grow when other jobs share the machine.
    """
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "claims", "--db", db_path, "discrepancies", "--format", "json"],
        capture_output=True, check=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, len(json.loads(done.stdout)["discrepancies"])


def counts(db) -> dict:
    with db.reader() as rows:
        return {
            "claims": rows.scalar("SELECT COUNT(*) FROM claims"),
            "groups": rows.scalar("SELECT COUNT(*) FROM statement_groups"),
            "multi": rows.scalar(
                "SELECT COUNT(*) FROM (SELECT group_id FROM claims WHERE group_id IS NOT NULL"
                " GROUP BY group_id HAVING COUNT(*) > 1)"
            ),
            "largest": rows.scalar(
                "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM claims WHERE group_id IS NOT NULL"
                " GROUP BY group_id)"
            ),
        }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,1000,2000,4000")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="extraction workers (cache fill)")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "claims-bench-grouping"))
    parser.add_argument("--profile", default=None, help="cProfile the ingest of the largest size into FILE")
    parser.add_argument("--keep", action="store_true", help="keep the databases (paths printed)")
    parser.add_argument("--batch", type=int, default=200,
                        help="articles per ingest batch (ingest also cuts a batch after 1 s of extraction:"
                             " about 20 articles at today's extraction speed)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    from claims.store.db import Database

    corpus = extracted_corpus(max(sizes), Path(args.cache), args.jobs, args.seed)
    header = (f"{'articles':>8} {'claims':>7} {'groups':>7} {'multi':>6} {'max':>4} "
              f"{'group ms/art':>12} {'last batch':>10} {'ingest art/s':>12} {'discr s':>8} {'discr cpu':>9} {'found':>6}")
    print(header)
    workdir = Path(tempfile.mkdtemp(prefix="bench-grouping-"))
    for size in sizes:
        db_path = str(workdir / f"g{size}.db")
        db = Database(db_path)
        profiler = None
        if args.profile and size == max(sizes):
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        wall, _cpu, timer = ingest_pairs(db, corpus[:size], args.batch)
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.profile)
        seconds, discrepancy_cpu, found = discrepancies_cli(db_path)
        c = counts(db)
        print(f"{size:>8} {c['claims']:>7} {c['groups']:>7} {c['multi']:>6} {c['largest']:>4} "
              f"{1000 * timer.cpu / size:>12.2f} {timer.per_batch[-1]:>10.2f} {size / wall:>12.0f} "
              f"{seconds:>8.2f} {discrepancy_cpu:>9.2f} {found:>6}", flush=True)
        if not args.keep:
            os.remove(db_path)
    if args.keep:
        print(f"databases in {workdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
