"""Load-independent extraction cost: run under valgrind and subtract instruction counts.

    for mode in setup run ref; do
      PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        python bench/extract_instructions.py $mode [--claims-only] 2>&1 | grep 'I *refs'
    done

`setup` loads the dev articles and extracts each once (warm caches); `run` does that, then one
timed-equivalent pass over all 40 articles; `ref` does setup, then `sum(range(10**6))`.
(run - setup) / (27.2 x 3 KB) is the cost per 3 KB; (ref - setup) the reference's cost, whose
idle wall time on the bench machine turns instructions into milliseconds.
"""

from __future__ import annotations

import sys
from pathlib import Path

from claims.article import Article
from claims.extract import extract, facts
from claims.extract.speakers import clear_caches

DEV = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dev"


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "run"
    if "--claims-only" in sys.argv:
        for name in ("_find_dates", "_find_quantities", "_find_entities", "_is_negated", "_find_credits"):
            setattr(facts, name, None)
    articles = [Article(p.read_text(encoding="utf-8"), language="fr") for p in sorted((DEV / "fr-wikinews").glob("*.txt"))]
    articles += [Article(p.read_text(encoding="utf-8"), language="en") for p in sorted((DEV / "en-wikinews").glob("*.txt"))]
    for article in articles:
        extract(article)
    if mode == "run":
        for article in articles:
            clear_caches()
            extract(article)
    elif mode == "ref":
        sum(range(10**6))


if __name__ == "__main__":
    main()
