"""A headline closed by "selon la FAO" and a dateline under it ("NIAMEY, 3 déc. 2026 …"): the
acronym is no nationality of the capitalised place on the next line."""

from __future__ import annotations

from extract_support import claims_of


def test_acronym_closing_the_headline_is_not_tied_to_the_dateline_place():
    claims = claims_of("Haïti : les récoltes de maïs en baisse, selon la CNSA\n\nPORT-DE-PAIX, 3 déc. 2026 (AlterPresse) - "
                       "La récolte de maïs a baissé de 20 %, selon un rapport publié jeudi.")
    assert claims[0].speaker is not None and claims[0].speaker.name == "CNSA"
