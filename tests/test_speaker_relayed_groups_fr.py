"""French unnamed groups that an outlet questioned ("des négociants interrogés par l'agence") or quoted
("des témoins cités par le quotidien X"): the group speaks; "interrogés" is no reporting verb of the
sentence. How they were asked describes them; the outlet that quotes them is only a source (the French
gold writes "des témoins", "des diplomates" for groups "cités par" an outlet)."""

from __future__ import annotations

from extract_support import speaker_of_last


def test_group_interrogated_by_the_agency_speaks():
    assert speaker_of_last("Selon l'agence Bloomberg, le prix du cacao a bondi de 4 %. Des courtiers interrogés par "
                           "l'agence ont estimé que la hausse tenait aux pluies.") == "courtiers interrogés par l'agence"


def test_group_cited_by_a_newspaper_is_the_group_without_the_newspaper():
    assert speaker_of_last("Le bus a quitté la route vers 6 heures. Des passagers cités par le quotidien La Nation ont "
                           "affirmé que le chauffeur roulait trop vite.") == "passagers"


def test_plural_group_after_a_fronted_place():
    assert speaker_of_last("À Zinder, des éleveurs ont affirmé que le prix du fourrage avait triplé.") == "éleveurs"


def test_a_singular_source_cited_by_an_agency_stays_the_source():
    assert speaker_of_last("Un analyste du cabinet Ecofin, cité par l'agence Reuters, a estimé que la hausse serait "
                           "brève.") != "Reuters"
