"""Every output shows article-derived text as text: tables, Markdown, HTML, CSV (no formulas)."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
SCRIPT_QUOTE = 'Nous refusons <script>alert("x")</script> et **tout** [lien](javascript:alert(1)) | les'
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def french(quote: str, speaker: str) -> str:
    return (
        f"« {quote} », a déclaré {speaker} mardi. Le ministre a rappelé que la réforme "
        "entrera en vigueur le 1er janvier et que les syndicats seront reçus dans la semaine."
    )


RECORDS = [
    {"text": french(f"{SCRIPT_QUOTE} pressions", "Anne Dubois"), "outlet": "<b>Le Fil</b>",
     "title": "<img src=x onerror=alert(1)>", "url": "javascript:alert(1)", "published": "2024-03-05"},
    {"text": french(f"{SCRIPT_QUOTE} sanctions", "Anne Dubois"), "outlet": '=HYPERLINK("http://evil")',
     "title": "[bold]Gras[/bold]", "url": 'https://ok.example/"><script>', "published": "2024-03-05"},
    {"text": french("=1+1 est la bonne réponse", "Paul Durand"), "outlet": "+Plus", "published": "2024-03-06"},
    {"text": french("+33 % d'impôts pour tous", "Paul Durand"), "outlet": "-Moins", "published": "2024-03-06"},
    {"text": french("-20 % sur les salaires", "Paul Durand"), "outlet": "@Arobase", "published": "2024-03-06"},
    {"text": french("@Elysee ment", "Paul Durand"), "outlet": "[red]Rouge[/red]", "published": "2024-03-06"},
]


@pytest.fixture
def hostile(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "400")
    source = tmp_path / "=cmd|' -C calc'!A0.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    result = cli("ingest", source.name)
    assert result.exit_code == 0, result.stderr
    return cli


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("command", [("search", "--format", "csv", "--limit", "0"), ("export", "--format", "csv")])
def test_csv_cells_never_start_a_formula(hostile, command):
    result = hostile(*command)
    assert result.exit_code == 0, result.stderr
    header, *rows = _cells(result.stdout)
    assert len(rows) >= len(RECORDS)
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_PREFIXES), (cell, row)
    columns = {name: {row[header.index(name)] for row in rows} for name in ("text", "outlet", "path")}
    assert {"'=1+1 est la bonne réponse", "'+33 % d'impôts pour tous", "'-20 % sur les salaires", "'@Elysee ment"} <= columns["text"]
    assert {"'=HYPERLINK(\"http://evil\")", "'+Plus", "'-Moins", "'@Arobase"} <= columns["outlet"]
    assert "'=cmd|' -C calc'!A0.jsonl:1" in columns["path"]


def test_json_keeps_text_exactly(hostile):
    records = json.loads(hostile("search", "--format", "json", "--limit", "0").stdout)
    texts = {r["text"] for r in records}
    assert f"{SCRIPT_QUOTE} pressions" in texts and "=1+1 est la bonne réponse" in texts


def test_search_table_shows_markup_as_text(hostile):
    result = hostile("search", "--limit", "0")
    assert result.exit_code == 0, result.stderr
    assert '<script>alert("x")</script>' in result.stdout
    assert "[lien](javascript:alert(1))" in result.stdout and "**tout**" in result.stdout
    assert "[red]Rouge[/red]" in result.stdout and "<b>Le Fil</b>" in result.stdout


def test_articles_and_show_print_markup_as_text(hostile):
    listing = hostile("articles")
    assert listing.exit_code == 0, listing.stderr
    assert "[bold]Gras[/bold]" in listing.stdout and "<img src=x onerror=alert(1)>" in listing.stdout
    shown = hostile("show", "2")
    assert shown.exit_code == 0, shown.stderr
    assert "[bold]Gras[/bold]" in shown.stdout and '<script>alert("x")</script>' in shown.stdout


@pytest.mark.parametrize("command", ["compare", "discrepancies"])
def test_markdown_reports_escape_article_text(hostile, command):
    result = hostile(command, "--format", "md")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Anne Dubois" in out
    assert not re.search(r"(?<!\\)[<>]", out), "unescaped angle bracket"
    assert r"\<script\>" in out and r"\<b\>Le Fil\</b\>" in out
    assert "[lien](" not in out and r"\[lien\](javascript" in out
    assert r"\*\*tout\*\*" in out
    table_rows = [line for line in out.splitlines() if line.startswith("| ") and "Dubois" in line]
    assert table_rows
    # The quote's own "|" is escaped: every row keeps its six cells.
    assert all(len(_UNESCAPED_PIPE.findall(line)) == 7 for line in table_rows)


def test_html_report_escapes_text_and_links_only_web_urls(hostile, tmp_path):
    out = tmp_path / "report.html"
    result = hostile("discrepancies", "--format", "html", "--out", out)
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "Anne Dubois" in page
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "javascript:alert(1)</a>" not in page and 'href="javascript' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert 'href="https://ok.example/&quot;&gt;&lt;script&gt;"' in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


TERMINAL_ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31m"


def test_tables_do_not_send_terminal_escape_sequences(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")
    source = tmp_path / "escape.jsonl"
    record = {"text": french(f"Nous {TERMINAL_ESCAPES}refusons tout", "Anne Dubois"), "outlet": "Le Fil"}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert cli("ingest", source).exit_code == 0
    # The escape sequence glues "[31mrefusons" into one full-text token: look up by speaker.
    [stored] = json.loads(cli("search", "--speaker", "Anne Dubois", "--format", "json").stdout)
    assert TERMINAL_ESCAPES in stored["text"]
    for command in (("search", "--speaker", "Anne Dubois"), ("show", "1")):
        result = cli(*command)
        assert result.exit_code == 0, result.stderr
        assert "refusons" in result.stdout
        assert "\x1b" not in result.stdout, command
