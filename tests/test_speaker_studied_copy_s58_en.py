"""English rules found on the copy studied in session 58 (sets own/en-blind182 and own/en-blind183).
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_the_forecaster_is_the_weather_service_the_article_named():
    text = ("The Bureau of Meteorology issued a red warning on Monday. "
            "The forecaster said winds could reach 130 km/h along the coast.\n")
    assert speaker_of(text, "winds could reach", "en") == "Bureau of Meteorology"


def test_a_forecaster_is_someone_the_article_does_not_name():
    text = ("The Bureau of Meteorology issued a red warning on Monday. "
            "A forecaster said winds could reach 130 km/h along the coast.\n")
    assert speaker_of(text, "winds could reach", "en") == "forecaster"


def test_tuareg_filiation_particle_stays_inside_the_name():
    text = "Iyad ag Ghaly said the group would fight on in the north.\n"
    assert speaker_of(text, "group would fight on", "en") == "Iyad ag Ghaly"


def test_a_photo_credit_is_no_person_near_an_unnamed_role():
    text = ("Voters will return to the polls in the spring.\n\n"
            "The head of one of the town's fishing cooperatives, speaking on condition of anonymity, told the ANSA news "
            "agency that many fishermen \"will not miss the quarrels in the town hall\".\n\n"
            "Chioggia's town hall on Corso del Popolo. Image: Marco Zanon.\n")
    assert speaker_of(text, "will not miss the quarrels", "en") == "head of one of the town's fishing cooperatives"


def test_a_municipal_commission_is_not_the_national_one_named_later():
    text = ("Voters in Zamosc removed their mayor from office in a referendum yesterday, according to preliminary "
            "results announced by the municipal electoral commission. Turnout was 34.2 percent, the commission said.\n\n"
            "It was the fourth recall referendum in Poland to succeed this year, according to the National Electoral "
            "Commission (PKW).\n")
    assert speaker_of(text, "Voters in Zamosc", "en") == "municipal electoral commission"
    assert speaker_of(text, "Turnout was 34.2", "en") == "municipal electoral commission"


def test_a_headline_s_national_ministry_is_no_other_country_s_ministry():
    text = ("Indonesian ministry says Malaysia also has fires as haze row grows\n\n"
            "Friday, September 13, 2019\n\n"
            "More than 400 schools in Kuala Lumpur were closed on Thursday, according to Malaysia's Ministry of Education.\n")
    assert speaker_of(text, "Malaysia also has fires", "en") != "Ministry of Education"


def test_its_website_after_a_body_opening_the_sentence_is_that_body_s():
    text = ("The American Red Cross said it had opened a shelter at a church in Kingfisher.\n\n"
            "The Storm Prediction Center has received 41 preliminary reports of tornadoes since Monday, according to "
            "its website.\n")
    assert speaker_of(text, "41 preliminary reports", "en") == "Storm Prediction Center"


def test_the_prefecture_is_the_prefecture_the_article_named_with_its_city():
    text = ("The Prefecture of Venice is expected to appoint a commissioner to run the town.\n\n"
            "The Prefecture said on Friday morning that it had received the documents from the notary.\n")
    assert speaker_of(text, "received the documents", "en") == "Prefecture of Venice"


def test_a_month_before_its_day_in_the_date_line_is_nobody():
    text = ("Ghana nurses strike over unpaid allowances\n\n"
            "Thursday, August 1, 2019\n\n"
            "Nurses and midwives began an indefinite strike yesterday over allowances which they say have not been paid "
            "for eleven months.\n")
    assert speaker_of(text, "have not been paid", "en") != "August"


def test_a_town_named_after_a_saint_is_nobody():
    text = ("A 31-year-old Honduran woman who gave her name as Karla told Reuters by telephone from San Pedro Sula that "
            "she had been deported. \"I showed them the paper from COMAR,\" she said.\n")
    assert speaker_of(text, "I showed them the paper", "en") == "Karla"


def test_a_place_described_after_a_place_with_an_arabic_article_is_no_speaker():
    text = ("Father Boulos Youssef, priest of the Church of Saint George in Ezbet el-Nakhla, a village in Minya "
            "governorate, said his congregation applied for a licence in 2017.\n")
    assert speaker_of(text, "his congregation applied", "en") == "Boulos Youssef"


def test_its_report_after_a_body_named_by_its_noun_is_that_body_s():
    text = ("The cabinet said on Monday that 88 churches had been approved.\n\n"
            "Mariam Fahmy, a researcher at the Cairo-based Centre for Citizenship Studies, said the law still gave the "
            "security services a veto. The centre recorded 17 incidents of sectarian violence in 2019, according to "
            "its annual report.\n")
    assert speaker_of(text, "17 incidents", "en") == "Centre for Citizenship Studies"
