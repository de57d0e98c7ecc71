"""English: a lede's speaker described, not named ("A grazier in north-west Queensland has said …", "…, its
vice-chancellor told staff"), is the person the next paragraph names first as a speaker ("Bronwyn Maclure, who runs
Kelvinvale Station …, told AAP", "Professor Helen Marchetti said"): wire copy names in its second paragraph the person
its lede describes. The headline's role of the same noun ("Queensland grazier says …") is that person too. A role that
stays anonymous by nature (a spokesperson, an official, a source) or one the lede keeps anonymous names no one later."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.first_names import is_first_name
from claims.extract.speaker_lexicon import Lexicon, fold
from claims.extract.types import SpeakerRef

# A described person opening a lede's subject: "A grazier in …", "A nurse at …", "its vice-chancellor".
_DESCRIBED = re.compile(r"(?:An?|[Ii]ts|[Tt]heir)\s+(?P<role>(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+))(?:\s+(?:in|at|from|on|with)\s.*)?")
# Roles whose holders articles keep anonymous, or that several people hold at once: no one named later is them.
_ANONYMOUS_ROLES = frozenset(("spokesperson", "spokesman", "spokeswoman", "official", "source", "representative",
                              "member", "resident", "witness", "worker", "employee", "officer", "insider", "analyst",
                              "lawyer", "relative", "neighbour", "neighbor", "friend", "spokesmen", "staff"))
# The first words of the next paragraph: a person's names, maybe a title before them, maybe after an adjunct ("In an
# email to staff seen by the ABC, Professor X said").
_NAMED_OPENING = re.compile(r"(?:(?:In|At|On|During|After)\s[^.;:]{3,100}?,\s+)?(?:(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?"
                            r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b")
# What says the name is a person's: a relative clause or an age after it ("Bronwyn Maclure, who runs …", "X, 54,").
_PERSON_DESCRIBED_NEXT = re.compile(r",\s+(?:who\s|\d{1,3},)")


def described_ledes_to_the_person_named_next(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None],
                                              lex: Lexicon) -> None:
    """Rewrite, in SPEAKERS_OF, the lede's person described by a role of LEX (and the headline's role of the same
    noun) as the person the next paragraph opens on, when that person speaks there and the article names no one
    before."""
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if draft.paragraph == 0:
            continue
        if draft.paragraph > 3:
            return
        if speaker is None or speaker.kind != "person" or draft.mention is None \
                or speaker.name not in (speaker.role, draft.mention.text.strip()) \
                or (described := _DESCRIBED.fullmatch(draft.mention.text.strip())) is None \
                or described.group("noun") in _ANONYMOUS_ROLES or fold(described.group("noun")).split("-")[-1] not in lex.roles \
                or " who " in draft.mention.text:
            continue
        if draft.paragraph + 1 >= len(paras):
            return
        start, end = paras[draft.paragraph + 1]
        opening = _NAMED_OPENING.match(text, start, end)
        named = next((said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:])
                      if later.paragraph == draft.paragraph + 1 and said is not None and said.kind == "person"), None)
        if opening is None or named is None or named.name != opening.group("name") or named.name.split()[-1] in text[:start] \
                or not (is_first_name(named.name.split()[0]) or _PERSON_DESCRIBED_NEXT.match(text, opening.end())):
            continue
        noun = described.group("noun")
        for j, other in enumerate(speakers_of):
            if other is not None and other.kind == "person" and other.name in (other.role, other.mention) \
                    and (other.name == speaker.name or j < i and drafts[j].paragraph == 0 and other.name.split()[-1] == noun):
                speakers_of[j] = SpeakerRef(named.name, other.mention, other.role, "person")
        return
