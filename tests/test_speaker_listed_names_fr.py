"""French body names cut short: a name listing its complements keeps the whole list ("la Direction
générale de la concurrence, de la consommation et de …"), and a relative clause after a document's
author ("les données de X que le journal a pu consulter") does not cut the author's name."""

from __future__ import annotations

from extract_support import claims_of

_LONG = "Direction générale de la concurrence, de la consommation et de la répression des fraudes"


def test_an_inverted_subject_keeps_its_listed_complements_and_its_short_form_stands_for_all_of_it():
    found = claims_of(
        f"Des lots de fromage font l'objet d'un rappel, a annoncé mardi la {_LONG} (DGCCRF).\n\n"
        "Selon la DGCCRF, 300 kilos ont été vendus.")
    assert [c.speaker.name for c in found] == [_LONG, _LONG]


def test_a_selon_source_with_listed_complements_speaks_for_the_clause_before_it():
    found = claims_of(f"Le rappel concerne 40 magasins, selon la {_LONG}.")
    assert [(c.speaker.name, c.content) for c in found] == [(_LONG, "Le rappel concerne 40 magasins")]


def test_a_ministry_subject_keeps_its_listed_portfolios():
    found = claims_of("Le ministère de l'Éducation nationale, de la Jeunesse et des Sports a indiqué que les "
                      "cours reprendraient lundi.")
    assert [c.speaker.name for c in found] == ["ministère de l'Éducation nationale, de la Jeunesse et des Sports"]


def test_a_relative_clause_after_the_author_of_the_data_is_no_part_of_its_name():
    found = claims_of("Selon les données de Santé publique France que le journal a pu consulter, 900 passages "
                      "aux urgences ont été enregistrés.")
    assert [c.speaker.name for c in found] == ["Santé publique France"]
