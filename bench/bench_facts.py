"""Median time of the facts functions (dates, numbers, entities, negation, credits, language).

Run: python bench/bench_facts.py [--runs N] [--fixtures]
(the seed article in tests/fixtures/seed; with --fixtures, also the CC BY dev articles in
tests/fixtures/dev, reported as the median over articles). Timings are CPU time
(time.process_time), so that other processes on the machine disturb them less.

Per-sentence rows call the function on each sentence of the article; whole-article rows call
it as `claims.extract.pipeline.run` does (find_dates and find_quantities on the whole text,
find_quantities right after find_dates, which has cached the date matches it needs). The date
match cache is cleared before every timed call of find_dates, so no row profits from a
previous repetition.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from datetime import date
from pathlib import Path

from claims.extract import dates
from claims.extract.dates import find_dates
from claims.extract.entities import find_entities, is_negated
from claims.extract.lang import detect_language
from claims.extract.names import _name_words, name_key
from claims.extract.numbers import find_quantities
from claims.extract.sources import find_credits

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SEED = FIXTURES / "seed" / "000_c8db046f7b2a35e8.txt"
_SENTENCE = re.compile(r"[^.\n]+[.]?")


def median_us(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times) * 1e6


def _fresh_dates(text: str, start: int, end: int, lang: str, published: date | None):
    dates._region.cache_clear()
    return find_dates(text, start, end, lang, published)


def _pipeline_facts(text: str, lang: str, pub: date, sentences) -> None:
    """The facts calls of pipeline.run, with a sentence standing for each claim."""
    detect_language(text)
    find_credits(text, lang)
    _fresh_dates(text, 0, len(text), lang, pub)
    find_quantities(text, 0, len(text), lang)
    for s, e in sentences:
        find_entities(text, s, e, lang)
        is_negated(text[s:e], lang)


def rows_for(text: str, lang: str, pub: date) -> list[tuple[str, object, int]]:
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    with_digit = [(s, e) for s, e in sentences if any(c.isdigit() for c in text[s:e])]
    without_digit = [(s, e) for s, e in sentences if (s, e) not in with_digit]
    n = len(sentences)

    def per(fn, spans):
        return lambda: [fn(s, e) for s, e in spans]

    def quantities_after_dates():
        _fresh_dates(text, 0, len(text), lang, pub)
        t0 = time.process_time()
        find_quantities(text, 0, len(text), lang)
        return time.process_time() - t0

    return [
        ("find_dates, per sentence", per(lambda s, e: _fresh_dates(text, s, e, lang, pub), sentences), n),
        ("find_dates, sentence with a digit", per(lambda s, e: _fresh_dates(text, s, e, lang, pub), with_digit), len(with_digit)),
        ("find_dates, sentence without", per(lambda s, e: _fresh_dates(text, s, e, lang, pub), without_digit), len(without_digit)),
        ("find_quantities, per sentence", per(lambda s, e: (dates._region.cache_clear(), find_quantities(text, s, e, lang)), sentences), n),
        ("find_quantities, sentence w/ digit", per(lambda s, e: (dates._region.cache_clear(), find_quantities(text, s, e, lang)), with_digit), len(with_digit)),
        ("find_quantities, sentence without", per(lambda s, e: (dates._region.cache_clear(), find_quantities(text, s, e, lang)), without_digit), len(without_digit)),
        ("find_entities, per sentence", per(lambda s, e: find_entities(text, s, e, lang), sentences), n),
        ("is_negated, per sentence", per(lambda s, e: is_negated(text[s:e], lang), sentences), n),
        ("find_dates, whole article", lambda: _fresh_dates(text, 0, len(text), lang, pub), 1),
        ("find_quantities, whole article", quantities_after_dates, -1),
        ("find_credits, per article", lambda: find_credits(text, lang), 1),
        ("detect_language, per article", lambda: detect_language(text), 1),
        ("all facts calls, per article", lambda: _pipeline_facts(text, lang, pub, sentences), 1),
        ("name_key, uncached", lambda: (name_key.cache_clear(), _name_words.cache_clear(), name_key("Sergueï Choïgou")), 1),
    ]


def measure(text: str, lang: str, runs: int) -> dict[str, float]:
    out = {}
    for label, fn, per in rows_for(text, lang, date(2023, 9, 15)):
        if per == -1:  # fn times itself and returns seconds
            out[label] = statistics.median(fn() for _ in range(runs)) * 1e6
        else:
            out[label] = median_us(fn, runs) / max(per, 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--fixtures", action="store_true", help="also the dev articles in tests/fixtures/dev")
    args = parser.parse_args()
    seed = SEED.read_text(encoding="utf-8")
    print(f"seed article: {len(seed)} chars, {len(_SENTENCE.findall(seed))} sentences; CPU µs, median of {args.runs} runs")
    results = measure(seed, "fr", args.runs)
    for label, us in results.items():
        print(f"{label:36} {us:8.1f} µs")
    if args.fixtures:
        articles = sorted((FIXTURES / "dev").glob("*-wikinews/*.txt"))
        per_article = [measure(p.read_text(encoding="utf-8"), p.parent.name[:2], max(args.runs // 10, 5)) for p in articles]
        print(f"\n{len(articles)} dev articles: median over articles")
        for label in results:
            print(f"{label:36} {statistics.median(r[label] for r in per_article):8.1f} µs")


if __name__ == "__main__":
    main()
