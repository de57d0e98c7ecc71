"""Load-independent cost of the write path: instructions per article under valgrind.

    python bench/store_instructions.py prepare          # once: extract 500 articles, cache them
    for mode in setup read hash run group; do
      PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        python bench/store_instructions.py $mode 2>&1 | grep 'I *refs'
    done

`setup` imports everything, loads the cached extractions and opens a fresh database;
`read` also reads the 500 articles (JSONL); `hash` reads and hashes them; `run` ingests
them with extraction replaced by the cache and grouping by a no-op (reading, hashing,
the already-present probe, preparing rows, the write transactions, outcomes); `group` does the
same with grouping and discrepancies (batches of `BATCH_ARTICLES`, whatever the time taken).
(MODE - setup) / 500 is the cost per article of MODE; (group - run) / 500 that of grouping.
"""

from __future__ import annotations

import itertools
import os
import pickle
import sys
import tempfile
from pathlib import Path

ARTICLES = 500
CORPUS = Path(__file__).resolve().parent / "data" / "articles-1k-3k.jsonl"
CACHE = Path(tempfile.gettempdir()) / "claims-store-instructions"


def prepare() -> None:
    from claims.article import Article
    from claims.extract import extract
    from claims.read import iter_articles

    CACHE.mkdir(exist_ok=True)
    with open(CORPUS, encoding="utf-8") as source, open(CACHE / "corpus.jsonl", "w", encoding="utf-8") as target:
        target.writelines(itertools.islice(source, ARTICLES))
    extracted = {
        a.path: extract(a) for a in iter_articles([str(CACHE / "corpus.jsonl")]) if isinstance(a, Article)
    }
    with open(CACHE / "extractions.pickle", "wb") as handle:
        pickle.dump(extracted, handle)


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "run"
    if mode == "prepare":
        prepare()
        return
    import claims.compare.grouping as grouping
    import claims.store.ingest as ingest_module
    from claims.read import iter_articles
    from claims.store.db import Database

    corpus = [str(CACHE / "corpus.jsonl")]
    with open(CACHE / "extractions.pickle", "rb") as handle:
        extracted = pickle.load(handle)
    ingest_module._extract_one = lambda article, _agencies: extracted[article.path]
    if mode != "group":
        grouping.Grouper.update = lambda self, conn, article_ids, inserted=None: None
    ingest_module.BATCH_SECONDS = float("inf")  # batches by count: the same under valgrind
    database = Database(os.path.join(tempfile.mkdtemp(), "store.db"))
    with database.writer():
        pass  # the engine and its connection exist before counting
    if mode == "read":
        list(iter_articles(corpus))
    elif mode == "hash":
        [article.content_hash for article in iter_articles(corpus)]
    elif mode in ("run", "group"):
        report = ingest_module.ingest(database, iter_articles(corpus))
        assert report.ingested == ARTICLES, report.summary


if __name__ == "__main__":
    main()
