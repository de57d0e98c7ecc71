"""`claims ingest`: storing articles, idempotency, per-file errors, atomicity."""

from __future__ import annotations

import json

from conftest import ARTICLES, SEED


def _count(db, table: str) -> int:
    with db.reader() as rows:
        return rows.scalar(f"SELECT count(*) AS n FROM {table}")


def test_ingest_stores_article_claims_and_sources(cli, db_path):
    result = cli("ingest", SEED)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().endswith("1 ingested, 0 already present, 0 failed")
    from claims.store.db import Database

    db = Database(str(db_path))
    assert _count(db, "articles") == 1
    assert _count(db, "claims") >= 8
    with db.reader() as rows:
        links = rows.all(
            "SELECT s.name, l.role FROM article_sources l JOIN sources s ON s.id = l.source_id"
        )
    cited = sorted(r["name"] for r in links if r["role"] == "cited")
    credits = sorted(r["name"] for r in links if r["role"] == "photo_credit")
    assert cited == ["AFP", "Reuters"]
    assert credits == ["KCNA", "Reuters"]


def test_ingest_twice_counts_already_present(cli):
    assert cli("ingest", SEED).exit_code == 0
    result = cli("ingest", SEED)
    assert result.exit_code == 0
    assert result.stderr.strip() == "0 ingested, 1 already present, 0 failed"


def test_same_text_with_other_whitespace_is_already_present(cli, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(text.replace(" ", "  ") + "\n\n", encoding="utf-8")
    cli("ingest", SEED)
    result = cli("ingest", copy)
    assert result.stderr.strip() == "0 ingested, 1 already present, 0 failed"


def test_bad_file_beside_good_ones_is_reported_and_others_land(cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = cli("ingest", SEED, empty, ARTICLES / "fr-budget.txt")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert f"{empty}: empty file" in lines
    assert lines[-1] == "2 ingested, 0 already present, 1 failed"
    assert "Traceback" not in result.stderr


def test_missing_path_is_one_line(cli, tmp_path):
    missing = tmp_path / "nope.txt"
    result = cli("ingest", missing)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"{missing}: no such file or directory",
        "0 ingested, 0 already present, 1 failed",
    ]


def test_ingest_from_stdin_with_metadata(cli):
    text = ARTICLES.joinpath("en-kremlin-rifles.txt").read_text(encoding="utf-8")
    result = cli("ingest", "-", "--outlet", "Reuters", "--published", "2023-09-14", input=text)
    assert result.exit_code == 0, result.stderr
    articles = cli.json("articles")
    assert len(articles) == 1
    assert articles[0]["outlet"] == "Reuters"
    assert articles[0]["published"] == "2023-09-14"
    assert articles[0]["language"] == "en"
    assert articles[0]["source_path"] == "-"


def test_bad_published_option_is_a_usage_error(cli):
    result = cli("ingest", SEED, "--published", "14/09/2023")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --published: '14/09/2023' is not a date (use YYYY-MM-DD)"


def test_bad_lang_option_is_a_usage_error(cli):
    result = cli("ingest", SEED, "--lang", "de")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --lang: 'de' is not one of auto, fr, en"


def test_forced_language_is_stored(cli):
    cli("ingest", SEED, "--lang", "fr")
    assert cli.json("articles")[0]["language"] == "fr"


def test_jobs_give_the_same_claims_as_one_process(tmp_path):
    from claims.read import ArticleDefaults, iter_articles
    from claims.store.db import Database
    from claims.store.ingest import ingest
    from claims.store.records import iter_all_records

    def run(jobs: int):
        db = Database(str(tmp_path / f"j{jobs}.db"))
        paths = [str(SEED), str(ARTICLES)]
        report = ingest(db, iter_articles(paths, defaults=ArticleDefaults()), jobs=jobs)
        with db.reader() as rows:
            records = list(iter_all_records(rows))
        return report, [(r["text"], r["speaker"] and r["speaker"]["name"], r["article"]["path"]) for r in records]

    one, claims_one = run(1)
    two, claims_two = run(2)
    assert (one.ingested, one.failed) == (two.ingested, two.failed) == (3, 0)
    assert claims_one == claims_two


def test_ingest_collects_garbage_less_often_and_restores_the_thresholds(tmp_path):
    import gc

    from claims.read import ArticleDefaults, iter_articles
    from claims.store.db import Database
    from claims.store.ingest import GC_THRESHOLDS, ingest

    before = gc.get_threshold()
    during = []
    ingest(Database(str(tmp_path / "g.db")), iter_articles([str(SEED)], defaults=ArticleDefaults()),
           on_result=lambda outcome: during.append(gc.get_threshold()))
    assert during == [GC_THRESHOLDS] and GC_THRESHOLDS[0] > before[0]
    assert gc.get_threshold() == before


def test_an_article_that_cannot_be_stored_leaves_no_trace(tmp_path, monkeypatch):
    """Its claims are not kept without it; the other articles of the batch land."""
    from sqlalchemy.exc import IntegrityError

    from claims.read import ArticleDefaults, iter_articles
    from claims.store import ingest as ingest_module
    from claims.store.db import Database
    from claims.store.prepare import CLAIM_COLUMNS

    real = ingest_module._Writer._claim_rows

    def failing(self, sql, article_id, prepared):
        rows = real(self, sql, article_id, prepared)
        content = CLAIM_COLUMNS.replace('"', "").split(", ").index("content")
        if any("milliards" in row[content] for row in rows):
            raise IntegrityError("INSERT", {}, Exception("simulated failure"))
        return rows

    monkeypatch.setattr(ingest_module._Writer, "_claim_rows", failing)
    db = Database(str(tmp_path / "a.db"))
    report = ingest_module.ingest(db, iter_articles([str(SEED), str(ARTICLES)], defaults=ArticleDefaults()))
    assert report.ingested == 2 and report.failed == 1
    assert report.errors == [f"{ARTICLES / 'fr-budget.txt'}: cannot store: simulated failure"]
    with db.reader() as rows:
        assert rows.scalar("SELECT count(*) FROM articles") == 2
        orphans = rows.scalar(
            "SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)"
        )
        assert orphans == 0
        assert rows.scalar("SELECT count(*) FROM claims WHERE content LIKE '%milliards%'") == 0


def test_extra_agency_is_recognised(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "« Le port rouvrira en mai », a déclaré le ministre Jean Dupont mardi.\n\n(Agence Zorba)\n",
        encoding="utf-8",
    )
    result = cli("ingest", article, "--agency", "Agence Zorba")
    assert result.exit_code == 0, result.stderr
    record = json.loads(cli("export").stdout.splitlines()[0])
    assert record["article"]["cited_sources"] == ["Agence Zorba"]


def test_facts_are_stored_as_json_dumps_writes_them():
    """The fast facts encoder writes exactly what json.dumps writes for the same object."""
    from claims.extract.types import DateMention, ExtractedClaim, PartialDate, Quantity
    from claims.store.prepare import facts_json

    claims = [
        ExtractedClaim("direct", "x", 0, 1),
        ExtractedClaim(
            "indirect",
            "y",
            0,
            1,
            numbers=[
                Quantity(4.5, "%", "4,5 %", 0, 5),
                Quantity(3, None, "trois", 0, 5),
                Quantity(float("nan"), "€", "\"n\" \\ é\u2028", 0, 1),
                Quantity(float("-inf"), None, "", 0, 1),
                Quantity(1e21, "km²", "un trilliard", 0, 1),
            ],
            dates=[DateMention(PartialDate(None, 9, 14), "14 septembre", 0, 3)],
            entities=["Kim Jong-un", "L'Élysée", "Ünïcödé 😀", '<script>"'],
            negated=True,
        ),
    ]
    for claim in claims:
        expected = json.dumps(
            {
                "numbers": [{"value": q.value, "unit": q.unit, "text": q.text} for q in claim.numbers],
                "dates": [{"iso": d.date.iso(), "text": d.text} for d in claim.dates],
                "entities": list(claim.entities),
                "negated": bool(claim.negated),
            }
        )
        assert facts_json(claim) == expected


def test_grouping_gets_the_inserted_claims_as_a_read_back_would(tmp_path, monkeypatch):
    """Ingest hands grouping the claims it inserted instead of letting it read them back: the
    rows, their joined columns and their order are those of the read."""
    from pathlib import Path

    from claims.compare import grouping
    from claims.read import iter_articles
    from claims.store import ingest as ingest_module
    from claims.store.db import Database

    examples = Path(__file__).resolve().parent.parent / "examples"
    compared = []
    real = grouping.Grouper.update

    def update(self, conn, article_ids, inserted=None):
        read = grouping._claims_where_in(conn, "article_id", set(article_ids))
        assert grouping.as_selected(conn, *inserted) == read
        compared.append(len(read))
        return real(self, conn, article_ids, inserted)

    monkeypatch.setattr(grouping.Grouper, "update", update)
    db = Database(str(tmp_path / "a.db"))
    report = ingest_module.ingest(db, iter_articles([str(examples), str(ARTICLES)]), batch_size=3)
    assert len(compared) > 1 and sum(compared) == report.claims > 0
    with db.reader() as rows:
        assert rows.scalar("SELECT count(DISTINCT language) AS n FROM claims") > 1


def test_batches_end_by_count_not_by_time_so_the_same_input_groups_the_same(monkeypatch, tmp_path):
    """A slow machine must not cut batches elsewhere than a fast one: grouping reads a batch at
    a time, so time-cut batches gave a different number of groups from one run to the next."""
    from pathlib import Path

    import claims.store.ingest as ingest_module
    from claims.compare import grouping
    from claims.read import iter_articles
    from claims.store.db import Database

    clock = iter(range(0, 10**9, 1000))  # every reading of the clock: a thousand seconds later
    monkeypatch.setattr(ingest_module.time, "monotonic", lambda: next(clock))
    sizes = []
    real = grouping.Grouper.update

    def update(self, conn, article_ids, inserted=None):
        sizes.append(len(article_ids))
        return real(self, conn, article_ids, inserted)

    monkeypatch.setattr(grouping.Grouper, "update", update)
    examples = Path(__file__).resolve().parent.parent / "examples"
    db = Database(str(tmp_path / "a.db"))
    report = ingest_module.ingest(db, iter_articles([str(examples), str(ARTICLES)]), batch_size=4)
    assert report.ingested == 7
    assert sizes == [4, 3]
    sizes.clear()
    db = Database(str(tmp_path / "b.db"))
    ingest_module.ingest(db, iter_articles([str(examples), str(ARTICLES)]), batch_size=4, batch_seconds=1.0)
    assert sizes and max(sizes) == 1  # a live stream's batch still ends after BATCH_SECONDS
