"""Small helpers for building parameterised SQL. User input only ever goes in parameters."""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Sequence

# SQLite allows 32766 host parameters; stay well below for every engine.
CHUNK = 500


def in_list(prefix: str, values: Iterable[Any]) -> tuple[str, dict[str, Any]]:
    """`(:p0, :p1, …)` and its parameters, for an IN clause."""
    params = {f"{prefix}{i}": v for i, v in enumerate(values)}
    if not params:
        return "(NULL)", {}
    return "(" + ", ".join(":" + name for name in params) + ")", params


def chunks(values: Iterable[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    if not isinstance(values, Sequence):
        values = list(values)
    for i in range(0, len(values), size):
        yield values[i : i + size]


def like_pattern(text: str, *, prefix: str = "", suffix: str = "") -> str:
    """TEXT matched literally inside a LIKE pattern (use with ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{prefix}{escaped}{suffix}"
