"""English speaker rules found on the copy studied in session 21: documents owned by a named body,
surveys carried out by a body, figures relayed by an agency, an update named the sentence before,
groups named by several places, descriptions with "whose", a demonym before a company noun, a
"-based" place before a name, a body described in apposition, the same bare noun later, a lede's
"the mine's operator". Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_named_bodys_work_programme_speaks_for_the_body():
    text = ("The Ministry of Public Works said it would review the contract. "
            "According to the Ministry's 2026 work programme, 23 community roads were slated for upgrade this year.\n")
    assert speaker_of(text, "23 community roads") == "Ministry of Public Works"


def test_a_short_formed_bodys_figures_speak_for_the_body():
    text = ("The Irish Nurses and Midwives Organisation (INMO) said 112 patients were waiting for a bed. "
            "The INMO's daily Trolley Watch figures showed that nationally 586 patients were without a bed.\n")
    assert speaker_of(text, "586 patients") in ("INMO", "Irish Nurses and Midwives Organisation")


def test_a_survey_of_residents_carried_out_by_a_committee_is_the_committees():
    text = ("The Hanoi People's Committee said the ban would be delayed. A survey of 2,400 residents carried out "
            "by the committee in September found that 58 percent supported the ban.\n")
    assert speaker_of(text, "58 percent") == "Hanoi People's Committee"


def test_figures_relayed_by_an_agency_are_the_owners():
    text = ("The Kuwait Municipality removed 2,346 abandoned cars, an official said.\n\n"
            "According to municipality figures reported by KUNA, the branch issued 412 violations during the campaign.\n")
    assert speaker_of(text, "412 violations") == "Kuwait Municipality"


def test_the_update_named_in_the_sentence_before_is_its_publishers():
    text = ("The UN Office for the Coordination of Humanitarian Affairs (OCHA), in its latest situation update "
            "published on Friday, warned that funding was critically low. According to the update, only 18 percent "
            "of the money requested had been received.\n")
    assert speaker_of(text, "only 18 percent") == "UN Office for the Coordination of Humanitarian Affairs"


def test_residents_of_two_places_speak_as_one_group():
    text = ("Residents of Herstelling and Farm on the East Bank of Demerara say work on the road has been at a "
            "standstill for three months.\n")
    assert speaker_of(text, "standstill") == "Residents of Herstelling and Farm on the East Bank of Demerara"


def test_a_woman_whose_father_waited_is_described_whole():
    text = ("A woman whose 84-year-old father spent 37 hours on a trolley said he had been treated "
            "with great kindness.\n")
    assert speaker_of(text, "great kindness") == "woman whose 84-year-old father spent 37 hours on a trolley"


def test_a_headline_demonym_before_a_company_noun_is_the_company_named_in_the_body():
    text = ("Japanese regional bank says data of up to 380,000 customers may have leaked\n\n"
            "Sendai-based Michinoku Shinwa Bank said on Monday that the names of its customers may have been stolen. "
            "The bank said the breach had been discovered on October 29.\n")
    assert speaker_of(text, "380,000 customers") == "Michinoku Shinwa Bank"
    assert speaker_of(text, "the breach") == "Michinoku Shinwa Bank"


def test_a_body_described_in_apposition_and_its_bare_noun_later():
    text = ("Nine miners were injured in a methane explosion in southern Poland on Monday, the mine's operator said.\n\n"
            "Śląski Holding Węglowy (Silesian Coal Holding), the state-controlled operator, said the blast happened "
            "in a longwall section. All were brought to the surface within four hours, the company said.\n\n"
            "\"We warned about this in March,\" said Dariusz Kempa, head of the Solidarity union at the mine.\n\n"
            "The State Mining Authority said it had appointed a special commission.\n\n"
            "The company denied that staffing had affected safety.\n")
    assert speaker_of(text, "Nine miners") == "Śląski Holding Węglowy"
    assert speaker_of(text, "the blast happened") == "Śląski Holding Węglowy"
    assert speaker_of(text, "staffing had affected") == "Śląski Holding Węglowy"


def test_a_spokesperson_for_a_company_described_before_its_name_keeps_the_role_phrase():
    text = ("The developer, Inmobiliaria Los Andes Sur, said construction on the rest of the site would continue. "
            "A spokesperson for the company told Wikinews the opening had been pushed back.\n")
    assert speaker_of(text, "pushed back") == "spokesperson for the company"


def test_a_lede_description_is_the_body_named_later_with_its_words():
    text = ("At least nine people were killed after Cyclone Ilona made landfall, the country's disaster management "
            "agency said.\n\n"
            "The storm came ashore near Pemba, according to Météo-France's regional centre on Réunion, which tracks "
            "cyclones.\n\n"
            "The National Institute for Disaster Risk Management and Reduction (INGD) said seven of the dead were in "
            "Cabo Delgado.\n")
    assert speaker_of(text, "nine people") == "National Institute for Disaster Risk Management and Reduction"


def test_a_lede_ministry_is_no_service_named_after_it():
    text = ("Eleven workers trapped by a tunnel collapse were brought to the surface, the country's mining ministry said.\n\n"
            "According to the National Geology and Mining Service (Sernageomin), a section of roof gave way.\n")
    assert speaker_of(text, "Eleven workers") != "National Geology and Mining Service"


def test_a_name_with_a_spokesperson_is_a_body_the_company_stands_for():
    text = ("The mine's owner, Vukani Gold, says the tremor struck at about 11pm on Tuesday. Twenty-three workers "
            "were brought to the surface overnight, according to the company.\n\n"
            "Vukani Gold spokesperson Lerato Dlamini said rescue teams had made voice contact with five workers.\n")
    assert speaker_of(text, "Twenty-three workers") == "Vukani Gold"


def test_a_company_spokesperson_keeps_the_role_phrase():
    text = ("Seafood processor to shut Kodiak plant\n\n"
            "Seattle-based Bering Crest Seafoods will close its processing plant in Kodiak, Alaska, at the end of the "
            "season, the company announced Monday, citing low pollock quotas.\n\n"
            "NOAA Fisheries said the 2026 catch limit was set at 100,000 tonnes.\n\n"
            "A company spokesperson declined to say whether the plant would be sold, saying only that its future "
            "\"has not been determined.\"\n")
    assert speaker_of(text, "has not been determined") == "company spokesperson"
