"""French: "Très remontée, la présidente de l'association, Marie Lenoir, a critiqué l'absence de
concertation." Before the verb stands its subject with appositions (no finite verb), after it its
object: no statement followed by an inverted speaker."""

from __future__ import annotations

import re

from claims.extract.speakers import Lexicon, Mention, fold

_FINITE = re.compile(r"\b(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|va|vont|fait|font)\b|\w+(?:ait|aient|ront)\b")
# A segment that can be the subject: a determiner-led noun phrase or a capitalised name.
_SUBJECT_SEGMENT = re.compile(
    r"\s*(?:(?:Le|La|Les|L['’]|Un|Une|Son|Sa|Ses|Leur|Ce|Cet|Cette|le|la|les|l['’]|un|une|son|sa|ses|leur)\s*[a-zà-ÿ-]"
    r"|(?:M\.|Mme|Me|Dr)?\s*[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3}\s*$)")


def subject_then_object(text: str, start: int, end: int, inverted: Mention | None, lex: Lexicon) -> bool:
    """Whether TEXT[START:END] (before the comma and the verb) is a subject with its appositions and
    INVERTED (the noun phrase after the verb) no speaker: neither a name nor a person's or a body's noun."""
    if inverted is None or inverted.name or inverted.pronoun or not inverted.role:
        return False
    head = fold(inverted.role.split()[0])
    if head in lex.roles or head in lex.organisations or head in lex.organisation_nouns or head in lex.companies \
            or head in lex.collective_heads or head in ("source", "sources", "proche", "proches"):
        return False
    segments = text[start:end].split(",")
    if len(segments) < 2 or len(segments) > 4 or any(len(s.split()) > 12 for s in segments):
        return False
    before = text[start:end]
    if _FINITE.search(before) or "«" in before or " que " in before or " qu'" in before or " qu’" in before:
        return False
    return any(_SUBJECT_SEGMENT.match(s) for s in segments)
