"""Statement groups, maintained incrementally inside ingest's write transaction.

`update_groups(conn, article_ids)` puts the claims of newly stored articles into
existing or new groups and recomputes the discrepancies of the groups it touched.

Blocking keeps the work about linear in the corpus: a new claim is only compared
with claims of articles published within `WINDOW_DAYS` of its article (undated
articles: claims by the same or a compatible speaker, and other undated articles),
and among those only with claims sharing at least two words or anchors (an
in-memory inverted index per batch).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from claims.compare.detectors import detect_in_group, detect_unsupported
from claims.compare.normalise import capitalised_words, fold
from claims.compare.queries import CLAIMS_SELECT, in_list
from claims.compare.similarity import match_score
from claims.compare.views import ClaimView, make_view

WINDOW_DAYS = 3
MIN_SHARED_KEYS = 2
# Blocking looks at a claim's rarest words and anchors only.
RARE_KEYS = 8
# An undated claim is compared with its speaker's most recent groups only.
UNDATED_GROUPS = 200
# At most this many stored articles of one story are loaded for a new article.
STORY_ARTICLES = 300
CHUNK = 400


def _rows(conn, sql: str, **params) -> list[dict]:
    from sqlalchemy import text

    return [dict(r._mapping) for r in conn.execute(text(sql), params)]


def _chunks(values, size=CHUNK):
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _select_claims(conn, where: str, **params) -> list[dict]:
    return _rows(conn, f"{CLAIMS_SELECT} WHERE {where}", **params)


def _claims_of_articles(conn, article_ids) -> list[dict]:
    rows = []
    for chunk in _chunks(article_ids):
        clause, params = in_list("a", chunk)
        rows += _select_claims(conn, f"c.article_id IN {clause}", **params)
    return rows


def cited_sources(conn, article_ids) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(article_ids):
        clause, params = in_list("a", chunk)
        for r in _rows(
            conn,
            "SELECT x.article_id, s.name FROM article_sources x JOIN sources s ON s.id = x.source_id"
            f" WHERE x.role = 'cited' AND x.article_id IN {clause} ORDER BY s.name",
            **params,
        ):
            out[r["article_id"]].append(r["name"])
    return out


def _views(conn, rows: list[dict]) -> list[ClaimView]:
    sources = cited_sources(conn, {r["article_id"] for r in rows})
    return [make_view(r, sources.get(r["article_id"], ())) for r in rows]


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _claim_day(view: ClaimView) -> date | None:
    said = view.said_on if view.said_on and view.said_on[:1].isdigit() else None
    return _parse_day(said if said and len(said) == 10 else None) or _parse_day(view.published)


def _speaker_window_rows(conn, new: list[ClaimView], batch: set[int]) -> list[dict]:
    """Stored claims of groups led by the same or a compatible speaker, near in time."""
    windows: dict[int, list[date]] = defaultdict(list)
    undated: set[int] = set()
    org_ids = _organisations_named_in_roles(conn, new)
    for view in new:
        if view.speaker_id is None:
            continue
        day = _claim_day(view)
        for speaker in {view.speaker_id, *org_ids.get(view.id, ())}:
            if day is None:
                undated.add(speaker)
            else:
                windows[speaker].append(day)
    group_ids: set[int] = set()
    for speaker, days in windows.items():
        lo = (min(days) - timedelta(days=WINDOW_DAYS)).isoformat()
        hi = (max(days) + timedelta(days=WINDOW_DAYS)).isoformat()
        group_ids |= {
            r["id"]
            for r in _rows(
                conn,
                "SELECT id FROM statement_groups WHERE speaker_id = :s AND said_on >= :lo"
                " AND said_on <= :hi",
                s=speaker, lo=lo, hi=hi,
            )
        }
    for speaker in undated:
        group_ids |= {
            r["id"]
            for r in _rows(
                conn,
                "SELECT id FROM statement_groups WHERE speaker_id = :s ORDER BY id DESC LIMIT :n",
                s=speaker, n=UNDATED_GROUPS,
            )
        }
    return [r for r in _claims_of_groups(conn, group_ids) if r["article_id"] not in batch]


def _organisations_named_in_roles(conn, new: list[ClaimView]) -> dict[int, set[int]]:
    """Organisation speakers a claim's role names ("porte-parole du Kremlin" → Kremlin)."""
    from claims.compare.facts import entity_key

    wanted: dict[str, set[int]] = defaultdict(set)
    for view in new:
        for word in capitalised_words(" ".join(x for x in (view.role, view.mention) if x)):
            wanted[entity_key(word)].add(view.id)
    found: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks(wanted):
        clause, params = in_list("k", chunk)
        for r in _rows(
            conn,
            f"SELECT id, key FROM speakers WHERE kind = 'organisation' AND key IN {clause}",
            **params,
        ):
            for claim_id in wanted[r["key"]]:
                found[claim_id].add(r["id"])
    return found


def _claims_of_groups(conn, group_ids) -> list[dict]:
    rows = []
    for chunk in _chunks(group_ids):
        clause, params = in_list("g", chunk)
        rows += _select_claims(conn, f"c.group_id IN {clause}", **params)
    return rows


def _story_rows(conn, index: "_Index", article_id: int, loaded: set[int], batch: set[int]) -> list[dict]:
    """Claims of stored articles that share a statement with `article_id` (its story)."""
    articles: set[int] = set()
    for view in index.by_article.get(article_id, ()):
        if view.group_id is not None:
            articles |= {m.article_id for m in index.members.get(view.group_id, ())}
    articles -= loaded | batch
    articles = set(sorted(articles)[-STORY_ARTICLES:])
    loaded |= articles
    return _claims_of_articles(conn, articles) if articles else []


class _Index:
    """Claims by shared word or anchor, and each group's members."""

    def __init__(self):
        self.by_key: dict = defaultdict(list)
        self.members: dict[int, list[ClaimView]] = defaultdict(list)
        self.by_article: dict[int, list[ClaimView]] = defaultdict(list)
        self.views: dict[int, ClaimView] = {}

    def add(self, view: ClaimView) -> None:
        if view.id in self.views:
            return
        self.views[view.id] = view
        for key in view.keys:
            self.by_key[key].append(view)
        self.members[view.group_id].append(view)
        self.by_article[view.article_id].append(view)

    def candidates(self, view: ClaimView) -> list[ClaimView]:
        """Claims sharing at least two of the view's rarest keys."""
        postings = sorted((self.by_key[k] for k in view.keys if k in self.by_key), key=len)
        counts: dict[int, int] = defaultdict(int)
        seen: dict[int, ClaimView] = {}
        for posting in postings[:RARE_KEYS]:
            for other in posting:
                counts[other.id] += 1
                seen[other.id] = other
        return [seen[i] for i, n in counts.items() if n >= MIN_SHARED_KEYS]


def _best_group(view: ClaimView, index: _Index) -> int | None:
    best: tuple[float, int] | None = None
    day = _claim_day(view)
    for other in index.candidates(view):
        score = match_score(view, other)
        if score is None:
            continue
        members = index.members[other.group_id]
        if any(m.article_id == view.article_id for m in members):
            continue
        if day is not None and not _within_window(day, members):
            continue
        if best is None or (score, -other.group_id) > (best[0], -best[1]):
            best = (score, other.group_id)
    return best[1] if best else None


def _within_window(day: date, members: list[ClaimView]) -> bool:
    """A group never drifts: every dated member lies within the window of the new claim."""
    for m in members:
        other = _claim_day(m)
        if other is not None and abs((other - day).days) > WINDOW_DAYS:
            return False
    return True


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _new_group(conn, view: ClaimView) -> int:
    from claims.store.models import StatementGroup

    said_on = view.said_on if view.said_on and view.said_on[:1].isdigit() else view.published
    result = conn.execute(
        _insert_group(StatementGroup.__table__),
        {"speaker_id": view.speaker_id, "said_on": said_on, "updated_at": _now()},
    )
    return result.inserted_primary_key[0]


@lru_cache(maxsize=1)
def _insert_group(table):
    """One INSERT construct for every new group, so SQLAlchemy compiles it once."""
    from sqlalchemy import insert

    return insert(table)


def update_groups(conn, article_ids: list[int]) -> None:
    """Group the claims of `article_ids` and refresh the discrepancies of the groups touched.

    Per article: first the claims whose speaker (or a compatible organisation) already has
    groups near that date; then the article's story — stored articles sharing one of those
    statements — is loaded, and the remaining claims (other speakers, assertions) are matched
    against it; what is still unmatched starts a new group.
    """
    from sqlalchemy import text

    batch = set(article_ids)
    if not batch:
        return
    new = [v for v in _views(conn, _claims_of_articles(conn, batch)) if v.group_id is None]
    index = _Index()
    for view in _views(conn, _speaker_window_rows(conn, new, batch)):
        index.add(view)
    loaded: set[int] = set()  # stored articles whose claims are all in the index
    by_article: dict[int, list[ClaimView]] = defaultdict(list)
    for view in new:
        by_article[view.article_id].append(view)
    touched: set[int] = set()
    for article_id in sorted(by_article):
        claims = sorted(by_article[article_id], key=lambda v: v.id)
        pending = []
        for view in claims:
            group_id = _best_group(view, index) if view.speaker_id is not None else None
            if group_id is None:
                pending.append(view)
            else:
                _assign(view, group_id, index)
        if pending:
            for view in _views(conn, _story_rows(conn, index, article_id, loaded, batch)):
                index.add(view)
        for view in pending:
            group_id = _best_group(view, index)
            _assign(view, group_id if group_id is not None else _new_group(conn, view), index)
        touched |= {view.group_id for view in claims}
    if new:
        conn.execute(
            text("UPDATE claims SET group_id = :g WHERE id = :c"),
            [{"g": view.group_id, "c": view.id} for view in new],
        )
    touched |= _groups_citing_new_sources(conn, batch)
    if touched:
        stamp = _now()
        for chunk in _chunks(touched):
            clause, params = in_list("g", chunk)
            conn.execute(text(f"UPDATE statement_groups SET updated_at = :t WHERE id IN {clause}"),
                         {"t": stamp, **params})
    refresh_discrepancies(conn, touched, index.views)


def _assign(view: ClaimView, group_id: int, index: _Index) -> None:
    view.group_id = group_id
    index.add(view)


def _groups_citing_new_sources(conn, batch: set[int]) -> set[int]:
    """Groups of articles that cite the outlet of a new article and share a story with it."""
    touched: set[int] = set()
    for chunk in _chunks(batch):
        clause, params = in_list("a", chunk)
        # Only outlets that are also credited sources (an agency's own articles) matter.
        outlets = _rows(
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
            for a_chunk in _chunks(hits):
                a_clause, a_params = in_list("x", a_chunk)
                touched |= {
                    r["group_id"]
                    for r in _rows(
                        conn,
                        f"SELECT DISTINCT group_id FROM claims WHERE article_id IN {a_clause}"
                        " AND group_id IS NOT NULL",
                        **a_params,
                    )
                }
    return touched


def _story_articles(conn, article_id: int) -> set[int]:
    """Articles sharing at least one statement group with `article_id`."""
    rows = _rows(
        conn,
        "SELECT DISTINCT o.article_id FROM claims c JOIN claims o ON o.group_id = c.group_id"
        " WHERE c.article_id = :a AND o.article_id != :a",
        a=article_id,
    )
    return {r["article_id"] for r in rows}


def refresh_discrepancies(conn, group_ids: set[int], known: dict[int, ClaimView] | None = None) -> None:
    """Delete and recompute the discrepancies of `group_ids` (`known`: views already built)."""
    from sqlalchemy import insert, text

    from claims.store.models import Discrepancy

    for chunk in _chunks(group_ids):
        clause, params = in_list("g", chunk)
        conn.execute(text(f"DELETE FROM discrepancies WHERE group_id IN {clause}"), params)
        known = known or {}
        rows = _select_claims(conn, f"c.group_id IN {clause}", **params)
        views = [known[r["id"]] for r in rows if r["id"] in known]
        views += _views(conn, [r for r in rows if r["id"] not in known])
        by_group: dict[int, list[ClaimView]] = defaultdict(list)
        for v in views:
            by_group[v.group_id].append(v)
        found_rows = []
        coverage_cache: dict[int, dict] = {}
        for group_id, members in by_group.items():
            found = detect_in_group(members) if len(members) > 1 else []
            articles = {m.article_id for m in members}
            for m in members:
                if not m.cited_sources or not m.attributed:
                    continue
                if m.article_id not in coverage_cache:
                    coverage_cache[m.article_id] = _source_coverage(conn, m)
                hit = detect_unsupported(m, articles, coverage_cache[m.article_id])
                if hit:
                    found.append(hit)
            for f in found:
                found_rows.append(
                    {
                        "group_id": group_id,
                        "type": f.type,
                        "severity": f.severity,
                        "summary": f.summary,
                        "claim_ids": f.claim_ids,
                        "evidence": f.evidence,
                    }
                )
        if found_rows:
            conn.execute(insert(Discrepancy), found_rows)


def _source_coverage(conn, claim: ClaimView) -> dict[str, list[dict]]:
    """For each source the claim's article cites: that source's own articles on the story."""
    story = _story_articles(conn, claim.article_id)
    coverage: dict[str, list[dict]] = {s: [] for s in claim.cited_sources}
    if not story:
        return coverage
    wanted = {fold(s): s for s in claim.cited_sources}
    for chunk in _chunks(story):
        clause, params = in_list("a", chunk)
        for r in _rows(
            conn,
            "SELECT a.id, a.title, a.language, o.name AS outlet FROM articles a"
            f" JOIN outlets o ON o.id = a.outlet_id WHERE a.id IN {clause}",
            **params,
        ):
            source = wanted.get(fold(r["outlet"] or ""))
            # Without translation, only articles in the claim's language can be checked.
            if source and r["language"] == claim.language:
                coverage[source].append({"id": r["id"], "title": r["title"], "outlet": r["outlet"]})
    return coverage
