"""Each discrepancy type on hand-built versions of a statement, and what must stay silent."""

from __future__ import annotations

from compare_support import discrepancies, facts, store

DAY = "2023-09-15"
QUOTE = "Le sommet entre les dirigeants des deux pays était opportun, utile et constructif"


def peskov(content, **extra):
    claim = {"content": content, "speaker": "Dmitri Peskov", "role": "porte-parole du Kremlin",
             "mention": "M. Peskov", "kind": "direct", "said_on": "2023-09-14"}
    claim.update(extra)
    return claim


def _types(found):
    return sorted(d["type"] for d in found)


def test_faithful_copies_with_other_typography_raise_nothing(db):
    store(
        db,
        ("AFP", DAY, [peskov("« " + QUOTE + " »")]),
        ("Le Quotidien", DAY, [peskov('"' + QUOTE.replace("'", "’") + '"')]),
        ("Ouest-Matin", "2023-09-16", [peskov(QUOTE.upper())]),
    )
    assert discrepancies(db) == []


def test_strict_excerpt_of_a_quote_is_not_a_discrepancy(db):
    store(
        db,
        ("AFP", DAY, [peskov(QUOTE)]),
        ("Le Quotidien", DAY, [peskov("Le sommet entre les dirigeants des deux pays était opportun")]),
        ("La Gazette", DAY, [peskov("Le sommet entre les dirigeants […] était opportun, utile et constructif")]),
    )
    assert discrepancies(db) == []


def test_quote_wording_shows_a_word_diff(db):
    store(
        db,
        ("AFP", DAY, [peskov(QUOTE)]),
        ("Le Quotidien", DAY, [peskov(QUOTE)]),
        ("Nouvelles", DAY, [peskov(QUOTE.replace("opportun, utile", "utile"))]),
    )
    [found] = discrepancies(db)
    assert found["type"] == "quote_wording"
    assert found["severity"] == "medium"
    assert [c["article"]["outlet"] for c in found["claims"]] == ["AFP", "Nouvelles"]
    changed = [op for op in found["evidence"]["diff"] if op["op"] != "equal"]
    assert changed == [{"op": "delete", "a": "opportun,", "b": ""}]


def test_number_mismatch_with_written_numbers_and_percentages(db):
    jobs = "Ce programme créera {} emplois et couvrira {} du coût"
    same = facts(numbers=[(30000, None, "30 000"), (50, "%", "50 %")])
    store(
        db,
        ("AFP", DAY, [peskov(jobs.format("30 000", "50 %"), facts=same)]),
        ("Le Quotidien", DAY, [peskov(jobs.format("trente mille", "cinquante pour cent"),
                                      facts=facts(numbers=[(30000, None, "trente mille"), (50, "pour cent", "cinquante pour cent")]))]),
        ("Ouest-Matin", DAY, [peskov(jobs.format("25 000", "50 %"),
                                     facts=facts(numbers=[(25000, None, "25 000"), (50, "%", "50 %")]))]),
    )
    [found] = discrepancies(db)
    assert found["type"] == "number_mismatch"
    assert found["claims"][-1]["article"]["outlet"] == "Ouest-Matin"
    assert found["summary"].startswith("Numbers differ: Ouest-Matin: 25 000 vs ")
    assert [c["article"]["outlet"] for c in found["claims"]][-1] == "Ouest-Matin"
    assert len(found["claims"]) == 2  # the written-out and the digit versions agree


def test_omitted_number_is_not_a_mismatch(db):
    store(
        db,
        ("AFP", DAY, [peskov("Ce programme créera 30 000 emplois dans la région", kind="indirect",
                             facts=facts(numbers=[(30000, None, "30 000")]))]),
        ("Le Quotidien", DAY, [peskov("Ce programme créera des emplois dans la région", kind="indirect")]),
    )
    assert discrepancies(db) == []


def test_date_mismatch_but_partial_date_is_compatible(db):
    text = "Sergueï Lavrov se rendra en Corée du Nord en {} pour une visite officielle"
    store(
        db,
        ("AFP", DAY, [peskov(text.format("octobre"), kind="indirect", facts=facts(dates=[("--10", "octobre")]))]),
        ("Le Quotidien", DAY, [peskov(text.format("octobre 2023"), kind="indirect",
                                      facts=facts(dates=[("2023-10", "octobre 2023")]))]),
        ("La Gazette", DAY, [peskov(text.format("novembre"), kind="indirect", facts=facts(dates=[("--11", "novembre")]))]),
    )
    [found] = discrepancies(db)
    assert found["type"] == "date_mismatch"
    reference, odd = [c["article"]["outlet"] for c in found["claims"]]
    assert reference in ("AFP", "Le Quotidien") and odd == "La Gazette"


def test_said_on_mismatch(db):
    store(
        db,
        ("AFP", DAY, [peskov(QUOTE, said_on="2023-09-14")]),
        ("Le Quotidien", DAY, [peskov(QUOTE, said_on="--09-14")]),
        ("La Gazette", DAY, [peskov(QUOTE, said_on="2023-09-13")]),
    )
    assert _types(discrepancies(db)) == ["date_mismatch"]


def test_entity_swapped(db):
    text = "le ministre Sergueï {} se rendrait en Corée du Nord le mois prochain"
    store(
        db,
        ("AFP", DAY, [peskov(text.format("Lavrov"), kind="indirect")]),
        ("Le Quotidien", DAY, [peskov(text.format("Lavrov"), kind="indirect")]),
        ("Nouvelles", DAY, [peskov(text.format("Choïgou"), kind="indirect")]),
    )
    [found] = discrepancies(db)
    assert found["type"] == "entity_mismatch"
    assert found["claims"][-1]["article"]["outlet"] == "Nouvelles"


def test_negation_mismatch_french_and_english(db):
    store(
        db,
        ("AFP", DAY, [peskov("aucun accord n'a été signé entre les deux pays lors du sommet", kind="indirect")]),
        ("Nouvelles", DAY, [peskov("des accords ont été signés entre les deux pays lors du sommet", kind="indirect")]),
        ("Reuters", DAY, [peskov("the closure had not affected fuel deliveries to the region", kind="indirect")], {"language": "en"}),
        ("Metro", DAY, [peskov("the closure had affected fuel deliveries to the region", kind="indirect")], {"language": "en"}),
    )
    assert _types(discrepancies(db)) == ["negation_mismatch", "negation_mismatch"]


def test_speaker_mismatch_but_organisation_and_spokesman_are_compatible(db):
    text = "la Russie et la Corée du Nord avaient le potentiel de coopérer dans l'espace"
    kremlin = {"speaker": "Kremlin", "speaker_kind": "organisation", "mention": "Le Kremlin", "role": None}
    store(
        db,
        ("AFP", DAY, [peskov(text, kind="indirect")]),
        ("Le Courrier", DAY, [peskov(text, kind="indirect", **kremlin)]),
        ("Le Quotidien", DAY, [peskov(text, kind="indirect")]),
        ("La Gazette", DAY, [peskov(text, kind="indirect", speaker="Vladimir Poutine", mention="M. Poutine", role="président")]),
    )
    [found] = discrepancies(db)
    assert found["type"] == "speaker_mismatch"
    assert found["claims"][-1]["speaker"]["name"] == "Vladimir Poutine"
    assert found["severity"] == "high"


def test_same_words_resolved_to_different_people_is_not_a_speaker_mismatch(db):
    text = "le premier réacteur sera mis en service en 2035 à Penly selon le calendrier"
    store(
        db,
        ("AFP", DAY, [peskov(text, kind="indirect", speaker="Claire Dumont", mention="la ministre")]),
        ("Le Quotidien", DAY, [peskov(text, kind="indirect", speaker="Jean Morel", mention="la ministre")]),
    )
    assert discrepancies(db) == []


def test_assertions_compared_for_numbers(db):
    fleet = "La France compte actuellement {} réacteurs en activité"
    store(
        db,
        ("AFP", DAY, [{"content": fleet.format(56), "kind": "assertion", "facts": facts(numbers=[(56, None, "56")])}]),
        ("Le Quotidien", DAY, [{"content": fleet.format(56), "kind": "assertion", "facts": facts(numbers=[(56, None, "56")])}]),
        ("La Dépêche", DAY, [{"content": fleet.format(58), "kind": "assertion", "facts": facts(numbers=[(58, None, "58")])}]),
    )
    [found] = discrepancies(db)
    assert found["type"] == "number_mismatch"
    assert found["claims"][-1]["article"]["outlet"] == "La Dépêche"


def test_source_unsupported_when_the_cited_agency_has_the_story_without_the_claim(db):
    shared = peskov(QUOTE)
    extra = peskov("Vladimir Poutine assistera au forum économique de Vladivostok l'an prochain", kind="indirect")
    store(
        db,
        ("AFP", DAY, [shared], {"cited": ("AFP",)}),
        ("Nouvelles", DAY, [shared, extra], {"cited": ("AFP",)}),
        ("Le Quotidien", DAY, [shared], {"cited": ("AFP",)}),
    )
    [found] = discrepancies(db)
    assert found["type"] == "source_unsupported"
    assert found["claims"][0]["text"].startswith("Vladimir Poutine assistera")
    assert found["evidence"]["sources"] == ["AFP"]
    assert [a["outlet"] for a in found["evidence"]["source_articles"]] == ["AFP"]


def test_no_source_unsupported_without_the_source_own_articles(db):
    extra = peskov("Vladimir Poutine assistera au forum économique de Vladivostok l'an prochain", kind="indirect")
    store(
        db,
        ("Nouvelles", DAY, [peskov(QUOTE), extra], {"cited": ("AFP",)}),
        ("Le Quotidien", DAY, [peskov(QUOTE)], {"cited": ("AFP",)}),
    )
    assert discrepancies(db) == []


def test_identical_copies_count_as_versions_and_all_odd_copies_are_listed(db):
    plan = "Ce programme créera {} emplois dans la région"
    right = peskov(plan.format("30 000"), facts=facts(numbers=[(30000, None, "30 000")]))
    wrong = peskov(plan.format("25 000"), facts=facts(numbers=[(25000, None, "25 000")]))
    store(
        db,
        ("Ouest-Matin", DAY, [wrong]),
        ("AFP", DAY, [right]),
        ("Le Quotidien", DAY, [right]),
        ("Nouvelles", DAY, [right]),
        ("La Gazette", DAY, [wrong]),
    )
    [found] = discrepancies(db)
    assert found["type"] == "number_mismatch"
    outlets = [c["article"]["outlet"] for c in found["claims"]]
    assert outlets == ["AFP", "Ouest-Matin", "La Gazette"]
    assert found["summary"] == (
        "Numbers differ: Ouest-Matin, La Gazette: 25 000 vs AFP and 2 other version(s): 30 000"
        " (Dmitri Peskov)"
    )
