"""Opening a database: locate it, configure SQLite, bring the schema to head.

Reads go through `Database.reader()`, which runs plain parameterised SQL. On
SQLite it uses the standard library driver directly, so a `claims search` call
does not pay SQLAlchemy's import time; other engines go through SQLAlchemy.
Writes and migrations always use SQLAlchemy (`Database.engine`).
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from claims.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy import Engine

DEFAULT_DB = "claims.db"
# The newest migration in migrations/versions; a test checks it equals Alembic's head.
SCHEMA_HEAD = "0005"
BUSY_TIMEOUT_MS = 30_000


def resolve_url(location: str | None = None) -> str:
    """`--db` value, else $CLAIMS_DB, else ./claims.db; a bare path means SQLite."""
    location = location or os.environ.get("CLAIMS_DB") or DEFAULT_DB
    if "://" in location:
        return location
    return "sqlite:///" + str(Path(location).expanduser())


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL (":memory:" for memory), None for other engines."""
    if not url.startswith("sqlite"):
        return None
    path = url.split("///", 1)[1] if "///" in url else ""
    return path or ":memory:"


def migrations_dir() -> Path:
    """The Alembic script folder, from a source checkout or an installed package."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "migrations", here / "_migrations"):
        if (candidate / "env.py").is_file() and (candidate / "versions").is_dir():
            return candidate
    raise DatabaseError("cannot find the database migrations; is claims installed correctly?")


# The write connection only: a page cache that holds the hot index pages of a big
# database, and statement journals (multi-row inserts firing the FTS trigger) in memory.
_WRITER_PRAGMAS = ("PRAGMA cache_size = -8192", "PRAGMA temp_store = MEMORY")


def _sqlite_pragmas(dbapi_connection) -> None:
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    _enable_wal(dbapi_connection)
    dbapi_connection.execute("PRAGMA synchronous = NORMAL")


def _enable_wal(dbapi_connection) -> None:
    # Switching a new file to WAL returns SQLITE_BUSY at once, without the busy
    # handler, while another process does the same: wait for it like any lock.
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.002
    while True:
        try:
            dbapi_connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY
            if not busy or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


class Rows:
    """A read-only connection that runs SQL with `:name` parameters and returns dicts."""

    def __init__(self, execute):
        self._execute = execute

    def all(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        return self._execute(sql, params)

    def one(self, sql: str, **params: Any) -> dict[str, Any] | None:
        rows = self._execute(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, **params: Any) -> Any:
        row = self.one(sql, **params)
        return next(iter(row.values())) if row else None


class Database:
    """A claims database at a path or URL, with its schema at head once opened."""

    def __init__(self, location: str | None = None, *, upgrade: bool = True):
        self.url = resolve_url(location)
        self.path = sqlite_path(self.url)
        self._engine: Engine | None = None
        if self.path and self.path != ":memory:":
            parent = Path(self.path).parent
            if not parent.is_dir():
                raise DatabaseError(f"{self.path}: folder {parent} does not exist")
        self._check_schema(upgrade)

    @property
    def display(self) -> str:
        return self.path or self.url

    @property
    def dialect(self) -> str:
        return "sqlite" if self.path else self.url.split(":", 1)[0].split("+", 1)[0]

    # -- connections -------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = _create_engine(self.url)
        return self._engine

    @contextmanager
    def reader(self) -> Iterator[Rows]:
        """A connection for queries; on SQLite, one consistent snapshot for its lifetime."""
        if self.path:
            conn = self._sqlite_connect()
            try:
                conn.execute("BEGIN")
                yield Rows(lambda sql, params: [dict(r) for r in conn.execute(sql, params)])
            except sqlite3.OperationalError as exc:
                raise _query_error(exc) from exc
            finally:
                conn.close()
            return
        from sqlalchemy import text

        with self.engine.connect() as conn:
            yield Rows(
                lambda sql, params: [dict(r._mapping) for r in conn.execute(text(sql), params)]
            )

    @contextmanager
    def writer(self):
        """A SQLAlchemy connection inside one write transaction (SQLite: BEGIN IMMEDIATE)."""
        with self.engine.connect().execution_options(claims_write=True) as conn:
            with conn.begin():
                yield conn

    def _sqlite_connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            conn.row_factory = sqlite3.Row
            _sqlite_pragmas(conn)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"{self.display}: cannot open database: {exc}") from exc
        return conn

    # -- schema ------------------------------------------------------------

    def revision(self) -> str | None:
        if self.path:
            conn = self._sqlite_connect()
            try:
                has = conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
                ).fetchone()
                if not has:
                    if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                        raise DatabaseError(f"{self.display}: not a claims database")
                    return None
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                return row[0] if row else None
            except sqlite3.DatabaseError as exc:
                raise DatabaseError(f"{self.display}: cannot open database: {exc}") from exc
            finally:
                conn.close()
        from sqlalchemy import inspect, text

        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def _check_schema(self, upgrade: bool) -> None:
        try:
            revision = self.revision()
            if revision == SCHEMA_HEAD:
                return
            if revision is not None and not _known_revision(revision):
                raise DatabaseError(
                    f"{self.display}: database schema {revision} was made by a newer "
                    "version of claims; upgrade claims to open it"
                )
            if upgrade:
                self.upgrade()
        except DatabaseError:
            raise
        except Exception as exc:
            from sqlalchemy.exc import DBAPIError

            if isinstance(exc, DBAPIError):
                raise DatabaseError(f"{self.display}: cannot open database: {exc.orig}") from exc
            raise

    def upgrade(self, target: str = "head") -> None:
        from alembic import command

        with self.writer() as conn:
            command.upgrade(_alembic_config(conn), target)

    def downgrade(self, target: str) -> None:
        from alembic import command

        with self.writer() as conn:
            command.downgrade(_alembic_config(conn), target)


def _query_error(exc: sqlite3.OperationalError) -> Exception:
    return DatabaseError(f"database error: {exc}")


def _create_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event

    if not url.startswith("sqlite"):
        try:
            return create_engine(url)
        except Exception as exc:  # unknown dialect, missing driver
            raise DatabaseError(f"{url}: cannot open database: {exc}") from exc
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        _sqlite_pragmas(dbapi_connection)
        for pragma in _WRITER_PRAGMAS:
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def on_begin(conn):
        # Writers take the write lock up front so two never deadlock upgrading a read lock.
        immediate = conn.get_execution_options().get("claims_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory.from_config(_alembic_config()).get_revision(revision) is not None
    except Exception:
        return False


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()
