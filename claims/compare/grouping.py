"""Statement groups, maintained incrementally inside ingest's write transaction.

`update_groups(conn, article_ids)` puts the claims of newly stored articles into
existing or new groups and recomputes the discrepancies of the groups it touched.

Blocking keeps the work about linear in the corpus: a new claim is only compared
with stored claims of groups led by the same or a compatible speaker within
`WINDOW_DAYS` of the claim (SQL on `ix_statement_groups_speaker_said_on`, one
window per speaker and day, merged), and with the claims of its article's story;
among those only with claims sharing at least two of its rarest words or anchors
(an in-memory inverted index per batch, or per part of a batch when the stored days are dense;
`claims.compare.candidates`). Identical versions in a group are indexed
once, and every candidate set is capped, so a pathological corpus (one sentence
repeated by everyone every day) cannot blow up the time.

`Grouper` does the same for the batches of one ingest run, remembering the members of
the groups it has read or filled so that a later batch does not read them again.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from claims.compare.candidates import WINDOW_DAYS, _best_group, _Index
from claims.compare.normalise import capitalised_words, fold
from claims.compare.queries import CLAIMS_SELECT, as_selected, in_list
from claims.compare.refresh import cited_sources, refresh_discrepancies, views_of
from claims.compare.sqlio import execute, insert_rows, rows, set_by_id
from claims.store.sql import chunks
from claims.compare.views import ClaimView

__all__ = ["Grouper", "update_groups", "refresh_discrepancies", "cited_sources"]

# An undated claim is compared with its speaker's most recent groups only.
UNDATED_GROUPS = 200
# At most this many groups per speaker window are loaded.
WINDOW_GROUPS = 2000
# At most this many stored articles of one story are loaded for a new article (a story
# holds 9 articles on average at 40k bench articles, median 3).
STORY_ARTICLES = 8
# A Grouper remembers at most this many claims by group, and as many by article.
REMEMBERED_CLAIMS = 8_000
# A batch is grouped in parts whose index holds about this many stored claims at most.
MAX_INDEXED_VIEWS = 30_000


def _select_claims(conn, where: str, **params) -> list[dict]:
    return rows(conn, f"{CLAIMS_SELECT} WHERE {where}", **params)


def _claim_chunks(conn, column: str, ids) -> Iterator[list[dict]]:
    """Claims whose COLUMN (article_id, group_id) is one of IDS, one list per query of a chunk of ids."""
    for chunk in chunks(sorted(ids)):
        clause, params = in_list("i", chunk)
        yield _select_claims(conn, f"c.{column} IN {clause}", **params)


def _claims_where_in(conn, column: str, ids) -> list[dict]:
    return [row for found in _claim_chunks(conn, column, ids) for row in found]


def _windows(days: list[date]) -> list[tuple[date, date]]:
    """Days ± WINDOW_DAYS, overlapping windows merged."""
    merged: list[list[date]] = []
    for day in sorted(set(days)):
        lo, hi = day - timedelta(days=WINDOW_DAYS), day + timedelta(days=WINDOW_DAYS)
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    return [(lo, hi) for lo, hi in merged]


def _speaker_window_groups(conn, new: list[ClaimView]) -> set[int]:
    """Stored groups led by the same or a compatible speaker, near in time."""
    days: dict[int, list[date]] = defaultdict(list)
    undated: set[int] = set()
    org_ids = _organisations_named_in_roles(conn, new)
    # A speaker an article describes ("police") leads no group stored before its article.
    described = _described(conn, {view.speaker_id for view in new if view.speaker_id is not None})
    for view in new:
        if view.speaker_id is None or view.speaker_id in described:
            continue
        day = view.day
        for speaker in {view.speaker_id, *org_ids.get(view.id, ())}:
            if day is None:
                undated.add(speaker)
            else:
                days[speaker].append(day)
    group_ids: set[int] = set()
    for speaker, speaker_days in days.items():
        for lo, hi in _windows(speaker_days):
            group_ids |= {
                r["id"]
                for r in rows(
                    conn,
                    "SELECT id FROM statement_groups WHERE speaker_id = :s AND said_on >= :lo"
                    " AND said_on <= :hi ORDER BY said_on DESC LIMIT :n",
                    s=speaker, lo=lo.isoformat(), hi=hi.isoformat(), n=WINDOW_GROUPS,
                )
            }
    for speaker in undated:
        group_ids |= {
            r["id"]
            for r in rows(
                conn,
                "SELECT id FROM statement_groups WHERE speaker_id = :s ORDER BY id DESC LIMIT :n",
                s=speaker, n=UNDATED_GROUPS,
            )
        }
    return group_ids


def _described(conn, speaker_ids: set[int]) -> set[int]:
    """The speakers among SPEAKER_IDS that one article describes (`speakers.article_id`)."""
    found: set[int] = set()
    for chunk in chunks(sorted(speaker_ids)):
        clause, params = in_list("s", chunk)
        found.update(r["id"] for r in rows(
            conn, f"SELECT id FROM speakers WHERE id IN {clause} AND article_id IS NOT NULL", **params))
    return found


def _organisations_named_in_roles(conn, new: list[ClaimView]) -> dict[int, set[int]]:
    """Organisation speakers a claim's role names ("porte-parole du Kremlin" → Kremlin)."""
    from claims.compare.facts import entity_key

    wanted: dict[str, set[int]] = defaultdict(set)
    for view in new:
        for word in _role_words(view.role, view.mention):
            wanted[entity_key(word)].add(view.id)
    found: dict[int, set[int]] = defaultdict(set)
    for chunk in chunks(wanted):
        clause, params = in_list("k", chunk)
        for r in rows(
            conn,
            f"SELECT id, key FROM speakers WHERE kind = 'organisation' AND article_id IS NULL AND key IN {clause}",
            **params,
        ):
            for claim_id in wanted[r["key"]]:
                found[claim_id].add(r["id"])
    return found


@lru_cache(maxsize=16384)
def _role_words(role: str | None, mention: str | None) -> tuple[str, ...]:
    return tuple(capitalised_words(" ".join(x for x in (role, mention) if x)))


def _story_articles_of(index: "_Index", article_id: int, loaded: set[int], batch: set[int]) -> set[int]:
    """Stored articles that share a statement with `article_id` (its story), not loaded yet.

    At most STORY_ARTICLES: those sharing the most statements first, a statement counting
    less the more articles carry it (a sentence every outlet repeats says little about the story).
    """
    weights: dict[int, float] = defaultdict(float)
    for view in index.by_article.get(article_id, ()):
        if view.group_id is not None:
            articles = index.spans[view.group_id].articles
            for other in articles:
                weights[other] += 1 / len(articles)
    ranked = sorted((a for a in weights if a not in loaded and a not in batch), key=lambda a: (-weights[a], -a))
    articles = set(ranked[:STORY_ARTICLES])
    loaded |= articles
    return articles


def _now() -> str:
    return datetime.now(timezone.utc).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


class _NewGroups:
    """Groups created during one update, inserted together (ids taken after the current max)."""

    def __init__(self, conn):
        self.next_id = (rows(conn, "SELECT MAX(id) AS m FROM statement_groups")[0]["m"] or 0) + 1
        self.rows: list[tuple] = []  # (id, speaker_id, said_on, updated_at)

    def add(self, view: ClaimView, stamp: str) -> int:
        said_on = view.said_on if view.said_on and view.said_on[:1].isdigit() else view.published
        group_id = self.next_id
        self.next_id += 1
        self.rows.append((group_id, view.speaker_id, said_on, stamp))
        return group_id

    @property
    def ids(self) -> set[int]:
        return {row[0] for row in self.rows}

    def insert(self, conn) -> None:
        insert_rows(conn, "INSERT INTO statement_groups (id, speaker_id, said_on, updated_at) VALUES", self.rows)


class _Remembered:
    """Lists of views by key, at most `limit` views in all (least recently used lists dropped first)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.lists: OrderedDict[int, list[ClaimView]] = OrderedDict()
        self.size = 0

    def get(self, key: int) -> list[ClaimView] | None:
        views = self.lists.get(key)
        if views is not None:
            self.lists.move_to_end(key)
        return views

    def put(self, key: int, views: list[ClaimView]) -> None:
        self.lists[key] = views
        self.size += len(views)
        while self.size > self.limit and len(self.lists) > 1:
            _, dropped = self.lists.popitem(last=False)
            self.size -= len(dropped)

    def append(self, key: int, view: ClaimView) -> None:
        if key in self.lists:
            self.lists[key].append(view)
            self.size += 1

    def clear(self) -> None:
        self.lists.clear()
        self.size = 0


class Grouper:
    """Statement grouping for the batches of one ingest run (`update(conn, article_ids)`).

    Remembers the stored claims of the groups and articles it has read or filled, so that a
    later batch takes them from memory instead of SQL; the result is the same as
    `update_groups`. At most `limit` claims by group and `limit` by article are kept (least
    recently used first dropped). Everything is forgotten by `forget()` (the transaction was
    rolled back) and whenever another writer changed claims, groups or speakers since this
    grouper's last batch.
    """

    def __init__(self, limit: int = REMEMBERED_CLAIMS):
        self._groups = _Remembered(limit)
        self._articles = _Remembered(limit)
        # (max claim id, max group id, merged speakers) when this grouper's last batch ended
        self._state: tuple | None = None

    def forget(self) -> None:
        self._groups.clear()
        self._articles.clear()
        self._state = None

    def update(self, conn, article_ids: list[int],
               inserted: tuple[tuple[str, ...], list[tuple]] | None = None) -> None:
        """`inserted`: the claims rows of `article_ids` as the caller inserted them, (columns,
        rows of values; `id` included), which are then not read back."""
        _update(conn, article_ids, self, inserted)

    def _notice_other_writers(self, conn, batch_claims: int) -> None:
        """Forget everything unless the only change since the last batch is this batch's claims."""
        if self._state is None:
            return
        last_claim, last_group, merged = self._state
        now = rows(
            conn,
            "SELECT (SELECT COUNT(*) FROM claims WHERE id > :c) AS claims,"
            " (SELECT MAX(id) FROM statement_groups) AS grp,"
            " (SELECT COUNT(*) FROM speakers WHERE merged_into_id IS NOT NULL) AS merged",
            c=last_claim,
        )[0]
        if (now["claims"], now["grp"], now["merged"]) != (batch_claims, last_group, merged):
            self.forget()

    def _note_state(self, conn) -> None:
        now = rows(
            conn,
            "SELECT (SELECT MAX(id) FROM claims) AS claims, (SELECT MAX(id) FROM statement_groups) AS grp,"
            " (SELECT COUNT(*) FROM speakers WHERE merged_into_id IS NOT NULL) AS merged",
        )[0]
        self._state = (now["claims"] or 0, now["grp"], now["merged"])

    def members(self, conn, group_ids: set[int]) -> list[ClaimView]:
        """The stored claims of `group_ids`, ordered by group and claim id."""
        return self._read(conn, self._groups, "group_id", group_ids, lambda v: v.group_id)

    def claims_of_articles(self, conn, article_ids: set[int], known: dict[int, ClaimView]) -> list[ClaimView]:
        """The stored claims of `article_ids`, ordered by article and position in the article
        (`known`: views already built, by claim id)."""
        return self._read(conn, self._articles, "article_id", article_ids, lambda v: v.article_id, known)

    def _read(self, conn, remembered: _Remembered, column: str, keys: set[int], key_of,
              known: dict[int, ClaimView] | None = None) -> list[ClaimView]:
        found: dict[int, list[ClaimView]] = {}
        missing = []
        for key in keys:
            views = remembered.get(key)
            if views is None:
                missing.append(key)
            else:
                found[key] = views
        if missing:
            read: dict[int, list[ClaimView]] = {k: [] for k in missing}
            known = known or {}
            # A chunk of rows at a time (dense days make thousands of them), each ordered by
            # (column, position in the index): by claim id or by start.
            for claim_rows in _claim_chunks(conn, column, missing):
                built = iter(views_of(conn, [r for r in claim_rows if r["id"] not in known]))
                for r in claim_rows:
                    view = known.get(r["id"]) or next(built)
                    read[key_of(view)].append(view)
            for key, views in read.items():
                found[key] = views
                remembered.put(key, views)
        return [view for key in sorted(found) for view in found[key]]

    def _grouped(self, new: list[ClaimView], created: set[int]) -> None:
        """`new` (in the order read: by article and position) now belong to their groups;
        groups created by this batch are complete."""
        by_article: dict[int, list[ClaimView]] = defaultdict(list)
        for view in new:
            by_article[view.article_id].append(view)
        for article_id, views in by_article.items():
            self._articles.put(article_id, views)
        for view in sorted(new, key=lambda v: v.id):
            if view.group_id in created and view.group_id not in self._groups.lists:
                self._groups.put(view.group_id, [view])
            else:
                self._groups.append(view.group_id, view)


def update_groups(conn, article_ids: list[int]) -> None:
    """Group the claims of `article_ids` and refresh the discrepancies of the groups touched.

    Per article: first the claims whose speaker (or a compatible organisation) already has
    groups near that date; then the article's story — stored articles sharing one of those
    statements — is loaded, and the remaining claims (other speakers, assertions) are matched
    against it; what is still unmatched starts a new group.
    """
    _update(conn, article_ids, Grouper())


def _update(conn, article_ids: list[int], grouper: Grouper, inserted=None) -> None:
    batch = set(article_ids)
    if not batch:
        return
    stamp = _now()
    batch_rows = _claims_where_in(conn, "article_id", batch) if inserted is None else as_selected(conn, *inserted)
    grouper._notice_other_writers(conn, len(batch_rows))
    by_article: dict[int, list[ClaimView]] = defaultdict(list)
    for view in views_of(conn, batch_rows):
        if view.group_id is None:
            by_article[view.article_id].append(view)
    remaining = sorted(batch)
    while remaining:
        remaining = _update_part(conn, remaining, by_article, grouper, stamp)
    grouper._note_state(conn)


def _update_part(conn, remaining: list[int], by_article: dict[int, list[ClaimView]],
                 grouper: Grouper, stamp: str) -> list[int]:
    """Group the new claims of the first articles of `remaining` and store the result; return
    the articles left for another part.

    A part stops taking articles once its index holds `MAX_INDEXED_VIEWS` stored claims, and
    starts with fewer articles when their speakers' groups alone hold more: memory stays
    bounded however dense the stored days are. The next part reads this one's groups from SQL.
    """
    article_ids = remaining
    window_groups = _speaker_window_groups(conn, [v for a in article_ids for v in by_article[a]])
    while len(article_ids) > 1 and _member_count(conn, window_groups) > MAX_INDEXED_VIEWS:
        article_ids = article_ids[: len(article_ids) // 2]
        window_groups = _speaker_window_groups(conn, [v for a in article_ids for v in by_article[a]])
    part = set(article_ids)
    index = _Index()
    # The part's claims are in no group yet, so no member is from the part.
    for view in grouper.members(conn, window_groups):
        index.add(view)
    loaded: set[int] = set()  # stored articles whose claims are all in the index
    created = _NewGroups(conn)
    touched: set[int] = set()
    new: list[ClaimView] = []
    done = 0
    for article_id in article_ids:
        if done and len(index.views) > MAX_INDEXED_VIEWS:
            break
        done += 1
        claims = sorted(by_article[article_id], key=lambda v: v.id)
        new += claims
        pending = []
        for view in claims:
            group_id = _best_group(view, index) if view.speaker_id is not None else None
            if group_id is None:
                pending.append(view)
            else:
                _assign(view, group_id, index)
        # Claims searched above only need to look at the story's versions, indexed from here on.
        story_start = len(index.added)
        if pending:
            for view in grouper.claims_of_articles(
                    conn, _story_articles_of(index, article_id, loaded, part), index.views):
                index.add(view)
        for view in pending:
            group_id = _best_group(view, index, story_start if view.speaker_id is not None else 0)
            _assign(view, group_id if group_id is not None else created.add(view, stamp), index)
        touched |= {view.group_id for view in claims}
    created.insert(conn)
    set_by_id(conn, "claims", "group_id", [(view.id, view.group_id) for view in new])
    touched |= _groups_citing_new_sources(conn, set(article_ids[:done]))
    old = touched - created.ids
    for chunk in chunks(sorted(old)):
        clause, params = in_list("g", chunk)
        execute(conn, f"UPDATE statement_groups SET updated_at = :t WHERE id IN {clause}",
                {"t": stamp, **params})
    refresh_discrepancies(conn, touched, index.views)
    grouper._grouped(new, created.ids)
    return remaining[done:]


def _member_count(conn, group_ids: set[int]) -> int:
    total = 0
    for chunk in chunks(sorted(group_ids)):
        clause, params = in_list("g", chunk)
        total += rows(conn, f"SELECT count(*) AS n FROM claims WHERE group_id IN {clause}", **params)[0]["n"]
    return total


def _assign(view: ClaimView, group_id: int, index: _Index) -> None:
    view.group_id = group_id
    index.add(view)


def _groups_citing_new_sources(conn, batch: set[int]) -> set[int]:
    """Groups of articles that cite the outlet of a new article and share a story with it."""
    touched: set[int] = set()
    for chunk in chunks(sorted(batch)):
        clause, params = in_list("a", chunk)
        # Only outlets that are also credited sources (an agency's own articles) matter.
        outlets = rows(
            conn,
            "SELECT a.id, o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id"
            f" JOIN sources s ON s.key = o.key WHERE a.id IN {clause}",
            **params,
        )
        for row in outlets:
            citing = _story_articles(conn, row["id"]) - batch
            if not citing:
                continue
            sources = cited_sources(conn, citing)
            key = fold(row["name"])
            hits = [a for a in citing if key in {fold(s) for s in sources.get(a, ())}]
            for a_chunk in chunks(hits):
                a_clause, a_params = in_list("x", a_chunk)
                touched |= {
                    r["group_id"]
                    for r in rows(
                        conn,
                        f"SELECT DISTINCT group_id FROM claims WHERE article_id IN {a_clause}"
                        " AND group_id IS NOT NULL",
                        **a_params,
                    )
                }
    return touched


def _story_articles(conn, article_id: int) -> set[int]:
    """Articles sharing at least one statement group with `article_id`."""
    found = rows(
        conn,
        "SELECT DISTINCT o.article_id FROM claims c JOIN claims o ON o.group_id = c.group_id"
        " WHERE c.article_id = :a AND o.article_id != :a",
        a=article_id,
    )
    return {r["article_id"] for r in found}
