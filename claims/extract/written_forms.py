"""A phrase the speaker passes compare in folded form ("ministre de la sante", "director of iedcr")
given back as the article writes it ("ministre de la Santé", "director of IEDCR"), so that a role
reads as it was written. A phrase the article capitalises only as a title before a name stays in lower
case ("Health Minister Jane Roe": "health minister"), and so does its first word ("Director of IEDCR":
"director of IEDCR")."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.speaker_lexicon import fold

def _accented_forms() -> dict[str, str]:
    """Each letter folding takes accents off, with the accented Latin letters that fold to it
    ("e": "éèêë…", "s": "śşšș…", "a": "àâ…ąā…")."""
    forms: dict[str, str] = {"'": "’"}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        character = chr(code)
        folded = fold(character)
        if character.islower() and len(folded) == 1 and folded.isascii() and folded.isalpha():
            forms[folded] = forms.get(folded, "") + character
    return forms


_ACCENTED = _accented_forms()


@lru_cache(maxsize=1024)
def _written_pattern(phrase: str) -> re.Pattern:
    """PHRASE's words, each letter in any case and with or without its accents."""
    parts = []
    for character in phrase:
        variants = _ACCENTED.get(character)
        parts.append(f"[{character}{variants}{variants.upper()}]" if variants else re.escape(character))
    return re.compile(rf"(?<![\w'’-]){''.join(parts)}(?![\w'’-])", re.IGNORECASE)


def as_written(text: str, phrase: str) -> str:
    """PHRASE as TEXT first writes it when PHRASE is a folded form of TEXT's words and TEXT does
    not hold it as it is; else PHRASE."""
    if not phrase or phrase in text or phrase != fold(phrase):
        return phrase
    found = _written_pattern(phrase).search(text)
    if found is None:
        return phrase
    written = found.group()
    words = [w for w in written.split() if w[:1].isalpha()]
    if all(w[:1].isupper() and w[1:] == w[1:].lower() for w in words):
        written = written.lower()  # "Health Minister Jane Roe": a title's capitals, not the role's
    elif words and words[0][:1].isupper() and words[0][1:] == words[0][1:].lower():
        written = written[0].lower() + written[1:]  # "Le ministre de la Santé", "Director of IEDCR"
    return written if fold(written) == phrase else phrase
