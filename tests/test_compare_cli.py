"""`claims compare` and `claims discrepancies`: filters, formats, the JSON contract, errors."""

from __future__ import annotations

import json

import pytest

from claims.store.db import Database
from compare_support import facts, store

QUOTE = "Le sommet entre les dirigeants des deux pays était opportun, utile et constructif"
PLAN = "Nous allons investir 52 milliards d'euros dans ce programme qui créera 30 000 emplois"


@pytest.fixture
def loaded(cli):
    db = Database(str(cli.db_path))
    peskov = {"speaker": "Dmitri Peskov", "mention": "M. Peskov", "kind": "direct", "said_on": "2023-09-14"}
    dumont = {"speaker": "Claire Dumont", "mention": "Mme Dumont", "kind": "direct", "said_on": "2023-03-14"}
    jobs = facts(numbers=[(30000, None, "30 000")])
    store(
        db,
        ("AFP", "2023-09-15", [dict(peskov, content=QUOTE)], {"cited": ("AFP",)}),
        ("Nouvelles", "2023-09-15", [dict(peskov, content=QUOTE.replace("opportun, utile", "utile"))], {"cited": ("AFP",)}),
        ("AFP", "2023-03-15", [dict(dumont, content=PLAN, facts=jobs)]),
        ("Ouest-Matin", "2023-03-15", [dict(dumont, content=PLAN.replace("30 000", "25 000"),
                                            facts=facts(numbers=[(25000, None, "25 000")]))]),
        ("Le Quotidien", "2023-03-15", [dict(dumont, content=PLAN, facts=jobs)]),
    )
    return cli


def _types(cli, *args):
    return [d["type"] for d in cli.json("discrepancies", *args)["discrepancies"]]


def test_discrepancies_json_contract_uses_export_claim_objects(loaded):
    data = loaded.json("discrepancies")
    assert [d["type"] for d in data["discrepancies"]] == ["number_mismatch", "quote_wording"]
    first = data["discrepancies"][0]
    assert set(first) == {"type", "severity", "summary", "group_id", "claims", "evidence"}
    exported = {}
    for line in loaded("export").stdout.splitlines():
        record = json.loads(line)
        exported[record["id"]] = record
    for d in data["discrepancies"]:
        assert d["claims"] == [exported[c["id"]] for c in d["claims"]]
    assert first["evidence"]["versions"][1]["numbers"][0]["text"] == "25 000"


def test_filter_by_type_speaker_and_dates(loaded):
    assert _types(loaded, "--type", "quote_wording") == ["quote_wording"]
    assert _types(loaded, "--speaker", "peskov") == ["quote_wording"]
    assert _types(loaded, "--speaker", "CLAIRE DUMONT") == ["number_mismatch"]
    assert _types(loaded, "--since", "2023-06-01") == ["quote_wording"]
    assert _types(loaded, "--until", "2023-03") == ["number_mismatch"]


def test_unknown_type_is_a_clear_error(loaded):
    result = loaded("discrepancies", "--type", "typo")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: --type: 'typo' is not one of speaker_mismatch, quote_wording, number_mismatch, "
        "date_mismatch, entity_mismatch, negation_mismatch, source_unsupported\n"
    )


def test_bad_format_date_and_speaker_are_clear_errors(loaded):
    result = loaded("discrepancies", "--format", "pdf")
    assert (result.exit_code, result.stderr) == (2, "error: --format: 'pdf' is not one of table, md, json, html\n")
    result = loaded("compare", "--format", "html")
    assert (result.exit_code, result.stderr) == (2, "error: --format: 'html' is not one of table, md, json\n")
    result = loaded("discrepancies", "--since", "yesterday")
    assert (result.exit_code, result.stderr) == (2, "error: --since: 'yesterday' is not a date (use YYYY-MM-DD)\n")
    result = loaded("compare", "--speaker", "Nobody Atall")
    assert (result.exit_code, result.stderr) == (1, "error: no speaker matches 'Nobody Atall'\n")


def test_table_and_markdown_formats(loaded, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")
    result = loaded("discrepancies")
    assert result.exit_code == 0
    assert "number_mismatch" in result.stdout and "Ouest-Matin" in result.stdout
    assert result.stderr == "2 discrepancies\n"
    md = loaded("discrepancies", "--format", "md").stdout
    assert md.startswith("# Discrepancies\n")
    assert "~~30 000~~ **25 000**" in md


def test_out_writes_a_file(loaded, tmp_path):
    target = tmp_path / "d.json"
    result = loaded("discrepancies", "--format", "json", "--out", target)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"wrote {target}\n"
    assert len(json.loads(target.read_text())["discrepancies"]) == 2


def test_compare_shows_groups_side_by_side(loaded, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")
    groups = loaded.json("compare")["groups"]
    assert [len(g["claims"]) for g in groups] == [3, 2]
    assert [c["article"]["outlet"] for c in groups[0]["claims"]] == ["AFP", "Ouest-Matin", "Le Quotidien"]
    assert groups[0]["discrepancies"] == 1
    only = loaded.json("compare", "--outlet", "nouvelles")["groups"]
    assert [g["speaker"] for g in only] == ["Dmitri Peskov"]
    table = loaded("compare")
    assert table.exit_code == 0 and "Le Quotidien" in table.stdout and table.stderr == "2 statements\n"


def test_empty_database_says_so(cli):
    result = cli("discrepancies")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "no discrepancies found\n")
    result = cli("compare")
    assert result.stderr == "no statement is reported by more than one article\n"
    assert cli.json("discrepancies") == {"discrepancies": []}


def test_json_report_is_streamed_one_discrepancy_per_line_in_small_pages(loaded):
    from claims.compare.results import GroupFilter, iter_discrepancies, iter_discrepancy_json

    lines = loaded("discrepancies", "--format", "json").stdout.splitlines()
    assert lines[0] == '{"discrepancies": [' and lines[-1] == "]}"
    assert [json.loads(line.rstrip(","))["type"] for line in lines[1:-1]] == [
        "number_mismatch", "quote_wording"
    ]
    with Database(str(loaded.db_path)).reader() as rows:
        paged = [json.loads(s) for s in iter_discrepancy_json(rows, GroupFilter(), page=1)]
        assert paged == list(iter_discrepancies(rows, GroupFilter(), page=1))
        assert paged == [json.loads(line.rstrip(",")) for line in lines[1:-1]]
