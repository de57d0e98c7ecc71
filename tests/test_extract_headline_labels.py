"""A headline that gives a speaker, a colon and what they said, without quotation marks or a verb
(sentences written for these tests)."""

from __future__ import annotations

from extract_support import claims_of


def test_a_surname_and_a_colon_in_the_headline_is_that_persons_claim():
    text = "Brennick: border will reopen next week\n\nInterior Minister Halvard Brennick said on Monday that checks would end.\n"
    first = claims_of(text, "en")[0]
    assert (first.kind, first.cue, first.content, first.speaker.name) == (
        "indirect", ":", "border will reopen next week", "Halvard Brennick")


def test_an_organisations_short_name_and_a_colon_is_the_organisations_claim():
    text = ("Lembah Air: Supply to 40 areas to be restored by Monday\n\n"
            "Supply will be restored by Monday, Pengurusan Lembah Air Sdn Bhd said today.\n")
    assert [c.speaker.name for c in claims_of(text, "en")] == ["Pengurusan Lembah Air Sdn Bhd"] * 2


def test_a_topic_or_a_place_before_the_colon_is_no_speaker():
    text = ("Ukraine war: Russian strikes kill five in Kharkiv\n\n"
            "Interior Minister Halvard Brennick said on Monday that checks would end.\n")
    assert [c.content for c in claims_of(text, "en")] == ["checks would end"]
    text = ("Lyon : la ligne B du métro fermée jusqu'à la mi-décembre\n\n"
            "La Métropole de Lyon a indiqué que des fissures avaient été découvertes.\n")
    assert [c.content for c in claims_of(text, "fr")] == ["des fissures avaient été découvertes"]
