"""French role phrases and their fullest form: "la ministre" written in full earlier as "la
ministre des Ressources naturelles et des Forêts" is that role, so "son attaché de presse" after
"La ministre doit …" is "attaché de presse de la ministre des Ressources naturelles et des Forêts"."""

from __future__ import annotations

import re
from functools import lru_cache

# A role's chain of complements: "de la Mobilité", "des Ressources naturelles et des Forêts".
_COMPLEMENTS = (
    r"(?:[ \u00a0]+[a-zà-ÿ-]+(?=[ \u00a0]+(?:de|du|des|d['’])))?"
    r"(?:[ \u00a0]+(?:et[ \u00a0]+)?(?:(?:de|du|des)[ \u00a0]+|d['’])(?:la[ \u00a0]+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*"
    r"(?:[ \u00a0]+[a-zà-ÿ-]+(?=[ \u00a0]+(?:et|de|du|des)[ \u00a0]))?)+")


# A sentence opening with a definite role and no name, the role keeping an adjective and its chain
# of complements: "Le chef de l'État entend …", "Le ministre wallon de la Mobilité a réagi".
ROLE_OPENING = re.compile(
    r"(?P<article>Le |La |L['’])(?P<role>[a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ-]+(?=\s+(?:de|du|des|d['’])))?"
    r"(?:\s+(?:et\s+)?(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[\wÀ-ÿ'’-]+(?:\s+[a-zà-ÿ-]+(?=\s+(?:et|de|du|des)\s))?){0,4})"
    r"\s+[a-zà-ÿ]")
# Who speaks for the person or body of a possessive ("son attaché de presse", "sa porte-parole"), as
# opposed to a relation of theirs ("son homologue", "sa mère"), who is someone else. Folded.
STAFF_ROLES = frozenset((
    "porte-parole", "attache", "attachee", "conseiller", "conseillere", "directeur", "directrice", "chef", "cheffe",
    "secretaire", "collaborateur", "collaboratrice", "charge", "chargee", "avocat", "avocate", "representant",
    "representante", "delegue", "deleguee", "responsable"))
# "de la ministre", "du ministre", "d'Anne Roux": the preposition, then the owner.
_OF_OWNER = re.compile(r"(?P<of>du |de la |de l['’]|des |de |d['’])(?P<owner>.+)", re.DOTALL)


@lru_cache(maxsize=128)
def _role_with_complements(role: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(role)}{_COMPLEMENTS}")


def fullest_role(text: str, role: str) -> str:
    """ROLE ("ministre") with the longest chain of capitalised complements the article gives it,
    when every such form is a start of that longest one; else ROLE as it is."""
    forms = {m.group().replace("\u00a0", " ") for m in _role_with_complements(role).finditer(text)}
    if not forms:
        return role
    longest = max(forms, key=len)
    return longest if all(longest.startswith(f) for f in forms) else role


def of_fullest_role(text: str, owner: str) -> str:
    """"de la ministre" → "de la ministre des Ressources naturelles et des Forêts" (`fullest_role`);
    an owner that is a name stays as it is."""
    of = _OF_OWNER.fullmatch(owner)
    if of is None or not of.group("owner")[:1].islower():
        return owner
    return of.group("of") + fullest_role(text, of.group("owner"))
