"""English rules found on the copies studied in session 74. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of


def _speaker(text: str, words: str) -> str | None:
    found = next(c for c in claims_of(text, "en") if words in c.content)
    return found.speaker.name if found.speaker else None


def test_a_ship_named_after_the_is_no_one_a_pronoun_stands_for():
    text = ("Ferry breakdown\n\nThe Hebridean Crew Union said its members had reported faults. Its organiser, Morag Kinnear, "
            "blamed the age of the fleet. The Lismore Light was built in 1987. \"These ships are run into the ground,\" he said.\n")
    assert _speaker(text, "run into the ground") == "Morag Kinnear"


def test_a_person_after_a_title_and_the_still_resolves():
    text = ("Council\n\nThe Rev. Alan Pryce said the hall would close. \"We have no money left,\" he said.\n")
    assert _speaker(text, "no money left") == "Alan Pryce"


def test_a_weak_verb_whose_quotation_sits_in_a_later_subordinate_clause():
    text = ("Panda found\n\nThe male was spotted by a resident of Harbour Road who called the zoo after seeing "
            "“a fluffy orange thing” on a high branch, according to the Tararua Herald.\n")
    claims = claims_of(text, "en")
    assert [(c.content[:20], c.speaker.name) for c in claims] == [("The male was spotted", "Tararua Herald")]


def test_a_weak_verb_and_its_quoted_verdict_still_make_a_claim():
    text = "Budget\n\nCouncillor Rhys Penhale called the cuts “a betrayal of the valleys”.\n"
    assert _speaker(text, "betrayal") == "Rhys Penhale"


def test_a_month_closing_the_clause_before_a_body_and_its_short_form():
    text = ("Trams\n\nThe operator agreed to pay £1.2 million after one of its trams left the rails in October, the Office "
            "of Rail and Road (ORR) said yesterday.\n\nThe money will go to the injured passengers, according to the ORR.\n")
    assert _speaker(text, "injured passengers") == "Office of Rail and Road"


def test_a_group_in_a_town_of_three_words_is_no_person():
    text = ("Coffee\n\nPrices have fallen, and a group of specialty roasters in Buon Ma Thuot says many farmers may give up "
            "coffee altogether.\n")
    assert _speaker(text, "give up coffee") == "group of specialty roasters in Buon Ma Thuot"


def test_a_place_then_a_person_after_in_still_gives_the_person():
    text = "Vote\n\nBritain's ambassador in Paris Alison Kerr said the count had been fair.\n"
    assert _speaker(text, "count had been fair") == "Alison Kerr"


def test_a_ward_admitting_patients_is_no_admission_and_the_inverted_speaker_speaks():
    text = ("Ward\n\nThe ward has 40 beds but admitted 118 women on Sunday, the union's secretary, Wanjiru Kamau, told the "
            "Standard. \"We have two midwives for thirty mothers,\" she said.\n")
    assert _speaker(text, "admitted 118 women") == "Wanjiru Kamau"
    assert _speaker(text, "two midwives") == "Wanjiru Kamau"


def test_admitting_a_counted_clause_is_still_an_admission():
    text = "Ward\n\nThe minister admitted 118 women had been turned away in March.\n"
    assert _speaker(text, "turned away") == "minister"


def test_a_body_described_by_its_members_and_kind_speaks_under_the_name_given_later():
    text = ("Ward 'at breaking point', nurses warn\n\nWednesday, May 22, 2019\n\n"
            "A nurses' association in Eldoret, Kenya, said on Monday that mothers were sharing beds.\n\n"
            "The Rift Valley Nurses' Association (RVNA) is calling on the county to hire forty more midwives.\n")
    assert _speaker(text, "sharing beds") == "Rift Valley Nurses' Association"


def test_a_described_body_stays_described_when_the_article_names_two_such_bodies():
    text = ("Strike\n\nA farmers' union in Nakuru said the prices were too low.\n\n"
            "The Nakuru Farmers' Union and the Molo Farmers' Union will meet on Friday.\n")
    assert _speaker(text, "prices were too low") == "farmers' union in Nakuru"


def test_an_audience_of_two_words_after_told_is_no_one_a_pronoun_stands_for():
    text = ("Zoo\n\nThe park's owner, Emrys Bevan-Rowe, said the animals were safe. \"This is a family business,\" he told "
            "ITV Cymru. \"To lose the licence is heartbreaking.\"\n\nHe said he would appeal against the decision.\n")
    assert _speaker(text, "would appeal") == "Emrys Bevan-Rowe"


def test_the_brewery_is_the_brewing_company_named_before():
    text = ("Fish kill\n\nSuspicion has fallen on the Red Stag Brewing Company, whose plant stands on the river bank.\n\n"
            "In a statement on Sunday, the brewery said its treatment plant had been \"operating normally\".\n")
    assert _speaker(text, "operating normally") == "Red Stag Brewing Company"


def test_the_newspaper_is_the_one_told_just_before():
    text = ("Rail\n\nJoan Pickles, 71, told the Wensleydale Gazette the carriages \"lurched\". According to the newspaper, it "
            "was the line's first derailment since it reopened in 2004.\n")
    assert _speaker(text, "first derailment") == "Wensleydale Gazette"


def test_a_role_of_an_owned_body_then_what_that_body_is_describes_the_person():
    text = ("Tea\n\nAnil Kurmi, secretary of the garden's panchayet, the elected workers' committee, told AFP that many "
            "families were living on credit. \"We earn 102 taka a day,\" he said.\n")
    assert _speaker(text, "living on credit") == "Anil Kurmi"
    assert _speaker(text, "102 taka") == "Anil Kurmi"


def test_the_company_is_no_public_regulator_named_before():
    text = ("Fire\n\nThe Health and Safety Executive (HSE) said it was investigating the cause of the explosion.\n\n"
            "In a statement, Fenland Milling's managing director, Ruth Okafor, said: \"Our thoughts are with our colleagues.\" "
            "The mill will stay closed until further notice, the company said.\n")
    assert _speaker(text, "stay closed") != "Health and Safety Executive"


def test_it_after_a_panel_s_finding_is_the_panel():
    text = ("Cycling\n\nThe panel found that the rider had moved across the path of another rider. It said the race video "
            "left “no room for doubt”.\n")
    assert _speaker(text, "no room for doubt") == "panel"


def test_the_government_of_an_article_about_one_country_is_that_country_s():
    text = ("Floods in Oman\n\nHeavy rain flooded roads across Oman on Sunday, and two drivers were missing. The government "
            "said it had set aside 5 million rials for repairs to roads in Oman.\n")
    assert _speaker(text, "5 million rials") == "Omani government"


def test_the_government_stays_bare_when_two_countries_weigh_the_same():
    text = ("Border talks\n\nOfficials from Oman and Yemen met on Sunday. The government said the border would reopen.\n")
    assert _speaker(text, "border would reopen") == "government"


def test_a_country_s_international_is_the_person_named_after_it():
    text = ("Hockey\n\nA Hockey Ireland spokesperson said the body was \"working with the club\".\n\n"
            "Former Ireland international Niamh Fennelly, who started playing at the club aged eight, tweeted: "
            "\"This club gave me everything.\"\n")
    assert _speaker(text, "gave me everything") == "Niamh Fennelly"


def test_a_body_ending_in_international_keeps_its_name():
    text = "Rights\n\nAmnesty International said the law was unjust.\n"
    assert _speaker(text, "law was unjust") == "Amnesty International"


def test_the_company_is_no_street_nor_a_neighbour_known_by_her_first_name():
    text = ("Fire\n\nFirefighters were called to the Fenland Milling site on Skirbeck Road at 10:42 p.m.\n\n"
            "A neighbour who gave only her first name, Karen, told the Boston Observer she heard \"a bang\".\n\n"
            "The mill was built in 1897, according to the company's website. The mill will stay closed, the company said.\n")
    assert _speaker(text, "built in 1897") not in ("Karen", "Skirbeck Road")
    assert _speaker(text, "stay closed") not in ("Karen", "Skirbeck Road")


def test_a_daughter_named_by_her_first_name_after_mr_x_s_daughter_takes_the_family_name():
    text = ("Cyclist\n\nMr Gallagher's daughter, Siobhan, wrote in a tribute posted on Facebook that her father had cycled "
            "the same route every Sunday.\n")
    assert _speaker(text, "cycled the same route") == "Siobhan Gallagher"


def test_a_wife_named_by_her_first_name_takes_the_family_name_too():
    # (session 84: the golds that name such a wife or widow, 3 of 3 readable, give her the family's surname)
    text = "Cyclist\n\nMr Gallagher's wife, Siobhan, wrote in a tribute that he had cycled the same route every Sunday.\n"
    assert _speaker(text, "cycled the same route") == "Siobhan Gallagher"
