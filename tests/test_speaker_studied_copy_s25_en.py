"""English speaker rules found on the copy studied in session 25: a verb that is a noun after its owner
("its own pay dispute"), a second verb phrase after a quotation, a union named as an association, the
body an apposition says is "the district" or "the authority", a university whose name heads a union's,
a body known only by the group it represents, a list of plural nouns inside an apposition.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_verb_form_after_its_owner_is_a_noun():
    text = ("Title\n\nThe Harbour Guild, which settled its own dispute in September, said it would not "
            "join the strike.\n")
    claims = claims_of(text, "en")
    assert [(c.content, c.speaker.name) for c in claims] == [("it would not join the strike", "Harbour Guild")]


def test_a_second_verb_phrase_after_a_quotation_is_no_attribution():
    text = ('Title\n\nThe Harbour Guild, which settled its pay row in Leith in March, said it "fully supported" '
            "the dockers but would not ask members to take part.\n")
    assert speaker_of(text, "fully supported") == "Harbour Guild"


def test_the_union_that_announced_is_an_association_and_so_is_it():
    text = ("Title\n\nResident doctors in Wales have voted to strike, the Welsh Medical Association (WMA) announced on "
            "Monday.\n\nThe union said 88 percent of members backed strikes. It said the first walkout would begin "
            "on May 4.\n")
    assert speaker_of(text, "88 percent") == "Welsh Medical Association"
    assert speaker_of(text, "first walkout") == "Welsh Medical Association"


def test_a_name_with_a_description_of_a_public_body_in_apposition_is_the_speaker():
    text = ("Title\n\nKestrel Valley Health, the Canadian province's health authority, said on Monday that two "
            "clinics would close.\n\nThe clinics will open only by day, the authority said.\n")
    assert speaker_of(text, "two clinics") == "Kestrel Valley Health"
    assert speaker_of(text, "open only by day") == "Kestrel Valley Health"


def test_the_district_is_the_body_an_apposition_called_a_district():
    text = ("Title\n\nTeachers in Marlow Public Schools, the largest school district in the state, went on strike on "
            "Thursday.\n\nThe district said it had offered a 3 percent raise.\n")
    assert speaker_of(text, "3 percent raise") == "Marlow Public Schools"


def test_the_university_is_not_the_union_whose_name_opens_with_it():
    text = ("Title\n\nStudents marched through the campus of the University of Leith on Tuesday.\n\n"
            "The University of Leith Students' Union, which organised the march, said 800 students took part.\n\n"
            "The university said the increase was needed to cover costs.\n")
    assert speaker_of(text, "800 students") == "University of Leith Students' Union"
    assert speaker_of(text, "cover costs") == "University of Leith"


def test_a_union_known_only_by_whom_it_represents_keeps_the_description():
    text = ("Title\n\nMarlow Health said on Monday that two clinics would close.\n\n"
            "The union representing the province's paramedics said crews already waited two hours.\n")
    assert speaker_of(text, "waited two hours") == "union representing the province's paramedics"


def test_a_list_of_plural_nouns_inside_an_apposition_is_no_speaker():
    text = ("Title\n\nThe Marlow Education Association (MEA), the union representing about 900 teachers, counselors "
            "and librarians, said its members had voted to strike.\n")
    assert speaker_of(text, "voted to strike") == "Marlow Education Association"
