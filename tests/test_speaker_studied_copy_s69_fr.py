"""French rules found on the copy studied in session 69 (set own/fr-blind210).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_prevenir_inverted_after_the_statement_is_singular():
    text = "Le festival de bande dessinée pourrait disparaître en 2013, prévient son directeur.\n"
    assert speaker_of(text, "pourrait disparaître", "fr") == "le directeur du festival"


def test_a_plural_verb_before_a_singular_noun_phrase_still_takes_its_object():
    text = "Les marges, et non la fiscalité, expliquaient l'essentiel de l'écart entre les deux pays.\n"
    assert claims_of(text) == [] or all(c.kind == "assertion" for c in claims_of(text))


def test_a_definite_role_head_before_a_bare_role_apposition_speaks():
    text = ("« On a passé la nuit à écoper », a raconté dimanche Paul Vuilleumier à l'arrivée. Le skipper de 41 ans, "
            "ingénieur dans une entreprise de Bienne, a estimé que son équipage avait fait la différence.\n\n"
            "Son rival, Marc Perrenoud, a déposé une réclamation. « Nous avons les traces GPS », a-t-il dit.\n")
    assert speaker_of(text, "son équipage", "fr") == "Paul Vuilleumier"


def test_the_company_a_headline_names_by_its_noun_is_the_one_the_lede_introduces_so():
    text = ("États-Unis : le courant ne sera pas rétabli avant dix jours, prévient un fournisseur\n\n"
            "1er novembre 2012. - Des milliers de foyers restaient privés d'électricité jeudi. Le principal fournisseur de "
            "la côte, Coastal Grid Power, a prévenu mercredi que le courant ne serait pas rétabli avant dix jours.\n")
    assert [c.speaker.name for c in claims_of(text) if c.kind != "assertion"] == ["Coastal Grid Power"] * 2
