"""English speaker phrases kept whole as the speaker (the conventions of own/en and own/en-blind):
"a spokesperson for the Department for Business and Trade", "A No 10 spokesperson", "A source
close to the chief whip", "Another Labour MP" — an anonymous speaker is their phrase, not a name
or a role inside it."""

from __future__ import annotations

import re

from claims.extract.speaker_lexicon import fold

_SPOKES = r"(?:spokesperson|spokesman|spokeswoman|spokespeople|representative)"
# "a spokesperson for the Department for Business and Trade", "a spokeswoman for Mayor Ann Lee".
_SPOKESPERSON_FOR = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+)?{_SPOKES}\s+for\s+[^,]+")
# "A No 10 spokesperson", "A Verant spokesperson": capitalised words or numbers before the role.
_NAMED_BODY_SPOKESPERSON = re.compile(rf"[Aa]n?\s+(?:(?:[A-Z][\w&'’.-]*|\d+)\s+){{1,3}}{_SPOKES}")
# "A source close to the chief whip", "people familiar with the matter".
_ANONYMOUS_SOURCE = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Oo]ther)\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?P<noun>sources?|people|persons?|insiders?)\s+"
    r"(?P<link>close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\s+(?P<topic>[^,]+)")
# "Another Labour MP", "another senior official".
_ANOTHER_ROLE = re.compile(r"[Aa]nother\s+(?:[A-Z][\w-]*\s+){0,2}(?:[a-z][\w-]*\s+)?(?P<role>[\w-]+)")


def kept_whole(segment: str, roles) -> bool:
    """Whether SEGMENT is an English speaker phrase kept whole (ROLES: the folded role words)."""
    if any(p.fullmatch(segment) for p in (_SPOKESPERSON_FOR, _NAMED_BODY_SPOKESPERSON, _ANONYMOUS_SOURCE)):
        return True
    another = _ANOTHER_ROLE.fullmatch(segment)
    return another is not None and fold(another.group("role")) in roles
