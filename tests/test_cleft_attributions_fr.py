"""French cleft attributions: "La ligne ouvrira en 2027. C'est ce qu'a indiqué X mardi." — the
sentence before is X's claim, and the cleft sentence is no assertion of its own."""

from __future__ import annotations

from extract_support import claims_of


def test_cleft_after_a_statement_with_a_participle_and_a_quotation():
    found = claims_of(
        "Prévue en 2026, l'ouverture de la piscine, qui doit accueillir les scolaires, est désormais annoncée "
        "pour « juin ou juillet 2027 ». C'est ce qu'a indiqué Lorient agglomération, mardi 3 novembre, lors "
        "d'un point presse.")
    assert [(c.kind, c.speaker.name) for c in found] == [("mixed", "Lorient agglomération")]
    assert found[0].content.startswith("Prévue en 2026, l'ouverture de la piscine")


def test_cleft_with_a_time_adjunct_then_the_operator_named_after_its_kind():
    found = claims_of(
        "Le funiculaire qui relie la gare au château restera fermé jusqu'au printemps au moins. C'est ce "
        "qu'a annoncé ce mercredi matin l'exploitant, la société Funiroc Services, au terme d'une inspection.")
    assert [(c.kind, c.content, c.speaker.name) for c in found] == [
        ("indirect", "Le funiculaire qui relie la gare au château restera fermé jusqu'au printemps au moins",
         "Funiroc Services")]


def test_a_town_named_alone_elsewhere_is_not_the_association_named_after_it():
    found = claims_of(
        "Brest a accueilli le congrès. L'association des commerçants Brest Cœur Marine indique que douze "
        "boutiques ont fermé. Brest métropole a confirmé que les travaux reprendraient en janvier.")
    assert [c.speaker.name for c in found] == ["Brest Cœur Marine", "Brest métropole"]
