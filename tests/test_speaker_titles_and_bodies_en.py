"""English speakers named with a title or office in front, organisations referred to by their head
noun or a description after their full name, people described by their employer. Sentences and
names invented for these tests."""

from __future__ import annotations

import pytest

from extract_support import claims_of, speaker_of


@pytest.mark.parametrize("title", ["Director-General", "Secretary-General", "Madam", "Coun", "Cllr", "Committee chairperson",
                                   "Engr", "Atty.", "Minister of Foreign Affairs", "Minister of Economic Planning and Works",
                                   "Director of Kestrel Valley Wildlife Service", "President of Harlow Bay University",
                                   "Eng", "Amb"])
def test_a_title_or_office_before_the_name_is_no_part_of_it(title):
    text = f"{title} Tamsin Orrell said the rules would apply from June.\n"
    assert speaker_of(text, "apply from June") == "Tamsin Orrell"


@pytest.mark.parametrize("office, name", [("Minister of Health", "Mary Lou Pender"), ("Mayor of Harlow", "Sadie Kern"),
                                          ("President of Harlow Bay University", "Ana de la Vega")])
def test_a_name_after_an_office_of_somewhere_keeps_all_its_words(office, name):
    text = f"{office} {name} said the rules would apply from June.\n"
    assert speaker_of(text, "apply from June") == name


def test_the_capitalised_head_noun_stands_for_the_body_named_in_full():
    text = (
        "The Greenhaven Regional Water and Drainage Authority (GRWDA) will raise tariffs from April. "
        "The revision was needed to cover costs, the Authority said.\n"
    )
    assert speaker_of(text, "cover costs") == "Greenhaven Regional Water and Drainage Authority"


def test_the_last_two_words_of_a_body_name_stand_for_it():
    text = (
        "Greenhaven-Lowmoor Town Council said repairs would finish in May. "
        "Work was slowed by shortages, the town council said.\n"
    )
    assert speaker_of(text, "slowed by shortages") == "Greenhaven-Lowmoor Town Council"


def test_a_description_based_somewhere_and_the_company_stand_for_the_company():
    text = (
        "Brightstone Metals Corp. said costs had risen. The Calgary-based miner said the mine would cost $3-billion. "
        "The company now estimates that output will start in 2029.\n"
    )
    assert speaker_of(text, "would cost") == "Brightstone Metals Corp."
    assert speaker_of(text, "output will start") == "Brightstone Metals Corp."


def test_a_generic_body_noun_refers_to_the_subject_of_the_sentence_before():
    text = (
        "Drivers are worried. Rural Ambulance Services said in a statement that crews were stretched. "
        "The agency said it had stationed an extra ambulance in Oakvale.\n\n"
        "Dunmore Valley Coaches said on Monday it could no longer run the route \u201cwithout a loss\u201d. "
        "The company said passenger numbers had fallen by a third.\n"
    )
    assert speaker_of(text, "extra ambulance") == "Rural Ambulance Services"
    assert speaker_of(text, "fallen by a third") == "Dunmore Valley Coaches"


def test_a_person_described_by_their_employer_is_the_speaker_not_the_employer():
    text = "Orla Pennick, an analyst at Brindle Capital Markets, said the estimate raised questions.\n"
    claim = next(c for c in claims_of(text, "en") if "raised questions" in c.content)
    assert claim.speaker.name == "Orla Pennick"
    assert claim.speaker.role == "analyst at Brindle Capital Markets"


@pytest.mark.parametrize("group", [
    "Villagers in Northdale and Eastmere",
    "Observers from the Council of Baltic Towns",
    "Commuters on the Elm Road stretch",
])
def test_a_group_of_people_keeps_the_places_or_bodies_that_describe_it(group):
    text = f"{group} said the buses were always late.\n"
    assert speaker_of(text, "always late") == group


def test_a_headline_naming_a_body_by_its_last_words_means_the_body_the_story_names():
    text = (
        "Town council says repairs delayed by shortage\n\n"
        "Greenhaven-Lowmoor Town Council said repairs would finish in May.\n"
    )
    assert speaker_of(text, "repairs delayed") == "Greenhaven-Lowmoor Town Council"


def test_the_company_after_a_name_with_a_relative_clause_is_that_name():
    text = (
        "Dunmore Valley Coaches, which runs buses from two depots, said on Monday it could no longer run "
        "the route \u201cwithout a loss\u201d. The company said passenger numbers had fallen by a third.\n"
    )
    assert speaker_of(text, "fallen by a third") == "Dunmore Valley Coaches"


def test_a_body_listing_its_fields_with_commas_stays_whole_in_a_spokesperson_phrase():
    text = (
        "The minister did not attend. A spokesperson for the Ministry of Transport, Housing and Planning "
        "told the Daily Courier that the government supported the plan.\n\n"
        "A Department of Rural Affairs and Fisheries spokesperson said: \u201cWe recognise the pressure staff are under.\u201d\n"
    )
    assert speaker_of(text, "supported the plan") == "spokesperson for the Ministry of Transport, Housing and Planning"
    assert speaker_of(text, "pressure staff") == "Department of Rural Affairs and Fisheries spokesperson"


@pytest.mark.parametrize("occupation", ["fisher", "baker", "grower", "corporator", "florist", "trader"])
def test_a_place_and_an_occupation_before_the_name_are_no_speaker(occupation):
    text = (f"Ferry fares to rise\n\nBrackenford {occupation} Tom Ellery, who has worked the harbour for 20 years, told the Courier he would sell "
            "his boat. \"Nobody asked us,\" he said.\n")
    assert speaker_of(text, "sell his boat") == "Tom Ellery"
    assert speaker_of(text, "Nobody asked us") == "Tom Ellery"


@pytest.mark.parametrize("sentence, words, speaker", [
    ("The museum will open six days a week, the Ministry of Culture, Tourism and Antiquities said.", "six days",
     "Ministry of Culture, Tourism and Antiquities"),
    ("The Ministry of Culture, Tourism and Antiquities said entry would be free.", "entry would be free",
     "Ministry of Culture, Tourism and Antiquities"),
    ("Harlow's Ministry of Culture, Tourism and Antiquities said entry would be free.", "entry would be free",
     "Ministry of Culture, Tourism and Antiquities"),
    ("The funding was approved, a spokesperson for the Department of Agriculture, Food and the Marine said.",
     "funding was approved", "spokesperson for the Department of Agriculture, Food and the Marine"),
])
def test_a_body_whose_portfolios_are_listed_is_named_whole(sentence, words, speaker):
    assert speaker_of(f"Museum reopens\n\n{sentence}\n", words) == speaker


@pytest.mark.parametrize("described", ["Wisconsin-based", "Kremlin-backed", "London-listed"])
def test_a_hyphenated_description_before_a_name_is_no_part_of_it(described):
    text = (f"Recall widens\n\n{described} Harvest Table Foods has recalled 60 products, regulators said. "
            "In a statement, Harvest Table Foods said it had stopped production.\n")
    assert speaker_of(text, "stopped production") == "Harvest Table Foods"


def test_an_abbreviated_title_inside_a_name_is_part_of_it():
    assert speaker_of("Ng Eng Hen said the rules would apply from June.\n", "apply from June") == "Ng Eng Hen"


def test_a_unit_named_after_its_institutions_acronym_keeps_the_acronym():
    text = "Head\n\nNHS Greater Glasgow and Clyde said the hospital had seen unprecedented demand.\n"
    assert [c.speaker.name for c in claims_of(text, "en")] == ["NHS Greater Glasgow and Clyde"]


def test_justice_before_a_judges_name_is_a_title():
    text = ("Head\n\nJustice Mary Kasanga ruled that the transfer raised serious questions. The judge said the "
            "developer could not build in the meantime. The Justice Department said it would appeal.\n")
    assert [c.speaker.name for c in claims_of(text, "en")] == ["Mary Kasanga", "Mary Kasanga", "Justice Department"]


def test_a_body_before_a_role_and_a_name_is_not_the_person_a_pronoun_refers_to():
    found = claims_of(
        "Corvin Rail president Mei Ling Ong apologised to passengers on Wednesday. She said staff had been sent "
        "to every station within 15 minutes.", "en")
    assert [c.speaker.name for c in found] == ["Mei Ling Ong"]
    found = claims_of(
        "Mayor Lucia Ferrante met engineer Tobias Renner on Monday. She said the bridge would reopen in May.", "en")
    assert [c.speaker.name for c in found] == ["Lucia Ferrante"]


def test_a_person_then_a_role_in_a_body_named_by_its_noun_then_the_body_s_name_is_the_person():
    found = claims_of(
        "Marta Oja, the chief executive of the operator, Baltic Isles Ferries, told reporters on Monday that the "
        "captain had reported a steering fault.", "en")
    assert [c.speaker.name for c in found] == ["Marta Oja"]


def test_another_description_is_not_the_person_named_before_with_that_description():
    found = claims_of(
        "Commuter Ian Reyes, 52, told the Courier he was on a train that stopped in the tunnel.\n\n"
        "Another commuter said the announcements were hard to hear.", "en")
    assert [c.speaker.name for c in found] == ["Ian Reyes", "Another commuter"]
