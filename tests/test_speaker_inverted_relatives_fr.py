"""French inverted attributions whose subject carries a relative clause with a quotation ("…, estime
la Croix-Rouge, qui redoute une « crise durable »"): the statement is before the verb, the quotation
belongs to the relative clause."""

from __future__ import annotations

from extract_support import claims_of


def test_statement_before_an_inverted_subject_with_a_quoted_relative_clause():
    claims = claims_of("Quelque 3 000 foyers seraient privés d'eau potable dans la région, estime l'Unicef, qui craint "
                       "une « flambée de choléra » avant la saison des pluies.")
    assert [(c.speaker.name if c.speaker else None, c.content) for c in claims] == [
        ("Unicef", "Quelque 3 000 foyers seraient privés d'eau potable dans la région")]
