"""What a capitalised run leaves out of a name: an organisation's name past a lower-case link or a number
(`organisation_tail`), a site's domain, a union local's number, names that span several runs."""

from __future__ import annotations

import re

from claims.extract.speaker_lexicon import Lexicon, fold, folded_words
from claims.extract.state_names_en import PLACES_AFTER_A_TOWN

# What continues an organisation's name past a lower-case link or a number: "Commission on
# Presidential Debates", "Committee for the Protection of Journalists", "Lost 52 Project".
_ORGANISATION_TAIL = re.compile(
    r"[ \u00a0](?P<link>\d+|(?:on|for|of|and)(?:[ \u00a0]the)?)[ \u00a0]"
    # ("Centers for Medicare & Medicaid Services": a spaced ampersand joins too)
    r"(?P<words>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*(?:[ \u00a0](?:(?:of|and|for|on|&)[ \u00a0](?:the[ \u00a0])?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*)*"
    # ("Ministry of Agriculture, Food and Forests": a list of its fields)
    r"(?:(?:,[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*)+,?[ \u00a0]and[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*)?)(?![\w-])"
    # "Global Fund to Fight AIDS, Tuberculosis and Malaria", "Committee to Protect Journalists": a purpose, capitalised
    r"|[ \u00a0](?P<purpose>to)[ \u00a0](?P<aim>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?:[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*)+"
    r"(?:(?:,[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*)*[ \u00a0]and[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*)?)(?![\w-])")
_STREET_WORDS = frozenset(("Road", "Street", "Avenue", "Drive", "Lane", "Boulevard", "Highway", "Way", "Square", "Quay", "Terrace"))
# A name's last capitalised words after "and" ("National Oceanic and Atmospheric Administration").
AND_ORGANISATION = re.compile(r" (?:and|&|et) (?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]* )*(?P<last>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)(?![\w-])")
_NUMBER_AFTER_NO = re.compile(r"\.[ \u00a0]?\d+")
# English months, capitalised words that close no name ("of Fisheries on Friday", "Sunday November").
MONTH_NAMES = frozenset(("January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"))


# French: a Canadian federal department named by its fields ("Pêches et Océans Canada", "Immigration,
# Réfugiés et Citoyenneté Canada", "Agriculture et Agroalimentaire Canada").
FEDERAL_DEPARTMENT_FR = re.compile(
    r"(?<![\w-])[A-ZÀ-ÖØ-Þ][\w-]+(?:[ \u00a0][a-zà-ÿ]+)?(?:(?:,[ \u00a0]|[ \u00a0]et[ \u00a0])[A-ZÀ-ÖØ-Þ][\w-]+(?:[ \u00a0][a-zà-ÿ]+)?)+[ \u00a0]Canada(?![\w-])")

# French: a region named by "Pays" and an adjective ("Pays basque", "Pays bigouden Sud").
REGION_WITH_ADJECTIVE_FR = re.compile(
    r"(?<![\w-])Pays[ \u00a0]+[a-zà-ÿ-]{3,}(?:que|ais|ois|den|an|in|al|ard)(?![\w-])(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]*)*")

# French: a shop's name opening on "Au" or "Aux" after the kind of shop ("le grand magasin Aux Trois Clochers", "la
# boutique Au Bon Marché"): the preposition is the name's.
SHOP_NAME_FR = re.compile(
    r"(?<![\w-])(?:magasin|boutique|enseigne|restaurant|café|brasserie|librairie|épicerie|pâtisserie|boulangerie|bistrot|auberge)"
    r"[ \u00a0]+(?P<name>Aux?[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]*)*)")


# English: a union local named by its number and its union; a council named by two towns joined by "with".
UNION_LOCAL_OF = re.compile(r"(?<![\w-])Local \d{1,5}[A-Z]? of (?:the )?[A-ZÀ-ÖØ-Þ][\w'’&-]*(?: [A-ZÀ-ÖØ-Þ][\w'’&-]*)*")
COUNCIL_WITH = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][\w-]+ with [A-ZÀ-ÖØ-Þ][\w-]+ (?:Borough )?Council(?![\w-])")


def one_name(found, match: re.Match, start: int | None = None) -> list[tuple[int, str]]:
    """FOUND with the names inside MATCH's span (from START when given) replaced by the one name it spans."""
    start, end = match.start() if start is None else start, match.end()
    return sorted([(o, n) for o, n in found if o + len(n) <= start or o >= end] + [(start, match.string[start:end])])


def with_union_numbers(segment: str, found) -> list[tuple[int, str]]:
    """FOUND with a union local's number: after "Local", or after an acronym when it has three digits
    or more and is no year ("CUPE Local 8475", "CUPE 2278"; not "EU 27", "COP 2026")."""
    numbered = []
    for offset, name in found:
        after_local = name == "Local" or name.endswith(" Local")  # ("Local 220 tweeted": the local alone)
        local = _UNION_LOCAL_NUMBER.match(segment, offset + len(name)) if after_local or name.isupper() else None
        if local is not None and (after_local or len(local.group()) >= 4 and not _YEAR.fullmatch(local.group().strip())):
            name += local.group()
        numbered.append((offset, name))
    return numbered
# A union local's number after "Local" or the union's acronym ("CUPE Local 8475", "CUPE 2278").
_UNION_LOCAL_NUMBER = re.compile(r" \d{1,5}[A-Z]?(?![\w%-]|[.,]\d|\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|\s*(?:per|percent|members|workers|people|jobs|employees)\b)")
_YEAR = re.compile(r"(?:19|20)\d\d")
DOMAIN_AFTER = re.compile(r"\.(?:com|news|net|org|info|fr|ch|be|ca|cz|sk|pl|de|it|es|lu|ma|sn|tn|dz|ci|cm|bern|io|co\.uk|co)(?![\w-])")


_SEATED_MISSIONS = ("Embassy", "Consulate", "Consulate General", "High Commission")
_SEATED_MISSIONS_OF = tuple(f"{mission} of " for mission in _SEATED_MISSIONS)  # (the country's after them)
# One office of a body that has several, named with its town ("the Employment Tribunal in Gibraltar", "the Joint Rescue
# Coordination Centre in Halifax", "the Regional Court in Brno"; not "Viseu District Court in Portugal": its country).
_SEATED_OFFICES = ("Tribunal", "Coordination Centre", "Coordination Center", "Meteorological Centre", "Advisory Centre",
                   "Police Office", "Regional Court", "District Court", "Court of Appeals", "Court of Appeal")
_MISSION_SEAT = re.compile(r" in [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?(?=[\s,.;:]|$)")
_ACCREDITED_MISSIONS = ("Mission", "Delegation", "Permanent Representation")
# "the European Union Delegation to Moldova", "the US Mission to the United Nations": whom it is accredited to
_ACCREDITED_TO = re.compile(r" to (?:the )?(?P<host>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?: (?:of )?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,3})(?=[\s,.;:)]|$)")


# Bodies that stand somewhere ("Club on the Marina", "Museum on the Quay"): "on" after them gives the place.
_PLACED_BODIES = frozenset(("Club", "Museum", "Gallery", "Theatre", "Theater", "Hotel", "Centre", "Center", "Church", "School",
                            "Hospital", "Stadium", "Library", "Cinema", "Market"))


def office_seat(text: str, end: int, name: str) -> str:
    """The town after an office's NAME (ending at END in TEXT) that names one office of several with it, else ""."""
    if (name.endswith(_SEATED_OFFICES) or name == "High Court") and (seat := _MISSION_SEAT.match(text, end)) is not None \
            and seat.group()[4:] not in PLACES_AFTER_A_TOWN:
        # "the Employment Tribunal in Gibraltar"; "The High Court in Shah Alam, Malaysia ruled": a High Court named by no
        # place of its own
        return seat.group()
    return ""


def organisation_tail(text: str, end: int, name: str, lex: Lexicon) -> str:
    """The rest of an organisation's name that `name` (ending at `end` in `text`) opens, past a
    lower-case link ("on", "for the") or a number: "" when none. Only after a name that holds an
    organisation word (or, for a number, any name): "the Court on Monday" is not a name."""
    if (name.endswith(_SEATED_MISSIONS) or name.startswith(_SEATED_MISSIONS_OF)) and (seat := _MISSION_SEAT.match(text, end)) is not None:
        return seat.group()  # "the US Embassy in London", "the Embassy of India in Muscat": a mission is named with its seat
    if (seat := office_seat(text, end, name)):
        return seat
    if name.endswith(_ACCREDITED_MISSIONS) and (host := _ACCREDITED_TO.match(text, end)) is not None \
            and not any(fold(w) in lex.roles or w.rstrip(".") in lex.titles for w in host.group("host").split()):
        return host.group()
    numbered = ""
    if name.endswith(" No") and (number := _NUMBER_AFTER_NO.match(text, end)) is not None:
        numbered, end = number.group(), number.end()  # "Union No. 1 of Cerro Morado"
    tail = _ORGANISATION_TAIL.match(text, end)
    if tail is None:
        return numbered
    if tail.group("purpose"):  # (not "the Department of Health to Prime Minister Ann Lee": whom it wrote to)
        aimed_at_someone = any(fold(w) in lex.roles or w.rstrip(".") in lex.titles for w in tail.group("aim").split())
        return tail.group() if not aimed_at_someone and not lex.organisations.isdisjoint(folded_words(name)) else numbered
    words = tail.group("words").split()
    if tail.group("link") == "on" and words[-1] in _STREET_WORDS:
        return numbered  # "the Livingstone Museum on Mosi-oa-Tunya Road": its address
    if tail.group("link").startswith("on") and name.split()[-1] in _PLACED_BODIES:
        return numbered  # "Lee Valley Rowing Club on the Marina": where the club is
    stop = next((i for i, w in enumerate(words) if w in lex.function_words or w in MONTH_NAMES), None)
    if stop is not None:
        # "of Fisheries on Friday": the name ends before the link that opens a day or a date
        while stop > 0 and words[stop - 1] in ("on", "of", "for", "and", "the"):
            stop -= 1
        if stop == 0:
            return numbered
        last_kept = list(re.finditer(r"\S+", tail.group("words")))[stop - 1]
        found = text[tail.start():tail.start("words") + last_kept.end()]
    else:
        found = tail.group()
    name_words = {word for w in name.split() for word in (fold(w), fold(w).removesuffix("s"))}  # "Centers for Disease Control"
    if not tail.group("link").isdigit() and lex.organisations.isdisjoint(name_words) and lex.organisation_nouns.isdisjoint(name_words):
        return numbered  # (but "Red River Gallery of Art": a body's noun, its complement)
    return numbered + found
