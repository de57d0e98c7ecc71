"""French "X, par la voix de Y, a annoncé qu'il …": the body speaks when the reported clause takes
it up with a pronoun; the person it speaks through does otherwise."""

from __future__ import annotations

from extract_support import claims_of


def test_a_party_stating_its_own_vote_through_a_voice_is_the_speaker():
    found = claims_of("Le Parti radical, par la voix de Jean-Luc Bauer, a annoncé qu'il voterait contre le budget.")
    assert [c.speaker.name for c in found] == ["Parti radical"]


def test_an_association_acting_through_its_lawyer_is_the_speaker():
    found = claims_of("L'association, par l'intermédiaire de son avocat, a fait savoir qu'elle porterait plainte.")
    assert [c.speaker.name for c in found] == ["association"]


def test_a_voice_stating_something_else_is_still_the_speaker():
    found = claims_of("Le syndicat, par la voix de Marie Lenoir, a estimé que la réforme était injuste.")
    assert [c.speaker.name for c in found] == ["Marie Lenoir"]
