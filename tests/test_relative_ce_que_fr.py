"""French: "…, ce que X juge « … »" is X's verdict on what comes before, with X as its subject.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_the_subject_after_ce_que_speaks():
    text = ("La Fédération des maraîchers a tenu lundi son assemblée à Papeete. Selon la presse locale, le gouvernement "
            "envisagerait une aide de 2 millions, ce que la fédération juge « très insuffisant ».")
    assert speaker_of(text, "insuffisant", "fr") == "Fédération des maraîchers"


def test_ce_que_is_no_complementiser_of_the_verb_before():
    text = "Le maire, Paul Teriierooiterai, a annoncé un plan de relance, ce que l'opposition qualifie de « mascarade »."
    assert speaker_of(text, "mascarade", "fr") == "opposition"
