"""English: the administrators of a business in administration speak as the insolvency firm the article names
("its administrators said" after "called in the insolvency firm Brennan Lowe Partners"), as the guidelines' fullest
name has it."""

from __future__ import annotations

import re

from claims.extract.types import SpeakerRef

_FIRM = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"  # ("on Monday, the accountancy firm …")
         r"(?P<firm>(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*(?:\s+(?:LLP|Ltd|Inc)\b)?)")
# How an article names the firm: "called in the insolvency firm X", "appointed X as voluntary administrators",
# "Joint administrator Neil Catchpole, of X", "Joint administrator Fiona Carmichael of the firm, X", "Lead administrator
# Fiona Kestel, a partner at X", "X, the Manchester restructuring firm appointed by …".
_FIRM_NAMED = (
    re.compile(r"\b(?:called\s+in|appointed|hired)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:firm|accountants)\s+" + _FIRM),
    re.compile(r"\bappointed\s+" + _FIRM + r"\s+as\s+(?:[a-z]+\s+)?administrators\b"),
    re.compile(r"\b[Aa]dministrators?\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+(?:,\s+(?:of|a\s+partner\s+(?:at|with|in))|"
               r"\s+of\s+the\s+firm,?)\s+" + _FIRM),
    re.compile(_FIRM + r",\s+the\s+(?:[\w-]+\s+){0,3}(?:restructuring|insolvency|accountancy|accounting)\s+firm\b"),
)
# (not "administrators of Saltom Bay Resources Ltd": the business they run, named; "the accountancy firm appointed to run
# it": the firm)
_ADMINISTRATORS = re.compile(r"(?:(?:its|the|their)\s+)?(?:[a-z-]+\s+){0,2}administrators(?:\s+of\s+(?:the|a)\s.*)?|"
                             r"(?:[a-z-]+\s+)?firm\s+appointed\s+to\s+(?:run|manage)\b.*")


def administrators_to_firm(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Rewrite, in RESOLVED, the administrators no name was given to ("its administrators", "The administrators of
    the steelworks in Whyalla") as the one insolvency firm the article names."""
    if "dministrator" not in text:
        return
    firms = {m.group("firm").strip() for pattern in _FIRM_NAMED for m in pattern.finditer(text)}
    if len(firms) != 1:
        return
    firm = firms.pop()
    for i, speaker in enumerate(resolved):
        if speaker is not None and _ADMINISTRATORS.fullmatch(speaker.name) is not None:
            resolved[i] = SpeakerRef(firm, speaker.mention, speaker.role, "organisation")
