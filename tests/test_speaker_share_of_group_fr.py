"""French "une trentaine d'entre eux affirment …": that share of the group the sentence before
opens with ("Les habitants du quartier s'inquiètent …"), not a pronoun for the last speaker."""

from __future__ import annotations

from extract_support import speaker_of_last


def test_une_vingtaine_d_entre_eux_is_a_share_of_the_group_just_named():
    assert speaker_of_last("« Le projet est solide », a assuré le maire, Paul Girard. Les commerçants de la rue Haute, "
                           "eux, s'inquiètent des travaux. Dans une pétition, une vingtaine d'entre eux affirment que "
                           "le chantier « va les ruiner ».") == "vingtaine de commerçants de la rue Haute"


def test_elision_before_a_vowel():
    assert speaker_of_last("Les habitants du quartier s'inquiètent du bruit. Une dizaine d'entre eux affirment que les "
                           "horaires ne sont pas respectés.") == "dizaine d'habitants du quartier"
