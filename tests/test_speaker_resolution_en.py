"""English speaker resolution: phrases kept whole as the speaker, and references to someone or
something the article named before (sentences written for these tests, invented names)."""

from __future__ import annotations

from extract_support import claims_of, only


def speakers_of(text: str) -> list[str | None]:
    return [c.speaker.name if c.speaker else None for c in claims_of(text, "en")]


def speaker_of(text: str) -> str | None:
    claim = only(text, "en")
    return claim.speaker.name if claim.speaker else None


# Phrases kept whole: an anonymous speaker is their phrase, not a name or a role inside it.

def test_spokesperson_for_an_organisation_with_and_in_its_name_is_the_whole_phrase():
    text = "A spokeswoman for the Ministry for Fisheries and Coasts said the quota talks would resume in June.\n"
    assert speaker_of(text) == "spokeswoman for the Ministry for Fisheries and Coasts"


def test_spokesperson_for_a_named_minister_is_the_whole_phrase_not_the_minister():
    text = "A spokesman for Transport Minister Odile Fenwick said the ferry contract would be tendered again.\n"
    assert speaker_of(text) == "spokesman for Transport Minister Odile Fenwick"


def test_spokesperson_after_capitalised_words_and_a_number_keeps_them():
    text = "A No 12 spokesperson said the budget would not be delayed.\n"
    assert speaker_of(text) == "No 12 spokesperson"


def test_source_close_to_someone_is_the_whole_phrase():
    text = "A source close to the treasury secretary said the package was \"nearly agreed\".\n"
    assert speaker_of(text) == "source close to the treasury secretary"


def test_another_member_of_a_group_is_not_the_group():
    text = (
        "More than 20 Green MPs signed the letter on Monday.\n\n"
        "Another Green MP, who asked not to be named, said the leadership was \"out of touch\".\n"
    )
    assert speakers_of(text)[-1] == "Another Green MP"


# References to a speaker named before.

def test_definite_role_after_an_indefinite_one_is_the_same_speaker():
    text = (
        "A Foxhall Rail spokesperson said the line would reopen on Friday. \"Safety comes first,\" the spokesperson said.\n\n"
        "Its union rep, Dale Oyelaran, said staff had not been consulted.\n"
    )
    assert speakers_of(text)[:2] == ["Foxhall Rail spokesperson", "Foxhall Rail spokesperson"]


def test_role_tied_to_no_one_is_the_person_just_quoted():
    text = (
        "Kofi Brannigan, who signed from Carlow in June, said he had expected to start on the bench.\n\n"
        "\"The manager trusted me and I repaid him,\" the winger told reporters.\n\n"
        "Rival coach Tomas Eliasson said the result was unfair.\n"
    )
    assert speakers_of(text)[:2] == ["Kofi Brannigan", "Kofi Brannigan"]


def test_age_epithet_is_the_person_just_quoted():
    text = (
        "Head coach Rhona Delacourt said her team had \"earned every point\".\n\n"
        "The 52-year-old added that the new signing was \"the best finisher in the league\".\n"
    )
    assert speakers_of(text) == ["Rhona Delacourt", "Rhona Delacourt"]


def test_the_company_is_the_listed_company_the_article_is_about():
    text = (
        "Oslo-listed Brannvik Power has cut its dividend, the company said on Monday, citing lower prices.\n"
    )
    assert speaker_of(text) == "Brannvik Power"


def test_the_based_company_is_the_company_named_with_its_designator():
    text = (
        "Tallow Freight Inc. shares fell on Monday.\n\n"
        "Revenue fell 4% to $2 billion, the Denver-based company said, missing estimates.\n"
    )
    assert speaker_of(text) == "Tallow Freight Inc."


def test_the_noun_is_the_one_organisation_named_with_it():
    text = (
        "Protest leaders met on Sunday. \"We will not stop,\" said Ana Quispe, head of the Urubamba Water Front.\n\n"
        "The front says the dam has dried up three villages.\n"
    )
    assert speakers_of(text)[-1] == "Urubamba Water Front"


def test_the_local_council_is_the_council_the_article_names():
    text = (
        "The closure will cost 300 jobs, according to the local council.\n\n"
        "Thornby and Wray District Council leader Nia Haskett said the news was \"devastating\".\n"
    )
    assert speakers_of(text)[0] == "Thornby and Wray District Council"


def test_one_of_the_people_is_one_of_the_group_named_before():
    text = (
        "Marlow Foods is weighing a sale of its bakery arm, according to people familiar with the plans, "
        "who asked not to be identified. The arm could fetch about $300 million, one of the people said.\n"
    )
    assert speakers_of(text)[-1] == "one of the people familiar with the plans"


def test_headline_adjective_before_a_surname_is_no_part_of_the_name():
    text = (
        "Late Okafor goal sinks Rovers\n\n"
        "Tunde Okafor's stoppage-time goal gave Ashby a 1-0 win on Saturday.\n\n"
        "Okafor, who joined in the summer, said he had nearly missed the game with a knee injury.\n"
    )
    assert speakers_of(text) == ["Tunde Okafor"]


def test_participle_after_a_phrase_kept_whole_has_the_same_speaker():
    text = (
        "A spokesman for the Office for Roads and Rail said the review was \"on schedule\", "
        "adding that the regulator did not comment on individual operators.\n"
    )
    assert speakers_of(text) == ["spokesman for the Office for Roads and Rail"] * 2


def test_one_of_them_is_one_of_the_anonymous_group_not_the_group():
    text = (
        "Three people briefed on the talks said the deal was close. "
        "One of them said the price had been agreed on Sunday.\n"
    )
    assert speakers_of(text) == ["Three people briefed on the talks", "one of the people briefed on the talks"]


def test_one_of_them_after_a_counted_group_is_one_of_that_group():
    text = "Two senior diplomats said the summit would go ahead. One of them said the date was not fixed.\n"
    assert speakers_of(text) == ["Two senior diplomats", "one of the senior diplomats"]


def test_person_before_the_role_of_a_front_in_apposition_is_the_speaker():
    text = (
        "\"We were never consulted,\" Ana Quispe, president of the Urubamba Water Front, told reporters. "
        "\"They built the dam anyway.\"\n"
    )
    assert speakers_of(text) == ["Ana Quispe"]


def test_pronoun_after_a_surname_opening_a_sentence_with_a_comma_is_that_person():
    text = (
        "Chief Executive Officer Dana Oyelowo said the quarter had been \"brutal\".\n\n"
        "Finance chief Mark Hollis said the company would cut 300 jobs.\n\n"
        "Oyelowo, 49, who joined in March, has bet on automation. She told analysts the new depot was already profitable.\n"
    )
    assert speakers_of(text) == ["Dana Oyelowo", "Mark Hollis", "Dana Oyelowo"]


def test_its_chief_executive_is_the_person_the_article_names_in_that_role():
    text = (
        "Tallow Freight shares fell after the carrier cut its outlook and its chief executive warned that "
        "demand would stay weak into next year.\n\n"
        "\"We have not hit the bottom,\" Chief Executive Officer Rhea Vantongeren said on a call with analysts.\n"
    )
    assert speakers_of(text) == ["Rhea Vantongeren", "Rhea Vantongeren"]


def test_they_is_the_plural_group_opening_the_sentence_before():
    text = (
        "A Treasury spokesman said the budget rules would not change.\n\n"
        "The dissenters, most of them from rural seats, have drafted an amendment. "
        "In a letter to the chancellor, they say the rules \"punish the countryside\".\n"
    )
    assert speakers_of(text)[-1] == "dissenters"


def test_participle_after_an_organisation_phrase_keeps_the_whole_phrase():
    text = (
        "The EU fisheries office in West Africa urged both sides to talk, saying on X that it was "
        "\"alarmed\" by the seizures.\n"
    )
    assert speakers_of(text) == ["EU fisheries office in West Africa"]


def test_no_10_is_downing_street_and_a_name_ending_with_a_number_can_speak():
    assert speaker_of("No 10 insists the housing target will not be dropped.\n") == "Downing Street"
    assert only("Channel 9 said the interview would air on Sunday night.\n", "en").content == \
        "the interview would air on Sunday night"


def test_subject_of_a_clause_after_as_in_a_headline_is_its_own_speaker():
    text = "Farmers block roads over tax plan as ministry insists it will not back down\n\nMore text follows here.\n"
    claim = only(text, "en")
    assert (claim.content, claim.speaker.name) == ("it will not back down", "ministry")


def test_participle_after_despite_has_its_own_counted_subject():
    text = (
        "The ministry has insisted it will press ahead with the levy, despite more than 30 Green MPs "
        "warning they could vote against it next week.\n"
    )
    assert [(c.content, c.speaker.name) for c in claims_of(text, "en")] == [
        ("it will press ahead with the levy", "ministry"),
        ("they could vote against it next week", "more than 30 Green MPs"),
    ]


def test_quote_attributed_to_a_person_with_an_ampersand_firm_in_apposition():
    text = (
        "Investors were unmoved. \"The new plan reads like a retreat,\" Dora Pilkington, an analyst at "
        "Marsh & Vell, wrote in a note.\n"
    )
    claim = only(text, "en")
    assert (claim.kind, claim.speaker.name) == ("direct", "Dora Pilkington")


def test_figures_show_is_a_claim_of_whoever_released_the_figures():
    text = (
        "The region missed its target, with new figures showing just 12,400 homes were finished in 2025.\n\n"
        "The figures, released by the Northland Statistics Office, show completions fell 9 per cent.\n"
    )
    assert [(c.content, c.speaker.name) for c in claims_of(text, "en")] == [
        ("just 12,400 homes were finished in 2025", "Northland Statistics Office"),
        ("completions fell 9 per cent", "Northland Statistics Office"),
    ]


def test_show_without_figures_or_a_study_before_it_reports_nothing():
    text = "He showed reporters the roof had collapsed. Old records that showed the ship had sunk were found.\n"
    assert claims_of(text, "en") == []


def test_said_then_accused_ends_the_statement_before_the_accusation():
    text = "Opposition leader Gwen Tallis said the council was \"asleep at the wheel\" and accused officers of hiding the bill.\n"
    assert [c.content for c in claims_of(text, "en")][0] == "the council was \"asleep at the wheel\""


def test_market_share_is_a_noun_not_a_reporting_verb():
    text = "Analyst Mina Orlov said the airline was losing market share to budget rivals that were \"buying the routes\".\n"
    assert [(c.speaker.name, c.content[:25]) for c in claims_of(text, "en")] == [("Mina Orlov", "the airline was losing ma")]


def test_an_office_role_is_not_the_person_just_quoted():
    text = (
        "Fund manager Ilse Brandauer said the bonds were \"priced for disaster\".\n\n"
        "The mayor said the city would not sell its stake.\n"
    )
    assert speakers_of(text) == ["Ilse Brandauer", "mayor"]


def test_quote_interrupted_by_a_long_attribution_sentence_is_one_claim():
    text = (
        "\"We have not reached the bottom,\" Chief Executive Officer Dana Oyelowo said on a call with analysts "
        "after the results were released late on Tuesday. \"Customers are still cutting orders.\"\n"
    )
    claim = only(text, "en")
    assert claim.content == "We have not reached the bottom Customers are still cutting orders."


def test_his_barrister_is_the_barrister_the_article_named():
    text = (
        "Corwin denies six counts of theft. His barrister, Priya Lundqvist KC, said her client would plead not guilty.\n\n"
        "Corwin spoke only to confirm his name. His barrister told the judge that two witnesses would be called.\n"
    )
    assert speakers_of(text) == ["Priya Lundqvist", "Priya Lundqvist"]


def test_trailing_said_takes_the_whole_clause_after_a_mixed_case_dateline():
    text = (
        "Chad shuts border\n\n"
        "Ndjamena (AFP) - Chad's government declared a curfew in the eastern region on Friday after "
        "three soldiers were killed near the border, officials said.\n"
    )
    claim = only(text, "en")
    assert (claim.speaker.name, claim.content.split(" declared")[0]) == ("officials", "Chad's government")


def test_party_apposition_after_a_name_is_the_persons_role_not_a_name():
    text = (
        "Rep. Hana Delcour, an Ohio Republican, said in a statement that the plan \"would hurt families.\"\n\n"
        "Sen. Piet Varga, a Nevada Democrat who chairs the panel, said the bill was dead.\n"
    )
    assert speakers_of(text) == ["Hana Delcour", "Piet Varga"]


def test_state_completing_a_place_in_a_relative_clause_is_not_the_speaker():
    text = "Omar Lindqvist, who runs a bakery in Dayton, Ohio, told reporters that flour prices had doubled.\n"
    assert speaker_of(text) == "Omar Lindqvist"


def test_group_on_both_sides_after_a_fronted_adjunct_is_the_whole_phrase():
    text = "Behind the closed doors, aides in both parties said the gap was narrower than it looked.\n"
    assert speaker_of(text) == "aides in both parties"


def test_he_after_a_quote_is_the_man_just_quoted_not_the_articles_main_person():
    text = (
        "Sleep study\n\n"
        "\"We saw a clear link,\" said lead author Dr. Wilma Arkstedt. Arkstedt said the effect was large. "
        "Arkstedt said the cohort was big.\n\n"
        "Dr. Tobias Renn, who was not involved in the research, called the findings \"solid.\"\n\n"
        "\"Sleep is a vital sign,\" he told reporters.\n\n"
        "He noted that the study relied on self-reported sleep.\n"
    )
    assert speakers_of(text)[-1] == "Tobias Renn"


def test_narrators_apposition_after_an_inverted_attribution_is_not_the_claim():
    text = (
        "Port deal delayed\n\n"
        "WASHINGTON (AP) — The Commerce Department will delay the harbour lease sale until next year, "
        "an administration official said Thursday, a setback for an industry already struggling with rising costs.\n"
    )
    claim = only(text, "en")
    assert (claim.speaker.name, claim.content) == (
        "administration official", "The Commerce Department will delay the harbour lease sale until next year")


def test_added_with_a_thing_added_to_a_list_is_no_statement():
    text = (
        "The Kidney Trust added hydration to its list of key measures of kidney health in 2023. "
        "Its director added the measure was overdue.\n"
    )
    assert [c.content for c in claims_of(text, "en") if c.kind != "assertion"] == ["the measure was overdue"]


def test_written_letters_that_opens_a_relative_clause_not_a_statement():
    text = (
        "According to Varga, Lind has written letters to the family that he has never sent, "
        "because he feared their anger.\n"
    )
    claim = only(text, "en")
    assert (claim.speaker.name, claim.content) == (
        "Varga", "Lind has written letters to the family that he has never sent, because he feared their anger")


def test_study_conducted_by_a_named_scientist_speaks_as_that_scientist():
    text = (
        "Microbes\n\n"
        "In May, a study was published in the journal Cell, conducted by Harvard professor Dr Nila Ostrava and "
        "other researchers, showing yeast can thrive in helium. The study found that growth was slower.\n\n"
        "According to the research paper, the microbes released methane.\n"
    )
    assert [s for s in speakers_of(text) if s] == ["Nila Ostrava", "Nila Ostrava"]


def test_study_conducted_by_an_institute_keeps_the_study_as_speaker():
    text = (
        "Outbreak estimate\n\n"
        "The study was conducted by Halvorsen University's Centre for Outbreak Analysis. "
        "The study found that cases were undercounted.\n"
    )
    assert [s for s in speakers_of(text) if s] == ["study"]


def test_that_before_a_time_noun_is_a_demonstrative_not_the_complementiser():
    text = "Circuit Judge Ann Roe told Lind his decisions that night had been \"a series of choices, not an accident.\"\n"
    claim = only(text, "en")
    assert claim.content == "his decisions that night had been \"a series of choices, not an accident.\""


def test_narrators_comment_or_absolute_clause_after_the_statement_is_left_out():
    text = (
        "The speaker has said he will not bring the bill to a vote unless it has majority support, "
        "a condition that some members regard as unworkable.\n\n"
        "The UN said more than 9,000 people have fled the fighting since May, many of them sheltering in schools.\n"
    )
    assert [c.content for c in claims_of(text, "en")] == [
        "he will not bring the bill to a vote unless it has majority support",
        "more than 9,000 people have fled the fighting since May"]


def test_broadcasters_programme_after_told_is_the_audience_not_the_claim():
    text = "Its chief executive, Nadia Orsolya, told BBC Radio 4's Today programme the scheme was \"a lottery\".\n"
    claim = only(text, "en")
    assert (claim.speaker.name, claim.content) == ("Nadia Orsolya", "the scheme was \"a lottery\"")


def test_according_to_a_study_published_somewhere_is_a_claim_of_the_study():
    text = (
        "Night shifts\n\n"
        "Nurses who work night shifts are about 20% more likely to develop diabetes, according to a large "
        "study published Monday in the Journal of Occupational Metabolism.\n"
    )
    claim = only(text, "en")
    assert (claim.kind, claim.speaker.name, claim.content) == (
        "indirect", "large study", "Nurses who work night shifts are about 20% more likely to develop diabetes")


def test_a_plural_possessive_inside_an_organisation_name_keeps_the_whole_name():
    for sentence, name in (("The Finance Workers’ Union said it had not been consulted.", "Finance Workers’ Union"),
                           ("The Farmers' Association of Kenya said prices would rise.", "Farmers' Association of Kenya")):
        claims = claims_of(sentence, "en")
        assert [c.speaker.name for c in claims] == [name], sentence
