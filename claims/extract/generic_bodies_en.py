"""English: a body left named by its common noun alone ("police said", "according to the
commission", "the city said") stands for the one name the article gives with that noun as its
head, after capitalised modifiers ("Tyrol state police") or before its complement ("Commission on
Audit", "City of Cape Town"); with two such names, nothing changes. (Company nouns and role
phrases in a body, "the company", "a spokeswoman for the bank", are `speaker_fuller_names_en`'s.)"""

from __future__ import annotations

import re

from claims.extract.speaker_fuller_names_en import DAY_OR_MONTH, heads_named
from claims.extract.types import SpeakerRef

_BODY_NOUNS = frozenset(("police", "commission", "port", "airport", "museum", "court", "tribunal", "inquiry",
                         "regulator", "watchdog", "city", "county", "municipality", "district", "province"))

# A body's noun after the capitalised words and the lower-case level naming it: "Tyrol state police",
# "Morobe provincial police", "Valais cantonal police".
_NAMED_WITH_LEVEL = re.compile(
    r"(?<![\w'’-])(?:(?!According\b|As\b|In\b|On\b|At\b|By\b|For\b|From\b|With\b|But\b|And\b|The\b|A\b|An\b|Last\b|Next\b|"
    + DAY_OR_MONTH + r")[A-Z][\w'’-]*\s+){1,3}"
    r"(?:state|provincial|county|city|district|regional|federal|national|municipal|metropolitan|cantonal)\s+(?P<noun>[a-z]+)\b")


def _one_named(text: str, noun: str) -> str | None:
    found = heads_named(text, noun, len(text)) | {m.group() for m in _NAMED_WITH_LEVEL.finditer(text) if m.group("noun") == noun}
    found = {name for name in found if not any(other != name and other.endswith(" " + name) for other in found)}
    return found.pop() if len(found) == 1 else None


def generic_nouns_to_bodies(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, each speaker named by a body's common noun alone with that body."""
    for i, speaker in enumerate(resolved):
        if speaker is None:
            continue
        name = speaker.name
        if name in _BODY_NOUNS:
            body = _one_named(text, name)
            if body is not None:
                resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
