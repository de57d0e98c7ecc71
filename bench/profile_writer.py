"""CPU of the single writer per article: ingest with extraction done beforehand, grouping on.

    python bench/profile_writer.py /work/bench-v2/articles-1k-3k.jsonl --limit 1000
    python bench/profile_writer.py CORPUS --limit 1000 --profile 40        # plus cProfile, top 40
    python bench/profile_writer.py CORPUS --limit 1000 --pyinstrument      # sampling profile (pip install pyinstrument)
    python bench/profile_writer.py CORPUS --limit 1000 --cache /tmp/p.pkl  # reuse the extractions

Each article is extracted and prepared first (`claims.store.ingest._prepare_one`, what
`--jobs` workers do), then `claims.store.ingest.ingest` runs into a fresh database with
`_prepare_one` looking the prepared articles up: what remains is the writer's work (store +
statement grouping + discrepancies). Prints the CPU time of this process per article, best of
`--repeats`, each run in a forked child so that it starts with empty comparison caches as a
real ingest does. `--cache FILE` pickles the prepared articles (made on first use; delete it when
the extractor changes).
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import os
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="print the top N functions of cProfile")
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--pyinstrument", action="store_true",
                        help="profile the last run with pyinstrument (sampling, less overhead) instead")
    parser.add_argument("--cache", default=None)
    parser.add_argument("--batch-size", type=int, default=None,
                        help="articles per write batch, whatever the time (default: ingest's own batching; "
                             "a real ingest with extraction ends a batch after BATCH_SECONDS, ~40-140 articles here)")
    args = parser.parse_args()

    import claims.store.ingest as ingest_module
    from claims.article import Article
    from claims.read import iter_articles
    from claims.store.db import Database

    articles = [a for a in itertools.islice(iter_articles([args.corpus]), args.limit) if isinstance(a, Article)]
    prepared = None
    if args.cache and Path(args.cache).exists():
        prepared = pickle.loads(Path(args.cache).read_bytes())
    if prepared is None or set(prepared) != {a.path for a in articles}:
        real = ingest_module._prepare_one
        prepared = {a.path: real(a, ()) for a in articles}
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps(prepared))
    ingest_module._prepare_one = lambda article, _agencies: prepared[article.path]
    batching = {}
    if args.batch_size:
        ingest_module.BATCH_SECONDS = float("inf")
        batching["batch_size"] = args.batch_size

    # Each run in a forked child: the comparison caches (signatures, scores, conflicts,
    # derived views) start empty as in a real ingest, whatever ran before.
    best = None
    with tempfile.TemporaryDirectory() as folder:
        for repeat in range(args.repeats):
            profiled = bool(args.profile or args.pyinstrument) and repeat == args.repeats - 1
            seconds, claims = _in_child(lambda: _run(ingest_module, Database(str(Path(folder) / f"w{repeat}.db")),
                                                     articles, profiled, args, batching))
            print(f"  run {repeat + 1}: {seconds * 1000 / len(articles):.3f} ms/article CPU"
                  f"{' (profiled)' if profiled else ''}", flush=True)
            if not profiled:
                best = seconds if best is None else min(best, seconds)
    if best is not None:
        print(f"writer (store + grouping, extraction cached): {best * 1000 / len(articles):.3f} ms/article "
              f"({len(articles)} articles, {claims} claims), best of {args.repeats - bool(args.profile or args.pyinstrument)}")
    return 0


def _run(ingest_module, database, articles, profiled: bool, args, batching: dict) -> tuple[float, int]:
    if profiled and args.pyinstrument:
        from pyinstrument import Profiler

        sampler = Profiler(interval=0.0002)
        sampler.start()
        started = time.process_time()
        report = ingest_module.ingest(database, iter(articles), **batching)
        seconds = time.process_time() - started
        sampler.stop()
        print(sampler.output_text(unicode=True, color=False, show_all=False))
        return seconds, report.claims
    profiler = cProfile.Profile() if profiled else None
    started = time.process_time()
    if profiler:
        profiler.enable()
    report = ingest_module.ingest(database, iter(articles), **batching)
    if profiler:
        profiler.disable()
    seconds = time.process_time() - started
    if profiler:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.profile)
    return seconds, report.claims


def _in_child(work):
    """`work()` run in a forked process; its (picklable) result."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            result = pickle.dumps(work())
        finally:
            sys.stdout.flush()
        with os.fdopen(write, "wb") as out:
            out.write(result)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as source:
        data = source.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


if __name__ == "__main__":
    sys.exit(main())
