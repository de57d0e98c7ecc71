"""The comma-separated segments of a subject region, with those that belong together joined back: a listed
portfolio, a campus town, a list closing the region or a relative clause, a town and its state."""

from __future__ import annotations

import re

from claims.extract.first_names import is_first_name
from claims.extract.institution_names import joined_campus_towns, joined_complement_lists, joined_listed_portfolios
from claims.extract.segment_lists import (
    FIELDS_LIST_CLOSING, PARTIES_LIST_CLOSING, PLACES_LIST_CLOSING, PLURALS_LIST_CLOSING, PLURALS_LIST_CLOSING_FR, SEGMENT_COMMA,
    bracketed_commas_joined,
)
from claims.extract.speakers import Lexicon, fold
from claims.extract.state_names_en import PLACE_AFTER_A_TOWN, names_a_place_after_a_town

# A segment closing on a place after "in" ("one of the last makers of bone china in Stoke-on-Trent").
# A month or a day closing a segment is no place ("the owner of a factory that closed in October, Abdul Matin, said").
NOT_A_DATE = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
              r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*$)")
IN_A_PLACE_CLOSING = re.compile(r"(?:\bin|\bnear|\bon|\bat|^\s*(?:of|from))\s+" + NOT_A_DATE + r"(?:(?:north|south|east|west|central|rural|(?:north|south)-(?:east|west)"
                                r"|(?:north|south|east|west)ern)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,2}"
                                r"(?:\s+(?:regency|district|province|county|prefecture|municipality|governorate))?\s*$")  # ("in Musi Banyuasin regency")

# A list closing a relative clause in apposition ("qui réunit la Commission, la BCE et le FMI").
_RELATIVE_OPENING = re.compile(r"\s*(?:qui|dont|which|who)\s")
_LIST_CLOSING_ITEM = re.compile(r"(?:^|\s)(?:et|and)\s")
# An indefinite description ("a battery start-up", "an Ottawa-based group").
INDEFINITE_DESCRIPTION = re.compile(r"\s*an?\s+(?:[a-z][\w-]*|[A-Z][\w'’-]*-based)\s+[a-zA-Z]")

# English: "an Austin, Texas company": a town, then its state or country before the noun they qualify.
_INDEFINITE_TOWN = re.compile(r"\s*(?:a|an)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*")
_STATE_OR_COUNTRY = PLACE_AFTER_A_TOWN
_STATE_THEN_NOUN = re.compile(r"\s*" + _STATE_OR_COUNTRY + r"(?:-based)?\s+[a-z]")
_STATE_ALONE = re.compile(r"\s*" + _STATE_OR_COUNTRY + r"\s*")
_DC = re.compile(r"\s*D\.\s?C\.\s*")
_STATE_THEN_TIME = re.compile(r"\s*" + _STATE_OR_COUNTRY + r"\s+(?:since|until|in|from)\s+(?:\d{4}|the\s+\d{4}s)\s*")
_LONE_CAPITALISED_WORD = re.compile(r"\s*[A-Z][a-z]+\s*")
_PLACE_ALONE = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*")
_PLACES_CLOSING = re.compile(r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})+\s*$")
_DESCRIPTION_OPENING = re.compile(r"\s*(?:The|A|An)\s+(?P<noun>[a-z][\w-]*)")
TOWN_AND_STATE_DESCRIPTION = re.compile(_INDEFINITE_TOWN.pattern + "," + _STATE_ALONE.pattern + ",?" + r"(?:-based)?\s*[a-z]")


def _places_close(segments: list[str]) -> bool:
    """Whether SEGMENTS are one more place, maybe then an empty one: a county's or a state's country closing the region."""
    return bool(segments) and _PLACE_ALONE.fullmatch(segments[0]) is not None and not is_first_name(segments[0].split()[0]) \
        and all(not rest.strip() for rest in segments[1:])


def _town_and_state_joined(segments: list[str], lex: Lexicon) -> list[str]:
    """The segments with "an Austin" and "Texas company that …" (or "a Dayton", "Ohio" and "lawyer")
    joined back into one description."""
    joined: list[str] = []
    for k, segment in enumerate(segments):
        if joined and _INDEFINITE_TOWN.fullmatch(joined[-1]) and _STATE_THEN_NOUN.match(segment):
            joined[-1] += "," + segment
        elif len(joined) >= 2 and _INDEFINITE_TOWN.fullmatch(joined[-2]) and _STATE_ALONE.fullmatch(joined[-1]) \
                and segment[:1] == " " and segment[1:2].islower():
            joined[-2:] = [f"{joined[-2]},{joined[-1]},{segment}"]
        elif joined and _STATE_THEN_TIME.fullmatch(segment) and IN_A_PLACE_CLOSING.search(joined[-1]):
            joined[-1] += "," + segment  # "a music event held in County Clare, Ireland since 2011,": where, one place
        elif joined and _DC.fullmatch(segment) and IN_A_PLACE_CLOSING.search(joined[-1]):
            joined[-1] += "," + segment  # "an advocacy group based in Washington, D.C.,": where, one place
        elif joined and len(joined) >= 2 and _STATE_ALONE.fullmatch(segment) and IN_A_PLACE_CLOSING.search(joined[-1]) \
                and INDEFINITE_DESCRIPTION.match(joined[-1]):
            joined[-1] += "," + segment  # "The organisers of X, an annual festival in South Auckland, New Zealand,": one place
        elif joined and _PLACE_ALONE.fullmatch(segment) and not is_first_name(segment.split()[0]) \
                and IN_A_PLACE_CLOSING.search(_PLACES_CLOSING.sub("", joined[-1])) \
                and (len(joined) >= 2 and INDEFINITE_DESCRIPTION.match(joined[-1]) or _PLACES_CLOSING.search(joined[-1])
                     or _places_close(segments[k + 1:])):
            # "X, a bus company based in Skipton, North Yorkshire, England,", "Midwives at X in Athlone, County Westmeath,
            # Ireland, have told": where, one place
            joined[-1] += "," + segment
        elif joined and (_STATE_ALONE.fullmatch(segment) or _LONE_CAPITALISED_WORD.fullmatch(segment)
                         or names_a_place_after_a_town(segment.strip())) \
                and IN_A_PLACE_CLOSING.search(joined[-1]) and (described := _DESCRIPTION_OPENING.match(joined[0])) is not None \
                and fold(described.group("noun")) not in lex.roles and fold(described.group("noun")).removesuffix("s") not in lex.roles:
            # "The operator of a power station in Calaca, Batangas,", "The governing body of X College in Rotherham, South
            # Yorkshire,": the town's province or county (but "A passenger at a stop near
            # Osh Bazaar, Zhyldyz,": the passenger's name)
            joined[-1] += "," + segment
        else:
            joined.append(segment)
    return joined


def joined_segments(region: str, lex: Lexicon) -> list[str]:
    """REGION split at its commas, the segments that belong together joined back (when a list closes a relative clause
    in apposition, the segments before the clause, the empty ones dropped)."""
    segments = SEGMENT_COMMA.split(region)  # (not the comma of "3,000")
    if len(segments) > 1 and "(" in region:
        segments = bracketed_commas_joined(segments)  # "Cllr X (Conservative, Kings Acre)": the party and ward
    if len(segments) > 1:
        # "the Department of Agriculture, Food and the Marine", "le ministère de l'Éducation, de la Culture et des Sciences"
        segments = joined_listed_portfolios(segments) if lex.adjectival_names else joined_complement_lists(segments)
    if len(segments) > 1 and lex.adjectival_names and "University" in region:
        segments = joined_campus_towns(segments)
    if "," in region and (lex.adjectival_names and (
            (fields := FIELDS_LIST_CLOSING.search(region)) is not None or (fields := PLURALS_LIST_CLOSING.search(region)) is not None
            or (fields := PLACES_LIST_CLOSING.search(region)) is not None
            or (fields := PARTIES_LIST_CLOSING.search(region)) is not None)
            or not lex.adjectival_names and (fields := PLURALS_LIST_CLOSING_FR.search(region)) is not None):
        segments = SEGMENT_COMMA.split(region[:fields.start()])
        segments[-1] += region[fields.start():fields.end()]
        if region[fields.end():].strip():
            segments += SEGMENT_COMMA.split(region[fields.end():])[1:]  # (the state after the list's place)
    if lex.adjectival_names and len(segments) > 2 and "," in region:
        segments = _town_and_state_joined(segments, lex)  # "PulseTrack Inc., an Austin, Texas company that …, confirmed"
    filled = [segment for segment in segments if segment.strip()]
    if len(filled) >= 3 and _LIST_CLOSING_ITEM.search(filled[-1]) \
            and (relative := next((k for k in range(1, len(filled) - 1) if _RELATIVE_OPENING.match(filled[k])), None)) is not None:
        # "La troïka, qui réunit la Commission, la BCE et le FMI, a estimé": the list closes the relative clause
        segments = filled[:relative]
    return segments
