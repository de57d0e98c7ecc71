"""Per-language resources and language detection.

`fr` and `en` define the same UPPERCASE names; `resources(lang)` returns the module for a
modelled language, None for any other.
"""

from __future__ import annotations

import re
from types import ModuleType

from claims.extract.lang import en, fr

MODELLED = {"fr": fr, "en": en}

_SAMPLE_CHARS = 2000
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FR_WORDS = frozenset(w.replace("’", "'") for w in fr.FUNCTION_WORDS)
_EN_WORDS = frozenset(en.FUNCTION_WORDS)
# Below these, a text is too short or too foreign to call.
_MIN_HITS = 3
_MIN_SHARE = 0.12
_MIN_LEAD = 2.0


def resources(lang: str | None) -> ModuleType | None:
    """The resource module for "fr" or "en"; None for any other language."""
    return MODELLED.get(lang) if lang else None


def _words(text: str) -> list[str]:
    """`_WORD.findall(text)`, faster: a word never spans a space, and a chunk between spaces
    made of letters only is one word, so the pattern runs only on the other chunks."""
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalpha():
            words.append(chunk)
        else:
            words.extend(_WORD.findall(chunk))
    return words


def detect_language(text: str) -> str:
    """"fr", "en", or "und" when the text is too short or in another language."""
    words = _words(text[:_SAMPLE_CHARS].lower().replace("’", "'"))
    if not words:
        return "und"
    fr_hits = sum(map(_FR_WORDS.__contains__, words))
    en_hits = sum(map(_EN_WORDS.__contains__, words))
    best, hits, other = ("fr", fr_hits, en_hits) if fr_hits >= en_hits else ("en", en_hits, fr_hits)
    if hits < _MIN_HITS or hits / len(words) < _MIN_SHARE or hits < _MIN_LEAD * other:
        return "und"
    return best
