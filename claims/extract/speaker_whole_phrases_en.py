"""English speaker phrases kept whole as the speaker (the conventions of own/en and own/en-blind):
"a spokesperson for the Department for Business and Trade", "A No 10 spokesperson", "A source
close to the chief whip", "Another Labour MP" — an anonymous speaker is their phrase, not a name
or a role inside it."""

from __future__ import annotations

import re

from claims.extract.first_names import first_name_gender
from claims.extract.speaker_lexicon import fold

_SPOKES = r"(?:spokesperson|spokesman|spokeswoman|spokespeople|representative)"
# "a spokesperson for the Department for Business and Trade", "a spokeswoman for Mayor Ann Lee".
# (a body's fields listed with commas stay in: "for the Ministry of Education, Culture and Science")
_SPOKESPERSON_FOR = (rf"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+)?{_SPOKES}\s+for\s+[^,]+"
                     r"(?:(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?)+,?\s+(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?)?")
# "A No 10 spokesperson", "A Verant spokesperson", "A Department of Health and Social Care
# spokesperson": capitalised words or numbers (and the links of a body's name) before the role.
_NAMED_BODY_SPOKESPERSON = (rf"[Aa]n?\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*|\d+)(?:\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*|\d+)){{0,6}}"
                            rf"\s+{_SPOKES}")
# "A source close to the chief whip", "people familiar with the matter".
_ANONYMOUS_SOURCE = (
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Oo]ther)\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?:sources?|people|persons?|insiders?)\s+"
    r"(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\s+[^,]+")
# "more than 40 Labour MPs", "at least 12 Democratic senators": a counted group keeps its count.
_COUNTED_GROUP = (
    r"(?:(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than\s+|[Aa]t\s+least\s+|[Aa]bout\s+|[Nn]early\s+|[Aa]lmost\s+|[Oo]ver\s+)?"
    r"\d[\d,]*\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+){1,2}(?:MPs|MEPs|[a-z]+s)")
# "aides in both parties", "officials on both sides", "lawmakers from both chambers".
_BOTH_SIDES_GROUP = (
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z][\w-]*\s+){0,2}[a-z]+s\s+(?:in|on|from|of)\s+both\s+"
    r"(?:parties|sides|camps|chambers|houses|countries|delegations|teams)")
_WHOLE = re.compile(f"{_SPOKESPERSON_FOR}|{_NAMED_BODY_SPOKESPERSON}|{_ANONYMOUS_SOURCE}|{_COUNTED_GROUP}|{_BOTH_SIDES_GROUP}")
# The same phrase opening a sentence, before its verb ("A spokesperson for X said …, adding that").
_LEADING_WHOLE = re.compile(
    rf"\s*(?P<np>(?:{_SPOKESPERSON_FOR}|{_NAMED_BODY_SPOKESPERSON}|{_ANONYMOUS_SOURCE})?)"
    r"(?<=\w)\s+(?:said|says|told|tells|added|adds|wrote|writes|warned|insisted|argued|confirmed|stated|noted)\b"
    .replace("[^,]+", "[^,]+?"))
# Names that stand for an organisation under another name (own/en-blind: "No 10" is Downing Street).
_ALIASES = {"no 10": "Downing Street", "no. 10": "Downing Street", "number 10": "Downing Street",
            "number ten": "Downing Street"}
# "The Bali chapter of the Indonesian Hotel and Restaurant Association", "The Sindh zone of the Pakistan Sugar Mills
# Association": a unit of a named body, named with it.
_UNIT_OF_NAMED_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+(?:(?:el|al|es|de)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*){0,3}"
    r"\s+(?:branch|chapter|section|wing|zone)\s+of\s+(?:the\s+)?"  # ("the Western Bahr el Ghazal branch of …", "Dar es Salaam")
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&.-]*(?:(?:,\s+|\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&.-]*)*)")
# "Another Labour MP", "another senior official".
_ANOTHER_ROLE = re.compile(r"[Aa]nother\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+){0,2}(?:[a-z][\w-]*\s+)?(?P<role>[\w-]+)")


# A body named by the people it gathers and what they stand for ("Citizens for a Better Environment",
# "Parents Against Speeding", "Residents for the Old Harbour", "Friends of the Lake District"): one name, not a person called "Citizens";
# the kind of body may come first ("Environmental group Citizens for …"), a place before or after it.
# ("Sporle Against the Mega Farm": a capitalised link makes any word before it a name's)
_CAUSE_NAME = (r"(?P<name>(?:(?P<place>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)\s+)?(?P<head>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?:s|(?=\s+(?:Against|For)\s)))\s+(?P<link>for|against|Against|For|(?<=Friends\s)of)\s+(?P<article>(?:an?|the)\s+)?"
               r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)")
_KIND_THEN_CAUSE_NAME = re.compile(r"(?:(?P<kind>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z][a-z-]+\s+)?[a-z]+)\s+)?" + _CAUSE_NAME)
_GATHERED_FOR_A_CAUSE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?P<kind>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z][a-z-]+\s+){0,2}[a-z]+)\s+)?" + _CAUSE_NAME
    + r"(?:\s+(?:in|from)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,2})?")
# The kind of body right before its name ("campaign group ", "the charity ").
_KIND_BEFORE = re.compile(r"(?P<kind>[a-z]+)\s+$")


_ALL_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:for|against|of|and|the|a|an)?\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+")


def _cause_name(found: re.Match, lex, introduced: bool) -> str | None:
    """The name FOUND, unless nothing says it is a body and its plural noun is a role for a definite
    body ("Engineers for the Harbour Board": who they work for) or a first name and "s" ("Roberts
    for the Times": a surname)."""
    if (place := found.group("place")) is not None and (
            first_name_gender(place) is not None or fold(place) in lex.roles or place in lex.function_words
            or not _ALL_CAPITALISED.fullmatch(found.group("name"))):
        return None  # ("Sylvania Taxpayers for Accountability": its town first; not "John Roberts for the Times")
    if introduced or found.group("link")[0].isupper():
        return found.group("name")  # "Residents Against the Bypass": the capital makes the link part of a name
    head = found.group("head")
    if (found.group("article") == "the " or found.group("article") is None and not _ALL_CAPITALISED.fullmatch(found.group("name"))) \
            and (fold(head[:-1]) in lex.roles or fold(head[:-2]) in lex.roles):
        # ("Engineers for the Harbour Board": who they work for; but "Citizens for Fair Elections": a name, every word capitalised)
        return None
    return None if first_name_gender(f"{head[:-1]} {head}") is not None else found.group("name")


def _names_a_kind_of_body(word: str | None, lex) -> bool:
    return word is not None and (fold(word) in lex.organisation_nouns or fold(word) in lex.organisations)


def body_gathered_for_a_cause(segment: str, lex) -> str | None:
    """The whole name when SEGMENT is a body named by a plural noun of people and its cause, else None."""
    found = _GATHERED_FOR_A_CAUSE.fullmatch(segment)
    if found is None:
        return None
    kind = found.group("kind").split()[-1] if found.group("kind") else None
    if kind is not None and not _names_a_kind_of_body(kind, lex):
        return None
    return _cause_name(found, lex, introduced=kind is not None)


def cause_name_at(text: str, offset: int, lex) -> str | None:
    """The whole name of a body named for a cause that opens at OFFSET of TEXT, maybe after the kind
    of body ("Citizens for a Better Environment", "Campaign group Cyclists for the Open Road"), else None."""
    found = _KIND_THEN_CAUSE_NAME.match(text, offset)
    if found is None:
        return None
    kind = found.group("kind").split()[-1] if found.group("kind") else None
    if kind is None and (before := _KIND_BEFORE.search(text, max(0, offset - 30), offset)) is not None:
        kind = before.group("kind")
    introduced = _names_a_kind_of_body(kind, lex)
    if found.group("kind") and not introduced:
        return None
    return _cause_name(found, lex, introduced=introduced)


def kept_whole(segment: str, roles) -> bool:
    """Whether SEGMENT is an English speaker phrase kept whole (ROLES: the folded role words)."""
    if _WHOLE.fullmatch(segment):
        return True
    another = _ANOTHER_ROLE.fullmatch(segment)
    return another is not None and fold(another.group("role")) in roles


def leading_whole_phrase(region: str) -> str | None:
    """The phrase kept whole that opens REGION as the subject of its reporting verb, or None."""
    match = _LEADING_WHOLE.match(region)
    return match.group("np") if match is not None and match.group("np") else None


def organisation_alias(segment: str) -> str | None:
    """The organisation SEGMENT names under another name ("No 10" → "Downing Street"), or None."""
    return _ALIASES.get(" ".join(segment.lower().split())) if len(segment) <= 12 else None


def named_unit_of_body(segment: str) -> str | None:
    """The name of the unit of a named body SEGMENT is ("Ohio chapter of the American Civil Liberties
    Union", "Nakuru branch of the Kenya Medical Practitioners, Pharmacists and Dentists Union"), or None."""
    unit = _UNIT_OF_NAMED_BODY.fullmatch(segment)
    return unit.group("name") if unit is not None else None
