"""What every command shares: the database option, error reporting, output helpers."""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass

import typer

from claims.errors import ClaimsError


@dataclass
class _State:
    db_location: str | None = None


state = _State()


def open_db(upgrade: bool = True):
    from claims.store.db import Database

    return Database(state.db_location, upgrade=upgrade)


def err(message: str) -> None:
    typer.echo(message, err=True)


def handle_errors(func):
    """Turn a ClaimsError raised by a command into one line on stderr and its exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ClaimsError as exc:
            err(f"error: {exc}")
            raise typer.Exit(exc.exit_code)
        except KeyboardInterrupt:
            err("interrupted")
            raise typer.Exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0)

    return wrapper
