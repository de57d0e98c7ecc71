"""French descriptions that stand for a person the article already named: closed by an age ("la
jeune femme de 31 ans"), by an adjective of origin or allegiance ("le demi de mêlée toulousain"), or
a noun no role word names with its adjective ("le deuxième-ligne toulousain", "l'ancien pilier")."""

from __future__ import annotations

import re

from claims.extract.speakers import Lexicon, fold
from claims.extract.types import SpeakerRef

DEFINITE = re.compile(r"(?i:le|la|the|l['’])$")  # a definite article, as a word


# French adjectives of origin or allegiance that close a description of a person ("toulousain",
# "gallois", "socialiste").
_ORIGIN_ADJECTIVE = re.compile(r"(?:ais|aise|ois|oise|ien|ienne|ain|aine|ard|arde|iste|asque|elge|uisse|usse|gnol|gnole|mand|mande|"
                               r"rbe|oate|eque|ecque|urque|gare|ovene|een|eenne)$")  # (serbe, croate, tchèque, bulgare, coréen …)


_AGED_DESCRIPTION = re.compile(r"(?P<article>l['’]|le |la )[a-zà-ÿ -]+? de \d{1,3} ans$")


def aged_description_gender(mention, speaker: SpeakerRef, lex: Lexicon) -> str | None:
    """French: a definite description closed by an age ("la jeune femme de 31 ans", "le
    retraité de 72 ans") names someone already introduced: the gender its article gives ("f",
    "m"), "" when elided, None when MENTION is no such description."""
    if lex.adjectival_names or mention.name is not None or speaker.kind != "person":
        return None
    aged = _AGED_DESCRIPTION.search(mention.text.strip())
    if aged is None:
        return None
    return {"le ": "m", "la ": "f"}.get(aged.group("article").lower(), "")


def description_of_a_person(mention, speaker: SpeakerRef, lex: Lexicon) -> bool:
    """French: a definite description no role word heads, closed by an adjective of origin or
    allegiance ("le demi de mêlée toulousain", "l'ailier gallois", "le socialiste"): the press's
    name for the person it just quoted."""
    if lex.adjectival_names or mention.name is not None or speaker.name != mention.role or speaker.kind != "person":
        return False
    words = mention.text.split()
    if not words or not (DEFINITE.match(words[0]) or words[0][:2].lower() in ("l'", "l’")):
        return False
    role_words = mention.role.split()
    if not 1 <= len(role_words) <= 4 or not mention.role.islower() or fold(role_words[-1]).endswith(("s", "x")):
        return False
    first, described = fold(role_words[0]), fold(mention.role)
    if first in ("ancien", "ancienne") and len(role_words) >= 3:
        # "l'ancien international serbe": the description after "ancien"
        first, described = fold(role_words[1]), described.split(" ", 1)[1]
    if first in lex.roles or first in lex.organisations or first in lex.organisation_nouns or first in lex.collective_heads:
        return False
    if lex.role_pattern.match(described):
        return False  # "le premier ministre": a role
    return _ORIGIN_ADJECTIVE.search(fold(role_words[-1])) is not None


def epithet_unknown_as_role(role: str, lex: Lexicon) -> bool:
    """A French description whose noun is no role word, qualified by an adjective ("deuxième-ligne
    toulousain", "trentenaire bordelaise"); not a bare profession ("l'hydrologue": someone new)."""
    words = role.split()
    if lex.adjectival_names or len(words) != 2 or not role.islower():
        return False
    if fold(words[0]) in ("ancien", "ancienne") and not fold(words[1]).endswith(("s", "x")):
        # "l'ancien pilier", "l'ancienne ministre": what the person was
        return fold(words[1]) not in lex.organisations and fold(words[1]) not in lex.stops
    return fold(words[0]) not in lex.roles and fold(words[0]) not in lex.organisations and fold(words[1]) not in lex.stops
