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


def id_list(values: Iterable[Any]) -> str:
    """`(1, 2, 3)`: database row ids written inline (each checked to be an integer), so that a
    description matching thousands of speakers costs no thousands of bound parameters."""
    ids = [str(int(v)) for v in values]
    return "(" + ", ".join(ids) + ")" if ids else "(NULL)"


def chunks(values: Iterable[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    if not isinstance(values, Sequence):
        values = list(values)
    for i in range(0, len(values), size):
        yield values[i : i + size]


def like_pattern(text: str, *, prefix: str = "", suffix: str = "") -> str:
    """TEXT matched literally inside a LIKE pattern (use with ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{prefix}{escaped}{suffix}"


def sqlite_driver(conn):
    """The stdlib sqlite3 connection under a SQLAlchemy connection on SQLite, else None."""
    return conn.connection.driver_connection if conn.dialect.name == "sqlite" else None


class WriteStatements:
    """Plain SQL with `?` placeholders on the connection of a write transaction.

    On SQLite the statements go straight to the driver connection: SQLAlchemy's
    per-statement compilation and parameter processing cost more than the inserts
    themselves. Other engines get the same SQL through SQLAlchemy `text()`.
    """

    def __init__(self, conn):
        self.conn = conn
        self.driver = sqlite_driver(conn)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        if self.driver is not None:
            return self.driver.execute(sql, params).fetchall()
        return [tuple(r) for r in self.conn.execute(*_named(sql, params))]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        found = self.rows(sql, params)
        return found[0][0] if found else None

    def insert(self, sql: str, params: Sequence[Any]) -> int:
        """Run one INSERT; the id of the new row."""
        if self.driver is not None:
            return self.driver.execute(sql, params).lastrowid
        return self.conn.execute(*_named(sql + " RETURNING id", params)).scalar()

    def insert_rows(self, insert: str, rows: list[Sequence[Any]], per_statement: int = 500) -> None:
        """`INSERT INTO t (columns) VALUES` for ROWS, PER_STATEMENT rows in each statement.

        Multi-row statements rather than executemany: SQLite opens a savepoint for every
        statement whose triggers write another table, and FTS5 flushes its pending index
        at each one, so claims inserted one statement each cost about four times more.
        """
        if not rows:
            return
        row = "(" + ", ".join("?" * len(rows[0])) + ")"
        for part in chunks(rows, per_statement):
            self.rows(f"{insert} {', '.join([row] * len(part))}", [value for r in part for value in r])

    def many(self, sql: str, rows: list[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.driver is not None:
            self.driver.executemany(sql, rows)
            return
        statement, _ = _named(sql, rows[0])
        self.conn.execute(statement, [_named(sql, r)[1] for r in rows])


def _named(sql: str, params: Sequence[Any]):
    """SQL with `?` placeholders as a SQLAlchemy `text()` with `:pN` parameters."""
    from sqlalchemy import text

    pieces = sql.split("?")
    named = pieces[0] + "".join(f":p{i}{piece}" for i, piece in enumerate(pieces[1:]))
    return text(named), {f"p{i}": value for i, value in enumerate(params)}
