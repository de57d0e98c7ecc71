"""English speaker phrases: organisation names with links and numbers, degrees and the first
person that are not names (sentences written for these tests)."""

from __future__ import annotations

from extract_support import claims_of, only


def speaker_of(text: str) -> str | None:
    claim = only(text, "en")
    return claim.speaker.name if claim.speaker else None


def test_organisation_name_keeps_its_lower_case_link():
    text = "The Council on Foreign Trade said on Monday that tariffs would rise by ten percent next year.\n"
    assert speaker_of(text) == "Council on Foreign Trade"


def test_organisation_name_keeps_a_number_inside():
    text = "The Harbour 9 Collective announced that the old lighthouse would reopen to visitors in May.\n"
    assert speaker_of(text) == "Harbour 9 Collective"


def test_bare_noun_stands_for_the_full_organisation_name_with_its_link():
    text = (
        "The Regional Commission on Water Safety met on Tuesday in Lyndale.\n\n"
        "The commission said that the reservoir levels were the lowest in forty years.\n"
    )
    assert speaker_of(text) == "Regional Commission on Water Safety"


def test_a_weekday_after_an_organisation_is_not_part_of_its_name():
    text = "The Supreme Court on Monday said the ban was lawful and would stay in force.\n"
    assert speaker_of(text) == "Supreme Court"


def test_a_degree_in_an_apposition_is_not_a_name():
    text = 'Lead author Maria Okafor, a Ph.D. candidate at Lyndale University, said, "We counted every nest twice."\n'
    assert speaker_of(text) == "Maria Okafor"


def test_first_person_in_a_quote_never_becomes_a_speaker():
    text = (
        'The singer Tomas Brandt said, "Sometimes I still forget the words on stage."\n\n'
        'With "the pressure I\'m under every night", she said that she was close to quitting.\n'
    )
    names = {c.speaker.name for c in claims_of(text, "en") if c.speaker}
    assert not names & {"Sometimes I", "I'm"}


def test_a_subordinate_clause_before_the_subject_names_no_speaker():
    text = (
        "The climber Rosa Vega died on Sunday. Her daughter Ines Vega confirmed the news.\n\n"
        "Although known to have lived for years in New Zealand, her daughter said she died in Chile.\n"
    )
    claim = next(c for c in claims_of(text, "en") if c.content == "she died in Chile")
    assert claim.speaker.name == "Ines Vega"


def test_a_birth_name_is_not_the_name_the_article_uses():
    text = (
        "The drummer Rusty Calder died on Friday. Rusty Calder was born Thomas Edwin Calder in 1941.\n\n"
        '"I never learned to read music," Calder said in 2009.\n'
    )
    assert speaker_of(text) == "Rusty Calder"


def test_a_description_with_an_adverb_is_not_the_study_name():
    text = (
        "Divers counted fish in the relatively shallow study area for three years.\n\n"
        "The study found that the number of groupers had doubled since 2015.\n"
    )
    assert speaker_of(text) in ("study", "The study")


def test_a_name_modifying_the_subject_noun_is_not_the_speaker():
    text = (
        "The Okafor campaign criticized the decision on Friday, accusing the council of "
        '"hiding the real cost of the stadium from voters."\n'
    )
    assert speaker_of(text) == "Okafor campaign"


def test_a_pronoun_never_refers_to_a_capitalised_sentence_opener():
    text = (
        "The architect Nadia Brandt-Osei designs housing on former car parks.\n\n"
        'She is less kind about planning. Minimum parking rules, she argues, "quietly decide what a city looks '
        'like." She told the council that such rules should be scrapped near railway stations.\n'
    )
    speakers = {c.speaker.name for c in claims_of(text, "en") if c.speaker}
    assert speakers == {"Nadia Brandt-Osei"}


def test_a_capitalised_modifier_before_a_noun_and_a_name_is_not_the_name():
    text = "Ferry operator Baltic Wave said it would add six sailings a day from Monday.\n"
    assert speaker_of(text) == "Baltic Wave"


def test_an_organisation_after_of_the_in_an_apposition_is_not_a_person():
    text = "Alex Moreau, deputy director of the Nordic Energy Forum, said the project was political.\n"
    assert speaker_of(text) == "Alex Moreau"


def test_a_plural_noun_after_a_possessive_or_a_date_is_not_a_cue():
    text = (
        "The prime minister Kostas Arvanitis said the pipeline was open to all, repeating his January 2 remarks "
        "made at the signing.\n"
    )
    found = claims_of(text, "en")
    assert [c.cue for c in found] == ["said"]
    assert found[0].speaker.name == "Kostas Arvanitis"


def test_an_auxiliary_before_an_adjunct_is_not_part_of_the_subject():
    text = "The United States had not, as of yesterday, announced that troops would leave the base.\n"
    assert speaker_of(text) == "United States"


def test_and_between_two_capitalised_words_keeps_one_name():
    text = "Nils Haagen of Rogaland Fire and Rescue said late on Tuesday no crews would enter the building.\n"
    assert speaker_of(text) == "Nils Haagen"


def test_a_multiword_place_before_a_plural_role_qualifies_the_group():
    text = "Jefferson Parish officials have said they are not worried about the levees this year.\n"
    assert speaker_of(text) == "Jefferson Parish officials"


def test_a_name_written_only_before_a_possessive_is_still_the_full_name():
    text = (
        "The president rejected Prime Minister Oleksiy Marchenko's offer to resign on Friday.\n\n"
        'In the recording, someone, seemingly Marchenko, says the president "has a very primitive grasp of economics."\n'
    )
    claim = next(c for c in claims_of(text, "en") if c.cue == "says")
    assert claim.speaker.name == "Oleksiy Marchenko"


def test_the_possessor_before_a_role_is_not_the_subject():
    text = (
        "The Netherlands’ defence minister, Jeroen de Wit, said his government would back the purchase but "
        "would not agree to ‘new common debt under another name.’\n"
    )
    assert {c.speaker.name for c in claims_of(text, "en")} == {"Jeroen de Wit"}


def test_a_capitalised_modifier_before_a_role_and_a_name_is_skipped_for_participles():
    text = "Presidential physician Sean Cole issued a statement saying the patient was given zinc and vitamin D.\n"
    assert speaker_of(text) == "Sean Cole"


def test_a_verb_between_two_names_keeps_the_first_as_subject():
    text = 'Mohr spoke about Blake with reporters in June, describing him as "a good man with vast knowledge."\n'
    assert speaker_of(text) == "Mohr"


def test_a_when_clause_between_the_subject_and_its_verb_is_an_adjunct():
    text = (
        "Council spokesperson Barend Leyts, when asked whether an inquiry was held, told reporters the "
        "safety rules had been followed.\n"
    )
    assert speaker_of(text) == "Barend Leyts"


def test_a_plural_noun_before_a_reporting_verb_is_its_subject_not_a_cue():
    text = "Initial reports stated the fruit was a pineapple, but officials later said it was a coconut.\n"
    assert [c.cue for c in claims_of(text, "en")] == ["stated", "later said"]


def test_a_singular_pronoun_does_not_refer_back_to_a_plural_group():
    text = (
        "The engineers behind the new bridge design said that the cables would last a century.\n\n"
        "The span, she added, will open to traffic in the spring of next year.\n"
    )
    second = [c for c in claims_of(text, "en") if "span" in c.content][0]
    assert second.speaker is None or second.speaker.name != "engineers behind the new bridge design"


def test_a_plural_pronoun_still_refers_back_to_a_plural_group():
    text = (
        "The engineers behind the new bridge design said that the cables would last a century.\n\n"
        "The span, they added, will open to traffic in the spring of next year.\n"
    )
    second = [c for c in claims_of(text, "en") if "span" in c.content][0]
    assert second.speaker is not None and second.speaker.name.startswith("engineers")


def test_with_the_latter_before_a_participle_names_the_second_of_two_bodies():
    text = (
        "The bridge was closed on Monday. Investigations have been launched by the Coast Guard and the "
        'Harbour Board, with the latter confirming on Twitter they were "not sending divers at this time."\n'
    )
    assert only(text, "en").speaker.name == "Harbour Board"


def test_with_the_former_before_a_participle_names_the_first_of_the_two():
    text = "Talks were held by the Harbour Board and the Coast Guard, with the former saying the divers would return.\n"
    assert only(text, "en").speaker.name == "Harbour Board"


def test_with_the_latter_and_a_time_word_before_the_participle():
    text = (
        "Inquiries were opened by the Rail Safety Office and the Transport Police, with the latter yesterday "
        'confirming they were "not treating it as a crime."\n'
    )
    assert only(text, "en").speaker.name == "Transport Police"


def test_a_passive_agent_is_the_subject_of_a_following_participle():
    text = (
        "Boris Johnson won the vote. Election results were described by Johnson as a \"historic mandate\", "
        "saying he intends to leave by January.\n"
    )
    claim = next(c for c in claims_of(text, "en") if c.cue == "saying")
    assert claim.speaker.name == "Boris Johnson"


def test_an_unnamed_role_given_through_its_owner_keeps_the_possessive():
    text = "The painter Ada Roux has died. According to her agent, Roux died of a stroke at home.\n"
    assert only(text, "en").speaker.name == "her agent"


def test_she_far_from_any_name_is_the_person_a_profile_is_about():
    text = (
        "Maren Solvik-Hale grows lemons in Oslo. Maren Solvik-Hale says heat is cheap now.\n\n"
        "Her critic, Tom Berg, disagrees. Solvik-Hale laughs at him.\n\n"
        "\"We started with one tree.\n\n"
        "\"Then we had forty.\"\n\n"
        "She told a radio show last week that greenhouses should be exempt from the new tax.\n"
    )
    claim = next(c for c in claims_of(text, "en") if c.cue == "told")
    assert claim.speaker.name == "Maren Solvik-Hale"


def test_a_group_from_an_institution_is_the_speaker_not_the_institution():
    text = "Scientists from Norway's Bergen University and the Polar Institute reported the ice may have thinned by half.\n"
    claim = only(text, "en")
    assert claim.speaker.name == "Scientists from Norway's Bergen University and the Polar Institute"


def test_an_also_apposition_is_not_the_speaker():
    text = 'Garcia\'s sister Lena Garcia, also NASA, said, "He drew rockets before he could read."\n'
    assert only(text, "en").speaker.name == "Lena Garcia"


def test_each_participle_after_with_or_and_has_its_own_named_subject():
    text = ('Labour MPs attacked the budget, with Ann Lee of Leeds calling the plan "reckless" and Tom Reyes '
            'of Hull calling the cuts "a betrayal of working families".')
    found = claims_of(text, "en")
    assert [(c.kind, c.content, c.speaker.name) for c in found] == [
        ("mixed", 'the plan "reckless"', "Ann Lee"),
        ("mixed", 'the cuts "a betrayal of working families"', "Tom Reyes")]


def test_places_joined_by_and_before_a_plural_group_noun_are_one_group():
    text = "Leeds and Bradford council officials have said they are not worried about the dams."
    assert speaker_of(text) == "Leeds and Bradford council officials"
    assert speaker_of("Kent and Essex County officials said the roads were safe.") == "Kent and Essex County officials"


def test_names_joined_by_and_speak_together():
    assert speaker_of("Ann Lee and Tom Reyes said the roads were safe.") == "Ann Lee and Tom Reyes"
    assert speaker_of("Rogaland Fire and Rescue said the roads were safe.") == "Rogaland Fire and Rescue"
    assert speaker_of("Ann Lee and her supporters claimed the vote was rigged.") == "Ann Lee and her supporters"
    assert speaker_of("Ann Lee and her husband claimed the vote was rigged.") == "her husband"


def test_a_place_before_a_group_noun_or_a_thing_after_the_is_no_person_for_she():
    text = ("Kent police were able to show the Volvo had come from the base and spoke with Ann Lee as a suspect. "
            'She informed police she had diplomatic immunity, but "that she had no plans to leave".')
    assert speaker_of(text) == "Ann Lee"


def test_finding_that_and_a_colon_quote_belong_to_the_whole_court_name():
    text = ('The High Court of Kent and Essex also ruled on Monday, finding that the case was not a matter for the '
            'courts: "In our view, the decision of the minister is not justiciable in the courts."')
    quote = next(c for c in claims_of(text, "en") if c.kind == "direct")
    assert quote.speaker.name == "High Court of Kent and Essex"


def test_a_party_label_before_a_name_is_no_part_of_it():
    claim = only("Republican Dana Whitfield said the budget would pass.", "en")
    assert claim.speaker.name == "Dana Whitfield"


def test_a_capitalised_modifier_of_a_role_in_apposition_is_not_the_speaker():
    claim = only("Dana Whitfield, the Assembly majority whip, said that the budget would pass.", "en")
    assert claim.speaker.name == "Dana Whitfield"


def test_a_clause_after_while_is_not_an_inverted_attribution():
    found = claims_of("Dana Whitfield told KTVB the budget was sound, while Governor Amos Pratt noted its size on radio.", "en")
    assert [(c.content, c.speaker.name) for c in found] == [("the budget was sound", "Dana Whitfield")]
    found = claims_of('Dana Whitfield told KTVB the budget "was sound," while Governor Amos Pratt noted its "size" on radio.', "en")
    assert [(c.content, c.speaker.name) for c in found] == [
        ('the budget "was sound,"', "Dana Whitfield"), ('its "size" on radio', "Amos Pratt")]


def test_a_surname_alone_is_the_person_introduced_first_not_the_relative_named_last():
    text = (
        "Senator Harold Brandt returned to the capital on Monday with his wife Eleanor Brandt. "
        "Aides said his daughter Carla Brandt stayed in Ohio.\n\n"
        'Brandt told reporters, "We will finish the budget this week."\n'
    )
    speakers = [c.speaker.name if c.speaker else None for c in claims_of(text, "en")]
    assert speakers[-1] == "Harold Brandt"


def test_a_surname_shared_by_one_person_only_keeps_the_fullest_name():
    text = (
        "Governor Ana Ruiz Delgado met the council on Monday. Ana Ruiz arrived late.\n\n"
        'Ruiz told reporters, "The budget is ready."\n'
    )
    speakers = [c.speaker.name if c.speaker else None for c in claims_of(text, "en")]
    assert speakers[-1] == "Ana Ruiz Delgado"


def test_pointing_out_after_a_clause_has_the_clause_subject_not_its_object():
    text = (
        "Senator Ann Price ended her campaign on Monday. In a livestream, Price shared with her supporters "
        "her reasoning, pointing out she had won fewer delegates than her rival.\n"
    )
    claim = claims_of(text, "en")[-1]
    assert claim.content == "she had won fewer delegates than her rival"
    assert claim.speaker.name == "Ann Price"


def test_an_age_before_a_named_owner_is_not_part_of_the_speaker():
    text = (
        "The prime minister stayed at home on Monday.\n\n"
        "Without giving details, 52-year-old Lee's office has said he has cancelled all his meetings.\n"
    )
    assert claims_of(text, "en")[-1].speaker.name == "Lee's office"
