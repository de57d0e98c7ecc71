"""The per-language lexicon the speaker phrases are read with (built once per language from
`lang/fr.py` / `lang/en.py`), and the folded forms names are compared by."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType

from claims.extract.regex_trie import trie_pattern


@lru_cache(maxsize=4096)
def folded_words(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in name.split())


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case- and accent-insensitive form."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(slots=True, eq=False)  # hashed by identity: one per language, cached
class Lexicon:
    titles: frozenset[str]
    roles: frozenset[str]  # folded
    organisations: frozenset[str]
    determiners: frozenset[str]
    bare_determiners: frozenset[str]  # determiners without their apostrophe ("l'" → "l")
    pronouns: frozenset[str]
    function_words: frozenset[str]
    stops: frozenset[str]
    role_pattern: re.Pattern
    adjectival_names: bool  # "Saudi officials": a capitalised adjective before a noun (English)
    companies: frozenset[str]  # folded common nouns for a company ("entreprise", "company")
    management: frozenset[str]  # folded words for a company's management ("direction")
    organisation_nouns: frozenset[str]  # folded nouns that introduce an organisation's name
    organisation_nouns_lower: frozenset[str]  # the same, lower case as written (a quick test)
    role_families: dict[str, frozenset[str]]  # folded role word → the folded words that can name the same person
    title_roles: dict[str, str]  # title as written, without its dot → the folded role it stands for
    organisation_pronouns: frozenset[str]  # "it": refers back to an organisation, never a person
    document_pattern: re.Pattern | None  # "un décompte de la préfecture": a document, then its author
    # Press epithets ("le chef de l'État", "l'intéressé") → folded words of the roles they stand for
    # (empty: whoever was just named).
    epithets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    singular_pronouns: frozenset[str] = frozenset()  # "she", "il": never a group
    party_labels: frozenset[str] = frozenset()  # folded party names that are no part of a person's name
    collective_heads: frozenset[str] = frozenset()  # "le cabinet de la ministre, X,": X is the minister's name
    exclusive_roles: frozenset[str] = frozenset()  # folded roles whose holder no other role word names
    led_bodies: dict[str, str] = field(default_factory=dict)  # "gouvernement" → "premier ministre" (folded)
    metonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Bercy" → names of the ministry
    portfolios: frozenset[str] = frozenset()  # folded words of an office's portfolio ("foreign", "affairs")
    named_works: frozenset[str] = frozenset()  # folded nouns of works part of a company's name ("conserverie")

    def names_someone(self, noun: str) -> bool:
        """Whether the folded NOUN names a person or a body: who may speak, or have a spokesperson."""
        return noun in self.roles or noun in self.organisations or noun in self.organisation_nouns


def _with_typographic_apostrophes(names: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """NAMES (a place → the bodies it stands for) written with "'" or "’": "le Quai d’Orsay", "ministère de l’Économie"."""
    both = {}
    for place, bodies in names.items():
        bodies = tuple(dict.fromkeys(body for written in bodies for body in (written, written.replace("'", "’"))))
        both[place] = both[place.replace("'", "’")] = bodies
    return both


@lru_cache(maxsize=None)
def lexicon(module: ModuleType) -> Lexicon:
    return Lexicon(
        frozenset(t.rstrip(".") for t in module.TITLES),
        frozenset(fold(r) for r in module.ROLE_WORDS),
        frozenset(fold(o) for o in module.ORGANISATION_WORDS),
        frozenset(fold(d) for d in module.DETERMINERS),
        frozenset(fold(d).rstrip("'’") for d in module.DETERMINERS),
        frozenset(module.PERSON_PRONOUNS),
        frozenset(module.CAPITALISED_FUNCTION_WORDS),
        frozenset(fold(w) for w in module.SPEAKER_PHRASE_STOPS),
        re.compile(
            r"(?:(?<![\w-])(?<!-[ld]['’])(?:vice-|co-|deputy-)?|(?<=\bex-))(?:" + trie_pattern({fold(r) for r in module.ROLE_WORDS}) + r")"
            + r"(?:-(?:" + trie_pattern({fold(r) for r in module.ROLE_WORDS}) + r"))?"  # "président-fondateur"
            + (r"(?:es|s)?" if module.__name__.endswith(".en") else r"s?") + r"(?![\w-])"  # ("witnesses", "coaches")
        ),
        module.__name__.endswith(".en"),
        frozenset(fold(w) for w in module.COMPANY_WORDS),
        frozenset(fold(w) for w in module.MANAGEMENT_WORDS),
        frozenset(fold(w) for w in module.ORGANISATION_NOUNS),
        frozenset(w.lower() for w in module.ORGANISATION_NOUNS),
        _role_families(module.ROLE_FAMILIES),
        {t: fold(r) for t, r in module.TITLE_ROLES.items()},
        frozenset(module.ORGANISATION_PRONOUNS),
        _document_pattern(module.DOCUMENT_WORDS, module.AUTHOR_PREPOSITIONS),
        {fold(k): tuple(fold(r) for r in v) for k, v in module.EPITHETS.items()},
        frozenset(module.SINGULAR_PERSON_PRONOUNS),
        frozenset(fold(p) for p in module.PARTY_LABELS),
        frozenset(fold(w) for w in module.COLLECTIVE_HEADS),
        frozenset(fold(w) for w in module.EXCLUSIVE_ROLES),
        {fold(k): fold(v) for k, v in module.LED_BODIES.items()},
        _with_typographic_apostrophes(module.METONYMS),
        portfolios=frozenset(fold(w) for w in module.OFFICE_PORTFOLIOS),
        named_works=frozenset(fold(w) for w in module.NAMED_WORKS),
    )


# "municipality figures reported by KUNA": whoever relays a document is not its author
# (nor, in French, who paid for it: "une étude commandée par la Commission")
_NO_RELAY = r"(?!(?:reported|carried|cited|quoted|seen|obtained|relayed|rapporté|cité|relayé|mandaté|commandé|commandité|financé)e?s?\s)"


# French: the day a document was adopted, between its participle and its agent ("adoptée lundi par").
# ("menée en septembre par": the month it was carried out)
_DAY = (r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|en\s+(?:janvier|février|mars|avril|mai|juin|juillet|août"
        r"|septembre|octobre|novembre|décembre|\d{4}))(?=\s+par\s))?")


def _document_pattern(documents, prepositions) -> re.Pattern | None:
    """A document noun (up to four words may precede it, one adjective follow it), then the
    preposition that introduces its author."""
    if not documents or not prepositions:
        return None
    words = trie_pattern(documents)  # (not a flat alternation, each of whose words is tried in turn)
    # (the words before the noun qualify the document: no preposition, which would make it part of a
    # body's name, "l'Institut pour l'étude de la neige")
    # (two more in lower case: "the most recent annual report of"; not "A Mountain State Spotlight analysis of", its author)
    free = r"(?!(?:pour|sur|for|on|into|of|by|at|from)\s)"
    lead = rf"(?:{free}[\w’'-]+\s+){{0,2}}?(?:{free}(?-i:[a-zà-ÿ])[\w’'-]*\s+){{0,2}}?"
    preps = "|".join(sorted((re.escape(p).replace("\\ ", r"\s+") for p in prepositions), key=len, reverse=True))
    return re.compile(
        # (French elides the article: "l'enquête de la brigade financière")
        # ("une résolution adoptée lundi par …": the day it was adopted)
        rf"^{lead}(?:[LlDd]['’])?(?:{words})(?:\s+{_NO_RELAY}[a-zà-ÿ-]+{_DAY})?\s+(?:{preps})(?<=\w)\s*(?P<author>\S.*)$"
        rf"|^{lead}(?:[LlDd]['’])?(?:{words})(?:\s+{_NO_RELAY}[a-zà-ÿ-]+{_DAY})?\s+(?:{preps})(?<=['’])(?P<author2>\S.*)$",
        re.IGNORECASE)


def _role_families(families) -> dict[str, frozenset[str]]:
    by_word: dict[str, frozenset[str]] = {}
    for family in families:
        words = frozenset(fold(w) for w in family)
        for word in words:
            by_word[word] = by_word.get(word, frozenset()) | words
    return by_word
