"""Score discrepancy detection and grouping against a coverage gold file.

    python -m claims.compare.evaluate tests/fixtures/coverage [--db FILE] [--json]

Ingests every `*.jsonl` article of the folder into a fresh database (a temporary
one unless --db is given), then compares the stored discrepancies with
`gold.json` (see tests/fixtures/coverage/README.md for its format) and prints
precision and recall per type, plus pairwise grouping precision/recall within a
language and across French↔English.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path

from claims.article import Article
from claims.compare.detectors import TYPES
from claims.compare.normalise import fold


def load_articles(folder: Path) -> list[Article]:
    """The fixture articles: one JSON object per line in each `*.jsonl` file."""
    articles = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            articles.append(
                Article(
                    text=obj["text"],
                    title=obj.get("title"),
                    outlet=obj.get("outlet"),
                    url=obj.get("url"),
                    published=date.fromisoformat(obj["published"]) if obj.get("published") else None,
                    language=obj.get("language"),
                    path=f"{path.name}:{n}",
                )
            )
    return articles


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_alarms: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def _matches(gold: dict, found: dict) -> bool:
    if gold["type"] != found["type"]:
        return False
    outlets = {c["article"]["outlet"] for c in found["claims"]}
    anchor = fold(gold["anchor"])
    return gold["outlet"] in outlets and any(anchor in fold(c["text"]) for c in found["claims"])


def score_discrepancies(gold: list[dict], found: list[dict]) -> dict[str, Score]:
    scores = {t: Score() for t in TYPES}
    unmatched = list(range(len(found)))
    for g in gold:
        hit = next((i for i in unmatched if _matches(g, found[i])), None)
        if hit is None:
            scores[g["type"]].fn += 1
            scores[g["type"]].misses.append(f"{g['outlet']}: {g['anchor']}")
        else:
            unmatched.remove(hit)
            scores[g["type"]].tp += 1
    for i in unmatched:
        scores[found[i]["type"]].fp += 1
        scores[found[i]["type"]].false_alarms.append(found[i]["summary"])
    return scores


def _statement_of(text: str, statements: list[dict]) -> str | None:
    folded = fold(text)
    for s in statements:
        if any(fold(a) in folded for a in s["anchors"]):
            return s["id"]
    return None


def score_grouping(groups: list[dict], claims: list[dict], statements: list[dict]) -> dict[str, Score]:
    """Pairwise: two claims of different articles grouped together vs reporting the same statement."""
    group_of = {c["id"]: gid for gid, members in groups for c in members}
    labelled = [(c, _statement_of(c["text"], statements)) for c in claims]
    labelled = [(c, s) for c, s in labelled if s is not None]
    scores = {"same language": Score(), "French-English": Score()}
    for (a, sa), (b, sb) in combinations(labelled, 2):
        if a["article"]["id"] == b["article"]["id"]:
            continue
        key = "same language" if a["article"]["language"] == b["article"]["language"] else "French-English"
        together = group_of.get(a["id"]) is not None and group_of.get(a["id"]) == group_of.get(b["id"])
        same = sa == sb
        if together and same:
            scores[key].tp += 1
        elif together:
            scores[key].fp += 1
            scores[key].false_alarms.append(f"{a['text'][:50]} | {b['text'][:50]}")
        elif same:
            scores[key].fn += 1
            scores[key].misses.append(f"{a['text'][:50]} | {b['text'][:50]}")
    return scores


def evaluate(folder: Path, db_path: str | None = None, batch_size: int | None = None) -> dict:
    from claims.compare.results import GroupFilter, list_discrepancies
    from claims.store.db import Database
    from claims.store.ingest import ingest
    from claims.store.records import iter_all_records

    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(db_path or str(Path(tmp) / "evaluate.db"))
        options = {"batch_size": batch_size} if batch_size else {}
        report = ingest(db, load_articles(folder), **options)
        with db.reader() as rows:
            found = list_discrepancies(rows, GroupFilter())
            claims = list(iter_all_records(rows))
            membership = rows.all("SELECT id, group_id FROM claims WHERE group_id IS NOT NULL")
        db.engine.dispose()
    by_group: dict[int, list[dict]] = {}
    records = {c["id"]: c for c in claims}
    for m in membership:
        by_group.setdefault(m["group_id"], []).append(records[m["id"]])
    return {
        "articles": report.ingested,
        "claims": len(claims),
        "discrepancies": score_discrepancies(gold["discrepancies"], found),
        "grouping": score_grouping(list(by_group.items()), claims, gold["statements"]),
    }


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def render(result: dict, verbose: bool = False) -> str:
    lines = [
        f"{result['articles']} articles, {result['claims']} claims",
        "",
        "| type | gold | found | correct | precision | recall |",
        "|---|---|---|---|---|---|",
    ]
    total = Score()
    for kind, s in result["discrepancies"].items():
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        lines.append(
            f"| {kind} | {s.tp + s.fn} | {s.tp + s.fp} | {s.tp} | {_fmt(s.precision)} | {_fmt(s.recall)} |"
        )
    lines.append(
        f"| **all** | {total.tp + total.fn} | {total.tp + total.fp} | {total.tp} | "
        f"{_fmt(total.precision)} | {_fmt(total.recall)} |"
    )
    lines += ["", "| grouping (claim pairs) | precision | recall |", "|---|---|---|"]
    for key, s in result["grouping"].items():
        lines.append(f"| {key} | {_fmt(s.precision)} | {_fmt(s.recall)} |")
    if verbose:
        for kind, s in [*result["discrepancies"].items(), *result["grouping"].items()]:
            for x in s.false_alarms:
                lines.append(f"false alarm [{kind}]: {x}")
            for x in s.misses:
                lines.append(f"missed [{kind}]: {x}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.compare.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="folder with *.jsonl articles and gold.json")
    parser.add_argument("--db", help="keep the database at this path (default: temporary)")
    parser.add_argument("--batch-size", type=int, help="articles per ingest batch (1: one at a time)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list false alarms and misses")
    args = parser.parse_args(argv)
    if not (args.folder / "gold.json").is_file():
        print(f"error: {args.folder}/gold.json not found", file=sys.stderr)
        return 2
    print(render(evaluate(args.folder, args.db, args.batch_size), args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
