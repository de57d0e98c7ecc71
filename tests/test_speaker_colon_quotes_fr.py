"""French quotations introduced by a colon: the subject of the verb before the colon speaks, past
its appositions and a fronted adjunct ("Dans un entretien, le ministre, Paul X, assume : « … »"),
and a participle's agent speaks for the noun it qualifies ("Une critique balayée par le maire :")."""

from __future__ import annotations

from extract_support import claims_of


def test_the_subject_before_its_apposition_speaks_not_the_person_quoted_before():
    found = claims_of(
        "Le chiffre tombe comme un couperet. « On a des bébés sur des brancards », confie une infirmière de "
        "l'hôpital Lariboisière, à Paris, qui souhaite rester anonyme.\n\n"
        "Dans un entretien au journal, le ministre de la Santé, Paul Dorval, assume : « Nous ne laisserons "
        "aucun service fermer. »")
    assert [c.speaker.name for c in found] == ["infirmière de l'hôpital Lariboisière", "Paul Dorval"]


def test_the_agent_of_a_participle_before_the_colon_speaks():
    found = claims_of(
        "Le maire Paul Dorval a présenté le budget. Anne Vidal a dénoncé « un choix de facilité ». Une critique "
        "balayée par le maire : « Ce chantier est subventionné à 60 %. »\n\n"
        "La préfète Lucie Marin a reçu les élus. Une proposition rejetée par la préfète : « Nous n'avons pas les moyens. »")
    assert [c.speaker.name for c in found] == ["Anne Vidal", "Paul Dorval", "Lucie Marin"]
