"""A speaker's role reads as the article writes it, not in the folded form speakers are compared
by: accents and a complement's capitals come back ("ministre de la Santé", "director of IEDCR"), a
title's capitals before a name do not ("Health Minister Jane Roe": "health minister")."""

from __future__ import annotations

from claims.article import Article
from claims.extract import extract
from claims.extract.written_forms import as_written


def test_a_folded_role_is_given_back_as_written():
    text = ("Le ministre de la Santé, Jean Roux, a parlé. The Director of IEDCR, Dr Tahmina Shirin, said so. "
            "Health Minister Jane Roe said so. FBI Director Ann Lee said so.")
    assert as_written(text, "ministre de la sante") == "ministre de la Santé"
    assert as_written(text, "director of iedcr") == "director of IEDCR"
    assert as_written(text, "health minister") == "health minister"
    assert as_written(text, "fbi director") == "FBI Director"


def test_a_role_the_text_holds_or_does_not_hold_is_left_alone():
    text = "The spokesman said so. Le président Poutine a parlé."
    assert as_written(text, "spokesman") == "spokesman"
    assert as_written(text, "ministre de la sante") == "ministre de la sante"  # not in the text: kept
    assert as_written(text, "Président") == "Président"  # not a folded form


def test_offsets_hold_when_folding_lengthens_the_text():
    text = "Die Straße ist lang. Le ministre de l'Énergie, Paul Roux, a parlé."
    assert as_written(text, "ministre de l'energie") == "ministre de l'Énergie"


def test_a_role_tied_earlier_keeps_its_written_form_in_the_claim():
    text = ("Titre\n\nLe président du groupe Changer Paris, Hubert de Valmont, a dénoncé une décision « prise sans étude "
            "d'impact ».\n\n« Madame la maire ne gouverne plus, elle punit », a-t-il lancé.\n")
    roles = {c.speaker.role for c in extract(Article(text, language="fr")).claims if c.speaker is not None}
    assert roles == {"président du groupe Changer Paris"}
