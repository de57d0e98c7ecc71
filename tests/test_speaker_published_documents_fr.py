"""French "…, selon un rapport de la X (ACR) publié le jeudi 19 novembre.": when and where the
document appeared is no part of its author, however long the sentence's tail."""

from __future__ import annotations

from extract_support import claims_of


def test_a_long_publication_tail_after_a_trailing_source():
    claims = claims_of("Près de 30 % des puits sont à sec dans la région de Maradi, selon un rapport de l'Office "
                       "national de l'hydraulique rurale (ONHR) publié le mercredi 4 novembre 2026.")
    assert [(c.speaker.name if c.speaker else None, c.content) for c in claims] == [
        ("Office national de l'hydraulique rurale", "Près de 30 % des puits sont à sec dans la région de Maradi")]


def test_le_rapport_is_the_report_of_the_person_who_tabled_it():
    claims = claims_of("La protectrice du citoyen, Hélène Tremblay-Diallo, juge la situation « préoccupante » dans son "
                       "rapport annuel déposé mardi. Près d'une plainte sur quatre vise les urgences, selon le rapport.")
    assert claims[-1].speaker is not None and claims[-1].speaker.name == "Hélène Tremblay-Diallo"


def test_the_agent_of_the_publication_is_the_author():
    claims = claims_of("Le maire sortant est arrivé en tête du premier tour avec 41 % des voix, selon les résultats "
                       "provisoires publiés dans la nuit par la Commission électorale nationale indépendante.")
    assert claims[-1].speaker is not None and claims[-1].speaker.name == "Commission électorale nationale indépendante"
