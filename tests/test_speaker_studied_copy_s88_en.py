"""English rules found on the copies studied in session 88. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_a_preposition_after_a_quotation_opens_no_speaker_of_a_later_verb():
    text = ('Title\n\nA CFA spokesperson, Captain Lena Moss, said crews had worked through the night "holding every line we '
            'could" ahead of temperatures forecast to reach 41 °C.\n')
    assert _speaker(text, "crews had worked") == "Lena Moss"


def test_a_counted_group_of_two_kinds_keeps_both_and_drops_its_count():
    text = ("Title\n\nMore than 200 family doctors and retired nurses have signed an open letter urging the minister to keep "
            "the clinic open, saying its closure would leave 9,000 patients without care.\n")
    assert _speaker(text, "9,000 patients") == "family doctors and retired nurses"


def test_about_a_number_of_people_of_two_kinds_speak_together():
    text = "Title\n\nAbout 300 journalists and media workers said the new law would silence local radio.\n"
    assert _speaker(text, "silence local radio") == "journalists and media workers"


def test_a_named_person_with_a_body_in_apposition_speaks_not_the_end_of_the_body_s_name():
    text = ('Title\n\nRoss Keller, commissioner of the Great Lakes Hockey Conference, called the decision "a blow to the '
            'sport" in an interview.\n')
    assert _speaker(text, "a blow to the sport") == "Ross Keller"


def test_a_long_group_in_the_lede_is_no_person_the_body_later_names():
    text = ("Ohio apple growers sue packing cooperative\n\nForty-one apple growers in northern Ohio have sued the Lake Erie "
            "Packing Cooperative, alleging that it failed to pay them for the autumn harvest.\n\nPrices fell to their lowest "
            "in a decade, said Ruth Cole, an economist at the University of Ohio.\n")
    assert _speaker(text, "failed to pay them") == "Forty-one apple growers in northern Ohio"


def test_the_district_is_the_school_district_not_the_person_just_quoted():
    text = ('Title\n\nThe union sued the Cactus Valley School District on Wednesday.\n\nThe district\'s superintendent, Dr. '
            'Alan Pike, told the Republic that the lawsuit was "without merit". In a message posted on Twitter on Tuesday '
            'night, the district wrote: "Reopening on Aug 17 remains the plan."\n')
    assert _speaker(text, "remains the plan") == "Cactus Valley School District"


def test_the_health_department_is_the_department_named_with_its_services():
    text = ("Title\n\nThe plan does not meet the benchmarks set by the Nevada Department of Health Services.\n\nNevada had "
            "recorded more than 80,000 cases by the start of August, according to the state health department.\n")
    assert _speaker(text, "80,000 cases") == "Nevada Department of Health Services"


def test_the_office_is_the_office_the_sentence_named():
    text = ("Title\n\nThe Office of the Information Commissioner in Fiji has opened an investigation into Coral Clinics, "
            "after patient records were posted on a forum, the office confirmed on Tuesday.\n")
    assert _speaker(text, "opened an investigation") == "Office of the Information Commissioner"


def test_a_verb_in_a_condition_is_no_statement_and_the_outlet_after_reports_the_sentence():
    text = ("Title\n\nThe Fair Work Commission could order the union to call off the ban if it finds the action is causing "
            '"significant harm" to the economy, The Western Courier reported.\n')
    claim = claims_of(text, "en")[0]
    assert claim.speaker.name == "Western Courier" and claim.content.startswith("The Fair Work Commission could order")


def test_people_a_report_quoted_speak_in_their_relative_clause():
    text = ("Title\n\nMarsh's report, aired on May 9, quoted three district nurses who said their supplies had been "
            "halved this year.\n")
    assert _speaker(text, "supplies had been halved") == "three district nurses"


def test_a_headline_group_at_a_place_of_two_words_is_the_lede_s_group_at_that_place():
    text = ("Barossa Valley olive growers say buyers are refusing their fruit\n\nOlive growers in South Australia's Barossa "
            "Valley say large oil companies have cancelled contracts for this year's harvest.\n")
    assert _speaker(text, "refusing their fruit") == "Olive growers in South Australia's Barossa Valley"


def test_a_body_with_a_relative_clause_holding_a_number_speaks_after_the_statement():
    text = ("Title\n\nGrowers expect a record harvest, the Vermont Cider Association (VCA), which represents about 1,400 "
            "orchards, said on Monday.\n")
    assert _speaker(text, "record harvest") == "Vermont Cider Association"


def test_a_body_described_by_an_indefinite_apposition_speaks_after_the_statement():
    text = ("Title\n\nCider makers in Normandy are on track for one of the largest harvests on record, the Association des "
            "cidriers de Normandie (ACN), a growers’ group representing about 1,200 farms, said on Monday.\n")
    assert _speaker(text, "largest harvests") == "Association des cidriers de Normandie"


def test_a_headline_s_plural_is_the_lede_s_group_of_two_kinds_it_opens():
    text = ("Doctors warn hospital merger will lengthen waits\n\nThursday, March 5, 2020\n\nMore than 200 family doctors "
            "and retired nurses have signed an open letter urging the minister to keep the clinic open, saying its closure "
            "would leave 9,000 patients without care.\n")
    assert _speaker(text, "hospital merger") == "family doctors and retired nurses"


def test_a_hyphenated_description_opening_the_sentence_is_no_part_of_the_name():
    text = "Title\n\nHigh-jumper Dwayne Clarke said the track was too slow for a record.\n"
    assert _speaker(text, "too slow") == "Dwayne Clarke"


def test_the_government_of_a_country_no_suffix_rule_names_takes_its_own_adjective():
    text = ("Montenegro raises fuel taxes\n\nParliament in Montenegro approved higher fuel taxes on Tuesday. The government "
            "said the tax would raise 40 million euros a year.\n")
    assert _speaker(text, "40 million euros") == "Montenegrin government"
