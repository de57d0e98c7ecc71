"""The journalist's gloss after a reported statement stays out of the claim's content: "sans en
préciser …", "à savoir …", "celle de …", a noun phrase after a quoted fragment, "about a fifth of …",
"— roughly …", ", raising fears …"; dates, superlatives and lists stay in."""

from __future__ import annotations

from extract_support import only


def test_french_glosses_after_a_statement_are_left_out():
    claim = only("La société a indiqué que « trois offres » avaient déjà été déposées, sans en préciser l'origine.")
    assert claim.content == "« trois offres » avaient déjà été déposées"
    claim = only("Le maire a reconnu que la question restait « délicate », sans donner plus de détails.")
    assert claim.content == "la question restait « délicate »"
    claim = only("Le syndicat a affirmé que l'usine devait « protéger les ateliers essentiels », à savoir la fonderie, "
                 "la forge et le magasin.")
    assert claim.content == "l'usine devait « protéger les ateliers essentiels »"
    claim = only("Le ministre a estimé que les familles ne pouvaient pas « payer deux loyers », celui du foyer et "
                 "celui de l'hôtel.")
    assert claim.content == "les familles ne pouvaient pas « payer deux loyers »"


def test_french_noun_phrase_after_a_quoted_fragment_is_a_gloss():
    claim = only("La pédiatre a expliqué que l'hiver était « plus dur qu'en 2017 », l'année de la grande épidémie.")
    assert claim.content == "l'hiver était « plus dur qu'en 2017 »"


def test_french_noun_phrase_after_a_figure_stays_in_and_so_does_a_time():
    claim = only("Le préfet a indiqué que la rivière atteignait 4,10 mètres, un niveau jamais vu depuis 1982.")
    assert claim.content == "la rivière atteignait 4,10 mètres, un niveau jamais vu depuis 1982"
    claim = only("La directrice a assuré que le musée rouvrirait « au printemps », une fois les travaux terminés.")
    assert claim.content.endswith("une fois les travaux terminés")


def test_english_glosses_after_a_statement_are_left_out():
    claim = only("The company said it would close 14 stores by the end of 2027, about a third of its network.", "en")
    assert claim.content == "it would close 14 stores by the end of 2027"
    claim = only("Residents said they were paying up to $30 a week for bottled water — roughly four times "
                 "what they paid last year.", "en")
    assert claim.content == "they were paying up to $30 a week for bottled water"
    claim = only("The coast guard said the boat had been sighted near the reef on Sunday, raising fears that it "
                 "had drifted.", "en")
    assert claim.content == "the boat had been sighted near the reef on Sunday"


def test_english_superlative_and_list_appositions_stay_in():
    claim = only("The institute said it had recorded 30 aftershocks, the strongest of magnitude 5.1.", "en")
    assert claim.content == "it had recorded 30 aftershocks, the strongest of magnitude 5.1"
    claim = only("The club said it had signed two players, a goalkeeper and a striker.", "en")
    assert claim.content == "it had signed two players, a goalkeeper and a striker"


def test_a_dated_background_of_the_last_noun_is_a_gloss_but_a_cause_is_not():
    claim = only("Selon lui, la direction a « laissé rouiller » le pont roulant, installé en 1987.")
    assert claim.content == "la direction a « laissé rouiller » le pont roulant"
    claim = only("Selon le musée, le retable pourrait être attribué à l'atelier du peintre Andrea Vanni, actif dans "
                 "la seconde moitié du XIVe siècle.")
    assert claim.content == "le retable pourrait être attribué à l'atelier du peintre Andrea Vanni"
    claim = only("Le groupe a indiqué que son chiffre d'affaires avait reculé de 12 %, pénalisé par la chute des "
                 "ventes en Italie.")
    assert claim.content.endswith("pénalisé par la chute des ventes en Italie")


def test_an_english_clause_opening_with_roughly_is_the_statement_not_a_gloss():
    from claims.extract.glosses import gloss_start

    text = "The study found that in 2014, roughly 16,000 early deaths were linked to coal plants."
    start = text.index("in 2014")
    assert gloss_start(text, start, len(text) - 1, "en") == len(text) - 1
    glossed = "The firm said it would cut 900 jobs, about a fifth of its workforce."
    start = glossed.index("it would")
    assert gloss_start(glossed, start, len(glossed) - 1, "en") == glossed.index(", about")
