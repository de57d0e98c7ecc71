"""`claims export`: the JSONL contract, CSV safety, writing to a file."""

from __future__ import annotations

import csv
import io
import json

from conftest import SEED

CLAIM_KEYS = {"id", "kind", "text", "start", "end", "cue", "said_on", "date_precision", "speaker", "article"}
SPEAKER_KEYS = {"id", "name", "mention", "role", "kind", "described"}
ARTICLE_KEYS = {"id", "path", "url", "title", "outlet", "published", "language", "cited_sources", "photo_credits"}


def test_export_jsonl_contract_and_provenance(cli):
    cli("ingest", SEED, "--outlet", "Le Courrier")
    lines = cli("export").stdout.splitlines()
    assert len(lines) >= 8
    text = SEED.read_text(encoding="utf-8").strip()
    for line in lines:
        record = json.loads(line)
        assert set(record) == CLAIM_KEYS
        assert set(record["article"]) == ARTICLE_KEYS
        if record["speaker"] is not None:
            assert set(record["speaker"]) == SPEAKER_KEYS
        assert record["kind"] in {"direct", "mixed", "indirect", "assertion"}
        assert record["article"]["path"] == str(SEED)
        if record["kind"] != "direct" or "«" not in text[record["start"]:record["end"]]:
            assert text[record["start"]:record["end"]] == record["text"] or record["kind"] == "direct"
    first = json.loads(lines[0])
    assert first["article"]["cited_sources"] == ["AFP", "Reuters"]
    assert first["article"]["photo_credits"] == ["KCNA", "Reuters"]


def test_export_csv_to_file_neutralises_formulas(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("« =HYPERLINK(\"http://x\") est la clé », a déclaré Marie Curie lundi.\n", encoding="utf-8")
    cli("ingest", article)
    out = tmp_path / "out.csv"
    result = cli("export", "--format", "csv", "--out", out)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0]["text"].startswith("'=HYPERLINK")


def test_safe_cell_neutralises_every_formula_prefix():
    from claims.cli.output import safe_cell

    for value in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx"):
        assert safe_cell(value) == "'" + value
    assert safe_cell("plain") == "plain"
    assert safe_cell(None) == ""
