"""A phrase the speaker passes compare in folded form ("ministre de la sante", "director of iedcr")
given back as the article writes it ("ministre de la Santé", "director of IEDCR"), so that a role
reads as it was written. A phrase the article capitalises only as a title before a name stays in lower
case ("Health Minister Jane Roe": "health minister"), and so does its first word ("Director of IEDCR":
"director of IEDCR")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from claims.extract.speaker_lexicon import fold

_COMBINING_MARKS = re.compile("[\u0300-\u036f]")


def _folded(text: str) -> str:
    """TEXT in lower case without its accents (canonical decomposition only: "…" stays one character)."""
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFD", text.casefold().replace("’", "'")))


@lru_cache(maxsize=4)
def _folded_text(text: str) -> tuple[str, tuple[int, ...] | None]:
    """TEXT folded, and the offset in TEXT of each folded character: None when every offset is kept,
    as it is unless lower case lengthens a character ("ß" → "ss", "İ")."""
    whole = _folded(text)
    if len(whole) == len(text):
        return whole, None
    offsets = tuple(at for at, character in enumerate(text) for _ in _folded(character))
    return "".join(_folded(character) for character in text), offsets


def _is_word_edge(text: str, at: int) -> bool:
    return at < 0 or at >= len(text) or not (text[at].isalnum() or text[at] in "'’-")


def as_written(text: str, phrase: str) -> str:
    """PHRASE as TEXT first writes it when PHRASE is a folded form of TEXT's words and TEXT does
    not hold it as it is; else PHRASE."""
    if not phrase or phrase in text or phrase != fold(phrase):
        return phrase
    folded, offsets = _folded_text(text)
    at = folded.find(phrase)
    while at >= 0 and not (_is_word_edge(folded, at - 1) and _is_word_edge(folded, at + len(phrase))):
        at = folded.find(phrase, at + 1)
    if at < 0:
        return phrase
    written = text[at:at + len(phrase)] if offsets is None else text[offsets[at]:offsets[at + len(phrase) - 1] + 1]
    words = [w for w in written.split() if w[:1].isalpha()]
    if all(w[:1].isupper() and w[1:] == w[1:].lower() for w in words):
        written = written.lower()  # "Health Minister Jane Roe": a title's capitals, not the role's
    elif words and words[0][:1].isupper() and words[0][1:] == words[0][1:].lower():
        written = written[0].lower() + written[1:]  # "Le ministre de la Santé", "Director of IEDCR"
    return written if fold(written) == phrase else phrase
