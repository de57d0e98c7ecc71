"""What borders a subject region but is no part of it: a French description opening the sentence before the
subject ("Interrogé par l'AFP, le maire …"), and the auxiliaries and clitics the region ends on before its verb."""

from __future__ import annotations

import re

from claims.extract.first_names import first_name_gender


_TRAILING_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|have|had|will|would|did|does|do|not|never|since|already|yet|is|are|was|were))+(?:\s+(?:long|repeatedly|consistently|often))?\s*$"
    # French clitics before the verb: "le ministère se veut …", "y affirme", "La présidente, X, lui fait remarquer"
    r"|(?:\s+(?:ne|n['’]|se|s['’]|y|lui|leur))+\s*$")
_AUXILIARY_WORDS = frozenset(("has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "do", "not", "never", "since",
                              "already", "yet", "se", "ne", "s'", "n'", "s’", "n’", "y", "lui", "leur",
                              "long", "repeatedly", "consistently", "often"))  # ("Analysts have long warned")
# English: a document, its author, then the participle saying when it came out ("A report by the Manitoba Ombudsman
# released yesterday found").
_DOCUMENT_PARTICIPLES = frozenset(("released", "published", "issued", "unveiled", "tabled"))
_DOCUMENT_THEN_PARTICIPLE_EN = re.compile(r"\b(?:report|study|survey|review|audit|analysis|assessment|letter|statement)\s+"
                                          r"(?:by|from|of)\s+[^,;]+\s+(?:" + "|".join(sorted(_DOCUMENT_PARTICIPLES)) + r")\s*$")
# A French adjective or participle opening the sentence before its subject ("Émue, l'autrice …",
# "Interrogé, le maire …"): feminine or plural forms, and the common masculine ones (names end in -é too).
FRONTED_ADJECTIVE_FR = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+(?:ée|ées|és|ue|ues|ante|antes|ive|ives|euse|euses)"
    r"|Interrogé|Contacté|Joint|Sollicité|Questionné|Interviewé|Ému|Déçu|Soulagé|Inquiet|Furieux|Prudent|Confiant|Satisfait|Présente?s?"
    # "Partie civile, un céréalier a raconté": the party to the case the speaker is
    r"|Partie\s+civile|Parties\s+civiles")
# A participle or "Présent" opening the sentence with its complement ("Saisi en référé par …,", "Présent à l'arrivée,").
FRONTED_PARTICIPLE_PHRASE_FR = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)|Présente?s?)\s+"
    # ("Interrogé mercredi par l'agence Belga, le ministre …": a day or a time before the agent)
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce\s+\w+)\s+)?(?:en|par|à|au|aux|pour|dans|sur|depuis|lors|de|du|des|d['’])[\s'’].*")


_DAY_AFTER_ADJECTIVE_FR = re.compile(r"\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)$")


def fronted_description_fr(phrase: str) -> bool:
    """French: PHRASE (up to the first comma of a sentence) describes the subject that follows it
    ("Présente lundi", "Interrogé par l'AFP", "Émue"), no subject of its own."""
    phrase = phrase.strip()
    if FRONTED_ADJECTIVE_FR.fullmatch(_DAY_AFTER_ADJECTIVE_FR.sub("", phrase, count=1)) is not None:
        return True
    return FRONTED_PARTICIPLE_PHRASE_FR.fullmatch(phrase) is not None and first_name_gender(phrase.split()[0]) is None


def without_trailing_auxiliaries(region: str) -> str:
    words = region.rsplit(None, 1)
    if len(words) == 2 and words[-1] in _DOCUMENT_PARTICIPLES and _DOCUMENT_THEN_PARTICIPLE_EN.search(region) is not None:
        return words[0]  # "A report by the Manitoba Ombudsman released yesterday found": when it came out
    if len(words) < 2 or words[-1] not in _AUXILIARY_WORDS:
        return region  # the common case, without a regex search
    return _TRAILING_AUXILIARIES.sub("", region)
