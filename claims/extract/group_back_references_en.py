"""English: a group the article described before speaks again by its plural noun alone ("…, conservation groups
said. / In a joint report, the groups, led by …, said …"): it is the group so described, in its fuller words."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

# A definite plural noun alone: "the groups", "The trustees".
_DEFINITE_PLURAL = re.compile(r"[Tt]he\s+(?P<noun>[a-z]{3,}s)")
_PARAGRAPHS_BACK = 3


def groups_described_before(drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    """Give, in SPEAKERS_OF, a claim by "the <plural noun>" the speaker of the last earlier claim (within
    `_PARAGRAPHS_BACK` paragraphs) made by that noun with lower-case modifiers before it ("conservation groups")."""
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if speaker is None or draft.mention is None or (definite := _DEFINITE_PLURAL.fullmatch(draft.mention.text.strip())) is None \
                or speaker.name != definite.group("noun"):
            continue
        noun = definite.group("noun")
        earlier = next((said for d, said in zip(reversed(drafts[:i]), reversed(speakers_of[:i]))
                        if draft.paragraph - d.paragraph <= _PARAGRAPHS_BACK and said is not None
                        and said.name.endswith(" " + noun) and said.name[:1].islower() and len(said.name.split()) <= 4), None)
        if earlier is not None:
            speakers_of[i] = SpeakerRef(earlier.name, speaker.mention, speaker.role, earlier.kind)
