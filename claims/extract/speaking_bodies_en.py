"""English: the bodies that speak before or after a bare body noun ("the union", "the agency", "the
state fire service"), and how an earlier speaker fits such a noun: its name when it is an
organisation of that kind, no fit when it is a body of another kind (a council is no agency), none
when it is no body."""

from __future__ import annotations

import re

from claims.extract.bodies_by_kind_en import PRESS_WORDS
from claims.extract.first_names import first_name_gender
from claims.extract.lang.en import SPELLING_VARIANTS
from claims.extract.legal_forms import NEVER_A_COMPANY, never_this_company
from claims.extract.organisations import COMPANY_NOUNS, NOT_A_COMPANY
from claims.extract.sources import canonical_source
from claims.extract.types import SpeakerRef

# (not the Irish article of "An Bord Pleanála", "An Post", "An Garda Síochána", "An Taisce": part of the name)
LEADING_ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]|[Aa]n(?!\s+(?:Bord|Post|Garda|Taisce|Chomhairle|Roinn|Coimisiún)\b))\s+")
DEFINITE_ARTICLE = re.compile(r"\s*[Tt]he\s")
# Common nouns a body is referred back to by ("the agency said"), and the spelling of its name's head.
GENERIC_BODY_NOUNS = frozenset((
    "agency", "body", "directorate", "secretariat", "bureau", "authority", "board", "department", "ministry",
    "regulator", "watchdog", "council", "company", "firm",
    "group", "organisation", "organization", "institute", "service", "centre", "center", "commission", "committee",
    "office", "consortium", "corporation", "operator", "utility", "insurer", "airline", "bank", "club", "union",
    "federation", "association", "university", "hospital", "charity", "court", "tribunal", "foundation", "trust", "district",
    "municipality", "alliance", "coalition",  # ("The Isaac Water Alliance, a coalition of landholders": no company)
))
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.?"
_PLURAL_HEAD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{3,}(?<![su])s")
OUTLET_NOUNS_EN = frozenset(("newspaper", "broadcaster", "outlet", "website", "daily", "magazine", "channel", "radio",
                           "television", "tabloid", "weekly", "news"))


def _reads_as_body(name: str, text: str) -> bool:
    """A name no person has: one closing on a plural noun ("Halden Terminals", "Dunmore Valley Coaches"),
    whose first word is no first name; one word that says "it" of itself ("Translink said it was
    disappointed"); or one the article gives a spokesperson or a chief executive ("Vukani Gold
    spokesperson Lerato Dlamini"); one in apposition to what owns or runs a thing ("the mine's owner, Prairie
    Crown Potash")."""
    words = name.split()
    if re.search(rf"(?<![\w-]){re.escape(name)}(?:['’]s)?\s+{_BODY_STAFF}", text) is not None \
            or re.search(rf"{_OWNING_NOUN},\s+{re.escape(name)}\b", text) is not None:
        return True
    if len(words) == 1:
        return re.search(rf"(?<![\w-]){re.escape(name)}{_SAID_IT}", text) is not None
    return _PLURAL_HEAD.fullmatch(words[-1]) is not None and first_name_gender(name) is None \
        and re.search(rf"\b{_HONORIFIC}\s+{re.escape(name)}\b", text) is None  # (not "Professor Siân Rowlands")


_ROLE_IN_NAMED_BODY = re.compile(
    r"(?:spokes(?:wo)?man|spokesperson|representative)\s+(?:for|of)\s+(?:the\s+)?(?P<body>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*)*)")
_BODY_STAFF = r"(?:spokes(?:wo)?man|spokesperson|CEO|chief\s+executive|managing\s+director)\b"
_OWNING_NOUN = r"\b(?:owner|operator|employer|developer|contractor|manufacturer|maker|parent\s+company)"  # ("the mine's owner, X")
_SAID_IT = r"\s+(?:said|says|added|stated|confirmed|insisted)\s+(?:that\s+)?it\s+(?:was|is|had|has|would|will|could|did|does)\b"


def _named_with_initials(text: str, name: str) -> bool:
    """Whether the article writes NAME with its initials after it, as bodies are: "Médecins Sans Frontières (MSF)"."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) >= 2 and f"{name} ({initials})" in text


# Kinds of body whose names use another kind's noun: unions are often associations or federations
# ("The British Medical Association announced … The union said"); "the group" stands for many.
_ALSO_NAMED = {"union": {"association", "federation"},
               "group": {"association", "federation", "union", "council", "foundation", "trust", "charity", "organisation", "organization",
                         "alliance", "coalition"}}


# The noun an apposition gave a name right before it ("operator, ").
_DESCRIBED_RIGHT_BEFORE = re.compile(r"\b([a-z]+),\s*$")


def _other_kinds(noun: str) -> frozenset[str]:
    """The body nouns that name another kind of body than NOUN (not its spelling variant, nor a kind named so too)."""
    return GENERIC_BODY_NOUNS - {noun, SPELLING_VARIANTS.get(noun)} - _ALSO_NAMED.get(noun, set())


def paper_reporting(name: str, noun: str) -> bool:
    """Whether NAME is a paper's ("The Economic Times") that a body NOUN other than an outlet's ("the company")
    cannot stand for: it reported on the body."""
    return noun not in OUTLET_NOUNS_EN and PRESS_WORDS.fullmatch(name.split()[-1]) is not None


def outlet_reported(text: str, end: int, noun: str) -> bool:
    """Whether the name ending at END "reported" (", The Nation reported"): an outlet, which a body NOUN other than an
    outlet's ("the company") cannot stand for."""
    return noun not in OUTLET_NOUNS_EN and _REPORTED_NEXT.match(text, end) is not None


_REPORTED_NEXT = re.compile(r"\s+(?:reported|reports|has\s+reported)\b")


_PRIVATE_NOUNS = frozenset(("company", "firm", "business"))


def body_fit(noun: str, earlier: SpeakerRef | None, text: str) -> str | bool | None:
    """How an earlier speaker fits a bare body NOUN ("the agency"): its name when it is an
    organisation the noun can stand for, False when it is a body of another kind ("Harbour Council"
    is no agency; "the state-run newspaper Hanoi Daily" no consortium), None when it is no body or a
    news agency reporting on it ("…, according to Reuters. … the company also said")."""
    if earlier is not None and (role_in := _ROLE_IN_NAMED_BODY.fullmatch(earlier.name)) is not None:
        return role_in.group("body")  # "A spokesperson for Translink said … The company said …"
    if earlier is None or not earlier.name[:1].isupper() or canonical_source(earlier.name) is not None or not (
            earlier.kind == "organisation" or _reads_as_body(earlier.name, text) or _named_with_initials(text, earlier.name)
            or re.search(rf"\b{noun},?\s+{re.escape(earlier.name)}\b", text) is not None):  # ("heritage agency, Onroerend Erfgoed,")
        return None
    words = [w.casefold() for w in earlier.name.split()]
    if len(words) >= 3 and words[-2] == "local" and words[-1].isdigit():
        words = words[:-2]  # "Prairie Mine Workers' Union Local 212": a union
    heads = {words[-1], words[0]} | ({words[words.index("of") - 1]} if "of" in words[1:] else set())
    described = {w.casefold() for w in (earlier.mention or "").split()}
    if not heads.isdisjoint(_other_kinds(noun)) \
            or described & OUTLET_NOUNS_EN:
        return False
    if never_this_company(noun, earlier.name) or noun in _PRIVATE_NOUNS and NOT_A_COMPANY.search(earlier.name):
        return False  # ("the company" is no "Health and Safety Executive")
    if noun in NEVER_A_COMPANY and (at := text.find(earlier.name)) > 0 \
            and (described := _DESCRIBED_RIGHT_BEFORE.search(text, max(0, at - 30), at)) is not None \
            and described.group(1) in COMPANY_NOUNS:
        return False  # ("The mine's operator, Compañía Minera del Loa, said …" is no union)
    if paper_reporting(earlier.name, noun) or earlier.mention and (at := text.find(earlier.mention)) >= 0 \
            and outlet_reported(text, at + len(earlier.mention), noun):
        return None  # (", The Nation reported. … the company said": the paper is no company)
    return earlier.name


def previous_body(noun: str, drafts, resolved: list[SpeakerRef | None], i: int, text: str) -> str | None:
    """"According to Fisheries New Zealand, … The agency said …": the organisation that spoke last,
    in this paragraph or the one before, when its name is no other kind of body."""
    for j in range(i - 1, -1, -1):
        if drafts[i].paragraph - drafts[j].paragraph > 1:
            return None
        fit = body_fit(noun, resolved[j], text)
        if fit is not None:
            return fit or None
    return None


def only_body_before(noun: str, resolved: list[SpeakerRef | None], i: int, text: str) -> str | None:
    """"AEMET said … [three paragraphs] … The agency said …": the one organisation that spoke before
    anywhere in the article, when the noun fits it and no other body spoke."""
    fits = {body_fit(noun, earlier, text) for earlier in resolved[:i]} - {None}
    return next(iter(fits)) if len(fits) == 1 and False not in fits else None


# Bodies' nouns that say what a body does, not what kind of body it is.
BODY_ROLE_NOUNS = frozenset(("regulator", "watchdog", "operator", "body", "utility", "insurer"))


# "state fire service", "national weather agency": lower-case modifiers, then a body's noun.
MODIFIED_DESCRIPTION = re.compile(r"(?P<modifiers>(?:[a-z-]+\s+){1,2})(?P<noun>[a-z]+)")
# Modifiers that any body of a level may have: no evidence of which body it is.
VAGUE_MODIFIERS = frozenset(("state", "national", "federal", "local", "regional", "city", "county", "provincial",
                              "government", "public", "new", "main", "central", "municipal", "official"))


# A body's scope: a local one is none of the national bodies sharing its other words.
_LOCAL_SCOPE = frozenset(("municipal", "city", "local", "regional", "provincial", "county", "district", "town", "village"))
_WIDER_SCOPE = frozenset(("National", "Federal", "Central", "State", "Supreme"))


def scopes_clash(description: str, name: str) -> bool:
    """Whether a local body's DESCRIPTION ("municipal electoral commission") cannot stand for NAME
    ("National Electoral Commission")."""
    return not _LOCAL_SCOPE.isdisjoint(description.split()) and not _WIDER_SCOPE.isdisjoint(name.split())


# Bodies of members, which no administration's noun ("board", "service", "department") stands for.
_MEMBERS_BODIES = frozenset(("union", "association", "federation", "party", "alliance", "coalition", "league"))


def body_sharing_a_modifier(drafts, resolved: list[SpeakerRef | None], i: int, modifiers: set[str],
                            noun: str | None = None) -> str | None:
    """The organisation speaking within the next two paragraphs whose capitalised name holds one of
    MODIFIERS ("fire" in "Sarawak Fire and Rescue Department"); not a body of members when NOUN, given, names
    another kind ("the health board" is no "Health and Allied Workers' Union")."""
    for j in range(i + 1, len(drafts)):
        if drafts[j].paragraph - drafts[i].paragraph > 2:
            break
        later = resolved[j]
        if later is not None and later.kind == "organisation" and later.name[:1].isupper() and " " in later.name \
                and any(w.casefold().startswith(m[:7]) for m in modifiers for w in later.name.split()) \
                and not (noun is not None and noun not in _MEMBERS_BODIES and later.name.split()[-1].casefold() in _MEMBERS_BODIES) \
                and not (noun is not None and _described_as_another_kind(later, noun)):
            return later.name  # (by its stem: "the municipality" for "Dili Municipal Authority")
    return None


def _described_as_another_kind(body: SpeakerRef, noun: str) -> bool:
    """Whether the words before BODY's name in its mention call it a body of another kind than NOUN ("the medical
    charity Health Without Walls" is no "health directorate")."""
    mention = body.mention or ""
    described = mention[:mention.find(body.name)] if body.name in mention else ""
    return not _other_kinds(noun).isdisjoint(w.casefold() for w in described.split())


# Places whose possessive names no particular body ("the province's regulator").
_PLACE_OWNERS = frozenset(("province", "island", "state", "country", "city", "territory", "region", "county", "town", "nation",
                           "government", "district", "capital", "village", "council"))


def body_named_next(drafts, resolved: list[SpeakerRef | None], i: int, noun: str, modifiers: set[str], text: str) -> str | None:
    """The organisation with a capitalised name that speaks next, in this paragraph or the next, and
    is no body of another kind than NOUN; but first the one speaking within two paragraphs whose name
    holds a word of the description's MODIFIERS ("the country's disaster management agency" … "the
    National Institute for Disaster Risk Management and Reduction")."""
    nearest = None
    # ("the airport's operator": whose it is; not "the province's pharmacy regulator": a place's body, any name)
    owners = {m[:-2] for m in modifiers if m.endswith(("'s", "’s"))} - _PLACE_OWNERS
    for j in range(i + 1, len(drafts)):
        if drafts[j].paragraph - drafts[i].paragraph > 2:
            break
        later = resolved[j]
        if later is None or later.kind != "organisation" or not later.name[:1].isupper() or " " not in later.name \
                or noun not in BODY_ROLE_NOUNS and body_fit(noun, later, text) is False:
            continue  # (a regulator or a watchdog may be a body of any kind; a ministry is no service)
        if modifiers & (words := {w.casefold() for w in later.name.split()}):
            return later.name
        if nearest is None and drafts[j].paragraph - drafts[i].paragraph <= 1 and not owners - words:
            nearest = later.name
    return nearest


def body_that_spoke(speaker: SpeakerRef, earlier: list[SpeakerRef | None]) -> str | None:
    """"The federation said" taken for the International Chess Federation, mentioned last, when the
    one federation that has spoken is the Vietnam Chess Federation: the body that spoke."""
    mention = LEADING_ARTICLE.sub("", (speaker.mention or "").strip())
    noun = mention.lower()
    if not DEFINITE_ARTICLE.match(speaker.mention or "") or noun not in GENERIC_BODY_NOUNS \
            or speaker.name.split()[-1].lower() != noun:
        return None
    spoken = {s.name for s in earlier if s is not None and s.name[:1].isupper() and s.name.split()[-1].lower() == noun}
    return spoken.pop() if len(spoken) == 1 and speaker.name not in spoken else None


def to_pronouns_after(drafts, resolved: list[SpeakerRef | None], i: int, name: str) -> None:
    """Give resolved[i]'s name to the claims after it that a pronoun gave NAME, up to its next mention."""
    for j in range(i + 1, len(resolved)):
        later = resolved[j]
        if later is None or later.name != name:
            continue
        if drafts[j].mention is None or not drafts[j].mention.pronoun:
            return
        resolved[j] = SpeakerRef(resolved[i].name, later.mention, later.role, resolved[i].kind)


_PLACE = r"(?!(?:The|A|An|In|At|On|Its|Their|Our|This|That)\b)(?P<place>(?:St\. )?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?)"
# Where the article says which city's government "the city" is: "Calgary city council", "Yerevan
# city hall", "the mayor of Regina", "In St. John's, the city said", "the City of Kigali".
_CITY_GOVERNMENT = tuple(re.compile(pattern) for pattern in (
    rf"(?<![\w'’-]){_PLACE}(?:['’]s)? [Cc]ity (?:[Hh]all|[Cc]ouncil|councillors?|officials|administration|manager)\b",
    rf"\b[Mm]ayor of {_PLACE}\b", rf"\bIn {_PLACE}, the city (?:said|says)\b", rf"\b[Tt]he [Cc]ity of {_PLACE}\b"))  # (also "the city of Marshalltown")
# A lede's "in Saskatoon, Saskatchewan,", "in Okayama, western Japan,": a city and its province, state or part of a
# country (not "in Kita Ward, Okayama,": a ward of the city).
_CITY_AND_REGION = re.compile(rf"\bin {_PLACE}(?<! Ward)(?<! District)(?<! County), "
                              r"(?:(?:north|south|east|west|central)(?:ern)?(?:-\w+)? )?"
                              r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)?,")


def city_government(text: str) -> str | None:
    """"City of X" for the one city X the article names as a city with a government, else as its
    lede's city and region; None when it names none or several. A place is a name the article
    also writes inside a sentence: "Opposition city councillor" opens a sentence and names none."""
    cities = {m.group("place") for pattern in _CITY_GOVERNMENT for m in pattern.finditer(text)}
    if not cities:
        cities = {m.group("place") for m in _CITY_AND_REGION.finditer(text)}
    if len(cities) != 1:
        return None
    city = cities.pop()
    return f"City of {city}" if re.search(rf"[\w,;:)] {re.escape(city)}\b", text) else None


def named_in_apposition(text: str, noun: str) -> str | None:
    """The one name the article describes in apposition as a NOUN ("Rupsha Fibre Industries Ltd, a
    private jute spinning mill in Khulna," for "the mill"), else None."""
    if noun not in text:
        return None
    found = set()
    at = text.find(", a", 0)
    while at != -1:  # (a plain search for the apposition's comma first: the article's names are many)
        described = _DESCRIPTION_OF_NOUN.match(text, at)
        if described is not None and described.group("noun") == noun \
                and (named := _NAME_CLOSING.search(text, max(0, at - 120), at)) is not None:
            found.add(named.group("name").removeprefix("The "))
        at = text.find(", a", at + 3)
    for described in _PLACES_DESCRIPTION_OF_NOUN.finditer(text):  # "the Atlantic Philharmonic, Halifax's professional orchestra,"
        if described.group("noun") == noun and (named := _NAME_CLOSING.search(text, max(0, described.start() - 120), described.start())):
            found.add(named.group("name").removeprefix("The "))
    found = {name for name in found if first_name_gender(name) is None}  # (not "Ann Lee, a committee member")
    return found.pop() if len(found) == 1 else None


_DESCRIPTION_OF_NOUN = re.compile(
    r", an? (?:(?!(?:the|of|after|before|in|at|for|to|and|with|on|by|from|who|which|day)\b)[\w-]+ ){0,4}(?P<noun>[a-z]+)"
    r"(?=[,.;:]|\s+(?:in|near|at|on|outside|based|from|of|that|which|owned|run|with)\b)")
_PLACES_DESCRIPTION_OF_NOUN = re.compile(r", (?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+ )?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+['’]s (?:[a-z-]+ ){0,3}(?P<noun>[a-z]+)(?=[,.;:])")
_NAME_CLOSING = re.compile(
    r"(?<![\w&'’.-])(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?: (?:(?:of|and|for|&) )?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){1,6})$")
