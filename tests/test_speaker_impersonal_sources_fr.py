"""French "De source proche de X, on indique que …": the source the sentence opens with speaks, not "on"."""

from __future__ import annotations

from extract_support import speaker_of_last


def test_de_source_proche_then_on():
    assert speaker_of_last("Le prix de l'oignon a triplé en un mois. De source proche de la wilaya, on indique que des "
                           "stocks ont été saisis à Blida.") == "source proche de la wilaya"


def test_de_sources_concordantes_then_on():
    assert speaker_of_last("De sources concordantes, on affirme que le directeur a été limogé.") == "sources concordantes"
