"""Grouping across the batches of one ingest run: same groups as batch-by-batch grouping,
and nothing stale after another writer or a rolled-back batch."""

from __future__ import annotations

import pytest
from compare_support import add_article, store

from claims.compare.grouping import Grouper, update_groups
from claims.store.db import Database

# B shares 8 of A's 10 words; C shares 6 of B's 10 words but only 4 of A's:
# C is a version of B's statement, not of A's wording.
A = "alpha bravo charlie delta echo foxtrot golfer hotel india juliet"
B = "alpha bravo charlie delta echo foxtrot golfer hotel kilo lima"
C = "echo foxtrot golfer hotel kilo lima mike november oscar papa"
UNRELATED = "zulu yankee xray whiskey victor uniform tango sierra romeo quebec"


def peskov(content):
    return {"content": content, "speaker": "Dmitri Peskov", "mention": "M. Peskov", "kind": "direct"}


def _partition(db) -> list[list[int]]:
    with db.reader() as rows:
        found = rows.all("SELECT id, group_id FROM claims ORDER BY id")
    groups: dict[int, list[int]] = {}
    for r in found:
        groups.setdefault(r["group_id"], []).append(r["id"])
    return sorted(groups.values())


def _grouped_batch(db, grouper: Grouper, *articles) -> None:
    with db.writer() as conn:
        ids = [add_article(conn, *a) for a in articles]
        grouper.update(conn, ids)


def test_c_alone_is_not_a_version_of_a(db):
    store(db, ("AFP", "2024-03-10", [peskov(A)]))
    store(db, ("Le Matin", "2024-03-10", [peskov(C)]))
    assert _partition(db) == [[1], [2]]


def test_a_grouper_gives_the_groups_of_batch_by_batch_grouping(tmp_path):
    batches = [
        [("AFP", "2024-03-10", [peskov(A)]), ("Reuters", "2024-03-10", [peskov(B)])],
        [("Le Matin", "2024-03-11", [peskov(C)]), ("La Gazette", "2024-03-11", [peskov(A)])],
        [("Le Soir", "2024-03-12", [peskov(B)]), ("AFP", "2024-03-20", [peskov(A)])],
    ]
    with_grouper, one_off = Database(str(tmp_path / "a.db")), Database(str(tmp_path / "b.db"))
    grouper = Grouper()
    for batch in batches:
        _grouped_batch(with_grouper, grouper, *batch)
        store(one_off, *batch)
    assert _partition(with_grouper) == _partition(one_off)
    assert _partition(with_grouper) == [[1, 2, 3, 4, 5], [6]]


def test_a_member_added_by_another_writer_is_seen(db):
    grouper = Grouper()
    _grouped_batch(db, grouper, ("AFP", "2024-03-10", [peskov(A)]))
    store(db, ("Reuters", "2024-03-10", [peskov(B)]))  # another process: B joins A's group
    _grouped_batch(db, grouper, ("Le Matin", "2024-03-10", [peskov(C)]))
    assert _partition(db) == [[1, 2, 3]]


def test_nothing_of_a_rolled_back_batch_is_remembered(db):
    grouper = Grouper()
    _grouped_batch(db, grouper, ("AFP", "2024-03-10", [peskov(A)]))
    with pytest.raises(RuntimeError):
        with db.writer() as conn:
            ids = [add_article(conn, "Reuters", "2024-03-10", [peskov(B)])]
            grouper.update(conn, ids)
            raise RuntimeError("the commit failed")
    grouper.forget()
    # The ids of the rolled-back article and claim are taken again, by an unrelated statement.
    _grouped_batch(db, grouper, ("Le Soir", "2024-03-10", [peskov(UNRELATED)]),
                   ("Le Matin", "2024-03-10", [peskov(C)]))
    assert _partition(db) == [[1], [2], [3]]


def test_a_grouper_remembering_one_group_gives_the_same_groups(tmp_path):
    batches = [
        [(f"Outlet {i}", "2024-03-10", [peskov(first)]), (f"Other {i}", "2024-03-10", [peskov(second)])]
        for i, (first, second) in enumerate([(A, UNRELATED), (B, UNRELATED), (C, UNRELATED)])
    ]
    small, large = Database(str(tmp_path / "a.db")), Database(str(tmp_path / "b.db"))
    small_grouper, large_grouper = Grouper(limit=1), Grouper()
    for batch in batches:
        _grouped_batch(small, small_grouper, *batch)
        _grouped_batch(large, large_grouper, *batch)
    assert _partition(small) == _partition(large) == [[1, 3, 5], [2, 4, 6]]
    assert len(small_grouper._groups.lists) == 1 and len(large_grouper._groups.lists) == 2


def test_update_groups_is_a_one_batch_grouper(db):
    with db.writer() as conn:
        ids = [add_article(conn, "AFP", "2024-03-10", [peskov(A)]),
               add_article(conn, "Reuters", "2024-03-10", [peskov(B)])]
        update_groups(conn, ids)
    assert _partition(db) == [[1, 2]]


def test_a_long_story_loads_the_articles_sharing_the_most_specific_statements(monkeypatch):
    import claims.compare.grouping as grouping
    from claims.compare.candidates import _Index
    from claims.compare.views import ClaimView

    index = _Index()
    ids = iter(range(1, 1000))

    def member(article_id, group_id):
        index.add(ClaimView(id=next(ids), article_id=article_id, kind="direct", content="x", group_id=group_id,
                             vocabulary=frozenset({"x"})))

    # Article 100 shares two statements with article 1, one with article 2 (each carried by
    # these two articles only), and a sentence that articles 3 to 20 repeat too.
    for group_id, articles in ((1, (100, 1)), (2, (100, 1)), (3, (100, 2)), (4, (100, *range(3, 21)))):
        for article_id in articles:
            member(article_id, group_id)
    monkeypatch.setattr(grouping, "STORY_ARTICLES", 2)
    loaded: set[int] = set()
    assert grouping._story_articles_of(index, 100, loaded, {100}) == {1, 2}
    assert loaded == {1, 2}
    # Already loaded or in the batch: never loaded again.
    assert grouping._story_articles_of(index, 100, loaded, {100, 3}) == {20, 19}


def _parts_spy(monkeypatch) -> list[int]:
    """Sizes of the parts `_update_part` is called with (articles left when it starts)."""
    import claims.compare.grouping as grouping

    calls: list[int] = []
    original = grouping._update_part

    def spy(conn, remaining, *args):
        calls.append(len(remaining))
        return original(conn, remaining, *args)

    monkeypatch.setattr(grouping, "_update_part", spy)
    return calls


def test_a_batch_grouped_in_parts_gives_the_groups_of_one_part(tmp_path, monkeypatch):
    import claims.compare.grouping as grouping

    articles = [("AFP", "2024-03-10", [peskov(A)]), ("Reuters", "2024-03-10", [peskov(B)]),
                ("Le Matin", "2024-03-11", [peskov(C), peskov(UNRELATED)]),
                ("La Gazette", "2024-03-11", [peskov(A)]), ("Le Soir", "2024-03-12", [peskov(B)]),
                ("AFP", "2024-03-20", [peskov(A)])]
    whole, parts = Database(str(tmp_path / "a.db")), Database(str(tmp_path / "b.db"))
    calls = _parts_spy(monkeypatch)
    _grouped_batch(whole, Grouper(), *articles)
    assert calls == [6]
    calls.clear()
    monkeypatch.setattr(grouping, "MAX_INDEXED_VIEWS", 1)
    _grouped_batch(parts, Grouper(), *articles)
    assert len(calls) > 2
    assert _partition(parts) == _partition(whole) == [[1, 2, 3, 5, 6], [4], [7]]


def test_a_part_starts_with_fewer_articles_when_their_speakers_groups_are_large(db, monkeypatch):
    import claims.compare.grouping as grouping

    grouper = Grouper()
    _grouped_batch(db, grouper, ("AFP", "2024-03-10", [peskov(A), peskov(UNRELATED)]))
    calls = _parts_spy(monkeypatch)
    monkeypatch.setattr(grouping, "MAX_INDEXED_VIEWS", 1)
    _grouped_batch(db, grouper, ("Reuters", "2024-03-10", [peskov(B)]), ("Le Matin", "2024-03-10", [peskov(C)]),
                   ("Le Soir", "2024-03-10", [peskov(A)]))
    # Two stored claims in Peskov's window: one article per part.
    assert calls == [3, 2, 1]
    assert _partition(db) == [[1, 3, 4, 5], [2]]
