"""English speaker and span rules found on the copy studied in session 33: a titled name after a role
and its place ("A biologist at the University of X, Dr Y,"), Channel Islands advocates and
legislators' post-nominals (MHK, MLA, TD), a body's name of portfolio words joined by "and", a body's
acronym before its region ("HSE Mid West"), clubs, a closing "Sources" list naming no one near, an
amount opening a reported clause ("said $17.2 billion …"), a clause before a colon and its quotation,
a participle after a trailing source, a named body's own figures, figures a body presented, "the
utility", a lede's first word in capitals, "Deputy" before a first name, "the country's disaster
agency" and "the weather bureau X", what an examination found as a source tells it, a long audience
of "told". Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_titled_name_after_a_role_at_a_place_is_the_person():
    text = ("Title\n\nA marine biologist at the University of Bristol, Dr Ellen Marsh, who was not involved in "
            "the survey, said warmer seas had contributed to the decline.\n")
    assert speaker_of(text, "warmer seas had contributed") == "Ellen Marsh"


def test_advocates_and_legislators_post_nominals_are_no_part_of_the_name():
    text = ("Title\n\nAdvocate Paul Le Page, defending, said his client was deeply ashamed.\n\n"
            "Health Minister Kate Quine MHK says surgery will carry on as normal.\n\n"
            "Michael Foley TD said the cut was unfair.\n")
    assert speaker_of(text, "his client was deeply ashamed") == "Paul Le Page"
    assert speaker_of(text, "surgery will carry on") == "Kate Quine"
    assert speaker_of(text, "the cut was unfair") == "Michael Foley"


def test_a_bodys_name_of_portfolio_words_joined_by_and_is_whole():
    text = "Title\n\nThe Health Information and Quality Authority (HIQA) said its inspectors had counted 94 patients.\n"
    assert speaker_of(text, "its inspectors had counted") == "Health Information and Quality Authority"


def test_a_bodys_acronym_before_its_region_is_no_title():
    text = "Title\n\nHSE Mid West, which runs the hospital, said in a statement that it accepted the findings.\n"
    assert speaker_of(text, "it accepted the findings") == "HSE Mid West"


def test_a_club_closes_the_complement_of_a_role_in_apposition():
    text = "Title\n\nGary Nolan, head coach of Lakeside Otters Swimming Club, said the club had 240 members.\n"
    assert speaker_of(text, "the club had 240 members") == "Gary Nolan"


def test_the_closing_sources_list_names_no_one_near_a_role():
    text = ("Vanuatu votes\n\nSaturday, November 7, 2026\n\nNo party won a majority, officials said.\n\n"
            "Parliament will sit on November 23 to elect a speaker, the Clerk of Parliament said.\n\n"
            "Sources\n\n\"Coalition talks begin\" — VTV Pacific, November 6, 2026\n")
    assert speaker_of(text, "Parliament will sit on November 23") == "Clerk of Parliament"


def test_an_amount_opens_a_reported_clause():
    text = "Title\n\nMr Ramdial said $17.2 billion was allocated for drainage works.\n"
    assert speaker_of(text, "$17.2 billion was allocated for drainage works") == "Ramdial"


def test_a_clause_before_a_colon_and_the_quotation_after_it_are_both_claims():
    text = ("Title\n\nRicky Doyle, who runs a tour business, said cruise passengers spend far less on land than "
            "overnight guests: \"A cruise guest books one tour. A stayover family books four.\"\n")
    contents = {c.content: c.speaker.name for c in claims_of(text, "en")}
    assert contents["cruise passengers spend far less on land than overnight guests"] == "Ricky Doyle"
    assert contents["A cruise guest books one tour. A stayover family books four."] == "Ricky Doyle"


def test_a_participle_after_a_trailing_source_is_no_part_of_the_claim():
    text = ("Title\n\nNo party won more than ten of the 52 seats, according to official results released on "
            "Friday by the Electoral Office, leaving the country facing weeks of talks.\n")
    claims = [c for c in claims_of(text, "en") if c.kind != "assertion"]
    assert [(c.content, c.speaker.name) for c in claims] == [
        ("No party won more than ten of the 52 seats", "Electoral Office")]


def test_figures_a_body_owns_or_presented_are_the_bodys():
    text = ("Title\n\nThe Waikiki Board of Water Supply proposed raising rates.\n\nThe board said it needs the money "
            "to replace old pipes.\n\nA typical bill would rise to about $142 in 2031, according to figures the "
            "utility presented at a public meeting.\n\nAround 160 operations will be postponed, according to "
            "Mannin Care's own figures.\n")
    assert speaker_of(text, "A typical bill would rise") == "Waikiki Board of Water Supply"
    assert speaker_of(text, "Around 160 operations will be postponed") == "Mannin Care"


def test_a_ledes_first_word_in_capitals_is_a_group_noun():
    text = "Title\n\nFISHERMEN in Castlebay have warned that a proposed cut could force some boats out of business.\n"
    assert speaker_of(text, "a proposed cut could force") == "fishermen in Castlebay"


def test_deputy_before_a_first_name_is_a_members_title():
    text = ("Rent cap would hurt landlords, Minister warns\n\nHousing Minister Deputy Rachel Le Marquand. "
            "Picture: JOHN DOE\n\nA PROPOSAL to cap rents would hurt landlords, the Housing Minister has warned.\n\n"
            "In her comments, the Minister said that the measures already limited increases.\n")
    assert speaker_of(text, "the measures already limited increases") == "Rachel Le Marquand"


def test_a_countrys_field_agency_and_a_bureau_named_after_its_noun():
    text = ("Title\n\nTyphoon Ulan killed at least nine people, the country's disaster agency said.\n\n"
            "The National Disaster Risk Reduction and Management Council (NDRRMC) said three people were missing.\n\n"
            "According to the weather bureau PAGASA, Ulan hit Bato with winds of 175 km/h. The bureau said the "
            "typhoon had weakened.\n")
    assert speaker_of(text, "Typhoon Ulan killed") == "National Disaster Risk Reduction and Management Council"
    assert speaker_of(text, "the typhoon had weakened") == "PAGASA"


def test_what_an_examination_found_is_told_by_the_source_closing_the_sentence():
    text = "Title\n\nA post-mortem examination found that Arzu died of trauma to the abdomen, according to the police.\n"
    assert speaker_of(text, "Arzu died of trauma") == "police"


def test_a_long_capitalised_audience_of_told_is_skipped():
    text = ("Title\n\nMarie Tari told the Vanuatu Broadcasting and Television Corporation (VBTC) she would not "
            "join any coalition.\n")
    assert speaker_of(text, "she would not join any coalition") == "Marie Tari"


def test_a_second_verb_with_its_own_pronoun_subject_opens_a_second_claim():
    text = ("Title\n\nAnn Baird said that the vote did not put funding at risk, but she acknowledged that the agency "
            "\"will want to see progress\".\n")
    claims = [(c.content, c.speaker.name) for c in claims_of(text, "en") if c.kind != "assertion"]
    assert claims == [("the vote did not put funding at risk", "Ann Baird"),
                      ("the agency \"will want to see progress\"", "Ann Baird")]


def test_a_body_after_from_is_the_subject_of_which():
    text = ("Title\n\nThe cut follows advice from the Northern Council for the Study of the Sea (NCSS), which said "
            "in September that the stock had fallen.\n")
    assert speaker_of(text, "the stock had fallen") == "Northern Council for the Study of the Sea"


def test_a_document_two_claims_back_is_its_owners():
    text = ("Title\n\nIreland's health services regulator has found that overcrowding posed \"a significant risk\" to "
            "patients, in a report published on Thursday.\n\nThe Health Standards and Quality Authority said its "
            "inspectors had counted 94 patients.\n\nAccording to the report, some patients had waited 60 hours.\n")
    assert speaker_of(text, "overcrowding posed") == "Health Standards and Quality Authority"
    assert speaker_of(text, "some patients had waited 60 hours") == "Health Standards and Quality Authority"


def test_figures_a_source_reads_are_the_sources_claim():
    text = "Title\n\nAccording to the unions, these figures show that the reform penalises pupils.\n"
    assert [(c.content, c.speaker.name) for c in claims_of(text, "en") if c.kind != "assertion"] == [
        ("these figures show that the reform penalises pupils", "unions")]


def test_a_first_name_then_a_surname_that_is_a_role_word_is_a_name():
    text = ("Title\n\nPremier Dennis King said the province would cover the cost.\n\n"
            "Dennis Bishop said the bridge would reopen. The Premier League said the match would be replayed.\n")
    assert speaker_of(text, "the province would cover the cost") == "Dennis King"
    assert speaker_of(text, "the bridge would reopen") == "Dennis Bishop"
    assert speaker_of(text, "the match would be replayed") == "Premier League"


def test_a_group_opening_a_sentence_is_the_one_a_bodys_noun_qualified():
    text = ("Title\n\nAccording to a report by council officers, the oldest vessels broke down 41 times. Officers said "
            "new ferries could be in service by 2030.\n\nMidland detectives arrested two men. Detectives said the group "
            "was responsible for nine raids.\n")
    assert speaker_of(text, "new ferries could be in service") == "council officers"
    assert speaker_of(text, "the group was responsible") == "Detectives"


def test_outside_court_is_no_part_of_the_statement():
    text = "Title\n\nThe bakery's owner, Mei Lin, said outside court she was relieved the case was over.\n"
    assert [c.content for c in claims_of(text, "en") if c.kind != "assertion"] == ["she was relieved the case was over"]
