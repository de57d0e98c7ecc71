"""The `claims` command line: parses options, calls the library, prints results.

Each command lives in its own module below and registers itself on `app`.
"""

from __future__ import annotations

import sys

import typer

from claims.cli.common import state
from claims.errors import ClaimsError

app = typer.Typer(
    name="claims",
    help="Track who said what, when, according to which source — and where outlets disagree.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _global_options(
    db: str = typer.Option(
        None,
        "--db",
        metavar="PATH_OR_URL",
        help="Database file or SQLAlchemy URL. Default: $CLAIMS_DB, else ./claims.db.",
    ),
) -> None:
    state.db_location = db


# Command modules register themselves on `app` when imported.
from claims.cli import commands  # noqa: E402,F401


def _use_plain_help(typer_app: typer.Typer) -> None:
    """Format help with click's plain formatter: rich costs ~200 ms of start-up.

    Applied to every sub-app too, since each Typer instance keeps its own mode.
    """
    typer_app.rich_markup_mode = None
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            _use_plain_help(group.typer_instance)


_use_plain_help(app)


def main() -> None:
    try:
        app(standalone_mode=True)
    except ClaimsError as exc:  # raised outside a command body (rare)
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
