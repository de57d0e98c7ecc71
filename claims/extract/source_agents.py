"""The source named by the words after "according to" / "selon": the agent of a document, not an outlet
that only relays it, nor who commissioned or appointed it, nor the adjunct after its name."""

from __future__ import annotations

import re

from claims.extract.document_authors import MONTH_NAMES
from claims.extract.speaker_phrases import RELAYED_BY


# "according to a tweet on Monday by X", "selon un communiqué publié par X", "according to industry figures compiled
# by X": the agent is the source.
_DOCUMENT_BY = re.compile(
    r"\s*(?:(?:a|an|the|his|her|its|their|un|une|le|la|l['’]|son|sa|leur|des|les|ses|leurs)\s*|(?=(?:[a-z]+\s+)?(?:figures|data|statistics|results|estimates)\s))"
    r"(?:[\w’'-]+[\s,]+){1,6}?(?:by|par)\s+(?=\S)",
    re.IGNORECASE)
_COMMISSIONED_FROM = re.compile(r"\s(?:au|aux|à\s+la|à\s+l['’]|auprès\s+(?:du|de\s+la|de\s+l['’]|des)|from)\s*(?P<who>\S.*)$")
_OBTAINED_BY = re.compile(r"\s(?:obtenu|consulté|vu)e?s\s+par\s")
_REPORTED_BY = re.compile(r"\s(?:reported|relayed|carried)\s+by\s")
# "l'administrateur judiciaire désigné par le tribunal": who appointed the speaker, no author.
_APPOINTED_BY = re.compile(r"\s(?:désigné|nommé|appointed|named|assigned)e?s?\s+(?:by|par)\s")
_COMMISSIONED_BY = re.compile(
    r"(?:mandat|command|commandit|financ|commission|fund|sponsor)[\w]*\s+(?:by|par)\s+$", re.IGNORECASE)


# English: a document, then its author in a reduced relative clause ("findings the commission published on
# Tuesday", "figures that the ministry released").
_DOCUMENT_THE_AUTHOR_MADE = re.compile(
    # ("a scoping study the company released in May": one modifier before the document)
    r"\s*(?:(?:the|a|an|new|latest|recent)\s+)*(?:[a-z]+(?:ing|al|ary)\s+|[\w]+-year\s+)?(?:findings|figures|data|statistics|results|estimates"
    r"|report|study|documents?|minutes|notice|filing|letter|forecasts?|projections?)"  # ("a five-year forecast the district filed")
    r"\s+(?:that\s+)?(?P<agent>(?:the|its|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,5}?)(?:published|released|issued|compiled|produced|presented"
    r"|shared|posted|submitted|sent|gathered|collected|filed)\b")


# French: a past participle set off by a comma after the source's noun, and where it points ("de l'enquête, confiée à
# l'Office central …"; not "par": "d'une étude, réalisée par l'Insee" names its author).
_PARTICIPLE_APPOSITION_FR = re.compile(r",\s+[a-zà-ÿ]+(?:ée?s?|ie?s?|ue?s?|ite?s?)\s+(?:à|au|aux|en|dans|sur|depuis)\s")


def source_phrase(np: str) -> str:
    """The source named by the words after `according to` / `selon`: the agent of a document."""
    if (apposed := _PARTICIPLE_APPOSITION_FR.search(np)) is not None:
        np = np[:apposed.start()]  # "selon les premiers éléments de l'enquête, confiée à l'OCBC": what the noun is
    if (made := _DOCUMENT_THE_AUTHOR_MADE.match(np)) is not None:
        return made.group("agent").strip()  # "according to findings the commission published on Tuesday"
    document = _DOCUMENT_BY.match(np)
    if document is None or RELAYED_BY.search(document.group()) or _OBTAINED_BY.search(document.group()) \
            or _REPORTED_BY.search(document.group()) or _APPOINTED_BY.search(document.group()):
        # "un économiste cité par l'agence Reuters", "des données obtenues par Le Journal", "municipality figures
        # reported by KUNA": the outlet only relays
        return np
    if _COMMISSIONED_BY.search(document.group()):
        if (contractor := _COMMISSIONED_FROM.search(np, document.end())) is not None:
            return contractor.group("who")  # "un rapport commandé par le CSE au cabinet Sextant Conseil": who wrote it
        return np  # "une étude mandatée par le canton": who paid for it is not who wrote it
    agent = np[document.end():]
    adjunct = AGENT_ADJUNCT.search(agent)
    return agent[:adjunct.start()] if adjunct is not None else agent  # "by the force under the Freedom of …"


AGENT_ADJUNCT = re.compile(
    r"\s+(?:under|after|following|during|through|via|en\s+vertu|dans\s+le\s+cadre)\s"
    r"|\s+(?:published|released|issued|unveiled|presented|tabled|submitted|filed|circulated|delivered|laid)\b"
    r"|\s+(?:(?:early|late)\s+)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last\s+(?:week|night|month))\b"
    r"|\s+(?:in|en|on)\s+(?:" + MONTH_NAMES + r"|\d{4})\b"
    # when, or where, it came out: "by the city clerk's office shortly after midnight", "by the district's finance
    # division at the meeting", "by the ministry earlier this week"
    r"|\s+(?:shortly|soon|just|hours|minutes|days|moments)\s+(?:after|before)\b"
    r"|\s+(?:earlier|later)\s+(?:this|that|on|in)\b|\s+(?:this|last)\s+(?:morning|afternoon|evening|week|month|year)\b"
    r"|\s+(?:at|during)\s+(?:the|a|an|its|their|this|that|last)\s+(?:[\w-]+\s+){0,2}?(?:meeting|hearing|session|briefing|conference)\b"
    # whom it was handed to: "le document remis par la direction aux élus du CSE"
    r"|\s+(?:aux|au\s+(?:conseil|comité|ministre|préfet|maire|juge|tribunal|gouvernement))\s")
