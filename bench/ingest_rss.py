"""One `claims ingest` process over a corpus into a new database, its memory sampled as it runs.

    python bench/ingest_rss.py CORPUS.jsonl DB [--every SECONDS]

Prints a line every SECONDS (default 30): elapsed time, stored articles, resident memory (VmRSS,
MB), load average; then the exit code, the time taken and the process's peak (`ru_maxrss`). The
100k figure of the README comes from this with bench/data's articles-100k-3k.jsonl.
"""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time


def _rss_mb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))
    except (OSError, StopIteration):
        return -1


def _stored(db: str) -> int:
    try:
        return sqlite3.connect(db, timeout=1).execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return -1


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    corpus, db = argv[0], argv[1]
    every = float(argv[argv.index("--every") + 1]) if "--every" in argv else 30.0
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    claims = shutil.which("claims") or "claims"
    started = time.time()
    process = subprocess.Popen([claims, "--db", db, "ingest", corpus, "--quiet"], stderr=subprocess.PIPE, text=True)
    while process.poll() is None:
        time.sleep(every)
        print(f"{time.time() - started:7.0f}s {_stored(db):7d} articles rss {_rss_mb(process.pid)} MB "
              f"load {os.getloadavg()[0]:.1f}", flush=True)
    errors = process.stderr.read()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"exit {process.returncode} after {time.time() - started:.0f}s; peak {peak:.0f} MB (ru_maxrss)")
    print(errors.strip().splitlines()[-1] if errors.strip() else "")
    return process.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
