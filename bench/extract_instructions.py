"""Load-independent extraction cost: run under valgrind and subtract instruction counts.

    for mode in setup run ref; do
      PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        python bench/extract_instructions.py $mode [--claims-only] [--corpus JSONL [--limit N]] 2>&1 | grep 'I *refs'
    done

`setup` loads the dev articles and extracts each once (warm caches); `run` does that, then one
timed-equivalent pass over all 40 articles; `ref` does setup, then `sum(range(10**6))`.
(run - setup) / (27.2 x 3 KB) is the cost per 3 KB; (ref - setup) the reference's cost, whose
idle wall time on the bench machine turns instructions into milliseconds. `--corpus` uses the
first N (100) articles of a generated corpus (e.g. /work/bench-v2/articles-1k-3k.jsonl) instead of
the dev articles; the `run` mode then prints the corpus size in units of 3 KB (to stderr).
`--no-gc` turns the cyclic garbage collector off: with it on, whether a full collection falls in
the measured pass moves (run - setup) by up to ~0.3 M per 3 KB between two builds of the code,
whatever the change (compare builds with `--no-gc`, each from a copy at a path of the same length).
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import json
from datetime import date
from itertools import islice

from claims.article import Article
from claims.extract import extract, facts
from claims.extract.speakers import clear_caches

DEV = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dev"


def _option(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def _corpus(path: str, limit: int) -> list[Article]:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in islice(handle, limit)]
    return [
        Article(row["text"], title=row.get("title"), outlet=row.get("outlet"), language=row.get("language"),
                published=date.fromisoformat(row["published"]) if row.get("published") else None)
        for row in rows
    ]


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "run"
    if "--no-gc" in sys.argv:
        gc.disable()
    if "--claims-only" in sys.argv:
        for name in ("_find_dates", "_find_quantities", "_find_entities", "_is_negated", "_find_credits"):
            setattr(facts, name, None)
    if "--corpus" in sys.argv:
        articles = _corpus(sys.argv[sys.argv.index("--corpus") + 1], int(_option("--limit", "100")))
    else:
        articles = [Article(p.read_text(encoding="utf-8"), language="fr") for p in sorted((DEV / "fr-wikinews").glob("*.txt"))]
        articles += [Article(p.read_text(encoding="utf-8"), language="en") for p in sorted((DEV / "en-wikinews").glob("*.txt"))]
    for article in articles:
        extract(article)
    if mode == "run":
        for article in articles:
            clear_caches()
            extract(article)
        units = sum(len(a.text.encode("utf-8")) for a in articles) / 3000
        print(f"{len(articles)} articles, {units:.1f} units of 3 KB", file=sys.stderr)
    elif mode == "ref":
        sum(range(10**6))


if __name__ == "__main__":
    main()
