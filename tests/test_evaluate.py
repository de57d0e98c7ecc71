"""Scoring against gold: word overlap thresholds, borderline claims, `none` articles, speakers."""

from __future__ import annotations

import pytest

from claims.evaluate import content_words, score, word_overlap


def gold(article, content, kind="direct", speaker="Paul Martin", core=True):
    return {"article": article, "kind": kind, "content": content, "speaker": speaker, "core": core}


def pred(content, kind="direct", speaker="Paul Martin"):
    return {"kind": kind, "content": content, "speaker": speaker}


def test_word_overlap_ignores_case_accents_and_punctuation():
    a = content_words("La Réforme sera votée, avant l'été.")
    b = content_words("la reforme sera votee avant l ete")
    assert word_overlap(a, b) == 1.0
    assert word_overlap(content_words("un deux trois quatre"), content_words("un deux")) == 0.5


def test_thresholds_count_partial_matches_differently():
    records = [gold("a1", "one two three four five six seven eight nine ten")]
    report = score(records, {"a1": [pred("one two three four five")]})
    assert report.overall[0.3].tp == 1 and report.overall[0.3].fp == 0
    assert report.overall[0.8].tp == 0
    assert report.overall[0.8].fp == 1 and report.overall[0.8].fn == 1


def test_borderline_gold_is_never_a_miss_nor_a_false_positive():
    records = [
        gold("a1", "the plan will cost ten million euros", core=True),
        gold("a1", "the possibility of a new bridge over the river", kind="indirect", core=False),
    ]
    found = score(records, {"a1": [pred("the plan will cost ten million euros")]})
    assert (found.overall[0.3].tp, found.overall[0.3].fp, found.overall[0.3].fn) == (1, 0, 0)
    both = score(records, {"a1": [pred("the plan will cost ten million euros"),
                                  pred("the possibility of a new bridge over the river", kind="indirect")]})
    assert (both.overall[0.3].tp, both.overall[0.3].fp, both.overall[0.3].fn) == (1, 0, 0)
    assert both.gold_claims == 1


def test_articles_without_claims_count_false_positives():
    records = [{"article": "a2", "none": True}]
    report = score(records, {"a2": [pred("a quote that is not there")]})
    assert report.overall[0.3].fp == 1
    assert report.overall[0.3].precision == 0.0
    assert report.false_positives[0]["content"] == "a quote that is not there"


def test_assertions_are_not_scored_and_metadata_lines_are_skipped():
    records = [{"article": "a3", "language": "fr", "cited_sources": ["AFP"]}, gold("a3", "nous sommes prêts à signer")]
    report = score(records, {"a3": [pred("nous sommes prêts à signer"), pred("Le train est arrivé le 12 mai", kind="assertion")]})
    assert (report.overall[0.8].tp, report.overall[0.8].fp) == (1, 0)
    assert report.predicted_claims == 1


def test_speaker_accuracy_compares_names_loosely():
    records = [
        gold("a4", "we will win this election", speaker="Vladimir Poutine"),
        gold("a4", "the economy is growing fast", speaker="le Kremlin"),
        gold("a4", "nothing has been decided yet", speaker="Dmitri Peskov"),
        gold("a4", "the talks failed last night", speaker=None),
    ]
    predicted = {"a4": [
        pred("we will win this election", speaker="VLADIMIR POUTINE"),
        pred("the economy is growing fast", speaker="Kremlin"),
        pred("nothing has been decided yet", speaker="Sergueï Lavrov"),
        pred("the talks failed last night", speaker=None),
    ]}
    report = score(records, predicted)
    assert (report.speaker_correct, report.speaker_matched) == (3, 4)
    assert report.speaker_accuracy == pytest.approx(0.75)
    assert report.wrong_speakers == [{"article": "a4", "content": "nothing has been decided yet",
                                      "gold": "Dmitri Peskov", "predicted": "Sergueï Lavrov"}]


def test_per_kind_figures_and_misses():
    records = [gold("a5", "first direct quote here"), gold("a5", "an indirect claim was made", kind="indirect")]
    report = score(records, {"a5": [pred("first direct quote here")]})
    assert report.by_kind[0.3]["direct"].recall == 1.0
    assert report.by_kind[0.3]["indirect"].recall == 0.0
    assert [m["content"] for m in report.misses] == ["an indirect claim was made"]
    assert report.overall[0.3].f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_one_prediction_matches_one_gold_claim():
    records = [gold("a6", "alpha beta gamma delta"), gold("a6", "alpha beta gamma delta")]
    report = score(records, {"a6": [pred("alpha beta gamma delta")]})
    assert (report.overall[0.3].tp, report.overall[0.3].fn) == (1, 1)


def test_said_on_agreement_over_matched_claims():
    records = [
        {**gold("a1", "the bridge will reopen in March"), "said_on": "2019-01-07"},
        {**gold("a1", "the school will close next year"), "said_on": None},
        {**gold("a1", "taxes will not rise this winter"), "said_on": "--01-07"},
        gold("a1", "nobody found this claim anywhere at all"),
    ]
    predicted = {"a1": [
        {**pred("the bridge will reopen in March"), "said_on": "2019-01-07"},
        {**pred("the school will close next year"), "said_on": None},
        {**pred("taxes will not rise this winter"), "said_on": "2019-01-07"},
    ]}
    report = score(records, predicted)
    assert (report.said_on_correct, report.said_on_matched) == (2, 3)
    assert report.wrong_dates == [{"article": "a1", "content": "taxes will not rise this winter",
                                    "gold": "--01-07", "predicted": "2019-01-07"}]
    assert report.to_dict()["said_on_agreement"] == round(2 / 3, 4)


def test_said_on_not_scored_when_predictions_carry_none():
    records = [{**gold("a1", "the bridge will reopen in March"), "said_on": "2019-01-07"}]
    report = score(records, {"a1": [pred("the bridge will reopen in March")]})
    assert report.said_on_matched == 0 and report.said_on_agreement == 0.0


def test_a_leading_article_is_no_part_of_a_speaker_name():
    from claims.evaluate import same_speaker

    assert same_speaker("des climatologues de l'Université du Chili", "climatologues de l'Université du Chili")
    assert same_speaker("une source proche du dossier", "source proche du dossier")
    assert same_speaker("the ministry", "Ministry")
    assert not same_speaker("des climatologues", "des glaciologues")


def test_boundary_errors_list_core_claims_matched_loosely_but_not_strictly():
    from claims.evaluate import boundary_errors

    records = [gold("a1", "one two three four five six seven eight nine ten"),
               gold("a1", "the bridge will open in May", kind="indirect"),
               gold("a1", "a wider road for the lorries", kind="indirect", core=False)]
    predicted = {"a1": [pred("one two three four five"), pred("the bridge will open in May", kind="indirect"),
                        pred("a wider road", kind="indirect")]}
    errors = boundary_errors(records, predicted)
    assert [(e["gold"], e["predicted"], e["overlap"]) for e in errors] == [
        ("one two three four five six seven eight nine ten", "one two three four five", 0.5)]
