"""Reports show article text as text: HTML, Markdown and tables never let markup through."""

from __future__ import annotations

import json

import pytest

from claims.store.db import Database
from compare_support import store

HOSTILE = '[bold]Nous[/bold] ne céderons pas <script>alert("x")</script> ni aux menaces *ni* aux | pressions'


@pytest.fixture
def hostile(cli):
    db = Database(str(cli.db_path))
    claim = {"content": HOSTILE, "speaker": "Dmitri Peskov", "mention": "M. Peskov", "kind": "direct"}
    changed = dict(claim, content=HOSTILE.replace("pressions", "sanctions"))
    store(
        db,
        ("AFP <b>", "2023-09-15", [claim], {"title": "<img src=x onerror=alert(1)>"}),
        ("Le Quotidien", "2023-09-15", [changed]),
    )
    return cli


def test_html_report_is_self_contained_and_escaped(hostile, tmp_path):
    out = tmp_path / "report.html"
    result = hostile("discrepancies", "--format", "html", "--out", out)
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<link" not in page and 'src="' not in page and "@import" not in page
    assert "<del>pressions</del>" in page and "<ins>sanctions</ins>" in page


def test_markdown_report_escapes_article_text(hostile):
    result = hostile("discrepancies", "--format", "md")
    assert result.exit_code == 0, result.stderr
    assert "<script>" not in result.stdout
    assert r"\<script\>" in result.stdout
    assert r"\*ni\*" in result.stdout and r"\| pressions" in result.stdout
    assert r"AFP \<b\>" in result.stdout


def test_compare_markdown_escapes_article_text(hostile):
    result = hostile("compare", "--format", "md")
    assert result.exit_code == 0, result.stderr
    assert "<script>" not in result.stdout and r"\<script\>" in result.stdout


def test_table_shows_markup_literally(hostile, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")
    result = hostile("discrepancies")
    assert result.exit_code == 0, result.stderr
    assert "[bold]Nous" in result.stdout
    assert "<script>alert" in result.stdout


def test_json_keeps_the_text_exactly(hostile):
    data = json.loads(hostile("discrepancies", "--format", "json").stdout)
    assert data["discrepancies"][0]["claims"][0]["text"] == HOSTILE
