"""English: the one body the article names that a common noun stands for ("the bank": "Bank of Munster",
"the consortium": "French-led consortium", "prosecutors": "Federal Public Prosecutor's Office")."""

from __future__ import annotations

import re

from claims.extract.first_names import first_name_gender, is_first_name
from claims.extract.organisations import COMPANY_NOUNS
from claims.extract.lang import en as english
from claims.extract.speaker_lexicon import lexicon
from claims.extract.speaker_organisations import bodies_under_other_heads, names_an_office_holder
from claims.extract.speakers import closes_on_a_company_word
from claims.extract.speaking_bodies_en import (
    BODY_ROLE_NOUNS, GENERIC_BODY_NOUNS, LEADING_ARTICLE, VAGUE_MODIFIERS, body_fit, city_government,
)
from claims.extract.types import SpeakerRef


# Words that do not describe which body it is ("the same agency", "a new company").
_NOT_DESCRIBING = frozenset(("same", "new", "other", "first", "second", "whole", "entire", "said", "former", "very",
                             "the", "a", "an", "its", "their", "his", "her", "this", "that", "best", "worst", "only"))
# A day's or a month's name: no word of a body's name ("… Airport on Sunday", "On Monday night police said").
DAY_OR_MONTH = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
                r"|September|October|November|December)\b")
# (The lookbehind after the first capital: `re` skips to capitals when scanning a whole text.)
CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ](?<![\w'’-].)[\w'’&-]*(?:[ \u00a0]+(?:(?:of|and|for|with|on(?![ \u00a0]+" + DAY_OR_MONTH + r"))(?:[ \u00a0]+the)?[ \u00a0]+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*)*")


# A body's unit owned by a body named by its common noun: "the central bank's Monetary Policy Committee".
_UNIT_OF_OWNER_NOUN = re.compile(r"(?:[Tt]he\s+)?(?:[a-z-]+\s+)?(?P<noun>bank|union|company|university|council|federation"
                                 r"|association|party|commission|board|agency|ministry|hospital)['’]s\s+(?P<unit>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].*)")


def unit_of_body_named(text: str, speaker: SpeakerRef, end: int) -> str | None:
    """"Monetary Policy Committee of the Bank of Namibia" for "the central bank's Monetary Policy
    Committee", when the article names one bank before END; None for any other mention."""
    owned = _UNIT_OF_OWNER_NOUN.fullmatch((speaker.mention or "").strip())
    if owned is None or owned.group("unit") != speaker.name:
        return None
    noun = owned.group("noun")
    body = one_named(text, noun, end)
    if body is None:  # "the Central Bank of Iceland": the noun heads the words before "of"
        head = noun.capitalize()
        found = {" ".join(words) for run in CAPITALISED_RUN.finditer(text, 0, end)
                 if (words := LEADING_ARTICLE.sub("", run.group()).split())[:3].count(head) == 1 and "of" in words
                 and words.index("of") - 1 == words.index(head)}
        body = found.pop() if len(found) == 1 else None
    return f"{speaker.name} of the {body}" if body is not None else None


# Services that are bodies of their own, never another body described ("the fire service" is not the police).
_SERVICE_MODIFIERS = frozenset(("fire", "police", "ambulance", "rescue", "coastguard", "weather", "met", "prison", "probation"))


def previous_body_described(described: re.Match, drafts, resolved: list[SpeakerRef | None], i: int, text: str) -> str | None:
    """"CalMac has confirmed … The ferry operator said …": the body that spoke just before, described by
    what it does (an operator, a regulator: a body of any kind; not "the tourism board" after a consulate)."""
    modifiers = set(described.group("modifiers").split())
    if described.group("noun") not in BODY_ROLE_NOUNS or modifiers & _SERVICE_MODIFIERS or not modifiers - VAGUE_MODIFIERS \
            or i == 0 or drafts[i].paragraph - drafts[i - 1].paragraph > 1:
        return None
    earlier = resolved[i - 1]
    if earlier is None or not earlier.name[:1].isupper() or is_first_name(earlier.name.split()[0]) \
            or LEADING_ARTICLE.sub("", (earlier.mention or "").strip()) != earlier.name:
        return None  # (not "Mr Smith said …": a person, named with a title)
    fit = body_fit(described.group("noun"), earlier, text)
    return None if fit is False else fit or earlier.name  # (a department is no grid operator)


def heads_named(text: str, noun: str, end: int) -> set[str]:
    """Capitalised names before END in which NOUN, capitalised, is the head: the last word, or the
    first before "of"."""
    head = noun[:1].upper() + noun[1:]
    found = set()
    if text.find(head, 0, end) == -1:
        return found  # (the head, capitalised, is nowhere before END: no run to scan)
    for run in CAPITALISED_RUN.finditer(text, 0, end):
        # "Bank of Tralee and Westmoor Bank": two names when the part before "and" is one already
        parts = run.group().split(" and ")
        heads = [p for p in parts if _headed_by(p.split(), head)]
        for words in ([p.split() for p in heads] if len(heads) >= 2 and _headed_by(parts[0].split(), head)
                      else [run.group().split()]):
            while words and (words[0] in ("The", "A", "An") or words[0].endswith(("'s", "’s"))):
                words.pop(0)  # (an owner: "Mongolia's Ministry of Health")
            if words and words[-1].endswith(("'s", "’s")):
                words[-1] = words[-1][:-2]  # (an owner itself: "the Department of Education's budget")
            owner = next((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
            if owner is not None:  # "the University of Delaware's Board of Trustees": the owner, else what it owns
                owning = words[:owner] + [words[owner][:-2]]
                words = owning if _headed_by(owning, head) else words[owner + 1:]
            if len(words) >= 5 and words[0] == head and words[1] == "of" \
                    and (unit := next((i for i in range(3, len(words)) if words[i] in _BOARD_WORDS), None)) is not None:
                words = words[:unit]  # "the University of Oregon Board of Trustees": "the university" is the university
            if _headed_by(words, head) and not names_an_office_holder(words[:words.index(head)], _ENGLISH):
                found.add(" ".join(words))  # (not "Deputy Commissioner of Police": an office-holder's title)
    return {name for name in found if not any(name != other and name in other for other in found)}


_ENGLISH = lexicon(english)
_BOARD_WORDS = frozenset(("Board", "Trustees", "Regents", "Governors", "Senate", "Faculty"))


def _headed_by(words: list[str], head: str) -> bool:
    """"Bank of Munster", "Westmoor Bank", "Commission on Audit", "Directorate General of Civil Aeronautics"."""
    return len(words) >= 2 and (words[-1] == head or (words[0] == head and (
        words[1] in ("of", "on", "for") or (len(words) >= 4 and words[1] == "General" and words[2] == "of")
        or words[:2] == ["University", "College"])  # "University College Cork"
        and words[-1].lower() not in GENERIC_BODY_NOUNS))  # ("University of Galway Students' Union": a union)


def one_named(text: str, noun: str, end: int) -> str | None:
    names = heads_named(text, noun, end)
    if noun == "council" and len(names) > 1:
        # ("Aberfeldy Community Council" beside "Perth and Kinross Council": "a council spokesperson" is the authority's)
        names = {name for name in names if not name.endswith(_MINOR_COUNCILS)} or names
    return names.pop() if len(names) == 1 else None


_MINOR_COUNCILS = (" Community Council", " Parish Council", " Youth Council", " Student Council")


# The heads of the bodies that copy refers back to as "their union" ("River Valley Faculty Association").
_UNION_HEADS = ("union", "association", "federation", "guild")


def one_union_named(text: str) -> str | None:
    """The one body the article names anywhere under one of `_UNION_HEADS`, else None."""
    return _the_one_outermost(set().union(*(heads_named(text, head, len(text)) for head in _UNION_HEADS)))


def _the_one_outermost(names: set[str]) -> str | None:
    """The one name of NAMES that no other holds ("Nurses Association" inside "Ontario Nurses Association"), else None."""
    outermost = {n for n in names if not any(n != other and n in other for other in names)}
    return outermost.pop() if len(outermost) == 1 else None


# The heads of public bodies that copy refers back to as "the agency" ("the Civil Aviation Directorate",
# "the National Roads Authority", "the Directorate General of Civil Aeronautics").
_AGENCY_HEADS = ("directorate", "authority", "administration", "inspectorate", "bureau", "commission", "service")


def one_public_body_named(text: str, end: int) -> str | None:
    """The one public body named before END under one of `_AGENCY_HEADS`, else None."""
    heads = [h.capitalize() for h in _AGENCY_HEADS]
    names = set()
    for name in set().union(*(heads_named(text, head, end) for head in _AGENCY_HEADS)):
        parts = [p.removeprefix("the ") for p in name.split(" and ")]
        # "the Civil Aviation Directorate and the National Roads Authority": two bodies
        names.update(parts if len(parts) > 1 and all(any(_headed_by(p.split(), h) for h in heads) for p in parts) else [name])
    return _the_one_outermost(names)


def office_of_plural(text: str, name: str, end: int) -> str | None:
    """"prosecutors said" after "the Federal Public Prosecutor's Office": the one office named
    before END after the singular of the bare plural NAME."""
    if not re.fullmatch(r"[a-z]{4,}s", name):
        return None
    singular = name[0].upper() + name[1:-1]
    offices = set()
    for run in CAPITALISED_RUN.finditer(text, 0, end):
        if re.search(rf"\b{singular}(?:['’]s)?\s+(?:Office|Service|Department)\b", run.group()):
            words = run.group().split()
            offices.add(" ".join(words[1:] if words[0] in ("The", "A", "An") else words))
    return offices.pop() if len(offices) == 1 else None


# A name, then a relative clause or an apposition still open ("Brannock Copper, which is owned by "),
# and its closing comma before a verb.
_NAME_THEN_INSERTION = re.compile(
    r"(?:^|[.!?\n]\s*)(?:The\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,5}),\s+[^,.;:\"“”\n]*$")
_INSERTION_CLOSES = re.compile(r"[^,.;:\"“”\n]*,\s+(?:[a-z]+\s+)?(?:said|says|told|[a-z]+ed)\b")


_FINITE_VERB_NEXT = re.compile(r"\s+(?:has|have|had|is|was|were|will|would|said|says|told|added)\b")


def named_in_apposition(text: str, noun: str, end: int) -> str | None:
    """"Spokane Public Schools, the second-largest school district in …": the one name before END
    that an apposition says is a NOUN."""
    names = set()
    # (or a place's: "An Bord Pleanála, Ireland's planning appeals board,")
    # (any company's noun for "the company": "Chisomo Mobile, a Blantyre-based mobile network operator,")
    kinds = "|".join(sorted(COMPANY_NOUNS, key=len, reverse=True)) if noun == "company" else re.escape(noun)
    for match in re.finditer(rf",\s+(?:the|an?|(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+['’]s)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{kinds})\b", text[:end]):
        if _FINITE_VERB_NEXT.match(text, match.end()):
            continue  # "According to its filing with the US Bankruptcy Court …, the company has debts": the clause's subject
        before = text[max(0, match.start() - 80):match.start()]
        run = None
        for run in CAPITALISED_RUN.finditer(before):
            pass
        if run is not None and run.end() == len(before) and " " in run.group() and first_name_gender(run.group()) is None:
            names.add(LEADING_ARTICLE.sub("", run.group()))
    return names.pop() if len(names) == 1 else None


def noun_of_name_before(text: str, noun: str, end: int) -> str | None:
    """"The entire board of Cricket Scotland resigned … the board said": "board of Cricket Scotland",
    when the article names one such NOUN of a body before END."""
    found = set()
    for match in re.finditer(rf"\b[Tt]he\s+(?:(?:entire|whole|full|executive|governing)\s+)?{noun}\s+of\s+(?P<the>the\s+)?", text[:end]):
        run = CAPITALISED_RUN.match(text, match.end())
        if run is not None and first_name_gender(run.group()) is None:
            found.add(f"{noun} of {'the ' if match.group('the') else ''}{run.group()}")
    return found.pop() if len(found) == 1 else None


def _company_opening(run: str) -> str | None:
    """The longest company's name (two words or more) opening RUN ("Keweenaw Copper Partners CEO Derek X")."""
    words = run.split()
    return next((" ".join(words[:k]) for k in range(len(words), 1, -1) if closes_on_a_company_word(" ".join(words[:k]))), None)


# The body a described noun belongs to, by name: " of the Badminton World Federation".
_OF_NAMED_BODY = re.compile(r" of (?:the )?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*")


def described_before(text: str, noun: str, end: int) -> str | None:
    """"… held by a French-led consortium. The consortium said": the last description of a NOUN before
    END with words of its own ("French-led consortium")."""
    found, since = None, 0
    for match in re.finditer(rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<words>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z][\w-]*\s+){{1,2}}){noun}\b", text[:end]):
        if (inserted := _NAME_THEN_INSERTION.search(text, max(0, match.start() - 200), match.start())) is not None \
                and _INSERTION_CLOSES.match(text, match.end()):
            # "X, which is owned by a Dutch-registered company, said …": the named subject, not its owner
            found, since = inserted.group("name"), match.end()
            continue
        if not set(match.group("words").split()) & _NOT_DESCRIBING:
            found, since = f"{match.group('words')}{noun}", match.end()
            if (body := _OF_NAMED_BODY.match(text, match.end())) is not None:
                found += body.group()  # "An independent tribunal of the Badminton World Federation": whose it is
    if found is not None and noun in ("company", "firm"):
        # "a Toronto company's plan … Keweenaw Copper Partners CEO X told …": the company named after its description
        named = {company for run in CAPITALISED_RUN.finditer(text, since, end) if (company := _company_opening(run.group()))}
        if len(named) == 1:
            return named.pop()
    return found


def body_by_other_name(text: str, noun: str) -> str | None:
    """"City of New Orleans" for "city data", "Albuquerque Public Schools" for "district documents":
    the one body the article names that NOUN stands for under another head, else None."""
    if noun == "city":
        return city_government(text)
    found = {name for _, name in bodies_under_other_heads(noun, text)}
    return found.pop() if len(found) == 1 else None
