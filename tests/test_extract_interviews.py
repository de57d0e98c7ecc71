"""Question-and-answer interviews: each answer is one claim of the interviewee; what they say of
their own thoughts inside it is not a claim of its own; third parties they quote are; questions
and courtesies are not claims."""

from __future__ import annotations

from claims.article import Article
from claims.extract import extract
from claims.extract.interview import find_interview
from claims.extract.segments import paragraphs
from extract_support import claims_of

INTERVIEW = (
    "Hydrologist Marta Lindqvist on the drying of Lake Orsa\n\n"
    "Wikinews spoke to Marta Lindqvist, a hydrologist at the University of Umeå, about the lake.\n\n"
    "((WN)) How much water has the lake lost?\n\n"
    "((Marta Lindqvist)) About a third of its volume since 2015. I think that the summers are to blame, "
    "but the pumping for the mine matters too.\n\n"
    "The mine pumps day and night, even in August.\n\n"
    "((WN)) Has the company answered you?\n\n"
    "((Marta Lindqvist)) Its director, Jonas Berg, told me that the pumping would stop in 2027.\n\n"
    "((WN)) Will the lake recover?\n\n"
    "((Marta Lindqvist)) I don't know. Thank you.\n\n"
    "((WN)) Thank you for your time.\n"
)


def test_interview_turns_and_their_holders():
    interview = find_interview(INTERVIEW, paragraphs(INTERVIEW))
    holders = [(turn.label, turn.interviewer) for turn in interview.turns]
    assert holders == [("WN", True), ("Marta Lindqvist", False)] * 3 + [("WN", True)]
    first_answer = interview.answers()[0]
    # The untagged paragraph after an answer continues it.
    assert [INTERVIEW[s:e] for s, e in first_answer.spans][1] == "The mine pumps day and night, even in August."


def test_each_answer_is_one_direct_claim_of_the_interviewee():
    claims = claims_of(INTERVIEW, "en")
    answers = [c for c in claims if c.speaker.name == "Marta Lindqvist"]
    assert [c.content for c in answers] == [
        "About a third of its volume since 2015. I think that the summers are to blame, but the pumping "
        "for the mine matters too. The mine pumps day and night, even in August.",
        "Its director, Jonas Berg, told me that the pumping would stop in 2027.",
    ]
    assert {c.kind for c in answers} == {"direct"}
    assert answers[0].spans is not None and len(answers[0].spans) == 2
    # "I think that the summers are to blame" is inside the answer, not a claim of its own.
    assert not any(c.content == "the summers are to blame" for c in claims)


def test_a_third_party_quoted_in_an_answer_keeps_their_claim():
    claims = claims_of(INTERVIEW, "en")
    berg = [c for c in claims if c.speaker.name == "Jonas Berg"]
    assert [c.content for c in berg] == ["the pumping would stop in 2027"]


def test_questions_courtesies_and_i_do_not_know_are_not_claims():
    contents = [c.content for c in claims_of(INTERVIEW, "en")]
    assert not any("?" in content or "Thank you" in content for content in contents)
    assert len(contents) == 3


def test_tags_never_reach_claims_and_offsets_hold():
    article = Article(INTERVIEW, language="en")
    for claim in extract(article).claims:
        assert "((" not in claim.content
        for start, end in claim.spans or [(claim.start, claim.end)]:
            assert INTERVIEW[start:end] in claim.content


def test_inline_translation_ends_the_turn():
    text = (
        "Interview with Ravi Kumar\n\n"
        "((WN)) What is your work? ((hi))Hindi language: आपका काम क्या है?\n\n"
        "((Ravi Kumar)) I have run the clinic in Mysore for twelve years now. ((hi))Hindi language: "
        "मैं बारह साल से क्लिनिक चला रहा हूँ।\n"
    )
    answer = [c for c in claims_of(text, "en") if c.speaker and c.speaker.name == "Ravi Kumar"]
    assert [c.content for c in answer] == ["I have run the clinic in Mysore for twelve years now."]


def test_answers_untagged_after_tagged_questions_belong_to_the_person_interviewed():
    text = (
        "Wikinews interviews Craig Holm, candidate in the Groom by-election\n\n"
        "Craig Holm is running for the Liberal Democrats. Holm owns a shop in Toowoomba. "
        "Holm moved to the city in 2004.\n\n"
        "((WN)) : Why are you running?\n\n"
        "Because the region needs a voice on water policy, and nobody else is talking about it.\n\n"
        "((WN)) : What law would you change first?\n\n"
        "The water licensing rules, which have not been revised since 1998.\n"
    )
    answers = [c for c in claims_of(text, "en") if c.kind == "direct"]
    assert [c.speaker.name for c in answers] == ["Craig Holm", "Craig Holm"]
    assert answers[1].content == "The water licensing rules, which have not been revised since 1998."


def test_an_article_with_one_tag_is_not_an_interview():
    text = "Le maire a parlé.\n\n((Note)) Ce texte a été mis à jour.\n\nIl a dit que le pont rouvrirait."
    assert find_interview(text, paragraphs(text)) is None


def test_interview_with_name_and_colon_labels():
    text = (
        "Entretien avec Jean Dupont, maire de Vierzon\n\n"
        "Wikinews a rencontré Jean Dupont, maire de Vierzon depuis 2008.\n\n"
        "Wikinews : Comment avez-vous appris la fermeture ?\n\n"
        "Jean Dupont : Par un coup de téléphone du directeur, mardi soir. Je pense que l'usine pouvait être sauvée.\n\n"
        "Wikinews : Que va faire la mairie ?\n\n"
        "Jean Dupont : Nous allons créer un fonds de 2 millions d'euros. Le préfet m'a assuré que l'État participerait.\n\n"
        "Wikinews : Et ensuite ?\n\n"
        "Jean Dupont : Je ne sais pas.\n"
    )
    found = [(c.kind, c.speaker.name if c.speaker else None, c.content) for c in claims_of(text, "fr")]
    assert found == [
        ("direct", "Jean Dupont", "Par un coup de téléphone du directeur, mardi soir. Je pense que l'usine pouvait être sauvée."),
        ("direct", "Jean Dupont", "Nous allons créer un fonds de 2 millions d'euros. Le préfet m'a assuré que l'État participerait."),
        ("indirect", "préfet", "l'État participerait"),
    ]


def test_vox_pop_quotes_after_names_are_not_an_interview():
    text = (
        "Le marché de Noël rouvre\n\n"
        "Marie, 34 ans : « On attendait ça depuis deux ans. »\n\n"
        "Paul, 61 ans : « Les prix ont beaucoup augmenté. »\n"
    )
    assert find_interview(text, paragraphs(text)) is None


def test_repeated_labels_that_do_not_take_turns_are_not_an_interview():
    text = (
        "Le pont de Tours fermé\n\n"
        "Lire aussi : Pourquoi les ponts de la Loire vieillissent-ils si vite ?\n\n"
        "Lire aussi : Faut-il fermer le pont Wilson ?\n\n"
        "Le préfet a indiqué que le pont resterait fermé un mois.\n\n"
        "Photo : Archives NR, Julien Pruvost\n\n"
        "Photo : Archives NR, Hugo Martin\n"
    )
    assert find_interview(text, paragraphs(text)) is None


def test_a_quote_running_over_a_tag_keeps_the_article_text():
    text = ("Interview\n\n((WN)) What did the mayor say?\n\n"
            "((Ana Ruiz)) He said: \"the bridge ((sic)) will reopen in May\". I was there when he said it.\n\n"
            "((WN)) Thank you?\n")
    article = Article(text, language="en")
    for claim in extract(article).claims:
        assert claim.content == " ".join(text[s:e] for s, e in claim.spans or [(claim.start, claim.end)])


def test_quotes_inside_a_translation_are_not_claims_and_english_after_it_still_counts():
    text = (
        "Clinic workers speak to Wikinews\n\n"
        "The health ministry refused the request. Its head, Arun Desai, explained the refusal saying, "
        "\"The budget for this year is already spent on other programmes.\" ((hi))Hindi language: "
        "उन्होंने कहा, \"इस साल का बजट खत्म हो गया है।\" He further stated, \"We will look at the clinic "
        "again when the next budget is drawn up in March.\"\n\n"
        "((WN)) What did the landlord tell you? ((hi))Hindi language: मकान मालिक ने क्या कहा?\n\n"
        "((Ravi Kumar)) He came to the clinic every week with the same demand for more rent. "
        "((hi))Hindi language: वह हर हफ्ते आता था और कहता था, \"किराया दो, नहीं तो जाओ।\"\n"
    )
    claims = claims_of(text, "en")
    assert not any("\u0900" <= ch <= "\u097f" for c in claims for ch in c.content)
    assert any(c.content.startswith("We will look at the clinic again") and c.speaker and c.speaker.name == "Arun Desai"
               for c in claims)


def test_spoken_openers_in_an_answer_are_not_speakers():
    text = (
        "Astronomer Lise Varenne on a young planet\n\n"
        "Wikinews spoke to Lise Varenne about the disc around the star.\n\n"
        "((WN)) What does the spiral tell us?\n\n"
        "((Lise Varenne)) Well it tells us that planets can form very far from their star. "
        "Maybe the older models told us that this was impossible, but they were wrong about the discs.\n\n"
        "((WN)) When will you observe it again?\n\n"
        "((Lise Varenne)) Next year, with the new instrument on the big telescope in Chile.\n"
    )
    names = {c.speaker.name for c in claims_of(text, "en") if c.speaker}
    assert not names & {"Well it", "Well", "Maybe"}


def test_closing_courtesies_are_not_answers():
    text = (
        "Geologist Tomas Ekdahl on the Vatna fault\n\n"
        "Wikinews spoke to Tomas Ekdahl about the fault line under the town.\n\n"
        "((WN)) How fast is the fault moving?\n\n"
        "((Tomas Ekdahl)) About four millimetres a year, faster than any other fault in the region.\n\n"
        "((WN)) Is there anything you would like to add?\n\n"
        "((Tomas Ekdahl)) No. I think we already covered the subject very well. Thank you.\n\n"
        "((WN)) Can we get you anything else?\n\n"
        "((Tomas Ekdahl)) Um, no I am good, really.\n"
    )
    answers = [c.content for c in claims_of(text, "en") if c.speaker and c.speaker.name == "Tomas Ekdahl"]
    assert answers == ["About four millimetres a year, faster than any other fault in the region."]
