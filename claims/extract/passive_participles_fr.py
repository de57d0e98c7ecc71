"""French: a reporting verb's bare past participle that reports nothing: in a passive or adjectival use
("le coût, estimé à 1,2 milliard", "les travaux promis"), or a noun after its article ("l'accusé")."""

from __future__ import annotations

import re


# A French past participle agreeing with a noun (feminine or plural) is passive, not a reporting verb.
_AGREED_PARTICIPLE = re.compile(r"(?:ée|ées|és)$")
# "le coût des travaux, estimé à 1,2 milliard": a participle with its amount or agent, no speech.
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:le|la|les|un|une|des|du|au|aux)\s+|\b[lL]['’])$", re.IGNORECASE)
_AMOUNT_OR_AGENT_NEXT = re.compile(
    r"\s+(?:à\s+(?:\d|environ|près|plus|moins|quelque)"
    r"|par\s(?!écrit|téléphone|courriel|e-mail|mail|communiqué|la\s+suite|ailleurs|voie\s+de))")  # (not "précisé par écrit que")


def qualifying_participle(text: str, cue) -> bool:
    """"a jugé le tarif annoncé « hors de portée »": a French bare participle right after a determiner and its
    noun qualifies the noun (not "le projet critiqué par le maire : « … »", whose agent speaks)."""
    return cue.group("aux") is None and not cue.group("pron") and cue.group("verb").lower().endswith("é") \
        and _DETERMINER_NOUN_BEFORE.search(text, max(0, cue.start() - 30), cue.start()) is not None \
        and _AGENT_NEXT.match(text, cue.end()) is None


def participle_as_noun(text: str, cue, language: str) -> bool:
    """"l'accusé « ne pouvait ignorer … »": a French participle after an article is a noun, no cue."""
    return language == "fr" and cue.group("aux") is None and not cue.group("pron") \
        and cue.group("verb").lower().endswith(("é", "ée", "és", "ées")) \
        and _ARTICLE_BEFORE.search(text, max(0, cue.start() - 5), cue.start()) is not None  # (not "l'affirme")


# A determiner and its noun right before: "le tarif annoncé", "ce chiffre avancé".
_DETERMINER_NOUN_BEFORE = re.compile(r"(?:\b(?:le|la|les|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s+|\b[lL]['’])"
                                     r"[a-zà-ÿ]{3,}\s+$")
_AGENT_NEXT = re.compile(r"\s+par\s")
BARE_IRREGULAR_PARTICIPLES = frozenset(("promis", "écrit", "prédit", "décrit"))
# A noun right before (not a subject pronoun, a relative or an auxiliary's clitic): "les travaux d'isolation promis".
_NOUN_BEFORE_FR = re.compile(r"(?<![\w-])(?!(?:qui|que|il|elle|on|ils|elles|nous|vous|je|tu|a|ont|avait|en|y|lui|leur|se|s)\s)"
                             r"[a-zà-ÿ]{3,}\s+$")


def passive_participle(text: str, cue, language: str) -> bool:
    """A French cue that is a bare past participle in a passive, adjectival or noun use ("confiée à la
    brigade", "estimé à 1,2 milliard", "l'accusé"), not an elided "et (a) précisé que"."""
    if language != "fr" or cue.group("aux") is not None or cue.group("pron"):
        return False
    verb = cue.group("verb").lower()
    if participle_as_noun(text, cue, language):
        return True
    if verb in BARE_IRREGULAR_PARTICIPLES and _NOUN_BEFORE_FR.search(text, max(0, cue.start() - 30), cue.start()) is not None:
        return True  # "les travaux d'isolation promis pour 2025": a participle qualifying the noun, no one promising
    if qualifying_participle(text, cue):
        return True
    return _AGREED_PARTICIPLE.search(verb) is not None or (
        verb.endswith("é") and _AMOUNT_OR_AGENT_NEXT.match(text, cue.end()) is not None)
