"""French copy often quotes a person before naming them: "« … », confie-t-elle. Marie Dutertre,
voisine de l'usine, a vu …". A quotation opening its paragraph, attributed by a pronoun only, goes
to the person the next sentence opens on (after a role in apposition, maybe: "Le préfet, Jean
Morel, …") when the article names them there for the first time and their gender agrees."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

PRONOUN_GENDERS_FR = {"il": "m", "elle": "f"}
_PRONOUN = re.compile(r"(?:^|[\s-])(il|elle)\b", re.IGNORECASE)
# The opening of the next sentence up to the name: nothing, or a role and its comma ("Le préfet, ").
_BEFORE_NAME = re.compile(r"\s*(?:(?:Le|La|L['’])\s*[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){0,3},\s+)?")


def named_after_their_quote(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], paras, speakers) -> None:
    """Give, in RESOLVED, each such quotation to the person named right after it."""
    if speakers is None:
        return
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if mention is None or not mention.pronoun or draft.kind != "direct":
            continue
        pronoun = _PRONOUN.search(mention.text)
        paragraph_start, paragraph_end = paras[draft.paragraph]
        if pronoun is None or text[paragraph_start:draft.start].strip(" «“\"\u00a0") != "":
            continue  # the quotation must open its paragraph
        stop = text.find(". ", draft.position, paragraph_end)
        if stop < 0:
            continue
        opening = _BEFORE_NAME.match(text, stop + 1, paragraph_end)
        person = next((m for m in speakers.person_mentions if m[0] == opening.end()), None) if opening else None
        if person is None:
            continue
        full = speakers.full_name(person[2], person[0])
        if " " not in full or any(start < draft.start and speakers.full_name(name, start) == full
                                  for start, _, name in speakers.person_mentions):
            continue  # named before: the pronoun may well be theirs, or someone else's
        if speakers.gender_of(full) not in (None, PRONOUN_GENDERS_FR[pronoun.group(1).lower()]):
            continue
        resolved[i] = SpeakerRef(full, mention.text, speakers._role_of(full), "person")
