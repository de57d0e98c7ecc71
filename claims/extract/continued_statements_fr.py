"""French: a role the article tied to nobody, after a verb that continues a statement ("Emmanuel
Macron a salué « … ». Le chef de l'État a ajouté que …"), is the person who spoke just before, when
nothing in the role says it is someone else (a court's professions are their own people; the role's
gender must not contradict theirs)."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.role_genders_fr import role_gender
from claims.extract.speaker_lexicon import fold
from claims.extract.types import SpeakerRef

_CONTINUING_CUE = re.compile(r"(?:a|avait)\s+(?:ajouté|poursuivi|renchéri|conclu)|ajoute|poursuit|renchérit|conclut")
_DEFINITE = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]['’])\s*[a-zà-ÿ]")


def continued_by_role(drafts: list[Draft], resolved: list[SpeakerRef | None], speakers) -> None:
    """Give, in RESOLVED, each definite role left unresolved after a continuing verb the person of
    the claim just before, in the same paragraph or the one before."""
    if speakers is None:
        return
    lex = speakers.lex
    for i in range(1, len(drafts)):
        draft, speaker, previous = drafts[i], resolved[i], resolved[i - 1]
        mention = draft.mention
        if speaker is None or previous is None or mention is None or mention.pronoun or mention.name \
                or speaker.name != speaker.role or previous.kind != "person" or " " not in previous.name \
                or not previous.name[:1].isupper() or draft.paragraph - drafts[i - 1].paragraph > 1 \
                or _CONTINUING_CUE.fullmatch(draft.cue or "") is None or not _DEFINITE.match(mention.text.strip()):
            continue
        head = fold(speaker.role or "").split()[0] if (speaker.role or "").split() else ""
        if head in lex.exclusive_roles or head in lex.organisations or head in lex.companies:
            continue  # ("le juge a ajouté": a judge is someone of their own)
        gender, theirs = role_gender(head, lex), speakers.gender_of(previous.name)
        if gender is not None and theirs is not None and gender != theirs:
            continue
        resolved[i] = SpeakerRef(previous.name, speaker.mention, speaker.role, "person")
