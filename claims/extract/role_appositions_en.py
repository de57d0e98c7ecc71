"""English: an apposition segment that gives the person named before it a party or a role: ", R-Texas,",
", a North Carolina Republican,", "CDOT's regional director", "the company's UK managing director"."""

from __future__ import annotations

import re

from claims.extract.speakers import Lexicon, Mention, fold


# English: ", a North Carolina Republican," / ", a Virginia Democrat who chairs the panel,": a party
# apposition (a state or place, then the party) describing the person named before it.
PARTY_APPOSITION = re.compile(r"^\s*an?\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*\s+){0,3}(?P<party>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)(?:\s+(?:who|from|in|of|and)\b.*)?\s*$",
                              re.DOTALL)
# English: ", R-Texas," / ", D-N.Y.," / ", I-Vt.,": the US party and state label after a member's name.
# ("R-Dover-Foxcroft": a hyphenated town)
# ("R-Cañon City": any letter after the capital)
PARTY_STATE_LABEL = re.compile(r"\s*(?:[RDI]|DFL)-[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.]*(?:-[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.]*)*"
                               r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.]*)?\s*")
# A US politician's party and district or town in apposition ("D-4th District", "R-Louisville").
PARTY_AND_DISTRICT = re.compile(r"\s*[DRI]-[A-Z0-9][\w.'’ -]{0,40}")


def body_then_its_role(segment: str, mention: Mention, lex: Lexicon) -> bool:
    """English: "the Australian Workers' Union organiser in Whyalla": a body's name, then the role it gives
    (the person is the name before the apposition)."""
    return mention.organisation and bool(mention.role) and bool(mention.name) and fold(mention.role.split()[0]) in lex.roles \
        and segment.lstrip()[4:].startswith(mention.name) and segment.lstrip().startswith(("the ", "The "))


# English: a role a country's short form or a people's adjective qualifies ("the company's UK managing director",
# "its US chief executive", "the island's Asian hornet coordinator").
COUNTRY_MODIFIED_ROLE = re.compile(r"(?:the|its|their|his|her)\s+(?:[a-z]+['’]s\s+)?(?:[A-Z]{2,3}|[A-Z][a-z]+(?:an|ese|ish|ch|ic))\s+"
                                   r"(?:[a-z-]+\s+){0,3}[a-z-]+")


_OWNED_ROLE = re.compile(r"\s*(?:[Tt]he\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*){0,3}"
                         r"(?:\s+(?:group|party|council|union|board|caucus))?['’]s\s+"
                         r"(?P<words>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?:\s+(?:for|of|in|at|on)\s|\s*$)")


def owned_role(segment: str, lex: Lexicon) -> bool:
    """English: "CDOT's regional transportation director for southwest Colorado", "the Green group's economy
    spokesman": a body's role, maybe with its field or area (the person is the name before the apposition)."""
    owned = _OWNED_ROLE.match(segment)
    return owned is not None and any(fold(word) in lex.roles for word in owned.group("words").split())
