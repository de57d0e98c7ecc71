"""English group phrases: a plural role or group noun ("officials", "authorities"), a group and the
institution it belongs to ("researchers from the University of Leeds"), the lower-case nouns
between a capitalised modifier and a name ("Bus operator Dunav Ekspres", "Greyport baker Ann Vale"),
a description of a body in apposition ("the joint venture that operates the line"), the people
around someone ("Moradi's team"), a group named by where its people live ("Farmers along the
Muntimpa stream") and a role at a place's common noun ("An economist at a Dar es Salaam brokerage")."""

from __future__ import annotations

import re

from claims.extract.speaker_lexicon import Lexicon, fold
from claims.extract.speaking_bodies_en import LEADING_ARTICLE
from claims.extract.subject_openings_en import GROUP_NOUNS

# "A team of Indonesian and Australian archaeologists has found …", "an international team led by astronomers at X
# reported …": the team as the article introduces it, which "the team" later stands for.
TEAM_INTRODUCED = re.compile(
    r"\b[Aa]n?\s+(?P<team>(?:(?:international|joint|multinational|small|large|[A-Z][\w-]*)\s+){0,2}(?:research\s+)?team\s+"
    r"(?:of|led\s+by|from|at)\s+[^,.;:\"“”()]{3,90}?)(?=\s+(?:has|have|had|said|says|found|reported|discovered|published|"
    r"announced|identified|described|who|which|that)\b|[,.;])")
# English: a group named by where its people live or work ("Residents of X and Y in Z", "RESIDENTS
# of Bonne Aventure, Gasparillo", "Farmers along the Muntimpa stream").
GROUP_OF_PLACES = re.compile(
    r"(?P<noun>[A-Z][a-z]+s|[A-Z]+S)\s+(?:(?:of|in|from)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,;:()]*\s(?:and|or)\s[^,;:()]+"
    r"|(?:of|in|from)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    r"|(?:along|near|around|beside)\s+the\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s+[a-z]+)")
# English: a person described by a role at a place's common noun ("An economist at a Dar es Salaam
# brokerage", "a nurse at the Kisumu county hospital"): the capitalised words name the place.
# Also a group so described ("Tenants in a Nechells tower block").
ROLE_AT_A_PLACE_NOUN = re.compile(
    r"(?:(?:[Aa]n?|One|one|Another|another)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z][a-z]+s)\s+(?:at|with|from|in)\s+(?:a|an|the)\s+"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+(?:[a-z]{1,3}\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?)+(?:[a-z][\w-]*\s+)?[a-z][\w-]*")

# Lower-case words between a capitalised modifier and a name: "Bus operator Dunav Ekspres".
NOUNS_BEFORE_NAME = re.compile(r"(?:[ \u00a0]+[a-z][a-z-]+){1,3}[ \u00a0]+")

# English: a plural role, then where they work ("researchers from the University of X").
_GROUP_FROM = re.compile(
    r"(?P<noun>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z][a-z]+)\s+(?:(?P<prep>from|at|in|on)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|[a-z]{3,}ing\s+(?:[a-z]+\s+)?[a-z]+s\b)")
# Plural nouns of people by what they do or where they live ("Villagers", "Observers", "Commuters").
_PEOPLE_PLURAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z][a-z]{3,}(?:ers|ors|ents|ants|ists|ians|ees)")


def group_from_institution(segment: str, lex: Lexicon) -> bool:
    """English: "researchers from the University of Leeds and …", "officials at the Home Office",
    "scientists studying patients in Zhuhai", "Villagers in Wyke and Hale", "Observers from the
    Council of Europe": the group, whatever places its description names."""
    group = _GROUP_FROM.match(segment)
    if group is None:
        return False
    noun = group.group("noun")
    return group_noun(noun, lex) or (group.group("prep") is not None and _PEOPLE_PLURAL.fullmatch(noun) is not None)


def group_noun(word: str, lex: Lexicon) -> bool:
    """A plural role or a group noun: "officials", "authorities", "police", "patients", "staff"."""
    low = fold(word)
    return low in ("police", "media", "authorities", "staff") or low in GROUP_NOUNS \
        or (low[-1:] == "s" and (low[:-1] in lex.roles or low[:-1] in lex.organisation_nouns)) \
        or (len(low) > 5 and low.endswith("men"))  # "Fishermen on Kiritimati", "Tradesmen from Leith"


def modifier_before_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether text[start:end], between a one-word capitalised modifier and a name, is one or two
    lower-case words ending with a role or an organisation noun ("Bus operator", "Presidential
    physician"), not a verb ("Mohr spoke about Blankenship")."""
    words = text[start:end].split()
    while words and words[-1].rstrip(".") in lex.titles and " " not in LEADING_ARTICLE.sub("", text[:start].strip()):
        end = text.rindex(words.pop(), start, end)  # "Plant pathologist Dr Anna Fenwick": the title opens the name
    between = NOUNS_BEFORE_NAME.fullmatch(text, start, end)
    if between is None:
        return False
    noun = fold(between.group().split()[-1])
    if noun.endswith("s") and len(noun) > 4 and (noun[:-1] in lex.roles or is_agent_noun(noun[:-1], lex)):
        return True  # "Stockton consultants Leven Geotechnical": a plural trade
    # ("Harbourtown fisher Tom Ellery", "Greyport baker Ann Vale": an agent noun ends the modifier)
    return noun in lex.roles or noun in lex.organisation_nouns or noun in lex.organisations or is_agent_noun(noun, lex) \
        or noun in PEOPLE_BY_KIND  # ("Molong man Ray Dwyer, 64": a town's man)


def is_agent_noun(word: str, lex: Lexicon) -> bool:
    """English: whether the lower-case WORD reads as a person's agent noun ("fisher", "rancher", "beekeeper")."""
    return lex.adjectival_names and len(word) > 4 and word.endswith(AGENT_NOUN_ENDINGS) and word not in _NOT_AGENT_NOUNS


PEOPLE_BY_KIND = frozenset(("man", "woman", "men", "women", "boy", "girl", "teenager", "teen", "mum", "dad", "mother", "father",
                             "grandmother", "grandfather", "couple", "local", "native",
                             # ("Library user Margaret Ellis", "Ward patient X": who uses or lives there)
                             "user", "patient", "tenant", "pupil", "student", "parent", "customer", "passenger", "visitor",
                             "commuter", "resident", "shopper", "veteran",
                             # ("Theatre major Kayla Running Bear": a student by the subject they read)
                             "major"))
# English agent-noun endings, and the words with those endings that are no person.
AGENT_NOUN_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")
_NOT_AGENT_NOUNS = frozenset((
    "former", "other", "another", "later", "earlier", "never", "ever", "however", "together", "whether",
    "rather", "either", "neither", "under", "over", "after", "older", "younger", "longer", "further",
    "elder", "junior", "senior", "major", "minor", "prior", "interior", "exterior", "superior", "inferior",
))


# A description whose head is a body's noun, before its complement or relative clause:
# "the joint venture that operates the line".
_BODY_DESCRIPTION_EN = re.compile(
    # ("the Council of Europe's advisory body on constitutional law": a named owner's)
    r"\s*(?:the|an?)\s+(?:[a-z][\w-]*\s+|(?:[A-Z][a-z]+\s+){1,3}(?=[a-z])|[a-z]+['’]s\s+"
    r"|(?:[A-Z][\w.-]*\s+(?:(?:of|and)\s+(?:the\s+)?)?){0,3}[A-Z][\w.-]*['’]s\s+){0,4}?(?P<noun>(?!(?:of|and|the)\b|[a-z]+ly\s)[a-z]+)"
    r"(?:\s+(?:that|which|based|behind|[a-z]{3,}ing|in|of|with|for|across|near|at|on|run|owned|where|whose)\b.*|,.*"
    # ("the cycling club Mr Kellaways rode with", "the firm she founded": a relative clause without "that")
    r"|\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|he|she|they|we)\s+(?P<verb>[a-z]{2,})\b.*)?")


_PLAIN_DESCRIPTION_EN = re.compile(r"\s*(?:the|an?)\s+(?:(?!(?:of|for|at|in|on|with|by|from|to|the|and|or)\s)[a-z][\w-]*\s+){0,4}"
                                   r"(?P<noun>[a-z]+)\s*")


def describes_a_body(phrase: str, lex: Lexicon) -> bool:
    """Whether PHRASE, an apposition to a name, describes a body: "the joint venture that
    operates the line" ("Ulaanbaatar Railway, the joint venture …" is no person)."""
    if not lex.adjectival_names:
        return False
    if (plain := _PLAIN_DESCRIPTION_EN.fullmatch(phrase)) is not None \
            and (fold(plain.group("noun")) in lex.organisation_nouns or plain.group("noun") in _PUBLIC_BODY_NOUNS):
        return True  # "the national arts funding body" (no "-ing" clause: "funding" qualifies the noun)
    if (description := _BODY_DESCRIPTION_EN.fullmatch(phrase)) is not None:
        noun = description.group("noun")
        if description.group("verb") and fold(description.group("verb")) in lex.roles:
            return False  # "a retired high school English teacher": a person's trade, no relative clause
    elif (one_of := _ONE_OF_BODIES_EN.fullmatch(phrase)) is not None:  # "one of Chile's largest department store chains"
        plural = one_of.group("plural")
        noun = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    else:
        return False
    return fold(noun) in lex.organisation_nouns or noun in _PUBLIC_BODY_NOUNS


_ONE_OF_BODIES_EN = re.compile(
    r"\s*one\s+of\s+(?:the\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)(?:[a-z][\w-]*\s+){0,4}?(?P<plural>[a-z]+s)"
    r"(?:\s+(?:that|which|in|of|with|for|across|on)\b.*|,.*)?")


# Nouns of public bodies, which copy uses to say what a named body is ("the province's health authority").
_PUBLIC_BODY_NOUNS = frozenset((
    "authority", "district", "regulator", "watchdog", "board", "council", "commission", "ministry", "department",
    "body", "trust", "service", "administration", "directorate", "inspectorate", "bureau", "secretariat",
    "region", "hospital", "clinic", "school", "college", "laboratory", "port", "airport", "railroad", "railway",
    # ("the Kingtom Treatment Centre, the largest facility treating COVID-19 patients in Freetown")
    "facility", "centre", "center"))
# ("HSE West and North West, the health region that runs the hospital", "Gallup Indian Medical Center, the
# Indian Health Service hospital across town")


# The people around someone, named by their possessive: "Moradi's team", "Lopez's aides".
_PEOPLE_AROUND_SOMEONE = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*['’]s\s+(?:legal\s+|campaign\s+|defence\s+|defense\s+)?"
    r"(?:team|camp|aides|entourage|allies|advisers|advisors|associates|inner\s+circle)")


def people_around_someone(phrase: str) -> bool:
    """Whether PHRASE names the people around someone by their possessive ("Moradi's team")."""
    return _PEOPLE_AROUND_SOMEONE.fullmatch(phrase) is not None
