"""A relative or neighbour named by a possessive ("her neighbour", "his family", "sa famille", "son épouse")
speaks as that person's relative, named as the article names the person the possessive stands for: the
last person named before the claim, in its paragraph or the one before, of the possessive's gender where
it tells one ("Lorna Cabahug's neighbour", "famille de Josiane Marchal")."""

from __future__ import annotations

import re
from types import ModuleType

from claims.extract.drafts import Draft
from claims.extract.speaker_table import ArticleSpeakers
from claims.extract.types import SpeakerRef


def relatives_to_their_person(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None],
                              speakers: ArticleSpeakers, module: ModuleType) -> None:
    kin_nouns = frozenset(module.KIN_NOUNS)
    counsel_nouns = frozenset(module.COUNSEL_NOUNS)
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        words = speaker.name.split() if speaker is not None else []
        if len(words) != 2 or words[0].lower() not in module.KIN_POSSESSIVES or words[1].lower() not in kin_nouns | counsel_nouns:
            continue
        paragraph = paras[draft.paragraph] if draft.paragraph < len(paras) else (0, len(text))
        if re.search(r"\b(?:and|et)\s+" + re.escape(speaker.mention or speaker.name), text[paragraph[0]:paragraph[1]], re.IGNORECASE):
            continue  # (not "Ann Lee and her husband claimed": the couple)
        person = speakers.person_before_in_full(text, draft, paras, module.KIN_POSSESSIVES[words[0].lower()])
        if person is None:
            continue
        kin = words[1].lower()
        if kin in counsel_nouns:
            # "Sanhá's lawyers" where the article writes "Domingos Sanhá" and then "Sanhá"
            person = min((n for _, _, n in speakers.person_mentions if person.endswith(" " + n)), key=len, default=person)
        name = f"{person}'s {kin}" if speakers.lex.adjectival_names else f"{kin} de {person}"
        speakers_of[i] = SpeakerRef(name, speaker.mention, speaker.role, "person")


_FAMILY_OF_SOMEONE = re.compile(r"(?:family|relatives|parents) of an? ", re.IGNORECASE)
_NAMED_OWNER_OF_KIN = re.compile(r"(?<![\w'’-])(?P<owner>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})['’]s (?P<kin>[a-z]+)\b")


def families_to_the_person_named_next(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None],
                                      module: ModuleType) -> None:
    """English: "The family of a 67-year-old man who died … say", then "Dhanraj Mohammed's daughter, …, told":
    the family of the person the next paragraph names as a relative's owner."""
    kin_nouns = frozenset(module.KIN_NOUNS)
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if speaker is None or (found := _FAMILY_OF_SOMEONE.match(speaker.name)) is None:
            continue
        following = next((p for p in paras if p[0] >= draft.end), None)
        if following is None:
            continue
        owner = next((m.group("owner") for m in _NAMED_OWNER_OF_KIN.finditer(text, following[0], following[1])
                      if m.group("kin") in kin_nouns), None)
        if owner is not None:
            name = f"{found.group().split()[0].lower()} of {owner}"
            for j, other in enumerate(speakers_of):
                if other is not None and other.name == speaker.name:
                    speakers_of[j] = SpeakerRef(name, other.mention, other.role, other.kind)


# "Mr Fitzsimons's daughter, Aoife,": a relative by her first name, after the surname of whose relative she is.
_FIRST_NAMES_JOINED = re.compile(r"[A-Z][a-z]+ and [A-Z][a-z]+")
_FIRST_NAME_AFTER_SURNAMED_KIN = r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<surname>[A-Z][\w'’-]+)['’]s\s+(?P<kin>[a-z]+),\s+{first},"


def first_names_to_family_names(text: str, speakers_of: list[SpeakerRef | None], module: ModuleType) -> None:
    """English: a relative the article names by a first name only, after "Mr X's daughter," ("Aoife"), speaks under
    that first name and the family's surname ("Aoife Fitzsimons"); so do two joined first names ("Mr Nowicki's parents,
    Tomasz and Ewa,": "Tomasz and Ewa Nowicki"). A neighbour is no family."""
    kin_nouns = frozenset(module.KIN_NOUNS) - {"neighbour", "neighbor"}
    for i, speaker in enumerate(speakers_of):
        if speaker is None or speaker.kind != "person" or not speaker.name[:1].isupper() \
                or " " in speaker.name and _FIRST_NAMES_JOINED.fullmatch(speaker.name) is None:
            continue  # ("Mr Nowicki's parents, Tomasz and Ewa,")
        found = re.search(_FIRST_NAME_AFTER_SURNAMED_KIN.format(first=re.escape(speaker.name)), text)
        if found is not None and found.group("kin") in kin_nouns:
            speakers_of[i] = SpeakerRef(f"{speaker.name} {found.group('surname')}", speaker.mention, speaker.role, "person")
