"""French: "l'exploitant", "la société" closing a sentence that opens on a company's name ("EDF a déclaré …
un événement significatif …, a indiqué jeudi l'exploitant"): the company the sentence is about; "l'autorité
administrative indépendante", "l'agence fédérale" for the public body a sentence opens on."""

from __future__ import annotations

import re

from claims.extract.first_names import is_first_name
from claims.extract.names import fold
from claims.extract.speakers import Lexicon
from claims.extract.subject_only_fr import opening_subject_fr

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
# A public body by its kind and adjectives alone: "l'autorité administrative indépendante", "l'agence fédérale".
_PUBLIC_BODY_EPITHET = re.compile(r"l['’](?:autorité|agence|organisme|institution|instance)(?:[ \u00a0]+(?!d[eu]s?\b)[a-zà-ÿ-]{3,}){1,3}")
# "Selon", "D'après" opening a sentence: the epithet then stands for the body the sentence before opens on.
_SOURCE_OPENING = re.compile(r"\s*(?:Selon|D['’]après)[ \u00a0]")
# Spaces and dashes opening a sentence ("5 décembre 2012. - La Commission …": the dateline's dash).
_DASHES = re.compile(r"[\s\-–—]*")


def company_opening_sentence(text: str, mention_text: str, position: int) -> str | None:
    """The name opening the sentence of a claim whose source is "l'exploitant" or another company
    noun closing it, else None."""
    if fold(mention_text.strip()).replace("’", "'") not in _COMPANY_NOUNS:
        return None
    start = _sentence_start(text, position)
    named = _NAME_THEN_VERB.match(text, start, position) or _SITE_OF_COMPANY.search(text, start, position)
    return named.group("name") if named is not None else None


def body_opening_sentence(text: str, mention_text: str, position: int, lex: Lexicon) -> str | None:
    """The named body opening the sentence whose source is a public body's epithet closing it ("La CNIL a
    infligé …, a annoncé mardi l'autorité administrative indépendante"), or opening the next one ("Environnement
    Canada avait émis … Selon l'agence fédérale, …"), else None."""
    if _PUBLIC_BODY_EPITHET.fullmatch(mention_text.strip()) is None:
        return None
    start = _sentence_start(text, position)
    if _SOURCE_OPENING.match(text, start):
        end = start
        start = _sentence_start(text, max(0, end - 2))
    else:
        end = position
    start = _DASHES.match(text, start).end()
    subject = opening_subject_fr(text, start, end, lex)[1]
    if subject is not None and not subject.pronoun and subject.name and subject.organisation:
        return subject.name
    named = _NAME_THEN_VERB.match(text, start, end)  # "Environnement Canada avait émis …": a name without its article
    return named.group("name") if named is not None and " " in named.group("name") \
        and not is_first_name(named.group("name").split()[0]) else None


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding POSITION starts (looking back 600 characters at most)."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, max(0, position - 600), position)), default=0)
