"""English: a subject described, not named: a body by what it does ("The union that represents the
deputies"), a person by a relative clause or by a clause asking for anonymity."""

from __future__ import annotations

import re

from claims.extract.anonymous_speakers_en import ANONYMITY_CLAUSE, COUNTING_WORD
from claims.extract.speakers import Lexicon, Mention
from claims.extract.speaker_phrases import clean_phrase


_WORDS = re.compile(r"[\w’'\-]+")


def count_words(text: str) -> int:
    return len(_WORDS.findall(text))
# English: an unnamed body described by what it does ("The union that represents the deputies", "The
# union representing TriMet's drivers"): the whole description, the clause's verb no subject of its own.
_BODY_DESCRIBED_BY_ITS_WORK = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?)\s+(?P<np>(?:[a-z-]+\s+){0,2}(?P<noun>[a-z-]+)\s+(?:(?:that|which)\s+[a-z]+s|[a-z]{3,}ing)\s+[^,;:\"“”]{2,70}?)\s*")


# (not "company", "firm": a company the article names later is who speaks, "The company that runs the ferry")
_DESCRIBED_BODY_NOUNS = frozenset(("union", "group", "association", "charity", "federation", "nonprofit", "coalition",
                                   "organisation", "organization", "campaign", "network"))


def body_described_by_its_work(region: str, lex: Lexicon) -> Mention | None:
    """English: REGION is an unnamed body and the clause saying what it does ("The union that represents
    the deputies"), else None."""
    if region.lstrip()[:1] not in "TtAa" or (body := _BODY_DESCRIBED_BY_ITS_WORK.fullmatch(region)) is None \
            or body.group("noun") not in _DESCRIBED_BODY_NOUNS:
        return None
    np = body.group("np")
    if (time := _TIME_CLOSING.search(np)) is not None:
        np = np[:time.start()]  # "A group representing cattle ranchers in western Kansas on Tuesday asked": when, no part of who
    return Mention(body.group().strip(), role=np, organisation=True)
_INDEFINITE_OPENINGS = ("A ", "An ", "Another ", "One ", "a ", "an ", "another ", "one ")
_TIME_CLOSING = re.compile(r"\s+(?:this\s+(?:morning|afternoon|evening|week)|last\s+\w+|on\s+[A-Z][a-z]+day|yesterday|today|earlier)\s*$")
# What a description's relative clause may not hold: a reason, a time clause, a quotation, a number list.
_RELATIVE_CLAUSE_BREAK = re.compile(r"\s(?:because|since|when|while|after|before|although|though|but)\s|[\"“”(]")


# English: an indefinite description (a place in apposition, a relative clause of its own), then a
# clause asking for anonymity, maybe its reason, closing the subject ("A police officer at the District
# Police Office, Banke, who spoke on condition of anonymity,", "A maintenance worker who was among the
# first at the scene, and who asked not to be named because …,").
_DESCRIBED_BEFORE_ANONYMITY = re.compile(
    r"\s*(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+[^,;:()\"“”]{2,80}?(?:,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){0,2})?"
    r"(?:,?\s+who\s+(?!asked|wished|wanted|preferred|requested|declined|refused|did|does|would|spoke|cannot|sought"
    r"|was\s+not|were\s+not|is\s+not|are\s+not|has\s+not|have\s+not)[^,;:\"“”]{1,80}?)?(?=,?\s+(?:and\s+)?who\s)")
_REASON_CLOSING_SUBJECT = re.compile(r"(?:,?\s+(?:because|as|since|for\s+fear|to\s+(?:protect|avoid|keep))\s[^;:\"“”]{1,120}?)?\s*,?\s*")


def described_before_anonymity(region: str, lex: Lexicon) -> Mention | None:
    """The description closed by a clause asking for anonymity (see `_DESCRIBED_BEFORE_ANONYMITY`)."""
    described = _DESCRIBED_BEFORE_ANONYMITY.match(region)
    if described is None or (clause := ANONYMITY_CLAUSE.match(region, described.end())) is None \
            or _REASON_CLOSING_SUBJECT.fullmatch(region, clause.end()) is None:
        return None
    phrase = described.group().strip(" ,")
    return Mention(phrase, role=clean_phrase(phrase, lex))


def described_with_relative(region: str, head: re.Match, mention: Mention, lex: Lexicon) -> Mention | None:
    """A person described, not named, with the relative clause that defines them ("A farmer who
    attended the meeting", "One woman, who had travelled from Molo with her son,"): the guidelines keep
    the fullest description, without a counting word ("One", "Another") or the time the clause ends on
    ("who contacted the show this morning"). Not a clause asking for anonymity, which
    anonymous_speakers_en keeps in its own way, nor a long or broken one."""
    if mention.organisation or not head.group("np").startswith(_INDEFINITE_OPENINGS) \
            or ANONYMITY_CLAUSE.match(region, head.end("np")) is not None:
        return None
    relative = _TIME_CLOSING.sub("", region[head.end("np"):].strip(" ,"))
    if count_words(relative) > 14 or _RELATIVE_CLAUSE_BREAK.search(relative) is not None:
        return None
    described = COUNTING_WORD.sub("", clean_phrase(head.group("np"), lex))
    return Mention(region[head.start("np"):].strip(" ,"), role=f"{described} {relative.lstrip(', ')}")
