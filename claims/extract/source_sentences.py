"""A sentence a source opens ("Selon elle, …", "According to police, …") is that source's claim
to its end: a reporting verb inside it whose subject is no one ("la trajectoire … indique que …")
continues the claim instead of starting one of its own."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft, trim
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speakers import Lexicon, Mention, fold

_SOURCE_CUE = re.compile(r"(?i)(?:selon|d['’]apr[eè]s|according\s+to)$")
# A relay's verb after the statement: "…, rapporte le quotidien X", "…, the newspaper reported".
_RELAY_CUE = re.compile(r"(?i)(?:rapporte|rapportent|relate|relatent|reported|reports)$")
# The source opening the statement, and a relative clause after it: "Selon l'association X, qui s'est constituée
# partie civile, …".
_SOURCE_OPENING = re.compile(r"(?:Selon|D['’]après|According\s+to)\s+(?P<np>[^,;:«»\"“”]{2,90}),"
                             r"(?:\s*(?:qui|dont|which|who)\s[^,;:«»]{1,120},)?\s*")


def _no_one(mention: Mention | None, roles) -> bool:
    return mention is None or not (mention.pronoun or mention.organisation or mention.name) \
        and mention.role is not None and all(fold(word) not in roles for word in mention.role.split())


def with_source_sentences_whole(text: str, drafts: list[Draft], roles) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        source = kept[-1] if kept else None
        if source is not None and _no_one(draft.mention, roles) and not draft.inherit and not draft.participle \
                and draft.kind == source.kind == "indirect" and _SOURCE_CUE.match(source.cue or "") \
                and source.sentence == draft.sentence and not text[source.spans[-1][1]:draft.spans[0][0]].strip():
            source.spans[-1] = (source.spans[-1][0], draft.spans[-1][1])
            continue
        kept.append(draft)
    return kept


def sources_before_relays(text: str, drafts: list[Draft], lex: Lexicon) -> None:
    """A statement a source opens and a relay closes ("Selon l'association X, …, rapporte le quotidien Y") is the
    source's: the relay only reports it."""
    for draft in drafts:
        if not _RELAY_CUE.search((draft.cue or "").strip()) or draft.mention is None or draft.mention.pronoun:
            continue
        start, end = draft.spans[0]
        opening = _SOURCE_OPENING.match(text, start, end)
        if opening is None or (source := parse_mention(opening.group("np"), lex)) is None \
                or source.pronoun or not (source.name or source.role):
            continue
        draft.mention = source
        draft.spans[0] = trim(text, opening.end(), end)
