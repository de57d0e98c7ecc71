"""French: a quotation opening its paragraph with only a pronoun for speaker goes to the person the
next sentence introduces, when the article names them there for the first time."""

from __future__ import annotations

from extract_support import claims_of


def test_a_quote_before_the_person_is_named_is_that_persons():
    found = claims_of(
        "L'usine de Vernay sera fermée en mars, a annoncé le groupe Tarval.\n\n"
        "« On ne dort plus depuis des semaines », a-t-elle confié. Marie Dutertre, voisine de l'usine, a vu les "
        "camions défiler toute la nuit.\n\n"
        "« Nous serons vigilants », a-t-il prévenu. Le préfet, Jean Morel, a promis une enquête.")
    assert [c.speaker.name for c in found] == ["Tarval", "Marie Dutertre", "Jean Morel"]


def test_a_pronoun_of_the_other_gender_or_a_person_named_before_keeps_its_antecedent():
    found = claims_of(
        "« L'usine doit rester ouverte », a déclaré Paul Roux, délégué syndical.\n\n"
        "« Nous irons jusqu'au bout », a-t-il ajouté. Marie Dutertre, voisine de l'usine, a vu les camions.")
    assert [c.speaker.name for c in found] == ["Paul Roux", "Paul Roux"]
