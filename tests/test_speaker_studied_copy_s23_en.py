"""English speaker rules found on the copy studied in session 23: a judge by "Justice" and surname, a
shop steward's title, a title naming its body with "of" before a name, a body described by its seat,
"say" with a quantity and "written" used as an adjective (no cues), "the company" after an outlet
named by an acronym, a body publishing a statement quoted after a colon. Sentences and names invented
for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_judge_by_justice_and_surname_is_the_judge_named_before():
    text = ("HARARE -- High Court Justice Miriam Chanda yesterday struck down the levy.\n\n"
            "In her ruling, Justice Chanda found that the council had acted beyond its powers.\n")
    assert speaker_of(text, "acted beyond its powers") == "Miriam Chanda"


def test_justice_before_an_organisation_word_is_no_judge():
    text = "Justice Department officials said the case was closed.\n"
    assert speaker_of(text, "the case was closed") == "Justice Department officials"


def test_a_union_shop_steward_is_a_role_before_the_name():
    text = "Union shop steward Maria Olsen told Ritzau that the walkout was over.\n"
    assert speaker_of(text, "the walkout was over") == "Maria Olsen"


def test_a_title_naming_its_body_with_of_then_the_name():
    text = ("The Anti-Fraud Agency said the funds had been moved abroad. Deputy chair of the agency Aliya Bekova "
            "told reporters that 12 similar cases were under investigation.\n")
    assert speaker_of(text, "12 similar cases") == "Aliya Bekova"


def test_a_title_at_a_named_firm_names_the_firm_not_a_person():
    text = "Analyst at the firm Capital Economics said rates would fall.\n"
    assert speaker_of(text, "rates would fall") != "Capital Economics"


def test_a_body_described_by_its_seat_after_the():
    text = 'The Oslo-based Nordic Fisheries Council, a lobby group, said the quota was "far too low."\n'
    assert speaker_of(text, "far too low") == "Nordic Fisheries Council"


def test_say_with_a_quantity_is_no_report_inside_a_reported_clause():
    text = ("The Norwegian Polar Institute said sea ice was at a record low. The institute stressed that a single "
            "month did not say much on its own and that it would publish a full assessment in February.\n")
    assert speaker_of(text, "full assessment") == "Norwegian Polar Institute"


def test_written_before_a_noun_is_an_adjective_not_a_cue():
    text = ('The federation said two runners had ignored orders. The statement said both runners had "knowingly '
            'ignored" written instructions from the technical committee.\n')
    contents = [c.content for c in claims_of(text, "en")]
    assert any(c.startswith('both runners had "knowingly ignored" written instructions') for c in contents), contents
    assert speaker_of(text, "knowingly ignored") != "instructions from the technical committee"


def test_the_company_is_not_an_outlet_named_by_its_acronym():
    text = ("Two executives of the bus company, Tartuliin AS, received suspended sentences. According to ERR, the "
            "mayor was not in court.\n\nHis lawyer, Kristi Pärn, told the public broadcaster ERR that the defence "
            "would appeal.\n\nTartuliin has run 14 bus lines since 2023. The company said it had replaced its board.\n")
    assert speaker_of(text, "replaced its board") == "Tartuliin AS"


def test_a_statement_a_body_issued_quoted_after_a_colon():
    text = ("Ministry warns teachers\n\nThe Ministry of Education said talks had failed.\n\n"
            "The ministry issued a short statement on Friday:\n\n\"Salaries will be paid on Monday.\"\n")
    assert speaker_of(text, "Salaries will be paid") == "Ministry of Education"


def test_a_branch_of_a_union_whose_name_lists_its_trades():
    text = ("The Mombasa branch of the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said about "
            "120 doctors had downed tools.\n")
    assert speaker_of(text, "120 doctors") == "Mombasa branch of the Kenya Medical Practitioners, Pharmacists and Dentists Union"


def test_a_company_the_lede_describes_is_the_body_opening_the_next_paragraph():
    text = ("Freight train derails\n\nALMATY, Nov 3 -- Eighteen wagons left the tracks on Monday night near Shu, the state "
            "railway company said.\n\nKazakhstan Temir Zholy said in a statement on Tuesday that the line had reopened.\n")
    assert speaker_of(text, "Eighteen wagons") == "Kazakhstan Temir Zholy"


def test_the_railway_is_the_body_whose_name_ends_in_railways():
    text = ("Delays\n\nKyrgyz Railways said in a statement that the line had reopened.\n\n"
            "More than 2,000 passengers had their journeys cancelled, according to the railway.\n")
    assert speaker_of(text, "2,000 passengers") == "Kyrgyz Railways"


def test_a_body_whose_name_has_a_word_ending_in_ly_is_the_service_named_before():
    text = ("Twenty deputies voted in favour, the press service of the City Council reported.\n\n"
            "The new fare must still be approved by the Antimonopoly Regulation Service. The service told reporters that "
            "it had not yet received the documents.\n")
    assert speaker_of(text, "not yet received") == "Antimonopoly Regulation Service"


def test_a_unit_of_a_named_body_closing_the_sentence_is_its_speaker():
    text = "Twenty-nine deputies voted in favour, six against, and three abstained, the press service of the City Council reported.\n"
    assert speaker_of(text, "three abstained") == "press service of the City Council"


def test_a_body_with_its_short_form_in_apposition():
    text = "The Health and Social Care Inspectorate, IVO, says it will review the region's plans.\n"
    assert speaker_of(text, "review the region's plans") == "Health and Social Care Inspectorate"


def test_incises_of_press_copy_after_a_quotation():
    for incise in ("he fumed", "she sighed", "he scoffed", "she mused", "he griped", "she gushed", "he reasoned"):
        found = claims_of(f'Clinic\n\n"A session costs 65,000 francs. Who can pay that three times a week?" {incise}.\n', "en")
        assert [c.kind for c in found] == ["direct"], incise


def test_a_question_closing_a_quotation_then_a_name_and_any_reporting_verb():
    text = 'Clinic\n\n"Who can pay that three times a week?" Tom Reyes lamented.\n'
    assert speaker_of(text, "Who can pay that") == "Tom Reyes"


def test_pleading_guilty_is_no_claim():
    assert claims_of("Court\n\nThe defendant pleaded not guilty to all charges on Monday.\n", "en") == []


def test_the_body_a_bare_noun_stands_for_is_named_without_its_country():
    text = ("Vote annulled\n\nKazakhstan's Central Election Commission on Monday annulled the results of the vote in Almaty.\n\n"
            "According to the commission, turnout was 27.4 percent, the lowest since 2016.\n")
    assert speaker_of(text, "turnout was 27.4 percent") == "Central Election Commission"


def test_a_company_named_without_its_legal_form_is_the_name_with_it():
    text = ("Land ruling\n\nThe court ruled against Palmas del Sur S.A., a palm oil producer.\n\n"
            "Palmas del Sur said in a statement that it would appeal.\n")
    assert speaker_of(text, "it would appeal") == "Palmas del Sur S.A."


def test_a_verdict_speaks_as_the_court_that_delivered_it_and_its_clause_keeps_its_subject():
    text = ("Fraud\n\nASTANA -- The Specialized Criminal Court of Astana sentenced a grain trader to seven years in prison "
            "on Nov. 5, the Supreme Court's press service reported.\n\nAccording to the verdict, Arman Seitov, 54, and two "
            "accomplices submitted forged contracts with 38 farms.\n")
    claim = next(c for c in claims_of(text, "en") if "forged contracts" in c.content)
    assert claim.content.startswith("Arman Seitov, 54, and two accomplices")
    assert claim.speaker.name == "Specialized Criminal Court of Astana"
