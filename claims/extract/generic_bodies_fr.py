"""French generic nouns for a body ("l'entreprise", "le club", "l'organisme", "l'établissement",
"la fédération") stand for the body the article named: the one whose capitalised name that noun
heads ("la Fédération gabonaise de rugby"), else the body opening the nearest sentence before (in
this paragraph or the one before), else the body the article's first paragraph opens on. A
document or a bare noun speaks as that body ("selon les statistiques de la fédération"); a person
or a group of it keeps its noun ("un médecin du club" → "médecin du Stade nantais")."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.lang import fr as french
from claims.extract.organisation_heads_fr import fuller_name_pattern, whole_name
from claims.extract.speakers import fold
from claims.extract.types import SpeakerRef

_GENERIC_NOUNS = ("entreprise", "société", "club", "organisme", "établissement", "fédération", "groupe", "compagnie")
# A mention ending on a generic noun with its definite article ("le communiqué de l'organisme").
_ENDS_ON_GENERIC = re.compile(
    r"^(?P<before>.*?)(?:(?P<of>\b(?:du|de la|de l['’]|des)\s*)|^(?:[Ll]e|[Ll]a|[Ll]['’])\s*)"
    r"(?P<noun>" + "|".join(_GENERIC_NOUNS) + r")$")
_DOCUMENTS = frozenset(fold(w) for w in french.DOCUMENT_WORDS)
_LEADING_DETERMINER = re.compile(r"^(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?|[Ss]on|[Ss]a|[Ss]es)\s*")
# A body opening a sentence (after a fronted adjunct, maybe), then its verb: "Le CHU de Rennes
# indique", "L'Agence mondiale (AMA) a annoncé", "Transports Girard en a informé".
_BODY_OPENING = re.compile(
    r"(?:[-–—]\s+)?(?:[^,.;«»\n]{1,50},\s+)?(?P<article>Le |La |Les |L['’])?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:[a-zà-ÿ'’-]+|[A-ZÀ-ÖØ-Þ][\w'’-]*)){0,6}?"
    # after an article, a lower-case head completed by a place: "Le centre hospitalier de Dax"
    r"|(?(article)[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){0,2}?\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-Þ][\w'’-]*|(?!)))"
    r"(?:\s*\([^)]{1,15}\))?\s+(?=(?:a|ont|est|sont|avait|en\s+a|se|s['’]\w+|n['’]|ne|indique|annonce|affirme|assure|"
    r"précise|confirme|estime|explique|dénonce|juge|prévoit|réclame|souligne)\b)")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?»]\s)|(?<=\n))", re.MULTILINE)
_ROLES = frozenset(fold(w) for w in french.ROLE_WORDS)
_NOT_NAME_STARTS = frozenset(fold(w) for w in french.DETERMINERS + french.CAPITALISED_FUNCTION_WORDS + french.PERSON_PRONOUNS)
_COMPANY_NOUNS = frozenset(("entreprise", "société", "groupe", "compagnie"))
# Public bodies: never what "l'entreprise" stands for.
_PUBLIC_HEADS = frozenset((
    "tribunal", "cour", "parquet", "ministere", "prefecture", "mairie", "gouvernement", "police", "gendarmerie",
    "justice", "conseil", "commission", "agence", "autorite", "ville", "commune", "municipalite", "region",
    "departement", "etat", "syndicat", "assemblee", "senat"))
_OF_ARTICLE = {"Le ": "du ", "La ": "de la ", "Les ": "des ", "L'": "de l'", "L’": "de l’"}
_VOWEL_START = re.compile(r"^[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Üaeiouyh]")


def _is_body(found: re.Match) -> bool:
    """A name with an article ("Le CHU de Lyon") or a lower-case word ("Produits forestiers X") is
    a body's; two capitalised words alone may be a person's."""
    words = found.group("name").split()
    if fold(words[0]).split("'")[0] in _NOT_NAME_STARTS:
        return False  # "Les voyageurs", "Ce groupe"
    return bool(found.group("article")) or any(w[:1].islower() for w in words[1:])


def _bodies_opening_sentences(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    bodies = []
    for sentence in _SENTENCE_START.finditer(text, start, end):
        found = _BODY_OPENING.match(text, sentence.start(), end)
        if found is not None and _is_body(found) and fold(found.group("name").split()[0]) not in _DOCUMENTS:
            bodies.append((found.start("name"), found.group("name"), found.group("article") or ""))
    return bodies


def _body_for(text: str, noun: str, position: int, paragraph: int, paras) -> tuple[str, str] | None:
    found = _body_of_any_kind(text, noun, position, paragraph, paras)
    if found is not None and noun in _COMPANY_NOUNS and fold(found[0].split()[0]) in _PUBLIC_HEADS:
        return None
    return found


def _body_of_any_kind(text: str, noun: str, position: int, paragraph: int, paras) -> tuple[str, str] | None:
    whole = whole_name(fuller_name_pattern(noun[:1].upper() + noun[1:]), text)
    if whole is not None:
        at = text.find(whole)
        article = next((a for a in _OF_ARTICLE if text.endswith(a.lower(), 0, at) or text.endswith(a, 0, at)), "")
        return whole, article
    before = _bodies_opening_sentences(text, paras[max(0, paragraph - 1)][0], position)
    if before:
        return before[-1][1], before[-1][2]
    first = next((i for i, (s, e) in enumerate(paras[:paragraph]) if _bodies_opening_sentences(text, s, e)), None)
    if first is not None and first < paragraph:
        body = _bodies_opening_sentences(text, *paras[first])[0]
        return body[1], body[2]
    return None


# A company introduced by its kind: "le groupe Vantel", "la société Fromageries X", "le constructeur Y".
_COMPANY_AFTER_KIND = re.compile(
    r"\b(?:groupe|société|entreprise|compagnie|firme|constructeur|fabricant|opérateur|enseigne|chaîne)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:\s+(?:(?:e|y|i|&|and|und|of|de|du|des)\s+)?[A-ZÀ-ÖØ-Þ][\w'’&-]*)*)")


def _company_named_before(text: str, position: int) -> str | None:
    """The company the article last introduced by its kind before POSITION."""
    found = None
    for found in _COMPANY_AFTER_KIND.finditer(text, 0, position):
        pass
    return found.group("name") if found is not None else None


def _named_as_a_body(text: str, name: str) -> bool:
    """Whether the article writes NAME as a body: after a kind ("le groupe X"), before a bracketed
    short form ("X (XYZ)"), or opening a sentence as its subject ("X a annoncé")."""
    escaped = re.escape(name)
    return re.search(
        rf"(?:\b(?:groupe|société|entreprise|compagnie|firme|constructeur|club|fédération|association|syndicat|"
        rf"organisation|agence)\s+{escaped}(?![\w-])|(?<![\w-]){escaped}\s+\([A-Z])", text) is not None \
        or any(body == name for _, body, _ in _bodies_opening_sentences(text, 0, len(text)))


def generic_nouns_to_bodies(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], paras) -> None:
    """Replace, in RESOLVED, each speaker named by a generic body noun with the body it stands for."""
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        mention = draft.mention
        if speaker is None or mention is None or mention.pronoun:
            continue
        phrase = _ENDS_ON_GENERIC.match(mention.text.strip())
        if phrase is None:
            continue
        found = _body_for(text, phrase.group("noun"), draft.position, draft.paragraph, paras)
        if phrase.group("noun") in _COMPANY_NOUNS and (company := _company_named_before(text, draft.position)):
            found = (company, "")  # "le groupe Vantel … La CGT dénonce … Selon l'entreprise": the company
        if found is None:
            continue
        body, article = found
        if speaker.name == body:
            continue
        before = _LEADING_DETERMINER.sub("", phrase.group("before").strip())
        if not before or fold(before.split()[0]) in _DOCUMENTS:
            if speaker.name[:1].isupper() and phrase.group("noun") not in speaker.name and (
                    len(speaker.name.split()) > 1 or _named_as_a_body(text, speaker.name)) \
                    and not (phrase.group("noun") in _COMPANY_NOUNS and found[1] == ""):
                continue  # already a body's name ("Fonderies de la Vezouze", "le groupe Vantel")
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
            continue
        if phrase.group("noun") not in speaker.name or fold(before.split()[0]) in _ROLES:
            continue  # "le président du club": a person, named or known by that role
        of = _OF_ARTICLE.get(article) or ("d'" if _VOWEL_START.match(body) else "de ")
        resolved[i] = SpeakerRef(f"{before} {of}{body}", speaker.mention, speaker.role, speaker.kind)
