"""French: "le vainqueur" (la gagnante, le lauréat) speaking, with no name, is the person the article
had win just before ("Le coureur X a remporté la 5e étape … « … », a confié le vainqueur")."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.speaker_epithets import WINNERS
from claims.extract.speaker_table import ArticleSpeakers
from claims.extract.speakers import fold, names_in
from claims.extract.types import SpeakerRef

_PARENTHESES = re.compile(r"\([^()]*\)")
_WINNER_ROLES = WINNERS | {"gagnant", "gagnante"}
# The verb of a win, its subject before it.
_WON = re.compile(r"\b(?:a|avait)\s+(?:remporté|gagné)\b|\bs['’](?:est|était)\s+imposée?\b|\bs['’]impose\b|\bremporte\b"
                  r"|\bl['’]a\s+emporté\b")


def winners_to_their_person(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None],
                            speakers: ArticleSpeakers) -> None:
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if speaker is None or speaker.kind != "person" or speaker.name != speaker.role \
                or fold(speaker.name) not in _WINNER_ROLES or draft.mention is None or draft.mention.pronoun:
            continue
        since = paras[max(0, draft.paragraph - 1)][0]
        wins = list(_WON.finditer(text, since, draft.start))
        if not wins:
            continue
        win = wins[-1]
        opening = max(text.rfind(". ", since, win.start()) + 2, text.rfind("\n", since, win.start()) + 1, since)
        subject = _PARENTHESES.sub(lambda m: " " * len(m.group()), text[opening:win.start()])  # (not "(Kerlann Énergies)": the boat)
        known = {name for _, _, name in speakers.person_mentions}
        people = [name for _, name in names_in(subject, speakers.lex) if " " in name and name in known]
        if people:
            for j in range(i, len(speakers_of)):  # (and "Il a ajouté …" after it, the same speaker)
                if (later := speakers_of[j]) is not None and later.name == speaker.name:
                    speakers_of[j] = SpeakerRef(people[-1], later.mention, later.role, "person")
