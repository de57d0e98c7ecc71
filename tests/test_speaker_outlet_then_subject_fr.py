"""French: the outlet a statement was made to, named by its kind ("à l'agence Reuters", "à la radio
publique RTBF"), stands between an inverted verb and its subject; it is no part of the speaker's name
and never the speaker."""

from __future__ import annotations

from extract_support import speaker_of_last


def test_an_agency_name_before_the_person_is_not_part_of_their_name():
    assert speaker_of_last("« La grève sera courte », a déclaré à l'agence Reuters Paul Roux, analyste chez Kappa "
                           "Securities.") == "Paul Roux"


def test_a_public_radio_before_a_role_and_its_holder():
    assert speaker_of_last("« Nous avons dû fermer la route », a déclaré à la radio publique RTBF la responsable des "
                           "opérations du SPW pour les Ardennes, Anne Roux.") == "Anne Roux"
