"""English rules found on the copies studied in session 89. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_a_plural_noun_after_a_preposition_and_a_modifier_is_no_verb_after_a_quotation():
    text = ('Title\n\nHarbourline said in a statement that the timetables had been agreed with "the drivers\' own '
            'representatives" last spring and complied with EU rules on rest periods.\n')
    assert _speaker(text, "timetables had been agreed") == "Harbourline"
    assert content_of(text, "timetables", "en").endswith("rules on rest periods")


def test_an_indirect_question_after_a_quotation_holds_no_speaker():
    text = ('Title\n\nA regulator spokesperson said the review would ask whether the company had "properly inspected" its '
            'pylons and how it kept customers informed during the blackout.\n')
    assert _speaker(text, "properly inspected") == "regulator spokesperson"
    assert content_of(text, "properly inspected", "en").endswith("informed during the blackout")


def test_a_town_s_school_district_speaks():
    text = ("Title\n\nDunmore's school district said the primary school, which lost its roof, would reopen on Monday.\n")
    assert _speaker(text, "would reopen on Monday") == "Dunmore's school district"


def test_a_trail_opens_no_person_s_name_after_of_the():
    text = ("Title\n\nOrganisers of the Mesquite Trail Roundup in Guthrie said on Friday the race would go ahead in October.\n")
    assert _speaker(text, "race would go ahead") == "Organisers of the Mesquite Trail Roundup in Guthrie"


def test_a_body_described_by_its_work_loses_the_day_before_its_verb():
    text = ("Title\n\nA group representing wheat farmers in northern Idaho on Monday asked the state to audit grain "
            "elevators, saying prices had fallen for three years.\n")
    assert _speaker(text, "prices had fallen") == "group representing wheat farmers in northern Idaho"


def test_a_letter_sent_to_readers_speaks_not_its_readers():
    text = ("Title\n\nAccording to a letter sent to parents on Friday, inspectors found damp in two classrooms.\n")
    assert _speaker(text, "inspectors found damp") == "letter sent to parents"


def test_a_police_team_named_by_its_place_and_nouns_speaks_whole():
    text = ('Title\n\nThe RCMP\'s Nanaimo traffic unit wrote on Facebook: "Speed kills. Slow down on the highway."\n')
    assert _speaker(text, "Speed kills") == "RCMP's Nanaimo traffic unit"


def test_the_company_is_the_owner_named_in_apposition_before():
    text = ("Title\n\nThe Harbour Lights Cinema in Portree will close in May, its owners, Skye Screens, said on "
            "Tuesday. The company said ticket sales had halved since 2019.\n")
    assert _speaker(text, "ticket sales had halved") == "Skye Screens"


def test_a_second_clause_whose_subject_has_a_relative_clause_is_a_statement_of_its_own():
    text = ('Title\n\nThe park authority said it believed the blaze was started on purpose, and a warden who was not named '
            'told the Kerry Echo that anyone lighting fires in the drought "knows exactly what they are doing".\n')
    assert content_of(text, "blaze was started", "en") == "it believed the blaze was started on purpose"
    assert _speaker(text, "knows exactly") == "warden who was not named"


def test_a_spokesperson_for_the_office_speaks_for_the_office_the_article_named():
    text = ("Title\n\nThe Nevada Treasurer's office, which opposed the bill, said in May the cost was too high. A "
            "spokesperson for the office told the Desert Ledger it was reviewing the vote.\n")
    assert _speaker(text, "reviewing the vote") == "spokesperson for the Nevada Treasurer's office"


def test_a_spokesperson_for_the_department_speaks_for_the_department_named_in_full():
    text = ('Title\n\nThe coroner wrote to the Department for Culture, Heritage and Sport after the hearing. A spokesperson '
            'for the department said it would "study the findings" closely.\n')
    assert _speaker(text, "study the findings") == "spokesperson for the Department for Culture, Heritage and Sport"


def test_a_spokesperson_for_a_country_s_ministry_keeps_the_role_phrase():
    text = ("Title\n\nIn a statement, Norway's Ministry of Fisheries said the quota would stand. A spokesman for the "
            "ministry said it was studying the court's ruling.\n")
    assert _speaker(text, "studying the court") == "spokesman for the ministry"


def test_a_spokesperson_for_a_department_the_article_never_named_keeps_the_words():
    text = "Title\n\nA spokesperson for the department said it was studying the ruling.\n"
    assert _speaker(text, "studying the ruling") == "spokesperson for the department"


def test_a_group_described_by_its_work_is_the_group_the_next_paragraph_names():
    text = ("Idaho farmers say grain buyers are colluding\n\nA group representing wheat farmers in northern Idaho asked the "
            "state on Monday to audit grain elevators, saying prices had fallen for three years.\n\nIn its letter, the "
            "Palouse Wheat Growers Alliance, based in Moscow, said farmers were paid $5 a bushel.\n")
    assert _speaker(text, "prices had fallen") == "Palouse Wheat Growers Alliance"


def test_a_headline_s_owners_are_the_owners_the_lede_names_in_apposition():
    text = ("Cornish cinema to close in May, owners say\n\nThe Harbour Lights Cinema in Fowey will close in May, its owners, "
            "Kernow Screens, said on Tuesday.\n")
    assert _speaker(text, "Cornish cinema to close") == "Kernow Screens"


def test_his_statement_read_gives_the_quotation_to_the_man_just_named():
    text = ('Title\n\nThe driver, Conor Whelan, said in a deposition read to the court that he had "never seen" the cyclist. '
            '"I think about that evening every day," his statement read.\n')
    assert _speaker(text, "I think about that evening") == "Conor Whelan"


def test_the_garden_s_board_is_the_board_of_the_garden_the_article_names():
    text = ('Title\n\nThe Cimarron Valley Botanical Garden will lay off 12 staff, its director said. In a statement, the '
            'garden\'s board of trustees called the layoffs "a hard but necessary step".\n')
    assert _speaker(text, "a hard but necessary step") == "Cimarron Valley Botanical Garden board of trustees"


def test_the_school_is_the_college_the_lede_names_next():
    text = ("Title\n\nA dental school planned for Yuma, Arizona, has been granted accreditation and may begin recruiting "
            "students, the school announced on Monday. The Desert Sun College of Dental Medicine expects to admit 40 "
            "students next year.\n")
    assert _speaker(text, "granted accreditation") == "Desert Sun College of Dental Medicine"


def test_the_union_that_represents_them_is_the_one_local_the_article_names():
    text = ("Title\n\nAbout 40 of the city's 190 paramedics were off sick on Sunday, according to the union that represents "
            "them.\n\nDana Whitford, president of Prairie Paramedics Local 5012, said most had caught the virus at home.\n")
    assert _speaker(text, "off sick on Sunday") == "Prairie Paramedics Local 5012"


def test_a_role_of_a_body_whose_name_opens_on_no_first_name_is_the_person_s():
    text = "Title\n\nRavi Menon, secretary of the Sundarban Kisan Sangh, said salt water had reached the paddy fields.\n"
    assert _speaker(text, "salt water") == "Ravi Menon"


def test_the_person_speaks_when_an_apposition_describes_the_body_of_their_role():
    text = ("Title\n\nRavi Menon, secretary of the Sundarban Kisan Sangh, a farmers' group, said salt water had reached the "
            "paddy fields.\n")
    assert _speaker(text, "salt water") == "Ravi Menon"


def test_a_notice_saying_speaks_not_the_place_named_before():
    text = ('Title\n\nStudents at the Harbour College of Music, a private school in Halifax\'s North End district, arrived '
            'on Monday to find its doors locked and a notice on the door saying lessons had been "suspended until further '
            'notice".\n')
    assert _speaker(text, "suspended until further notice") == "notice on the door"


def test_a_month_after_a_described_subject_is_when_not_who():
    text = ("Title\n\nAn audit team sent by the ministry in March found that the clinic had 12 beds in use.\n")
    assert _speaker(text, "12 beds in use") == "audit team sent by the ministry"
