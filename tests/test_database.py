"""Opening databases: location, migrations, refusing newer schemas."""

from __future__ import annotations

import sqlite3

import pytest


def test_schema_head_constant_matches_alembic():
    from claims.store.db import SCHEMA_HEAD, head_revision

    assert head_revision() == SCHEMA_HEAD


def test_models_and_migrations_agree(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from claims.store.models import Base

    def include_name(name, type_, parent_names):
        return not (type_ == "table" and name.startswith("claims_fts"))

    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": include_name, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_db_current_and_upgrade(cli, db_path):
    from claims.store.db import SCHEMA_HEAD as head

    result = cli("db", "current")
    assert result.stdout.strip() == f"{db_path}: empty (head is {head})"
    result = cli("db", "upgrade")
    assert result.stdout.strip() == f"{db_path}: schema upgraded from empty to {head}"
    assert cli("db", "current").stdout.strip() == f"{db_path}: {head} (head)"
    assert cli("db", "upgrade").stdout.strip() == f"{db_path}: schema already at {head}"


def test_opening_creates_schema_with_sqlite_settings(db, db_path):
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "claims", "speakers", "speaker_aliases", "sources", "article_sources", "outlets", "claims_fts"} <= tables


def test_database_from_a_newer_version_is_refused(cli, db, db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    result = cli("search", "x")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"error: {db_path}: database schema 9999 was made by a newer version of claims; "
        "upgrade claims to open it"
    )


def test_file_that_is_not_a_claims_database_is_refused(cli, db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    result = cli("search", "x")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {db_path}: not a claims database"


def test_file_that_is_not_sqlite_is_refused(cli, db_path):
    db_path.write_bytes(b"this is not a database at all" * 100)
    result = cli("articles")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {db_path}: cannot open database: file is not a database"


def test_missing_folder_is_refused(cli, tmp_path):
    from claims.cli import app
    from typer.testing import CliRunner

    target = tmp_path / "nope" / "x.db"
    result = CliRunner().invoke(app, ["--db", str(target), "articles"])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {target}: folder {target.parent} does not exist"


def test_env_variable_selects_the_database(tmp_path, monkeypatch):
    from claims.store.db import resolve_url

    monkeypatch.setenv("CLAIMS_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql://u@h/db"
    monkeypatch.delenv("CLAIMS_DB")
    assert resolve_url(None) == "sqlite:///claims.db"


def test_latest_revision_downgrades_and_upgrades_again(db):
    db.downgrade("base")
    assert db.revision() is None
    db.upgrade()
    from claims.store.db import SCHEMA_HEAD

    assert db.revision() == SCHEMA_HEAD


class _ConnectionBusyAtFirst:
    """A driver connection whose WAL switch fails like a race on a new file, `busy` times."""

    def __init__(self, busy: int, error: str = "database is locked", code: int = sqlite3.SQLITE_BUSY):
        self.busy, self.error, self.code = busy, error, code
        self.attempts = 0

    def execute(self, sql):
        self.attempts += 1
        if self.attempts <= self.busy:
            exc = sqlite3.OperationalError(self.error)
            exc.sqlite_errorcode = self.code
            raise exc


def test_switching_to_wal_waits_while_another_process_holds_the_new_file():
    from claims.store.db import _enable_wal

    connection = _ConnectionBusyAtFirst(busy=3)
    _enable_wal(connection)
    assert connection.attempts == 4


def test_switching_to_wal_does_not_retry_other_errors():
    from claims.store.db import _enable_wal

    connection = _ConnectionBusyAtFirst(busy=1, error="disk I/O error", code=sqlite3.SQLITE_IOERR)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        _enable_wal(connection)
    assert connection.attempts == 1
