"""Rendering results: tables, JSON, JSONL, CSV. Article text is always shown as text."""

from __future__ import annotations

import csv
import json
import re
import sys
from typing import Any, Iterable, Sequence

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Characters that drive a terminal (escape sequences, bidi overrides) rather than print.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_CONTROL_OR_LINE_BREAK = re.compile(f"[{_CONTROLS}\n\t]")


def terminal_safe(text: str) -> str:
    """Article text for a terminal: each control character becomes U+FFFD (offsets keep)."""
    return _CONTROL.sub("\ufffd", text)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """A message on one line with control characters shown as escapes (e.g. a file name)."""
    return _CONTROL_OR_LINE_BREAK.sub(_escape, text)


def safe_cell(value: Any) -> str:
    """A CSV cell that spreadsheets will not evaluate as a formula."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def write_json(obj: Any, out=None) -> None:
    out = out or sys.stdout
    json.dump(obj, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(objs: Iterable[Any], out=None) -> None:
    out = out or sys.stdout
    for obj in objs:
        out.write(json.dumps(obj, ensure_ascii=False))
        out.write("\n")


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]], out=None) -> None:
    writer = csv.writer(out or sys.stdout)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])


CLAIM_CSV_HEADER = (
    "id", "kind", "speaker", "mention", "role", "text", "cue", "said_on", "date_precision",
    "outlet", "published", "language", "article_id", "path", "url", "start", "end",
    "cited_sources", "photo_credits",
)


def claim_csv_row(r: dict) -> list:
    sp = r["speaker"] or {}
    a = r["article"]
    return [
        r["id"], r["kind"], sp.get("name"), sp.get("mention"), sp.get("role"), r["text"], r["cue"],
        r["said_on"], r["date_precision"], a["outlet"], a["published"], a["language"], a["id"],
        a["path"], a["url"], r["start"], r["end"], a["cited_sources"], a["photo_credits"],
    ]


def print_table(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    title: str | None = None,
    wide: str | None = None,
    file=None,
) -> None:
    """A terminal table; cells are plain text (no markup interpretation).

    The WIDE column wraps and takes the room left; the others keep to one line. The width is
    the terminal's ($COLUMNS first); output that is not a terminal, or FILE, gets at least
    140 columns so that claims stay readable when piped.
    """
    import shutil

    from claims.cli.table import render_table

    wide = wide or next((c for c in ("claim", "wording", "title", "speaker") if c in columns), columns[-1])
    out = file if file is not None else sys.stdout
    width = shutil.get_terminal_size().columns
    if file is not None or not out.isatty():
        width = max(width, 140)
    cells = ([("" if v is None else terminal_safe(str(v))) for v in row] for row in rows)
    out.write(render_table(columns, cells, wide=wide, width=width, title=title))


def claim_table_row(r: dict, width: int = 160) -> list:
    sp = r["speaker"]
    text = r["text"] if len(r["text"]) <= width else r["text"][: width - 1] + "…"
    return [
        r["id"], sp["name"] if sp else "—", r["kind"], text, r["said_on"] or "",
        r["article"]["outlet"] or "", r["article"]["published"] or "",
    ]


CLAIM_TABLE_COLUMNS = ("id", "speaker", "kind", "claim", "said on", "outlet", "published")
