"""Belgian and Québec municipal roles ("l'échevine des Sports, X" … "explique l'échevine"; "la
mairesse X" … "selon la mairesse") and the gender an elided article leaves open ("a confirmé ce mardi
l'échevine": not "ce")."""

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


def test_la_mairesse_is_the_mayor_named_before():
    assert speaker_of_last("« Nous avons fait des choix », a soutenu la mairesse Julie Tremblay devant les citoyens. "
                           "Selon la mairesse, la dette atteint 12 % du budget.") == "Julie Tremblay"
    assert speaker_of_last("La mairesse de Rimouski, Julie Tremblay, a présenté le budget. Le conseiller Marc Gagnon a "
                           "voté contre. La mairesse a soutenu que la dette atteint 12 % du budget.") == "Julie Tremblay"
