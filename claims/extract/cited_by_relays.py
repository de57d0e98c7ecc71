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
# (between an opening relay's mention and its claim: "reported on Tuesday, citing people familiar with the matter, that")
_CITING_BEFORE_CLAIM = re.compile(r"(?:[ \u00a0]+[\w-]+){1,3},[ \u00a0]+(?:citing|citant)[ \u00a0]+(?P<np>[^,.;:\n()«»“”\"]{2,80}),"
                                  r"[ \u00a0]+(?:that|que|qu['’])[ \u00a0]*")
# Figures a body published, which the relay read itself ("citing figures from the Virginia Marine Resources Commission").
FIGURES_FROM = re.compile(r"(?:figures|data|statistics|records|des\s+chiffres|des\s+données|les\s+chiffres|les\s+données)"
                          r"\s+(?:from|of|by|de|du|des|d['’])")


def to_cited_sources(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], speakers) -> None:
    for i, draft in enumerate(drafts):
        mention = draft.mention
        if mention is None or mention.pronoun or resolved[i] is None:
            continue
        after = text.find(mention.text, draft.position) if draft.position >= draft.end \
            else text.rfind(mention.text, 0, draft.position + 1)
        if after < 0:
            continue
        if draft.position < draft.end:
            # "The Globe and Mail reported on Tuesday, citing people familiar with the matter, that …": whom it cites
            citing = _CITING_BEFORE_CLAIM.fullmatch(text, after + len(mention.text), draft.start)
            if citing is not None and (cited := parse_mention(citing.group("np"), speakers.lex)) is not None \
                    and not cited.pronoun and (cited.name or cited.role) \
                    and (source := speakers.resolve(cited, citing.start("np"), None)) is not None:
                resolved[i] = source
            continue
        if (citing := _CITING_AFTER.match(text, after + len(mention.text))) is None:
            continue
        if FIGURES_FROM.match(citing.group("np")) is not None:
            continue
        cited = parse_mention(citing.group("np"), speakers.lex)
        if cited is None or cited.pronoun or not (cited.name or cited.organisation):
            continue  # (nor "citing a rise in inflation": a reason)
        source = speakers.resolve(cited, citing.start("np"), None)
        if source is not None:
            resolved[i] = source
