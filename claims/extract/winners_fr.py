"""French: "le vainqueur" (la gagnante, la lauréate) speaking is the person the article had win just before
("Le coureur X a remporté la 5e étape … « … », a confié le vainqueur"), whoever the headline names."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.speaker_epithets import WINNERS
from claims.extract.speaker_table import ArticleSpeakers
from claims.extract.speakers import fold, names_in
from claims.extract.types import SpeakerRef

_PARENTHESES = re.compile(r"\([^()]*\)")
# A complement in apposition: "Le Burkinabè X, de l'équipe Faso Cycles-Kadiogo, a remporté" (the team is not who won).
_COMPLEMENT_APPOSITION = re.compile(r",\s+(?:de\s|du\s|des\s|d['’])[^,]*,")
_WINNER_ROLES = WINNERS | {"gagnant", "gagnante"}
_ROLE_GENDERS = {"laureate": "f", "vainqueure": "f", "gagnante": "f", "laureat": "m", "gagnant": "m"}
# The verb of a win, its subject before it (or, passive, its agent after it: "a été remportée par X").
_WON = re.compile(r"\b(?:a|avait)\s+(?:remporté|gagné)\b|\bs['’](?:est|était)\s+imposée?\b|\bs['’]impose\b|\bremporte\b"
                  r"|\bl['’]a\s+emporté\b|(?P<passive>\b(?:a|avait)\s+été\s+(?:remporté|gagné)e?s?\s+par\s)")


def winners_to_their_person(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None],
                            speakers: ArticleSpeakers) -> None:
    """Give, in SPEAKERS_OF, "le vainqueur" or "la lauréate" the person a win verb names just before (in the
    paragraph or the one before it), over the headline's person ("La course a été remportée par la Kényane X.
    « … », a plaisanté la lauréate"); an unnamed winner's later statements go to that person too."""
    known = None
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if speaker is None or speaker.kind != "person" or draft.mention is None or draft.mention.pronoun \
                or fold(draft.mention.role or "") not in _WINNER_ROLES:
            continue
        known = known if known is not None else {name for _, _, name in speakers.person_mentions}
        gender = _ROLE_GENDERS.get(fold(draft.mention.role))
        since = paras[max(0, draft.paragraph - 1)][0]
        winner = next((name for win in reversed(list(_WON.finditer(text, since, draft.start)))
                       if (name := _winner(text, win, since, draft.start, speakers, known)) is not None
                       and (gender is None or speakers.gender_of(name) in (None, gender))), None)
        # (gender: "a déclaré la lauréate" after "… Léa Rochat a remporté …. Chez les hommes, X s'est imposé")
        if winner is None:
            continue
        speakers_of[i] = SpeakerRef(winner, speaker.mention, speaker.role, "person")
        for j in range(i + 1, len(speakers_of)) if speaker.name == speaker.role else ():
            if (later := speakers_of[j]) is not None and later.name == speaker.name:
                speakers_of[j] = SpeakerRef(winner, later.mention, later.role, "person")  # (and "Il a ajouté …" after it)


def _winner(text: str, win: re.Match, since: int, until: int, speakers: ArticleSpeakers, known: set[str]) -> str | None:
    """The person WIN's sentence has win: the last person named before the verb, or the first after "par"."""
    if win.group("passive"):
        closing = text.find(".", win.end(), until)
        start, end = win.end(), closing if closing != -1 else until
    else:
        start, end = max(text.rfind(". ", since, win.start()) + 2, text.rfind("\n", since, win.start()) + 1, since), win.start()
    subject = _PARENTHESES.sub(lambda m: " " * len(m.group()), text[start:end])  # (not "(Kerlann Énergies)": the boat)
    subject = _COMPLEMENT_APPOSITION.sub(lambda m: " " * len(m.group()), subject)
    people = [name for _, name in names_in(subject, speakers.lex) if " " in name and name in known]
    return None if not people else people[0] if win.group("passive") else people[-1]
