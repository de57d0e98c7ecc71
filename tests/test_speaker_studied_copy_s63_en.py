"""English rules found on the copy studied in session 63 (set own/en-blind197). Sentences and names invented
for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def test_a_verb_after_a_comma_shares_the_pronoun_subject_of_the_first_verb():
    text = ("The county's finance officer, Ms Rhoda Mbeki, said on Tuesday that the money was late. She disputed the "
            "union's figure of 30 closed wards, called the walkout \"illegal\" and said staff who stayed away would lose "
            "a day's pay.\n")
    assert speaker_of(text, "illegal") == "Rhoda Mbeki"
    assert speaker_of(text, "lose a day's pay") == "Rhoda Mbeki"


def test_a_province_after_a_town_is_no_speaker():
    text = ("The operator of a cement works in Tarlac, Pampanga, has denied that dust from the kilns reached the school.\n")
    assert speaker_of(text, "dust from the kilns") != "Pampanga"


def test_plural_roles_in_men_are_groups():
    text = ("The harbour board said the quay would reopen, after fishermen said oil had washed up on Sunday.\n\n"
            "Western fishermen have warned that the quota cut will leave boats tied up. Talks between the ministry "
            "and Ines Caldwell, the board's chair, broke down.\n")
    assert speaker_of(text, "oil had washed up") == "fishermen"
    assert speaker_of(text, "tied up") == "Western fishermen"


def test_a_headline_clause_after_says_is_its_statement():
    text = ("Nurses walk out in Arusha, union says 25 wards shut\n\n"
            "Tuesday, June 4, 2019\n\n"
            "Nurses in Arusha walked off the job on Monday.\n")
    assert content_of(text, "wards", "en") == "25 wards shut"


def test_some_of_the_group_opening_the_sentence_say():
    text = ("Cane growers in northern Queensland are leaving their crops unharvested as the mill stays shut, with "
            "some saying they cannot pay their workers.\n")
    assert speaker_of(text, "pay their workers") == "some cane growers in northern Queensland"


def test_a_headline_officials_are_the_ledes_officials_with_their_qualifier():
    text = ("Cholera kills nine in Malawi's Zomba District, officials say\n\n"
            "Monday, March 2, 2020\n\n"
            "Nine people have died of cholera in Zomba District since January, district health officials said on "
            "Sunday.\n\n"
            "The Malawi Red Cross Society said in a statement that it had sent volunteers to the district.\n")
    assert speaker_of(text, "Cholera kills nine") == "district health officials"


def test_a_panel_set_up_by_bodies_named_before_is_the_panel():
    text = ("The league and the players' union agreed a new code last year. An independent review panel set up by "
            "those bodies said in a report that doping was common in the lower divisions.\n")
    assert speaker_of(text, "doping was common") == "independent review panel"


def test_doctors_where_a_hospital_is_named_are_its_doctors():
    text = ("The rider was taken to the Royal Lakeside Infirmary, where doctors said she had broken her collarbone.\n")
    assert speaker_of(text, "broken her collarbone") == "doctors at the Royal Lakeside Infirmary"


def test_they_after_a_group_of_several_hundred_is_that_group():
    text = ("Several hundred crofters gathered in Portree, Skye, on Friday to protest against the ferry timetable, "
            "which they say will cut the island off in winter.\n")
    assert speaker_of(text, "cut the island off") == "several hundred crofters"


def test_what_a_body_did_not_say_and_a_rule_s_condition_are_no_claims():
    text = ("The federation did not say which riders were involved or whether other teams were under investigation.\n\n"
            "Under the rules, a rider can be suspended when the federation believes an offence has been committed.\n")
    assert claims_of(text, "en") == []


def test_would_not_comment_stays_inside_the_statement():
    text = ("The Harbour Authority said it was studying the ruling and would not comment further while the case was "
            "before the courts.\n")
    assert content_of(text, "studying", "en") == (
        "it was studying the ruling and would not comment further while the case was before the courts")


def test_a_relative_clause_after_said_does_not_make_an_inverted_subject():
    text = ("Mara Quist, director of the Harvesters Alliance, said farmers who sold to the cannery would now have "
            "to find new buyers.\n")
    assert speaker_of(text, "new buyers") == "Mara Quist"


# Set own/en-blind199, scored first, then studied in session 63.

def test_a_province_after_the_town_a_person_comes_from_is_no_speaker():
    text = ("The car's driver, Marc Gagnon of Trois-Rivières, Quebec, said his brakes had failed at the end of the "
            "straight.\n")
    assert speaker_of(text, "brakes had failed") == "Marc Gagnon"


def test_a_body_s_social_media_account_speaks_for_the_body():
    text = ("The Caribbean Netball League fined the club on Monday.\n\n"
            "The league's official Twitter account posted: \"Violence has no place in our game.\"\n")
    assert speaker_of(text, "no place in our game") == "Caribbean Netball League"


def test_the_role_before_a_title_in_apposition_ties_the_person_to_a_headline_role():
    text = ("Regulator opens inquiry into Leeds church; pastor says accounts are in order\n\n"
            "Monday, November 18, 2019\n\n"
            "The regulator said it had concerns about the charity's governance.\n\n"
            "The church's senior pastor, Bishop Ade Okonjo, told the Leeds Herald that the accounts were \"in order\".\n")
    assert speaker_of(text, "accounts are in order") == "Ade Okonjo"


def test_a_date_the_document_was_filed_is_no_part_of_its_statement():
    text = ("According to the charity's latest accounts, filed in June, its income rose from £310,000 in 2016 to "
            "£1.2 million in 2018.\n")
    assert content_of(text, "income rose", "en").startswith("its income rose")


def test_admitting_students_is_no_admission():
    text = ("According to a consultation document seen by the Courier, degrees in French, German and Mandarin would "
            "stop admitting students from September, and the language centre would close.\n")
    assert content_of(text, "degrees", "en").endswith("the language centre would close")


def test_a_document_with_four_words_before_its_noun_still_names_its_author():
    text = ("India had the third-highest number of violations of any country in 2017, according to the most recent "
            "annual report of the World Anti-Doping Agency (WADA).\n")
    assert speaker_of(text, "third-highest") == "World Anti-Doping Agency"


def test_a_hobby_before_a_name_is_a_role_not_a_radio_station():
    text = ("Radio amateur Lena Ostrova of Tucson, Arizona, wrote on Twitter: \"The satellite is alive and sending "
            "frames.\"\n")
    assert speaker_of(text, "satellite is alive") == "Lena Ostrova"


def test_a_body_s_management_after_the_statement_naming_the_body_is_the_body():
    text = ("Three elephants were found dead on the Marula Springs Private Game Reserve near Tzaneen on Sunday, the "
            "reserve's management said yesterday.\n")
    assert speaker_of(text, "elephants were found dead") == "Marula Springs Private Game Reserve"


def test_a_standfirst_s_capitalised_kind_is_the_body_the_lede_calls_so():
    text = ("Commuters angry as two peak trains to Leeds are cut\n\n"
            "Operator says the remaining services will be lengthened\n\n"
            "By Ann Roe\n\n"
            "Northern Vale Trains has confirmed two morning trains will be withdrawn from May.\n\n"
            "The operator said the services were among the least used.\n")
    assert speaker_of(text, "remaining services") == "Northern Vale Trains"


# Set own/en-blind196, studied again in session 63.

def test_a_lower_case_role_and_a_title_before_the_inverted_speaker_s_name():
    text = "\"We did not expect to find it in almost every fish,\" said the study's lead author, marine ecologist Dr Ana Tuilagi.\n"
    assert speaker_of(text, "almost every fish") == "Ana Tuilagi"


def test_a_city_s_body_opening_the_sentence_speaks_not_its_state():
    text = ("The city of Fairview, Oregon on Monday suspended the permits of two scooter companies, saying it had "
            "received reports of 31 injuries.\n")
    assert speaker_of(text, "31 injuries") == "city of Fairview"


def test_a_participle_after_a_pronoun_s_incise_is_the_pronoun_s():
    text = ("Ravi Pillai, an aerospace analyst, told Wikinews that the firing was \"a good first step\". An engine for an "
            "orbital rocket has to restart in flight, he said, adding that \"nobody has shown that with a printed engine\".\n")
    assert speaker_of(text, "nobody has shown") == "Ravi Pillai"
