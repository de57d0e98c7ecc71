"""English: people named by a bare plural right after the place a sentence opens on ("In Yachats, business owners
said …") speak as the people of that place ("business owners in Yachats")."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

# "In Owo's main market, ": the place a sentence opens on, up to its comma.
_FRONTED_PLACE = re.compile(r"\s*In\s+(?P<place>[A-Z][^,;:.!?\"“”]{1,40}),\s+")


def groups_at_a_fronted_place(text: str, drafts: list[Draft], speakers_of: list[SpeakerRef | None]) -> None:
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        mention = draft.mention
        if speaker is None or mention is None or mention.pronoun or mention.name or speaker.name != mention.text.strip() \
                or not speaker.name[:1].islower() or not speaker.name.endswith("s"):
            continue
        place = _FRONTED_PLACE.match(text, draft.sentence[0])
        if place is not None and text.startswith(speaker.name + " ", place.end()):
            speakers_of[i] = SpeakerRef(f"{speaker.name} in {place.group('place')}", speaker.mention, speaker.role, speaker.kind)
