"""`claims eval GOLD.jsonl [--input PATH...]`: score the database against annotated articles."""

from __future__ import annotations

from typing import List

import typer

from claims.cli import app
from claims.cli.common import err, handle_errors, open_db

FORMATS = ("table", "json")


@app.command("eval")
@handle_errors
def eval_command(
    gold: str = typer.Argument(..., metavar="GOLD.jsonl", help="Gold annotations (one JSON object per line)."),
    more_inputs: List[str] = typer.Argument(None, metavar="[PATH...]", help="More paths for --input."),
    inputs: List[str] = typer.Option(
        None, "--input", metavar="PATH",
        help="Ingest these articles first: --input PATH [PATH...] (files or folders; gold.jsonl, *.gold.jsonl "
             "and meta.jsonl are skipped, a meta.jsonl beside the articles gives their date, url and title).",
    ),
    lang: str = typer.Option("auto", help="Language of the --input articles: fr, en, or auto."),
    fmt: str = typer.Option("table", "--format", help="Output: table or json."),
    show: int = typer.Option(20, "--show", metavar="N", help="Misses, false positives and wrong speakers listed (table)."),
) -> None:
    """Precision, recall and F1 at word overlap 0.3 and 0.8, speaker accuracy, per-kind figures."""
    from claims.errors import UsageError
    from claims.evaluate import database_predictions, load_gold, score

    if fmt not in FORMATS:
        raise UsageError(f"--format: '{fmt}' is not one of {', '.join(FORMATS)}")
    if lang not in ("auto", "fr", "en"):
        raise UsageError(f"--lang: '{lang}' is not one of auto, fr, en")
    if more_inputs and not inputs:
        raise UsageError(f"unexpected argument '{more_inputs[0]}': articles to score are given with --input PATH...")
    inputs = [*(inputs or []), *(more_inputs or [])]
    records = load_gold(gold)
    db = open_db()
    if inputs:
        from claims.evaluate import evaluation_articles
        from claims.read import ArticleDefaults
        from claims.store.ingest import ingest

        defaults = ArticleDefaults(None, None, None, None if lang == "auto" else lang)
        result = ingest(db, evaluation_articles(inputs, defaults))
        err(result.summary)
    report = score(records, database_predictions(db))
    if fmt == "json":
        from claims.cli.output import write_json

        write_json(report.to_dict())
        return
    typer.echo(render_table(report, show))


def render_table(report, show: int) -> str:
    lines = [f"articles {report.articles}   gold claims {report.gold_claims}   predicted {report.predicted_claims}", ""]
    lines.append(f"{'overlap':<10}{'precision':>10}{'recall':>10}{'F1':>10}{'tp':>6}{'fp':>6}{'fn':>6}")
    for threshold, c in report.overall.items():
        lines.append(f"{threshold:<10}{c.precision:>10.3f}{c.recall:>10.3f}{c.f1:>10.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    lines.append("")
    lines.append(f"speaker accuracy {report.speaker_accuracy:.3f} ({report.speaker_correct}/{report.speaker_matched} matched claims)")
    lines.append(f"said_on agreement {report.said_on_agreement:.3f} ({report.said_on_correct}/{report.said_on_matched} matched claims)")
    lines.append("")
    lines.append(f"{'kind':<10}{'overlap':>8}{'precision':>10}{'recall':>10}{'F1':>10}")
    for threshold, kinds in report.by_kind.items():
        for kind in sorted(kinds):
            c = kinds[kind]
            lines.append(f"{kind:<10}{threshold:>8}{c.precision:>10.3f}{c.recall:>10.3f}{c.f1:>10.3f}")
    for title, items, render in (
        ("misses", report.misses, lambda m: f"  {m['article']} [{m['kind']}] {m['speaker'] or '-'}: {m['content']}"),
        ("false positives", report.false_positives, lambda m: f"  {m['article']} [{m['kind']}] {m['speaker'] or '-'}: {m['content']}"),
        ("wrong speakers", report.wrong_speakers, lambda m: f"  {m['article']} gold {m['gold'] or '-'} / found {m['predicted'] or '-'}: {m['content']}"),
        ("wrong dates", report.wrong_dates, lambda m: f"  {m['article']} gold {m['gold'] or '-'} / found {m['predicted'] or '-'}: {m['content']}"),
    ):
        lines.append("")
        lines.append(f"{title} ({len(items)})")
        for item in items[:show]:
            lines.append(render(item))
        if len(items) > show:
            lines.append(f"  … {len(items) - show} more (--show N, or --format json)")
    return "\n".join(lines)
