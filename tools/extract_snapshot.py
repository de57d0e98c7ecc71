"""Dump every field `extract()` returns, as JSONL, to check that an optimisation changes nothing.

    python tools/extract_snapshot.py OUT.jsonl [--fixtures DIR] [--examples DIR] [--bench PATH] [--limit N]
    diff <(python tools/extract_snapshot.py /dev/stdout) baseline.jsonl

Articles: every file under tests/fixtures/ and examples/ (read as `claims ingest` reads them,
language detected), the dev sets as tools/dev_eval.py loads them (language and publication date
given), then the first N (1000) articles of the bench corpus. Other engineers edit fixtures and
regenerate the corpus: snapshot frozen copies (the options) to compare two versions of the code.
"""

from __future__ import annotations

import dataclasses
import os
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's claims, not an installed copy
from claims.article import Article
from claims.extract import extract
from claims.read import iter_articles

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "data" / "articles-1k-3k.jsonl"
DEV_SETS = (("fr-wikinews", "fr"), ("en-wikinews", "en"), ("seed", "fr"))


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def fixture_articles(fixtures: Path, examples: Path):
    for item in iter_articles([str(fixtures), str(examples)]):
        if isinstance(item, Article):
            yield os.path.relpath(item.path, fixtures.parent.parent), item


def dev_articles(fixtures: Path = ROOT / "tests" / "fixtures"):
    dev = fixtures / "dev"
    for folder, language in DEV_SETS:
        meta = {}
        if (dev / folder / "meta.jsonl").exists():
            for line in (dev / folder / "meta.jsonl").read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                meta[record["id"]] = record
        for path in sorted((dev / folder).glob("*.txt")):
            published = meta.get(path.stem, {}).get("published")
            yield f"dev:{folder}/{path.name}", Article(
                path.read_text(encoding="utf-8"), language=language,
                published=date.fromisoformat(published) if published else None)


def bench_articles(path: Path, limit: int):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= limit:
                break
            row = json.loads(line)
            yield f"bench:{number + 1}", Article(
                text=row["text"], title=row.get("title"), outlet=row.get("outlet"),
                published=date.fromisoformat(row["published"]) if row.get("published") else None,
                language=row.get("language"))


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2  # (never write a snapshot to a file named "--help")
    out = argv[0]
    def option(name: str, default: Path) -> Path:
        return Path(argv[argv.index(name) + 1]) if name in argv else default

    fixtures = option("--fixtures", ROOT / "tests" / "fixtures")
    examples = option("--examples", ROOT / "examples")
    bench = option("--bench", BENCH)
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 1000
    with open(out, "w", encoding="utf-8") as handle:
        for source in (fixture_articles(fixtures, examples), dev_articles(fixtures), bench_articles(bench, limit)):
            for name, article in source:
                record = {"article": name, **_plain(extract(article))}
                handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
