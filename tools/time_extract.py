"""Median extraction time per 3 KB on the dev articles, with and without the facts modules.

    python tools/time_extract.py [DEV_DIR]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's claims, not an installed copy
from claims.article import Article
from claims.extract import extract, facts
from claims.extract.speakers import clear_caches


def median_ms_per_3kb(articles: list[Article], rounds: int = 3) -> float:
    for article in articles:
        extract(article)
    timings = []
    for _ in range(rounds):
        for article in articles:
            clear_caches()  # each timed article starts cold, as a new article would
            t0 = time.perf_counter()
            extract(article)
            timings.append((time.perf_counter() - t0) * 1000 * 3000 / len(article.text.encode("utf-8")))
    return statistics.median(timings)


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dev"
    articles = [Article(p.read_text(encoding="utf-8"), language="fr") for p in sorted((root / "fr-wikinews").glob("*.txt"))]
    articles += [Article(p.read_text(encoding="utf-8"), language="en") for p in sorted((root / "en-wikinews").glob("*.txt"))]
    print(f"full extract():            {median_ms_per_3kb(articles):.2f} ms per 3 KB (median, {len(articles)} articles)")
    for name in ("_find_dates", "_find_quantities", "_find_entities", "_is_negated", "_find_credits"):
        setattr(facts, name, None)
    print(f"claims and speakers only:  {median_ms_per_3kb(articles):.2f} ms per 3 KB (facts modules switched off)")


if __name__ == "__main__":
    main()
