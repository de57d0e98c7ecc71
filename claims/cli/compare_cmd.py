"""`claims compare` and `claims discrepancies`: statements across outlets and where they differ."""

from __future__ import annotations

import typer

from claims.cli import app
from claims.cli.common import err, handle_errors, open_db, output_file

COMPARE_FORMATS = ("table", "md", "json")
DISCREPANCY_FORMATS = ("table", "md", "json", "html")


def _table(columns, rows, stream, to_file: bool) -> None:
    """A terminal table on stdout, or the same table written plainly to --out."""
    from claims.cli.output import print_table

    print_table(columns, rows, file=stream if to_file else None)


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    from claims.errors import UsageError

    if fmt not in allowed:
        raise UsageError(f"--format: '{fmt}' is not one of {', '.join(allowed)}")


@app.command()
@handle_errors
def compare(
    speaker: str = typer.Option(None, help="Speaker name or alias (case- and accent-insensitive)."),
    since: str = typer.Option(None, metavar="DATE", help="Statements made on or after DATE (YYYY-MM-DD)."),
    until: str = typer.Option(None, metavar="DATE", help="Statements made on or before DATE."),
    outlet: str = typer.Option(None, help="Only statements this outlet reported."),
    limit: int = typer.Option(0, help="At most N statements (0: no limit)."),
    fmt: str = typer.Option("table", "--format", help="table, md or json."),
    out: str = typer.Option(None, "--out", "-o", help="Write to FILE instead of stdout."),
) -> None:
    """Statements reported by several articles, each outlet's version side by side."""
    from claims.cli.output import write_json
    from claims.compare.report import GROUP_COLUMNS, group_rows, groups_markdown
    from claims.compare.results import GroupFilter, list_groups

    _check_format(fmt, COMPARE_FORMATS)
    db = open_db()
    with db.reader() as rows:
        groups = list_groups(rows, GroupFilter(speaker=speaker, since=since, until=until,
                                               outlet=outlet, limit=limit or None))
    with output_file(out) as stream:
        if fmt == "json":
            write_json({"groups": groups}, stream)
        elif fmt == "md":
            stream.write(groups_markdown(groups))
        elif groups:
            _table(GROUP_COLUMNS, group_rows(groups), stream, bool(out))
    if fmt == "table" and not groups:
        err("no statement is reported by more than one article")
    elif fmt == "table":
        err(f"{len(groups)} statement{'s' if len(groups) != 1 else ''}")
    if out:
        err(f"wrote {out}")


@app.command()
@handle_errors
def discrepancies(
    type_: str = typer.Option(None, "--type", metavar="TYPE",
                              help="speaker_mismatch, quote_wording, number_mismatch, date_mismatch, "
                                   "entity_mismatch, negation_mismatch or source_unsupported."),
    speaker: str = typer.Option(None, help="Speaker name or alias (case- and accent-insensitive)."),
    since: str = typer.Option(None, metavar="DATE", help="Statements made on or after DATE (YYYY-MM-DD)."),
    until: str = typer.Option(None, metavar="DATE", help="Statements made on or before DATE."),
    limit: int = typer.Option(0, help="At most N discrepancies (0: no limit)."),
    fmt: str = typer.Option("table", "--format", help="table, md, json or html."),
    out: str = typer.Option(None, "--out", "-o", help="Write to FILE instead of stdout."),
) -> None:
    """Where outlets' versions of a statement disagree, with the evidence."""
    from itertools import chain

    from claims.compare.report import DISCREPANCY_COLUMNS, discrepancies_markdown, discrepancy_rows
    from claims.compare.results import GroupFilter, iter_discrepancies, iter_discrepancy_json

    _check_format(fmt, DISCREPANCY_FORMATS)
    db = open_db()
    with db.reader() as rows:
        choice = GroupFilter(type=type_, speaker=speaker, since=since, until=until, limit=limit or None)
        if fmt == "json":
            found = iter_discrepancy_json(rows, choice, dialect=db.dialect)
        else:
            found = iter_discrepancies(rows, choice)
        first = next(found, None)  # bad options fail here, before anything is written
        items = chain([first], found) if first is not None else iter(())
        with output_file(out) as stream:
            if fmt == "json":
                _stream_json_list("discrepancies", items, stream)
            elif fmt == "md":
                stream.write(discrepancies_markdown(items))
            elif fmt == "html":
                from claims.compare.html import discrepancies_html

                stream.write(discrepancies_html(items))
            else:
                table = discrepancy_rows(items)
                if table:
                    _table(DISCREPANCY_COLUMNS, table, stream, bool(out))
                n = len(table)
                err(f"{n} discrepanc{'ies' if n != 1 else 'y'}" if n else "no discrepancies found")
    if out:
        err(f"wrote {out}")


def _stream_json_list(key: str, items, stream, batch: int = 1000) -> None:
    """`{"key": [item, …]}` from items already encoded as JSON, one per line, so nothing
    holds the whole report; written `batch` items at a time (fewer, larger writes)."""
    from itertools import islice

    items = iter(items)
    stream.write(f'{{"{key}": [')
    separator = "\n"
    while part := list(islice(items, batch)):
        stream.write(separator + ",\n".join(part))
        separator = ",\n"
    stream.write("\n]}\n")
