"""English: a body left named by the kind of body it is ("the water company said", "the regulator
said", "the health system", "the district") stands for the one body of that kind the article names
before the claim, though its name holds no such word: "United Utilities" is a company, "Office for
Nuclear Regulation" a regulator, "Knox County Schools" a district, "Virginia Tech" a university. So
do a kind's papers ("council figures", "a district transportation analysis", "the team's incident
log", "a report to cabinet"), an office-holder's office ("the sheriff's office") and a headline's
capitalised kind ("Regulator says"). A kind's spokesperson ("a district spokesperson") keeps the role
as written: the real annotations keep "Woolworths spokesperson", "la porte-parole de la fédération".

A public kind is told from the words of the name ("Regulation", "Ombudsman" for a regulator); a
company's kind takes any name with no public body's or newspaper's word, that is no country and is
written after no place's preposition or comma ("off South Taranaki"; but "at the X plant" is a
company's), and lists no second name ("X and Y"). Persons' names (a listed first name, a gender the
article gives), titles before them ("Acting Fair Work Ombudsman Natalie Brennan"), bylines and photo
credits are no bodies. With two bodies of the kind, the one named more often, when one is; else
nothing changes."""

from __future__ import annotations

import re
from collections import Counter

from claims.extract.dates import month_names
from claims.extract.first_names import is_first_name
from claims.extract.lang.en import CAPITALISED_FUNCTION_WORDS, MONTHS, PLACE_KEYS
from claims.extract.name_words import closes_on_a_company_word
from claims.extract.types import SpeakerRef

_CAPITALISED = r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ](?:[\w&'’-]|\.(?=\w))*|[A-Z]{2,}-[A-Z][\w-]*)"
# A body's name: capitalised words, linked by "of", "and", "for", "the", "&" inside; a number after
# an acronym or "No." ("Dodge City USD 443", "District No. 3").
_NAME = re.compile(
    rf"(?<![\w'’.-]){_CAPITALISED}(?:[ \u00a0]+(?:(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?|(?:and|&|nan|na)[ \u00a0]+)?{_CAPITALISED})*"
    r"(?:(?<=[A-Z]{2})[ \u00a0]+\d{1,4}\b|[ \u00a0]+No\.[ \u00a0]+\d{1,4}\b)?")
# Words of a public body's name, which no company's kind ever names.
_PUBLIC = re.compile(
    r"\b(?:Department|Ministry|Agency|Service|Services|Board|Administration|Commission|Council|Office|Authority|"
    r"Government|Parliament|Assembly|Police|Constabulary|Court|Committee|Regulat\w*|Ombudsman|Inspectorate|Executive|"
    r"Bureau|Directorate|Comhairle|Coimisiún|University|College|Schools?|District|Trust|Union|Association|"
    r"Federation|Confederation|Chamber|Guild|Organi[sz]ation|Institute|Foundation|Society|Party|Club|Church|Museum|Library|NHS|County|City|"
    r"Alliance|Coalition|Forum|Campaign|Friends|Action|Partnership|"
    r"State|Republic|Kingdom|Nations|Park|Forest|Centre|Center|Hospital|Network|Group\s+of)\b")
_PRESS_NAME_WORDS = ("Daily", "Times", "Post", "Herald", "News", "Gazette", "Journal", "Chronicle", "Telegraph", "Mercury", "Echo",
                     "Star", "Mail", "Press", "Radio", "FM", "TV", "Tribune", "Observer", "Guardian", "Independent", "Reporter",
                     "Courier", "Advertiser", "Examiner", "Sentinel", "Record", "Packet", "Sun", "Standard")
PRESS_WORDS = re.compile(r"\b(?:" + "|".join(_PRESS_NAME_WORDS) + r")\b")
# A newspaper's name, closing on a word of the press that no broadcaster's or news agency's closes on ("Gwent Courier").
_NEWSPAPER_WORDS = r"\b(?:" + "|".join(w for w in _PRESS_NAME_WORDS if w not in ("News", "Press", "Radio", "FM", "TV")) + r")$"
_RESEARCH = re.compile(r"\b(?:[Rr]esearchers|[Ss]tudy|[Ss]cientists|journal|peer-reviewed)\b")
# Natural features and works named like bodies ("the Kennebec River", "Halcyon Falls Dam").
_GEOGRAPHY = re.compile(r"\b(?:River|Lake|Loch|Valley|Bay|Dam|Mountains?|Hills?|Islands?|Falls|Creek|Forest|Estuary|Canal|Harbou?r|Beach|"
                        r"Coast|Peninsula|Reservoir|Sound|Strait|Road|Street|Avenue|Lane|Drive|Boulevard|Highway|Motorway)$")
# Events named like bodies ("Williamson Butte Fire", "Storm Elspeth").
_EVENT = re.compile(r"\b(?:Fire|Fires|Storm|Flood|Floods|Festival|Fair|Marathon|Cup|Games|Act|Bill|Show|Week|Day)\b|^Storm\b")
# The kinds of company: any name that is no public body's, person's or place's.
_COMPANY_KINDS = frozenset((
    "company", "firm", "utility", "operator", "business", "cooperative", "co-operative", "manufacturer", "developer",
    "carrier", "airline", "insurer", "retailer", "supplier", "producer", "miner", "processor", "employer"))
_REGULATOR_WORDS = r"\bRegulat\w*|\bOmbudsman\b|\bCommission\b|\bAuthority\b|\bInspectorate\b|\bOffice (?:for|of)\b"
# The public kinds and the words their names hold ("Queensland Health" is a department, "UPMC" a health system).
_KINDS = {kind: re.compile(words) for kind, words in (
    ("council", r"\bCouncil\b|\bComhairle\b"),
    ("university", r"\bUniversity\b|\bCollege\b|\bTech\b|^[A-Z]{2,4}-[A-Z]"),
    ("district", r"\bSchools\b|\bSchool District\b|\bUSD\b|\bISD\b|\bDistrict\b"),
    ("regulator", _REGULATOR_WORDS),
    ("watchdog", _REGULATOR_WORDS),
    ("agency", r"\bAgency\b|\bDirectorate\b|\bDepartment\b|\bService\b|\bAuthority\b|\bAdministration\b|\bHealth\b|\bOffice\b|\bCommission\b"),
    ("department", r"\bDepartment\b|^(?:[A-Z][a-z]+ )+(?:Health|Infrastructure|Transportation|Environment)$"),
    ("system", r"\bHealth\b|\bHealthcare\b|\bMedical\b|\bHospitals?\b|^[A-Z]{3,5}$"),
    ("provider", r"\bHealth\b|\bHealthcare\b|\bCare\b|\bMedical\b"),
    # ("the Rail and Transport Workers' Alliance", "the Nurses and Midwives Alliance of Western Australia"; not "the Press
    # Association", the news agency)
    # (a labour movement: "the Labour Qaumi Movement"; no world body: "the International Labour Organization")
    ("union", r"^(?!(?:International|World) .*\bOrgani[sz]ation\b)(?:.*\bUnion\b|.*\bOrgani[sz]ation\b|.*(?<!Press )\bAssociation\b|.*\bFederation\b|.*\bSindicato\b"
              r"|.*\b(?:Workers|Nurses|Midwives|Teachers|Employees|Doctors)['’]? Alliance\b|(?:Labou?r|Workers)\b.*\bMovement\b)"),
    ("railway", r"\bRailways?\b"),
    ("port", r"\bPort\b"),
    ("commission", r"\bCommission\b|\bCoimisiún\b"),
    ("hospital", r"\bHospitals?\b|\bHealth\b|\bHealthcare\b|\bMedical Cent(?:er|re)\b|\bInfirmary\b"),
    ("trust", r"\bTrust\b"),
    ("team", r"\bTeam\b"),
    ("city", r"^City of\b"),
    ("park", r"\bNational Park\b"),
    ("ministry", r"\bMinistry\b"),
    ("forecaster", r"\bMet\b|\bMeteorolog|\bWeather\b"),
    ("paper", _NEWSPAPER_WORDS),
    ("newspaper", _NEWSPAPER_WORDS),
    # (a British council is "the authority")
    ("authority", r"\bAuthority\b|\bCouncil\b"),
    ("ombudsman", r"\bOmbudsman\b"),  # ("the ombudsman found": the "Housing Ombudsman Service" the article named)
)}
# Every kind, public or a company's ("Regulator says", "Firm says" in a headline or a standfirst).
BODY_KINDS = frozenset(_KINDS) | _COMPANY_KINDS
# Only "health system", "hospital system", "health provider" are such systems and providers.
# Facilities whose operator is seldom the company a story is about ("the airport operator", "the port operator").
_OTHER_OPERATORS_FACILITIES = frozenset(("airport", "port", "harbour", "harbor", "stadium", "terminal"))
_QUALIFIED_KINDS = {"system": ("health", "hospital", "healthcare"), "provider": ("health", "healthcare", "care")}
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|at|off|outside|across|around|between)|,)[ \u00a0]+(?:the[ \u00a0]+)?$")
_PUBLIC_HEAD_CLOSING = re.compile(r"\b(?:Council|Authority|Agency|Department|Ministry|Commission|Board|Trust|Service|Schools)$")
_CREDIT = re.compile(r"\b(?:Photo|Image|Picture|Credit)s?\b|©")
_AUDIENCE_OR_CREDIT_BEFORE = re.compile(r"(?:\btold(?: the)?|[A-Za-z] /) $")
_SITE_AFTER = re.compile(r"['’]?s?[ \u00a0]+(?:plant|site|factory|mill|mine|works|refinery|yard|shipyard|depot|warehouse|store|terminal)\b")
_NOT_NAME_WORDS = frozenset((
    *CAPITALISED_FUNCTION_WORDS, *(month.capitalize() for month in month_names(MONTHS)),
    "Between", "Mr", "Mrs", "Ms", "Dr", "Cllr", "THE", "Published", "Updated", "Posted"))
# A body's papers named by its kind ("council figures", "a district transportation analysis").
_PAPERS = frozenset(("figures", "data", "papers", "counts", "analysis", "memo", "estimates", "statistics", "numbers"))
_KIND_ADJECTIVES = {"departmental": "department"}
# "the team’s incident log", "a summary posted on the cooperative's website": a kind's own papers.
_OWNERS_PAPERS = re.compile(
    r"(?:[a-z-]+ ){0,3}?(?:posted on |published on |from )?(?:the |its )?(?P<owner>[a-z]+)['’]s (?:own )?(?:[a-z-]+ ){0,2}"
    r"(?:log|website|figures|data|records|report|accounts|papers|summary|statement|count|counts|minutes)")
_REPORT_TO_CABINET = re.compile(r"(?:[a-z]+ )?report to (?:its |the )?cabinet")
# An office-holder's office named by the holder's title: "sheriff's office", "county attorney's office".
HOLDERS_OFFICE = re.compile(r"(?P<holder>(?:county |district |city |state )?(?:sheriff|attorney|prosecutor|clerk|coroner|assessor|auditor"
                            r"|commissioner|(?i:o)mbudsman))['’]s office")  # ("the Ombudsman's office": a title's capital)
_FROM_THE = re.compile(r"\bfrom the\b")
# A body's spokesperson named by the body's kind: "a district spokesperson", "A county council spokesman".
_DEFINITE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s|[Ii]t$|[A-Z][a-z]+$")


_STORM = re.compile(r"(?:(?:Tropical|Severe|Super)\s+)?(?:Cyclone|Hurricane|Typhoon|Storm|Depression)\s")


# A capital inside one word names a brand ("NivesaPay", "PayPal"), not a surname ("McKenna", "MacLeod", "DeSantis").
_INNER_CAPITAL = re.compile(r"^(?!Mc|Mac|De|Di|La|Le|Van|Von|O['’])[A-Z][a-z]+[A-Z][a-z]")


def _bodies(text: str) -> list[tuple[int, str, bool]]:
    """(offset, name, whether a place's preposition comes before it) of each body's name TEXT
    gives, once per time it is written; not in a byline or a photo's credit."""
    found = []
    for m in _NAME.finditer(text):
        words = m.group().removesuffix("'s").removesuffix("’s").rstrip("'’").split()
        start = m.start()
        while words and words[0] in _NOT_NAME_WORDS:
            start = text.find(words[1], start) if len(words) > 1 else start
            words.pop(0)
        if not words or len(words) == 1 and not (words[0].isupper() and 1 < len(words[0]) <= 6 or "-" in words[0]
                                                 or _INNER_CAPITAL.search(words[0])) \
                or len(words) > 1 and all(w.isupper() for w in words):
            continue  # (one capitalised word: a sentence's first word, a place, a surname; a byline in capitals)
        name = " ".join(words)
        if _STORM.match(name):
            continue  # "Tropical Cyclone Vete", "Hurricane Dorian": weather, no body
        if is_first_name(words[0]) and len(words) <= 3 and _PUBLIC.search(name) is None \
                or any(is_first_name(w) and nxt[:1].isupper() for w, nxt in zip(words[1:], words[2:])):
            continue  # a person, or a role before a person ("Acting Fair Work Ombudsman Natalie Brennan")
        line = text[text.rfind("\n", 0, start) + 1:start]
        if line.startswith("By ") or _CREDIT.search(line) is not None or _AUDIENCE_OR_CREDIT_BEFORE.search(line) is not None \
                or text.startswith((" | By ", " newsroom"), start + len(name)):
            continue  # (nor "told KDLG", "Hannah Ebersole / KDLG", "KDLG | By Hannah Ebersole": the outlet)
        after_place = _PLACE_BEFORE.search(text, max(0, start - 16), start) is not None \
            and _SITE_AFTER.match(text, start + len(name)) is None  # ("at the Gulfmark Olefins plant": a company's)
        first, _, second = name.partition(" and ")
        if second and _PUBLIC_HEAD_CLOSING.search(first) and _PUBLIC_HEAD_CLOSING.search(second):
            # "Westford County Council and Holt District Council": two bodies
            found.extend(((start, first, after_place), (start + name.index(second), second, False)))
            continue
        found.append((start, name, after_place))
    return found


def _kind_of(name: str) -> tuple[str, bool] | None:
    """The kind of body NAME names ("water company": "company"; a headline's "Regulator"), or whose
    papers it names ("council figures", "the team's incident log", "a report to cabinet"), with
    whether NAME names papers."""
    if (office := HOLDERS_OFFICE.fullmatch(name)) is not None:
        return f"{office.group('holder')}'s office", False  # "the sheriff's office", "the county attorney's office"
    if (owned := _OWNERS_PAPERS.fullmatch(name)) is not None and (owned.group("owner") in _KINDS or owned.group("owner") in _COMPANY_KINDS):
        return owned.group("owner"), True
    if _REPORT_TO_CABINET.fullmatch(name) is not None:
        return "council", True  # (a British council's cabinet)
    words = name.split()
    if len(words) == 1 and name[:1].isupper() and name[1:].islower() and name.lower() in BODY_KINDS and name != "Ombudsman":
        return name.lower(), False  # a headline's "Regulator says …", a standfirst's "Firm says …" (the "Ombudsman": a title)
    if not 1 <= len(words) <= 4 or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return None
    if len(words) >= 2 and words[-1] in _PAPERS:
        kind = next((_KIND_ADJECTIVES.get(w, w) for w in words[:-1] if _KIND_ADJECTIVES.get(w, w) in _KINDS), None)
        return (kind, True) if kind is not None else None
    if len(words) > 3:
        return None
    kind = words[-1]
    if kind in _QUALIFIED_KINDS and (len(words) < 2 or words[-2] not in _QUALIFIED_KINDS[kind]):
        return None
    if kind in _COMPANY_KINDS and len(words) >= 2 and words[-2] in _OTHER_OPERATORS_FACILITIES:
        return None  # "the airport operator" in a story about an airline: not the company the article named

    return (kind, False) if kind in _KINDS or kind in _COMPANY_KINDS else None


def names_public_kind(name: str, kind: str) -> bool:
    """Whether NAME is a public body of KIND by its words ("Chattogram Divisional Road Transport Workers' Federation"
    is a union)."""
    return kind in _KINDS and _KINDS[kind].search(name) is not None


def _one_of_kind(names: list[tuple[str, bool]], kind: str, speakers: frozenset[str] = frozenset()) -> str | None:
    """The body of KIND among NAMES (each with whether a place's preposition comes before it): the
    only one, the one named most often, else the only one among SPEAKERS (who spoke before)."""
    if kind.endswith("'s office"):
        office = kind.removesuffix("'s office").split()[-1]
        # ("the commissioner's office": the "Office of the Privacy Commissioner of Canada" too)
        # ("the Ombudsman's office": the "Ombudsman of Ontario", the "Financial Ombudsman Service")
        pool = [n for n, _ in names if re.search(rf"\b{office}['’]s Office$|^Office of the (?:[A-Z][\w-]* )*{office}\b"
                                                 rf"|^{office} of [A-Z]|\b{office} Service$", n, re.IGNORECASE)]
    elif kind in _COMPANY_KINDS:
        # ("in South Taranaki", "South Africa": places; "Halden Foods and Marrow Dairies": two companies; "Daily
        # Mercury": the press)
        places = {n for n, after_place in names if after_place}  # ("in Stoke-on-Trent", then "Stoke-on-Trent" alone)
        pool = [n for n, after_place in names if n not in places and " and " not in n and _PUBLIC.search(n) is None
                and PRESS_WORDS.search(n) is None and _EVENT.search(n) is None and _GEOGRAPHY.search(n) is None
                and n.lower() not in PLACE_KEYS]
        if any(kind.capitalize() in n.split() for n in pool):
            pool = [n for n in pool if kind.capitalize() in n.split()]  # "the cooperative": the "… Electric Cooperative"
    else:
        pool = [n for n, _ in names if _KINDS[kind].search(n) is not None]
    # ("Department of Fish and Wildlife" is the "Oregon Department of Fish and Wildlife" named before; "UPMC" is
    # not its "UPMC Children's Hospital")
    pool = [next((other for other in pool if other.endswith(" " + n)), n) for n in pool]
    counts = Counter(pool).most_common(2)
    if not counts or len(counts) == 2 and counts[0][1] == counts[1][1] or len(counts) == 2 and counts[0][1] < 2:
        if kind in _COMPANY_KINDS and len(spoken := set(pool) & speakers) == 1:
            return spoken.pop()  # "Fenwood Ceramics said …" before "The company said", no company named more often
        return None
    return counts[0][0]


def kinds_to_bodies(text: str, resolved: list[SpeakerRef | None], starts: list[int], gender_of, lede_end: int = 0,
                    short_forms: dict[str, str] | None = None) -> None:
    """Replace, in RESOLVED, each speaker named by a body's kind alone ("water company") with the body
    of that kind the article names before the claim starting at the same index of STARTS (anywhere,
    for a headline's or standfirst's capitalised kind before LEDE_END); never with a name the article
    gives a gender (GENDER_OF(name) is not None), a person's."""
    bodies = None
    for i, speaker in enumerate(resolved):
        if speaker is None:
            continue
        found = _kind_of(speaker.name)
        if found is None:
            continue
        kind, papers = found
        if kind == "paper" and _RESEARCH.search(text):
            continue  # ("the paper" of researchers: their study, no newspaper)
        # (a headline's "Regulator says …", or its lower-case "…, union says")
        headline = starts[i] < lede_end and (speaker.name[:1].isupper()
                                             or kind == "union" and (speaker.mention or "").strip() == speaker.name)
        if starts[i] < lede_end and kind in _COMPANY_KINDS and (speaker.mention or "").strip() == speaker.name \
                and (described := _described_as_kind(text, kind)) is not None:
            resolved[i] = SpeakerRef(described, speaker.mention, speaker.role, "organisation")
            continue  # "…, operator says" over "Celtic Biscay Line, a Cork-based ferry operator, …"
        if not papers and not headline and not _DEFINITE.match(speaker.mention or "") and not _FROM_THE.search(speaker.mention or ""):
            continue
        if bodies is None:
            # (nor the short form of a public body's or a paper's name: "National Emergency Management Office (NEMO)")
            public_shorts = {short for short, name in (short_forms or {}).items() if _PUBLIC.search(name) or PRESS_WORDS.search(name)}
            bodies = [body for body in _bodies(text) if gender_of(body[1]) is None and body[1] not in public_shorts]
        # (a headline's or standfirst's "Regulator says": the body the article goes on to name)
        until = len(text) if headline else starts[i]
        spoke = frozenset(earlier.name for earlier in resolved[:i]  # (only a company's kind asks who spoke)
                          if earlier is not None and (earlier.kind == "organisation" or closes_on_a_company_word(earlier.name))
                          ) if kind in _COMPANY_KINDS else frozenset()
        body = _one_of_kind([(name, after_place) for at, name, after_place in bodies if at < until], kind, spoke)
        if body is not None and kind in _COMPANY_KINDS and not _qualifier_goes_with(text, speaker.name, body):
            continue  # "The ferry operator said …" in a story about "the Douglas taxi company MannCabs": another company
        if body is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")


def _described_as_kind(text: str, kind: str) -> str | None:
    """The one name the article describes, in apposition, as a body of KIND ("Celtic Biscay Line, a Cork-based ferry
    operator,"), else None."""
    names = {m.group("name") for m in re.finditer(
        r"(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}" + re.escape(kind) + r"\b", text)}
    return names.pop() if len(names) == 1 else None


def _qualifier_goes_with(text: str, kind_name: str, body: str) -> bool:
    """Whether the word qualifying a company's kind ("ferry" in "ferry operator") agrees with the one
    the article gives BODY, if it gives one ("the Douglas taxi company MannCabs": no ferry operator); never
    for a body the article introduces as a public one ("the state weather agency PAGASA": no cooperative)."""
    if re.search(rf"\b(?:agency|council|ministry|department|authority|commission|regulator|bureau)\s+{re.escape(body)}\b", text):
        return False
    words = kind_name.split()
    if len(words) < 2:
        return True
    described = re.search(rf"\b([a-z]+)\s+(?:company|firm|operator)\s+{re.escape(body)}\b", text)
    return described is None or described.group(1) == words[-2].lower()
