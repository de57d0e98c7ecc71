"""English speaker attribution: constructions found while studying the already-scored English sets
(one press construction per test, sentences written for these tests, names invented)."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_three_word_name_after_a_ministers_portfolio_stays_whole():
    text = ("Head\n\nMinister for Rural Development Sunita Devi Thapa told parliament on Monday that the "
            "ministry had hired 40 new engineers for the canal project.\n")
    assert speaker_of(text, "hired 40 new engineers") == "Sunita Devi Thapa"


def test_a_nationality_before_a_noun_is_no_person_a_pronoun_refers_to():
    text = ("Head\n\nThe accord was signed by Laos's Deputy Minister of Trade, Vong Thi Sou.\n\n"
            "Sou said the deal would help farmers. Laotian state television quoted her as saying the first "
            "shipments would leave in March.\n\nExporters say Laotian trucks still wait for days at the border.\n")
    assert speaker_of(text, "first shipments would leave") == "Vong Thi Sou"


def test_a_match_official_before_a_name_is_a_role():
    text = ("Head\n\nAssistant referee Marta Quiroga, one of the officials who was hit, told a radio station she "
            "had been \"terrified\" during the riot.\n")
    assert speaker_of(text, "terrified") == "Marta Quiroga"


def test_a_regional_chapter_of_a_named_body_is_named_whole():
    text = ("Head\n\nThe Ohio chapter of the American Guild of Florists (AGF) said dozens of shops had closed "
            "since the spring.\n")
    assert speaker_of(text, "dozens of shops") == "Ohio chapter of the American Guild of Florists"


def test_a_balinese_name_keeps_its_opening_i():
    text = ("Head\n\n\"We cannot wait another year,\" Denpasar Parks Agency head I Wayan Sukarta said on Monday.\n\n"
            "Sukarta said the new site would open in March.\n")
    assert speaker_of(text, "cannot wait another year") == "I Wayan Sukarta"
    assert speaker_of(text, "new site would open") == "I Wayan Sukarta"


def test_a_long_unit_of_a_named_body_is_no_fall_back_on_the_last_speaker():
    text = ("Head\n\nDeputy Minister Karim al-Tahan said inspections had risen by a third.\n\n"
            "The World Food Programme’s liaison office in Amman welcomed the figures but said that "
            "\"funding gaps remain severe\".\n")
    assert speaker_of(text, "funding gaps remain severe") == "World Food Programme’s liaison office in Amman"


def test_buyers_in_a_named_building_are_a_group_not_a_name():
    text = ("Head\n\nTenants in the 40-storey Harbour View Towers say they were told of the rent rise by text "
            "message.\n")
    assert speaker_of(text, "told of the rent rise") == "Tenants in the 40-storey Harbour View Towers"


def test_a_place_with_a_short_form_is_no_company_the_developer_stands_for():
    text = ("Head\n\nHalvorsen Group has delayed the opening of its office tower in Harbour Bay District (HBD) "
            "by a year.\n\nIn a statement, the developer said the delay was caused by a supplier's collapse.\n")
    assert speaker_of(text, "supplier's collapse") == "Halvorsen Group"


def test_the_developer_takes_the_company_name_with_its_designator():
    text = ("Lisbon developer Tavira Crest delays handover of flats\n\nTavira Crest Developments has pushed back the "
            "handover of its flats in Lisbon to 2028.\n\nThe developer said the delay was caused by a dispute with "
            "its former contractor.\n")
    assert speaker_of(text, "dispute with its former contractor") == "Tavira Crest Developments"


def test_police_in_the_lead_are_no_spokesperson_named_later():
    text = ("Head\n\nThieves took a silver chalice from the cathedral museum in Gdańsk early on Friday, police in "
            "Poland said.\n\nA spokesperson for the Pomeranian Provincial Police, Anna Zielińska, said two men had "
            "entered through a window.\n")
    assert speaker_of(text, "silver chalice") != "Anna Zielińska"


def test_the_company_is_not_an_agency_written_as_an_acronym_after_the():
    text = ("Head\n\nThe EMA has sent Brightwell Pharmaceuticals a warning letter over missing test records.\n\n"
            "The EMA said its inspectors had found \"repeated failures\" at the plant.\n\n"
            "In a filing on Monday, the company said it did not expect the letter to affect supplies.\n")
    assert speaker_of(text, "affect supplies") == "Brightwell Pharmaceuticals"


def test_a_bodys_name_keeps_a_middle_initial():
    text = ("Head\n\nScientists using the Maria J. Kessler Observatory in Peru have found a new comet.\n\n"
            "The observatory said on its website that the object had been flagged within an hour.\n")
    assert speaker_of(text, "flagged within an hour") == "Maria J. Kessler Observatory"


def test_an_outlet_with_a_possessive_in_its_name_is_the_audience_of_told():
    text = ("Head\n\nDock inspector Marta Kowal, who boarded the ship on Monday, told Barron's Weekly the crew "
            "had not been paid since June.\n")
    assert speaker_of(text, "not been paid since June") == "Marta Kowal"


def test_an_acronym_leaving_out_a_plural_possessive_is_the_body_named_in_full():
    text = ("Head\n\nGlobal Dock Workers’ Alliance organiser Ravi Menon said the port had ignored safety rules.\n\n"
            "According to the GDA, its members filed 40 complaints last year.\n")
    assert speaker_of(text, "filed 40 complaints") == "Global Dock Workers’ Alliance"


def test_a_possessive_opening_the_sentence_is_the_subject_of_its_participle():
    text = ("Head\n\nNorway’s fisheries regulator has closed the bay to trawlers after finding that cod stocks had "
            "collapsed.\n")
    assert speaker_of(text, "cod stocks had collapsed") == "Norway’s fisheries regulator"


def test_a_countrys_body_described_by_its_field_is_the_body_of_that_field_speaking_later():
    text = ("Head\n\nNorway’s fisheries regulator has closed the bay to trawlers after finding that cod stocks had "
            "collapsed.\n\nThe Norwegian Fisheries Directorate said on Monday that the ban would last a year.\n")
    assert speaker_of(text, "cod stocks had collapsed") == "Norwegian Fisheries Directorate"


def test_a_party_backed_list_opening_the_sentence_is_the_subject_of_its_participle():
    text = ("Head\n\nThe SDP-backed list had filed a complaint alleging that ballots were left unsealed overnight.\n")
    assert speaker_of(text, "left unsealed overnight") == "SDP-backed list"


def test_a_startup_named_in_the_sentence_is_the_company_that_says():
    text = ("Head\n\nThe first test flight by Danish startup Fjordlift Robotics ended early on Tuesday when a rotor "
            "failed, the company said.\n")
    assert speaker_of(text, "rotor failed") == "Fjordlift Robotics"


def test_a_bare_plural_opening_the_sentence_is_the_subject_of_its_participle():
    text = ("Head\n\nLawmakers on Thursday rejected the budget drawn up by the Finance Committee, arguing that it "
            "starved rural clinics of funds.\n")
    assert speaker_of(text, "starved rural clinics") == "Lawmakers"


def test_a_ruling_cited_inside_a_statement_does_not_take_the_speakers_place():
    text = ("Head\n\nTenant lawyer Sipho Dlamini, who represented the families, said the ruling confirmed that "
            "landlords \"cannot evict without a hearing\".\n")
    assert speaker_of(text, "cannot evict without a hearing") == "Sipho Dlamini"


def test_a_counted_group_with_a_progressive_verb_is_the_subject_of_its_participle():
    text = ("Head\n\nA group of 12 House Republicans is urging the agency to drop the rule, warning it could close "
            "hundreds of rural clinics.\n")
    assert speaker_of(text, "hundreds of rural clinics") == "group of 12 House Republicans"


def test_the_definite_group_is_no_qualified_group_the_article_names_only_later():
    text = ("Head\n\nA group of nine senators wrote to the regulator on Monday.\n\nIn the letter, the senators said "
            "the cuts would hurt small carriers.\n\nAn aide said several Labour senators shared the concerns.\n")
    assert speaker_of(text, "hurt small carriers") != "Labour senators"
