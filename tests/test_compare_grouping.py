"""Statement groups: blocking, one claim per article, French↔English, incremental updates."""

from __future__ import annotations

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


def test_every_claim_gets_a_group_and_versions_share_one(db):
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
