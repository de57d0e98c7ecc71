"""Load-independent writer cost: instructions of an ingest with extraction cached, under valgrind.

    python bench/profile_writer.py CORPUS.jsonl --limit 1000 --cache /tmp/prepared.pkl --repeats 1  # makes the cache
    for mode in setup run; do
      PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        python bench/writer_instructions.py $mode CORPUS.jsonl /tmp/prepared.pkl [--limit 1000] \
        [--batch-size 200] [--no-grouping] 2>&1 | grep 'I *refs'
    done

`setup` loads the corpus and the prepared articles (what `--jobs` workers send) and imports the
write path; `run` does that, then `claims.store.ingest.ingest` into a fresh database in batches
of exactly `--batch-size` articles. run - setup is the writer's work (store + statement grouping +
discrepancies); with `--no-grouping` (grouping a no-op) the store's alone. Another checkout's
code: put it first with PYTHONPATH=/path/to/checkout and run from outside this tree.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("setup", "run"))
    parser.add_argument("corpus")
    parser.add_argument("prepared", help="pickle written by bench/profile_writer.py --cache")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--no-grouping", action="store_true")
    args = parser.parse_args()

    import claims.compare.grouping as grouping
    import claims.store.ingest as ingest_module
    from claims.read import iter_articles
    from claims.store.db import Database

    prepared = pickle.loads(Path(args.prepared).read_bytes())
    ingest_module._prepare_one = lambda article, _agencies: prepared[article.path]
    articles = list(itertools.islice(iter_articles([args.corpus]), args.limit))
    if args.no_grouping:
        grouping.Grouper.update = lambda self, conn, article_ids, inserted=None: None
    database = Database(str(Path(tempfile.mkdtemp()) / "writer.db"))
    if args.mode == "run":
        ingest_module.BATCH_SECONDS = float("inf")
        report = ingest_module.ingest(database, iter(articles), batch_size=args.batch_size)
        print(report.summary, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
