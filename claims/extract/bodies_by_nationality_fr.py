"""French: a state body named by its bare noun ("L'armée a annoncé …") is the one the article names
with its nationality ("un soldat de l'armée libanaise"), when it names only one."""

from __future__ import annotations

import re

from claims.extract.types import SpeakerRef

_STATE_NOUNS = ("armée", "gouvernement", "police", "marine", "gendarmerie", "diplomatie", "parlement", "justice",
                "protection civile", "sécurité civile", "garde côtière", "douane")
NATIONALITY_ENDINGS = ("ais", "aise", "ain", "aine", "ien", "ienne", "ois", "oise", "éen", "éenne", "ol", "ole", "an", "ane",
                        "èque", "and", "ande")
_NATIONALITIES = frozenset(("britannique", "belge", "suisse", "russe", "turque", "grec", "grecque", "helvétique"))
# Words with those endings that follow a noun and are no nationality ("la police indique", "le gouvernement, mais").
_NOT_NATIONALITIES = frozenset(("mais", "jamais", "désormais", "demain", "prochain", "prochaine", "soudain", "certain",
                                "certaine", "bien", "rien", "ancien", "ancienne", "trois", "quand", "demande", "commande",
                                "recommande", "attend", "entend", "prend", "rend", "répand", "défend", "vend", "dépend"))


def _with_nationality(text: str, noun: str) -> str | None:
    forms = {adjective for m in re.finditer(rf"(?<![\w-]){noun}[ \u00a0]+(?P<adjective>[a-zà-ÿ]{{4,}})\b", text, re.IGNORECASE)
             if ((adjective := m.group("adjective").lower()).endswith(NATIONALITY_ENDINGS) or adjective in _NATIONALITIES)
             and adjective not in _NOT_NATIONALITIES}
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
