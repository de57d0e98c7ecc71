"""Extraction speed per 3 KB on the dev articles, normalised by a fixed CPU reference.

    python bench/bench_extract.py [--rounds N] [--claims-only]

The bench machine is shared and its load varies by 2-5x from minute to minute, so each round
times the reference `sum(range(10**6))` right next to the articles, and the report gives the
median over articles of each article's best time, and that scaled by REFERENCE_UNLOADED_MS / the
best reference time (an idle-core equivalent). For a load-independent figure, count instructions
with `bench/extract_instructions.py` under valgrind. `--claims-only` switches the facts modules (dates, numbers,
entities, negation, credits) off to time the claim and speaker part alone.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from claims.article import Article
from claims.extract import extract, facts
from claims.extract.speakers import names_in

# sum(range(10**6)) on an idle core of the bench machine (Python 3.11): the fastest seen on 28 Nov
# 2026 was 21 ms (192 M instructions under valgrind); never observed idle, so this may be pessimistic.
REFERENCE_UNLOADED_MS = 21.0
DEV = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dev"


def reference_ms() -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        sum(range(10**6))
        best = min(best, (time.perf_counter() - t0) * 1000)
    return best


def load() -> list[Article]:
    articles = [Article(p.read_text(encoding="utf-8"), language="fr") for p in sorted((DEV / "fr-wikinews").glob("*.txt"))]
    articles += [Article(p.read_text(encoding="utf-8"), language="en") for p in sorted((DEV / "en-wikinews").glob("*.txt"))]
    return articles


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--claims-only", action="store_true")
    args = parser.parse_args()
    if args.claims_only:
        for name in ("_find_dates", "_find_quantities", "_find_entities", "_is_negated", "_find_credits"):
            setattr(facts, name, None)
    articles = load()
    for article in articles:
        extract(article)
    best = [float("inf")] * len(articles)  # per article, the least disturbed of the rounds
    refs = []
    for _ in range(args.rounds):
        refs.append(reference_ms())
        for i, article in enumerate(articles):
            names_in.cache_clear()  # each article starts cold, as a new article would
            t0 = time.perf_counter()
            extract(article)
            ms = (time.perf_counter() - t0) * 1000 * 3000 / len(article.text.encode("utf-8"))
            best[i] = min(best[i], ms)
    median = statistics.median(best)
    part = "claims and speakers only" if args.claims_only else "full extract()"
    print(f"{part}: {len(articles)} articles x {args.rounds} rounds")
    print(f"  median of per-article best  {median:.3f} ms per 3 KB")
    print(f"  reference (min/median)      {min(refs):.1f} / {statistics.median(refs):.1f} ms for sum(range(10**6))")
    print(f"  idle-equivalent             {median * REFERENCE_UNLOADED_MS / min(refs):.3f} ms per 3 KB "
          f"(reference scaled to {REFERENCE_UNLOADED_MS:.0f} ms)")


if __name__ == "__main__":
    main()
