"""French: "Son adversaire a salué …" after a contest the article reports ("s'est incliné face à l'Argentin
Lisandro Peralta", "en battant en finale l'Américaine Kelsey Dunford"): the opponent it names there; and
"l'opposition": the one opposition group the article names."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

_OPPONENT_MENTION = re.compile(r"(?:[Ss]on|[Ss]a)\s+(?:adversaire|rival|rivale|tombeur|tombeuse)")
# The contest's other side: after "face à", "contre", "battant (en finale)", "battu par", then maybe a nationality
# or a role, then a person's two names.
_OPPONENT_NAMED = re.compile(
    r"(?:face\s+à|contre|battant(?:\s+en\s+(?:finale|demi-finale|quart\s+de\s+finale))?|battue?\s+par|dominée?\s+par)\s+"
    r"(?:l['’]|le\s+|la\s+)?(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:e|ne|ien|ienne|ais|aise|ain|aine|in|ine|ois|oise)\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2})")
_LOOK_BACK = 600


def opponents_named_before(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Rewrite, in RESOLVED, the speaker of each claim whose mention is "son adversaire" left unnamed, as the last
    opponent the article names before it."""
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        if speaker is None or draft.mention is None or speaker.name[:1].isupper() \
                or not _OPPONENT_MENTION.fullmatch(draft.mention.text.strip()):
            continue
        named = list(_OPPONENT_NAMED.finditer(text, max(0, draft.position - _LOOK_BACK), draft.position))
        if named:
            resolved[i] = SpeakerRef(named[-1].group("name"), speaker.mention, speaker.role, "person")


# The opposition's group named after its kind: "le groupe d'opposition Picardie Ensemble", "du groupe d'opposition
# Union pour Libreville (UPL)", "la cheffe de groupe de l'opposition Mons Citoyens".
_OPPOSITION_GROUP_NAMED = re.compile(
    r"\b(?:groupe\s+d['’]opposition|de\s+l['’]opposition)\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
    r"(?=\s*[,.;:(]|\s+(?:qui|a|ont|avait|avaient|est|sont)\s)")


def opposition_to_its_group(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Rewrite, in RESOLVED, "l'opposition" as the one opposition group the article names ("l'opposition dénonce …"
    over "Le groupe d'opposition Picardie Ensemble a voté contre")."""
    if "opposition" not in text:
        return
    groups = {m.group("name") for m in _OPPOSITION_GROUP_NAMED.finditer(text)}
    if len(groups) != 1:
        return
    group = groups.pop()
    for i, speaker in enumerate(resolved):
        if speaker is not None and speaker.name == "opposition":
            resolved[i] = SpeakerRef(group, speaker.mention, speaker.role, "organisation")
