"""Statement groups: blocking, one claim per article, French↔English, incremental updates."""

from __future__ import annotations

import pytest

from compare_support import discrepancies, facts, store

QUOTE = "Le sommet entre les dirigeants des deux pays était opportun, utile et constructif"
OTHER = "La Russie continuera de développer ses relations avec la Corée du Nord voisine"


def peskov(content, **extra):
    claim = {"content": content, "speaker": "Dmitri Peskov", "role": "porte-parole du Kremlin",
             "mention": "M. Peskov", "kind": "direct"}
    claim.update(extra)
    return claim


def _groups(db) -> dict[int, int]:
    with db.reader() as rows:
        return {r["id"]: r["group_id"] for r in rows.all("SELECT id, group_id FROM claims ORDER BY id")}


@pytest.mark.parametrize("update_from", [True, False])
def test_every_claim_gets_a_group_and_versions_share_one(db, monkeypatch, update_from):
    # (SQLite before 3.33 has no `UPDATE … FROM`: one UPDATE per claim gives the same groups.)
    import claims.compare.sqlio as sqlio

    monkeypatch.setattr(sqlio, "UPDATE_FROM", update_from and sqlio.UPDATE_FROM)
    store(
        db,
        ("AFP", "2023-09-15", [peskov(QUOTE), peskov(OTHER)]),
        ("Le Quotidien", "2023-09-15", [peskov(OTHER), peskov(QUOTE)]),
    )
    groups = _groups(db)
    assert None not in groups.values()
    assert groups[1] == groups[4] and groups[2] == groups[3] and groups[1] != groups[2]


def test_claims_of_one_article_never_share_a_group(db):
    store(db, ("AFP", "2023-09-15", [peskov(QUOTE), peskov(QUOTE)]))
    groups = _groups(db)
    assert groups[1] != groups[2]


def test_articles_far_apart_in_time_are_not_compared(db):
    store(db, ("AFP", "2023-09-15", [peskov(QUOTE)]))
    store(db, ("Le Quotidien", "2023-11-20", [peskov(QUOTE.replace("opportun", "inutile"))]))
    groups = _groups(db)
    assert groups[1] != groups[2]
    assert discrepancies(db) == []


def test_french_and_english_versions_grouped_by_speaker_and_anchors(db):
    numbers = facts(numbers=[(40_000_000, "USD", "40 millions de dollars")], dates=[("2023-10-03", "3 octobre")])
    numbers_en = facts(numbers=[(40_000_000, "USD", "$40 million")], dates=[("2023-10-03", "Oct. 3")])
    marsh = {"speaker": "Helen Marsh", "mention": "Helen Marsh", "kind": "indirect"}
    store(
        db,
        ("Reuters", "2023-09-29", [{"content": "the harbour in Halifax would reopen on Oct. 3 after repairs costing $40 million",
                                    "facts": numbers_en, **marsh}], {"language": "en"}),
        ("Le Matin", "2023-09-29", [{"content": "le port de Halifax rouvrirait le 3 octobre après des réparations de 40 millions de dollars",
                                     "facts": numbers, **marsh}]),
        ("La Gazette", "2023-09-29", [{"content": "le port de Halifax rouvrirait le 3 octobre après des réparations de 40 millions de dollars",
                                       "facts": numbers, **marsh, "speaker": "David Okafor", "mention": "David Okafor"}]),
    )
    groups = _groups(db)
    assert groups[1] == groups[2]
    # Same French wording from another speaker joins through its words, not through anchors.
    assert groups[3] == groups[2]


def test_places_named_in_each_language_anchor_a_translation(db):
    store(
        db,
        ("AFP", "2023-09-15", [peskov(OTHER, facts=facts(entities=["Russie", "Corée du Nord"]))]),
        ("Wire", "2023-09-15", [peskov("Russia will continue to develop its relations with neighbouring North Korea",
                                       facts=facts(entities=["Russia", "North Korea"]))], {"language": "en"}),
    )
    groups = _groups(db)
    assert groups[1] == groups[2]


def test_an_entity_has_one_key_in_french_and_english():
    from claims.compare.facts import entity_key

    assert entity_key("Russie") == entity_key("Russia") == "russia"
    assert entity_key("la Corée du Nord") == entity_key("North Korea")
    assert entity_key("Sergueï Lavrov") == entity_key("Sergei Lavrov")
    assert entity_key("Sergueï Lavrov") != entity_key("Sergueï Choïgou")


def _marsh(content, number, unit, text, **extra):
    return {"content": content, "speaker": "Helen Marsh", "kind": "indirect",
            "facts": facts(numbers=[(number, unit, text)]), **extra}


@pytest.mark.parametrize("english_speaker, grouped", [("Helen Marsh", True), ("David Okafor", False)])
def test_a_large_number_alone_anchors_a_translation_by_the_same_speaker(db, english_speaker, grouped):
    store(
        db,
        ("AFP", "2024-03-02", [_marsh("1 200 dockers ont été temporairement mis au chômage", 1200, None, "1 200")]),
        ("Wire", "2024-03-02", [_marsh("1,200 dock workers were temporarily laid off", 1200, None, "1,200",
                                       speaker=english_speaker)], {"language": "en"}),
    )
    groups = _groups(db)
    assert (groups[1] == groups[2]) is grouped


def test_a_small_number_alone_does_not_anchor_a_translation(db):
    store(
        db,
        ("AFP", "2024-03-02", [_marsh("les navires accosteront dans les trois jours", 3, "day", "trois jours")]),
        ("Wire", "2024-03-02", [_marsh("the ships will dock within three days", 3, "day", "three days")],
         {"language": "en"}),
    )
    groups = _groups(db)
    assert groups[1] != groups[2]


def test_an_international_body_named_in_each_language_is_one_speaker(db):
    anchors = facts(numbers=[(1_200_000, None, "1,2 million")], dates=[("2024-03-01", "1er mars")])
    anchors_en = facts(numbers=[(1_200_000, None, "1.2 million")], dates=[("2024-03-01", "March 1")])
    who = {"speaker": "Organisation mondiale de la santé", "speaker_kind": "organisation", "kind": "indirect"}
    store(
        db,
        ("AFP", "2024-03-02", [{"content": "1,2 million de doses arriveront le 1er mars", "facts": anchors, **who}]),
        ("Wire", "2024-03-02", [{"content": "1.2 million doses would arrive on March 1", "facts": anchors_en,
                                 **who, "speaker": "World Health Organization"}], {"language": "en"}),
    )
    groups = _groups(db)
    assert groups[1] == groups[2]


def _assertion(content, **extra):
    return {"content": content, "speaker": None, "kind": "assertion", **extra}


@pytest.mark.parametrize("first, second, one_fact", [
    # Two outlets' own sentences naming different things are two facts, not one told twice.
    (("The Belorian parliament has 153 members, elected for five years", 153),
     ("The Ostrian parliament has 46 members, elected for five years", 46), False),
    # One thing named two ways ("Ostrian" / "Ostria's") is one fact, whose numbers then differ.
    (("The Ostrian parliament has 46 members, elected for five years", 46),
     ("Ostria's parliament has 64 members, elected for five years", 64), True),
])
def test_outlet_sentences_are_one_fact_only_when_they_name_the_same_things(db, first, second, one_fact):
    store(
        db,
        *((outlet, "2023-05-02", [_assertion(content, facts=facts(numbers=[(number, None, str(number))]))],
           {"language": "en"}) for outlet, (content, number) in (("AFP", first), ("Wire", second))),
    )
    groups = _groups(db)
    assert (groups[1] == groups[2]) is one_fact
    assert [d["type"] for d in discrepancies(db)] == (["number_mismatch"] if one_fact else [])


def test_different_speaker_across_languages_is_not_grouped(db):
    anchors = facts(numbers=[(52_000_000_000, "EUR", "52 milliards d'euros")])
    store(
        db,
        ("AFP", "2023-03-15", [{"content": "la France investira 52 milliards d'euros à Penly", "speaker": "Claire Dumont",
                                "kind": "indirect", "facts": anchors}]),
        ("Wire", "2023-03-15", [{"content": "France will invest 52 billion euros at Penly", "speaker": "Jean Morel",
                                 "kind": "indirect", "facts": anchors}], {"language": "en"}),
    )
    groups = _groups(db)
    assert groups[1] != groups[2]


def test_a_new_batch_recomputes_only_the_groups_it_touches(db):
    store(
        db,
        ("AFP", "2023-09-15", [peskov(QUOTE)]),
        ("Nouvelles", "2023-09-15", [peskov(QUOTE.replace("opportun, utile", "utile"))]),
        ("AFP", "2023-03-15", [peskov(OTHER)]),
        ("Ouest", "2023-03-15", [peskov(OTHER.replace("voisine", "lointaine"))]),
    )
    with db.reader() as rows:
        before = {r["group_id"]: r["id"] for r in rows.all("SELECT id, group_id FROM discrepancies")}
    assert len(before) == 2
    store(db, ("La Gazette", "2023-09-16", [peskov(QUOTE.replace("constructif", "historique"))]))
    with db.reader() as rows:
        after = rows.all("SELECT id, group_id FROM discrepancies ORDER BY id")
    march_group = max(before, key=lambda g: g)  # the March statement was grouped second
    untouched = [r for r in after if r["group_id"] == march_group]
    assert [r["id"] for r in untouched] == [before[march_group]]
    september = [r for r in after if r["group_id"] != march_group]
    assert len(september) == 2 and all(r["id"] > max(before.values()) for r in september)


def test_source_article_arriving_later_reveals_unsupported_claims(db):
    extra = peskov("Vladimir Poutine assistera au forum économique de Vladivostok l'an prochain", kind="indirect")
    store(db, ("Nouvelles", "2023-09-15", [peskov(QUOTE), extra], {"cited": ("AFP",)}))
    assert discrepancies(db) == []
    store(db, ("AFP", "2023-09-15", [peskov(QUOTE)], {"cited": ("AFP",)}))
    [found] = discrepancies(db)
    assert found["type"] == "source_unsupported"
    assert found["claims"][0]["article"]["outlet"] == "Nouvelles"


def test_source_in_another_language_cannot_support_or_refute(db):
    extra = peskov("Vladimir Poutine assistera au forum économique de Vladivostok l'an prochain", kind="indirect")
    store(
        db,
        ("Nouvelles", "2023-09-15", [peskov(QUOTE), extra], {"cited": ("AFP",)}),
        ("AFP", "2023-09-15", [peskov(QUOTE)], {"cited": ("AFP",), "language": "en"}),
    )
    assert discrepancies(db) == []


# -- shortcuts that must never change an answer ----------------------------------------------

_SENTENCES = [
    "Le sommet entre les dirigeants des deux pays était opportun, utile et constructif",
    "Le sommet était utile et constructif",
    "La Russie continuera de développer ses relations avec la Corée du Nord voisine",
    "Russia will keep developing its relations with neighbouring North Korea, Peskov said on 14 September",
    "The summit between the two leaders was timely, useful and constructive",
    "Aucun accord n'a été signé lors de la visite de Kim Jong-un",
    "Des accords ont été signés lors de la visite de Kim Jong-un",
    "Le chômage atteint 5,1 % de la population active",
    "Unemployment stands at 5.1% of the workforce",
]


def _view(i, content, language, speaker, said_on=None, kind="direct", numbers=()):
    from claims.compare.views import make_view

    return make_view({
        "id": i, "article_id": i, "kind": kind, "content": content, "language": language,
        "said_on": said_on, "speaker_id": speaker[0], "speaker_key": speaker[1],
        "speaker_name": speaker[2], "speaker_kind": speaker[3], "mention": speaker[2],
        "role": speaker[4], "facts": facts(numbers=numbers), "group_id": None,
        "published": "2023-09-15", "outlet": f"outlet {i}",
    })


def test_the_cheap_match_precheck_never_rejects_a_pair_that_scores():
    from itertools import product

    from claims.compare import similarity

    speakers = [(1, "peskov", "Dmitri Peskov", "person", "porte-parole du Kremlin"),
                (2, "kremlin", "Kremlin", "organisation", None),
                (3, "poutine", "Vladimir Poutine", "person", None)]
    views = []
    for n, (content, speaker, said_on, kind) in enumerate(
        product(_SENTENCES, speakers, (None, "2023-09-14", "2023-09-20"), ("direct", "assertion")), 1
    ):
        language = "en" if content.isascii() and " the " in f" {content.lower()} " else "fr"
        views.append(_view(n, content, language, speaker, said_on, kind))
    scored = 0
    for a, b in product(views, views):
        if a.article_id == b.article_id:
            continue
        if similarity._may_match(a, b):
            continue
        # The precheck said no: the full scoring must say no as well.
        original = similarity._may_match
        similarity._may_match = lambda a, b: True
        try:
            assert similarity._match_score(a, b) is None, (a.content, b.content)
        finally:
            similarity._may_match = original
        scored += 1
    assert scored > 1000


def test_negation_and_entity_prechecks_agree_with_the_word_diff():
    from itertools import product

    from claims.compare import detectors
    from claims.compare.worddiff import changed_words

    speaker = (1, "peskov", "Dmitri Peskov", "person", None)
    views = [_view(n, c, "fr", speaker) for n, c in enumerate(_SENTENCES, 1)]
    for a, b in product(views, views):
        if a.words == b.words:
            continue
        removed, added = changed_words(detectors.word_diff(a.content, b.content))
        negation = any(w in detectors.NEGATION_WORDS for w in removed) != any(
            w in detectors.NEGATION_WORDS for w in added
        )
        assert detectors.negation_conflict(a, b) == negation
        ops = detectors.word_diff(a.content, b.content)
        names_a, names_b = detectors._names(a.content), detectors._names(b.content)
        assert detectors.entities_conflict(a, b) == detectors._name_swapped(names_a, names_b, ops)


def test_a_view_shows_its_row_as_stored_now(db):
    from claims.compare.refresh import views_of

    store(db, ("AFP", "2023-09-15", [peskov(QUOTE)]), ("Le Quotidien", "2023-09-15", [peskov(QUOTE)]))
    from claims.compare.grouping import _claims_where_in

    with db.writer() as conn:
        first = views_of(conn, _claims_where_in(conn, "article_id", {1}))
        conn.exec_driver_sql("UPDATE claims SET content = 'Le sommet a été annulé' WHERE id = 1")
        changed = views_of(conn, _claims_where_in(conn, "article_id", {1}))
    assert first[0].content == QUOTE
    assert changed[0].content == "Le sommet a été annulé" and changed[0].vocabulary != first[0].vocabulary


def test_grouping_does_not_depend_on_the_hash_seed(tmp_path):
    """Ten equally rare words, eight looked at: which eight must not depend on the hash seed."""
    import os
    import subprocess
    import sys

    script = """
import sys
sys.path.insert(0, "tests")
from claims.store.db import Database
from compare_support import store
common = "ministre annonce budget hausse taxes entreprises".split()
rare = "ambre bison cobalt dune ermite falaise givre hibou iris jasmin".split()
def claim(words):
    return [{"content": " ".join(words), "speaker": "Dmitri Peskov"}]
db = Database(sys.argv[1])
filler = "kayak lagune menthe navire olive".split()
for word in rare[2:8]:  # each of these words as rare as the other four
    store(db, (f"Other {word}", "2023-09-15", claim([word] + filler)))
store(db, ("First", "2023-09-15", claim(rare[:2])))  # an excerpt of the new claim
store(db, ("Second", "2023-09-15", claim(rare[8:])))  # another one
store(db, ("New", "2023-09-15", claim(common + rare)))
with db.reader() as rows:
    print(rows.all("SELECT group_id FROM claims ORDER BY id DESC LIMIT 1"))
"""
    outputs = set()
    for seed in "12345678":
        done = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / f"h{seed}.db")],
            capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed}, cwd=os.path.dirname(os.path.dirname(__file__)),
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs
