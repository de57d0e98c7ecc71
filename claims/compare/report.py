"""Plain-text rows and Markdown for statement groups and discrepancies.

Every string taken from an article is escaped for Markdown; table rows are plain
strings the terminal table prints as text (never as markup). The report functions take
any iterable of discrepancies and keep only text, so a big report is never held as dicts.
"""

from __future__ import annotations

import re
from typing import Iterable

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|<>~&])")

GROUP_COLUMNS = ("group", "outlet", "speaker", "said on", "kind", "wording", "cited sources")
DISCREPANCY_COLUMNS = ("group", "type", "severity", "versions", "summary")


def md(text) -> str:
    """Article-derived text made inert in Markdown (and in HTML renderers of Markdown)."""
    if text is None:
        return ""
    text = _one_line(str(text))
    return _MD_SPECIAL.sub(r"\\\1", text) if _MD_SPECIAL.search(text) else text


def speaker_label(record: dict) -> str:
    sp = record.get("speaker")
    if not sp:
        return "—"
    if sp.get("mention") and sp["mention"] != sp["name"]:
        return f"{sp['name']} ({sp['mention']})"
    return sp["name"] or "—"


def date_label(record: dict) -> str:
    return record.get("said_on") or record["article"].get("published") or ""


def outlet_label(record: dict) -> str:
    a = record["article"]
    return a.get("outlet") or a.get("path") or f"article {a['id']}"


def _one_line(text: str) -> str:
    """Whitespace runs as one space, trimmed."""
    return " ".join(text.split())


def shorten(text: str, width: int) -> str:
    text = _one_line(text or "")
    return text if len(text) <= width else text[: width - 1] + "…"


def group_rows(groups: list[dict], width: int = 120) -> list[list]:
    rows = []
    for g in groups:
        for i, c in enumerate(g["claims"]):
            rows.append(
                [
                    g["group_id"] if i == 0 else "",
                    outlet_label(c),
                    speaker_label(c),
                    date_label(c),
                    c["kind"],
                    shorten(c["text"], width),
                    ", ".join(c["article"].get("cited_sources") or []),
                ]
            )
    return rows


def discrepancy_rows(items: Iterable[dict], width: int = 80) -> list[list]:
    rows = []
    for d in items:
        versions = "\n".join(f"{outlet_label(c)}: {shorten(c['text'], width)}" for c in d["claims"])
        rows.append([d["group_id"], d["type"], d["severity"], versions, d["summary"]])
    return rows


def groups_markdown(groups: list[dict]) -> str:
    out = ["# Statements across outlets", ""]
    if not groups:
        out.append("No statement is reported by more than one article.")
    for g in groups:
        head = f"## Group {g['group_id']}"
        if g.get("speaker"):
            head += f" — {md(g['speaker'])}"
        if g.get("said_on"):
            head += f" — {md(g['said_on'])}"
        out += [head, ""]
        if g.get("discrepancies"):
            out += [f"{g['discrepancies']} discrepancy(ies): see `claims discrepancies`.", ""]
        out += ["| outlet | speaker | said on | kind | wording | cited sources |", "|---|---|---|---|---|---|"]
        for c in g["claims"]:
            out.append(
                "| "
                + " | ".join(
                    [
                        md(outlet_label(c)),
                        md(speaker_label(c)),
                        md(date_label(c)),
                        md(c["kind"]),
                        md(c["text"]),
                        md(", ".join(c["article"].get("cited_sources") or [])),
                    ]
                )
                + " |"
            )
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _diff_markdown(ops: list[dict]) -> str:
    parts = []
    for op in ops:
        if op["op"] == "equal":
            parts.append(md(op["a"]))
            continue
        if op["a"]:
            parts.append(f"~~{md(op['a'])}~~")
        if op["b"]:
            parts.append(f"**{md(op['b'])}**")
    return " ".join(p for p in parts if p)


def discrepancies_markdown(items: Iterable[dict]) -> str:
    out = ["# Discrepancies", ""]
    n = 0
    for n, d in enumerate(items, 1):
        out += [
            f"## {n}. {d['type']} ({d['severity']}) — group {d['group_id']}",
            "",
            md(d["summary"]),
            "",
            "| outlet | speaker | said on | published | text | cited sources |",
            "|---|---|---|---|---|---|",
        ]
        for c in d["claims"]:
            out.append(
                "| "
                + " | ".join(
                    [
                        md(outlet_label(c)),
                        md(speaker_label(c)),
                        md(c.get("said_on")),
                        md(c["article"].get("published")),
                        md(c["text"]),
                        md(", ".join(c["article"].get("cited_sources") or [])),
                    ]
                )
                + " |"
            )
        diff = d["evidence"].get("diff")
        if diff:
            out += ["", "Word diff (~~removed~~ **added**): " + _diff_markdown(diff)]
        sources = d["evidence"].get("source_articles")
        if sources:
            titles = "; ".join(md(f"{s.get('outlet')}: {s.get('title') or s['id']}") for s in sources)
            out += ["", f"Checked source articles: {titles}"]
        out.append("")
    if not n:
        out.append("No discrepancy found.")
    return "\n".join(out).rstrip() + "\n"
