"""English rules found on the copy studied in session 52 (Wikinews-texture sets of session 51).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import content_of, speaker_of


def test_the_korean_surname_oh_is_no_interjection():
    text = ('Title\n\nDaewon Motors posted a loss. Its chief financial officer, Oh Min-seok, said the business remained '
            '"solid". "If you take out the recall, we would have made a profit in every region," Oh said.\n')
    assert speaker_of(text, "business remained") == "Oh Min-seok"
    assert speaker_of(text, "every region") == "Oh Min-seok"


def test_a_place_before_the_office_in_apposition_is_no_name():
    text = ('Title\n\n"You cannot fix what you will not name," the group\'s spokesperson, former Tasmania fire commissioner '
            'Alan Brereton, said at a press conference in Hobart.\n')
    assert speaker_of(text, "will not name") == "Alan Brereton"


def test_son_opening_a_place_is_no_kin_role():
    text = ('Title\n\nTran Thi Mai, a 47-year-old rice farmer from Son Ha, told Reuters her family had climbed onto the '
            'roof. "We have lived here all our lives," she said.\n')
    assert speaker_of(text, "climbed onto the roof") == "Tran Thi Mai"
    assert speaker_of(text, "all our lives") == "Tran Thi Mai"


def test_a_conditional_participle_is_no_cue_inside_a_told_clause():
    text = ('Title\n\nElection law expert Kenji Arai, a professor at Keio University, told The Japan Times the payments, '
            'if confirmed, would be "a textbook case" of illegal inducement.\n')
    assert speaker_of(text, "textbook case") == "Kenji Arai"
    assert content_of(text, "textbook case", "en").startswith("the payments, if confirmed, would be")


def test_which_it_said_before_a_quotation_is_the_body_speaking():
    text = ('Title\n\nThe Royal Norwegian Society of Sciences announced on Monday that glaciologist Ilona Bartos had won '
            'its medal.\n\nIn its citation, the society praised Bartos for "two decades of patient measurements" on '
            'glaciers, which it said had "changed how we understand the speed at which ice sheets can lose mass".\n')
    assert speaker_of(text, "changed how we understand") == "Royal Norwegian Society of Sciences"


def test_a_company_named_after_against_keeps_its_first_word():
    text = ('Title\n\nThe city of Springfield filed a lawsuit on Tuesday against Brightwell Fire Products, a New Jersey-based '
            'maker of firefighting foam, over the contamination.\n\nBrightwell said in a statement that it had "acted '
            'responsibly at all times".\n')
    assert speaker_of(text, "acted responsibly") == "Brightwell Fire Products"


def test_a_companys_first_word_stands_for_the_company():
    text = ('Title\n\nMembers of the United Auto Workers at the Harlan Motor Company\'s plants have voted to ratify a '
            'contract, the union announced on Friday.\n\nHarlan\'s management said the agreement would add about $1.1 '
            'billion to its costs over four years.\n')
    assert speaker_of(text, "$1.1 billion") == "Harlan Motor Company"


def test_the_company_is_no_union_named_by_its_members():
    text = ('Title\n\nMembers of the United Mine Workers (UMW) at the Harlan Coal Company\'s pits have voted to ratify a '
            'contract, the union announced on Friday.\n\nThe company also confirmed that it would close its Pikeville mine '
            'in 2021.\n')
    assert speaker_of(text, "Pikeville mine") == "Harlan Coal Company"


def test_the_union_is_the_one_named_by_its_members_in_the_paragraph():
    text = ('Title\n\nMembers of the United Mine Workers (UMW) at the Harlan Coal Company\'s pits have voted to ratify a '
            'contract, the union announced on Friday. According to the union, 61 percent of members voted in favor.\n')
    assert speaker_of(text, "ratify a contract") == "United Mine Workers"
    assert speaker_of(text, "61 percent") == "United Mine Workers"


def test_the_airline_is_the_airline_named_not_the_airport_that_spoke():
    text = ("Title\n\nTyrol Airways filed for insolvency on Tuesday. Innsbruck Airport said the airline had carried about a "
            "fifth of its passengers last year.\n\nTickets for flights after March 16 will be treated as claims against the "
            "insolvent company, the airline said on its website.\n")
    assert speaker_of(text, "Tickets for flights") == "Tyrol Airways"


def test_a_plural_country_owning_the_court_in_apposition_is_no_speaker():
    text = ("Title\n\nOn Friday, the Council of State, the Netherlands' highest administrative court, ruled that the "
            "service had not sufficiently examined the reports.\n")
    assert speaker_of(text, "sufficiently examined") == "Council of State"


def test_a_union_named_with_a_plural_possessive_keeps_its_last_word():
    text = ("Title\n\nThe strike was called by the Setúbal Port Workers' Union (SPS), which represents about 600 "
            "stevedores. According to the union, fewer than a dozen ships have been handled.\n")
    assert speaker_of(text, "dozen ships") == "Setúbal Port Workers' Union"


def test_save_the_children_keeps_its_article():
    text = ('Title\n\nThe Red Cross said it had released emergency relief. Save the Children, which has staff in the '
            'province, said at least 90 schools had been flooded.\n')
    assert speaker_of(text, "90 schools") == "Save the Children"


def test_a_blog_title_in_quotation_marks_is_no_one_a_pronoun_stands_for():
    text = ('Title\n\nMaeve Corrigan told Wikinews that she decided to run. She has since posted those letters on a blog '
            'she calls "The Silent Inbox". She says the housing shortage is "now reaching into the villages".\n')
    assert speaker_of(text, "reaching into the villages") == "Maeve Corrigan"


def test_a_branch_named_in_apposition_speaks_by_its_name():
    text = ("Title\n\nAccording to Transparency International's Estonian branch, Korruptsioonivaba, Thursday's vote was the "
            "first time parliament had removed a director before the end of his term.\n")
    assert speaker_of(text, "first time parliament") == "Korruptsioonivaba"


def test_a_short_form_of_two_words_in_capitals_stands_for_the_body():
    text = ("Title\n\nThe fire has burned 12,000 acres, the Oregon Department of Forestry and Fire Safety (OR FIRE) said "
            "yesterday. OR FIRE said 43 structures had been destroyed.\n")
    assert speaker_of(text, "43 structures") == "Oregon Department of Forestry and Fire Safety"


def test_a_model_number_in_a_caption_is_no_fuller_name_of_the_company():
    text = ("Title\n\nAlpenair reported a loss on Wednesday and said it would cut about 1,100 jobs.\n\nAn Alpenair Airbus A320 "
            "at Vienna International Airport in 2018. Image: Lukas Hofbauer.\n")
    assert speaker_of(text, "1,100 jobs") == "Alpenair"
