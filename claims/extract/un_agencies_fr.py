"""French: "l'agence onusienne" is the United Nations agency the article last named before it ("Selon le Programme
alimentaire mondial (PAM), … L'agence onusienne a annoncé …"), not a news agency nor the last body to speak."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.lang import fr
from claims.extract.speaker_lexicon import fold
from claims.extract.types import SpeakerRef

_EPITHET = re.compile(r"(?:l['’]|le\s+|la\s+|cette\s+|cet\s+)?(?P<epithet>" + "|".join(re.escape(e) for e in fr.UN_AGENCY_EPITHETS) + r")",
                      re.IGNORECASE)
_UN_BODY = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in fr.UN_BODY_NAMES) + r")(?![\w-])")


def un_agencies_to_bodies(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Give, in RESOLVED, each claim said by the UN agency's epithet the last UN agency named before it."""
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if mention is None or _EPITHET.fullmatch(fold(mention.text.strip()).replace("’", "'")) is None:
            continue
        named = [m.group() for m in _UN_BODY.finditer(text, 0, draft.position)]
        if named:
            speaker = resolved[i]
            resolved[i] = SpeakerRef(named[-1], mention.text, speaker.role if speaker is not None else None, "organisation")
