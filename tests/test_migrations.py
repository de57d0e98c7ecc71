"""Migrations: a database made at any earlier revision, with data, upgrades to head without loss.

Written over every revision Alembic knows, so each new migration is covered when it lands.
Rows are generated from the schema as it is at each revision (plain SQL, no models), with
meaningful values for the columns the application interprets.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess

import pytest

from claims.extract.names import alias_key, name_key
from claims.store.db import Database, _alembic_config, head_revision
from process_support import child_env, claims_command, run_claims

ROWS_PER_TABLE = 3
# Values of columns the application reads with meaning ("table.column" first, then "column").
SEMANTIC_VALUES = {
    "claims.kind": lambda i: ("direct", "indirect", "assertion")[i % 3],
    "claims.content": lambda i: f"Nous ne céderons pas, numéro {i}",
    "claims.said_on": lambda i: f"2023-09-{10 + i:02d}",
    "claims.date_precision": lambda i: "day",
    "claims.spans": lambda i: None,
    "claims.facts": lambda i: json.dumps({"numbers": [], "dates": [], "entities": [], "negated": False}),
    "claims.start": lambda i: 0,
    "claims.end": lambda i: 10,
    "speakers.kind": lambda i: "person",
    "speakers.name": lambda i: f"Anne Dubois{'x' * i}",
    "speakers.key": lambda i: name_key(f"Anne Dubois{'x' * i}"),
    "speakers.merged_into_id": lambda i: None,
    "speaker_aliases.alias": lambda i: f"Alias {i}",
    "speaker_aliases.key": lambda i: alias_key(f"Alias {i}"),
    "article_sources.role": lambda i: ("cited", "photo_credit", "cited")[i % 3],
    "articles.published": lambda i: f"2023-09-{15 + i:02d}",
    "articles.language": lambda i: "fr",
    "articles.text": lambda i: f"« Nous ne céderons pas, numéro {i} », a déclaré Anne Dubois.",
    "articles.content_hash": lambda i: f"{i:064x}",
    "discrepancies.type": lambda i: "quote_wording",
    "discrepancies.severity": lambda i: "low",
    "discrepancies.claim_ids": lambda i: json.dumps([1, 2]),
    "discrepancies.evidence": lambda i: json.dumps({}),
    "outlets.key": lambda i: alias_key(f"Outlet {i}"),
    "outlets.name": lambda i: f"Outlet {i}",
    "sources.key": lambda i: alias_key(f"Source {i}"),
    "sources.name": lambda i: f"Source {i}",
}


def revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return [s.revision for s in reversed(list(script.walk_revisions()))]


def _user_tables(conn) -> list[str]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL")]
    return sorted(
        name for name, _ in rows
        if name != "alembic_version" and not name.startswith("sqlite_")
        and not any(name == v or name.startswith(v + "_") for v in virtual)
    )


def _insertion_order(conn, tables: list[str]) -> list[str]:
    depends = {t: {fk[2] for fk in conn.execute(f'PRAGMA foreign_key_list("{t}")')} - {t} for t in tables}
    order: list[str] = []
    while len(order) < len(tables):
        ready = [t for t in tables if t not in order and depends[t] <= set(order)]
        assert ready, f"foreign key cycle among {set(tables) - set(order)}"
        order += ready
    return order


def _value(table: str, column: str, declared: str, i: int):
    for key in (f"{table}.{column}", column):
        if key in SEMANTIC_VALUES:
            return SEMANTIC_VALUES[key](i)
    declared = declared.upper()
    if "INT" in declared:
        return i + 1
    if "BOOL" in declared:
        return i % 2
    if "DATETIME" in declared or "TIMESTAMP" in declared:
        return f"2024-01-0{i + 1} 12:00:00.000000"
    if "JSON" in declared:
        return json.dumps({"n": i})
    if "FLOAT" in declared or "REAL" in declared or "NUMERIC" in declared:
        return i + 0.5
    return f"{table}.{column} {i} «é»"


def fill_with_rows(db_file) -> dict[str, list[dict]]:
    """ROWS_PER_TABLE rows in every table of the schema at its current revision."""
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA foreign_keys = ON")
    written: dict[str, list[dict]] = {}
    for table in _insertion_order(conn, _user_tables(conn)):
        columns = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        references = {fk[3]: fk[2] for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
        rows = []
        for i in range(ROWS_PER_TABLE):
            row = {}
            for _, column, declared, _notnull, _default, _pk in columns:
                target = references.get(column)
                if target == table:
                    row[column] = None
                elif target:
                    row[column] = i + 1  # the i-th row of the referenced table
                else:
                    row[column] = _value(table, column, declared, i)
            names = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join("?" for _ in row)
            conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(row.values()))
            rows.append(row)
        written[table] = rows
    conn.commit()
    conn.close()
    return written


def read_rows(db_file, table: str, columns: list[str]) -> list[tuple]:
    conn = sqlite3.connect(db_file)
    try:
        names = ", ".join(f'"{c}"' for c in columns)
        return sorted(conn.execute(f'SELECT {names} FROM "{table}"').fetchall(), key=repr)
    finally:
        conn.close()


def table_columns(db_file, table: str) -> list[str]:
    conn = sqlite3.connect(db_file)
    try:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()


def _dump(db_file) -> list[str]:
    conn = sqlite3.connect(db_file)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_revisions_form_one_line_ending_at_head():
    found = revisions()
    assert found and found[-1] == head_revision()
    assert len(set(found)) == len(found)


@pytest.mark.parametrize("revision", revisions())
def test_database_with_data_at_each_revision_upgrades_to_head_without_loss(tmp_path, revision):
    db_file = tmp_path / f"at-{revision}.db"
    Database(str(db_file), upgrade=False).upgrade(revision)
    written = fill_with_rows(db_file)
    assert written, "the schema at this revision has no tables"
    before = {table: read_rows(db_file, table, list(rows[0])) for table, rows in written.items()}

    # A new user just runs a command: opening the database brings it to head.
    listed = run_claims(db_file, "articles", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert Database(str(db_file), upgrade=False).revision() == head_revision()

    for table, rows in before.items():
        kept = [c for c in written[table][0] if c in table_columns(db_file, table)]
        assert kept, f"{table} lost all its columns"
        positions = [list(written[table][0]).index(c) for c in kept]
        expected = sorted((tuple(row[p] for p in positions) for row in rows), key=repr)
        assert read_rows(db_file, table, kept) == expected, table
    conn = sqlite3.connect(db_file)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    if "articles" in written:
        assert len(json.loads(listed.stdout)) == ROWS_PER_TABLE
    if "claims" in written:
        # The full-text index covers claims written before the upgrade.
        found = run_claims(db_file, "search", "céderons", "--format", "json", "--limit", "0")
        assert found.returncode == 0, found.stderr
        assert len(json.loads(found.stdout)) == ROWS_PER_TABLE
        # Claims written after the upgrade are indexed too (the triggers survived).
        added = run_claims(
            db_file, "ingest", "-", "--lang", "fr",
            input="« Nous ne céderons jamais », a déclaré Paul Durand mardi devant les élus de la ville.",
        )
        assert added.returncode == 0, added.stderr
        found = run_claims(db_file, "search", "jamais", "--format", "json")
        assert [r["text"] for r in json.loads(found.stdout)] == ["Nous ne céderons jamais"]


def test_latest_revision_downgrades_cleanly_with_data_and_upgrades_again(tmp_path):
    from alembic.script import ScriptDirectory

    db_file = tmp_path / "claims.db"
    Database(str(db_file))
    fill_with_rows(db_file)
    head = ScriptDirectory.from_config(_alembic_config()).get_revision(head_revision())
    previous = head.down_revision or "base"

    Database(str(db_file), upgrade=False).downgrade(previous)
    assert Database(str(db_file), upgrade=False).revision() == (None if previous == "base" else previous)
    conn = sqlite3.connect(db_file)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    if previous == "base":
        assert _user_tables(conn) == []
        assert conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index') AND name NOT LIKE 'sqlite_%'"
        ).fetchall() == [("alembic_version",)]
    conn.close()

    Database(str(db_file))
    assert Database(str(db_file), upgrade=False).revision() == head_revision()


def test_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    db_file = tmp_path / "future.db"
    Database(str(db_file))
    fill_with_rows(db_file)
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    conn.commit()
    conn.close()
    content = _dump(db_file)
    message = (
        f"error: {db_file}: database schema f00d_from_the_future was made by a newer version of claims; "
        "upgrade claims to open it"
    )
    for command in (("search", "x"), ("ingest", "-"), ("db", "upgrade"), ("db", "current"), ("export",)):
        done = run_claims(db_file, *command, input="« Oui », a dit Anne Dubois." if "-" in command else None)
        assert done.returncode == 2, (command, done.stderr)
        assert done.stderr.splitlines() == [message], command
    assert _dump(db_file) == content


@pytest.mark.parametrize("start", ["empty", revisions()[0]])
def test_three_processes_opening_at_once_upgrade_the_schema_once(tmp_path, start):
    db_file = tmp_path / "shared.db"
    if start != "empty":
        Database(str(db_file), upgrade=False).upgrade(start)
        fill_with_rows(db_file)
    procs = [
        subprocess.Popen(
            claims_command(db_file, "articles", "--format", "json"),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(),
        )
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outputs
    assert len({out for out, _ in outputs}) == 1
    assert Database(str(db_file), upgrade=False).revision() == head_revision()
    conn = sqlite3.connect(db_file)
    assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert len(json.loads(outputs[0][0])) == (ROWS_PER_TABLE if start != "empty" else 0)
