"""French impersonal attributions that name their source after "on" ("a-t-on appris auprès de X",
"fait-on valoir à Matignon"): the source speaks, not "on" and not the person quoted before."""

from __future__ import annotations

from extract_support import claims_of, only


def test_source_named_after_a_t_on_appris():
    claim = only("Le ministre de l'Intérieur est attendu dans le Loiret mardi, a-t-on appris auprès de la "
                 "place Beauvau.")
    assert claim.content == "Le ministre de l'Intérieur est attendu dans le Loiret mardi"
    assert claim.speaker.name == "place Beauvau"
    claim = only("Le juge a requalifié les faits en meurtre, a-t-on appris de source judiciaire.")
    assert claim.speaker.name == "source judiciaire"


def test_quotation_closed_by_an_impersonal_verb_and_a_place():
    found = claims_of("Le ministre Paul Roux a promis une concertation. « Dix-sept réunions ont eu lieu depuis "
                      "janvier, c'est du jamais-vu », fait-on valoir à Matignon.")
    assert found[-1].kind == "direct"
    assert found[-1].content == "Dix-sept réunions ont eu lieu depuis janvier, c'est du jamais-vu"
    assert found[-1].speaker.name == "Matignon"
    claim = claims_of("« Il n'y aura pas de remaniement avant l'été », assure-t-on dans l'entourage du chef de l'État.")[0]
    assert claim.speaker.name == "entourage du chef de l'État"


def test_inverted_il_is_not_an_impersonal_source():
    found = claims_of("Le ministre Paul Roux était à Lyon. « La réforme passera », a-t-il assuré à la presse.")
    assert found[-1].speaker.name == "Paul Roux"


def test_au_sein_de_names_the_source():
    claim = only("« Il faut agir vite », estime-t-on au sein de la majorité.")
    assert claim.speaker.name == "majorité"
