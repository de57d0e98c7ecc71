"""Named people, places and organisations in claim content, and negation.

`find_entities` returns surface forms ("Corée du Nord", "Sergueï Lavrov"); `entity_key`
maps a surface form to a key shared by French and English ("north korea", "sergei lavrov").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from claims.extract.lang import en, fr
from functools import lru_cache

from claims.extract.names import fold as _fold_text
from claims.extract.names import known_organisation_key, name_key
from claims.extract.regex_trie import trie_pattern
from claims.extract.triggers import lowered

fold = lru_cache(maxsize=65536)(_fold_text)

_RES = {"fr": fr, "en": en}
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[.«»“”\"!?;:,()\[\]—–]|(?<=\s)-(?=\s)|\d+")
_SENTENCE_END = frozenset(".!?:;«»“”\"—–-()[]")
_PUNCT = frozenset(",«»“”\"!?;:()[]—–-")


def _lower_set(*groups) -> frozenset[str]:
    return frozenset(fold(w.rstrip(".")) for g in groups for w in g)


class _Lang:
    def __init__(self, lang: str) -> None:
        res = _RES[lang]
        self.lang = lang
        self.stop = _lower_set(
            res.FUNCTION_WORDS, res.CAPITALISED_FUNCTION_WORDS, res.MONTHS,
            res.WEEKDAYS, res.RELATIVE_DAYS, res.DETERMINERS,
            res.PERSON_PRONOUNS, res.NEGATIONS,
            ("i", "a", "an", "in", "on", "at", "as", "if", "we", "you", "my", "our", "yes", "no",
             "la", "les", "en", "je", "j'ai", "tu", "on", "ici", "mais", "et", "ou", "donc"),
        )
        self.titles = _lower_set(res.NAME_TITLES, res.TITLES)
        self.connectors = frozenset(c.replace("’", "'") for c in res.ENTITY_CONNECTORS)
        self.continuations = frozenset(res.ENTITY_CONTINUATIONS)
        self.common_endings = (
            ("ment", "é", "ée", "és", "ées", "ant", "ons", "ez") if lang == "fr" else ("ly", "ing", "ed")
        )


_LANGS = {"fr": _Lang("fr"), "en": _Lang("en")}
_PLACE_KEYS = {fold(k): v for k, v in (*fr.PLACE_KEYS.items(), *en.PLACE_KEYS.items())}
_LEADING_ARTICLE = re.compile(r"^(?:the|le|la|les|l')\s*", re.I)


def entity_key(name: str) -> str:
    """Key shared by a French and an English mention: places and international bodies via their
    maps, people via name_key, other multi-word names (organisations) folded."""
    folded = fold(name).replace("’", "'")
    key = _PLACE_KEYS.get(folded) or _PLACE_KEYS.get(_LEADING_ARTICLE.sub("", folded)) or known_organisation_key(name)
    if key:
        return key
    words = name.split()
    if len(words) <= 4 and all(w[:1].isupper() for w in words):
        return name_key(name)
    return folded


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def find_entities(text: str, start: int, end: int, lang: str) -> list[str]:
    """Capitalised names in text[start:end] (titles, sentence-initial common words removed)."""
    spec = _LANGS.get(lang, _LANGS["en"])
    if text[start:end].islower():
        return []  # no capitalised word
    # The words as strings, and their matches for the few offsets the loop needs (building an
    # (word, start, end) tuple for every word cost more than the loop itself).
    matches = list(_WORD.finditer(text, start, end))
    words = [m[0] for m in matches]
    found: list[str] = []
    region_words: set[str] | None = None

    def _lower_words() -> set[str]:
        nonlocal region_words
        if region_words is None:
            region_words = {t for t in words if t[:1].islower()}
        return region_words

    # The tokens the loop must stop at: sentence ends and capitalised words.
    marks = [k for k, t in enumerate(words) if t in _SENTENCE_END or t[:1].isupper()]
    i = 0
    sentence_start = True
    n = len(words)
    while i < n:
        tok = words[i]
        if tok in _SENTENCE_END:
            previous = words[i - 1] if i else ""
            # "M. Kim", "J. Smith": the dot of a title or an initial does not end a sentence.
            if not (tok == "." and (fold(previous) in spec.titles or len(previous) == 1)):
                sentence_start = True
            i += 1
            continue
        if not tok[:1].isupper() or fold(tok.rstrip(".")) in spec.titles:
            sentence_start = False
            at = bisect_right(marks, i)  # the plain words before the next mark change nothing
            i = marks[at] if at < len(marks) else n
            continue
        # Grow the name: capitalised words, connectors between them, organisation continuations.
        j = i + 1
        last = i
        after_continuation = False
        while j < n:
            nxt, ns, previous_end = words[j], matches[j].start(), matches[j - 1].end()
            if ns - previous_end > 1 or "\n" in text[previous_end:ns]:
                break
            nlow = nxt.lower().replace("’", "'")
            if _capitalised(nxt) and nxt not in _PUNCT:
                if after_continuation and j == last + 1:
                    break  # "Affaires étrangères Sergueï Lavrov": a new name starts
                last = j
                j += 1
                after_continuation = False
            elif nlow in spec.continuations:
                last = j
                j += 1
                after_continuation = True
            elif nlow in spec.connectors:
                j += 1
            elif nlow.endswith("'") and nlow in spec.connectors:
                j += 1
            else:
                break
        first = i
        # Drop sentence-initial common words and stop words at the front.
        while first <= last:
            ftok = words[first]
            flow = fold(ftok.rstrip("."))
            initial = first == i and sentence_start
            if flow in spec.stop or flow in spec.titles or not _capitalised(ftok):
                first += 1
                continue
            if initial and first == last and (flow.endswith(spec.common_endings) or ftok.lower() in _lower_words()):
                first += 1
                continue
            break
        if first <= last:
            s0, e0 = matches[first].start(), matches[last].end()
            surface = text[s0:e0].rstrip(".")
            if len(surface) > 1:
                found.append(surface)
        sentence_start = False
        i = last + 1
    return list(dict.fromkeys(found))


def _at_word_start(words) -> str:
    """Top-level alternatives matching any of `words` with no word character around them,
    each starting with a plain letter so that `re` skips quickly to the places to try."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word)
    return "|".join(trie_pattern(group, after_first=r"(?<!\w.)") + r"(?![\w])" for _, group in sorted(by_first.items()))


# Matched case-sensitively on lower-cased content (fast), or with IGNORECASE on the content
# itself when lower-casing would move offsets.
_NEGATION_PATTERNS = {
    "fr": (
        r"n(?<!\w.)(?:['’]|e\s)(?:[^\s.;:!?]+\s+){0,4}?(?:pas|plus|jamais|rien|aucune?|personne|guère|nullement|point|ni)(?![\w])"
        "|" + _at_word_start(("aucun", "aucune", "jamais", "nullement", "nulle part", "pas question", "pas encore", "pas de", "pas d'", "pas d’"))
        + r"|n(?<![\w-].)on(?![\w-])(?!\s+seulement)"
    ),
    "en": (
        _at_word_start(("not", "never", "none", "nobody", "nothing", "neither", "nor", "no longer", "no one", "cannot", "without"))
        + r"|n['’]t(?![\w])|n(?<!\w.)o(?![\w.-])(?!\s+(?:doubt|matter)\b)"
    ),
}
_NEGATION = {lang: re.compile(pattern) for lang, pattern in _NEGATION_PATTERNS.items()}
_NEGATION_ANY_CASE = {lang: re.compile(pattern, re.I) for lang, pattern in _NEGATION_PATTERNS.items()}


def is_negated(content: str, lang: str) -> bool:
    """True when the content is negated: ne … pas/plus/jamais, aucun, not, n't, never, no…"""
    if lang not in _NEGATION:
        return False
    low = lowered(content, 0, len(content))
    if low is None:
        return _NEGATION_ANY_CASE[lang].search(content) is not None
    return _NEGATION[lang].search(low) is not None
