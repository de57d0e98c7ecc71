"""French: "… a été éliminé, rapporte le quotidien X. Interrogé par le journal, il a dénoncé …": the
pronoun of a sentence that names the paper as its interviewer is the person the paper's report named,
never the paper."""

from __future__ import annotations

import re

from claims.extract.body_mentions_fr import PRESS_NOUNS_FR
from claims.extract.cataphora_fr import PRONOUN_GENDERS_FR
from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

_PRESS_NOUNS = rf"(?:{PRESS_NOUNS_FR}|agence|radio|chaîne|télévision|site)"
_PRESS_MENTION = re.compile(rf"(?:[Ll]['’]\s*|[Ll][ea]\s+)?{_PRESS_NOUNS}\b")
_PAPER_AS_INTERVIEWER = re.compile(
    r"\b(?:[Ii]nterrog|[Cc]ontact|[Ii]nterview|[Ss]ollicit|[Qq]uestionn)ée?s?\s+par\s+(?:le|la|l['’])\s*"
    rf"{_PRESS_NOUNS}\b")


def interviewees_not_their_paper(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], paras, speakers) -> None:
    if speakers is None:
        return
    for i, draft in enumerate(drafts):
        mention, current = draft.mention, resolved[i]
        if mention is None or not mention.pronoun or current is None or current.kind != "organisation" \
                or (gender := PRONOUN_GENDERS_FR.get(mention.text.split("-")[-1].lower())) is None:
            continue
        if not any(said is not None and said.name == current.name and _PRESS_MENTION.match(said.mention or "")
                   for said in resolved[:i]):
            continue
        if _PAPER_AS_INTERVIEWER.search(text, draft.sentence[0], draft.position) is None:
            continue
        since = paras[max(0, draft.paragraph - 1)][0]
        named = speakers.last_person(text, draft.sentence[0], since, [], gender)
        if named is not None and named[0] < draft.sentence[0]:
            resolved[i] = SpeakerRef(named[1], mention.text, speakers._role_of(named[1]), "person")
