"""English speaker phrases kept whole as the speaker (the conventions of own/en and own/en-blind):
"a spokesperson for the Department for Business and Trade", "A No 10 spokesperson", "A source
close to the chief whip", "Another Labour MP" — an anonymous speaker is their phrase, not a name
or a role inside it."""

from __future__ import annotations

import re

from claims.extract.speaker_lexicon import fold

_SPOKES = r"(?:spokesperson|spokesman|spokeswoman|spokespeople|representative)"
# "a spokesperson for the Department for Business and Trade", "a spokeswoman for Mayor Ann Lee".
# (a body's fields listed with commas stay in: "for the Ministry of Education, Culture and Science")
_SPOKESPERSON_FOR = (rf"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+)?{_SPOKES}\s+for\s+[^,]+"
                     r"(?:(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+,?\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?")
# "A No 10 spokesperson", "A Verant spokesperson", "A Department of Health and Social Care
# spokesperson": capitalised words or numbers (and the links of a body's name) before the role.
_NAMED_BODY_SPOKESPERSON = (rf"[Aa]n?\s+(?:[A-Z][\w&'’.-]*|\d+)(?:\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?(?:[A-Z][\w&'’.-]*|\d+)){{0,6}}"
                            rf"\s+{_SPOKES}")
# "A source close to the chief whip", "people familiar with the matter".
_ANONYMOUS_SOURCE = (
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Oo]ther)\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?:sources?|people|persons?|insiders?)\s+"
    r"(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\s+[^,]+")
# "more than 40 Labour MPs", "at least 12 Democratic senators": a counted group keeps its count.
_COUNTED_GROUP = (
    r"(?:(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than\s+|[Aa]t\s+least\s+|[Aa]bout\s+|[Nn]early\s+|[Aa]lmost\s+|[Oo]ver\s+)?"
    r"\d[\d,]*\s+(?:[A-Z][\w-]*\s+){1,2}(?:MPs|MEPs|[a-z]+s)")
# "aides in both parties", "officials on both sides", "lawmakers from both chambers".
_BOTH_SIDES_GROUP = (
    r"(?:[A-Za-z][\w-]*\s+){0,2}[a-z]+s\s+(?:in|on|from|of)\s+both\s+"
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
# "Another Labour MP", "another senior official".
_ANOTHER_ROLE = re.compile(r"[Aa]nother\s+(?:[A-Z][\w-]*\s+){0,2}(?:[a-z][\w-]*\s+)?(?P<role>[\w-]+)")


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
