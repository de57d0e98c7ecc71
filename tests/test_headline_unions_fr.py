"""French: a headline's "selon les syndicats" is the unions' joint body the lede names, even one written in lower
case ("le front commun syndical", "l'intersyndicale de l'usine")."""

from __future__ import annotations

from extract_support import claims_of


def _headline_speaker(text: str) -> str:
    return claims_of(text)[0].speaker.name


def test_the_unions_of_a_headline_are_the_joint_body_the_lede_names():
    for body in ("le front commun syndical", "l'intersyndicale de la fonderie", "l'Intersyndicale CGT-FO de la fonderie"):
        text = ("Ardennes : 230 emplois menacés par la fermeture d'une fonderie à Nouzonville, selon les syndicats\n\n"
                f"Selon {body}, la fermeture toucherait 230 emplois directs et une centaine de sous-traitants.\n\n"
                "La direction n'a pas souhaité commenter.")
        expected = body.replace("l'", "", 1) if body.startswith("l'") else body.split(" ", 1)[1]
        assert _headline_speaker(text) == expected, body


def test_a_lower_case_body_of_another_kind_does_not_replace_the_unions():
    text = ("Ardennes : 230 emplois menacés par la fermeture d'une fonderie à Nouzonville, selon les syndicats\n\n"
            "Selon le comité de soutien, la fermeture toucherait 230 emplois directs et une centaine de sous-traitants.\n\n"
            "La direction n'a pas souhaité commenter.")
    assert _headline_speaker(text) == "syndicats"
