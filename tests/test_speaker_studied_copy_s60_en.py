"""English rules found on the copy studied in session 60 (sets own/en-blind189 to own/en-blind192).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_delegation_or_mission_is_named_with_whom_it_is_accredited_to():
    text = ("The European Union Delegation to Moldova said in a statement that the vote was \"a step back\". "
            "The U.S. Mission to the United Nations said it was \"deeply concerned\".\n")
    assert speaker_of(text, "a step back", "en") == "European Union Delegation to Moldova"
    assert speaker_of(text, "deeply concerned", "en") == "U.S. Mission to the United Nations"



def test_a_charity_named_mission_to_keeps_whom_it_serves():
    text = "The Mission to Seafarers said crews stranded in port were \"running out of food\".\n"
    assert speaker_of(text, "running out of food", "en") == "Mission to Seafarers"
