"""`claims articles` and `claims show ARTICLE_ID`."""

from __future__ import annotations

import typer

from claims.cli import app
from claims.cli.common import err, handle_errors, open_db


@app.command()
@handle_errors
def articles(
    outlet: str = typer.Option(None, help="Only this outlet's articles."),
    limit: int = typer.Option(0, help="At most N articles (0: all)."),
    fmt: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """List stored articles with their claim counts."""
    from claims.cli.output import print_table, write_json
    from claims.store.queries import list_articles

    db = open_db()
    with db.reader() as rows:
        found = list_articles(rows, outlet, limit or None)
    if fmt == "json":
        write_json(found)
        return
    if not found:
        err("no articles found")
        return
    print_table(
        ("id", "outlet", "published", "lang", "claims", "title", "path"),
        ((a["id"], a["outlet"] or "—", a["published"] or "", a["language"] or "", a["claims"], a["title"] or "", a["source_path"] or "") for a in found),
    )


@app.command()
@handle_errors
def show(
    article_id: int = typer.Argument(..., metavar="ARTICLE_ID"),
    fmt: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """Print an article with its claims marked, their speakers, and its sources."""
    from claims.cli.output import write_json
    from claims.store.queries import get_article

    db = open_db()
    with db.reader() as rows:
        article = get_article(rows, article_id)
    if fmt == "json":
        write_json(article)
        return
    _print_marked(article)


def _print_marked(article: dict) -> None:
    from rich.console import Console
    from rich.text import Text

    from claims.cli.output import terminal_safe as safe

    console = Console(highlight=False)
    head = Text(f"#{article['id']} ", style="bold")
    head.append(safe(article["title"] or "(no title)"), style="bold")
    console.print(head)
    meta = [
        ("outlet", article["outlet"]), ("published", article["published"]),
        ("language", article["language"]), ("byline", article["byline"]), ("url", article["url"]),
        ("path", article["source_path"]),
        ("cited sources", ", ".join(article["cited_sources"])),
        ("photo credits", ", ".join(article["photo_credits"])),
    ]
    for label, value in meta:
        if value:
            console.print(Text(safe(f"{label}: {value}"), style="dim"))
    console.print()
    body = Text(safe(article["text"]))
    for claim in article["claims"]:
        spans = claim.get("spans") or [[claim["start"], claim["end"]]]
        style = "yellow" if claim["kind"] == "assertion" else "bold cyan"
        for start, end in spans:
            body.stylize(style, start, end)
    console.print(body)
    console.print()
    for n, claim in enumerate(article["claims"], 1):
        sp = claim["speaker"]
        who = sp["name"] + (f" ({sp['role']})" if sp and sp.get("role") else "") if sp else "—"
        line = Text(safe(f"[{n}] {claim['kind']:<9} {who}"), style="bold")
        extra = [f"cue: {claim['cue']}" if claim["cue"] else "", f"said on: {claim['said_on']}" if claim["said_on"] else "", f"chars {claim['start']}–{claim['end']}"]
        line.append(safe("  " + "  ".join(e for e in extra if e)), style="dim")
        console.print(line)
        console.print(Text("    " + safe(claim["text"])))
