"""French role phrases and the person they stand for: a definite description tied to nobody ("peste
le pisciculteur", "soupire la retraitée") in a paragraph that names no one stands for the one person
the two paragraphs before named; a role phrase of one gender ("le président du tribunal") never
stands for a person of the other."""

from __future__ import annotations

import re

from claims.extract.role_genders_fr import role_phrase_gender

# The description at the mention, if its noun has the ending of a noun for a person ("pisciculteur",
# "retraitée", "habitante", "agricultrice", "marin"), not a thing's ("la fiche", "l'enquête", "le canton").
_PERSON_NOUN = re.compile(
    r"\s*(?:[Ll]e|[Ll]a|[Ll]['’])[ \u00a0]*[a-zà-ÿ-]*(?:eur|euse|rice|iste|ier|ière|ien|ienne|in|ine|ant|ante|aire|ais|aise|ois|oise|"
    r"ée|é)\b(?![ \u00a0]+(?:de|du|des|d['’]))")


def only_person_named_before(speakers, position: int) -> str | None:
    """The one person (by full name) named from two paragraphs before POSITION up to its own
    paragraph, which names no one, when the description at POSITION is a person's; else None."""
    text = speakers.text
    if not _PERSON_NOUN.match(text, position):
        return None
    starts = []
    at = position
    for _ in range(3):
        at = text.rfind("\n", 0, at)
        while at > 0 and text[at - 1] in "\n \t\u00a0":
            at -= 1  # blank lines between paragraphs
        if at < 0:
            break
        starts.append(at)
    since = starts[-1] if len(starts) == 3 else 0
    own = starts[0] if starts else 0
    # (full names only: "Météo-France" is no one)
    named = {full for start, _, name in speakers.person_mentions
             if since <= start < position and " " in (full := speakers.full_name(name, start))}
    if len(named) != 1 or any(own <= start < position for start, _, _ in speakers.person_mentions):
        return None
    return named.pop()


def role_gender_allows(speakers, name: str, mention, role: str) -> bool:
    """Whether the gender the French role phrase MENTION gives its holder is not the other one
    than NAME's (the woman just quoted is not "le président du tribunal")."""
    if speakers.lex.adjectival_names or (gender := speakers.gender_of(name)) is None:
        return True
    return role_phrase_gender(mention.text.split(), role, speakers.lex) in (None, gender)

