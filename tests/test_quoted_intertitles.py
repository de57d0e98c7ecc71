"""A short quotation standing alone as a paragraph, with no full stop before its closing mark, is a
heading (a quoted intertitle), not a claim; a quoted sentence alone in its paragraph still is one."""

from __future__ import annotations

from extract_support import claims_of

ARTICLE = ("La fonderie ferme\n\nLe délégué syndical Marc Roux a dénoncé mardi la fermeture du site.\n\n"
           "« On prévient la direction depuis trois ans »\n\n"
           "Les salariés se sont rassemblés devant l'usine. Selon le délégué, la direction a ignoré les alertes.\n")


def test_a_quoted_heading_is_not_a_claim():
    contents = [c.content for c in claims_of(ARTICLE)]
    assert "On prévient la direction depuis trois ans" not in contents
    assert "la direction a ignoré les alertes" in contents


def test_a_quoted_sentence_alone_in_its_paragraph_stays_a_claim():
    text = ARTICLE.replace("« On prévient la direction depuis trois ans »",
                           "« Nous prévenons la direction depuis trois ans. »")
    contents = [c.content for c in claims_of(text)]
    assert "Nous prévenons la direction depuis trois ans." in contents
