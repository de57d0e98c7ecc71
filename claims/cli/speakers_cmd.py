"""`claims speakers`, `speakers show`, `speakers merge`, `speakers alias`."""

from __future__ import annotations

import typer

from claims.cli import app
from claims.cli.common import err, handle_errors, open_db

speakers_app = typer.Typer(help="List, inspect and curate speakers.", invoke_without_command=True)
app.add_typer(speakers_app, name="speakers")


@speakers_app.callback()
@handle_errors
def speakers(
    ctx: typer.Context,
    search: str = typer.Option(None, help="Only speakers whose name or alias contains NAME."),
    limit: int = typer.Option(0, help="At most N speakers (0: all)."),
    fmt: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """Speakers with their claim counts, outlets and first/last dates."""
    if ctx.invoked_subcommand is not None:
        return
    from claims.cli.output import print_table, write_json
    from claims.store.queries import list_speakers

    db = open_db()
    with db.reader() as rows:
        found = list_speakers(rows, search, limit or None)
    if fmt == "json":
        write_json(found)
        return
    if not found:
        err("no speakers found")
        return
    print_table(
        ("id", "speaker", "kind", "claims", "outlets", "first", "last"),
        (
            (s["id"], s["name"], s["kind"], s["claims"], ", ".join(s["outlet_names"]) or "—", s["first"] or "", s["last"] or "")
            for s in found
        ),
    )


@speakers_app.command("show")
@handle_errors
def show(
    name: str = typer.Argument(..., help="Speaker name or alias."),
    limit: int = typer.Option(50, help="At most N claims (0: all)."),
    fmt: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """A speaker's aliases and claims."""
    from claims.cli.output import CLAIM_TABLE_COLUMNS, claim_table_row, print_table, write_json
    from claims.store.queries import speaker_aliases, speaker_claim_ids
    from claims.store.records import claim_records
    from claims.store.speakers import one_speaker

    db = open_db()
    with db.reader() as rows:
        speaker = one_speaker(rows, name)
        aliases = speaker_aliases(rows, speaker["id"])
        records = claim_records(rows, speaker_claim_ids(rows, speaker["id"], limit or None))
    if fmt == "json":
        write_json({**speaker, "aliases": [a["alias"] for a in aliases], "claims": records})
        return
    typer.echo(f"{speaker['name']} (#{speaker['id']}, {speaker['kind']})")
    typer.echo("aliases: " + ", ".join(a["alias"] + (" (curated)" if a["curated"] else "") for a in aliases))
    if records:
        print_table(CLAIM_TABLE_COLUMNS, (claim_table_row(r) for r in records))


@speakers_app.command("merge")
@handle_errors
def merge(
    keep: str = typer.Argument(..., help="The speaker to keep."),
    other: str = typer.Argument(..., help="The speaker folded into KEEP."),
) -> None:
    """Declare two speakers the same person; later ingests follow the merge."""
    from claims.store.speakers import merge_speakers

    kept, folded, moved = merge_speakers(open_db(), keep, other)
    typer.echo(f"merged {folded['name']} (#{folded['id']}) into {kept['name']} (#{kept['id']}): {moved} claims moved")


@speakers_app.command("alias")
@handle_errors
def alias(
    name: str = typer.Argument(..., help="The speaker."),
    alias: str = typer.Argument(..., help="Another name that always means this speaker."),
) -> None:
    """Add an alias; later ingests and queries resolve it to NAME."""
    from claims.store.speakers import add_alias

    speaker = add_alias(open_db(), name, alias)
    typer.echo(f"'{alias}' now means {speaker['name']} (#{speaker['id']})")
