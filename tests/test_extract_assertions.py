"""Assertions, facts carried by claims, dates of statements, excluded boilerplate, other languages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from claims.article import Article
from claims.extract import extract
from claims.extract.types import PartialDate

SEED = Path(__file__).parent / "fixtures" / "dev" / "seed" / "000_c8db046f7b2a35e8.txt"


def test_outlet_sentences_with_numbers_or_dates_are_assertions():
    text = (
        "Le train est arrivé à Moscou le 12 septembre avec 300 passagers à son bord.\n\n"
        "« Le voyage s'est bien passé », a déclaré le conducteur Ivan Petrov.\n\n"
        "Le ciel était gris et le quai très calme."
    )
    extraction = extract(Article(text, language="fr", published=date(2023, 9, 13)))
    assertions = [c for c in extraction.claims if c.kind == "assertion"]
    assert [a.content for a in assertions] == ["Le train est arrivé à Moscou le 12 septembre avec 300 passagers à son bord"]
    assert assertions[0].speaker is None
    assert [q.value for q in assertions[0].numbers] == [300]
    assert [d.date for d in assertions[0].dates] == [PartialDate(2023, 9, 12)]
    assert [c.kind for c in extraction.claims] == ["assertion", "direct"]


def test_claims_carry_numbers_dates_and_negation():
    text = "Le ministre Paul Martin a affirmé que l'usine n'emploierait pas 500 personnes avant le 3 mars 2024."
    claim = extract(Article(text, language="fr")).claims[0]
    assert claim.kind == "indirect"
    assert [q.value for q in claim.numbers] == [500]
    assert [d.date for d in claim.dates] == [PartialDate(2024, 3, 3)]
    assert claim.negated is True


def test_said_on_comes_from_the_attribution_not_the_content():
    text = (
        "« La mission partira en octobre », a déclaré le ministre Paul Martin "
        "lors d'une conférence de presse le 14 septembre."
    )
    claim = extract(Article(text, language="fr")).claims[0]
    assert claim.said_on == PartialDate(None, 9, 14)  # no publication date: the year stays unknown
    claim = extract(Article(text, language="fr", published=date(2023, 9, 20))).claims[0]
    assert claim.said_on == PartialDate(2023, 9, 14)


def _said_on_by_opening(text: str, lang: str, published: date) -> dict:
    """The date each attributed claim of TEXT was made, by the first 14 characters of its content."""
    claims = extract(Article(text, language=lang, published=published)).claims
    return {c.content[:14]: c.said_on for c in claims if c.kind != "assertion"}


def test_seed_follow_up_inherits_the_date_of_the_same_event():
    claims = [c for c in extract(Article(SEED.read_text(encoding="utf-8"), language="fr")).claims if c.kind != "assertion"]
    dated = [(c.content[:20], c.said_on.iso()) for c in claims if c.said_on]
    assert dated == [
        ("Le président Poutine", "--09-14"),
        ("M. Poutine a égaleme", "--09-14"),
        ("le « renforcement de", "--09-13"),
        ("la Russie remportera", "--09-13"),
    ]


def test_the_same_speakers_next_statement_in_the_next_paragraph_inherits_the_date():
    text = ("Title\n\nMinister Ana Lobo said on Monday that the plant would close in March.\n\n"
            "Lobo said the 300 workers would be offered jobs elsewhere.\n\n"
            "Residents fear for the town.\n\nLobo said the site would be sold.\n")
    claims = [c for c in extract(Article(text, language="en", published=date(2026, 11, 25))).claims if c.kind != "assertion"]
    assert [(c.content[:15], c.said_on.iso() if c.said_on else None) for c in claims] == [
        ("the plant would", "2026-11-23"), ("the 300 workers", "2026-11-23"), ("the site would ", None)]


def test_a_statement_dated_by_a_month_alone_is_dated_before_publication_or_not_at_all():
    text = "Title\n\nThe network said in June that gold worth $1.8 billion had left the country.\n"
    claim = extract(Article(text, language="en", published=date(2026, 11, 21))).claims[0]
    assert claim.said_on == PartialDate(2026, 6)  # (a content date "in June" keeps its year unknown this far away)
    claim = extract(Article(text.replace("June", "December"), language="en", published=date(2026, 11, 21))).claims[0]
    assert claim.said_on is None  # the nearest December comes after the article: no day it reports a statement on
    claim = extract(Article(text, language="en")).claims[0]
    assert claim.said_on == PartialDate(None, 6)


def test_a_year_alone_dates_a_statement_only_between_its_verb_and_its_content():
    text = ("Title\n\nThe line opened in 2019. A public inquiry concluded in 2022 that it had been rushed into "
            "service.\n\nAnn Lee, who took office in 2019, said the budget was a mistake.\n")
    said = _said_on_by_opening(text, "en", date(2026, 11, 21))
    assert said == {"it had been ru": PartialDate(2022), "the budget was": None}


def test_a_date_a_span_starts_from_is_no_day_of_the_statement():
    text = ("Title\n\nA factory administrator said the company \"has never refused to pay\" and blamed a buyer that "
            "had not settled its invoices since August.\n\n"
            "Speaking after Saturday's match, the coach said the players had given everything.\n")
    said = _said_on_by_opening(text, "en", date(2026, 11, 24))
    assert said == {'the company "h': None, "the players ha": PartialDate(2026, 11, 21)}


def test_a_day_of_the_sentence_before_naming_the_speaker_dates_the_statement():
    text = ("Title\n\nThe hospice's chief executive, Fiona Dale, gave evidence on Thursday afternoon. She said the "
            "trust had been forced to cut two nursing posts.\n\nThe court sat on Friday. Ann Lee said the case was "
            "unusual.\n")
    said = _said_on_by_opening(text, "en", date(2026, 8, 7))
    assert said == {"the trust had ": PartialDate(2026, 8, 6), "the case was u": None}


def test_a_day_to_come_in_the_sentence_before_dates_no_statement():
    text = ("Title\n\nThe magistrate, Ana Tora, set the trial for October 21. \"This matter has waited long "
            "enough,\" the magistrate said.\n")
    said = _said_on_by_opening(text, "en", date(2026, 8, 15))
    assert said == {"This matter ha": None}


def test_a_statement_made_at_an_occasion_the_article_dated_takes_its_day():
    text = ("Titre\n\nLe conseil municipal a voté mardi la baisse des subventions aux associations.\n\n"
            "L'adjoint aux finances, Hugo Mercier, a justifié cette décision par la hausse des dépenses. « Toutes les "
            "associations sont mises à contribution », a-t-il déclaré en séance.\n\n« Le festival survivra », "
            "a-t-il ajouté plus tard.\n")
    said = _said_on_by_opening(text, "fr", date(2026, 11, 26))
    assert said["Toutes les ass"] == PartialDate(2026, 11, 24)


def test_statements_told_to_a_committee_or_at_a_briefing_take_the_day_of_the_meeting():
    text = ("Title\n\nThe city council voted on Tuesday to borrow 900 million zloty.\n\nCity treasurer Anna Wrobel "
            "told councillors before the vote that tax changes had cost the city 600 million zloty a year.\n")
    said = _said_on_by_opening(text, "en", date(2026, 11, 26))
    assert said == {"tax changes ha": PartialDate(2026, 11, 24)}


def test_a_statement_at_the_close_of_a_hearing_dated_paragraphs_before_takes_its_day():
    text = ("Title\n\nMore than 120 people filled a hearing room at the utilities commission on Monday evening.\n\n"
            "The company wants to raise residential rates by 11.4%.\n\nIt serves about 310,000 customers.\n\n"
            "Its shareholders have had a good year.\n\nCommission President Eric Lindqvist said at the close of the "
            "hearing that a decision was expected by the end of February.\n")
    said = _said_on_by_opening(text, "en", date(2026, 11, 11))
    assert said["a decision was"] == PartialDate(2026, 11, 9)


def test_statements_told_to_a_commission_in_plenary_or_at_the_finish_take_the_day_of_the_occasion():
    english = ("Title\n\nAbout 40 people testified on Monday.\n\nRob Hendry, a contractor, told the commission the "
               "company's crews had done good work on his street.\n")
    assert _said_on_by_opening(english, "en", date(2026, 11, 11))["the company's c"[:14]] == PartialDate(2026, 11, 9)
    french = ("Titre\n\nLes députés ont adopté, ce mercredi 18 novembre, le projet de loi.\n\nPrésentant le texte en "
              "plénière, le ministre, Abdou Sarr, a soutenu que le parrainage avait montré ses limites.\n\nLe député "
              "Marc Holler a estimé à la sortie de la réunion que le gouvernement connaissait ces risques.\n")
    said = _said_on_by_opening(french, "fr", date(2026, 11, 19))
    assert said["le parrainage "] == said["le gouvernemen"] == PartialDate(2026, 11, 18)

def test_a_day_after_publication_is_no_day_a_statement_was_made():
    text = "Title\n\nFares will rise by 20 percent, the minister said in a decree taking effect on December 1.\n"
    claim = extract(Article(text, language="en", published=date(2026, 11, 14))).claims[0]
    assert claim.said_on is None


def test_seed_claims_and_credits():
    extraction = extract(Article(SEED.read_text(encoding="utf-8"), language="fr"))
    claims = [c for c in extraction.claims if c.kind != "assertion"]
    assert [c.speaker.name for c in claims] == (
        ["Kremlin"] + ["Dmitri Peskov"] * 8 + ["Vladimir Poutine", "Kim Jong-un", "Vladimir Poutine", "Dmitri Peskov"]
    )
    # every claim of the gold file, the borderline one too, with its exact span, kind and speaker
    gold = [json.loads(line) for line in SEED.with_name(SEED.stem + ".gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(g["kind"], g["start"], g["end"], g["speaker"]) for g in gold if "kind" in g] == [
        (c.kind, c.start, c.end, c.speaker.name) for c in claims]
    assert extraction.cited_sources == ["AFP", "Reuters"]
    assert extraction.photo_credits == ["Reuters", "KCNA"]
    assert not any("Lien source" in c.content or "Photo" in c.content for c in extraction.claims)


def test_every_claim_content_matches_its_offsets():
    extraction = extract(Article(SEED.read_text(encoding="utf-8"), language="fr"))
    text = SEED.read_text(encoding="utf-8")
    for claim in extraction.claims:
        spans = claim.spans or [(claim.start, claim.end)]
        assert claim.content == " ".join(text[s:e] for s, e in spans)
        assert (claim.start, claim.end) == (spans[0][0], spans[-1][1])
    assert [c.start for c in extraction.claims] == sorted(c.start for c in extraction.claims)


def test_unknown_language_yields_direct_quotes_only():
    text = (
        "„Wir schaffen das“, sagte die Kanzlerin am Montag in Berlin.\n\n"
        "Die Opposition sagte, dass die Regierung versagt habe. »Das ist ein Skandal"
    )
    extraction = extract(Article(text, language="de"))
    assert extraction.language == "de"
    assert [(c.kind, c.content) for c in extraction.claims] == [("direct", "Wir schaffen das")]


def test_language_is_detected_when_missing():
    extraction = extract(Article("« Nous sommes prêts », a déclaré le ministre Paul Martin devant les députés."))
    assert extraction.language == "fr"
    assert extraction.claims[0].speaker.name == "Paul Martin"



def _assertion_texts(text: str, language: str) -> list[str]:
    return [c.content for c in extract(Article(text, language=language)).claims if c.kind == "assertion"]

@pytest.mark.parametrize("line, language", [
    ("10 November 2026 • 9:00pm", "en"),
    ("Tuesday, November 24, 2026 - 5:00 am", "en"),
    ("Posted: 6:12 PM CST Friday, Nov. 20, 2026", "en"),
    ("By Brian Otieno | November 20th, 2026", "en"),
    ("By Marcus Delaney Globe Staff, Updated November 19, 2026, 7:45 p.m", "en"),
    ("Fri, Nov 27, 2026 page 3", "en"),
    ("Par Karim Aït-Saïd | Publié le 27/11/2026", "fr"),
    ("Par Claire Hoffmann - 18 nov", "fr"),
    ("Le 22 novembre 2026 à 00h35 - Mis à jour à 10h12", "fr"),
    ("Ici Beyrouth | vendredi 20 novembre 2026", "fr"),
])
def test_a_timestamp_or_byline_line_is_no_assertion(line, language):
    # Dated page furniture of unrelated articles made one "statement" with dates that differ.
    sentence = ("Le port a rouvert mardi après trois jours de grève." if language == "fr"
                else "The port reopened on Tuesday after a three-day strike.")
    text = f"Port reopens\n\n{line}\n\n{sentence}\n"
    assert _assertion_texts(text, language) == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence, language", [
    ("Le surcoût est estimé à 380 000 euros.", "fr"),
    ("Le projet remonte à 2019.", "fr"),
    ("Deux heures par jour, parfois moins.", "fr"),
    ("Bayes withdrew in March 2019.", "en"),
    ("By March 2025, unemployment had reached 7 percent.", "en"),
    ("Par ailleurs, le chômage a atteint 7 % en mars.", "fr"),
])
def test_a_short_sentence_of_the_outlet_stays_an_assertion(sentence, language):
    text = f"Title\n\n{sentence}\n"
    assert _assertion_texts(text, language) == [sentence.rstrip(".")]


def test_a_source_list_entry_is_no_assertion():
    text = ("Port reopens\n\nThe port reopened on Tuesday after a three-day strike.\n\nSources\n\n"
            '"Storm frees thousands of farmed salmon in Norway" — Reuters, November 27, 2026\n')
    assert _assertion_texts(text, "en") == ["The port reopened on Tuesday after a three-day strike"]


def test_an_occasion_takes_no_day_of_the_background_months_before():
    text = ("Title\n\nThe building collapsed on June 9, killing four workers.\n\nThe owner's son, Lim Wei, told "
            "reporters outside the court that his father had not visited the site that month.\n")
    said = _said_on_by_opening(text, "en", date(2026, 11, 12))
    assert said["his father had"] is None


def test_another_speakers_statement_in_the_sentence_before_lends_no_date():
    text = ("Title\n\nThe mayor said on Tuesday that the bridge would reopen in March. Residents said that the detour "
            "added an hour to their commute.\n")
    said = _said_on_by_opening(text, "en", date(2026, 11, 26))
    assert said["the bridge wou"] == PartialDate(2026, 11, 24)
    assert said["the detour add"] is None
