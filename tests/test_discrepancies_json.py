"""`claims discrepancies --format json` built by SQLite is byte for byte `json.dumps` of the
export objects (claims.compare.json_sql), whatever the text holds."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import insert, update

from claims.compare.json_sql import claim_json
from claims.compare.results import GroupFilter, iter_discrepancies, iter_discrepancy_json
from claims.store import models
from claims.store.db import Database
from claims.store.records import claim_records
from compare_support import facts, store

HOSTILE = 'Il a dit « non » et "oui" \\ ; tab\there\nnew line \x01\x1f\x7f \u2028 😀 café'
PLAN = "Nous allons investir 52 milliards d'euros dans ce programme qui créera 30 000 emplois"
encode = json.JSONEncoder(ensure_ascii=False).encode


@pytest.fixture
def db(cli):
    db = Database(str(cli.db_path))
    dumont = {"speaker": 'Claire "la Dame" Dumont\\', "mention": HOSTILE, "role": "ministre\n« x »",
              "kind": "direct", "said_on": "2023-03-14"}
    jobs = facts(numbers=[(30000, None, "30 000")])
    store(
        db,
        ("AFP", "2023-03-15", [dict(dumont, content=PLAN, facts=jobs)], {"cited": ("AFP", "Reuters")}),
        ('Ouest "Matin"', None, [dict(dumont, content=PLAN.replace("30 000", "25 000") + HOSTILE,
                                      facts=facts(numbers=[(25000, None, "25 000")]))],
         {"title": HOSTILE}),
        ("Le Quotidien", "2023-03-15", [dict(dumont, content=PLAN, facts=jobs),
                                        {"content": "Sans orateur " + HOSTILE, "kind": "assertion"}]),
    )
    with db.writer() as conn:
        conn.execute(insert(models.Source).values(name="Photo \"AFP\"", key="photo afp"))
        source_id = conn.execute(models.Source.__table__.select().where(models.Source.key == "photo afp")).first().id
        conn.execute(insert(models.ArticleSource).values(article_id=1, source_id=source_id, role="photo_credit"))
        conn.execute(update(models.Article).where(models.Article.id == 3).values(url=None, source_path=HOSTILE))
    return db


def test_every_claim_is_its_export_object_byte_for_byte(db):
    with db.reader() as rows:
        ids = [r["id"] for r in rows.all("SELECT id FROM claims ORDER BY id")]
        records = claim_records(rows, ids)
        built = claim_json(rows, ids + [999])
    assert len(records) == 4 and any(r["speaker"] is None for r in records)
    assert records[0]["article"]["photo_credits"] == ['Photo "AFP"']
    assert built == {r["id"]: encode(r) for r in records}


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_report_lines_are_json_dumps_of_the_discrepancies(db, dialect):
    with db.reader() as rows:
        expected = [encode(d) for d in iter_discrepancies(rows, GroupFilter())]
        lines = list(iter_discrepancy_json(rows, GroupFilter(), page=1, dialect=dialect))
    assert [json.loads(line)["type"] for line in lines] == ["number_mismatch", "negation_mismatch"]
    assert HOSTILE in json.loads(lines[0])["claims"][1]["text"]
    assert lines == expected
