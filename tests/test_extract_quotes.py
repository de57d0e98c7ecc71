"""Quotation marks of every kind, nested, unbalanced, multi-paragraph, interrupted, colon-introduced."""

from __future__ import annotations

from claims.article import Article
from claims.extract import extract
from extract_support import claims_of, only


def test_guillemets_with_and_without_non_breaking_spaces():
    for text in (
        "« Nous ne céderons pas sur ce point », a déclaré Marie Durand.",
        "«\u00a0Nous ne céderons pas sur ce point\u00a0», a déclaré Marie Durand.",
        "«Nous ne céderons pas sur ce point», a déclaré Marie Durand.",
    ):
        claim = only(text)
        assert claim.kind == "direct"
        assert claim.content == "Nous ne céderons pas sur ce point"
        assert claim.speaker.name == "Marie Durand"


def test_curly_straight_low_and_single_angle_marks():
    marks = [("“", "”"), ('"', '"'), ("„", "“"), ("‹", "›"), ("‘", "’")]
    for opening, closing in marks:
        claim = only(f"{opening}We will rebuild the bridge by spring{closing}, said Tom Baker.", "en")
        assert claim.content == "We will rebuild the bridge by spring", (opening, claim.content)
        assert claim.speaker.name == "Tom Baker"


def test_quote_positions_index_the_text():
    text = "Le maire a prévenu : « Les travaux dureront deux ans. »"
    claim = only(text)
    assert text[claim.start:claim.end] == claim.content == "Les travaux dureront deux ans."


def test_nested_quotes_stay_inside_one_claim():
    claim = only("« Ils parlent d'une “ligne rouge” que personne n'a tracée », a dit Paul Martin.")
    assert claim.content == "Ils parlent d'une “ligne rouge” que personne n'a tracée"


def test_unbalanced_mark_never_swallows_the_next_paragraph():
    text = (
        "« Nous allons gagner cette élection, a dit Jean Dupont devant ses partisans.\n\n"
        "Le scrutin aura lieu dimanche dans tout le pays, avec 12 candidats en lice."
    )
    found = claims_of(text)
    assert found, "the unclosed quote still yields a claim"
    assert all(c.end <= text.index("\n") for c in found)


def test_stray_closing_mark_does_not_crash():
    assert claims_of("Le texte finit ici » sans ouverture. Et « là sans fermeture") is not None


def test_multi_paragraph_quote_is_one_claim():
    text = (
        "Le ministre Paul Martin a déclaré :\n\n"
        "« Nous avons entendu les inquiétudes des agriculteurs.\n\n"
        "« Nous allons doubler les aides dès le mois prochain. »\n\n"
        "La réforme doit être votée en juin."
    )
    claim = only(text)
    assert claim.kind == "direct"
    assert claim.content == ("Nous avons entendu les inquiétudes des agriculteurs. "
                             "Nous allons doubler les aides dès le mois prochain.")
    assert claim.spans is not None and len(claim.spans) == 2
    assert claim.speaker.name == "Paul Martin"


def test_quote_interrupted_by_its_attribution_is_one_claim():
    text = "« Nous sommes prêts », a-t-il dit, « à reprendre les négociations demain. »"
    claim = only("Le syndicaliste Marc Leroy est arrivé tôt. " + text)
    assert claim.content == "Nous sommes prêts à reprendre les négociations demain."
    assert len(claim.spans) == 2
    assert claim.speaker.name == "Marc Leroy"


def test_english_interrupted_quote():
    text = 'Anna Lee spoke to reporters. "The plant will close," she said, "but nobody will lose their job."'
    claim = only(text, "en")
    assert claim.content == "The plant will close but nobody will lose their job."
    assert claim.speaker.name == "Anna Lee"


def test_quote_in_single_marks_resumed_after_its_attribution_is_one_claim():
    text = ("‘The new line will open in spring,’ transport minister Olga Brandt told reporters on Monday. "
            "‘It is the biggest project of the decade.’")
    claim = only(text, "en")
    assert claim.content == "The new line will open in spring It is the biggest project of the decade."
    assert claim.speaker.name == "Olga Brandt"


def test_colon_introduced_quotes_with_and_without_verb():
    claim = only("Sophie Bernard a expliqué : « La priorité reste l'emploi des jeunes. »")
    assert claim.speaker.name == "Sophie Bernard"
    claim = only("Sophie Bernard : « La priorité reste l'emploi des jeunes. »")
    assert claim.kind == "direct"
    assert claim.speaker.name == "Sophie Bernard"
    claim = only('John Carter said: "The budget is balanced for the first time in ten years."', "en")
    assert claim.speaker.name == "John Carter"


def test_attribution_before_after_and_inside():
    before = only("Le ministre Paul Martin a affirmé que « la croissance repartira cette année ».")
    after = only("« La croissance repartira cette année », a affirmé le ministre Paul Martin.")
    inverted = only("« La croissance repartira cette année », affirme Paul Martin.")
    for claim in (before, after, inverted):
        assert claim.speaker.name == "Paul Martin"
        assert "La croissance repartira cette année".lower() in claim.content.lower()


def test_scare_quotes_titles_and_lone_words_are_not_claims():
    assert claims_of("Il lit chaque matin le journal « Le Monde » au café.") == []
    assert claims_of('The so-called "red line" was crossed on Monday.', "en") == []
    assert claims_of("Le film « La Grande Vadrouille » repasse ce soir à la télévision.") == []


from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from(["«", "»", "“", "”", "„", '"', "'", "‘", "’", "‹", "›", " ", "\n", "\n\n", ", a-t-il dit, ",
                           " said Ann Lee. ", "Le ministre Paul Martin a déclaré que ", "selon l'AFP, ", "mot", "M. ", "."])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.sampled_from(["fr", "en", "de"]))
def test_any_mix_of_marks_never_crashes_and_offsets_hold(pieces, lang):
    text = "".join(pieces)
    for claim in extract(Article(text, language=lang)).claims:
        spans = claim.spans or [(claim.start, claim.end)]
        assert claim.content == " ".join(text[s:e] for s, e in spans)
        assert 0 <= claim.start <= claim.end <= len(text)


def test_quoted_predicate_after_a_subject_continues_the_previous_speaker():
    text = 'Nadia Perez knits her costumes. "I wanted accuracy," Perez said. Her helmet "is very hot, so I drink a lot."'
    found = claims_of(text, "en")
    assert [(c.kind, c.speaker.name) for c in found] == [("direct", "Nadia Perez"), ("mixed", "Nadia Perez")]
    assert found[1].content == 'Her helmet "is very hot, so I drink a lot."'
    assert claims_of('Nadia Perez knits her costumes. Her helmet "is very hot, so I drink a lot."', "en") == []
    assert claims_of('The so-called "red line" was crossed on Monday.', "en") == []


def test_sentence_opening_verb_before_its_subject_and_the_quotation():
    claim = only('Remarked marine biologist Ann Lee of the Ocean Institute, "This is a good year for whales."', "en")
    assert (claim.kind, claim.content, claim.speaker.name) == ("direct", "This is a good year for whales.", "Ann Lee")
    claim = only('Ann Lee studies whales. Added Lee, "It will take time to know more."', "en")
    assert claim.speaker.name == "Ann Lee"


def test_naming_participle_before_a_quotation_is_not_a_report():
    assert claims_of('The charity runs a course for prisoners called "Second Chances".', "en") == []
    assert claims_of('He hid people in safe houses, a method called "going dark."', "en") == []
    claim = only('Ann Lee called the plan "a disaster for the town".', "en")
    assert claim.speaker.name == "Ann Lee"


def test_participle_takes_the_subject_after_a_leading_adjunct():
    text = 'In a post on her Facebook page, Governor Ann Lee accepted the role, writing, "Our town needs calm."'
    assert only(text, "en").speaker.name == "Ann Lee"


def test_straight_marks_nested_in_straight_marks_stay_one_quotation():
    text = ('Ana Ruiz criticised the plan on the radio. "The council keeps talking about a "green corridor". '
            'There is no corridor, only a car park." She left before the vote.')
    claim = only(text, "en")
    assert claim.kind == "direct"
    assert claim.content == 'The council keeps talking about a "green corridor". There is no corridor, only a car park.'
    assert claim.speaker.name == "Ana Ruiz"


def test_quote_interrupted_by_reads_and_a_document_is_one_claim_of_its_author():
    text = ('The Northfield Rowing Club (NRC) mourned its coach. "She was a generous colleague", reads an NRC '
            'press release, "and a tireless organiser of the junior league."')
    claim = only(text, "en")
    assert claim.content == "She was a generous colleague and a tireless organiser of the junior league."
    assert claim.speaker.name == "Northfield Rowing Club"


def test_document_read_without_comma_and_a_possessive_document_goes_to_its_issuer():
    text = ('The Harbour Trust issued a statement backing the plan. '
            'Their statement also read "the harbour must remain open to small boats."')
    claim = only(text, "en")
    assert claim.content == "the harbour must remain open to small boats."
    assert claim.speaker.name == "Harbour Trust"


def test_question_or_exclamation_quote_then_name_and_verb_is_attributed_to_that_name():
    text = 'Ana Lopez opened the meeting.\n\n"Who will pay for the new bridge?" Tom Reyes asked.'
    claim = claims_of(text, "en")[-1]
    assert claim.content == "Who will pay for the new bridge?"
    assert claim.speaker.name == "Tom Reyes"
    claim = claims_of('Ana Lopez opened the meeting.\n\n"We will not pay!" Reyes said.', "en")[-1]
    assert claim.speaker.name == "Reyes"


def test_audience_with_a_bracketed_short_form_before_the_reported_clause():
    claim = only("Ana Lopez told the Associated Press (AP) the talks had failed.", "en")
    assert (claim.content, claim.speaker.name) == ("the talks had failed", "Ana Lopez")


def test_slogans_on_banners_and_signs_are_not_claims():
    assert claims_of('Ana Lopez spoke at the rally. People held a banner saying "united in diversity".', "en") == []
    assert claims_of('Protesters carried signs reading "No more cuts".', "en") == []


def test_quote_then_a_role_and_a_name_in_apposition_then_the_verb():
    claim = only('"We have no choice," the minister, Ana Lopez, told parliament.', "en")
    assert (claim.kind, claim.content, claim.speaker.name) == ("direct", "We have no choice", "Ana Lopez")


def test_french_name_in_quotes_after_the_noun_it_names_is_not_a_claim():
    assert claims_of(
        "Des centaines de parents ont répondu à l'appel du mouvement « Pas sans nos écoles », lancé en mars.") == []
    assert claims_of("La mairie a présenté lundi son plan « Ville fraîche pour tous » aux habitants.") == []


def test_a_sentence_of_narration_between_two_quotes_keeps_them_two_claims():
    text = ("Karim attendait le bus. « Il roulait au moins à 90 », raconte Karim Benali, encore choqué. "
            "Avec deux passants, il a prodigué les premiers secours. « On lui parlait pour qu'il ne s'endorme pas. »")
    assert [c.content for c in claims_of(text)] == [
        "Il roulait au moins à 90", "On lui parlait pour qu'il ne s'endorme pas."]
    # An attribution naming "M. Roux" is still only an attribution.
    text = "« Le pont tiendra », a assuré M. Roux, le maire. « Nous l'avons vérifié. »"
    assert [c.content for c in claims_of(text)] == ["Le pont tiendra Nous l'avons vérifié."]


def test_quoted_heading_paraphrased_by_a_later_quotation_is_no_claim():
    found = claims_of(
        "La direction a annoncé la fermeture du site, a indiqué la préfecture.\n\n"
        "« On prévient depuis trois ans »\n\n"
        "Devant l'usine, Marc Tellier ne décolère pas. « Ça fait trois ans qu'on prévient la direction », "
        "lâche le syndicaliste.")
    assert [c.content for c in found if c.kind == "direct"] == ["Ça fait trois ans qu'on prévient la direction"]
