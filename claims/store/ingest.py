"""Ingest: extract articles (optionally in worker processes) and store them in batches.

One process writes. Each batch is one transaction holding whole articles with
their claims, speakers and source links, so an article is stored completely or
not at all. A batch that fails is retried article by article so one bad article
never costs the others.
"""

from __future__ import annotations

import gc
import sqlite3
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator, Sequence

from claims.article import Article
from claims.errors import ClaimsError, InputError
from claims.extract.names import alias_key
from claims.extract.types import Extraction
from claims.store.db import Database
from claims.store.prepare import CLAIM_COLUMNS, PreparedArticle, prepare
from claims.store.prepare import sort_date  # noqa: F401  (migration 0003 mirrors it)
from claims.store.sql import WriteStatements, chunks, in_list

BATCH_ARTICLES = 200
# Batches end every BATCH_ARTICLES articles, so that the same input grouped the same way gives
# the same groups whatever the machine's speed; only a live stream (stdin) also ends a batch
# after this many seconds, so that what arrives slowly is stored without waiting.
BATCH_SECONDS = 1.0
WORKER_CHUNK = 16
LOCK_RETRIES = 5
# Ingest keeps hundreds of thousands of small objects alive (claim views, caches); with
# Python's default thresholds the cyclic collector ran ~750 times per 1,000 articles and took
# a quarter of the CPU. Forked workers inherit the setting.
GC_THRESHOLDS = (50_000, 20, 20)


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

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "ingested":
            self.ingested += 1
            self.claims += outcome.claims
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
    batch_seconds: float | None = None,
) -> IngestReport:
    """Extract and store every article of ITEMS; input errors are reported, not raised.
    A batch of BATCH_SIZE articles is stored and grouped in one transaction; BATCH_SECONDS, for
    a live stream, also ends one after that long."""
    with _fewer_collections():
        return _ingest(db, items, jobs, tuple(extra_agencies), on_result, batch_size, batch_seconds)


@contextmanager
def _fewer_collections():
    previous = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _ingest(
    db: Database,
    items: Iterable[Article | InputError],
    jobs: int,
    extra_agencies: tuple[str, ...],
    on_result: Callable[[Outcome], None] | None,
    batch_size: int,
    batch_seconds: float | None,
) -> IngestReport:
    report = IngestReport()
    writer = _Writer(db)

    def emit(outcome: Outcome) -> None:
        report.add(outcome)
        if on_result is not None:
            on_result(outcome)

    batch: list[tuple[Article, PreparedArticle, str]] = []
    started = time.monotonic()
    for item in _extracted(_unseen(db, items), jobs, extra_agencies):
        if isinstance(item, Outcome):
            emit(item)
            continue
        if not batch:
            started = time.monotonic()
        batch.append(item)
        if len(batch) >= batch_size or batch_seconds is not None and time.monotonic() - started > batch_seconds:
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


def _extract_one(article: Article, extra_agencies: tuple[str, ...]) -> Extraction | Outcome:
    from claims.extract import extract

    try:
        return extract(article, extra_agencies=extra_agencies)
    except RecursionError:
        return Outcome("failed", _source(article), "text too deeply nested to analyse")
    except Exception as exc:  # an extractor bug must not stop the other articles
        return Outcome("failed", _source(article), f"extraction failed: {type(exc).__name__}: {exc}")


def _prepare_one(article: Article, extra_agencies: tuple[str, ...]) -> PreparedArticle | Outcome:
    result = _extract_one(article, extra_agencies)
    return result if isinstance(result, Outcome) else prepare(article, result)


def _prepare_chunk(chunk: list[Article], extra_agencies: tuple[str, ...]):
    """In a worker: the chunk's articles extracted and prepared (small, plain data to send back)."""
    return [_prepare_one(article, extra_agencies) for article in chunk]


def _as_outcome(item: InputError | Outcome) -> Outcome:
    if isinstance(item, Outcome):
        return item
    where = f"{item.source}:{item.line}" if item.line is not None else item.source
    return Outcome("failed", where, item.reason)


PROBE_CHUNK = 64


def _unseen(db: Database, items: Iterable[Article | InputError]) -> Iterator:
    """ITEMS as `(article, content hash)` pairs and input errors, with articles already
    stored turned into "present" outcomes before extraction.

    Re-running an interrupted ingest then costs a lookup per stored article, not an
    extraction. The writer still checks again inside its transaction.
    """
    chunk: list = []

    def flush():
        hashed = [(item, item.content_hash) if isinstance(item, Article) else item for item in chunk]
        hashes = {item[1] for item in hashed if isinstance(item, tuple)}
        stored = set()
        if hashes:
            sql, params = in_list("h", hashes)
            with db.reader() as rows:
                stored = {
                    r["content_hash"]
                    for r in rows.all(f"SELECT content_hash FROM articles WHERE content_hash IN {sql}", **params)
                }
        for item in hashed:
            if isinstance(item, tuple) and item[1] in stored:
                yield Outcome("present", _source(item[0]))
            else:
                yield item

    for item in items:
        chunk.append(item)
        if len(chunk) >= PROBE_CHUNK:
            yield from flush()
            chunk = []
    yield from flush()


def _with_prepared(article: Article, digest: str, result: PreparedArticle | Outcome):
    return result if isinstance(result, Outcome) else (article, result, digest)


def _extracted(items, jobs: int, extra_agencies: tuple[str, ...]) -> Iterator:
    """`(article, prepared extraction, content hash)` for each `(article, content hash)` of
    ITEMS, outcomes for the rest, in input order."""
    if jobs <= 1:
        for item in items:
            if isinstance(item, tuple):
                article, digest = item
                yield _with_prepared(article, digest, _prepare_one(article, extra_agencies))
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


def _warm_extractor_for_fork() -> None:
    """Load the extractor here once, so that forked workers start with it ready.

    Its first use builds the lexicons and patterns of both languages (~0.4 s of CPU),
    which every worker would otherwise repeat.
    """
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        return
    from claims.extract import extract

    for text, language in _WARM_UP_ARTICLES:
        extract(Article(text, language=language))


_WARM_UP_ARTICLES = (
    ("Le ministre a déclaré jeudi : « Nous tiendrons nos engagements. »", "fr"),
    ('The minister said on Thursday: "We will keep our promises."', "en"),
)


def _extracted_in_workers(items, jobs: int, extra_agencies: tuple[str, ...]) -> Iterator:
    """Order-preserving parallel extraction with a bounded number of chunks in flight."""
    from concurrent.futures import ProcessPoolExecutor

    max_in_flight = jobs * 4
    in_flight: deque = deque()
    chunk: list = []
    _warm_extractor_for_fork()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_exit_with_parent) as pool:

        def submit(chunk):
            # Input errors travel in order with the articles, without a trip to a worker;
            # articles come back as their prepared extraction alone.
            articles = [item[0] for item in chunk if isinstance(item, tuple)]
            in_flight.append((chunk, pool.submit(_prepare_chunk, articles, extra_agencies)))

        def drain_one():
            chunk, future = in_flight.popleft()
            results = iter(future.result())
            for item in chunk:
                if isinstance(item, tuple):
                    yield _with_prepared(*item, next(results))
                else:
                    yield _as_outcome(item)

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


def _entry(item) -> tuple[Article, PreparedArticle, str]:
    """A batch entry as (article, prepared extraction, content hash).

    (article, extraction) pairs are accepted too (benchmarks that replay cached extractions).
    """
    if len(item) == 3:
        return item
    article, extraction = item
    return article, prepare(article, extraction), article.content_hash


# How SQLAlchemy stores a DateTime on SQLite (and parses it back).
_SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"
# Outlet and source ids remembered by the writer; the cache is emptied when it is full.
NAMED_IDS_LIMIT = 10_000

_INSERT_ARTICLE = (
    "INSERT INTO articles (outlet_id, url, title, byline, language, published, text,"
    " content_hash, source_path, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_CLAIMS = f"INSERT INTO claims (id, {CLAIM_COLUMNS}) VALUES"
_CLAIM_NAMES = ("id", *(name.strip().strip('"') for name in CLAIM_COLUMNS.split(",")))
_INSERT_LINK = "INSERT INTO article_sources (article_id, source_id, role) VALUES (?, ?, ?)"


class _Writer:
    def __init__(self, db: Database):
        from claims.store.speakers import SpeakerResolver

        self.db = db
        self.speakers = SpeakerResolver()
        self._ids: dict[tuple[str, str], int] = {}
        self._merges_seen: int | None = None
        from claims.compare.grouping import Grouper

        self.grouper = Grouper()  # kept across batches; forgotten when a transaction fails

    def write(self, batch: list[tuple[Article, PreparedArticle, str]]) -> list[Outcome]:
        try:
            return self._with_lock_retry(lambda: self._write_transaction(batch))
        except _store_errors() as exc:
            self._forget()
            if len(batch) == 1:
                return [Outcome("failed", _source(batch[0][0]), f"cannot store: {_reason(exc)}")]
        outcomes = []
        for one in batch:
            try:
                outcomes += self._with_lock_retry(lambda: self._write_transaction([one]))
            except _store_errors() as exc:
                self._forget()
                outcomes.append(Outcome("failed", _source(one[0]), f"cannot store: {_reason(exc)}"))
        return outcomes

    def _forget(self) -> None:
        self._ids.clear()
        self.speakers.forget()
        self.grouper.forget()

    def _with_lock_retry(self, write):
        for attempt in range(LOCK_RETRIES):
            try:
                return write()
            except _store_errors() as exc:
                self._forget()
                reason = str(_reason(exc))
                if not _is_operational(exc) or ("locked" not in reason and "busy" not in reason):
                    raise
                if attempt == LOCK_RETRIES - 1:
                    raise ClaimsError(f"{self.db.display}: database stayed locked; try again") from exc
                time.sleep(0.2 * (attempt + 1))

    def _write_transaction(self, batch) -> list[Outcome]:
        outcomes: list[Outcome | None] = []
        fresh: list[tuple[int, Article, PreparedArticle, str]] = []
        with self.db.writer() as conn:
            sql = WriteStatements(conn)
            self._notice_merges(sql)
            entries = [_entry(item) for item in batch]
            present = set()
            for part in chunks(list({digest for _, _, digest in entries})):
                present.update(
                    digest
                    for digest, in sql.rows(
                        f"SELECT content_hash FROM articles WHERE content_hash IN ({', '.join('?' * len(part))})",
                        part,
                    )
                )
            for article, prepared, digest in entries:
                if digest in present:
                    outcomes.append(Outcome("present", _source(article)))
                    continue
                present.add(digest)
                fresh.append((len(outcomes), article, prepared, digest))
                outcomes.append(None)
            if not fresh:
                return outcomes
            now = datetime.now(timezone.utc).replace(tzinfo=None).strftime(_SQLITE_DATETIME)
            article_rows = [self._article_row(sql, a, e, d, now) for _, a, e, d in fresh]
            ids = [sql.insert(_INSERT_ARTICLE, row) for row in article_rows]
            links: list[tuple] = []
            claims: list[tuple] = []
            for article_id, (slot, article, prepared, _) in zip(ids, fresh):
                links += self._link_rows(sql, article_id, prepared)
                rows = self._claim_rows(sql, article_id, prepared)
                claims += rows
                outcomes[slot] = Outcome("ingested", _source(article), None, article_id, len(rows))
            sql.many(_INSERT_LINK, links)
            self.speakers.flush(sql)
            # The ids SQLite would give (max + 1, …), given here so that grouping gets the rows
            # without reading them back.
            first_id = (sql.scalar("SELECT MAX(id) FROM claims") or 0) + 1
            claims = [(claim_id, *row) for claim_id, row in enumerate(claims, first_id)]
            sql.insert_rows(_INSERT_CLAIMS, claims)
            self.grouper.update(conn, list(ids), (_CLAIM_NAMES, claims))
        return outcomes

    def _notice_merges(self, sql: WriteStatements) -> None:
        """Forget cached speaker ids when someone merged speakers since the last batch."""
        merged = sql.scalar("SELECT count(*) FROM speakers WHERE merged_into_id IS NOT NULL")
        if merged != self._merges_seen:
            self.speakers.forget()
            self._merges_seen = merged

    def _named_id(self, sql: WriteStatements, table: str, name: str) -> int | None:
        """The id of the outlet or source NAME in TABLE, created when new."""
        key = alias_key(name)
        if not key:
            return None
        cached = self._ids.get((table, key))
        if cached is not None:
            return cached
        found = sql.scalar(f"SELECT id FROM {table} WHERE key = ?", (key,))
        if found is None:
            found = sql.insert(f"INSERT INTO {table} (name, key) VALUES (?, ?)", (name.strip(), key))
        if len(self._ids) >= NAMED_IDS_LIMIT:
            self._ids.clear()
        self._ids[(table, key)] = found
        return found

    def _article_row(self, sql, article: Article, prepared: PreparedArticle, digest: str, now: str) -> tuple:
        return (
            self._named_id(sql, "outlets", article.outlet) if article.outlet else None,
            article.url,
            article.title,
            prepared.byline,
            prepared.language,
            prepared.published,
            article.text,
            digest,
            article.path,
            now,
        )

    def _link_rows(self, sql, article_id: int, prepared: PreparedArticle) -> list[tuple]:
        links = set()
        for role, name in prepared.sources:
            source_id = self._named_id(sql, "sources", name)
            if source_id is not None:
                links.add((source_id, role))
        return [(article_id, s, r) for s, r in sorted(links)]

    def _claim_rows(self, sql, article_id: int, prepared: PreparedArticle) -> list[tuple]:
        """Rows in the order of `CLAIM_COLUMNS`."""
        resolve = self.speakers.resolve
        return [
            (article_id, resolve(sql, article_id, *speaker) if speaker else None, *values)
            for speaker, values in prepared.claims
        ]


def _store_errors() -> tuple[type[Exception], ...]:
    from sqlalchemy.exc import DBAPIError

    return DBAPIError, sqlite3.Error


def _reason(exc: Exception):
    """The driver's message of a database error, whether SQLAlchemy wrapped it or not."""
    return getattr(exc, "orig", None) or exc


def _is_operational(exc: Exception) -> bool:
    from sqlalchemy.exc import OperationalError

    return isinstance(exc, (OperationalError, sqlite3.OperationalError))
