"""Keys that identify a person's name across case, accents, titles and transliterations.

`name_key` links the French and English spellings of one name ("Vladimir Poutine" /
"Vladimir Putin", "Sergueï Choïgou" / "Sergei Shoigu", "Kim Jong-un" / "Kim Jong Un") by
reducing each word to a spelling skeleton, while keeping first names so that different
people who share a surname stay apart ("Joe Biden" / "Hunter Biden").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from claims.extract.lang import en, fr

_TITLES = frozenset(
    t.lower().rstrip(".")
    for t in (*fr.NAME_TITLES, *en.NAME_TITLES, *fr.TITLES, *en.TITLES)
)
_ARTICLES = frozenset(("le", "la", "les", "l", "the"))
_PARTICLES = frozenset(("de", "du", "des", "d", "le", "la", "von", "van", "der", "den", "ter", "da", "do", "dos", "di", "al", "el", "ben", "bin", "bint", "binti", "anak", "ibn", "abu", "mac", "st", "ag", "ould"))
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
_CONJUNCTIONS = frozenset(("and", "et"))
# Family names written first: "Kim Jong-un", "Xi Jinping", "Moon Jae-in".
_SURNAME_FIRST = frozenset((
    "kim", "lee", "park", "pak", "choi", "choe", "jung", "jeong", "kang", "cho", "yoon", "yun",
    "jang", "lim", "han", "oh", "shin", "seo", "kwon", "hwang", "ahn", "song", "hong", "moon",
    "ri", "xi", "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou",
    "hu", "wen", "deng", "mao", "jiang", "qin", "han", "ma",
))

_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|an)-")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_CUT = re.compile(r"[,(;:]")
# A nickname in quotation marks between first name and surname ("Gerard ‘Gerry’ Lynch"): not a name part.
_NICKNAME = re.compile(r"\s[‘“'\"][^\s‘’“”'\"]+(?:\s[^\s‘’“”'\"]+)?[’”'\"](?=\s)")
_SPACES = re.compile(r"\s+")
# Spelling rules applied in order to each word (lower case, no accents). They map French
# transliteration habits onto English ones: tch→ch→sh, ou→u, gue→ge, y→i, zh→j, x→ks.
# Each rule comes with letters it needs, so that most rules are skipped with a cheap `in`.
_SKELETON_RULES = (
    ("tch", re.compile(r"tch"), "ch"),
    ("sch", re.compile(r"sch"), "sh"),
    ("ch", re.compile(r"ch"), "sh"),
    ("zh", re.compile(r"zh"), "j"),
    ("dj", re.compile(r"dj"), "j"),
    ("ou", re.compile(r"ou"), "u"),
    ("gu", re.compile(r"gu(?=[ei])"), "g"),
    ("x", re.compile(r"(?<=.)x"), "ks"),
    ("ph", re.compile(r"ph"), "f"),
    ("w", re.compile(r"w"), "v"),
    ("y", re.compile(r"y"), "i"),
    ("ie", re.compile(r"^ie"), "e"),
    ("e", re.compile(r"(?<=[aeiou])e$"), ""),
    ("e", re.compile(r"(?<=[^aeiou])e$"), ""),
    ("", re.compile(r"(.)\1+"), r"\1"),
)


def fold(text: str) -> str:
    """Lower case, accents removed, typographic apostrophes and spaces unified."""
    if text.isascii():  # nothing to decompose or replace
        return _SPACES.sub(" ", text.casefold()).strip()
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("\u2011", "-"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def alias_key(text: str) -> str:
    """Case- and accent-insensitive key of a surface form ("Peskov" == "peskov")."""
    return fold(text)


def _skeleton(word: str) -> str:
    word = _ARABIC_ARTICLE.sub("", word).replace("-", "").replace("'", "")
    for needed, pattern, repl in _SKELETON_RULES:
        if needed in word:
            word = pattern.sub(repl, word)
    return word


def _is_lower_word(token: str) -> bool:
    """A common word rather than part of a name ("al-Assad" counts as a name part)."""
    return token[:1].islower() and not token.rsplit("-", 1)[-1][:1].isupper()


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name with titles, roles and suffixes removed."""
    name = _CUT.split(name, 1)[0]
    if "‘" in name or "“" in name or "'" in name or '"' in name:
        name = _NICKNAME.sub("", name)
    tokens = [t.rstrip(".") for t in _TOKEN.findall(name)]
    # Drop the leading role/title words: "le président russe Vladimir Poutine", "M. Kim".
    while tokens:
        first = fold(tokens[0])
        following = tokens[1] if len(tokens) > 1 else ""
        if first in _TITLES or (_is_lower_word(tokens[0]) and first not in _PARTICLES):
            tokens.pop(0)
        elif first in _ARTICLES and following and (fold(following) in _TITLES or _is_lower_word(following)):
            tokens.pop(0)
        elif "'" in first and first.split("'", 1)[0] in ("l", "d") and len(tokens) > 1:
            tokens.pop(0)
        else:
            break
    while tokens and fold(tokens[-1]) in _SUFFIXES:
        tokens.pop()
    # Lower-case words after the name proper ("Poutine lui-même") are not part of it, unless
    # they join others to the person ("Donald Trump and his supporters" is not Donald Trump).
    words = [fold(t) for t in tokens]
    end = len(words)
    while end > 1 and _is_lower_word(tokens[end - 1]) and words[end - 1] not in _PARTICLES:
        end -= 1
    if not _CONJUNCTIONS.intersection(words[end:]):
        del words[end:]
    return tuple(words)


def _group(words: tuple[str, ...]) -> list[str]:
    """Words grouped into name parts: particles join the next word ("le pen" → one part)."""
    parts: list[str] = []
    pending = ""
    for i, word in enumerate(words):
        if word in _PARTICLES and i < len(words) - 1:
            if word not in ("al", "el"):
                pending += word
            continue
        parts.append(pending + word)
        pending = ""
    if len(parts) == 3 and parts[0] in _SURNAME_FIRST and len(parts[1]) <= 5 and len(parts[2]) <= 5:
        parts = [parts[0], parts[1] + parts[2]]  # "Kim Jong Un" → "kim jongun"
    return parts


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Key of a full name: "Vladimir Poutine" and "Vladimir Putin" → "vladimir putin"."""
    parts = _group(_name_words(name))
    if not parts:
        return fold(name)
    return " ".join(_skeleton(p) for p in parts)


@lru_cache(maxsize=65536)
def surname_key(name: str) -> str:
    """Key of the family name alone: equal to `name_key` of the surname ("Putin")."""
    parts = _group(_name_words(name))
    if not parts:
        return fold(name)
    if len(parts) > 1 and parts[0] in _SURNAME_FIRST:
        return _skeleton(parts[0])
    return _skeleton(parts[-1])


_DETERMINERS = frozenset(("le", "la", "les", "l", "the", "a", "an", "un", "une"))
_COURTESY_TITLES = frozenset(fold(t).rstrip(".") for t in (*fr.TITLES, *en.TITLES))


def _is_personal_name(name: str) -> bool:
    """Capitalised words and particles only ("Jean-Yves Le Drian"), not a role phrase."""
    tokens = [t.rstrip(".") for t in _TOKEN.findall(_CUT.split(name, 1)[0])]
    words = [t for t in tokens if fold(t) not in _COURTESY_TITLES]
    if not words or all(_is_lower_word(t) for t in words):
        return False
    return all(not _is_lower_word(t) or fold(t) in _PARTICLES for t in words)


def phrase_key(text: str) -> str:
    """Key of an organisation or a role phrase: folded, leading article dropped ("la NASA" → "nasa")."""
    words = fold(text).replace("'", " ").split()
    while len(words) > 1 and words[0] in _DETERMINERS:
        words.pop(0)
    return " ".join(words)


_ORGANISATION_KEYS = {phrase_key(name): key for name, key in (*fr.ORGANISATION_KEYS.items(), *en.ORGANISATION_KEYS.items())}


def known_organisation_key(name: str) -> str | None:
    """The key a body's French and English names share ("l'OMS", "the World Health Organization"
    → "world health organization"), None for a body neither language's list knows."""
    return _ORGANISATION_KEYS.get(phrase_key(name))


def organisation_key(name: str) -> str:
    """`known_organisation_key`, else the name's phrase key."""
    key = phrase_key(name)
    return _ORGANISATION_KEYS.get(key, key)


def legacy_organisation_keys(name: str) -> tuple[str, ...]:
    """The keys a body's row may carry in a database filled before its names were listed (each
    listed name's phrase key: "organisation mondiale de la sante", "oms", …), `organisation_key` first."""
    key = organisation_key(name)
    return (key, *sorted(_NAMES_OF_ORGANISATION.get(key, set()) - {key}))


_NAMES_OF_ORGANISATION = {key: {name for name, its in _ORGANISATION_KEYS.items() if its == key}
                          for key in set(_ORGANISATION_KEYS.values())}


@lru_cache(maxsize=65536)
def speaker_key(name: str, kind: str = "person") -> str:
    """Database key of a speaker: `name_key` for a person's name, `organisation_key` for a body
    ("l'OMS" and "the World Health Organization" are one), `phrase_key` otherwise.

    Role phrases and organisations keep all their words: "One of the children" and
    "One interviewee" stay two speakers.
    """
    if kind == "person" and _is_personal_name(name):
        return name_key(name)
    if kind == "organisation":
        return organisation_key(name)
    return phrase_key(name)
