"""French: "a condamné « … »" is a verdict said; a court's sentence and a passive are no one's words.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, only


def test_a_condemned_quotation_is_the_speakers_mixed_claim():
    claim = only("À Lomé, le syndicat des enseignants a condamné un « acte odieux » et réclamé une enquête.")
    assert (claim.kind, claim.content, claim.speaker.name) == ("mixed", "un « acte odieux »", "syndicat des enseignants")


def test_a_quoted_adjective_after_its_noun_is_condemned_too():
    claim = only("Le maire, Paul Cazenave, a condamné dimanche des faits « inacceptables ».")
    assert (claim.content, claim.speaker.name) == ("des faits « inacceptables »", "Paul Cazenave")


def test_a_court_sentencing_someone_is_no_claim():
    assert claims_of("Le tribunal de Bobigny a condamné Karim Lefort à « six mois de prison avec sursis ».") == []


def test_a_quoted_manner_of_condemning_is_no_claim():
    assert claims_of("Le club a condamné « sans réserve » ces comportements et déposé plainte.") == []


def test_a_passive_participle_speaks_for_no_one():
    assert claims_of("Le prévenu a été accusé de « fraude » en 2010.") == []
    assert claims_of("L'élu a déjà été critiqué pour « ses propos » sur la réforme.") == []
