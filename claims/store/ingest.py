"""Ingest: extract articles (optionally in worker processes) and store them in batches.

One process writes. Each batch is one transaction holding whole articles with
their claims, speakers and source links, so an article is stored completely or
not at all. A batch that fails is retried article by article so one bad article
never costs the others.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator, Sequence

from claims.article import Article
from claims.errors import ClaimsError, InputError
from claims.extract.names import alias_key
from claims.extract.types import Extraction
from claims.store.db import Database
from claims.store.sql import in_list

BATCH_ARTICLES = 200
BATCH_SECONDS = 1.0
WORKER_CHUNK = 16
LOCK_RETRIES = 5


@dataclass(slots=True)
class Outcome:
    status: str  # "ingested" | "present" | "failed"
    source: str
    message: str | None = None
    article_id: int | None = None
    claims: int = 0


@dataclass
class IngestReport:
    ingested: int = 0
    present: int = 0
    failed: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "ingested":
            self.ingested += 1
            self.claims += outcome.claims
            self.article_ids.append(outcome.article_id)
        elif outcome.status == "present":
            self.present += 1
        else:
            self.failed += 1
            self.errors.append(f"{outcome.source}: {outcome.message}")

    @property
    def summary(self) -> str:
        return f"{self.ingested} ingested, {self.present} already present, {self.failed} failed"


def ingest(
    db: Database,
    items: Iterable[Article | InputError],
    *,
    jobs: int = 1,
    extra_agencies: Sequence[str] = (),
    on_result: Callable[[Outcome], None] | None = None,
    batch_size: int = BATCH_ARTICLES,
) -> IngestReport:
    """Extract and store every article of ITEMS; input errors are reported, not raised."""
    report = IngestReport()
    writer = _Writer(db)

    def emit(outcome: Outcome) -> None:
        report.add(outcome)
        if on_result is not None:
            on_result(outcome)

    batch: list[tuple[Article, Extraction]] = []
    started = time.monotonic()
    for item in _extracted(_unseen(db, items), jobs, tuple(extra_agencies)):
        if isinstance(item, Outcome):
            emit(item)
            continue
        if not batch:
            started = time.monotonic()
        batch.append(item)
        if len(batch) >= batch_size or time.monotonic() - started > BATCH_SECONDS:
            for outcome in writer.write(batch):
                emit(outcome)
            batch = []
    if batch:
        for outcome in writer.write(batch):
            emit(outcome)
    return report


# -- extraction, in this process or in workers --------------------------------


def _source(article: Article) -> str:
    return article.path or "-"


def _extract_one(article: Article, extra_agencies: tuple[str, ...]):
    from claims.extract import extract

    try:
        return article, extract(article, extra_agencies=extra_agencies)
    except RecursionError:
        return Outcome("failed", _source(article), "text too deeply nested to analyse")
    except Exception as exc:  # an extractor bug must not stop the other articles
        return Outcome("failed", _source(article), f"extraction failed: {type(exc).__name__}: {exc}")


def _extract_chunk(chunk: list[Article], extra_agencies: tuple[str, ...]):
    return [_extract_one(article, extra_agencies) for article in chunk]


def _as_outcome(item: InputError | Outcome) -> Outcome:
    if isinstance(item, Outcome):
        return item
    where = f"{item.source}:{item.line}" if item.line is not None else item.source
    return Outcome("failed", where, item.reason)


PROBE_CHUNK = 64


def _unseen(db: Database, items: Iterable[Article | InputError]) -> Iterator:
    """ITEMS, with articles already stored turned into "present" outcomes before extraction.

    Re-running an interrupted ingest then costs a lookup per stored article, not an
    extraction. The writer still checks again inside its transaction.
    """
    chunk: list = []

    def flush():
        hashes = {item.content_hash for item in chunk if isinstance(item, Article)}
        stored = set()
        if hashes:
            sql, params = in_list("h", hashes)
            with db.reader() as rows:
                stored = {
                    r["content_hash"]
                    for r in rows.all(f"SELECT content_hash FROM articles WHERE content_hash IN {sql}", **params)
                }
        for item in chunk:
            if isinstance(item, Article) and item.content_hash in stored:
                yield Outcome("present", _source(item))
            else:
                yield item

    for item in items:
        chunk.append(item)
        if len(chunk) >= PROBE_CHUNK:
            yield from flush()
            chunk = []
    yield from flush()


def _extracted(items, jobs: int, extra_agencies: tuple[str, ...]) -> Iterator:
    if jobs <= 1:
        for item in items:
            if isinstance(item, Article):
                yield _extract_one(item, extra_agencies)
            else:
                yield _as_outcome(item)
        return
    yield from _extracted_in_workers(items, jobs, extra_agencies)


def _exit_with_parent() -> None:
    """Worker initializer: when the ingest process is killed (kill -9), its workers exit too.

    Otherwise they wait forever on a task queue whose other end they inherited themselves.
    """
    import os
    import threading

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _extracted_in_workers(items, jobs: int, extra_agencies: tuple[str, ...]) -> Iterator:
    """Order-preserving parallel extraction with a bounded number of chunks in flight."""
    from concurrent.futures import ProcessPoolExecutor

    max_in_flight = jobs * 4
    in_flight: deque = deque()
    chunk: list = []
    with ProcessPoolExecutor(max_workers=jobs, initializer=_exit_with_parent) as pool:

        def submit(chunk):
            # Input errors travel in order with the articles, without a trip to a worker.
            articles = [a for a in chunk if isinstance(a, Article)]
            in_flight.append((chunk, pool.submit(_extract_chunk, articles, extra_agencies)))

        def drain_one():
            chunk, future = in_flight.popleft()
            results = iter(future.result())
            for item in chunk:
                yield next(results) if isinstance(item, Article) else _as_outcome(item)

        for item in items:
            chunk.append(item)
            if len(chunk) >= WORKER_CHUNK:
                submit(chunk)
                chunk = []
                while len(in_flight) >= max_in_flight:
                    yield from drain_one()
        if chunk:
            submit(chunk)
        while in_flight:
            yield from drain_one()


# -- storage -------------------------------------------------------------------


def sort_date(said_on: str | None, published: str | None) -> str | None:
    """The date search sorts and filters a claim by: said_on when it has a year, else publication."""
    if said_on and not said_on.startswith("--"):
        return said_on
    return published


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def _facts(claim) -> dict:
    return {
        "numbers": [{"value": q.value, "unit": q.unit, "text": q.text} for q in claim.numbers],
        "dates": [{"iso": d.date.iso(), "text": d.text} for d in claim.dates],
        "entities": list(claim.entities),
        "negated": bool(claim.negated),
    }


class _Writer:
    def __init__(self, db: Database):
        from claims.store import models
        from claims.store.speakers import SpeakerResolver

        self.db = db
        self.t_articles = models.Article.__table__
        self.t_claims = models.Claim.__table__
        self.t_outlets = models.Outlet.__table__
        self.t_sources = models.Source.__table__
        self.t_links = models.ArticleSource.__table__
        self.speakers = SpeakerResolver(models.Speaker.__table__, models.SpeakerAlias.__table__)
        self._ids: dict[tuple[str, str], int] = {}
        self._merges_seen: int | None = None
        from claims.compare.grouping import update_groups

        self.update_groups = update_groups

    def write(self, batch: list[tuple[Article, Extraction]]) -> list[Outcome]:
        from sqlalchemy.exc import DBAPIError

        try:
            return self._with_lock_retry(lambda: self._write_transaction(batch))
        except DBAPIError as exc:
            self._forget()
            if len(batch) == 1:
                return [Outcome("failed", _source(batch[0][0]), f"cannot store: {exc.orig}")]
        outcomes = []
        for one in batch:
            try:
                outcomes += self._with_lock_retry(lambda: self._write_transaction([one]))
            except DBAPIError as exc:
                self._forget()
                outcomes.append(Outcome("failed", _source(one[0]), f"cannot store: {exc.orig}"))
        return outcomes

    def _forget(self) -> None:
        self._ids.clear()
        self.speakers.forget()

    def _with_lock_retry(self, write):
        from sqlalchemy.exc import OperationalError

        for attempt in range(LOCK_RETRIES):
            try:
                return write()
            except OperationalError as exc:
                self._forget()
                if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
                    raise
                if attempt == LOCK_RETRIES - 1:
                    raise ClaimsError(f"{self.db.display}: database stayed locked; try again") from exc
                time.sleep(0.2 * (attempt + 1))

    def _write_transaction(self, batch) -> list[Outcome]:
        from sqlalchemy import select

        outcomes: list[Outcome | None] = []
        fresh: list[tuple[int, Article, Extraction, str]] = []
        with self.db.writer() as conn:
            self._notice_merges(conn)
            hashes = [article.content_hash for article, _ in batch]
            present = set(
                conn.execute(
                    select(self.t_articles.c.content_hash).where(
                        self.t_articles.c.content_hash.in_(set(hashes))
                    )
                ).scalars()
            )
            for (article, extraction), digest in zip(batch, hashes):
                if digest in present:
                    outcomes.append(Outcome("present", _source(article)))
                    continue
                present.add(digest)
                fresh.append((len(outcomes), article, extraction, digest))
                outcomes.append(None)
            if not fresh:
                return outcomes
            articles = self.t_articles
            ids = conn.execute(
                articles.insert().returning(articles.c.id, sort_by_parameter_order=True),
                [self._article_row(conn, a, e, d) for _, a, e, d in fresh],
            ).scalars().all()
            links: list[dict] = []
            claims: list[dict] = []
            for article_id, (slot, article, extraction, _) in zip(ids, fresh):
                links += self._link_rows(conn, article_id, article, extraction)
                rows = self._claim_rows(conn, article_id, article, extraction)
                claims += rows
                outcomes[slot] = Outcome("ingested", _source(article), None, article_id, len(rows))
            if links:
                conn.execute(self.t_links.insert(), links)
            if claims:
                conn.execute(self.t_claims.insert(), claims)
            self.speakers.flush(conn)
            self.update_groups(conn, list(ids))
        return outcomes

    def _notice_merges(self, conn) -> None:
        """Forget cached speaker ids when someone merged speakers since the last batch."""
        from sqlalchemy import func, select

        speakers = self.speakers.speakers
        merged = conn.execute(
            select(func.count()).where(speakers.c.merged_into_id.is_not(None))
        ).scalar()
        if merged != self._merges_seen:
            self.speakers.forget()
            self._merges_seen = merged

    def _named_id(self, conn, table, name: str) -> int | None:
        key = alias_key(name)
        if not key:
            return None
        cached = self._ids.get((table.name, key))
        if cached is not None:
            return cached
        from sqlalchemy import select

        found = conn.execute(select(table.c.id).where(table.c.key == key)).scalar()
        if found is None:
            found = conn.execute(table.insert().values(name=name.strip(), key=key)).inserted_primary_key[0]
        self._ids[(table.name, key)] = found
        return found

    def _article_row(self, conn, article: Article, extraction: Extraction, digest: str) -> dict:
        return {
            "outlet_id": self._named_id(conn, self.t_outlets, article.outlet) if article.outlet else None,
            "url": article.url,
            "title": article.title,
            "byline": article.byline or extraction.byline,
            "language": extraction.language or article.language,
            "published": _iso(article.published or extraction.published),
            "text": article.text,
            "content_hash": digest,
            "source_path": article.path,
            "ingested_at": datetime.now(timezone.utc).replace(tzinfo=None),
        }

    def _link_rows(self, conn, article_id: int, article: Article, extraction: Extraction) -> list[dict]:
        links = set()
        for role, names in (
            ("cited", extraction.cited_sources),
            ("photo_credit", [*extraction.photo_credits, *article.photo_credits]),
        ):
            for name in names:
                source_id = self._named_id(conn, self.t_sources, name)
                if source_id is not None:
                    links.add((source_id, role))
        return [{"article_id": article_id, "source_id": s, "role": r} for s, r in sorted(links)]

    def _claim_rows(self, conn, article_id: int, article: Article, extraction: Extraction) -> list[dict]:
        published = _iso(article.published or extraction.published)
        rows = []
        for claim in extraction.claims:
            speaker = claim.speaker
            said_on = claim.said_on.iso() if claim.said_on else None
            rows.append(
                {
                    "article_id": article_id,
                    "speaker_id": self.speakers.resolve(conn, speaker) if speaker else None,
                    "mention": speaker.mention if speaker else None,
                    "role": speaker.role if speaker else None,
                    "kind": claim.kind,
                    "content": claim.content,
                    "cue": claim.cue,
                    "said_on": said_on,
                    "date_precision": claim.said_on.precision if claim.said_on else None,
                    "sort_date": sort_date(said_on, published),
                    "start": claim.start,
                    "end": claim.end,
                    "spans": [list(s) for s in claim.spans] if claim.spans else None,
                    "language": extraction.language,
                    "facts": _facts(claim),
                }
            )
        return rows
