"""Time (and optionally profile) the ingest stages in-process, without the CLI.

    python bench/profile_ingest.py CORPUS.jsonl --limit 2000              # extract-only and full ingest rates
    python bench/profile_ingest.py CORPUS.jsonl --limit 2000 --profile    # plus a pyinstrument profile

Reads the generated JSONL directly into `Article` objects (so reading is not measured),
then times `claims.extract.extract` alone, and `claims.store.ingest.ingest` into a fresh
database (extract + store + grouping). The difference is the storage cost.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path


def load_articles(path: str, limit: int):
    from claims.article import Article

    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(itertools.islice(handle, limit)):
            row = json.loads(line)
            yield Article(
                text=row["text"], title=row.get("title"), outlet=row.get("outlet"), url=row.get("url"),
                published=date.fromisoformat(row["published"]) if row.get("published") else None,
                language=row.get("language"), path=f"{path}:{number + 1}",
            )


def time_extract(articles) -> tuple[float, int]:
    from claims.extract import extract

    started = time.perf_counter()
    claims = sum(len(extract(article).claims) for article in articles)
    return time.perf_counter() - started, claims


def time_ingest(articles, db_path: Path, jobs: int) -> tuple[float, object]:
    from claims.store.db import Database
    from claims.store.ingest import ingest

    database = Database(str(db_path))
    started = time.perf_counter()
    report = ingest(database, iter(articles), jobs=jobs)
    return time.perf_counter() - started, report


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--no-grouping", action="store_true",
                        help="replace claims.compare.grouping.update_groups by a no-op (cost of storage alone)")
    parser.add_argument("--profile", action="store_true", help="pyinstrument profiles (pip install pyinstrument)")
    parser.add_argument("--profile-out", default=None, help="folder for the profile text files")
    args = parser.parse_args()
    if args.no_grouping:
        import claims.compare.grouping as grouping

        grouping.update_groups = lambda conn, article_ids: None
    articles = list(load_articles(args.corpus, args.limit))
    size_kb = sum(len(a.text.encode("utf-8")) for a in articles) / len(articles) / 1024
    print(f"{len(articles)} articles, {size_kb:.1f} KB on average")

    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
    seconds, claims = time_extract(articles)
    if profiler:
        profiler.stop()
        _save(profiler, args.profile_out, "extract")
    print(f"extract only: {len(articles) / seconds:,.0f} articles/s, {claims / seconds:,.0f} claims/s "
          f"({claims / len(articles):.1f} claims/article)")

    with tempfile.TemporaryDirectory() as folder:
        if args.profile:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005)
            profiler.start()
        seconds, report = time_ingest(articles, Path(folder) / "bench.db", args.jobs)
        if profiler:
            profiler.stop()
            _save(profiler, args.profile_out, "ingest")
    print(f"ingest (extract + store, jobs={args.jobs}): {report.ingested / seconds:,.0f} articles/s, "
          f"{report.claims / seconds:,.0f} claims/s; {report.summary}")
    return 0


def _save(profiler, folder: str | None, name: str) -> None:
    text = profiler.output_text(unicode=True, color=False, show_all=False)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / f"{name}.txt").write_text(text)
        print(f"profile written to {folder}/{name}.txt")
    else:
        print(text)


if __name__ == "__main__":
    sys.exit(main())
