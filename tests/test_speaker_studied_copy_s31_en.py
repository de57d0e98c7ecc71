"""English speaker and span rules found on the copy studied in session 31: a country's possessive of
two words before a body's name, a partitive after a quoted fragment, an ISO currency code and its
amount after a company's name, a watchdog named right after its noun, "the office of the prime minister"
is a body, a company's management is a body that "it" refers back to, the subject of "where X says", a
colon after a weak verb and a long adjunct, "at least six companies had …" after a subject in
apposition, "its financial statements" and "the filing" speak for the company, a participle after a
document is no cue, "the X-based maker" for the one company with a legal form, sport titles before a
name, a body's relative clause holding a list, "Umm"/"Abu" open a person's name, "on social media" is no
time adjunct, a named body's unit written out with "of", the unit of a body named by its noun ("the court's
press office"), "the residents" for the counted group named before, a body's dated census. Sentences and
names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of

from claims.extract.first_names import first_name_gender


def test_a_two_word_countrys_possessive_is_no_part_of_the_body_it_owns():
    text = ("Title\n\nCosta Rica's Ministry of Health announced on Monday that 14 clinics would close. According to "
            "the ministry, the clinics see fewer than ten patients a day.\n")
    assert speaker_of(text, "14 clinics would close") == "Ministry of Health"
    assert speaker_of(text, "the clinics see fewer") == "Ministry of Health"


def test_a_quoted_fragment_then_its_partitive_complement_is_one_mixed_claim():
    text = ("Title\n\n\"The outage was caused by a faulty switch,\" the operator said in a statement, adding that "
            "\"almost all\" of the affected customers had been reconnected by Sunday.\n")
    claim = next(c for c in claims_of(text, "en") if "almost all" in c.content)
    assert claim.kind == "mixed"
    assert claim.content == '"almost all" of the affected customers had been reconnected by Sunday'


def test_a_currency_code_and_its_amount_are_no_part_of_the_company_fined():
    text = ("Title\n\nThe watchdog fined telecom operator Baltic Wave Telecom EUR 1.8 million on Friday.\n\n"
            "Baltic Wave Telecom said it would appeal the fine.\n")
    assert speaker_of(text, "it would appeal") == "Baltic Wave Telecom"


def test_the_regulator_is_the_one_named_right_after_that_noun():
    text = ("Title\n\nHungary's media regulator NMHH has suspended a radio licence for 30 days, the regulator said "
            "on Thursday.\n")
    assert speaker_of(text, "suspended a radio licence") == "NMHH"


def test_the_office_of_the_prime_minister_is_a_body_not_the_prime_minister():
    text = ("Title\n\nPrime Minister Dragan Ilić said on Sunday that the budget could not change.\n\n"
            "The office of the prime minister said on Monday that talks with the nurses would resume on Friday.\n")
    assert speaker_of(text, "talks with the nurses") == "office of the prime minister"


def test_it_after_the_management_refers_back_to_the_management():
    text = ("Title\n\nThe works council said 300 employees had signed the petition.\n\n"
            "The management said in a statement that orders had fallen by a fifth. \"A pay rise now would put jobs at "
            "risk,\" it said.\n")
    assert speaker_of(text, "A pay rise now") == "management"


def test_the_subject_of_a_where_clause_says_what_follows():
    text = ("Title\n\nThe electoral commission ordered a recount in Gyumri, where the opposition says ballots were "
            "stuffed in the October 12 vote.\n")
    assert speaker_of(text, "ballots were stuffed") == "opposition"


def test_a_colon_after_a_weak_verb_and_its_long_adjunct_ties_the_quote_to_the_subject():
    text = ("Title\n\nOne Dubrovnik resident, Mirela, described the night in a post that was shared widely on "
            "Saturday: \"We waited four hours on the pier and nobody told us anything.\"\n")
    assert speaker_of(text, "We waited four hours") == "Mirela"


def test_a_counted_subject_and_its_verb_after_said_is_a_clause_not_an_inverted_subject():
    text = ("Title\n\nRafiq Hossain, president of the jute mills association, said at least nine mills had stopped "
            "work in October and warned that more could close.\n")
    claim = next(c for c in claims_of(text, "en") if "nine mills" in c.content)
    assert claim.content == "at least nine mills had stopped work in October"
    assert claim.speaker.name == "Rafiq Hossain"


def test_its_financial_statements_speak_for_the_company():
    text = ("Title\n\nPadma Textiles PLC posted a loss for the quarter.\n\n"
            "Its sales fell 9 per cent, according to its un-audited financial statements disclosed on the "
            "Chittagong Stock Exchange (CSE) website on Monday.\n")
    assert speaker_of(text, "Its sales fell") == "Padma Textiles PLC"


def test_the_filing_speaks_for_the_company_that_filed_it():
    text = ("Title\n\nAravalli Pipes Ltd reported a 12% rise in quarterly profit, the company said in an exchange "
            "filing.\n\nFor the half year, its revenue rose 8%, according to the filing.\n\n"
            "Net debt stood at ₹410 crore, according to the disclosure.\n")
    assert speaker_of(text, "its revenue rose 8%") == "Aravalli Pipes Ltd"
    assert speaker_of(text, "Net debt stood") == "Aravalli Pipes Ltd"


def test_a_located_maker_with_modifiers_is_the_one_company_with_a_legal_form():
    text = ("Aravalli Pipes profit rises\n\nThe Jaipur-based plastic pipes maker said it would build a plant in Gujarat\n\n"
            "Aravalli Pipes Ltd reported a 12% rise in quarterly profit on Friday.\n")
    assert speaker_of(text, "it would build a plant") == "Aravalli Pipes Ltd"


def test_sport_titles_before_a_name_are_no_part_of_it():
    text = ("Title\n\nOlympian Harjeet Sandhu said the national camp had been closed for a month. Paralympian "
            "Divya Rao said the coaches had not been paid.\n")
    assert speaker_of(text, "the national camp") == "Harjeet Sandhu"
    assert speaker_of(text, "the coaches had not") == "Divya Rao"


def test_a_bodys_relative_clause_with_a_list_of_places_keeps_the_body_as_subject():
    text = ("Title\n\nThe Upcountry Tea Workers' Union, which says it represents 9,000 pickers in the Badulla, "
            "Nuwara Eliya and Kandy districts, said its members would strike on Monday.\n")
    says = next(c for c in claims_of(text, "en") if "it represents" in c.content)
    assert says.content == "it represents 9,000 pickers in the Badulla, Nuwara Eliya and Kandy districts"
    assert speaker_of(text, "its members would strike") == "Upcountry Tea Workers' Union"


def test_a_kunya_gives_a_persons_gender():
    assert first_name_gender("Umm Khalid") == "f"
    assert first_name_gender("Abu Yousef") == "m"


def test_on_social_media_is_no_time_adjunct_before_a_statement():
    text = ("Title\n\nParents in Doha have complained on social media about late buses since the term began in "
            "September.\n")
    assert not [c for c in claims_of(text, "en") if "media about" in c.content]


def test_a_named_bodys_unit_is_written_out_with_of():
    text = ("Title\n\nUnity Bloc’s campaign headquarters called the claims \"sour grapes\" and said the bloc would "
            "accept a recount.\n\nThe Red Cross's regional branch said in a statement that it had sent 40 volunteers.\n")
    assert speaker_of(text, "accept a recount") == "campaign headquarters of Unity Bloc"
    assert speaker_of(text, "sent 40 volunteers") == "regional branch of the Red Cross"


def test_a_unit_of_a_body_named_by_its_noun_is_the_unit_of_that_body():
    text = ("Title\n\nThe Kutaisi City Court upheld the fine on Friday. According to the court's press office, the "
            "written ruling will be published next week.\n")
    assert speaker_of(text, "the written ruling") == "press office of the Kutaisi City Court"


def test_the_definite_group_is_the_counted_group_named_before():
    text = ("Title\n\nThe court revoked the permit after a lawsuit filed by 31 residents of the Racha municipality.\n\n"
            "The residents had argued that the survey was forty years old.\n")
    assert speaker_of(text, "the survey was forty") == "31 residents of the Racha municipality"


def test_a_bodys_dated_census_speaks_for_the_body():
    text = ("Title\n\nNepal's Ministry of Health said on Monday it would close 40 posts.\n\n"
            "According to the ministry's 2024 facility census, the country had 4,200 health posts.\n")
    assert speaker_of(text, "4,200 health posts") == "Ministry of Health"
