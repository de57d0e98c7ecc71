"""Shared test helpers: a fresh database per test and a CLI runner bound to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seed" / "000_c8db046f7b2a35e8.txt"
ARTICLES = FIXTURES / "articles"


class Cli:
    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None):
        from claims.cli import app

        return self.runner.invoke(app, ["--db", str(self.db_path), *map(str, args)], input=input)

    def json(self, *args: str):
        result = self(*args, "--format", "json")
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "claims.db"


@pytest.fixture
def cli(db_path: Path) -> Cli:
    return Cli(db_path)


@pytest.fixture
def db(db_path: Path):
    from claims.store.db import Database

    return Database(str(db_path))
