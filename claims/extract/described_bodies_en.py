"""English: a body the article first describes by its members and its kind ("A nurses' association in Kisumu,
Kenya, said …", "an association of independent bakers warned"), or as the local one of its kind ("the local public
health unit said"), and names elsewhere with those words capitalised ("The Lake Region Nurses' Association (LRNA) is
calling …", "according to Peterborough Public Health", "Independent Bakers Guild") speaks under that name."""

from __future__ import annotations

import re

from claims.extract.types import SpeakerRef

# "nurses' association in Kisumu", "a farmers union", "residents' group": whose body, then its kind, then where.
_DESCRIBED_BODY = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?:[a-z-]+\s+)?(?P<members>[a-z]+s['’]?)\s+"
    r"(?P<kind>association|union|federation|group|society|alliance|network|guild|council|co-?operative|collective|forum)"
    r"(?:\s+(?:in|at|from|of|on)\s+[A-Z].*)?")


# "association of independent bakers", "a group representing dairy farmers": its kind, then whose body it is.
_KIND_OF_MEMBERS = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:association|union|federation|group|body|organi[sz]ation|alliance|guild)\s+"
                              r"(?:of|for|representing)\s+(?P<words>[a-z]{3,}(?:\s+[a-z]{3,}){0,2}s)")
# The kinds of a body of members, closing its name.
_MEMBERS_BODY_KINDS = r"(?:Association|Union|Federation|Group|Alliance|Guild|Network|Council|Society|Forum|Collective)"
# "local public health unit", "district health board": the local body of a kind, by what it does.
_LOCAL_BODY = re.compile(r"(?:local|regional|district|county|provincial|city)\s+(?P<words>[a-z]{4,}(?:\s+[a-z]{4,})?)\s+"
                         r"(?P<kind>unit|board|authority|department|service|agency|office)")


def _local_name_pattern(described: re.Match) -> re.Pattern:
    """The name opening a capitalised run and closing it; a kind described by one word keeps its kind's word
    ("Gwembe District Education Office", not "General Education" of "Ministry of General Education")."""
    words = described.group("words").split()
    kind = r"[ \u00a0]+" + re.escape(described.group("kind").capitalize())
    return re.compile(r"(?<![\w'’-])(?<!\bof )(?<!\bfor )(?<!\band )(?P<name>(?:[A-Z][\w'’.-]*[ \u00a0]+){1,3}"
                      + r"[ \u00a0]+".join(re.escape(word.capitalize()) for word in words)
                      + (f"(?:{kind})?" if len(words) > 1 else kind) + r")(?![\w'’-])(?![ \u00a0]+[A-Z])")


def _name_pattern(described: re.Match) -> re.Pattern:
    members, kind = described.group("members"), described.group("kind")
    stem = re.escape(members.rstrip("'’"))
    apostrophe = "['’]?" if members[-1] in "'’" else ""
    return re.compile(r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’.-]*[ \u00a0]+){1,5}" + stem.capitalize() + apostrophe
                      + r"[ \u00a0]+" + re.escape(kind.capitalize()) + r")(?![\w'’-])")


def _members_name_pattern(described: re.Match) -> re.Pattern:
    """A capitalised name holding the description's words, closing on a body's kind ("Independent Bakers Guild")."""
    words = r"[ \u00a0]+".join(re.escape(word.capitalize()) for word in described.group("words").split())
    return re.compile(r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’.-]*[ \u00a0]+){0,3}" + words + r"['’]?[ \u00a0]+"
                      + _MEMBERS_BODY_KINDS + r")(?![\w'’-])")


def described_bodies_to_their_names(text: str, speakers_of: list[SpeakerRef | None]) -> None:
    """Name, in SPEAKERS_OF, each body known by a description whose words the article writes once as a proper name."""
    names: dict[str, str | None] = {}
    for i, speaker in enumerate(speakers_of):
        if speaker is None or speaker.name[:1].isupper():
            continue
        if speaker.name not in names:
            described = _DESCRIBED_BODY.fullmatch(speaker.name)
            found = {m.group("name") for m in _name_pattern(described).finditer(text)} if described is not None else set()
            if described is None and (local := _LOCAL_BODY.fullmatch(speaker.name)) is not None:
                found = {m.group("name") for m in _local_name_pattern(local).finditer(text)}
            if described is None and (members := _KIND_OF_MEMBERS.fullmatch(speaker.name)) is not None:
                found = {m.group("name") for m in _members_name_pattern(members).finditer(text)}
            found = {name[4:] if name.startswith("The ") else name for name in found}
            names[speaker.name] = found.pop() if len(found) == 1 else None
        if (name := names[speaker.name]) is not None:
            speakers_of[i] = SpeakerRef(name, speaker.mention, speaker.role, "organisation")
