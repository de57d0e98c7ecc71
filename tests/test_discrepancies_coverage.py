"""End to end: ingest the coverage fixtures through the library, compare with the gold."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from claims.compare.evaluate import evaluate, main

COVERAGE = FIXTURES / "coverage"
FAITHFUL = {"Le Quotidien", "Paris Wire", "Daily Ledger", "Le Matin Express", "Le Courrier de l'Est", "World Desk"}


@pytest.fixture(scope="module", params=[None, 1], ids=["one-batch", "article-by-article"])
def result(request, tmp_path_factory):
    """The same scores whether the articles arrive together or one ingest batch at a time."""
    return evaluate(COVERAGE, str(tmp_path_factory.mktemp("coverage") / "claims.db"), request.param)


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    from claims.compare.evaluate import load_articles
    from claims.compare.results import GroupFilter, list_discrepancies
    from claims.store.db import Database
    from claims.store.ingest import ingest

    db = Database(str(tmp_path_factory.mktemp("coverage-found") / "claims.db"))

    ingest(db, load_articles(COVERAGE))
    with db.reader() as rows:
        return list_discrepancies(rows, GroupFilter())


def test_every_planted_type_is_found_with_high_precision(result):
    scores = result["discrepancies"]
    tp = sum(s.tp for s in scores.values())
    fp = sum(s.fp for s in scores.values())
    fn = sum(s.fn for s in scores.values())
    assert tp / (tp + fp) >= 0.9, [x for s in scores.values() for x in s.false_alarms]
    assert tp / (tp + fn) >= 0.8, [x for s in scores.values() for x in s.misses]
    assert all(s.tp for s in scores.values())  # each type found at least once


def test_faithful_copies_are_never_the_odd_version(found):
    for d in found:
        odd = d["claims"][1:] if d["type"] != "source_unsupported" else d["claims"]
        assert not {c["article"]["outlet"] for c in odd} & FAITHFUL, d["summary"]


def test_same_language_grouping_is_precise(result):
    same = result["grouping"]["same language"]
    assert same.precision >= 0.95 and same.recall >= 0.9


def test_french_english_grouping_never_joins_different_statements(result):
    assert result["grouping"]["French-English"].precision >= 0.9


def test_evaluate_command_prints_the_per_type_table(capsys):
    assert main([str(COVERAGE)]) == 0
    out = capsys.readouterr().out
    assert "| type | gold | found | correct | precision | recall |" in out
    for kind in ("speaker_mismatch", "quote_wording", "number_mismatch", "date_mismatch",
                 "entity_mismatch", "negation_mismatch", "source_unsupported"):
        assert f"| {kind} |" in out


def test_evaluate_command_needs_a_gold_file(tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path}/gold.json not found\n"
