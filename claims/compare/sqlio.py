"""Plain SQL on the write connection ingest hands to grouping, without per-row overhead.

On SQLite the statements go straight to the driver connection of the same transaction
(SQLAlchemy's per-statement compilation and row objects cost more than the queries
themselves); other engines go through SQLAlchemy `text()`.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from claims.store.sql import WriteStatements, chunks, sqlite_driver

# `UPDATE … FROM` came with SQLite 3.33 (2020); Python builds linked to an older library get one
# UPDATE per row.
UPDATE_FROM = sqlite3.sqlite_version_info >= (3, 33, 0)


def rows(conn, sql: str, **params) -> list[dict[str, Any]]:
    driver = sqlite_driver(conn)
    if driver is None:
        from sqlalchemy import text

        return [dict(r._mapping) for r in conn.execute(text(sql), params)]
    cursor = driver.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def column(conn, sql: str, **params) -> list[Any]:
    """The first column of every row (no dict per row)."""
    driver = sqlite_driver(conn)
    if driver is None:
        from sqlalchemy import text

        return [r[0] for r in conn.execute(text(sql), params)]
    return [r[0] for r in driver.execute(sql, params)]


def execute(conn, sql: str, params: dict | list[dict]) -> None:
    """One statement, or one statement per parameter set (a list)."""
    driver = sqlite_driver(conn)
    if driver is None:
        from sqlalchemy import text

        conn.execute(text(sql), params)
    elif isinstance(params, list):
        if params:
            driver.executemany(sql, params)
    else:
        driver.execute(sql, params)


def insert_rows(conn, insert: str, values: list[tuple]) -> None:
    """`INSERT INTO t (columns) VALUES` for each tuple of VALUES, hundreds of rows per statement
    (one statement per row costs SQLite several times more)."""
    WriteStatements(conn).insert_rows(insert, values)


def set_by_id(conn, table: str, column: str, values: list[tuple[int, Any]]) -> None:
    """`column` = value in the row of `table` with each (id, value) of VALUES, hundreds of rows
    per statement (an UPDATE per row costs SQLite ~3× more)."""
    statements = WriteStatements(conn)
    if statements.driver is not None and not UPDATE_FROM:
        statements.many(f"UPDATE {table} SET {column} = ? WHERE id = ?", [(value, id_) for id_, value in values])
        return
    for part in chunks(values):
        pairs = ", ".join(["(?, ?)"] * len(part))
        statements.rows(
            f"UPDATE {table} SET {column} = v.column2 FROM (VALUES {pairs}) AS v WHERE {table}.id = v.column1",
            [x for pair in part for x in pair],
        )
