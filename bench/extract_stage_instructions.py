"""Instructions of one extraction stage alone, per article, under valgrind (load-independent).

    for mode in setup run; do
      PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        python bench/extract_stage_instructions.py $mode STAGE [--corpus JSONL] [--limit N] 2>&1 | grep 'I *refs'
    done

(run - setup) / N is the stage's cost per article. Both modes load the first N (100) articles
of the corpus (default /work/bench-v2/articles-1k-3k.jsonl), extract each once (claim spans for
the per-claim stages) and run the stage once over all of them; `run` runs it a second time.
Caches an article would not share with the one before are cleared before each article.
Stages: dates (whole text), numbers (dates then quantities: subtract `dates`), credits,
dateline, entities and negation (per claim), quotes, drafts (quotes and `_drafts`), build
(`ArticleSpeakers.build`), names_in (the whole text's names, part of build), and parts of
drafts and build: sentences (every paragraph split), verbs (`VerbHits`, the reporting-verb
scan), organisations (`ArticleOrganisations.build`, English articles only).
"""

from __future__ import annotations

import sys

from extract_instructions import _corpus, _option

from claims.extract import cues, dateline, dates, entities, extract, facts, numbers, organisations, pipeline, sources, speakers
from claims.extract.lang import resources
from claims.extract.segments import paragraphs, sentences


def _stage(name: str, article, spans, paras) -> None:
    text, lang = article.text, article.language
    dates._region.cache_clear()
    speakers.clear_caches()
    if name == "dates":
        dates.find_dates(text, 0, len(text), lang, article.published)
    elif name == "numbers":
        dates.find_dates(text, 0, len(text), lang, article.published)
        numbers.find_quantities(text, 0, len(text), lang)
    elif name == "credits":
        sources.find_credits(text, lang, (), paras)
    elif name == "dateline":
        dateline.find_dateline(text, paras, lang, facts.find_dates)
    elif name == "entities":
        for s, e in spans:
            entities.find_entities(text, s, e, lang)
    elif name == "negation":
        for s, e in spans:
            entities.is_negated(text[s:e], lang)
    elif name == "quotes":
        pipeline.find_quotes(text, paras)
    elif name == "drafts":
        pipeline._drafts(text, lang, paras, pipeline.find_quotes(text, paras), {})
    elif name == "build":
        pipeline.ArticleSpeakers.build(text, speakers.lexicon(resources(lang)))
    elif name == "names_in":
        speakers.names_in(text, speakers.lexicon(resources(lang)))
    elif name == "sentences":
        for s, e in paras:
            sentences(text, s, e)
    elif name == "verbs":
        cues.VerbHits(cues.patterns(lang), text)
    elif name == "organisations":
        if lang == "en":
            organisations.ArticleOrganisations.build(text)
    else:
        raise SystemExit(f"unknown stage {name}")


def main() -> None:
    mode, name = sys.argv[1], sys.argv[2]
    articles = _corpus(_option("--corpus", "/work/bench-v2/articles-1k-3k.jsonl"), int(_option("--limit", "100")))
    spans = []
    for article in articles:
        claims = extract(article).claims
        spans.append([span for c in claims for span in (c.spans or [(c.start, c.end)])])
    paras = [paragraphs(a.text) for a in articles]
    for _ in range(2 if mode == "run" else 1):
        for article, claim_spans, article_paras in zip(articles, spans, paras):
            _stage(name, article, claim_spans, article_paras)


if __name__ == "__main__":
    main()
