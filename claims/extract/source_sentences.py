"""A sentence a source opens ("Selon elle, …", "According to police, …") is that source's claim
to its end: a reporting verb inside it whose subject is no one ("la trajectoire … indique que …")
continues the claim instead of starting one of its own."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.speakers import Mention, fold

_SOURCE_CUE = re.compile(r"(?i)(?:selon|d['’]apr[eè]s|according\s+to)$")


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
