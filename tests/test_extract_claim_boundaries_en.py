"""Where English reported claims start and end, and which verb introduces them (sentences
written for these tests)."""

from __future__ import annotations

from extract_support import claims_of, only

from claims.extract.segments import sentences


def test_a_naming_participle_does_not_end_the_reported_clause():
    claim = only("The survey found that when the wolves left, a small wild cat called the margay moved in.\n", "en")
    assert claim.content == "when the wolves left, a small wild cat called the margay moved in"


def test_a_naming_participle_after_a_dash_does_not_end_the_clause():
    claim = only("According to the report, roofs with vents, gutters or domes — called cupolas — often leaked.\n", "en")
    assert claim.content.endswith("often leaked")


def test_a_verb_after_a_quote_with_its_own_clause_is_not_the_quote_attribution():
    text = (
        'Critics called it "the dullest race of the year", however Lindqvist noted the turnout may have been '
        "the highest since 1990.\n"
    )
    claim = next(c for c in claims_of(text, "en") if c.cue == "noted")
    assert claim.content == "the turnout may have been the highest since 1990"
    assert claim.speaker.name == "Lindqvist"


def test_a_quote_with_a_short_tail_attribution_keeps_it():
    claim = only('"We will rebuild the bridge by spring," Mayor Ada Lindqvist told reporters, a promise made twice.\n', "en")
    assert claim.kind == "direct"
    assert claim.speaker.name == "Ada Lindqvist"


def test_a_question_states_nothing():
    text = "Do you think that the ferry fares need to be cut before the summer?\n"
    assert claims_of(text, "en") == []


def test_a_clause_that_ends_on_did_not_is_no_statement():
    text = "While the lower house confirmed the budget on Friday, the upper house did not.\n"
    assert claims_of(text, "en") == []


def test_a_reaction_followed_by_a_quote_is_attributed():
    claim = only('Singer Mara Holt also reacted on Twitter, "Sad news today, he was a generous and gifted player."\n', "en")
    assert claim.kind == "direct"
    assert claim.speaker.name == "Mara Holt"


def test_a_colon_quote_after_a_clause_belongs_to_the_first_verb_subject():
    text = (
        "Ecologist Dana Whitfield told the Lyndale Herald the spread of the beetles in unrelated forests "
        'suggested a common cause: "Something in the warmer winters is letting them survive."\n'
    )
    found = claims_of(text, "en")
    quote = next(c for c in found if c.kind == "direct")
    assert quote.speaker.name == "Dana Whitfield"
    reported = next(c for c in found if c.kind == "indirect")
    assert reported.content.startswith("the spread of the beetles")
    assert reported.speaker.name == "Dana Whitfield"


def test_an_attribution_between_commas_splits_the_statement_in_two():
    text = "The ranger Tom Okoye counted the herd on Friday. These elephants, he said, travel over forty miles a day.\n"
    claim = next(c for c in claims_of(text, "en") if c.cue == "said")
    assert claim.content == "These elephants travel over forty miles a day"
    assert claim.speaker.name == "Tom Okoye"


def test_an_attribution_between_commas_after_a_whole_clause_is_not_a_split_statement():
    text = "The highest reading was recorded in Montoro, the agency said, adding that the heat would last until Sunday.\n"
    contents = [c.content for c in claims_of(text, "en")]
    assert "the heat would last until Sunday" in contents


def test_according_to_after_a_whole_clause_attributes_that_clause():
    text = (
        "Firefighters received the first call at about 2:20 a.m., according to the county fire service, "
        "but the house had already collapsed.\n"
    )
    claim = only(text, "en")
    assert claim.content.rstrip(".") == "Firefighters received the first call at about 2:20 a.m"
    assert claim.speaker.name == "county fire service"


def test_according_to_after_a_conjunction_attributes_what_follows():
    text = "She sold the farm in 1990; but, according to her diary, she never stopped visiting the village.\n"
    claim = only(text, "en")
    assert claim.content == "she never stopped visiting the village"


def test_participles_of_verbs_in_e_are_cues():
    claim = only(
        'The coach spoke to the Lyndale Herald in June, describing the striker Ana Ruiz as "the best finisher we have ever had."\n',
        "en",
    )
    assert claim.kind == "mixed"
    assert claim.cue == "describing"


def test_a_gerund_after_a_preposition_is_not_a_cue():
    text = "Rangers estimate the herd size by observing the valley floor turned grey by the animals.\n"
    assert [c.cue for c in claims_of(text, "en")] == ["estimate"] or claims_of(text, "en") == []


def test_that_after_the_object_of_a_weak_verb_is_a_relative_pronoun():
    text = "The operator will end the service, the company said, blaming access charges that it says have doubled.\n"
    assert all(c.cue != "blaming" for c in claims_of(text, "en"))


def test_an_inverted_plural_group_after_a_headline_statement_is_its_speaker():
    text = "Desert lizards sleep through the hottest hours, say biologists\n\nThe study was published on Monday.\n"
    claim = only(text, "en")
    assert claim.content == "Desert lizards sleep through the hottest hours"
    assert claim.speaker.name == "biologists"


def test_the_speakers_own_participle_ends_the_statement():
    claim = only(
        "The authors noted the new dams might not have the same effect as the old ones have had, citing a survey from 1990.\n",
        "en",
    )
    assert claim.content == "the new dams might not have the same effect as the old ones have had"


def test_without_elaborating_is_not_part_of_the_statement():
    claim = only("His daughter said he died in Lisbon without elaborating.\n", "en")
    assert claim.content == "he died in Lisbon"


def test_a_second_action_of_the_speaker_is_not_part_of_the_statement():
    claim = only("The mayor and his allies claimed the count was rigged and sought to overturn the result.\n", "en")
    assert claim.content == "the count was rigged"


def test_a_verb_with_an_infinitive_inside_the_statement_does_not_end_it():
    claim = only("Police said the attacker left the bank and continued to threaten passers-by.\n", "en")
    assert claim.content == "the attacker left the bank and continued to threaten passers-by"


def test_a_role_in_apposition_after_according_to_is_skipped():
    claim = only(
        "According to Jan Novak, director of the city museum, the bronze bell came from the old tower.\n", "en"
    )
    assert claim.content == "the bronze bell came from the old tower"
    assert claim.speaker.name == "Jan Novak"


def test_a_name_after_a_plural_source_is_the_subject_of_the_claim_not_its_apposition():
    text = (
        "Mayor Jane Cole met the council on Monday.\n\n"
        "According to official statements, Cole, now working from home, is to keep leading the city.\n"
    )
    claim = claims_of(text, "en")[-1]
    assert claim.content == "Cole, now working from home, is to keep leading the city"
    assert claim.speaker.name == "official statements"


def test_a_name_after_a_singular_source_stays_its_apposition():
    claim = only("According to the city's spokesman, Tom Reyes, the bridge will reopen on Friday.\n", "en")
    assert claim.content == "the bridge will reopen on Friday"
    assert claim.speaker.name == "Tom Reyes"


def test_a_sentence_ends_before_a_name_with_a_polish_capital():
    text = "According to the guide, the bell came from the tower. Łukasz, a chef, said he saw the fire start.\n"
    contents = [c.content for c in claims_of(text, "en")]
    assert "the bell came from the tower" in contents


def test_a_wire_dateline_is_not_part_of_the_lead_statement():
    text = (
        "Dock strike looms\n\nLONDON, March 3 (Reuters) - Dock workers at the port of Felbridge voted to strike "
        "over pay, their union said on Tuesday, raising the prospect of disruption to freight traffic.\n"
    )
    claim = only(text, "en")
    assert claim.content == "Dock workers at the port of Felbridge voted to strike over pay"
    assert claim.speaker.name == "their union"  # an unnamed union keeps its possessive


def test_an_agency_only_dateline_is_not_part_of_the_lead_statement():
    text = "Fire\n\nRENO, Nev. (AP) — A wildfire forced the evacuation of 300 residents, officials said.\n"
    assert only(text, "en").content == "A wildfire forced the evacuation of 300 residents"


def test_nobody_in_particular_makes_no_claim():
    assert claims_of("Not everyone agreed the bridge should be rebuilt in steel.\n", "en") == []


def test_a_relative_clause_after_a_trailing_source_is_not_the_source_name():
    text = (
        "The shops were at first reluctant to limit sales, according to a report from Radio Lyndale "
        "in which they said they had no plans for limits.\n"
    )
    claim = next(c for c in claims_of(text, "en") if c.cue == "according to")
    assert claim.content == "The shops were at first reluctant to limit sales"
    assert claim.speaker.name == "Radio Lyndale"


def test_a_relative_pronoun_before_an_attribution_between_commas_leaves_only_the_relative_clause():
    text = "Turkey would guard the captured fighters which, the statement said, European nations have refused to take back.\n"
    claim = next(c for c in claims_of(text, "en") if c.cue == "said")
    assert claim.content == "European nations have refused to take back"


def test_defended_and_spoke_introduce_quotes():
    text = (
        'The minister Ana Lopes defended her decision, "We had no other way to keep the hospital open."\n\n'
        'Senator Rui Costa spoke on national radio, "This is going to cost the region a great deal."\n'
    )
    assert [c.speaker.name for c in claims_of(text, "en")] == ["Ana Lopes", "Rui Costa"]


def test_a_weak_verb_after_a_comma_makes_no_inverted_attribution():
    text = "At a packed meeting in the community hall on Wednesday night, traders spoke one after another.\n"
    assert claims_of(text, "en") == []


def test_a_participle_after_a_quote_is_not_its_attribution():
    text = 'Sanchez said in a video, "I do not take this decision lightly", calling it a "painful step".\n'
    quote = next(c for c in claims_of(text, "en") if c.kind == "direct")
    assert quote.speaker.name == "Sanchez"
    assert quote.cue == "said"


def test_a_quote_after_an_adjunct_set_off_by_a_comma_is_direct():
    text = (
        'The governor Lena Ortiz has yet to concede, saying earlier in the morning before the count ended, '
        '"We won this election by a lot."\n'
    )
    claim = only(text, "en")
    assert claim.kind == "direct"
    assert claim.content == "We won this election by a lot."


def test_an_attribution_between_commas_inside_an_apposition_keeps_the_apposition_head():
    text = "Ruiz chaired the vote herself, a move whose rarity, the Herald noted, showed how much was at stake.\n"
    claim = next(c for c in claims_of(text, "en") if c.cue == "noted")
    assert claim.content == "a move whose rarity showed how much was at stake"


def test_a_naming_participle_after_an_indefinite_phrase_does_not_attribute_a_quote():
    text = 'The mathematician is known for a pattern called a "glider" in the Game of Life.\n'
    assert claims_of(text, "en") == []


def test_a_plural_noun_after_a_preposition_is_not_a_cue():
    text = "The suspect, in remarks to the Lyndale Herald, contended he would have died had he not been armed.\n"
    claim = only(text, "en")
    assert claim.cue == "contended"
    assert claim.speaker.name == "suspect"


def test_an_interview_question_after_a_speaker_tag_states_nothing():
    assert claims_of("((WN)) Can we predict which stars may host life?\n", "en") == []


def test_nouns_after_any_or_a_number_are_not_cues():
    text = (
        "Cases passed one million confirmed infections on Monday. His family would be consulted before any "
        "comment on his condition would be released.\n"
    )
    assert claims_of(text, "en") == []


def test_responding_to_an_event_is_not_a_statement():
    assert claims_of("Police in Clairton responded to a shooting at a party after midnight.\n", "en") == []


def test_a_source_phrase_ends_at_a_semicolon():
    text = (
        "The country also has the most deaths, according to the Lyndale data; at least 5,000 deaths were "
        "linked to the virus, according to the Herald website.\n"
    )
    speakers = [c.speaker.name for c in claims_of(text, "en")]
    assert speakers == ["Lyndale", "Herald website"]  # (a named body's data speak as that body)


def test_a_trailing_source_after_a_semicolon_attributes_only_the_second_clause():
    text = (
        "The country also has the most deaths, according to the Lyndale data; at least 5,000 deaths were "
        "linked to the virus, according to the Herald website.\n"
    )
    contents = [c.content for c in claims_of(text, "en")]
    assert contents == ["The country also has the most deaths", "at least 5,000 deaths were linked to the virus"]


def test_calls_for_is_a_demand_not_a_statement():
    assert claims_of('The "Green Streets" plan calls for an increase in cycle lanes across the city.\n', "en") == []


def test_a_time_adjunct_without_a_comma_is_not_part_of_the_subject():
    text = 'The next day on Twitter the singer Rae Lund accused her label of trying to "silence" her.\n'
    assert only(text, "en").speaker.name == "Rae Lund"


def test_a_name_after_like_is_not_the_subject_of_a_relative_clause():
    text = "Obama criticised the attacks on postal voting, which critics, like Obama, have said amounted to voter suppression.\n"
    claim = next(c for c in claims_of(text, "en") if c.cue == "have said")
    assert claim.speaker.name != "Obama"


def test_a_relative_clause_then_an_inverted_attribution_is_not_a_relative_subject():
    text = (
        "Corals in a shallow lagoon survived temperatures that would kill most reefs, researchers reported on "
        "Wednesday, offering rare good news.\n"
    )
    claim = only(text, "en")
    assert claim.content == "Corals in a shallow lagoon survived temperatures that would kill most reefs"


def test_a_participle_after_a_trailing_source_is_not_part_of_the_source_but_of_the_claim():
    # (the gold of en-wikinews-extra enwn2019_125 keeps "ranging in age …" in the claim)
    claim = only("Forty people were hurt on Sunday according to hospital staff, ranging in age from six to 80.\n", "en")
    assert claim.speaker.name == "hospital staff"
    assert claim.content == "Forty people were hurt on Sunday ranging in age from six to 80"


def test_a_report_after_an_ordinal_is_a_noun_not_a_cue():
    text = "Although troops had fired before, this is the first report of a civilian being hit by a live round.\n"
    assert claims_of(text, "en") == []


def test_first_before_a_reporting_verb_is_still_an_adverb():
    assert only("He first reported that the bridge was unsafe in 2019.\n", "en").content == "the bridge was unsafe in 2019"


def test_as_well_as_before_a_noun_phrase_stays_inside_the_statement():
    claim = only("Auditors said the club owed $2 million in wages, as well as fines and fees, and had no cash left.", "en")
    assert claim.content == "the club owed $2 million in wages, as well as fines and fees, and had no cash left"
    claim = only("Auditors said the club owed $2 million in wages, as well as calling for its board to resign.", "en")
    assert claim.content == "the club owed $2 million in wages"


def test_an_attribution_after_a_conditional_clause_takes_both_sides():
    claim = only("If the samples are reliable, geologists say, the lake has been dry for a century.", "en")
    assert claim.content == "If the samples are reliable the lake has been dry for a century"
    assert claim.speaker.name == "geologists"


def test_late_on_a_weekday_after_the_verb_is_not_part_of_the_statement():
    claim = only("The harbour master said late on Sunday no ferries would sail before noon.", "en")
    assert claim.content == "no ferries would sail before noon"


def test_a_capitalised_audience_ends_before_the_subject_of_the_clause():
    claim = only("Dana Whitfield told KTVB Pratt was the wrong man for the job.", "en")
    assert claim.content == "Pratt was the wrong man for the job"
    claim = only('Dana Whitfield told KTVB Pratt "was the wrong man."', "en")
    assert claim.content == 'Pratt "was the wrong man."'


def test_a_statement_inside_an_opening_subordinate_clause_ends_at_its_comma():
    claim = only("After the coach said the squad was exhausted, the club cancelled the friendly.", "en")
    assert claim.content == "the squad was exhausted"
    assert claim.speaker.name == "coach"


def test_mixed_claim_keeps_its_for_or_after_complement_past_the_closing_mark():
    claim = only('The mayor said the vote was "a last chance" for saving the old harbour market.', "en")
    assert claim.kind == "mixed"
    assert claim.content == 'the vote was "a last chance" for saving the old harbour market'
    claim = only('Ms Okafor said the hospital had "no real option" after a fall in its state funding.', "en")
    assert claim.content == 'the hospital had "no real option" after a fall in its state funding'


def test_mixed_claim_stops_before_the_scene_of_the_speaking():
    claim = only('The coach said the defeat was "a wake-up call" in an interview with a local radio station.', "en")
    assert claim.content == 'the defeat was "a wake-up call"'


def test_parenthetical_attribution_before_a_finite_reporting_verb_joins_both_halves():
    claim = only("The mayor left early, a choice whose timing, the paper noted, underlined the strain inside the council.", "en")
    assert claim.content == "a choice whose timing underlined the strain inside the council"
    assert claim.speaker.name == "paper"


def test_a_while_clause_stays_in_the_statement_unless_it_has_its_own_speaker():
    claim = only("Officials said 40 homes were destroyed, while another 120 were damaged by the flood.", "en")
    assert claim.content == "40 homes were destroyed, while another 120 were damaged by the flood"
    found = claims_of("The mayor said the plan would work, while critics warned that it would fail within a year.", "en")
    assert [c.content for c in found] == ["the plan would work", "it would fail within a year"]


def test_that_clauses_listed_with_semicolons_are_one_statement():
    claim = only("The audit found that rents rose fastest in the north; that wages lagged behind; "
                 "and that most tenants paid more than a third of their income.", "en")
    assert claim.content == ("rents rose fastest in the north; that wages lagged behind; "
                             "and that most tenants paid more than a third of their income")
    claim = only("The audit found that rents rose fastest in the north; the council has not replied.", "en")
    assert claim.content == "rents rose fastest in the north"


def test_a_concession_with_its_own_clause_is_the_narrators_caveat():
    claim = only("Police said the driver had been drinking, though it was later found that he was sober.", "en")
    assert claim.content == "the driver had been drinking"
    claim = only("The minister said the economy was growing, though slowly.", "en")
    assert claim.content == "the economy was growing, though slowly"


def test_a_passive_reporting_verb_after_an_adverb_reports_no_one():
    assert claims_of("He was never told that the plant would close.", "en") == []
    claim = only("Ana Weiss retired in 1990. She would later say her years at the plant were happy.", "en")
    assert claim.speaker.name == "Ana Weiss"


def test_the_narrators_comment_in_apposition_ends_the_statement_and_names_no_speaker():
    claim = only("The UN said on Monday that aid convoys had been blocked, a claim the army denied.", "en")
    assert claim.content == "aid convoys had been blocked"
    assert claim.speaker.name == "UN"
    claim = only("The minister said councils were approving plans faster than ever, a figure her office could not provide.", "en")
    assert claim.content == "councils were approving plans faster than ever"


def test_a_quotation_that_is_only_the_subject_of_the_clause_makes_a_mixed_claim():
    claim = only('According to a statement from the ministry, "protecting the coast" is the aim of the new law.', "en")
    assert (claim.kind, claim.content) == ("mixed", '"protecting the coast" is the aim of the new law')
    claim = only('Lopez said that "the old rules" were no longer enough.', "en")
    assert (claim.kind, claim.content) == ("mixed", '"the old rules" were no longer enough')
    claim = only('According to the ministry, "the coast is safe".', "en")
    assert (claim.kind, claim.content) == ("direct", "the coast is safe")


def test_a_clause_with_an_auxiliary_before_a_capitalised_or_numeric_quotation_makes_it_mixed():
    claim = only('Vesey said the firm was working to install "200 new poles along the coast."', "en")
    assert (claim.kind, claim.content) == ("mixed", 'the firm was working to install "200 new poles along the coast."')
    claim = only('Vesey told reporters "We will rebuild everything."', "en")
    assert (claim.kind, claim.content) == ("direct", "We will rebuild everything.")


def test_that_followed_by_a_comma_and_an_adjunct_is_the_complementiser():
    claim = only("Lopez argued that, since the law had changed, the case should be dropped.", "en")
    assert claim.content == "since the law had changed, the case should be dropped"


def test_a_plural_verb_form_after_a_possessive_name_is_a_noun():
    claim = only("Lopez's comments came after the ministry announced that 300 jobs would be cut.", "en")
    assert claim.content == "300 jobs would be cut"


def test_a_call_for_action_after_and_is_the_speakers_second_act():
    claim = only('Lopez described the situation as "catastrophic" and called for international help.', "en")
    assert claim.content == 'the situation as "catastrophic"'


def test_long_adjuncts_or_audience_before_that():
    claim = only("The company said in a filing with the Securities and Exchange Commission that revenue fell 5%.", "en")
    assert claim.content == "revenue fell 5%"
    claim = only("Lopez told a meeting of party members in the northern city of Leeds on Friday that the party would win.", "en")
    assert claim.content == "the party would win"


def test_second_that_clause_after_a_quotation_stays_in_the_claim():
    claim = only('The mayor\'s office said the council "welcomes any help for tenants" and that it had asked the '
                 'state for emergency funds.', "en")
    assert claim.content.endswith('and that it had asked the state for emergency funds')
    claim = only('Minister Ruth Ober told parliament on Tuesday that the delays were "unacceptable", and that she '
                 'had asked the agency for a report.', "en")
    assert claim.content == ('the delays were "unacceptable", and that she had asked the agency for a report')


def test_the_speakers_own_acts_after_the_statement_are_left_out():
    claim = only('The club said the decision was taken "after a long review of the season" and thanked the manager '
                 'for his work.', "en")
    assert claim.content == 'the decision was taken "after a long review of the season"'
    claim = only("The airport said the runways were operating normally and advised passengers to check their "
                 "flights.", "en")
    assert claim.content == "the runways were operating normally"
    claim = only('The regulator said it "will examine the deal in the coming weeks" but declined to comment '
                 'further.', "en")
    assert claim.content == 'it "will examine the deal in the coming weeks"'
    claim = only("The coast guard said 40 volunteers had joined the rescue, and asked members of the public to "
                 "stay away.", "en")
    assert claim.content == "40 volunteers had joined the rescue"


def test_a_backshifted_second_predicate_is_still_reported():
    claim = only("The nurses' union said it would seek talks with the ministry and would not rule out a strike.", "en")
    assert claim.content == "it would seek talks with the ministry and would not rule out a strike"


def test_a_place_after_a_quoted_fragment_stays_but_the_day_of_speaking_does_not():
    claim = only('A passenger told the newspaper that the ferry had been sailing "much too close" on the approach '
                 'to the harbour.', "en")
    assert claim.content.endswith("on the approach to the harbour")
    claim = only('The mayor said the budget was "a fair compromise" on Tuesday at a meeting with residents.', "en")
    assert claim.content == 'the budget was "a fair compromise"'


def test_said_that_after_a_relative_clause_between_commas_is_a_claim():
    claim = only("A senior nurse at the clinic, who did not wish to be named, said that on Monday night some "
                 "patients had waited 20 hours for a bed.", "en")
    assert claim.content == "on Monday night some patients had waited 20 hours for a bed"


def test_according_to_her_opens_a_claim():
    found = claims_of("Ruth Ames, the lawyer for the tenants, spoke after the hearing. According to her, at least "
                      "nine similar cases were being prepared.", "en")
    assert [c.content for c in found] == ["at least nine similar cases were being prepared"]
    assert found[0].cue == "According to"


def test_a_request_is_not_a_claim():
    found = claims_of("A nurse who worked on the ward, and who asked that the station not use her name, said staff "
                      "had been warned in March.", "en")
    assert [c.content for c in found] == ["staff had been warned in March"]


def test_the_complement_of_a_quoted_noun_stays_but_the_interview_does_not():
    claim = only('A spokesman for the board said clinics were seeing a "sharp rise" in visits by young children, and '
                 'that 40 extra nurses had been hired.', "en")
    assert claim.content.endswith("in visits by young children, and that 40 extra nurses had been hired")
    claim = only('The coach said the team had been "unlucky all season" in an interview with a local radio station.',
                 "en")
    assert claim.content == 'the team had been "unlucky all season"'


def test_a_court_ruling_that_is_a_claim_and_rule_out_is_no_cue():
    found = claims_of("On Monday, the High Court in Leeds halted the sale of the park, ruling that the council had "
                      "ignored its own planning rules.", "en")
    assert [c.content for c in found] == ["the council had ignored its own planning rules"]
    claim = only("The union said it would seek talks with the ministry and would not rule out a strike at the "
                 "largest hospitals.", "en")
    assert claim.content.endswith("and would not rule out a strike at the largest hospitals")


def test_a_finding_verb_closing_the_sentence_attributes_the_clause_before_it():
    found = claims_of("Village schools closing faster than thought, survey finds\n\nNationally, more than a quarter of "
                      "village schools have shut since 2010, a report published in May by the Rural Schools Trust "
                      "found.", "en")
    assert [c.content for c in found] == ["Village schools closing faster than thought",
                                          "Nationally, more than a quarter of village schools have shut since 2010"]
    assert found[1].speaker.name == "Rural Schools Trust"


def test_a_long_organisation_name_with_its_acronym_is_an_inverted_subject():
    claim = only("By Sunday night divers had freed 30 of the seals, the Western Department of Fisheries and Oceans "
                 "(WDFO) said.", "en")
    assert claim.content == "By Sunday night divers had freed 30 of the seals"
    assert claim.speaker.name == "Western Department of Fisheries and Oceans"


def test_data_published_by_an_author_show_its_claim():
    claim = only("Data published on Tuesday by the Welsh Government showed that 18 per cent of patients waited a "
                 "month, up from 14 per cent a year earlier.", "en")
    assert claim.content == "18 per cent of patients waited a month, up from 14 per cent a year earlier"
    assert claim.speaker.name == "Welsh Government"


def test_what_someone_wrote_is_no_claim_without_a_clause():
    assert claims_of("Hi, this is Anna Kovalenko. I wrote this story for you.", "en") == []


def test_a_finding_reported_inside_a_statement_is_not_a_second_claim():
    found = claims_of('Union leader Maeve Doyle said the figures showed the service was "already at breaking point" '
                      'before the winter.', "en")
    assert [(c.content, c.speaker.name) for c in found] == [
        ('the figures showed the service was "already at breaking point" before the winter', "Maeve Doyle")]


def test_found_with_a_noun_object_reports_no_finding():
    claim = only("Police said officers were called to a crash on the bypass and found the driver 'badly shaken "
                 "but unhurt'.", "en")
    assert claim.content == "officers were called to a crash on the bypass and found the driver 'badly shaken but unhurt'"
    claim = only("The inspectors found that the kitchen had no working fridge.", "en")
    assert claim.content == "the kitchen had no working fridge"


def test_a_product_recall_is_no_reporting_verb():
    claim = only("The dairy firm Hollin Farms recalled about 20,000 tubs of yoghurt after customers found mould, the "
                 "company announced.", "en")
    assert claim.content.startswith("The dairy firm Hollin Farms recalled about 20,000 tubs")
    assert claim.cue == "announced"
    claim = only("She recalled that the river had flooded the square twice that winter.", "en")
    assert claim.content == "the river had flooded the square twice that winter"


def test_according_to_documents_filed_in_court_ends_a_claim():
    claim = only("Harbor Gas Co. has agreed to pay $90 million to settle claims from more than 900 residents, "
                 "according to documents filed Wednesday in Orange County Superior Court.", "en")
    assert claim.content == ("Harbor Gas Co. has agreed to pay $90 million to settle claims from more than 900 "
                             "residents")
    assert claim.cue == "according to"


def test_a_warning_against_doing_something_is_no_claim():
    assert claims_of('The biologist cautioned against calling the reef a "miracle" or a "refuge" for fish.', "en") == []


def test_a_time_abbreviation_ends_the_sentence_before_a_pronoun():
    text = "The inmates cut the fence at about 3 a.m. He said two of them were dangerous. It closed at 5 p.m. Friday."
    spans = sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        "The inmates cut the fence at about 3 a.m.", "He said two of them were dangerous.", "It closed at 5 p.m. Friday."]


def test_a_reported_wish_is_no_claim():
    assert claims_of("Head\n\nOmar Hadid said he hoped the authority would extend service hours.\n", "en") == []
    assert claims_of("Titre\n\nLe maire a dit qu'il espérait une réouverture rapide du pont.\n", "fr") == []


def test_a_second_that_clause_does_not_cut_the_first_clause_without_that():
    claim = only("Mayor Ivan Arce said markets had run short of vegetables and that prices had risen by 40 percent.\n", "en")
    assert claim.content == "markets had run short of vegetables and that prices had risen by 40 percent"


def test_an_outlet_introduced_by_its_kind_is_the_audience_of_told():
    claim = only("Senator Ana Ruiz told the newspaper El Diario Sur the government had given in to pressure.\n", "en")
    assert claim.content == "the government had given in to pressure"


def test_a_clause_after_according_to_x_is_no_apposition_of_x():
    claim = only("According to the agency, a misconfigured server left names, addresses and medicines "
                 "publicly accessible for eleven weeks.\n", "en")
    assert (claim.speaker.name, claim.content) == (
        "agency", "a misconfigured server left names, addresses and medicines publicly accessible for eleven weeks")


def test_a_currencys_short_form_before_its_amount_ends_no_sentence_and_names_no_one():
    text = ("A 41-year-old mother of three from Negombo said she had borrowed Rs. 8,000 in August and had "
            "already paid back Rs. 31,000.\n\n"
            "\"They called my employer. I could not go out for shame,\" she said.\n")
    claims = claims_of(text, "en")
    assert claims[0].content == "she had borrowed Rs. 8,000 in August and had already paid back Rs. 31,000"
    assert claims[1].speaker.name == "41-year-old mother of three from Negombo"  # (the age describes her too)


def test_a_reporting_noun_after_its_modifiers_is_no_second_cue():
    text = "The grid operator warned in its 2026 resource adequacy report that its reserve margin could fall below 16%.\n"
    claims = claims_of(text, "en")
    assert [(c.cue, c.content) for c in claims] == [("warned", "its reserve margin could fall below 16%")]


def test_calling_on_someone_to_act_after_the_statement_is_no_part_of_it():
    text = ('Cllr Anne Rafferty, chair of the scrutiny committee, said the waiting times were "a scandal" and called '
            "on the trust's board to appear before councillors in January.\n")
    assert [c.content for c in claims_of(text, "en")] == ['the waiting times were "a scandal"']
