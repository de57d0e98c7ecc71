"""Time (and optionally profile) the ingest stages in-process, without the CLI.

    python bench/profile_ingest.py CORPUS.jsonl --limit 2000              # extract-only and full ingest rates
    python bench/profile_ingest.py CORPUS.jsonl --limit 2000 --profile    # plus a pyinstrument profile
    python bench/profile_ingest.py CORPUS.jsonl --limit 1000 --store-only # the write path alone, ms/article

Reads the generated JSONL directly into `Article` objects (so reading is not measured),
then times `claims.extract.extract` alone, and `claims.store.ingest.ingest` into a fresh
database (extract + store + grouping). The difference is the storage cost. The ingest also
prints the CPU per article spent in this process (the single writer) and in the `--jobs`
workers, which shows how far `--jobs` can scale whatever the machine's load.
`--store-only` times the write path alone (CPU, extraction cached, grouping a no-op).
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
    started, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    report = ingest(database, iter(articles), jobs=jobs)
    seconds = time.perf_counter() - started
    main_ms = (time.process_time() - cpu) * 1000 / max(1, report.ingested)
    workers_ms = (_children_cpu() - children) * 1000 / max(1, report.ingested)
    # Load-independent view of the scaling: CPU per article in this process (the writer,
    # which nothing parallelises) and in the workers.
    print(f"CPU per article: {main_ms:.2f} ms in the main process, {workers_ms:.2f} ms in workers")
    return seconds, report


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_store_only(path: str, limit: int, repeats: int, profile: bool, profile_out: str | None) -> int:
    """The write path alone: reading, hashing, the already-present probe, the write
    transaction and outcome reporting. Extraction is done beforehand and looked up;
    grouping is replaced by a no-op. CPU time of this process, best of REPEATS."""
    import claims.compare.grouping as grouping
    import claims.store.ingest as ingest_module
    from claims.article import Article
    from claims.extract import extract
    from claims.read import iter_articles
    from claims.store.db import Database

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        with open(path, encoding="utf-8") as source, open(corpus, "w", encoding="utf-8") as target:
            target.writelines(itertools.islice(source, limit))
        extracted = {a.path: extract(a) for a in iter_articles([str(corpus)]) if isinstance(a, Article)}
        claims = sum(len(e.claims) for e in extracted.values())
        ingest_module._extract_one = lambda article, _agencies: extracted[article.path]
        grouping.Grouper.update = lambda self, conn, article_ids, inserted=None: None
        best = None
        for repeat in range(repeats):
            database = Database(str(Path(folder) / f"store{repeat}.db"))
            profiler = None
            if profile and repeat == repeats - 1:
                from pyinstrument import Profiler

                profiler = Profiler(interval=0.0002)
                profiler.start()
            started = time.process_time()
            report = ingest_module.ingest(database, iter_articles([str(corpus)]))
            seconds = time.process_time() - started
            if profiler:
                profiler.stop()
                _save(profiler, profile_out, "store")
            best = seconds if best is None else min(best, seconds)
            print(f"  run {repeat + 1}: {seconds * 1000 / report.ingested:.3f} ms/article CPU")
    print(f"store only (read + hash + probe + write, no extraction, no grouping): "
          f"{best * 1000 / len(extracted):.3f} ms/article, {best * 1e6 / claims:.1f} µs/claim "
          f"({len(extracted)} articles, {claims / len(extracted):.1f} claims/article; {report.summary})")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--no-grouping", action="store_true",
                        help="replace claims.compare.grouping.Grouper.update by a no-op (cost of storage alone)")
    parser.add_argument("--profile", action="store_true", help="pyinstrument profiles (pip install pyinstrument)")
    parser.add_argument("--profile-out", default=None, help="folder for the profile text files")
    parser.add_argument("--store-only", action="store_true",
                        help="time the write path alone (extraction done beforehand, grouping a no-op)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if args.store_only:
        return time_store_only(args.corpus, args.limit, args.repeats, args.profile, args.profile_out)
    if args.no_grouping:
        import claims.compare.grouping as grouping

        grouping.Grouper.update = lambda self, conn, article_ids, inserted=None: None
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
