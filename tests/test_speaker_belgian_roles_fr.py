"""Belgian municipal roles ("l'échevine des Sports, X" … "explique l'échevine") and the gender an
elided article leaves open ("a confirmé ce mardi l'échevine": not "ce")."""

from __future__ import annotations

from extract_support import speaker_of_last


def test_l_echevine_is_the_alderwoman_named_before():
    assert speaker_of_last("La patinoire restera fermée, a indiqué l'échevine des Sports, Nathalie Dumont. Selon la "
                           "Ville, le compresseur a lâché. « Il faut tout remplacer », explique l'échevine.") \
        == "Nathalie Dumont"


def test_a_time_adjunct_before_an_elided_role_gives_no_gender():
    assert speaker_of_last("La patinoire restera fermée, a confirmé ce lundi l'échevine des Sports, Nathalie Dumont. "
                           "Selon la Ville, le compresseur a lâché. Le collège a voté un crédit, précise Nathalie "
                           "Dumont. Elle assure que le budget « tiendra ».") == "Nathalie Dumont"
