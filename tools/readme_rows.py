"""Recompute the README's table of dev-set scores (the "Accuracy" section) with tools/dev_eval.py.

    python tools/readme_rows.py [README.md] [--write]

Each row's first cell names its set (and half); the other cells are P/R/F1 at overlap 0.3 and 0.8,
speaker accuracy and said_on agreement, as `python tools/dev_eval.py --only SET [--held-out]` prints
them. Prints the rows whose figures differ from the file; --write puts the new figures in place.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import dev_eval
from claims.evaluate import score
from claims.extract import extract

DEV = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dev"
HEADER = "| set | P@0.3 | R@0.3 | F1@0.3 | P@0.8 | R@0.8 | F1@0.8 | speaker accuracy | said_on agreement |"
# Rows whose name is not "own/<set>" scored on its held-out split: (dev_eval set, split, dev_eval subset).
NAMED_ROWS = {
    "fr-wikinews": ("fr", "dev", None), "en-wikinews": ("en", "dev", None),
    "en-wikinews-more": ("en-more", "dev", None), "en-wikinews-extra": ("en-extra", "dev", None),
    "en-wikinews-blind2": ("en-blind2", "dev", None),
    "en-wikinews-blind3, first half": ("en-blind3", "dev", None),
    "en-wikinews-blind3, second half": ("en-blind3", "held-out", None),
    "en-wikinews-blind4": ("en-blind4", "held-out", None), "en-wikinews-blind5": ("en-blind5", "held-out", None),
    "own/fr": ("own-fr", "dev", None), "own/en": ("own-en", "dev", None),
    "own/fr-blind, first 8 articles": ("own-fr-blind", "dev", None),
    "own/fr-blind, last 4 articles": ("own-fr-blind", "held-out", None),
    "own/fr-blind2, first half": ("own-fr-blind2", "dev", None),
    "own/fr-blind2, second half": ("own-fr-blind2", "held-out", None),
    "own/fr-blind6, odd half": ("own-fr-blind6", "held-out", "own-fr-blind6-dev"),
    "own/fr-blind6, even half": ("own-fr-blind6", "held-out", "own-fr-blind6-held"),
    "own/en-blind3, odd half": ("own-en-blind3", "held-out", "own-en-blind3-dev"),
    "own/en-blind3, even half": ("own-en-blind3", "held-out", "own-en-blind3-held"),
    "own/en-blind": ("own-en-blind", "held-out", None), "seed": ("seed", "dev", None),
}
_OWN_SET = re.compile(r"own/((?:en|fr)-blind\d+)")


def row_target(name: str) -> tuple[str, str, str | None] | None:
    """The dev_eval set, split and subset a row's name stands for, else None."""
    if name in NAMED_ROWS:
        return NAMED_ROWS[name]
    own = _OWN_SET.fullmatch(name)
    return ("own-" + own.group(1), "held-out", None) if own else None


def figures(set_name: str, split: str, subset: str | None) -> str:
    """The row's cells after its name, in the table's format."""
    folder, language = dev_eval.SETS[set_name]
    gold, articles = dev_eval.load_set(DEV, folder, language, split)
    if subset:
        _, stems, held = dev_eval.SUBSETS[subset]
        kept = {stem for stem in articles if (stem in stems) == held}
        articles = {stem: article for stem, article in articles.items() if stem in kept}
        gold = [g for g in gold if g.get("article") in kept]
    report = score(gold, {stem: dev_eval.as_dicts(extract(article)) for stem, article in articles.items()})
    loose, strict = report.overall[0.3], report.overall[0.8]
    return (f" {loose.precision:.3f} | {loose.recall:.3f} | **{loose.f1:.3f}** | {strict.precision:.3f} | {strict.recall:.3f}"
            f" | **{strict.f1:.3f}** | **{report.speaker_accuracy:.3f}** ({report.speaker_correct}/{report.speaker_matched})"
            f" | {report.said_on_correct}/{report.said_on_matched} |")


def main(argv: list[str]) -> int:
    readme = Path(next((a for a in argv if not a.startswith("-")), str(DEV.parent.parent.parent / "README.md")))
    lines = readme.read_text(encoding="utf-8").split("\n")
    first = lines.index(HEADER) + 2
    changed = 0
    for i in range(first, len(lines)):
        if not lines[i].startswith("| "):
            break
        name_cell = lines[i].split("|")[1]
        target = row_target(re.sub(r"\s*\([^)]*\)\s*$", "", name_cell).strip())
        if target is None:
            print(f"no set for row: {name_cell.strip()}")
            continue
        row = "|" + name_cell + "|" + figures(*target)
        if row != lines[i]:
            changed += 1
            print(f"- {lines[i]}\n+ {row}")
            lines[i] = row
    print(f"{changed} rows differ")
    if "--write" in argv and changed:
        readme.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
