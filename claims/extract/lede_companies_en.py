"""English: a lede that describes a company before naming it ("A Falmouth ship repair company says up to
60 jobs could go … / Penmere Marine Services, which employs 210 people, …"): the company the next
paragraph opens with."""

from __future__ import annotations

import re

from claims.extract.speakers import closes_on_a_company_word

# "A Falmouth ship repair company", "An Exeter engineering firm": a described company, no name.
_DESCRIBED_COMPANY = re.compile(
    r"An?\s+(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w-]*\s+){0,3}(?:company|firm|business|manufacturer|employer|operator|retailer)")
# A paragraph opening on a company's name, then what it is or does ("Penmere Marine Services, which …").
_NAME_OPENING_PARAGRAPH = re.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){1,5})(?=,\s+(?:which|a|an|the|based|founded)\s|\s+(?:has|have|is|was|said|says)\s)")


def company_named_next(text: str, mention_text: str, position: int) -> str | None:
    """The company a described one ("A Falmouth ship repair company says") turns out to be: the name
    closing on a company's word that opens the next paragraph, else None."""
    if _DESCRIBED_COMPANY.fullmatch(mention_text.strip()) is None:
        return None
    paragraph_end = text.find("\n\n", position)
    if paragraph_end < 0:
        return None
    named = _NAME_OPENING_PARAGRAPH.match(text, paragraph_end + 2)
    if named is None or not closes_on_a_company_word(named.group("name")):
        return None
    return named.group("name")
