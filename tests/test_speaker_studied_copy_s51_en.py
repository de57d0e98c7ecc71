"""English speaker rules found on the copy studied in session 51: an unnamed union described by
what it does keeps its description; an anonymity clause stays with a description of two or three
lower-case words or a place inside it; records opening a sentence are a document; the Welsh "ap";
a parent's epithet between a place and a name; a region opening on a compass word is no person.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_union_described_by_who_it_represents_keeps_the_description():
    text = "Title\n\nThe union that represents the jail nurses said its members had not been consulted.\n"
    assert speaker_of(text, "consulted") == "union that represents the jail nurses"


def test_a_union_described_by_a_participle_keeps_the_description():
    text = "Title\n\nThe union representing Metrolink's drivers and cleaners said no driver would lose pay.\n"
    assert speaker_of(text, "lose pay") == "union representing Metrolink's drivers and cleaners"


def test_the_company_that_runs_a_service_is_still_the_company_the_article_names():
    text = ("Title\n\nThe company that runs the ferry between Tarbert and Portavadie announced on Monday that winter "
            "crossings would be cut.\n\nThe operator, Loch Fyne Ferries Ltd, said fuel costs had doubled.\n")
    assert speaker_of(text, "winter crossings") == "Loch Fyne Ferries Ltd"


def test_a_place_inside_an_anonymous_description_is_not_the_speaker():
    text = ("Title\n\nThe owner of a Ruidoso fishing business, who asked not to be identified because he holds a "
            "state permit, said his bookings had fallen by half.\n")
    assert speaker_of(text, "bookings") == ("owner of a Ruidoso fishing business who asked not to be identified "
                                            "because he holds a state permit")


def test_an_anonymity_clause_stays_with_a_three_word_role():
    text = ("Title\n\nBut a financial aid counselor at the university, who asked not to be named because she is not "
            "authorized to speak publicly, told KSUN that many evening students are not covered.\n")
    assert speaker_of(text, "evening students") == ("financial aid counselor at the university who asked not to be named "
                                                    "because she is not authorized to speak publicly")


def test_records_opening_a_sentence_are_a_document():
    text = "Title\n\nRecords obtained by the Courier show the board overruled the inspectors in nine cases.\n"
    assert speaker_of(text, "nine cases") == "Records obtained by the Courier"


def test_the_welsh_ap_joins_a_name():
    text = "Title\n\nRhys ap Gwynedd, defending, said his client had been drowning in debt.\n"
    assert speaker_of(text, "drowning in debt") == "Rhys ap Gwynedd"


def test_a_parents_epithet_between_a_place_and_a_name():
    text = "Title\n\nAlnwick mum-of-three Kerry Dodd said the closure was \"a disaster for families\".\n"
    assert speaker_of(text, "disaster for families") == "Kerry Dodd"


def test_a_region_opening_on_a_compass_word_is_no_person():
    text = ("Title\n\nOwain Pritchard-Lewis, a Senedd member for North Wales Coast, called the decision "
            "\"a betrayal of the valleys\".\n")
    assert speaker_of(text, "betrayal") == "Owain Pritchard-Lewis"
