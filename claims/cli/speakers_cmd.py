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
            (s["id"], _listed_name(s), s["kind"], s["claims"], ", ".join(s["outlet_names"]) or "—", s["first"] or "", s["last"] or "")
            for s in found
        ),
    )


def _listed_name(speaker: dict) -> str:
    """A description ("police") is one speaker per article: the listing says which."""
    if speaker["article_id"] is None:
        return speaker["name"]
    return f"{speaker['name']} (article {speaker['article_id']})"


@speakers_app.command("show")
@handle_errors
def show(
    name: str = typer.Argument(..., help="Speaker name, alias or #ID."),
    limit: int = typer.Option(50, help="At most N claims (0: all)."),
    fmt: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """A speaker's aliases and claims (every article's, for a description such as "police")."""
    from claims.cli.output import CLAIM_TABLE_COLUMNS, claim_table_row, print_table, write_json
    from claims.store.queries import speaker_aliases, speaker_claim_ids
    from claims.store.records import claim_records
    from claims.store.speakers import matching_speakers

    db = open_db()
    with db.reader() as rows:
        found = matching_speakers(rows, name)
        ids = [s["id"] for s in found]
        aliases = {a["alias"]: a for i in ids for a in speaker_aliases(rows, i)}.values() or [
            {"alias": s["name"], "curated": False} for s in {s["name"]: s for s in found}.values()]
        records = claim_records(rows, speaker_claim_ids(rows, ids, limit or None))
    speaker = found[0]
    if len(found) > 1:
        speaker = {"name": speaker["name"], "kind": speaker["kind"], "speakers": ids,
                   "described_in": [s["article_id"] for s in found]}
    if fmt == "json":
        write_json({**speaker, "aliases": [a["alias"] for a in aliases], "claims": records})
        return
    if len(found) > 1:
        described = sum(s is not None for s in speaker["described_in"])
        typer.echo(f"{speaker['name']} ({speaker['kind']}): described in {described} article{'s' * (described != 1)}, "
                   f"one speaker each ({', '.join(f'#{i}' for i in ids)})")
    elif speaker["article_id"] is not None:
        typer.echo(f"{speaker['name']} (#{speaker['id']}, {speaker['kind']}, described in article {speaker['article_id']})")
    else:
        typer.echo(f"{speaker['name']} (#{speaker['id']}, {speaker['kind']})")
    typer.echo("aliases: " + ", ".join(a["alias"] + (" (curated)" if a["curated"] else "") for a in aliases))
    if records:
        print_table(CLAIM_TABLE_COLUMNS, (claim_table_row(r) for r in records))


@speakers_app.command("merge")
@handle_errors
def merge(
    keep: str = typer.Argument(..., help="The speaker to keep (name, alias or #ID)."),
    other: str = typer.Argument(..., help="The speaker folded into KEEP (name, alias or #ID)."),
) -> None:
    """Declare two speakers the same person; later ingests follow the merge."""
    from claims.store.speakers import merge_speakers

    kept, folded, moved = merge_speakers(open_db(), keep, other)
    typer.echo(f"merged {folded['name']} (#{folded['id']}) into {kept['name']} (#{kept['id']}): {moved} claims moved")


@speakers_app.command("alias")
@handle_errors
def alias(
    name: str = typer.Argument(..., help="The speaker (name, alias or #ID)."),
    alias: str = typer.Argument(..., help="Another name that always means this speaker."),
) -> None:
    """Add an alias; later ingests and queries resolve it to NAME."""
    from claims.store.speakers import add_alias

    speaker = add_alias(open_db(), name, alias)
    typer.echo(f"'{alias}' now means {speaker['name']} (#{speaker['id']})")
