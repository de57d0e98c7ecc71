"""English: a body left named by its common noun alone ("police said", "according to the
commission", "the city said") stands for the one name the article gives with that noun as its
head, after capitalised modifiers ("Tyrol state police") or before its complement ("Commission on
Audit", "City of Cape Town"); with two such names, nothing changes. A body's name the article
also gives after a place or qualifier ("the Parks and Wildlife Service" after "the Tasmania Parks
and Wildlife Service") stands for that fuller name; so does a description whose words the article
capitalises in a name ("the local electric cooperative"), a noun the lexicon does not list named
once with its place ("the khokimiyat"), and "the ministry" of the one minister named by
portfolio. (Company nouns and role phrases in a body, "the company", "a spokeswoman for the
bank", are `speaker_fuller_names_en`'s.)"""

from __future__ import annotations

import re

from claims.extract.first_names import is_first_name
from claims.extract.lang.en import (CAPITALISED_FUNCTION_WORDS, COMPANY_WORDS, ORGANISATION_NOUNS, ORGANISATION_WORDS, ROLE_WORDS,
                                     SPELLING_VARIANTS, TRADES_BEFORE_COMPANY_NAMES)
from claims.extract.name_words import MUNICIPALITY_NOUNS
from claims.extract.organisations import DEMONYM_ENDINGS
from claims.extract.bodies_named_by_noun_en import DAY_OR_MONTH, heads_named
from claims.extract.speaker_organisations import bodies_under_other_heads
from claims.extract.speaker_lexicon import fold
from claims.extract.speaking_bodies_en import city_government, scopes_clash
from claims.extract.types import SpeakerRef

_BODY_NOUNS = frozenset(("police", "commission", "port", "airport", "museum", "court", "tribunal", "inquiry",
                         "regulator", "watchdog", "bureau", "city", "county", "municipality", "district", "province",
                         "town", "village"))

# A body's noun after the capitalised words and the lower-case level naming it: "Tyrol state police",
# "Morobe provincial police", "Valais cantonal police".
_NAMED_WITH_LEVEL = re.compile(
    r"(?<![\w'’-])(?:(?!According\b|As\b|In\b|On\b|At\b|By\b|For\b|From\b|With\b|But\b|And\b|The\b|A\b|An\b|Last\b|Next\b|"
    + DAY_OR_MONTH + r")[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+){1,3}"
    r"(?:state|provincial|prefectural|county|city|district|regional|federal|national|municipal|metropolitan|cantonal)\s+(?P<noun>[a-z]+)\b")


_LEVEL_AND_BODY = re.compile(r"(?:state|provincial|prefectural|county|regional|municipal|cantonal) (?:police|government|council)")


# A town's police inside a sentence: "According to Yokote police, …" (not "Riot police" opening one).
# (after a lower-case word or a comma: "South African police" names no town)
_PLACE_POLICE = re.compile(r"(?:(?<![\w'’-])[a-z][\w'’-]*|,) (?P<police>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+){1,2}police)\b")


def _one_named(text: str, noun: str) -> str | None:
    found = heads_named(text, noun, len(text)) | {m.group() for m in _NAMED_WITH_LEVEL.finditer(text) if m.group("noun") == noun}
    if noun == "police":
        found |= {m.group("police") for m in _PLACE_POLICE.finditer(text)}
        if not found and "Constabulary" in text:
            found = heads_named(text, "constabulary", len(text)) or {  # "Durham Constabulary" … "Police said"
                name for name in heads_named(text, "force", len(text)) if "Constabulary" in name}  # "the Jamaica Constabulary Force"
    found = {name for name in found if not any(other != name and other.endswith(" " + name) for other in found)}
    return found.pop() if len(found) == 1 else None


def _one_under_other_heads(text: str, noun: str) -> str | None:
    """The one body TEXT names under NOUN's other heads ("Huron Shores Medical Center" for "hospital"), else None."""
    names = {name for _, name in bodies_under_other_heads(noun, text)}
    return names.pop() if len(names) == 1 else None


# The capitalised words right before a body's name: "Tasmania ", "New South Wales ".
_QUALIFIER_BEFORE = re.compile(r"(?:(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+ ){1,3}$")
_ROLES = frozenset(fold(role) for role in ROLE_WORDS)
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+) [A-Z]")
_LOWER_CASE_WORD = re.compile(r"\b[a-z]")
_THE_BEFORE = re.compile(r"\bthe $")
_INSTITUTIONS_NAMED_ALONE = ("University of", "College of", "Institute of", "Academy of")


def _fuller_body_name(text: str, name: str) -> str | None:
    """The one fuller name the article gives NAME (a body's name of two words or more) after
    capitalised qualifiers, else None."""
    fuller = set()
    at = text.find(name)
    while at != -1:
        if (person := _NAME_AFTER.match(text, at + len(name))) is not None and is_first_name(person.group(1)):
            pass  # "Acting Fair Work Ombudsman Natalie Brennan": a title before a person, no fuller name
        elif (qualifier := _QUALIFIER_BEFORE.search(text, max(0, at - 40), at)) is not None:
            words = qualifier.group().split()
            opening = text[max(0, qualifier.start() - 3):qualifier.start()].rstrip(" ")[-1:] in ("", ".", "!", "?", "\n", "\"", "“")
            while words and (words[0] in CAPITALISED_FUNCTION_WORDS or re.fullmatch(DAY_OR_MONTH, words[0])
                             or fold(words[0]) in _ROLES or words[0] in TRADES_BEFORE_COMPANY_NAMES):
                words.pop(0)  # ("Remarked Center for …", "Actor Denzel Washington", "Developer X Homes": no qualifiers)
                opening = False
            line_end = text.find("\n", at)
            tags = opening and not _LOWER_CASE_WORD.search(text, text.rfind("\n", 0, qualifier.start()) + 1,
                                                           len(text) if line_end == -1 else line_end)
            if words and not (opening and words[0].endswith("s")) and not words[-1].endswith(DEMONYM_ENDINGS) and not tags:
                # (nor a page's line of tags, "Education Tuntutuliak Lower Kuskokwim School District")
                # (a place opening the sentence, "Akita prefectural police", not a plural noun, "Retailers X and Y",
                # nor a demonym, "the Austrian Constitutional Court")
                fuller.add(" ".join(words) + " " + name)
        elif _THE_BEFORE.search(text, max(0, at - 5), at) and name.startswith(_INSTITUTIONS_NAMED_ALONE):
            return None  # "led by the University of Chile", whatever "the Pontifical Catholic University of Chile" the article names
        at = text.find(name, at + len(name))
    return fuller.pop() if len(fuller) == 1 else None


_CENTRAL_BANK = re.compile(
    r"\b(?:(?:Central|Reserve|National) Bank of|Bank of) (?:the )?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)?\b"
    r"|\b(?!The\b)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)? (?:Central|Reserve) Bank\b(?! of)")


# "Lebanon's central bank, the Banque du Liban (BDL)": a central bank's own name in apposition.
_APPOSED_CENTRAL_BANK = re.compile(
    r"\bcentral bank, (?:the )?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?: (?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*|du|de|des|of|al|el|la)){0,4})")


def _central_bank_named(text: str) -> str | None:
    """The one central bank the article names ("Bank of Botswana", "Central Bank of Iceland",
    "Reserve Bank of Fiji", "European Central Bank", "central bank, the Banque du Liban"), else None."""
    found = {m.group().removeprefix("The ") for m in _CENTRAL_BANK.finditer(text)}
    found |= {m.group("name").rsplit(" ", 1)[0] if m.group("name").endswith((" of", " du", " de")) else m.group("name")
              for m in _APPOSED_CENTRAL_BANK.finditer(text)}
    found = {name for name in found if not any(other != name and name in other for other in found)}
    return found.pop() if len(found) == 1 else None


# A Scottish health board ("NHS Tayside", "NHS Greater Glasgow and Clyde"), not the national services.
_NHS_BOARD = re.compile(r"\bNHS (?!England\b|Scotland\b|Wales\b|Digital\b|Trust\b)[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3}")


def _nhs_board_named(text: str) -> str | None:
    """The one Scottish health board the article names, for "the health board" or "the board", else None."""
    found = {m.group() for m in _NHS_BOARD.finditer(text)}
    return found.pop() if len(found) == 1 else None


# A minister named by portfolio: "Energy Minister Victor Cojocaru", "the Minister of Health".
_PORTFOLIO_MINISTER = re.compile(r"\b(?P<before>[A-Z][a-z]+) [Mm]inister\b|\b[Mm]inister (?:of|for) (?P<after>[A-Z][a-z]+)\b(?! and| &|,)")
_NO_PORTFOLIO = frozenset(("Prime", "Deputy", "Vice", "State", "Foreign", "Chief", "First", "Junior", "Cabinet", "Former",
                           "The", "A", "Interior", "Home", "Minister"))
# A ministry titled "Secretariat" (Mexico's "Secretaría"): "Secretariat of National Defence", "Secretariat of the Navy".
_SECRETARIAT = re.compile(r"\bSecretariat (?:of|for) (?:the )?[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,4}")


def _ministry_of_the_minister(text: str) -> str | None:
    """"Ministry of Energy" for "the ministry" in an article that names no ministry but one minister
    of one portfolio ("Energy Minister Victor Cojocaru"), or one ministry by its Latin American title
    ("Mexico's Secretariat of National Defence (SEDENA)"), else None."""
    secretariats = {m.group() for m in _SECRETARIAT.finditer(text)}
    if len(secretariats) == 1:
        return secretariats.pop()
    portfolios = {m.group("before") or m.group("after") for m in _PORTFOLIO_MINISTER.finditer(text)}
    return f"Ministry of {portfolios.pop()}" if len(portfolios) == 1 and portfolios.isdisjoint(_NO_PORTFOLIO) else None


# "a court in The Hague", "police in Lyon": a body's noun and its seat.
_BODY_IN_PLACE = re.compile(r"(?P<noun>court|tribunal|police|council|town|city|village) in (?P<place>(?:The )?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?)")
# "The town of Nishiwaga": a municipality named with its noun.
_MUNICIPALITY_OF = {noun: re.compile(rf"\b[Tt]he {noun} of (?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?)") for noun in MUNICIPALITY_NOUNS}


def _named_body_of_place(text: str, noun: str, place: str) -> str | None:
    """The one body the article names with NOUN as its head and PLACE in its name: "District Court of
    The Hague" for "a court in The Hague"; for a town in PLACE, the one town the article names ("A town
    in Iwate Prefecture said …" then "The town of Nishiwaga will pay …")."""
    if noun in _MUNICIPALITY_OF:
        towns = {m.group("name") for m in _MUNICIPALITY_OF[noun].finditer(text)}
        return towns.pop() if len(towns) == 1 else None
    found = {m.group() for m in re.finditer(
        rf"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]* ){{1,4}}{noun.capitalize()}(?: of| in)? {re.escape(place)}\b"
        rf"|{re.escape(place)}(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){{0,3}} {noun.capitalize()}\b", text)}
    found = {name.removeprefix("The ") for name in found}
    return found.pop() if len(found) == 1 else None


# "the provincial agriculture ministry", "the health department": a portfolio before the body's noun.
_PORTFOLIO_BODY = re.compile(r"(?:[a-z]+ )?(?P<portfolio>[a-z]+) (?P<noun>ministry|department)")


def _named_portfolio_body(text: str, portfolio: str, noun: str) -> str | None:
    """The one body the article names for PORTFOLIO: "Saskatchewan Ministry of Agriculture",
    "Ministry of Health", "Agriculture Department"."""
    title, head = portfolio.capitalize(), noun.capitalize()
    if title not in text and portfolio in SPELLING_VARIANTS:
        title = SPELLING_VARIANTS[portfolio].capitalize()  # "the labour ministry" of a "Ministry of … Labor"
    if head not in text or title not in text:
        return None
    found = {m.group().removeprefix("The ").removeprefix("the ") for m in re.finditer(
        # ("Ministry of Employment and Labor": the portfolio last of those the body lists)
        # ("the Mississippi State Department of Health": two capitalised words before the head)
        # ("Department of Health Services", "… of Health and Social Care": the words closing the portfolio's name)
        rf"(?:(?:[Tt]he|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){{0,2}} )?(?:{head} of (?:the )?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+,? (?:and )?){{0,3}}{title}\b"
        rf"(?:(?: and)?(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)? (?:Services|Care|Protection|Welfare|Security|Sciences)\b)?|{title} {head}\b)", text)}
    found = {name for name in found if not any(other != name and other.endswith(name) for other in found)}
    return found.pop() if len(found) == 1 else None


# "Australia's maritime regulator", "Britain's competition watchdog": a country's body described by its field.
_COUNTRY_FIELD_BODY = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?|country|nation)['’]s (?P<field>[a-z]+)(?: [a-z]+)? (?:regulator|watchdog|agency|authority)")


# "Romania's energy regulator ANRE …, the regulator said", "the weather bureau PAGASA": a watchdog's
# or a bureau's name right after its noun.
_NAME_AFTER_WATCHDOG = re.compile(
    r"\b(?P<noun>regulator|watchdog|bureau)\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:\s+(?:of\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,5})")


def _watchdog_named(text: str, noun: str) -> str | None:
    found = {m.group("name") for m in _NAME_AFTER_WATCHDOG.finditer(text) if m.group("noun") == noun}
    return found.pop() if len(found) == 1 else None


def _body_of_field(field: str, resolved: list[SpeakerRef | None]) -> str | None:
    """The one organisation speaking in the article whose name holds FIELD ("Australian Maritime Safety
    Authority" for "maritime"), else None."""
    found = {s.name for s in resolved if s is not None and s.kind == "organisation" and field.capitalize() in s.name.split()}
    return found.pop() if len(found) == 1 else None


_UTILITY_FIELDS = frozenset(("Water", "Power", "Electric", "Electricity", "Energy", "Gas", "Hydro", "Utilities", "Utility",
                             "Sewerage", "Light"))


def _utility_speaking(resolved: list[SpeakerRef | None]) -> str | None:
    """"the utility" for the one organisation speaking in the article whose name says it supplies
    water, power or gas ("Honolulu Board of Water Supply"), else None."""
    found = {s.name for s in resolved if s is not None and s.kind == "organisation" and not _UTILITY_FIELDS.isdisjoint(s.name.split())}
    return found.pop() if len(found) == 1 else None


# The heads of bodies' names that copy writes alone, capitalised, for the body it named in full
# ("The Petroleum Division, however, … the Division said").
_CAPITALISED_HEADS = frozenset((
    "ministry", "department", "division", "directorate", "authority", "agency", "commission", "board", "council",
    "committee", "bureau", "office", "service", "corporation", "institute", "tribunal", "court", "federation",
    "association", "administration", "inspectorate", "secretariat", "foundation", "trust", "unit", "prefecture", "centre", "center"))
# A role in a body written by its capitalised head alone: "a senior official of the Division".
_ROLE_IN_HEAD = re.compile(r"(?P<role>.+ (?:of|for|at|from) the) (?P<head>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)")


# The body nouns the lexicon lists, which other passes read ("the company", "the ministry"): a noun it
# does not list ("the khokimiyat") is a local body's, named once with its place.
_LISTED_NOUNS = frozenset(fold(w) for w in (*ORGANISATION_WORDS, *COMPANY_WORDS, *ORGANISATION_NOUNS, *_BODY_NOUNS,
                                             "opposition", "coalition", "majority", "administration"))
_LOCAL = frozenset(("local", "regional", "provincial", "national", "state", "island", "city", "municipal"))
# Listed nouns of a body's unit, whose name opens with them ("Office of the Privacy Commissioner").
_UNIT_NOUNS = frozenset(("office", "secretariat", "directorate", "inspectorate"))


def _named_in_capitals(text: str, description: str) -> str | None:
    """The one name the article writes with DESCRIPTION's words capitalised after its own, for a
    body's description ("the local electric cooperative" → "Catanduanes Island Electric Cooperative"),
    else None. The description must end on a body's head."""
    words = description.split()
    while words and words[0] in _LOCAL:
        words.pop(0)
    if not 1 <= len(words) <= 3 or words[-1] not in _CAPITALISED_HEADS | {"cooperative", "union", "utility"}:
        return None
    written = " ".join(word.capitalize() for word in words)
    # ("Kenya Plantation and Agricultural Workers' Union": linking words inside the name)
    found = {m.group().removeprefix("The ") for m in re.finditer(
        rf"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]* (?:(?:and|of|for|&) (?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?){{1,5}}{written}\b", text)}
    return found.pop() if len(found) == 1 else None


def _name_it_opens(text: str, noun: str) -> str | None:
    """The one name of several words the article opens with NOUN capitalised, for a body whose name
    puts its head first ("the comhairle" for "Comhairle nan Eilean Siar"; "the office" for "Office of the
    Privacy Commissioner", a unit no other pass names), else None."""
    if noun in _ROLES or noun in _LISTED_NOUNS and noun not in _UNIT_NOUNS or not noun.isalpha() or not noun.islower():
        return None
    found = {m.group() for m in re.finditer(
        rf"(?<![\w'’-]){noun.capitalize()}(?: (?:(?:na|nan|of|the|de|du) )*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+", text)}
    return found.pop() if len(found) == 1 else None


# A role in a body its lower-case noun names: "a spokesman for the comhairle".
_ROLE_IN_LOWER_CASE_BODY = re.compile(
    r"(?P<role>(?:.+ )?(?:spokes(?:wo)?man|spokesperson|representative|official|officials|chair|chairman|chairwoman|chief"
    r"|head|leader|member|members|director|officer) (?:of|for|at|from) the) (?P<noun>[a-zà-ÿ]+)")


def _body_of_capitalised_head(text: str, head: str) -> str | None:
    return _one_named(text, head.lower()) if head.lower() in _CAPITALISED_HEADS else None


# A unit of a body its owner's possessive names: "Our Home’s campaign headquarters" (not "X's office":
# an office holder's office keeps the possessive; nor "works council").
_UNIT_OF_NAMED_BODY = re.compile(
    r"(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){0,6})['’]s\s+"
    r"(?P<unit>(?:[a-z]+\s+){0,2}(?:branch|chapter|headquarters|department|committee|division|unit|section|secretariat|wing))")


# A unit of the body a common noun stands for: "the court's press office", "the county's health department".
_UNIT_OF_A_BODYS_NOUN = re.compile(
    r"(?P<noun>court|county|city|ministry|council|hospital|university|commission|tribunal|agency|authority|municipality|district)['’]s\s+"
    r"(?P<unit>(?:[a-z]+\s+){0,2}(?:office|department|management|board(?: of (?:directors|trustees|governors|education))?|committee|unit))")


# A place's body by its common noun: "Marlborough’s council", "Tauranga's hospital".
_PLACES_BODY = re.compile(r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)['’]s (?P<noun>council|hospital|university|port|airport|museum|police)")


def _one_of_place(text: str, noun: str, place: str) -> str | None:
    """The one body TEXT names under NOUN (or its other heads) whose name opens on PLACE, else None."""
    names = {name for name in heads_named(text, noun, len(text)) | {n for _, n in bodies_under_other_heads(noun, text)}
             if name.startswith(place + " ")}
    return names.pop() if len(names) == 1 else None


def generic_nouns_to_bodies(text: str, resolved: list[SpeakerRef | None]) -> None:
    """Replace, in RESOLVED, each speaker named by a body's common noun alone with that body."""
    for i, speaker in enumerate(resolved):
        if speaker is None:
            continue
        name = speaker.name
        if (described := _COUNTRY_FIELD_BODY.fullmatch(name)) is not None:
            if (body := _body_of_field(described.group("field"), resolved)) is not None:
                resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
        elif " " not in name and name[:1].isupper() and (body := _body_of_capitalised_head(text, name)) is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
        elif (role := _ROLE_IN_HEAD.fullmatch(name)) is not None \
                and (body := _body_of_capitalised_head(text, role.group("head"))) is not None:
            resolved[i] = SpeakerRef(f"{role.group('role')} {body}", speaker.mention, speaker.role, speaker.kind)
        elif name.endswith((" company", " operator")) and name.split()[0] in _BODY_NOUNS and name.count(" ") == 1 \
                and (body := _one_named(text, name.split()[0])) is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")  # "the port company" of the "Port of X"
        elif name in _BODY_NOUNS or name == "Police":  # ("Police said …" opening a sentence)
            body = _one_named(text, name.lower()) or (name == "city" and city_government(text)) \
                or (name in ("regulator", "watchdog", "bureau") and _watchdog_named(text, name)) or None
            if body is not None:
                resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
        elif " " not in name and name.isalpha() and name.islower() and name not in _ROLES and name not in _LISTED_NOUNS \
                and (speaker.mention or "").lower().startswith("the ") and re.search(rf"[A-Z][\w'’-]* (?:[a-z]+ )?{name}\b", text) \
                and (body := _one_named(text, name)) is not None:
            # "the khokimiyat added" for the "Tashkent city khokimiyat": any body's noun the article names
            # once with its place and level
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
        elif " " not in name and (speaker.mention or "").lower().startswith("the ") and (body := _name_it_opens(text, name)) is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")  # "the comhairle said"
        elif (role := _ROLE_IN_LOWER_CASE_BODY.fullmatch(name)) is not None \
                and (body := _name_it_opens(text, role.group("noun"))) is not None:
            resolved[i] = SpeakerRef(f"{role.group('role').removesuffix(' the')} {body}", speaker.mention, speaker.role, speaker.kind)
        elif " " in name and name.islower() and name.rsplit(" ", 1)[-1] in ("regulator", "watchdog", "bureau") \
                and (body := _watchdog_named(text, name.rsplit(" ", 1)[-1])) is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")  # "the weather bureau PAGASA … the bureau"
        elif name.lower() in ("health board", "board") and "NHS " in text and (board := _nhs_board_named(text)) is not None:
            resolved[i] = SpeakerRef(board, speaker.mention, speaker.role, "organisation")  # "NHS Tayside" … "the health board said"
        elif " " in name and name.islower() and (speaker.mention or "").lower().startswith("the ") \
                and (body := _named_in_capitals(text, name)) is not None and not scopes_clash(name, body):
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
        elif name == "ministry" and "Ministry" not in text and (ministry := _ministry_of_the_minister(text)) is not None:
            resolved[i] = SpeakerRef(ministry, speaker.mention, speaker.role, "organisation")
        elif name == "utility" and (utility := _utility_speaking(resolved)) is not None:
            resolved[i] = SpeakerRef(utility, speaker.mention, speaker.role, "organisation")
        elif name == "central bank" and (bank := _central_bank_named(text)) is not None:
            resolved[i] = SpeakerRef(bank, speaker.mention, speaker.role, "organisation")
        elif (seated := _BODY_IN_PLACE.fullmatch(name)) is not None:
            body = _named_body_of_place(text, seated.group("noun"), seated.group("place"))
            if body is not None:
                resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
        elif ("'s " in name or "’s " in name) and (placed := _PLACES_BODY.fullmatch(name)) is not None \
                and (body := _one_of_place(text, placed.group("noun"), placed.group("place"))) is not None:
            resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")  # "Marlborough’s council" → its name
        elif ("'s " in name or "’s " in name) and (owned := _UNIT_OF_A_BODYS_NOUN.fullmatch(name)) is not None \
                and (body := _one_named(text, owned.group("noun")) or _one_under_other_heads(text, owned.group("noun"))) is not None:
            # "the court's press office", "the county's health department": the unit of the body the noun stands for
            the = "the " if re.search(rf"\b[Tt]he {re.escape(body)}\b", text) else ""
            resolved[i] = SpeakerRef(f"{owned.group('unit')} of {the}{body}", speaker.mention, speaker.role, "organisation")
        elif ("'s " in name or "’s " in name) and (unit := _UNIT_OF_NAMED_BODY.fullmatch(name)) is not None \
                and not is_first_name(unit.group("owner").split()[0]):
            # "Our Home's campaign headquarters", "The NGT's oversight committee": the unit "of" its body
            the = "the " if re.search(rf"\b[Tt]he {re.escape(unit.group('owner'))}['’]s ", speaker.mention or "") else ""
            resolved[i] = SpeakerRef(f"{unit.group('unit')} of {the}{unit.group('owner')}", speaker.mention, speaker.role, "organisation")
        elif (portfolio := _PORTFOLIO_BODY.fullmatch(name)) is not None:
            body = _named_portfolio_body(text, portfolio.group("portfolio"), portfolio.group("noun"))
            if body is not None:
                resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
        elif " " in name and (speaker.kind == "organisation" and name[:1].isupper() and not is_first_name(name.split()[0])
                              or _LEVEL_AND_BODY.fullmatch(name)):
            body = _fuller_body_name(text, name)
            if body is not None:
                resolved[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")
