"""`claims db upgrade` and `claims db current`."""

from __future__ import annotations

import typer

from claims.cli import app
from claims.cli.common import handle_errors, open_db

db_app = typer.Typer(help="Database schema maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
@handle_errors
def upgrade() -> None:
    """Bring the database schema to the newest version (done automatically on open)."""
    database = open_db(upgrade=False)
    before = database.revision()
    database.upgrade()
    after = database.revision()
    if before == after:
        typer.echo(f"{database.display}: schema already at {after}")
    else:
        typer.echo(f"{database.display}: schema upgraded from {before or 'empty'} to {after}")


@db_app.command("current")
@handle_errors
def current() -> None:
    """Print the schema version of the database."""
    from claims.store.db import SCHEMA_HEAD

    database = open_db(upgrade=False)
    revision = database.revision()
    status = "(head)" if revision == SCHEMA_HEAD else f"(head is {SCHEMA_HEAD})"
    typer.echo(f"{database.display}: {revision or 'empty'} {status}")
