"""A headline's statement takes the day its speaker's first statement in the body was made, when its own
words give none. Sentences and names invented for these tests."""

from __future__ import annotations

from datetime import date

from claims.article import Article
from claims.extract import extract


def _said_on(text: str, lang: str, words: str):
    claims = extract(Article(text, language=lang, published=date(2012, 3, 9))).claims
    claim = next(c for c in claims if words in c.content)
    return claim.said_on.iso() if claim.said_on else None


def test_a_headline_statement_takes_the_day_of_its_speakers_first_statement():
    text = ("La fonderie de Hayange va fermer, annonce Paul Girard\n\n"
            "Le directeur de la fonderie Marchal, Paul Girard, a annoncé jeudi que le site de Hayange fermerait en juin.\n")
    assert _said_on(text, "fr", "va fermer") == "2012-03-08"


def test_a_headline_statement_takes_no_day_from_another_speaker():
    text = ("Mine closure will cost 300 jobs, union says\n\n"
            "The mining company said on Thursday that the Carrow pit would close in June. The union did not give a date "
            "for its figure.\n")
    assert _said_on(text, "en", "300 jobs") is None
    assert _said_on(text, "en", "Carrow pit") == "2012-03-08"
