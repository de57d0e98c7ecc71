"""The same article set with other quotation marks must give the same claims and speakers: straight "…" or curly
“…” in English; « … », «…» or “…” in French (copy set in Switzerland drops the spaces, copy set with an English
keyboard uses “ ”)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from extract_support import claims_of

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
