"""English bare plural groups ("officials", "police") and the one qualified form an article
gives them (sentences written for these tests)."""

from __future__ import annotations

from extract_support import claims_of, only


def speakers(text: str) -> list[str | None]:
    return [c.speaker.name if c.speaker else None for c in claims_of(text, "en")]


def test_bare_officials_take_the_one_nationality_the_article_gives_them():
    text = (
        "Norway on Monday closed its airspace to the airline, with officials saying this was for safety reasons.\n\n"
        "The aviation authority has suspended the permit, Norwegian officials said.\n"
    )
    assert speakers(text) == ["Norwegian officials", "Norwegian officials"]


def test_two_qualified_forms_leave_the_bare_group_alone():
    text = (
        "Officials said the talks had stalled. Norwegian officials said the offer was too low, while "
        "Swedish officials said it was fair.\n"
    )
    assert speakers(text)[0] in ("Officials", "officials")


def test_a_common_noun_before_the_group_is_not_its_qualifier():
    text = (
        "The fire spread quickly overnight, officials said.\n\n"
        "Fire officials said more than 600 firefighters were assigned to the blaze.\n"
    )
    assert speakers(text)[0] == "officials"


def test_a_document_that_reads_a_quote_speaks_for_its_author():
    text = (
        "On Monday, the High Court of Lyndale ruled on the lease. The judges met in the High Court.\n\n"
        'The opinion of the Court, released on Monday, read in part, "The lease was never valid."\n'
    )
    quote = next(c for c in claims_of(text, "en") if c.kind == "direct")
    assert quote.speaker.name == "High Court of Lyndale"


def test_it_read_after_a_released_statement_speaks_for_the_statement_author():
    text = ("The Vale Tennis Association (VTA) released a statement addressing the arrest. It read, "
            '"We have always condemned any form of violence and will wait for the police inquiry to finish."')
    quote = only(text, "en")
    assert quote.kind == "direct" and quote.content.startswith("We have always condemned")
    assert quote.speaker.name == "Vale Tennis Association"
    text = 'The union issued a statement on Monday. It reads: "We will strike until the pay offer is improved."'
    assert only(text, "en").speaker.name == "union"


def test_a_quote_then_reads_the_document_is_the_document_words():
    claim = only('"The flood has probably displaced far more people than officials have counted", reads the report.', "en")
    assert (claim.kind, claim.speaker.name) == ("direct", "report")
    assert claim.content == "The flood has probably displaced far more people than officials have counted"
    assert claims_of('"Keep out", reads the sign.', "en") == []


def test_a_colon_quote_after_a_sentence_without_a_cue_belongs_to_its_subject():
    text = (
        'The diver Rosa Lind said, "We never saw them here before."\n\n'
        "The report itself outlined the link between the two species: "
        '"The small sharks appeared only when the large ones were gone."\n'
    )
    found = claims_of(text, "en")
    assert [c.speaker.name for c in found] == ["Rosa Lind", "report"]


def test_a_nationality_two_lower_case_words_and_a_plural_role_is_one_group():
    text = "On Sunday, Chilean military authorities reported that 36 people at the base were infected.\n"
    assert speakers(text) == ["Chilean military authorities"]


def test_a_capitalised_noun_before_a_plural_role_and_a_place_is_one_group():
    text = "Hospital officials in Omsk said no traces of poison were found.\n"
    assert speakers(text) == ["Hospital officials in Omsk"]


def test_she_after_a_source_owned_by_her_is_her_not_the_source():
    text = ("Ann Lee was married three times but, according to her memoirs, also loved a painter. "
            "She would later say her third marriage was her only happy one.")
    assert [c.speaker.name for c in claims_of(text, "en")] == ["her memoirs", "Ann Lee"]


def test_a_group_described_by_a_participle_is_the_speaker_not_the_place_it_names():
    found = claims_of("Biologists tracking seals off Svalbard in Norway's Arctic north reported that the colony had shrunk.", "en")
    assert [c.speaker.name for c in found] == ["Biologists tracking seals off Svalbard in Norway's Arctic north"]


def test_a_bare_plural_later_speaks_for_the_kind_not_the_group_named_before():
    text = (
        "Biologists tracking seals off Svalbard reported that the colony had shrunk.\n\n"
        "If the count is right, biologists say, the colony could vanish within a decade.\n"
    )
    assert [c.speaker.name for c in claims_of(text, "en")] == ["Biologists tracking seals off Svalbard", "biologists"]


def test_a_group_in_named_countries_is_the_speaker_not_the_last_country():
    claim = only("Yesterday, prosecutors in Portugal and the Netherlands announced that 40 suspects were held.", "en")
    assert claim.speaker.name == "prosecutors in Portugal and the Netherlands"


def test_two_modifiers_joined_by_and_share_one_group():
    text = (
        "The dam held through the night. Regional and federal water officials have stated there is no sign of a breach.\n\n"
        "Later, Local and national health officials said the water was safe to drink.\n"
    )
    assert speakers(text) == ["Regional and federal water officials", "Local and national health officials"]


def test_a_clause_before_and_keeps_its_own_subject():
    text = "The mayor left the meeting early and officials said the bridge would reopen on Friday.\n"
    assert speakers(text) == ["officials"]


def test_a_day_opening_the_sentence_is_not_part_of_a_lower_case_subject():
    text = (
        "The harbour reopened after the storm. On Tuesday officials reported the number of damaged boats rose to 40.\n\n"
        "On Monday night police said the coast road was closed.\n"
    )
    assert speakers(text) == ["officials", "police"]
