"""French: the gender a role phrase gives its holder ("la maire", "présidente", "veuve") and the
civil titles before a name ("Mme X")."""

from __future__ import annotations

import re

from claims.extract.speaker_lexicon import Lexicon, fold

TITLE_GENDERS = {"Mme": "f", "Mlle": "f", "M": "m"}
CIVIL_TITLE_BEFORE = re.compile(r"(?<![\w.])(Mme|Mlle|M)\.?[ \u00a0]+$")
_DETERMINER_GENDERS = {"la": "f", "une": "f", "cette": "f", "l'une": "f", "sa": "f",
                       "le": "m", "un": "m", "ce": "m", "cet": "m", "l'un": "m", "son": None}


def determiner_gender(word: str) -> str | None:
    """French: "f" or "m" for a folded determiner that shows its noun's gender ("la", "un"), else None."""
    return _DETERMINER_GENDERS.get(word)


def role_phrase_gender(words_before: list[str], role: str, lex: Lexicon) -> str | None:
    """French: the gender a role phrase gives its holder, by its determiner ("la maire") or the
    form of its role word ("présidente")."""
    for word in reversed(words_before):
        folded = fold(word).replace("’", "'")
        if folded == "l'" or folded.startswith("l'") and folded not in _DETERMINER_GENDERS:
            break  # "a confirmé ce mardi l'échevine": the elided article hides it (not "ce")
        if folded in _DETERMINER_GENDERS:
            if _DETERMINER_GENDERS[folded] is not None:
                return _DETERMINER_GENDERS[folded]
            break
    head = fold(role).split()[0] if role.strip() else ""
    if head.endswith("s") and head[:-1] in lex.roles:
        head = head[:-1]  # "l'une des fondatrices"
    return role_gender(head, lex)


FEMININE_ROLES = frozenset(fold(w) for w in (
    "mère", "veuve", "épouse", "fille", "reine", "sœur", "mairesse", "belle-sœur", "belle-mère", "belle-fille", "tante",
    "nièce", "cousine", "grand-mère", "petite-fille", "compagne", "conjointe"))
MASCULINE_ROLES = frozenset(fold(w) for w in (
    "père", "mari", "fils", "roi", "frère", "beau-frère", "beau-père", "gendre", "oncle", "neveu", "cousin", "grand-père",
    "petit-fils", "compagnon", "conjoint"))
# Kin: who someone is to another ("la sœur du disparu"), never an office or a trade they hold.
KIN_ROLES = (FEMININE_ROLES | MASCULINE_ROLES) - {"reine", "roi", "mairesse"}
# French feminine endings and the masculine ones they pair with ("directrice" / "directeur").
_FEMININE_ENDINGS = (("rice", "eur"), ("euse", "eur"), ("ienne", "ien"), ("ere", "er"), ("e", ""))


def role_gender(role: str, lex: Lexicon) -> str | None:
    """French: "f" or "m" when the folded role word's form says it ("présidente" beside
    "président", "veuve"), None for a word of both genders ("ministre", "porte-parole")."""
    if role in FEMININE_ROLES:
        return "f"
    if role in MASCULINE_ROLES:
        return "m"
    for feminine, masculine in _FEMININE_ENDINGS:
        if role.endswith(feminine) and role[:len(role) - len(feminine)] + masculine in lex.roles:
            return "f"
        if (not masculine or role.endswith(masculine)) and role[:len(role) - len(masculine)] + feminine in lex.roles:
            return "m"
    return None


# The gender of the nouns French bodies are named by ("le conseil de surveillance" … "elle" is not it).
_BODY_NOUN_GENDERS = {
    **dict.fromkeys(("conseil", "ministere", "gouvernement", "syndicat", "parquet", "tribunal", "comite", "groupe",
                     "collectif", "office", "institut", "centre", "hopital", "cabinet", "departement", "service",
                     "constructeur", "fabricant", "laboratoire", "operateur"), "m"),
    **dict.fromkeys(("agence", "association", "mairie", "prefecture", "direction", "commission", "societe", "entreprise",
                     "federation", "ville", "region", "communaute", "autorite", "police", "gendarmerie", "cour",
                     "confederation", "coordination", "intersyndicale", "municipalite", "metropole", "accusation",
                     "defense", "compagnie", "banque", "firme", "cooperative", "mutuelle", "enseigne", "chambre", "chaine"), "f"),
}


def body_gender(name: str) -> str | None:
    """French: "m" or "f" for a body named by a noun whose gender is known ("conseil de surveillance")."""
    words = fold(name).split()
    if len(words) > 1 and words[0] in ("haut", "haute"):
        words = words[1:]  # "la Haute Cour", "le Haut Conseil": the noun's gender
    return _BODY_NOUN_GENDERS.get(words[0]) if words else None


def body_genders(name: str, mention: str | None) -> set[str]:
    """French: the genders a pronoun may take for a body named NAME that the text called MENTION ("la
    direction de l'établissement", resolved to "centre hospitalier de X": "elle" or "il")."""
    words = fold(mention or "").replace("’", "'").split()
    if words and words[0] in ("le", "la"):
        words = words[1:]
    elif words and words[0].startswith("l'"):
        words[0] = words[0][2:]
    return {g for g in (body_gender(name), body_gender(" ".join(words))) if g is not None}
