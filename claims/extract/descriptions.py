"""Speakers an article describes rather than names: "police", "officials", "Many residents",
"Ministry of Health", "le gouvernement", "source proche du dossier", "his office".

Such a phrase means whoever the article is about: "police" in a story from Lima and in one from
Oslo are two speakers, and so are two stories' "Ministry of Health". The database keeps one
speaker per article for each description (`claims.store.speakers`), where a name — "Dmitri
Peskov", "Reuters", "Chinese authorities", "parquet de Paris" — is one speaker across articles.

A phrase is a description when none of its words is a proper name: every capitalised word is a
common word of either language (a role, a body, a document, a portfolio, a quantifier), and no
lower-case word is a French nationality ("le ministère italien de la Culture" is Italy's).
Names are also: listed international bodies ("Organisation mondiale de la santé"), and a body
noun capitalised before lower-case words, which is how French writes an official name
("Fédération internationale de ski", "Parquet fédéral", "Ligue arabe").
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.lang import en, fr
from claims.extract.names import fold, known_organisation_key


def _common_words() -> frozenset[str]:
    words: set[str] = set()
    for lang in (en, fr):
        lower_only = (w for w in lang.ORGANISATION_WORDS if w[:1].islower())
        for group in (lang.ROLE_WORDS, lang.DOCUMENT_WORDS, lang.COMPANY_WORDS, lang.MANAGEMENT_WORDS,
                      lang.ORGANISATION_NOUNS, lang.COLLECTIVE_HEADS, lang.OFFICE_PORTFOLIOS,
                      lang.DESCRIPTION_WORDS, lang.DETERMINERS, lang.FUNCTION_WORDS, lang.NUMBER_WORDS,
                      lower_only):
            for phrase in group:
                words.update(fold(phrase).replace("'", "' ").split())
    return frozenset(words)


_COMMON = _common_words()
_BODY_HEADS = frozenset(
    fold(w) for lang in (en, fr)
    for w in (*lang.ORGANISATION_WORDS, *lang.ORGANISATION_NOUNS, *lang.COMPANY_WORDS, *lang.MANAGEMENT_WORDS,
              *lang.COLLECTIVE_HEADS)
)
_GRAMMAR = frozenset(fold(w).rstrip("'") for lang in (en, fr) for w in (*lang.DETERMINERS, *lang.FUNCTION_WORDS)) | {
    "de", "d", "en", "in", "on"}
_TOKEN = re.compile(r"[^\W_][\w'’.&-]*")
_ELISION = re.compile(r"^(?:[ldjmnst]|qu)'", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s?$")
# Endings of French nationality adjectives ("italien", "russe", "française", "américain").
_NATIONALITY = re.compile(
    r"(?:ien|ienne|ais|aise|ois|oise|ain|aine|and|ande|ole|een|eenne|usse|ec|ecque|ote|ene|isse)s?$"
)
# Lower-case words with those endings that are not nationalities.
_NOT_NATIONALITIES = frozenset((
    "ancien", "ancienne", "anciens", "quotidien", "quotidienne", "certain", "certaine", "prochain",
    "prochaine", "humain", "humaine", "urbain", "urbaine", "jamais", "mais", "frais", "rural",
    "gardien", "gardienne", "moyen", "moyenne", "lien", "soutien", "entretien", "citoyen", "citoyenne",
    "riverain", "riveraine", "souverain", "terrain", "demain", "syndicat", "proche", "proches",
    "commerçant", "quartier",
))


def _singulars(word: str) -> tuple[str, ...]:
    """WORD and the singulars it may be the plural of ("authorities", "bureaux", "généraux")."""
    found = [word]
    if word.endswith("ies"):
        found.append(word[:-3] + "y")
    if word.endswith("aux"):
        found.append(word[:-3] + "al")
    if word.endswith("es"):
        found.append(word[:-2])
    if word.endswith(("s", "x")):
        found.append(word[:-1])
    return tuple(found)


@lru_cache(maxsize=16384)
def is_description(name: str) -> bool:
    """True when NAME describes a speaker without naming one ("police", "Local authorities",
    "ministère de la Santé"); False for a name ("Reuters", "Chinese authorities", "Kim")."""
    if not name or known_organisation_key(name):
        return False
    words = []
    for token in _TOKEN.findall(name.replace("’", "'")):
        token = _POSSESSIVE.sub("", _ELISION.sub("", token)).strip(".'-&")
        if not token:
            continue
        if token.isdigit():
            continue  # "vigneron de 58 ans"
        if not token.replace("-", "").isalpha():
            return False  # "G7", "COP28"
        word = fold(token)
        if token[:1].isupper():
            if not any(w in _COMMON for w in _singulars(word)):
                return False
        elif _NATIONALITY.search(word) and word not in _NOT_NATIONALITIES and word not in _COMMON:
            return False
        words.append((token, word))
    if not words:
        return False
    first, head = words[0]
    return not (first[:1].isupper() and head in _BODY_HEADS
                and any(t[:1].islower() and w not in _GRAMMAR for t, w in words[1:]))
