"""Property tests: for any text the extractor raises nothing and every claim points into the text."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claims.article import Article
from claims.extract import extract
from claims.extract.types import KINDS

QUOTE_MARKS = ["«", "»", "« ", " »", "“", "”", '"', "‹", "›", "‘", "’", "'", "„", "‚", "«\u00a0", "\u202f»", "—", "–", "-"]
REPORTING = [
    " a déclaré ", " a-t-il dit", " a-t-elle affirmé", ", selon ", " a estimé ", " a assuré que ",
    " a indiqué ", " a ajouté ", " a démenti ", " n'a pas dit ", " a-t-il ajouté.", " said ", " told reporters",
    ", according to ", " said that ", " added.", " denied ", " claimed that ", " stressed ", ", he said.",
    ", she said", " says ", " selon l'AFP", " (Reuters) ", "AFP - ", " a rapporté Reuters",
]
NAMES = [
    "Vladimir Poutine", "Vladimir Putin", "Dmitri Peskov", "Dmitry Peskov", "M. Peskov", "Mr. Peskov",
    "Kim Jong-un", "le porte-parole du Kremlin", "the Kremlin spokesman", "Emmanuel Macron", "Macron",
    "il", "elle", "he", "she", "They", "Le ministère", "the ministry", "Sergueï Choïgou", "Sergei Shoigu",
    "Jean-Pierre", "O'Neill", "d'Artagnan", "AFP", "Reuters", "Photo: KCNA via Reuters",
]
WORDS = [
    "Nous", "ne", "céderons", "pas", "We", "will", "not", "give", "in", "lundi", "Monday",
    "14 septembre", "Sept. 14", "2023", "le 3 mars 2022", "hier", "yesterday", "3,5", "1.000", "12 %",
    "trois", "three", "millions", "de", "la", "the", "and", "et", "que", "that", ".", ",", ":", ";",
    "?", "!", "…", "(", ")", "[", "]", "\n", "\n\n", " ", "\t", "\u00a0", "\u202f", "\u2028", "\r\n",
    "é", "e\u0301", "ß", "İ", "ﬁ", "\u200b", "\ufeff", "😀", "\x00", "\ud7ff", "Lien source", "Comment (0)",
]
TOKENS = st.sampled_from(QUOTE_MARKS + REPORTING + NAMES + WORDS)

news_like_text = st.lists(
    st.one_of(TOKENS, st.text(max_size=8)), max_size=60
).map(" ".join) | st.lists(TOKENS, max_size=80).map("".join)

OPENING = st.sampled_from(["«", "« ", "«\u00a0", "“", '"', "‹", "‘", "„", "'"])
CLOSING = st.sampled_from(["»", " »", "\u202f»", "”", '"', "›", "’", "“", "'"])
VERBS_FR = st.sampled_from(["a déclaré", "a affirmé", "a dit", "a estimé", "a assuré", "a-t-il dit", "n'a pas dit"])
VERBS_EN = st.sampled_from(["said", "told reporters", "added", "claimed", "stressed", "denied"])
SPEAKERS = st.sampled_from(NAMES)
PHRASE = st.lists(st.sampled_from([w for w in WORDS if w.strip()]) | st.text(min_size=1, max_size=6), min_size=1, max_size=10).map(" ".join)
quote_sentences = st.one_of(
    st.builds(lambda o, q, c, v, n: f"{o}{q}{c}, {v} {n}.", OPENING, PHRASE, CLOSING, VERBS_FR, SPEAKERS),
    st.builds(lambda n, v, o, q, c: f"{n} {v} : {o}{q}{c}", SPEAKERS, VERBS_FR, OPENING, PHRASE, CLOSING),
    st.builds(lambda o, a, b, c: f"{o}{a}, a-t-il dit, {b}.{c}", OPENING, PHRASE, PHRASE, CLOSING),
    st.builds(lambda o, a, n, b, c: f"{o}{a},{c} {n} said. {o}{b}.{c}", OPENING, PHRASE, SPEAKERS, PHRASE, CLOSING),
    st.builds(lambda n, q: f"{n} a déclaré que {q}.", SPEAKERS, PHRASE),
    st.builds(lambda n, v, q: f"{n} {v} that {q}.", SPEAKERS, VERBS_EN, PHRASE),
    st.builds(lambda q, n: f"Selon {n}, {q}.", PHRASE, SPEAKERS),
    st.builds(lambda q, n: f"According to {n}, {q}.", PHRASE, SPEAKERS),
)
SEPARATORS = st.sampled_from([" ", "\n", "\n\n", "  ", "\r\n", " \n "])
quoted_article = st.lists(
    st.tuples(quote_sentences | news_like_text, SEPARATORS).map("".join), min_size=1, max_size=12
).map("".join)

any_text = st.text(max_size=400)
languages = st.sampled_from([None, "fr", "en", "de", "und"])
published = st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))

PROPERTY_SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def check_extraction(text: str, language: str | None, day: date | None) -> None:
    extraction = extract(Article(text=text, language=language, published=day))
    assert isinstance(extraction.language, str)
    starts = [claim.start for claim in extraction.claims]
    assert starts == sorted(starts)
    for claim in extraction.claims:
        assert claim.kind in KINDS
        assert 0 <= claim.start <= claim.end <= len(text)
        if claim.spans:
            for start, end in claim.spans:
                assert claim.start <= start <= end <= claim.end
            assert claim.content == " ".join(text[start:end] for start, end in claim.spans)
        else:
            assert claim.content == text[claim.start:claim.end]
        assert claim.content.strip()
        if claim.speaker is not None:
            assert claim.speaker.name.strip()
            assert claim.speaker.kind in ("person", "organisation")


@PROPERTY_SETTINGS
@given(text=any_text, language=languages, day=published)
@example(text="", language=None, day=None)
@example(text="«", language="fr", day=None)
@example(text="« »", language="fr", day=None)
@example(text='"', language="en", day=None)
@example(text="« « « « »", language="fr", day=None)
@example(text="»«", language="fr", day=None)
def test_any_text(text, language, day):
    check_extraction(text, language, day)


@PROPERTY_SETTINGS
@given(text=news_like_text, language=languages, day=published)
@example(text="« Nous ne céderons pas », a déclaré Vladimir Poutine lundi.", language=None, day=None)
@example(text="« Nous, a-t-il dit, ne céderons pas. »", language="fr", day=date(2023, 9, 15))
@example(text='"We will not give in," Putin said, "ever."', language="en", day=None)
@example(text="“Never”, he said.\n\n‘Ever’, she said.", language="en", day=None)
@example(text="M. Peskov a déclaré que « la Russie » ne céderait pas.", language="fr", day=None)
@example(text="Selon l'AFP, «\u00a0le port rouvrira\u202f», a dit le ministère.", language=None, day=None)
def test_news_like_text(text, language, day):
    check_extraction(text, language, day)


@PROPERTY_SETTINGS
@given(text=quoted_article, language=languages, day=published)
@example(text="« Nous ne céderons pas, a-t-il dit, ni aujourd'hui ni demain. »\n\nM. Peskov a dit.", language="fr", day=None)
def test_quote_shaped_text(text, language, day):
    check_extraction(text, language, day)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(quoted_article | news_like_text, min_size=2, max_size=12), language=languages)
def test_long_multi_paragraph_text(paragraphs, language):
    check_extraction("\n\n".join(paragraphs), language, date(2023, 9, 15))


# 25 articles per example on purpose (one store batch), so the input is large by design.
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(texts=st.lists(quoted_article, min_size=25, max_size=25))
def test_stored_content_is_the_text_at_the_stored_offsets(texts):
    import json
    import tempfile

    from claims.store.db import Database
    from claims.store.ingest import ingest

    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"{folder}/claims.db")
        report = ingest(db, [Article(text=t, path=f"t{i}") for i, t in enumerate(texts) if t.strip()])
        assert report.failed == 0, report.errors
        with db.reader() as rows:
            stored = rows.all(
                'SELECT a.text, c.content, c.start, c."end", c.spans FROM claims c '
                "JOIN articles a ON a.id = c.article_id"
            )
        db.engine.dispose()
    for row in stored:
        text, spans = row["text"], row["spans"]
        spans = json.loads(spans) if isinstance(spans, str) else spans
        assert 0 <= row["start"] <= row["end"] <= len(text)
        if spans:
            assert row["content"] == " ".join(text[s:e] for s, e in spans)
        else:
            assert row["content"] == text[row["start"]:row["end"]]
