"""`claims search` and `claims export`."""

from __future__ import annotations

import typer

from claims.cli import app
from claims.cli.common import err, handle_errors, open_db, output_file

SEARCH_FORMATS = ("table", "json", "jsonl", "csv")


@app.command()
@handle_errors
def search(
    text: str = typer.Argument(None, metavar="[TEXT]", help="Full-text search in claim content (FTS5 syntax allowed)."),
    speaker: str = typer.Option(None, help="Speaker name or alias (case- and accent-insensitive)."),
    outlet: str = typer.Option(None, help="Outlet name."),
    source: str = typer.Option(None, help="Cited source (AFP, Reuters…)."),
    kind: str = typer.Option(None, help="direct, mixed, indirect or assertion."),
    since: str = typer.Option(None, metavar="DATE", help="Claims made on or after DATE (YYYY-MM-DD)."),
    until: str = typer.Option(None, metavar="DATE", help="Claims made on or before DATE."),
    lang: str = typer.Option(None, help="Claim language (fr, en…)."),
    limit: int = typer.Option(50, help="At most N claims (0: no limit)."),
    fmt: str = typer.Option("table", "--format", help="table, json, jsonl or csv."),
) -> None:
    """Find claims by text, speaker, outlet, source, kind, date or language."""
    from claims.cli.output import (
        CLAIM_CSV_HEADER, CLAIM_TABLE_COLUMNS, claim_csv_row, claim_table_row,
        print_table, write_csv, write_json, write_jsonl,
    )
    from claims.errors import UsageError
    from claims.store.queries import ClaimFilter, search_claims

    if fmt not in SEARCH_FORMATS:
        raise UsageError(f"--format: '{fmt}' is not one of {', '.join(SEARCH_FORMATS)}")
    db = open_db()
    filters = ClaimFilter(text, speaker, outlet, source, kind, since, until, lang, limit or None)
    with db.reader() as rows:
        records = search_claims(rows, filters, db.dialect)
    if fmt == "json":
        write_json(records)
    elif fmt == "jsonl":
        write_jsonl(records)
    elif fmt == "csv":
        write_csv(CLAIM_CSV_HEADER, (claim_csv_row(r) for r in records))
    else:
        if not records:
            err("no claims found")
            return
        print_table(CLAIM_TABLE_COLUMNS, (claim_table_row(r) for r in records))
        err(f"{len(records)} claim{'s' if len(records) != 1 else ''}" + (" (limit reached; use --limit)" if limit and len(records) == limit else ""))


@app.command()
@handle_errors
def export(
    fmt: str = typer.Option("jsonl", "--format", help="jsonl or csv."),
    out: str = typer.Option(None, "--out", "-o", help="Write to FILE instead of stdout."),
) -> None:
    """Export every claim with its speaker, article and sources."""
    from claims.cli.output import CLAIM_CSV_HEADER, claim_csv_row, write_csv, write_jsonl
    from claims.errors import UsageError
    from claims.store.records import iter_all_records

    if fmt not in ("jsonl", "csv"):
        raise UsageError(f"--format: '{fmt}' is not one of jsonl, csv")
    db = open_db()
    with db.reader() as rows, output_file(out) as stream:
        records = iter_all_records(rows)
        if fmt == "jsonl":
            write_jsonl(records, stream)
        else:
            write_csv(CLAIM_CSV_HEADER, (claim_csv_row(r) for r in records), stream)
    if out:
        err(f"wrote {out}")
