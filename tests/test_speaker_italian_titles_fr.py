"""Italian newspaper titles in French copy ("le quotidien Il Mattino"): "Il" before a capitalised
word is the title's article, no pronoun."""

from __future__ import annotations

from extract_support import speaker_of_last


def test_il_opens_the_title_after_a_media_noun():
    assert speaker_of_last("Le quotidien Il Tirreno affirme que trois fresques ont été volées dans la villa.") == "Il Tirreno"


def test_il_opens_the_title_after_an_inverted_verb():
    assert speaker_of_last("Le port de Gênes restera fermé jusqu'à lundi, a rapporté Il Secolo XIX.") == "Il Secolo XIX"


def test_il_opens_the_title_after_selon():
    assert speaker_of_last("Selon Il Tirreno, le maire a démissionné mardi soir.") == "Il Tirreno"


def test_il_before_a_verb_is_still_a_pronoun():
    assert speaker_of_last("Le maire Paolo Conti a reçu les familles. Il a assuré que l'école rouvrirait.") == "Paolo Conti"
