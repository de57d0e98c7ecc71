"""`claims ingest PATH... | -`."""

from __future__ import annotations

import os
import sys
from typing import List

import typer

from claims.cli import app
from claims.cli.common import err, handle_errors, open_db

FORMATS = ("auto", "text", "html", "jsonl")
# Control characters and bidi overrides in file names would break or disguise the one-line report.
LANGS = ("auto", "fr", "en")


@app.command()
@handle_errors
def ingest(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Files, folders (recursive), or - for stdin."),
    outlet: str = typer.Option(None, help="Outlet name for articles that do not give one."),
    url: str = typer.Option(None, help="URL for an article that does not give one."),
    published: str = typer.Option(None, metavar="YYYY-MM-DD", help="Publication date when the input has none."),
    lang: str = typer.Option("auto", help="Language: fr, en, or auto (detected)."),
    fmt: str = typer.Option("auto", "--format", help="Input format: auto (by extension), text, html, jsonl."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for extraction."),
    agency: List[str] = typer.Option(
        None, "--agency", help="Extra news agency name to recognise as a source (repeatable; also $CLAIMS_AGENCIES, comma-separated)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no per-file lines for skipped articles."),
) -> None:
    """Read articles, extract their claims, and store them."""
    from claims.errors import UsageError
    from claims.read import ArticleDefaults, iter_articles
    from claims.store.ingest import BATCH_SECONDS, ingest as run_ingest
    from claims.store.queries import parse_date_option

    if fmt not in FORMATS:
        raise UsageError(f"--format: '{fmt}' is not one of {', '.join(FORMATS)}")
    if lang not in LANGS:
        raise UsageError(f"--lang: '{lang}' is not one of {', '.join(LANGS)}")
    defaults = ArticleDefaults(
        outlet=outlet,
        url=url,
        published=parse_date_option(published, "--published"),
        language=None if lang == "auto" else lang,
    )
    extra = [*(agency or []), *filter(None, (a.strip() for a in os.environ.get("CLAIMS_AGENCIES", "").split(",")))]
    db = open_db()
    items = iter_articles(paths, fmt=fmt, defaults=defaults)
    show_progress = not quiet and sys.stderr.isatty() and (len(paths) > 1 or any(os.path.isdir(p) for p in paths))
    with _Progress(show_progress) as progress:
        report = run_ingest(db, items, jobs=jobs, extra_agencies=extra, on_result=progress.update,
                            batch_seconds=BATCH_SECONDS if "-" in paths else None)
    err(report.summary)
    if report.failed:
        raise typer.Exit(1)


class _Progress:
    """Failures as one line each; with a terminal, a live counter on stderr."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.counts = {"ingested": 0, "present": 0, "failed": 0}
        self._progress = None

    def __enter__(self):
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("ingesting"), BarColumn(), TextColumn("{task.description}"),
                TimeElapsedColumn(), console=Console(stderr=True), transient=True,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task("", total=None)
        return self

    def update(self, outcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.status == "failed":
            from claims.cli.output import one_line

            line = one_line(f"{outcome.source}: {outcome.message}")
            if self._progress is not None:
                from rich.text import Text

                self._progress.console.print(Text(line), highlight=False)
            else:
                err(line)
        if self._progress is not None:
            c = self.counts
            self._progress.update(
                self._task, advance=1,
                description=f"{c['ingested']} ingested, {c['present']} present, {c['failed']} failed",
            )

    def __exit__(self, *exc):
        if self._progress is not None:
            self._progress.__exit__(*exc)
        return False
