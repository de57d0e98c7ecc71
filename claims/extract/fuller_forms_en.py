"""English: the fuller form the article writes of a shortened speaker name ("Tea Board" → "Tea Board of Kenya",
"Red Fork" → "Red Fork Electric Cooperative", "DOTD", "Pitre's office"), or the one court, county, union local or
document author it names."""

from __future__ import annotations

import re

from collections import Counter
from claims.extract.document_authors import AUTHORED_BY_EN
from claims.extract.first_names import first_name_gender, is_first_name
from claims.extract.lang import en as english
from claims.extract.lang.en import ORGANISATION_WORDS
from claims.extract.speaker_lexicon import lexicon
from claims.extract.speakers import fold
from claims.extract.name_tails import office_seat
from claims.extract.name_words import COMPANY_DESIGNATORS
from claims.extract.speaking_bodies_en import LEADING_ARTICLE
from claims.extract.state_names_en import country_demonym
from claims.extract.triggers import word_opening
from claims.extract.types import SpeakerRef
from claims.extract.bodies_named_by_noun_en import CAPITALISED_RUN


_ARTICLES = frozenset(("the", "a", "an"))
# What may precede an organisation's name inside the same noun phrase: an owner ("Ukraine's"),
# capitalised words ("Chilean"), a lower-case adjective before one of those ("federal Environment").
_NAME_PREFIX = re.compile(r"(?:(?:[a-z]{3,}\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*(?:['’]s)?\s+)+")
_OWNER_POSSESSIVE = re.compile(r"['’]s\s")
_COUNTRY_OWNER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?['’]s\s")
# Words of the institutions every state has: a name made only of them names no one body alone.
_GENERIC_INSTITUTION_WORDS = frozenset((
    "Air", "Force", "Forces", "Armed", "Army", "Navy", "Coast", "Guard", "Border", "Police", "National", "Federal",
    "Central", "Defense", "Defence", "Foreign", "Interior", "Health", "Justice", "Finance", "Economy", "Energy",
    "Education", "Transport", "Agriculture", "Environment", "Ministry", "Office", "Department", "General", "Staff",
    "Security", "Service", "Intelligence", "Council", "Cabinet", "Parliament", "Supreme", "Court", "Bank",
    "Election", "Electoral", "Commission", "Emergency", "Emergencies", "Situations", "Affairs", "Home", "State",
    "Commerce", "Trade", "Industry", "Labour", "Labor", "Culture", "Tourism", "Information", "Communications",
    "Housing", "Social", "Welfare", "Development", "Planning", "Statistics", "Space", "Agency", "Public", "Works",
    "Civil", "Aviation", "Meteorological", "Weather", "Customs", "Immigration", "Prosecutor", "General's",
))
# The last words of those names that keep their country: its forces and ministries ("Ukraine's Air Force", "Nicaragua's
# Foreign Ministry"); a commission, a service or a court goes without it ("New Zealand's Commerce Commission" is the
# "Commerce Commission").
_STATE_ARMS = frozenset(("Force", "Forces", "Army", "Navy", "Guard", "Ministry"))
_COURT_NAME = re.compile(
    r"\b[Tt]he\s+(?P<court>Court\s+of\s+(?:Appeal|Appeals|Cassation|Justice|Session|Arbitration\s+for\s+Sport)\b(?:\s+of\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?"  # ("The Court of Appeal")
    r"|(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*\s+(?:and\s+)?){1,5}(?:(?:[Hh]igh|[Ss]upreme|[Dd]istrict|[Ss]essions|[Aa]ppeals?)\s+[Cc]ourt"
    r"|Court|Tribunal)(?:\s+of\s+(?:The\s+|the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?)?)\b")  # ("… of The Hague")


_CAPITALISED_WORDS = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+)+")


def capitalised_office(speaker: SpeakerRef) -> str | None:
    """"Louisiana Legislative Auditor" for a role the article names with its capitalised words and ties
    to no one ("A report by the Louisiana Legislative Auditor found"); None otherwise."""
    mention = LEADING_ARTICLE.sub("", (speaker.mention or "").strip())
    name = speaker.name
    if speaker.kind != "person" or name != speaker.role or " " in name or not name[:1].isupper() \
            or not mention.endswith(" " + name) or _CAPITALISED_WORDS.fullmatch(mention[: -len(name)]) is None:
        return None
    return mention


def fuller_with_owner(speaker: SpeakerRef) -> str | None:
    """"the federal Environment Minister's office" for "Minister's office", "Ukraine's Air Force" for
    "Air Force" named so; None when the mention adds nothing before the name."""
    mention = LEADING_ARTICLE.sub("", (speaker.mention or "").strip())
    name = speaker.name
    if not mention.endswith(" " + name) or name[:1].islower():
        return None
    owner = _COUNTRY_OWNER.fullmatch(mention[: -len(name)])
    if owner is not None and name.split()[-1] in _STATE_ARMS and all(w in _GENERIC_INSTITUTION_WORDS for w in name.split()):
        return mention  # every country has an "Air Force": the owner completes the name
    if not _OWNER_POSSESSIVE.search(name):
        return None  # (an owner before a proper name, "Portugal's IPMA", "Bolivia's Transit Operations
        # Directorate", is the article's gloss, not part of the name)
    prefix = mention[: -len(name)]
    if _NAME_PREFIX.fullmatch(prefix) is None or _OWNER_POSSESSIVE.search(prefix):
        return None
    return mention


# A union's local, named by its number ("CUPE Local 8475", "Unifor Local 444", "CUPE 2278"), and "the"
# or "their" before "union".
_UNION_LOCAL = re.compile(r"(?<![\w-])(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*\s+){0,5}Local\s+\d{1,5}[A-Z]?(?![\w-])"
                          r"|(?<![\w-])[A-Z]{3,6}\s+(?!(?:19|20)\d\d\b)\d{3,5}(?=,\s+which\s+represents)")


def one_union_local(text: str) -> str | None:
    """The one union local the article names anywhere, else None."""
    locals_named = {LEADING_ARTICLE.sub("", m.group()) for m in _UNION_LOCAL.finditer(text)}
    locals_named = {n for n in locals_named if not any(n != other and other.endswith(n) for other in locals_named)}
    return locals_named.pop() if len(locals_named) == 1 else None


# A capitalised owner's office: "The Nevada Secretary of State's office asked …".
_OWNED_OFFICE = re.compile(r"(?<![\w.'’-])(?P<office>[A-Z][\w.'’-]*(?:[ \u00a0]+(?:of[ \u00a0]+|and[ \u00a0]+)?[A-Z][\w.'’-]*){0,5}"
                           r"['’]s[ \u00a0]+office)\b")


def owned_office_before(text: str, end: int) -> str | None:
    """The one capitalised owner's office the article names before END ("Nevada Secretary of State's office")."""
    found = {m.group("office").removeprefix("The ") for m in _OWNED_OFFICE.finditer(text, 0, end)}
    return found.pop() if len(found) == 1 else None


def court_named_before(text: str, end: int) -> str | None:
    """The last court named before END, with its seat when it is one office of several ("the Fourth District Court in
    Chiapas")."""
    courts = [m.group("court") + office_seat(text, m.end("court"), m.group("court")) for m in _COURT_NAME.finditer(text, 0, end)]
    return courts[-1] if courts else None



def author_of_document_before(text: str, noun: str, drafts, resolved: list[SpeakerRef | None], i: int) -> str | None:
    """"The report said" after "according to a report by the Tokelau Fisheries Management Agency", "according
    to the audit" after "The audit, carried out by the firm X, found": the one author an earlier claim gave
    that document."""
    authored = re.compile(rf"\b{noun}\b(?:,?\s+{AUTHORED_BY_EN}|(?:,?\s+(?:issued|released|published)|\s+(?:from|of))?\s+by"
                          # ("papers published ahead of a board meeting of the X Trust")
                          rf"|\s+(?:published|released|presented)\s+(?:ahead\s+of|for|before)\s+(?:a|an|the|its)\s+(?:[a-z-]+\s+){{0,2}}meeting\s+of)\s")
    authors = {s.name for d, s in zip(drafts[:i], resolved[:i])
               if s is not None and d.mention is not None and authored.search(text, d.sentence[0], d.sentence[1]) is not None}
    return authors.pop() if len(authors) == 1 else None


def fuller_description(name: str, earlier: list[SpeakerRef | None]) -> str | None:
    """"Residents of the six societies" after "residents of six housing societies" spoke: the one
    earlier description with the same first and last nouns and every word of NAME but its articles."""
    words = [w for w in name.casefold().split() if w not in _ARTICLES]
    if len(words) < 3:
        return None
    found = {s.name for s in earlier if s is not None and s.role == s.name and s.name != name
             and (other := s.name.casefold().split())[0] == words[0] and other[-1] == words[-1]
             and set(words) <= set(other) and len(other) > len(words)}
    return found.pop() if len(found) == 1 else None


_INSURERS_WORDS = frozenset(("Insurance", "Assurance"))
# "Seiryu Transit Workers' Union": the union of the staff of the company it opens with, no fuller name of it.
_STAFF_UNION_CLOSING = re.compile(r"\b(?:Workers|Employees|Staff|Drivers|Nurses|Teachers|Miners|Pilots)['’]?\s+Union$")


def fuller_of_short_name(text: str, short: str) -> str | None:
    """The one company or body name the article opens with SHORT ("Fenwick Residential Partners"
    for "Fenwick"), closed by a company designator or a body's word."""
    at = text.find(short + " ")
    while at != -1 and not text[at + len(short) + 1:at + len(short) + 2].isupper():
        at = text.find(short + " ", at + 1)
    if at == -1:
        return None  # (a str.find scan first: most names are never followed by a capitalised word)
    runs = re.compile(rf"\b{re.escape(short)}((?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*){{1,3}})")
    found = {short + m.group(1) for m in runs.finditer(text, max(0, at - 1))}
    found = {name for name in found if name.split()[-1] in COMPANY_DESIGNATORS or name.split()[-1] in ORGANISATION_WORDS
             or name.split()[-1] in _INSURERS_WORDS}  # ("Celtic Shield Insurance")
    found = {name for name in found if _STAFF_UNION_CLOSING.search(name) is None}
    return found.pop() if len(found) == 1 else None


def body_opening_with(name: str, resolved: list[SpeakerRef | None]) -> str | None:
    """"Northern Lakes had requested …, saying" taken for a person: the one organisation speaking in
    the article whose name opens with NAME ("Northern Lakes Energy"), when NAME opens with no first name."""
    if first_name_gender(name) is not None or is_first_name(name.split()[0]):
        return None
    found = {s.name for s in resolved if s is not None and s.kind == "organisation" and s.name.startswith(name + " ")
             and all(w[:1].isupper() for w in s.name[len(name):].split())  # (not "Jonas Lindqvist of Chalmers …")
             and _STAFF_UNION_CLOSING.search(s.name) is None}
    return found.pop() if len(found) == 1 else None


def completed_with_place(text: str, name: str) -> str | None:
    """The one fuller name the article writes NAME (a capitalised body's name of two words or more,
    ending on a body's word) with, completed by "of" and a place: "Tea Board of Kenya"."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() or w in ("of", "and", "for", "the") for w in words) \
            or words[-1] not in ORGANISATION_WORDS or f"{name} of " not in text:
        return None  # (a str test first: most names are never followed by "of")
    found = {m.group().removesuffix("'s").removesuffix("’s")  # ("the Central Bank of Ireland's headquarters": the same name)
             for m in re.finditer(rf"{word_opening(name)} of (?:the )?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){{0,2}}", text)}
    return found.pop() if len(found) == 1 else None


_COUNTY = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? County\b")


def one_county(text: str) -> str | None:
    """The county the article is about: the one it names, or names more often than any other ("Riley County"),
    else None."""
    counts = Counter(m.group() for m in _COUNTY.finditer(text)).most_common(2)
    return counts[0][0] if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]) else None


def body_with_initials(text: str, short: str) -> str | None:
    """The one body the article names whose words' initials spell SHORT, its small words counted or not, maybe
    after a state's or a country's name ("DOTD": the Louisiana Department of Transportation and Development)."""
    found = set()
    for run in {m.group().removeprefix("The ") for m in CAPITALISED_RUN.finditer(text)}:
        words = run.split()
        for named in (words, words[1:]):
            if any("".join(w[0] for w in named if w.lower() not in skipped).upper() == short.upper()
                   for skipped in (_SMALL_WORDS, {"and", "the"}, set())) and len(named) > 1:
                found.add(run)
    return found.pop() if len(found) == 1 else None


_SMALL_WORDS = frozenset(("of", "and", "the", "for", "on"))


def headline_body(text: str) -> str | None:
    """The capitalised name the headline opens on, before its verb, when the article names it again
    and it is no person's ("Sentinel Cement warns of …")."""
    run = CAPITALISED_RUN.match(text)
    if run is None or (verb := _HEADLINE_VERB_NEXT.match(text, run.end())) is None or text.count(run.group()) < 2 \
            or first_name_gender(run.group()) is not None or country_demonym(run.group()):
        return None  # (nor "Albanian insurers have paid …": a nationality, then its people)
    if verb.group().strip()[:-1] in lexicon(english).roles:
        return None  # "Bus drivers in Bristol begin …": people in a role, no verb
    return run.group()


_HEADLINE_VERB_NEXT = re.compile(r" [a-z]+(?<![us])s\b")  # (not "Bangladesh bus workers")


def one_person_named_with(text: str, surname: str) -> str | None:
    """The one person the article names in full with SURNAME (a first name, maybe an initial, then it; no title), else None."""
    lex = lexicon(english)
    if fold(surname) in lex.roles:
        return None  # "the Environment Minister's office": an office's holder, no surname
    people = {m.group() for m in re.finditer(rf"(?<![\w.-])[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?: [A-Z]\.)? {re.escape(surname)}\b", text)
              if (first := m.group().split()[0]) not in lex.titles and fold(first) not in lex.roles and first not in lex.function_words}
    return people.pop() if len(people) == 1 else None


def one_name_closing_on(text: str, word: str) -> str | None:
    """The one name of two to four capitalised words the article closes on WORD ("Allen County Ledger"), else None."""
    found = {m.group().replace("\u00a0", " ") for m in re.finditer(
        rf"(?<![\w'’-])(?!The\b)(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+){{1,3}}{re.escape(word)}(?![\w'’-])", text)}
    return found.pop() if len(found) == 1 else None
_ABBREVIATED_DESIGNATOR = re.compile(r" (?:Co|Inc|Corp|Ltd|LLC)\.?$")


def with_corporate_designator(text: str, name: str) -> str | None:
    """NAME as the article writes it once with its abbreviated corporate designator ("Gem State
    Natural Gas" and "Gem State Natural Gas Co" for "Gem State Natural Gas Co."), else None."""
    base = _ABBREVIATED_DESIGNATOR.sub("", name)
    written = set()
    at = text.find(base + " ")
    while at != -1:
        designator = _DESIGNATOR_NEXT.match(text, at + len(base))
        if designator is not None and not (at and (text[at - 1].isalnum() or text[at - 1] in "&'’-")):
            written.add(base + designator.group())  # (a str.find scan: a regex per name would try every letter)
        at = text.find(base + " ", at + 1)
    return written.pop() if len(written) == 1 and name not in written else None


_DESIGNATOR_NEXT = re.compile(r" (?:Co|Inc|Corp|Ltd|LLC)\b\.?")


# A person's job at a body in apposition (", a researcher with the Dublin-based group Forest Watch Ireland,").
_JOB_WITH_BODY = re.compile(
    r",\s+an?\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+(?:with|at|for)\s+(?:the\s+)?(?:[a-z-]+\s+|[A-Z][\w-]*-based\s+){0,3}?"
    r"(?P<body>(?![\w-]*-based\b)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:\s+(?:of\s+|for\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*){0,4})")


def employer_in_sentence(text: str, start: int, end: int) -> str | None:
    """"according to his employer": the one body the sentence (text[start:end]) gives a person a job with."""
    found = {m.group("body") for m in _JOB_WITH_BODY.finditer(text, start, end)}
    return found.pop() if len(found) == 1 else None

