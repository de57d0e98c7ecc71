"""Extraction speed per 3 KB on the dev articles, normalised by a fixed CPU reference.

    python bench/bench_extract.py [--rounds N] [--claims-only] [--corpus JSONL [--limit N]]

The bench machine is shared and its load varies by 2-5x from minute to minute, so each round
times the reference `sum(range(10**6))` right next to the articles, and the report gives the
median over articles of each article's best time, and that scaled by REFERENCE_UNLOADED_MS / the
best reference time (an idle-core equivalent). For a load-independent figure, count instructions
with `bench/extract_instructions.py` under valgrind. `--claims-only` switches the facts modules (dates, numbers,
entities, negation, credits) off to time the claim and speaker part alone. `--corpus` times the
first N (1000) articles of a generated corpus (bench/data/articles-1k-3k.jsonl) instead of the dev
articles. Each line gives the median and the mean, per article and per 3 KB, of CPU time
(`time.process_time`, less sensitive to other processes than wall time).
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import time
from datetime import date
from pathlib import Path

from claims.article import Article
from claims.extract import extract, facts
from claims.extract.speakers import clear_caches

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


def load_corpus(path: str, limit: int) -> list[Article]:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in itertools.islice(handle, limit)]
    return [
        Article(row["text"], title=row.get("title"), outlet=row.get("outlet"), language=row.get("language"),
                published=date.fromisoformat(row["published"]) if row.get("published") else None)
        for row in rows
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--claims-only", action="store_true")
    parser.add_argument("--corpus", help="JSONL corpus to time instead of the dev articles")
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    if args.claims_only:
        for name in ("_find_dates", "_find_quantities", "_find_entities", "_is_negated", "_find_credits"):
            setattr(facts, name, None)
    articles = load_corpus(args.corpus, args.limit) if args.corpus else load()
    for article in articles:
        extract(article)
    best = [float("inf")] * len(articles)  # per article, the least disturbed of the rounds
    best_cpu = [float("inf")] * len(articles)
    refs = []
    for _ in range(args.rounds):
        refs.append(reference_ms())
        for i, article in enumerate(articles):
            clear_caches()  # each article starts cold, as a new article would
            t0, c0 = time.perf_counter(), time.process_time()
            extract(article)
            c1, t1 = time.process_time(), time.perf_counter()
            best[i] = min(best[i], (t1 - t0) * 1000 * 3000 / len(article.text.encode("utf-8")))
            best_cpu[i] = min(best_cpu[i], (c1 - c0) * 1000)
    median = statistics.median(best)
    per_3kb = [ms * 3000 / len(a.text.encode("utf-8")) for ms, a in zip(best_cpu, articles)]
    kb = statistics.mean(len(a.text.encode("utf-8")) for a in articles) / 1000
    part = "claims and speakers only" if args.claims_only else "full extract()"
    print(f"{part}: {len(articles)} articles ({kb:.1f} KB on average) x {args.rounds} rounds")
    print(f"  CPU per article             median {statistics.median(best_cpu):.3f} ms, mean {statistics.mean(best_cpu):.3f} ms")
    print(f"  CPU per 3 KB                median {statistics.median(per_3kb):.3f} ms, mean {statistics.mean(per_3kb):.3f} ms")
    print(f"  median of per-article best  {median:.3f} ms per 3 KB (wall clock)")
    print(f"  reference (min/median)      {min(refs):.1f} / {statistics.median(refs):.1f} ms for sum(range(10**6))")
    print(f"  idle-equivalent             {median * REFERENCE_UNLOADED_MS / min(refs):.3f} ms per 3 KB "
          f"(reference scaled to {REFERENCE_UNLOADED_MS:.0f} ms)")


if __name__ == "__main__":
    main()
