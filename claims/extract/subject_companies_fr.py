"""French: "l'exploitant", "la société" closing a sentence that opens on a company's name ("EDF a déclaré …
un événement significatif …, a indiqué jeudi l'exploitant"): the company the sentence is about."""

from __future__ import annotations

import re

from claims.extract.names import fold

_COMPANY_NOUNS = frozenset(("l'exploitant", "l'entreprise", "la societe", "le groupe", "l'operateur", "le constructeur",
                            "l'industriel", "l'energeticien"))
# A sentence opening on a name (maybe after its kind: "La fonderie Arvalp"), then its verb.
_NAME_THEN_VERB = re.compile(
    r"(?:(?:La|Le|L['’])\s*[a-zà-ÿ]+\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*){0,4})"
    r"\s+(?:a|va|vient|avait|est|sera|doit|prévoit|compte|entend)\s")
# (or the company whose works the sentence is about: "La mise en service de l'usine de batteries d'Artésia Batteries …")
_SITE_OF_COMPANY = re.compile(
    r"\b(?:usine|site|entrepôt|chantier|magasin|filiale)\s+(?:de\s+[a-zà-ÿ]+\s+)?(?:de\s+|d['’]|du\s+)"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*){1,3}|[A-Z]{2,}\b)")  # (not "l'usine de Liévin": a town)
_SENTENCE_END = re.compile(r"[.!?…»]\s+|\n")


def company_opening_sentence(text: str, mention_text: str, position: int) -> str | None:
    """The name opening the sentence of a claim whose source is "l'exploitant" or another company
    noun closing it, else None."""
    if fold(mention_text.strip()).replace("’", "'") not in _COMPANY_NOUNS:
        return None
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, position - 600), position)), default=0)
    named = _NAME_THEN_VERB.match(text, start, position) or _SITE_OF_COMPANY.search(text, start, position)
    return named.group("name") if named is not None else None
