"""Median time of the facts functions (dates, numbers, entities, negation, credits, language).

Run: python bench/bench_facts.py   (uses the seed article in tests/fixtures/seed)
"""

from __future__ import annotations

import re
import statistics
import time
from datetime import date
from pathlib import Path

from claims.extract.dates import find_dates
from claims.extract.entities import find_entities, is_negated
from claims.extract.lang import detect_language
from claims.extract.names import name_key
from claims.extract.numbers import find_quantities
from claims.extract.sources import find_credits

SEED = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seed" / "000_c8db046f7b2a35e8.txt"


def median_us(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e6


def main() -> None:
    text = SEED.read_text(encoding="utf-8")
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.]?", text)]
    pub = date(2023, 9, 15)
    n = len(sentences)
    rows = [
        ("find_dates, per sentence", lambda: [find_dates(text, s, e, "fr", pub) for s, e in sentences], n),
        ("find_quantities, per sentence", lambda: [find_quantities(text, s, e, "fr") for s, e in sentences], n),
        ("find_entities, per sentence", lambda: [find_entities(text, s, e, "fr") for s, e in sentences], n),
        ("is_negated, per sentence", lambda: [is_negated(text[s:e], "fr") for s, e in sentences], n),
        ("find_credits, per article", lambda: find_credits(text, "fr"), 1),
        ("detect_language, per article", lambda: detect_language(text), 1),
        ("name_key, uncached", lambda: (name_key.cache_clear(), name_key("Sergueï Choïgou")), 1),
    ]
    print(f"seed article: {len(text)} chars, {n} sentences")
    for label, fn, per in rows:
        print(f"{label:32} {median_us(fn, 300) / per:8.1f} µs")


if __name__ == "__main__":
    main()
