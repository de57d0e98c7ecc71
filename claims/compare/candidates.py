"""The in-memory candidate index of statement grouping, and the choice of a claim's group.

A batch's stored versions are indexed by day bucket and by their rarest words and anchors; a new
claim is scored only against versions near it in time that share at least two of its keys
(`MIN_SHARED_KEYS`), at most `MAX_CANDIDATES` of them, and goes to the best-scoring group that
may take it (no claim of its article yet, every dated member within `WINDOW_DAYS`).
"""

from __future__ import annotations

from collections import _count_elements, defaultdict  # Counter's counting loop, without a Counter
from datetime import date, timedelta
from itertools import chain

from claims.compare.similarity import match_score
from claims.compare.views import ClaimView

WINDOW_DAYS = 3
MIN_SHARED_KEYS = 2
# Blocking looks at a claim's rarest words and anchors only.
RARE_KEYS = 8
# A word or anchor carried by more indexed versions than this says nothing about identity.
MAX_POSTING = 1000
# At most this many candidate versions are scored for one claim (most shared keys first).
MAX_CANDIDATES = 64

# Index buckets: claims dated more than WINDOW_DAYS apart are never grouped, so a claim
# only looks into the buckets its window overlaps (and the bucket of undated claims).
BUCKET_DAYS = 2 * WINDOW_DAYS + 1
_WINDOW = timedelta(days=WINDOW_DAYS)


def _bucket(day: date | None) -> int | None:
    return None if day is None else day.toordinal() // BUCKET_DAYS


class _Index:
    """Distinct versions by day bucket and shared word or anchor, and each group's span."""

    def __init__(self):
        self.by_key: dict[str, dict[int | None, list[int]]] = {}  # key → bucket → claim ids
        self.by_vocabulary: dict[frozenset, dict[int | None, list[ClaimView]]] = {}  # words → bucket → versions
        self.buckets: set[int | None] = {None}
        self.spans: dict[int, _GroupSpan] = {}
        self.by_article: dict[int, list[ClaimView]] = defaultdict(list)
        self.views: dict[int, ClaimView] = {}
        self.versions: set[tuple[int, int]] = set()  # (group, signature) already indexed
        self.added: dict[int, int] = {}  # indexed version → its rank in indexing order
        self._near: dict[date | None, list[int | None]] = {}  # day → indexed buckets in its window
        self._undated = False  # whether the bucket of undated versions holds any

    def add(self, view: ClaimView) -> None:
        if view.id in self.views:
            return
        self.views[view.id] = view
        span = self.spans.get(view.group_id)
        if span is None:
            span = self.spans[view.group_id] = _GroupSpan()
        span.add(view)
        self.by_article[view.article_id].append(view)
        # A copy scores exactly like the version already indexed in its group.
        version = (view.group_id, view.signature or -view.id)
        if version in self.versions:
            return
        self.versions.add(version)
        self.added[view.id] = len(self.added)
        bucket = _bucket(view.day)
        if bucket not in self.buckets or (bucket is None and not self._undated):
            self.buckets.add(bucket)
            self._near.clear()
            self._undated = self._undated or bucket is None
        by_bucket = self.by_vocabulary.get(view.vocabulary)
        if by_bucket is None:
            self.by_vocabulary[view.vocabulary] = {bucket: [view]}
        elif bucket in by_bucket:
            by_bucket[bucket].append(view)
        else:
            by_bucket[bucket] = [view]
        by_key = self.by_key
        for key in view.keys:
            by_bucket = by_key.get(key)
            if by_bucket is None:
                by_key[key] = {bucket: [view.id]}
            elif bucket in by_bucket:
                by_bucket[bucket].append(view.id)
            else:
                by_bucket[bucket] = [view.id]

    def _buckets_near(self, view: ClaimView) -> list[int | None]:
        day = view.day
        near = self._near.get(day)
        if near is None:
            if day is None:
                near = list(self.buckets)
            else:
                lo, hi = _bucket(day - timedelta(days=WINDOW_DAYS)), _bucket(day + timedelta(days=WINDOW_DAYS))
                near = [b for b in range(lo, hi + 1) if b in self.buckets]
                if self._undated:
                    near.insert(0, None)
            self._near[day] = near
        return near

    def twins(self, view: ClaimView, since: int = 0) -> list[ClaimView]:
        """Indexed versions with exactly the view's words, near it in time (indexed from rank `since` on)."""
        by_bucket = self.by_vocabulary.get(view.vocabulary)
        if by_bucket is None:
            return []
        found: list[ClaimView] = []
        for bucket in self._buckets_near(view):
            found += by_bucket.get(bucket, ())
        if since:
            found = [v for v in found if self.added[v.id] >= since]
        return found[:MAX_CANDIDATES]

    def candidates(self, view: ClaimView, since: int = 0) -> list[ClaimView]:
        """Versions near in time sharing at least two of the view's rarest keys, most shared first
        (only those indexed from rank `since` on)."""
        by_key = self.by_key
        near = self._buckets_near(view)
        postings = []
        sizes: dict[str, int] = {}
        for key in view.keys:
            by_bucket = by_key.get(key)
            if by_bucket is None:
                continue
            size = 0
            for bucket in near:
                posting = by_bucket.get(bucket)
                if posting:
                    postings.append((key, posting))
                    size += len(posting)
            if size:
                sizes[key] = size
        if len(postings) < MIN_SHARED_KEYS:
            return []  # a version is in one posting per key
        rare = [k for k, n in sizes.items() if n <= MAX_POSTING]
        if len(rare) > RARE_KEYS:
            # Ties in rarity are broken by the key itself, never by hash order.
            rare = sorted(sorted(rare), key=sizes.get)[:RARE_KEYS]
        rare = set(rare)
        counts: dict[int, int] = {}
        _count_elements(counts, chain.from_iterable([posting for key, posting in postings if key in rare]))
        if since:
            added = self.added
            found = [(n, i) for i, n in counts.items() if n >= MIN_SHARED_KEYS and added[i] >= since]
        else:
            found = [(n, i) for i, n in counts.items() if n >= MIN_SHARED_KEYS]
        if len(found) > MAX_CANDIDATES:
            found = sorted(found, key=lambda x: (-x[0], x[1]))[:MAX_CANDIDATES]
        views = self.views
        return [views[i] for _, i in found]


def _best_group(view: ClaimView, index: _Index, since: int = 0) -> int | None:
    """The group of the best-scoring candidate (ties: the oldest group), if any matches.

    Only a version with the very same words scores 1.0, so when one of those matches,
    no other candidate can do better and the rest are not scored. `since`: the view was
    already searched for among the versions indexed before that rank.
    """
    day = view.day
    twins = index.twins(view, since)
    best = _best_of(view, day, twins, index) if twins else None
    if best is not None and best[0] >= 1.0:
        return best[1]
    candidates = index.candidates(view, since)
    best = _best_of(view, day, candidates, index) if candidates else None
    return best[1] if best else None


def _best_of(view: ClaimView, day: date | None, candidates, index: _Index) -> tuple[float, int] | None:
    best: tuple[float, int] | None = None
    eligible: dict[int, bool] = {}  # group → may take the view (no claim of its article, in window)
    spans = index.spans
    for other in candidates:
        group_id = other.group_id
        may_take = eligible.get(group_id)
        if may_take is None:
            may_take = eligible[group_id] = spans[group_id].may_take(view.article_id, day)
        if not may_take:
            continue
        score = match_score(view, other)
        if score is not None and (best is None or (score, -group_id) > (best[0], -best[1])):
            best = (score, group_id)
    return best


class _GroupSpan:
    """The articles of one group's indexed members, and the days a new member may have: a group
    never drifts, so every dated member must be within WINDOW_DAYS of it."""

    __slots__ = ("articles", "earliest", "latest")

    def __init__(self):
        self.articles: set[int] = set()
        self.earliest: date | None = None  # the last dated member's day - WINDOW_DAYS
        self.latest: date | None = None  # the first dated member's day + WINDOW_DAYS

    def add(self, view: ClaimView) -> None:
        self.articles.add(view.article_id)
        day = view.day
        if day is not None:
            earliest, latest = day - _WINDOW, day + _WINDOW
            if self.latest is None:
                self.earliest, self.latest = earliest, latest
            else:
                self.earliest = max(self.earliest, earliest)
                self.latest = min(self.latest, latest)

    def may_take(self, article_id: int, day: date | None) -> bool:
        """No claim of the article yet, and `day` (if any) within the window of every dated member."""
        if article_id in self.articles:
            return False
        return day is None or self.latest is None or self.earliest <= day <= self.latest
