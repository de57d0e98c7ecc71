"""A phrase the speaker passes compare in folded form ("ministre de la sante", "director of iedcr")
given back as the article writes it ("ministre de la Santé", "director of IEDCR"), so that a role
reads as it was written. A phrase the article capitalises only as a title before a name stays in lower
case ("Health Minister Jane Roe": "health minister"), and so does its first word ("Director of IEDCR":
"director of IEDCR")."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.speaker_lexicon import fold


@lru_cache(maxsize=8)
def _folded_with_offsets(text: str) -> tuple[str, tuple[int, ...] | None]:
    """TEXT folded, and for each folded character the offset of the character of TEXT it comes
    from (None when folding kept every offset, as it does unless a "ß" or a ligature grows)."""
    whole = fold(text)
    if len(whole) == len(text):
        return whole, None
    pieces, offsets = [], []
    for at, character in enumerate(text):
        folded = fold(character)
        pieces.append(folded)
        offsets.extend([at] * len(folded))
    return "".join(pieces), tuple(offsets)


def as_written(text: str, phrase: str) -> str:
    """PHRASE as TEXT first writes it when PHRASE is a folded form of TEXT's words and TEXT does
    not hold it as it is; else PHRASE."""
    if not phrase or phrase in text or phrase != fold(phrase):
        return phrase
    folded, offsets = _folded_with_offsets(text)
    found = re.search(rf"(?<![\w'-]){re.escape(phrase)}(?![\w'-])", folded)
    if found is None:
        return phrase
    start, end = (found.start(), found.end()) if offsets is None else (offsets[found.start()], offsets[found.end() - 1] + 1)
    written = text[start:end]
    words = [w for w in written.split() if w[:1].isalpha()]
    if all(w[:1].isupper() and w[1:] == w[1:].lower() for w in words):
        written = written.lower()  # "Health Minister Jane Roe": a title's capitals, not the role's
    elif words and words[0][:1].isupper() and words[0][1:] == words[0][1:].lower():
        written = written[0].lower() + written[1:]  # "Le ministre de la Santé", "Director of IEDCR"
    return written if fold(written) == phrase else phrase
