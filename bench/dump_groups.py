"""Dump what grouping stores, to check that a change leaves it byte-identical.

    python bench/dump_groups.py CORPUS_OR_FOLDER --limit 1000 --out /tmp/groups-1k.txt
    python bench/dump_groups.py /work/bench-v2/articles-10k-3k.jsonl --limit 3000 --jobs 2 --out after.txt
    python bench/dump_groups.py examples --out examples.txt
    python bench/dump_groups.py CORPUS --limit 1000 --source /path/to/other/checkout --out before.txt
    cmp before.txt after.txt

Ingests the first `--limit` articles read from the paths (`claims.read.iter_articles`: JSONL,
HTML, text, folders) into a fresh database (`claims.store.db.Database`,
`claims.store.ingest.ingest`), in batches of exactly `--batch-size` articles (the time limit
of a batch is lifted, so batch boundaries, and with them the Grouper's cross-batch memory, are
the same on every run), then writes three sorted sections to `--out`:
every claim's `group_id` (by claim id), every `statement_groups` row without `updated_at`
(by id) and every `discrepancies` row, all columns (by id).

`--source DIR` runs the `claims` package of another checkout (a `git worktree add --detach`
of the branch point, say) instead of the installed one: the editable install's import finder
is removed and DIR put first on `sys.path`.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path


def _use_source(folder: str) -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in type(f).__module__.lower()
                        and "editable" not in getattr(f, "__name__", "").lower()]
    sys.path.insert(0, str(Path(folder).resolve()))
    for name in [m for m in sys.modules if m == "claims" or m.startswith("claims.")]:
        del sys.modules[name]


def dump(paths: list[str], limit: int | None, jobs: int, batch_size: int, out: Path) -> str:
    import claims.store.ingest as ingest_module
    from claims.read import iter_articles
    from claims.store.db import Database

    ingest_module.BATCH_SECONDS = float("inf")
    with tempfile.TemporaryDirectory() as folder:
        database = Database(str(Path(folder) / "dump.db"))
        articles = itertools.islice(iter_articles(paths), limit)
        started = time.process_time()
        report = ingest_module.ingest(database, articles, jobs=jobs, batch_size=batch_size)
        seconds = time.process_time() - started
        with database.reader() as rows, open(out, "w", encoding="utf-8") as handle:
            handle.write("# claims: id group_id\n")
            for r in rows.all("SELECT id, group_id FROM claims ORDER BY id"):
                handle.write(f"{r['id']}\t{r['group_id']}\n")
            handle.write("# statement_groups: id speaker_id said_on\n")
            for r in rows.all("SELECT id, speaker_id, said_on FROM statement_groups ORDER BY id"):
                handle.write(f"{r['id']}\t{r['speaker_id']}\t{r['said_on']}\n")
            handle.write("# discrepancies: all columns\n")
            for r in rows.all("SELECT * FROM discrepancies ORDER BY id"):
                handle.write("\t".join(f"{k}={v!r}" for k, v in r.items()) + "\n")
    return f"{report.summary}; {report.claims} claims; {seconds:.1f} s CPU in this process"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int, default=None, help="first N articles (default: all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--source", default=None, help="checkout whose claims package to run")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.source:
        _use_source(args.source)
    import claims

    print(f"claims from {Path(claims.__file__).parent}", file=sys.stderr)
    print(dump(args.paths, args.limit, args.jobs, args.batch_size, Path(args.out)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
