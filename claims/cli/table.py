"""Plain-text terminal tables: aligned columns, one wrapping column, no colour codes.

Drawn with the standard library alone, in about a millisecond for a page of results, so a
`claims search` call does not pay for importing and warming up a rich-text renderer.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Sequence

GAP = "  "
NARROW_MAX = 28
WIDE_MIN = 20
# Latin scripts and general punctuation: no wide or combining character, one column each.
_ONE_COLUMN_EACH = re.compile("[\x00-\u02ff\u2000-\u2064\u20a0-\u20c0]*")


def cell_width(text: str) -> int:
    """Terminal columns taken by TEXT: East Asian wide characters count two, combining marks none."""
    if text.isascii() or _ONE_COLUMN_EACH.fullmatch(text):
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


def clip(text: str, width: int) -> str:
    """TEXT cut to WIDTH columns, ending with an ellipsis when something was cut."""
    if cell_width(text) <= width:
        return text
    if text.isascii() or _ONE_COLUMN_EACH.fullmatch(text):
        return text[: max(width - 1, 0)] + "…"
    kept, used = [], 0
    for char in text:
        size = cell_width(char)
        if used + size > width - 1:
            break
        kept.append(char)
        used += size
    return "".join(kept) + "…"


def _split_to_width(word: str, width: int) -> list[str]:
    pieces, piece, used = [], [], 0
    for char in word:
        size = cell_width(char)
        if piece and used + size > width:
            pieces.append("".join(piece))
            piece, used = [], 0
        piece.append(char)
        used += size
    pieces.append("".join(piece))
    return pieces


def wrap(text: str, width: int) -> list[str]:
    """TEXT broken into lines of at most WIDTH columns, at spaces where possible."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for word in paragraph.split():
            size = cell_width(word)
            if size > width:
                if line:
                    lines.append(line)
                *full, line = _split_to_width(word, width)
                lines.extend(full)
                used = cell_width(line)
                continue
            if line and used + 1 + size > width:
                lines.append(line)
                line, used = "", 0
            line, used = (f"{line} {word}", used + 1 + size) if line else (word, size)
        lines.append(line)
    return lines


def _pad(text: str, width: int) -> str:
    return text + " " * (width - cell_width(text))


def render_table(
    columns: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    wide: str,
    width: int,
    title: str | None = None,
) -> str:
    """COLUMNS over ROWS (cells already strings) in WIDTH columns; WIDE wraps, the others clip
    each of their lines."""
    rows = [[cell if name == wide else "\n".join(" ".join(line.split()) for line in cell.split("\n"))
             for name, cell in zip(columns, row)] for row in rows]
    wide_at = list(columns).index(wide)
    widths = []
    for index, name in enumerate(columns):
        natural = max([cell_width(name), *(cell_width(line) for row in rows for line in row[index].split("\n"))])
        widths.append(natural if index == wide_at else min(natural, NARROW_MAX))
    room = width - sum(w for i, w in enumerate(widths) if i != wide_at) - len(GAP) * (len(columns) - 1)
    widths[wide_at] = min(widths[wide_at], max(room, WIDE_MIN))

    def lines_of(cells: Sequence[str]) -> list[str]:
        wrapped = [wrap(cell, widths[i]) if i == wide_at else [clip(line, widths[i]) for line in cell.split("\n")]
                   for i, cell in enumerate(cells)]
        height = max(len(w) for w in wrapped)
        out = []
        for line_no in range(height):
            parts = [_pad(w[line_no] if line_no < len(w) else "", widths[i]) for i, w in enumerate(wrapped)]
            out.append(GAP.join(parts).rstrip())
        return out

    output = []
    if title:
        output.append(title)
    output += lines_of(list(columns))
    output.append(GAP.join("─" * w for w in widths))
    for row in rows:
        output += lines_of(row)
    return "\n".join(output) + "\n"
