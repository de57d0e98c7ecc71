"""`claims eval GOLD.jsonl [--input PATH...]` scores the database."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from claims.article import Article

DEV = Path(__file__).parent / "fixtures" / "dev"
SEED_TXT = DEV / "seed" / "000_c8db046f7b2a35e8.txt"
SEED_GOLD = DEV / "seed" / "000_c8db046f7b2a35e8.gold.jsonl"


def _store(db_path: Path, path: Path) -> None:
    from claims.store.db import Database
    from claims.store.ingest import ingest

    article = Article(path.read_text(encoding="utf-8"), language="fr", path=str(path))
    ingest(Database(str(db_path)), [article])


def test_eval_scores_the_database_as_json(cli, db_path):
    _store(db_path, SEED_TXT)
    result = cli.json("eval", str(SEED_GOLD))
    assert result["gold_claims"] == 12
    assert result["overlap"]["0.3"]["recall"] == 1.0
    assert result["overlap"]["0.3"]["precision"] == 1.0
    assert result["speaker_accuracy"] == 1.0
    assert result["misses"] == [] and result["wrong_speakers"] == []


def test_eval_table_lists_misses(cli, db_path, tmp_path):
    _store(db_path, SEED_TXT)
    gold = tmp_path / "gold.jsonl"
    lines = SEED_GOLD.read_text(encoding="utf-8").splitlines()
    extra = {"article": "000_c8db046f7b2a35e8", "kind": "direct", "content": "une phrase que personne n'a jamais dite",
             "speaker": "Huyen Le", "core": True}
    gold.write_text("\n".join(lines + [json.dumps(extra, ensure_ascii=False)]) + "\n", encoding="utf-8")
    result = cli("eval", str(gold))
    assert result.exit_code == 0, result.stderr
    assert "articles 1   gold claims 13   predicted 13" in result.stdout
    assert "speaker accuracy 1.000 (12/12 matched claims)" in result.stdout
    assert "misses (1)" in result.stdout
    assert "  000_c8db046f7b2a35e8 [direct] Huyen Le: une phrase que personne n'a jamais dite" in result.stdout


def test_eval_ingests_inputs_first(cli, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED_TXT, folder / SEED_TXT.name)
    result = cli("eval", str(SEED_GOLD), "--input", str(folder), "--lang", "fr", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["overlap"]["0.8"]["f1"] == 1.0


def test_eval_takes_several_input_paths_after_one_flag(cli, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    other = tmp_path / "other.txt"
    other.write_text("« Nous sommes prêts », a déclaré le ministre Paul Martin.", encoding="utf-8")
    shutil.copy(SEED_TXT, folder / SEED_TXT.name)
    result = cli("eval", str(SEED_GOLD), "--input", str(folder / SEED_TXT.name), str(other), "--lang", "fr", "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["overlap"]["0.3"]["recall"] == 1.0
    assert report["predicted_claims"] == 13  # the other article is not in the gold file


def test_eval_rejects_paths_without_input_flag(cli, tmp_path):
    result = cli("eval", str(SEED_GOLD), "some.txt")
    assert result.exit_code == 2
    assert result.stderr == "error: unexpected argument 'some.txt': articles to score are given with --input PATH...\n"


def test_eval_reports_bad_gold_files(cli, tmp_path):
    missing = tmp_path / "nope.jsonl"
    result = cli("eval", str(missing))
    assert result.exit_code == 1
    assert result.stderr == f"error: {missing}: No such file or directory\n"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article": "x", "kind": "direct", "content": "a b c"}\nnot json\n', encoding="utf-8")
    result = cli("eval", str(bad))
    assert result.exit_code == 1
    assert result.stderr == f"error: {bad}:2: not a JSON object\n"


def test_eval_rejects_unknown_format(cli):
    result = cli("eval", str(SEED_GOLD), "--format", "xml")
    assert result.exit_code == 2
    assert result.stderr == "error: --format: 'xml' is not one of table, json\n"


def _articles_in_db(db_path):
    from claims.store.db import Database

    with Database(str(db_path)).reader() as rows:
        return rows.all("SELECT source_path, published, url, title FROM articles ORDER BY source_path")


def test_eval_input_folder_skips_gold_and_meta_files(cli, db_path, tmp_path):
    folder = tmp_path / "dev"
    folder.mkdir()
    shutil.copy(SEED_TXT, folder / SEED_TXT.name)
    shutil.copy(SEED_GOLD, folder / SEED_GOLD.name)
    shutil.copy(SEED_GOLD, folder / "gold.jsonl")
    (folder / "meta.jsonl").write_text('{"id": "other", "published": "2023-09-14"}\n', encoding="utf-8")
    result = cli("eval", str(folder / "gold.jsonl"), "--input", str(folder), "--lang", "fr", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "1 ingested, 0 already present, 0 failed\n"
    assert json.loads(result.stdout)["overlap"]["0.3"]["f1"] == 1.0
    assert [row["source_path"] for row in _articles_in_db(db_path)] == [str(folder / SEED_TXT.name)]


def test_eval_input_prefers_the_text_file_to_the_page_of_the_same_name(cli, db_path, tmp_path):
    folder = tmp_path / "dev"
    folder.mkdir()
    text = "« Nous sommes prêts », a déclaré le ministre Paul Martin."
    (folder / "a1.txt").write_text(text, encoding="utf-8")
    (folder / "a1.html").write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    (folder / "a2.html").write_text("<html><body><p>« Tout va bien », a dit Jeanne Roux.</p></body></html>",
                                    encoding="utf-8")
    gold = folder / "gold.jsonl"
    gold.write_text('{"article": "a1", "kind": "direct", "content": "Nous sommes prêts", "speaker": "Paul Martin"}\n',
                    encoding="utf-8")
    result = cli("eval", str(gold), "--input", str(folder), "--lang", "fr", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [row["source_path"] for row in _articles_in_db(db_path)] == [str(folder / "a1.txt"), str(folder / "a2.html")]
    assert json.loads(result.stdout)["predicted_claims"] == 1


def test_eval_input_takes_date_url_and_title_from_meta_jsonl(cli, db_path, tmp_path):
    folder = tmp_path / "dev"
    folder.mkdir()
    (folder / "n1.txt").write_text("Minister speaks\n\nThe minister said on Monday that the bridge would reopen in March.",
                                   encoding="utf-8")
    (folder / "n2.txt").write_text("Mayor speaks\n\nThe mayor said that the school would close.", encoding="utf-8")
    (folder / "meta.jsonl").write_text(
        '{"id": "n1", "url": "https://example.org/n1", "title": "Minister speaks", "published": "2019-01-09"}\n'
        "not json\n", encoding="utf-8")
    gold = folder / "gold.jsonl"
    gold.write_text(
        '{"article": "n1", "kind": "indirect", "content": "the bridge would reopen in March", '
        '"speaker": "the minister", "said_on": "2019-01-07"}\n', encoding="utf-8")
    result = cli("eval", str(gold), "--input", str(folder), "--lang", "en", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = _articles_in_db(db_path)
    assert [(r["published"], r["url"]) for r in rows] == [("2019-01-09", "https://example.org/n1"), (None, None)]
    report = json.loads(result.stdout)
    assert (report["said_on_correct"], report["said_on_matched"]) == (1, 1)
