"""English: a study or paper speaks as the person the article says led or wrote it; a participle
phrase between commas is never the speaker (sentences and names invented for these tests)."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_study_led_by_a_titled_person_speaks_as_that_person():
    text = ("Botanists have described a new orchid from the Kelvane highlands.\n\n"
            "The study was led by Dr. Oriane Falquet of the Moravel Botanical Institute. "
            "Falquet said the plant flowers only at night.\n\n"
            "According to the paper, the orchid grows on a single ridge.\n")
    assert speaker_of(text, "grows on a single ridge") == "Oriane Falquet"


def test_the_studys_lead_author_named_in_apposition_speaks_for_the_study():
    text = ("Marsh frogs are vanishing faster than thought, a study published on Monday found.\n\n"
            '"The decline is steep," said Dr. Tobias Wenning, a zoologist at Harlow University and the '
            "study's lead author.\n\nThe study also found that the frogs breed later each year.\n")
    assert speaker_of(text, "breed later each year") == "Tobias Wenning"


def test_the_lead_author_as_a_definite_apposition_speaks_for_the_study():
    text = ("A comet will pass close to Mars in 2031, according to the study.\n\n"
            "The lead author, Dr Selma Varga of the Ostrava Observatory, said the pass would be visible "
            "from Earth.\n")
    assert speaker_of(text, "close to Mars") == "Selma Varga"


def test_lead_author_as_a_title_before_the_name_leaves_the_study_speaking():
    text = ("Sea snails can survive a week out of water, according to the study.\n\n"
            '"We did not expect it," said lead author Dr. Rafe Lindqvist of the Tarrow Marine Station.\n')
    assert speaker_of(text, "survive a week") == "study"


def test_a_study_with_no_author_named_keeps_speaking():
    text = "Commuters walk less than a decade ago, a study published on Monday found.\n"
    assert speaker_of(text, "walk less") == "study"


def test_a_participle_phrase_between_commas_is_not_the_speaker():
    text = ("The trial, led by Dr Neema Okello of the Lakeside Research and Training Centre in Kisumu, found that "
            "fewer children fell ill after the vaccine.\n")
    assert speaker_of(text, "fewer children fell ill") == "trial"


def test_figures_in_the_headline_are_the_body_that_published_the_data():
    text = ("Hospital waits longest in a decade, figures show\n\n"
            "Data published on Thursday by Health Statistics Wales showed that 12 per cent of patients waited "
            "over a year.\n")
    assert speaker_of(text, "Hospital waits longest") == "Health Statistics Wales"


def test_the_release_is_the_body_that_spoke_in_it():
    text = ("The Marlow Valley Water Board will raise charges from January.\n\n"
            "In a release, the Board said the rise was the first since 2019.\n\n"
            "According to the release, large hotels will pay twice the domestic rate.\n")
    assert speaker_of(text, "large hotels will pay") == "Marlow Valley Water Board"


def test_a_document_tabled_at_a_meeting_is_the_source_and_its_noun_later():
    found = claims_of(
        "Head\n\nLowfield Borough Council will sell three council-owned car parks and close a library as it tries to "
        "close a gap in its finances, according to a draft financial plan tabled at a council meeting on Tuesday night.\n\n"
        "The plan warns that the council will run out of cash by mid-2028.\n", "en")
    assert [c.speaker.name for c in found] == ["draft financial plan", "draft financial plan"]


def test_records_show_and_figures_provided_by_a_body():
    found = claims_of(
        "Head\n\nThe man was being held on remand awaiting trial on a theft charge, court records show.\n\n"
        "His death is the third at the jail this year, according to figures provided by the province.\n", "en")
    assert [c.speaker.name for c in found] == ["court records", "province"]


def test_data_showed_on_a_day_then_a_participle_clause():
    found = claims_of("Head\n\nBritain's economy shrank unexpectedly in March, official data showed on Wednesday, "
                      "piling pressure on the government.\n", "en")
    assert [(c.speaker.name, c.content) for c in found] == [("official data", "Britain's economy shrank unexpectedly in March")]


def test_a_named_bodys_figures_speak_as_that_body():
    found = claims_of("Head\n\nAbout 250,000 pupils attend 195 private schools, according to Immigration Department figures.\n", "en")
    assert [c.speaker.name for c in found] == ["Immigration Department"]


def test_a_sentence_opening_on_lead_author_and_a_name_gives_the_study_its_author():
    text = ("Frogs are losing their spots, a study published on Monday found.\n\n"
            "Lead author Ines Marlow, an ecologist at Tarrow University, told reporters that the team had not "
            "expected such a rapid change.\n")
    assert speaker_of(text, "losing their spots") == "Ines Marlow"
