"""`claims search`: speaker aliases, full text, filters, formats, bad queries."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import ARTICLES, SEED


@pytest.fixture
def loaded(cli):
    assert cli("ingest", SEED, "--outlet", "Le Courrier", "--published", "2023-09-15").exit_code == 0
    assert cli("ingest", ARTICLES / "en-kremlin-rifles.txt", "--outlet", "Reuters", "--published", "2023-09-14").exit_code == 0
    return cli


def _texts(cli, *args):
    result = cli("search", *args, "--format", "json", "--limit", "0")
    assert result.exit_code == 0, result.stderr
    return [r["text"] for r in json.loads(result.stdout)]


@pytest.mark.parametrize("name", ["peskov", "Peskov", "PESKOV", "Dmitri Peskov", "dmitri peskov", "Dmitry Peskov"])
def test_speaker_lookup_goes_through_aliases_and_transliterations(loaded, name):
    texts = _texts(loaded, "--speaker", name)
    assert any(t.startswith("Le président Poutine a offert") for t in texts)
    assert any(t.startswith("President Putin gave President Kim") for t in texts)


def test_unknown_speaker_is_a_clear_error(loaded):
    result = loaded("search", "--speaker", "Nobody Atall")
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: no speaker matches 'Nobody Atall'"


def test_full_text_search_is_accent_insensitive_and_handles_hyphens(loaded):
    assert any("fusil" in t for t in _texts(loaded, "fusil"))
    assert any("Corée du Nord" in t for t in _texts(loaded, "coree"))
    assert any("Kim Jong-un" in t for t in _texts(loaded, "Jong-un"))


def test_malformed_full_text_query_is_a_clear_error(loaded):
    result = loaded("search", '"unbalanced')
    assert result.exit_code == 2
    assert result.stderr.startswith("error: invalid search text: ")
    assert "Traceback" not in result.stderr


def test_filters_combine(loaded):
    direct_fr = _texts(loaded, "--kind", "direct", "--lang", "fr")
    assert direct_fr and all("«" not in t for t in direct_fr)
    records = json.loads(loaded("search", "--outlet", "reuters", "--format", "json").stdout)
    assert records and {r["article"]["outlet"] for r in records} == {"Reuters"}
    cited = json.loads(loaded("search", "--source", "AFP", "--format", "json").stdout)
    assert cited and all("AFP" in r["article"]["cited_sources"] for r in cited)


def test_date_filters_use_said_on_then_publication(loaded):
    assert _texts(loaded, "--since", "2023-09-16") == []
    assert _texts(loaded, "--until", "2023-09-12") == []
    said_13 = json.loads(loaded("search", "--until", "2023-09-13", "--format", "json").stdout)
    assert said_13 and {r["said_on"] for r in said_13} == {"2023-09-13"}
    assert _texts(loaded, "--since", "2023-09-14", "--until", "2023-09-15")


@pytest.mark.parametrize(
    "args, message",
    [
        (("--kind", "quote"), "error: --kind: 'quote' is not one of direct, mixed, indirect, assertion"),
        (("--since", "yesterday"), "error: --since: 'yesterday' is not a date (use YYYY-MM-DD)"),
        (("--format", "xml"), "error: --format: 'xml' is not one of table, json, jsonl, csv"),
    ],
)
def test_bad_options_are_usage_errors(loaded, args, message):
    result = loaded("search", *args)
    assert result.exit_code == 2
    assert result.stderr.strip() == message


def test_csv_and_jsonl_formats(loaded):
    out = loaded("search", "--speaker", "peskov", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and rows[0]["speaker"] == "Dmitri Peskov" or rows[0]["speaker"] == "Dmitry Peskov"
    lines = loaded("search", "--speaker", "peskov", "--format", "jsonl").stdout.splitlines()
    assert len(lines) == len(rows)
    assert json.loads(lines[0])["speaker"]["name"] == rows[0]["speaker"]


def test_table_shows_claims_and_count(loaded):
    result = loaded("search", "fusil")
    assert result.exit_code == 0
    assert "Peskov" in result.stdout
    assert result.stderr.strip().endswith("claims") or result.stderr.strip().endswith("claim")


def test_no_result_says_so(loaded):
    result = loaded("search", "zzzzqqq")
    assert result.exit_code == 0
    assert result.stderr.strip() == "no claims found"
