"""User input never becomes SQL text; malformed full-text queries give one clear message."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import ARTICLES, SEED

INJECTIONS = [
    "Zq'; DROP TABLE claims; --",
    'Zq" OR 1=1 --',
    "Zq') OR ('1'='1",
    "Zq\\' UNION SELECT name FROM sqlite_master --",
    "Zq%_*",
    "Zq); DELETE FROM articles; SELECT (1",
]
MARKER = "zq"


class RecordingCursor(sqlite3.Cursor):
    statements: list[str] = []

    def execute(self, sql, *args):
        RecordingCursor.statements.append(sql)
        return super().execute(sql, *args)

    def executemany(self, sql, *args):
        RecordingCursor.statements.append(sql)
        return super().executemany(sql, *args)

    def executescript(self, sql):
        RecordingCursor.statements.append(sql)
        return super().executescript(sql)


class RecordingConnection(sqlite3.Connection):
    def cursor(self, factory=RecordingCursor):
        return super().cursor(factory)

    def execute(self, sql, *args):
        return self.cursor().execute(sql, *args)

    def executemany(self, sql, *args):
        return self.cursor().executemany(sql, *args)


@pytest.fixture
def recorded(cli, monkeypatch):
    """A loaded database; every SQL statement text sent to SQLite afterwards is recorded."""
    assert cli("ingest", SEED, "--outlet", "Le Courrier", "--published", "2023-09-15").exit_code == 0
    assert cli("ingest", ARTICLES / "en-kremlin-rifles.txt", "--outlet", "Reuters").exit_code == 0
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        kwargs.setdefault("factory", RecordingConnection)
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    RecordingCursor.statements = []
    return cli


def _snapshot(db_path) -> dict:
    conn = sqlite3.connect(db_path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if t != "alembic_version"}
        return {"tables": tables, "counts": counts}
    finally:
        conn.close()


def _commands(value: str) -> list[tuple[str, ...]]:
    return [
        ("search", value),
        ("search", "--speaker", value),
        ("search", "--outlet", value),
        ("search", "--source", value),
        ("search", "--lang", value),
        ("search", "--kind", value),
        ("search", "--since", value),
        ("speakers", "--search", value),
        ("speakers", "show", value),
        ("articles", "--outlet", value),
        ("compare", "--speaker", value),
        ("compare", "--outlet", value),
        ("discrepancies", "--speaker", value),
        ("discrepancies", "--type", value),
        ("speakers", "merge", value, "Dmitri Peskov"),
    ]


@pytest.mark.parametrize("value", INJECTIONS)
def test_hostile_strings_are_only_ever_parameters(recorded, db_path, value):
    before = _snapshot(db_path)
    for command in _commands(value):
        result = recorded(*command)
        assert result.exit_code in (0, 1, 2), (command, result.stderr)
        assert "Traceback" not in result.stderr, command
        if result.exit_code:
            assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, (command, result.stderr)
    assert RecordingCursor.statements, "nothing was recorded"
    assert not [sql for sql in RecordingCursor.statements if MARKER in sql.lower()]
    assert _snapshot(db_path) == before


@pytest.mark.parametrize("value", INJECTIONS)
def test_hostile_alias_is_stored_literally(recorded, db_path, value):
    result = recorded("speakers", "alias", "Dmitri Peskov", value)
    assert result.exit_code == 0, result.stderr
    assert not [sql for sql in RecordingCursor.statements if MARKER in sql.lower()]
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM speaker_aliases WHERE alias = ?", (value,)).fetchone() == (1,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    found = json.loads(recorded("speakers", "show", value, "--format", "json").stdout)
    assert found["name"] == "Dmitri Peskov"


def test_search_finds_a_claim_by_its_hostile_looking_words(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "« Le mot de passe est ' OR 1=1 -- et rien d'autre », a déclaré Anne Dubois mardi. "
        "Le ministre a rappelé que la réforme entrera en vigueur le 1er janvier.",
        encoding="utf-8",
    )
    assert cli("ingest", article).exit_code == 0
    result = cli("search", "passe", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [r["text"] for r in json.loads(result.stdout)] == ["Le mot de passe est ' OR 1=1 -- et rien d'autre"]


MALFORMED_FTS = ['"unbalanced', "AND", "OR OR", "NEAR(", "(", ")", "a AND", "* x", "x:y", "^", 'x" "', "NOT", "Zq OR (", "content:"]


@pytest.mark.parametrize("query", MALFORMED_FTS)
def test_malformed_full_text_query_is_one_clear_line(recorded, query):
    result = recorded("search", query)
    assert result.exit_code in (0, 2), result.stderr
    assert "Traceback" not in result.stderr
    if result.exit_code == 2:
        [line] = result.stderr.splitlines()
        assert line.startswith("error: invalid search text: ")


def test_unbalanced_quote_message_word_for_word(recorded):
    result = recorded("search", '"unbalanced')
    assert result.exit_code == 2
    assert result.stderr == "error: invalid search text: unterminated string\n"


def test_speaker_name_is_not_a_like_pattern(recorded):
    result = recorded("search", "--speaker", "%")
    assert result.exit_code == 1
    assert result.stderr == "error: no speaker matches '%'\n"
