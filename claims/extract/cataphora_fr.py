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


# The same possessive role later, a full name in apposition to it: "… auprès de leur avocate. / « … », a déclaré
# leur avocate, Me Claire Ménard."
_TITLES_BEFORE_NAME = r"(?:(?:Me|Mme|M\.|Dr|Pr)\s+)?"
_FULL_NAME = r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,2})"
_POSSESSIVE_ROLE = re.compile(r"(?:son|sa|leur)\s+[a-zà-ÿ-]+")
_PARAGRAPHS_AFTER = 2


def possessive_roles_named_later(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], paras) -> None:
    """Give, in RESOLVED, a possessive role no name goes with ("a-t-on appris auprès de leur avocate") to the
    person the next paragraphs name in apposition to the same words ("leur avocate, Me Claire Ménard")."""
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        if speaker is None or draft.mention is None or not _POSSESSIVE_ROLE.fullmatch(phrase := draft.mention.text.strip()) \
                or speaker.name not in (phrase, speaker.role):
            continue
        last = paras[min(draft.paragraph + _PARAGRAPHS_AFTER, len(paras) - 1)][1]
        named = re.compile(re.escape(phrase) + r",\s+" + _TITLES_BEFORE_NAME + _FULL_NAME + r"(?=[\s,.;:])").search(text, draft.end, last)
        if named is None or text.find(named.group("name").split()[-1], 0, draft.start) != -1:
            continue  # (a person the article had named before: another lookup's)
        name = named.group("name")
        for j in range(i, len(resolved)):
            if resolved[j] is not None and resolved[j].name == speaker.name and drafts[j].start < named.start():
                resolved[j] = SpeakerRef(name, resolved[j].mention, resolved[j].role, "person")
