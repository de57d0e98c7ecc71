"""Readers shared by the tests that check the annotated dev sets' files (offsets, format)."""

from __future__ import annotations

import json
import re
from pathlib import Path

SAID_ON = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|--\d{2}-\d{2})$")
WORD = re.compile(r"\w+")


def records(folder: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def articles(folder: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def claims(folder: Path) -> list[dict]:
    return [r for r in records(folder, "gold.jsonl") if "kind" in r]


def is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    remaining = iter(haystack)
    return all(word in remaining for word in needle)


def assert_offsets_point_at_content(texts: dict[str, str], gold: list[dict]) -> None:
    """Each claim's start/end cover its content; a claim interrupted by its attribution (content
    A + B) runs from the first word of A to the last of B, its words in order."""
    for claim in gold:
        span = texts[claim["article"]][claim["start"]:claim["end"]]
        if span == claim["content"]:
            continue
        assert span.startswith(claim["content"].split(" ", 1)[0]), claim
        assert is_subsequence(WORD.findall(claim["content"]), WORD.findall(span)), claim
        assert span.endswith(claim["content"].rsplit(" ", 1)[-1]), claim


def assert_no_shared_spans(gold: list[dict]) -> None:
    seen = set()
    for claim in gold:
        key = (claim["article"], claim["start"], claim["end"])
        assert key not in seen, claim
        seen.add(key)


def assert_spans_do_not_overlap(gold: list[dict]) -> None:
    """No two claims of one article cover the same characters (one claim per attributed statement)."""
    ordered = sorted(gold, key=lambda claim: (claim["article"], claim["start"], claim["end"]))
    for before, after in zip(ordered, ordered[1:]):
        if before["article"] == after["article"]:
            assert before["end"] <= after["start"], (before, after)
