"""A relay that cites its source after the attribution ("…, the state news agency Antara reported,
citing the BMKG." / "…, rapporte l'agence, citant le ministère."): the cited source made the claim,
the relay only passed it on."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.speaker_mentions import parse_mention
from claims.extract.types import SpeakerRef

# (after the mention, its verb if it comes second: "the agency Antara reported, citing …")
_CITING_AFTER = re.compile(r"(?:[ \u00a0]+[a-zà-ÿ]+){0,2},?[ \u00a0]+(?:citing|citant)[ \u00a0]+(?P<np>[^,.;:\n()«»“”\"]{2,80})(?=[.,;]|$)")
# Figures a body published, which the relay read itself ("citing figures from the Virginia Marine Resources Commission").
FIGURES_FROM = re.compile(r"(?:figures|data|statistics|records|des\s+chiffres|des\s+données|les\s+chiffres|les\s+données)"
                          r"\s+(?:from|of|by|de|du|des|d['’])")


def to_cited_sources(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], speakers) -> None:
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if mention is None or mention.pronoun or resolved[i] is None or draft.position < draft.end:
            continue  # (only a closing attribution: its mention stands after the claim)
        after = text.find(mention.text, draft.position)
        if after < 0 or (citing := _CITING_AFTER.match(text, after + len(mention.text))) is None:
            continue
        if FIGURES_FROM.match(citing.group("np")) is not None:
            continue
        cited = parse_mention(citing.group("np"), speakers.lex)
        if cited is None or cited.pronoun or not (cited.name or cited.organisation):
            continue  # (nor "citing a rise in inflation": a reason)
        source = speakers.resolve(cited, citing.start("np"), None)
        if source is not None:
            resolved[i] = source
