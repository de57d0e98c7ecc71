"""English: a body left named by its common noun alone ("police said", "according to the
commission", "the company said", "a spokesperson for the company") stands for the body the article
names with that noun:

- the one name the article gives with that noun as its head, after capitalised modifiers ("Tyrol
  state police") or before its complement ("Commission on Audit", "Port of Tacoma"); with two such
  names, nothing changes;
- for a company noun, the company that spoke last before, in this paragraph or the two before it
  ("Translink said it was disappointed … The company said …"): an organisation speaker whose name
  has no public body's or union's word."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

_BODY_NOUNS = frozenset(("police", "commission", "port", "airport", "museum", "court", "tribunal", "inquiry",
                         "regulator", "watchdog", "city", "county", "municipality", "district", "province"))
_COMPANY_NOUNS = frozenset(("company", "firm", "operator", "carrier", "retailer", "airline", "insurer", "lender"))
# "spokesperson for the company", "a company spokeswoman": a role in the company.
_ROLE_IN_COMPANY = re.compile(
    r"^(?P<role>(?:spokes(?:person|woman|man)|representative|official)\s+for)\s+the\s+(?P<noun>\w+)$")
_PUBLIC_WORDS = frozenset((
    "ministry", "department", "police", "court", "council", "union", "agency", "authority", "government", "commission",
    "committee", "office", "service", "board", "party", "association", "federation", "institute", "university"))
_COMPANY_REACH = 3  # paragraphs: this one and the two before
_SAID_IT = re.compile(
    r"\s+(?:said|says|added|stated|confirmed|insisted)\s+(?:that\s+)?it\s+(?:was|is|had|has|would|will|could|did|does)\b")


@lru_cache(maxsize=32)
def _named_with_head(noun: str) -> re.Pattern:
    head = noun[:1].upper() + noun[1:]
    capitalised = r"[A-Z][\w'’-]*"
    modifier = (r"(?!According\b|As\b|In\b|On\b|At\b|By\b|For\b|From\b|With\b|But\b|And\b|Last\b|Next\b|Early\b|Late\b"
                r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|January\b|February\b|March\b|April\b|May\b|June\b"
                r"|July\b|August\b|September\b|October\b|November\b|December\b)[A-Z][\w'’-]*")
    return re.compile(
        rf"(?<![\w'’-])(?P<before>(?:{modifier}\s+){{1,3}}(?:(?:state|provincial|county|city|district|regional|federal|national|municipal|metropolitan|cantonal)\s+)?)(?:{noun}|{head})\b(?!\s+(?:of|on|for)\s)"
        rf"|(?<![\w'’-]){head}\s+(?:of|on|for)\s+(?:the\s+)?{capitalised}(?:\s+(?:{capitalised}|of|and|the|for))*")


def _one_named(text: str, noun: str) -> str | None:
    found = set()
    for match in _named_with_head(noun).finditer(text):
        name = match.group().strip()
        if match.group("before") is not None and match.group("before").split()[0] in ("The", "A", "An"):
            name = name.split(None, 1)[1]
            if name[:1].islower() and " " not in name.strip():
                continue
        name = re.sub(r"(?:\s+(?:of|and|the|for))+$", "", name)
        if name[:1].isupper() and " " in name:
            found.add(name)
    found = {name for name in found if not any(other != name and other.endswith(" " + name) for other in found)}
    return found.pop() if len(found) == 1 else None


def _company_spoken_before(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], i: int) -> str | None:
    paragraph = drafts[i].paragraph
    for j in range(i - 1, -1, -1):
        if paragraph - drafts[j].paragraph >= _COMPANY_REACH:
            return None
        speaker = resolved[j]
        if speaker is None or not speaker.name[:1].isupper() or not (
                speaker.kind == "organisation" or _reads_as_company(text, speaker.name)):
            continue
        if _PUBLIC_WORDS.isdisjoint(word.lower() for word in speaker.name.split()):
            return speaker.name
    return None


def _reads_as_company(text: str, name: str) -> bool:
    """A one-word name that says "it" of itself ("Translink said it was disappointed"): with "the
    company" speaking next, that company."""
    return " " not in name and re.search(rf"(?<![\w-]){re.escape(name)}{_SAID_IT.pattern}", text) is not None


def generic_nouns_to_bodies(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, each speaker named by a body's common noun alone with that body."""
    for i, speaker in enumerate(resolved):
        if speaker is None:
            continue
        name = speaker.name
        if name in _BODY_NOUNS:
            body = _one_named(text, name)
            if body is not None:
                resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
        elif name in _COMPANY_NOUNS:
            company = _company_spoken_before(text, drafts, resolved, i)
            if company is not None:
                resolved[i] = SpeakerRef(company, speaker.mention, speaker.role, "organisation")
        elif (role := _ROLE_IN_COMPANY.match(name)) is not None and role.group("noun") in _COMPANY_NOUNS:
            company = _company_spoken_before(text, drafts, resolved, i)
            if company is not None:
                resolved[i] = SpeakerRef(f"{role.group('role')} {company}", speaker.mention, speaker.role, speaker.kind)
