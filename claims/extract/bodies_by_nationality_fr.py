"""French: a state body named by its bare noun ("L'armée a annoncé …") is the one the article names
with its nationality ("un soldat de l'armée libanaise"), when it names only one."""

from __future__ import annotations

import re

from claims.extract.types import SpeakerRef

_STATE_NOUNS = ("armée", "gouvernement", "police", "marine", "gendarmerie", "diplomatie", "parlement", "justice")
_NATIONALITY_ENDINGS = ("ais", "aise", "ain", "aine", "ien", "ienne", "ois", "oise", "éen", "éenne", "ol", "ole", "ique", "an",
                        "ane", "ec", "èque", "allemand", "allemande", "flamand", "flamande")


def _with_nationality(text: str, noun: str) -> str | None:
    forms = {m.group("adjective") for m in re.finditer(rf"(?<![\w-]){noun}[ \u00a0]+(?P<adjective>[a-zà-ÿ]{{4,}})\b", text, re.IGNORECASE)
             if m.group("adjective").endswith(_NATIONALITY_ENDINGS) and m.group("adjective") not in ("contre", "selon")}
    return f"{noun} {forms.pop()}" if len(forms) == 1 else None


def state_bodies_with_their_nationality(text: str, resolved: list[SpeakerRef | None]) -> None:
    found: dict[str, str | None] = {}
    for i, speaker in enumerate(resolved):
        if speaker is None or speaker.name.lower() not in _STATE_NOUNS:
            continue
        noun = speaker.name.lower()
        if noun not in found:
            found[noun] = _with_nationality(text, noun)
        if found[noun] is not None:
            resolved[i] = SpeakerRef(found[noun], speaker.mention, speaker.role, "organisation")
