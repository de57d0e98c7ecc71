"""A headline's count given by someone it only describes ("au moins 50 morts à Koufra, selon un responsable local",
"… killed, says an official"): the person the first paragraphs quote for the same count."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

# A count and the noun it counts ("50 morts", "1,200 jobs").
_COUNT = re.compile(r"(?<![\w,.])\d[\d,.\u00a0 ]*\s+[^\W\d_]{3,}")
# An indefinite description opening a mention ("un responsable local", "an official").
_INDEFINITE_OPENING = re.compile(r"(?:un|une|a|an)\s", re.IGNORECASE)


def _counts(text: str, draft: Draft) -> set[str]:
    return {" ".join(m.group().split()) for a, b in draft.spans for m in _COUNT.finditer(text, a, b)}


def headline_counts_to_lede_speaker(text: str, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """The headline's claim of a count, by an indefinite description, takes the speaker of the first claim of the
    next two paragraphs that gives the same count ("ont fait au moins 50 morts, a affirmé un membre du conseil local,
    X"), when that speaker is a named person."""
    for i, draft in enumerate(drafts):
        if draft.paragraph != 0 or draft.mention is None or not _INDEFINITE_OPENING.match(draft.mention.text):
            continue
        counts = _counts(text, draft)
        if not counts:
            continue
        for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]):
            if later.paragraph > 2:
                break
            if later.paragraph > 0 and counts & _counts(text, later):
                if said is not None and said.kind == "person" and said.name != said.role:
                    speakers_of[i] = said
                break
