"""English speaker and span rules found on the copy studied in session 35: a compound ending in "-ly"
opening a statement ("said north-westerly gusts …"), "the report states", a plural subject placed
"at" somewhere before its verb, ranks and offices written before a name (Trooper, Recorder, Regent,
Justice of the Peace, "Director of Health and Social Services"), a party's adjective before "state
Sen.", a word quoted inside a subject's apposition, a place qualifying a role in apposition, two
modifiers of one plural noun, "many of them" describing a group, shares held, a body's name ending
in a possessive, "the breach of trust", a short form whose long form lists its words with a comma,
"whose" after an indefinite description, English determiners only before a verb ("her son said"),
"the island's government", a role after a name that belongs to an earlier role, a judge who sat as
a recorder, and a board's documents. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def _content(text: str, words: str) -> str:
    return content_of(text, words, "en")


def test_a_compound_ending_in_ly_opens_a_statement():
    text = ("Title\n\nA first paragraph about the weather.\n\nForecaster Dana Quill said south-easterly winds of up "
            "to 90km/h were expected on Friday.\n")
    assert _content(text, "winds") == "south-easterly winds of up to 90km/h were expected on Friday"
    assert speaker_of(text, "winds") == "Dana Quill"


def test_an_adverb_still_opens_no_statement():
    text = "Title\n\nA first paragraph.\n\nThe manager said quietly that the store would close.\n"
    assert _content(text, "store") == "the store would close"


def test_a_documents_states_reports_its_words():
    text = ("Title\n\nA first paragraph about the jail.\n\n\"The kitchen has not been inspected since May,\" the "
            "inspection report states.\n\nThe lawsuit states that the county ignored three warnings.\n")
    assert _content(text, "kitchen") == "The kitchen has not been inspected since May"
    assert _content(text, "warnings") == "the county ignored three warnings"


def test_the_states_as_places_report_nothing():
    text = ("Title\n\nA first paragraph.\n\nGovernors of several states said the grant was late.\n\n"
            "Officials in the United States said the talks were over.\n")
    assert speaker_of(text, "grant was late") == "Governors of several states"
    assert speaker_of(text, "talks were over") == "Officials in the United States"


def test_a_plural_subject_placed_at_a_hospital_before_its_verb():
    text = ("Title\n\nA first paragraph about the strike.\n\nThe secretary of the nurses’ union, Ravi Dookhun, "
            "said nurses at Dr B. K. Ramsaran Hospital had been working without breaks.\n")
    assert _content(text, "nurses at") == "nurses at Dr B. K. Ramsaran Hospital had been working without breaks"
    assert speaker_of(text, "nurses at") == "Ravi Dookhun"


def test_an_inverted_plural_subject_at_a_place_still_speaks():
    text = "Title\n\nA first paragraph.\n\n\"The ward is full,\" said nurses at the hospital.\n"
    assert speaker_of(text, "The ward is full") == "nurses"


def test_ranks_and_offices_before_a_name_are_no_part_of_it():
    text = ("Title\n\nA first paragraph about the courts and the roads.\n\n"
            "ISP spokesperson Trooper Ella Brandt said the crash was under review.\n\n"
            "Regent Omar Faulk said the tuition plan was fair.\n\n"
            "Justice of the Peace Nora Gale, who chairs the budget panel, said the court would vote in May.\n\n"
            "Director of Parks and Social Services Ivo Lind said the pools would reopen.\n")
    assert speaker_of(text, "crash") == "Ella Brandt"
    assert speaker_of(text, "tuition") == "Omar Faulk"
    assert speaker_of(text, "the court would vote") == "Nora Gale"
    assert speaker_of(text, "pools") == "Ivo Lind"


def test_a_recorder_is_the_judge_the_story_names():
    text = ("Title\n\nA first paragraph about the fraud.\n\nSentencing, Recorder Hugo Brent told the defendant: "
            "\"You stole from children.\"\n\nThe judge said the breach of trust was so serious that only prison "
            "could be justified.\n")
    assert speaker_of(text, "You stole") == "Hugo Brent"
    assert speaker_of(text, "only prison") == "Hugo Brent"


def test_a_partys_adjective_before_state_senator():
    text = ("Title\n\nA first paragraph about tuition.\n\nDemocratic state Sen. Mara Voss of Ames called the plan "
            "\"a tax on students\". She said she would seek more money.\n")
    assert speaker_of(text, "a tax on students") == "Mara Voss"
    assert speaker_of(text, "more money") == "Mara Voss"


def test_the_democratic_party_is_still_a_body():
    text = "Title\n\nA first paragraph.\n\nThe Democratic Party said the count was wrong.\n"
    assert speaker_of(text, "count was wrong") == "Democratic Party"


def test_a_word_quoted_inside_an_apposition_does_not_end_the_subject():
    text = ("Title\n\nA first paragraph about the levy.\n\nHilo Councilwoman Lani Kaeo, one of the two \"no\" "
            "votes, called the levy \"a fee in disguise\". She said roads should come first.\n\n"
            "Ward Councilman Pete Akana, one of the four “yes” votes, said the levy was overdue.\n")
    assert speaker_of(text, "a fee in disguise") == "Lani Kaeo"
    assert speaker_of(text, "overdue") == "Pete Akana"


def test_a_place_qualifying_a_role_in_apposition_is_not_the_speaker():
    text = ("Title\n\nA first paragraph about hotels.\n\nMele Kahale, Big Island branch chair of the Lodging "
            "Association, said guests already paid enough.\n\nSam Roe, Acme Corp chief executive, said prices "
            "would rise.\n")
    assert speaker_of(text, "guests already paid") == "Mele Kahale"
    assert speaker_of(text, "prices would rise") == "Sam Roe"


def test_two_modifiers_of_one_plural_noun_are_one_group():
    text = ("Title\n\nA first paragraph about the fee.\n\nSurf and kayak instructors in Kona say the new fee "
            "will drive visitors away.\n")
    assert speaker_of(text, "drive visitors away") == "Surf and kayak instructors in Kona"


def test_many_of_them_describes_the_group_that_speaks():
    text = ("Title\n\nA first paragraph about the pipeline.\n\nOpponents, many of them ranchers who hold shares in "
            "the local co-op, said the route would split their land.\n")
    assert speaker_of(text, "split their land") == "Opponents"


def test_a_bodys_name_ending_in_a_possessive_is_written_without_it():
    text = ("Title\n\nA first paragraph.\n\nThe board approved the Department of Transportation's budget request "
            "on Friday.\n\nAccording to the department, the cuts would save $4 million.\n")
    assert speaker_of(text, "the cuts would save") == "Department of Transportation"


def test_the_trust_is_the_trust_named_not_a_breach_of_trust():
    text = ("Title\n\nA first paragraph about the theft.\n\nThe prosecutor said the treasurer took money from "
            "the Ryde Rowing Trust’s account.\n\nThe judge said the breach of trust was grave.\n\n"
            "The trust said it had added new controls.\n")
    assert speaker_of(text, "new controls") == "Ryde Rowing Trust"


def test_a_short_forms_long_form_with_a_comma():
    text = ("Title\n\nA first paragraph.\n\nThe scheme is paid for by the Kingdom's Culture, Media and Sport "
            "Department (CMSD).\n\nThe CMSD said the costs would be met.\n")
    assert speaker_of(text, "costs would be met") == "Culture, Media and Sport Department"


def test_an_indefinite_description_with_whose_drops_its_counting_word():
    text = ("Title\n\nA first paragraph about the club.\n\nOne mother whose three sons row with the club told the "
            "Gazette the coaches had kept it going.\n\nThe woman whose shop flooded said the council was slow.\n")
    assert speaker_of(text, "coaches had kept") == "mother whose three sons row with the club"
    assert speaker_of(text, "council was slow") == "woman whose shop flooded"


def test_french_determiners_before_an_english_verb_hide_nothing():
    text = ("Title\n\nA first paragraph about the inquest.\n\nA farmer who lost her son said the police had ignored "
            "her calls.\n\nHer son said the gate was open.\n")
    assert speaker_of(text, "ignored her calls") == "farmer who lost her son"
    assert speaker_of(text, "gate was open") == "her son"


def test_a_places_government_is_the_government_the_article_names():
    text = ("Title\n\nRepairs to the pier on Ascension will not be done before April, the island's "
            "government said on Monday.\n\nThe Ascension Island Government said costs had risen.\n")
    assert speaker_of(text, "Repairs to the pier") == "Ascension Island Government"


def test_a_name_in_apposition_to_an_earlier_role_is_not_the_subjects():
    text = ("Title\n\nThe debate was led by the Minister of Education, Dr Arun Sookram, who said 80 posts were "
            "vacant.\n\nReplying to a question from the Leader of the Opposition, Priya Nundlall, the Minister said "
            "30 teachers had resigned.\n\nThe Minister also announced that new contracts would be offered.\n")
    assert speaker_of(text, "30 teachers had resigned") == "Arun Sookram"
    assert speaker_of(text, "new contracts") == "Arun Sookram"


def test_a_boards_documents_speak_for_the_board_named():
    text = ("Title\n\nThe Board of Trustees will vote on fees next week.\n\nAccording to board documents, fees would "
            "rise by 4%.\n")
    assert speaker_of(text, "fees would rise") == "Board of Trustees"


def test_a_harbour_master_is_an_office_before_the_name():
    text = "Title\n\nA first paragraph.\n\n\"We have made our final offer,\" said Harbour Master Lena Ruiz.\n"
    assert speaker_of(text, "final offer") == "Lena Ruiz"


def test_one_of_those_arrested_is_described_by_the_apposition():
    text = ("Title\n\nA first paragraph.\n\nOne of those arrested, a 23-year-old dock worker, told the BBC he had "
            "been beaten.\n")
    assert speaker_of(text, "been beaten") == "23-year-old dock worker"


def test_a_quotation_signed_with_a_dash_by_a_person():
    text = "Title\n\nA first paragraph.\n\n\"We will rebuild the bridge.\" — Mayor Lucia Ferrante\n"
    assert speaker_of(text, "rebuild the bridge") == "Lucia Ferrante"


def test_an_agencys_credit_after_a_dash_is_no_speaker():
    text = "Title\n\nA first paragraph.\n\n\"We will rebuild the bridge.\" — Reuters\n"
    assert [c.speaker for c in claims_of(text, "en") if "rebuild" in c.content] in ([], [None])
