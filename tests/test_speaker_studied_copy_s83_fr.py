"""French rules found on the copies studied in session 83. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_an_indefinite_subject_opening_the_sentence_goes_on_in_its_participle():
    text = ("La direction de la fromagerie a indiqué qu'une hausse interviendrait « dès le 1er mars ». Un porte-parole de "
            "l'Union des commerçants du Léon (UCL), qui regroupe une trentaine de magasins, a démenti toute pression, "
            "affirmant que le beurre avait « augmenté de 3 % depuis janvier » en rayon.")
    assert _speaker(text, "augmenté de 3 %") == "porte-parole de l'Union des commerçants du Léon"


def test_a_name_inside_the_object_is_no_inverted_subject():
    text = ("Le comité d'organisation du Festival des musiques du Sahel de Nabeul, dans le gouvernorat de Nabeul, a annoncé "
            "lundi l'annulation du concert du groupe de rock Tiwa, prévu le soir même.")
    assert [c for c in claims_of(text, "fr") if c.kind != "assertion"] == []


def test_an_inverted_role_then_a_ranked_name_is_the_subject():
    text = ("Une quarantaine de routes sont « fermées à la circulation » dans la wilaya de Béjaïa, a précisé le chargé de "
            "communication de la Protection civile de la wilaya, le capitaine Samir Haddad, cité par l'agence APS.")
    assert _speaker(text, "fermées à la circulation") == "Samir Haddad"


def test_the_strike_judged_in_guillemets_is_a_claim_not_a_movements_name():
    text = ("L'Union des transporteurs de l'Est (UTE), qui représente les grandes entreprises du secteur, a jugé le "
            "mouvement « compréhensible sur le fond ».")
    [claim] = [c for c in claims_of(text, "fr") if c.kind != "assertion"]
    assert (claim.content, claim.speaker.name) == ("le mouvement « compréhensible sur le fond »", "Union des transporteurs de l'Est")
    assert [c.content for c in claims_of("Le collectif a lancé le mouvement « Sauvons la gare » samedi.", "fr")] == []


def test_the_regulating_organ_is_the_body_named_before():
    text = ("Le Haut Conseil de la communication (HCC) a suspendu la radio pour un mois. Dans sa décision, l'organe de "
            "régulation estime que la chanson « porte atteinte à la dignité des institutions ».")
    assert _speaker(text, "porte atteinte") == "Haut Conseil de la communication"
