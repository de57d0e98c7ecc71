"""French: "prévoit que …" (a forecaster's or a federation's forecast, a code's provision) reports a
clause or a quotation; "prévoit la fermeture", "prévoit de supprimer" report nothing."""

from __future__ import annotations

from extract_support import claims_of


def _attributed(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.content, c.speaker.name) for c in claims_of(text) if c.kind != "assertion"]


def test_prevoit_que_and_prevoit_a_quotation_are_claims():
    assert _attributed("Météo-France prévoit que le froid persistera au moins jusqu'au week-end prochain.") == [
        ("indirect", "le froid persistera au moins jusqu'au week-end prochain", "Météo-France")]
    assert _attributed("La SNCF prévoit un trafic « légèrement amélioré » jeudi.") == [
        ("mixed", "un trafic « légèrement amélioré » jeudi", "SNCF")]


def test_prevoit_with_a_noun_or_an_infinitive_reports_nothing():
    for text in ("Le plan prévoit la fermeture de deux lignes de production.",
                 "L'entreprise prévoit de supprimer 200 emplois d'ici à l'été.",
                 "Le projet, déjà surnommé « la gare-jardin » par ses architectes, prévoit un parking à vélos de 600 places."):
        assert _attributed(text) == [], text


def test_prevoit_ending_no_claim_and_opening_no_incise():
    assert _attributed("Selon un communiqué conjoint, le texte fixe une ligne « d'équidistance ajustée » et prévoit la "
                       "création d'une zone commune.") == [
        ("mixed", "le texte fixe une ligne « d'équidistance ajustée » et prévoit la création d'une zone commune",
         "communiqué conjoint")]
    assert _attributed("L'association, dont le président, Paul Roux, a estimé que la villa « mériterait d'être conservée », "
                       "prévoit d'organiser des visites.") == [
        ("mixed", "la villa « mériterait d'être conservée »", "Paul Roux")]
