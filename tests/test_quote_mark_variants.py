"""The same article set with other quotation marks must give the same claims and speakers: straight "…" or curly
“…” in English; « … », «…», “…” or "…" in French (copy set in Switzerland drops the spaces, copy typed on an English
keyboard uses “ ” or straight marks)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from extract_support import claims_of

from claims.article import Article
from claims.extract import extract

DEV = Path(__file__).parent / "fixtures" / "dev"


def _read(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    """Kind, words and speaker of each claim, whatever the marks."""
    return [(c.kind, " ".join(re.findall(r"\w+", c.content)), c.speaker.name if c.speaker else None)
            for c in claims_of(text, lang)]


def _curly(text: str) -> str:
    """Straight double quotes made curly, paragraph by paragraph (opening, closing, opening, …)."""
    paragraphs = []
    for paragraph in text.split("\n"):
        marks = iter("“”" * paragraph.count('"'))
        paragraphs.append(re.sub('"', lambda _: next(marks), paragraph))
    return "\n".join(paragraphs)


def _guillemets_unspaced(text: str) -> str:
    return re.sub(r"[ \u00a0\u202f]»", "»", re.sub(r"«[ \u00a0\u202f]", "«", text))


def _english_marks(text: str) -> str:
    return _guillemets_unspaced(text).replace("«", "“").replace("»", "”")


def _straight_marks(text: str) -> str:
    return re.sub("[«»]", '"', _guillemets_unspaced(text))


ENGLISH = [
    # the closing mark of a quotation is no part of what a source after its attribution says
    'Judge Mary Kasango convicted him on Tuesday.\n\n"The accused had both the motive and the means. His alibi '
    'collapsed the moment the telephone evidence was produced," the judge said in her ruling, according to the Daily '
    'Nation.',
    # a group's own name in quotation marks names the group
    '"I studied chemistry for four months," Lina Suleiman told Reuters outside her school.\n\nA group of parents '
    'calling itself "Tawjihi Families" called on the education minister to resign, and said more than 3,000 parents '
    'had signed a petition asking for the new paper to be postponed by a week.',
]


@pytest.mark.parametrize("text", ENGLISH, ids=["source_after_quotation", "self_named_group"])
def test_straight_and_curly_quotes_give_the_same_claims(text):
    straight = _read(text, "en")
    assert straight == _read(_curly(text), "en")
    assert straight


def test_a_source_after_a_quotation_s_attribution_says_nothing_more():
    claims = claims_of(ENGLISH[0], "en")
    assert [(c.kind, c.speaker.name) for c in claims] == [("direct", "Mary Kasango")]


def test_a_group_calling_itself_a_name_in_curly_quotes_speaks_under_it():
    claims = claims_of(_curly(ENGLISH[1]), "en")
    assert claims[-1].speaker.name == "Tawjihi Families"


FRENCH_WIKINEWS = sorted(DEV.glob("fr-wikinews/*.txt"))


@pytest.mark.parametrize("path", FRENCH_WIKINEWS, ids=lambda p: p.stem)
def test_guillemets_unspaced_or_english_or_straight_marks_give_the_same_claims(path):
    text = path.read_text(encoding="utf-8")
    spaced = _read(text, "fr")
    assert _read(_guillemets_unspaced(text), "fr") == spaced
    assert _read(_english_marks(text), "fr") == spaced
    assert _read(_straight_marks(text), "fr") == spaced


def test_a_quotation_set_with_english_marks_keeps_its_inverted_speaker():
    text = ("Selon l'office, la lave s'écoule vers l'ouest. « L'activité est restée intense pendant la nuit », a déclaré "
            "à la radio publique RÚV la volcanologue de l'IMO Sigrún Ólafsdóttir.")
    for variant in (text, _english_marks(text)):
        assert [c.speaker.name for c in claims_of(variant, "fr")] == ["office", "Sigrún Ólafsdóttir"]


def test_an_adjunct_before_a_quotation_with_no_space_inside_its_mark_is_no_part_of_the_claim():
    claim = claims_of("Le syndicat Sud Santé dénonce pour sa part “l’hypocrisie d’un plan blanc permanent”.", "fr")[0]
    assert claim.content == "“l’hypocrisie d’un plan blanc permanent”"


def test_a_pronoun_after_a_closed_quotation_opens_a_sentence_of_its_own():
    # "… : «…coûter de l'argent.» Il indique que …": the syndic, not the sawyer quoted in the paragraph before
    text = next(DEV.glob("own/fr-blind49/hu12*.txt")).read_text(encoding="utf-8")
    spaced = re.sub(r"«(?=\S)", "« ", re.sub(r"(?<=\S)»", " »", text))
    for variant in (text, spaced):
        claim = next(c for c in claims_of(variant, "fr") if "Conseil communal sera appelé" in c.content)
        assert claim.speaker.name == "Laurent Mottier-Zbinden"


def test_a_subject_with_quoted_words_in_apposition_keeps_its_verb_in_the_claim():
    text = ("La procureure, Claire Mangin, avait requis trois ans. Elle avait alors affirmé que ce système, « organisé, "
            "méthodique et lucratif », avait rapporté au prévenu « au bas mot 300 000 euros ».")
    claim = claims_of(text, "fr")[-1]
    assert (claim.kind, claim.content) == ("mixed", "ce système, « organisé, méthodique et lucratif », avait rapporté au "
                                                    "prévenu « au bas mot 300 000 euros »")


def test_an_attribution_closing_on_a_day_then_the_dispute_it_belongs_to_attributes_what_precedes():
    claim = claims_of("Crew on the ferries will walk off the job for 48 hours, the union said yesterday, in a dispute over "
                      "new rosters.", "en")[0]
    assert (claim.kind, claim.content, claim.speaker.name) == ("indirect", "Crew on the ferries will walk off the job for "
                                                               "48 hours", "union")


def test_a_straight_mark_after_an_elision_opens_and_after_a_single_quote_closes():
    text = ("Titre\n\nUn prévisionniste a qualifié l'épisode d'\"exceptionnel par sa durée\". Le maire a dénoncé une "
            "\"'catastrophe annoncée'\" jusqu'\"à la fin\".\n")
    assert [c.content for c in claims_of(text, "fr")] == ["l'épisode d'\"exceptionnel par sa durée\"",
                                                           "une \"'catastrophe annoncée'\" jusqu'\"à la fin\""]


def test_straight_quotes_inside_english_marks_stay_quotations_inside_a_quotation():
    # (a related link closing the article, « … "Les Saisons sèches" » — AFP, is no assertion in either setting)
    text = next(DEV.glob("own/fr-blind12/fm06*.txt")).read_text(encoding="utf-8")

    def everything(variant: str) -> list[tuple[str, str]]:
        return [(c.kind, " ".join(re.findall(r"\w+", c.content))) for c in extract(Article(variant, language="fr")).claims]

    assert everything(_english_marks(text)) == everything(text)
