"""Capital letters beyond ASCII and Latin-1 ("Židenice", "Łódź", "RÚV", "Ōtani") open names like
any other: every capitalised-word pattern of the extractor takes Latin Extended-A's capitals, and
French "œ" stays a lower-case letter ("la sœur de la victime")."""

from __future__ import annotations

from extract_support import claims_of, speaker_of, speaker_of_last


def test_body_named_with_a_czech_town_is_named_in_full():
    text = ("Hospital attack\n\nStaff at the Židenice Regional Hospital discovered the attack early on Tuesday. According "
            "to the hospital, 64 planned operations were postponed.")
    assert speaker_of(text, "64 planned") == "Židenice Regional Hospital"


def test_outlet_written_with_an_accented_capital_is_not_glued_to_the_speaker():
    assert speaker_of_last("« L'activité est restée intense », a déclaré à la radio publique RÚV la volcanologue de "
                           "l'IMO Sigrún Ólafsdóttir.") == "Sigrún Ólafsdóttir"


def test_ligature_oe_is_no_capital():
    found = claims_of("La sœur de la victime a confié que la famille attendait des réponses.")
    assert [c.speaker.name for c in found] == ["sœur de la victime"]
