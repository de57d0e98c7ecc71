"""Organisations an article names in full and then by a short form (English copy).

- "the World Health Organization (WHO)", "Pacific Gas and Electric (PG&E)": the bracketed short
  form stands for the full name before it, wherever the article uses it later ("WHO said …").
- "the company", "the utility", "the firm": a definite company noun stands for the company the
  article last named that way (a name with a bracketed short form, or one introduced by such a
  noun: "the night train operator Nachtlinie").

One regex pass over the article; lookups afterwards are dictionary and list scans.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from claims.extract.name_words import COMPANY_DESIGNATORS
from claims.extract.triggers import anchored_finditer

# A short form in brackets ("WHO"; "EPA Vic": initials and a place; "CAL FIRE": two words in capitals).
_SHORT = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z&.-]{1,11}(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ](?:[a-z]{1,8}|[A-Z]{1,8}))?"
# A run of capitalised words (with of/and/for/the/& or a comma inside) followed by a bracketed
# short form: "Institute of Epidemiology, Disease Control and Research (IEDCR)".
_NAME_WITH_SHORT_FORM = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*(?:,?\s+(?:(?:of|and|for|the|on|&)\s+)*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*)*)"
    rf"\s+\((?P<short>{_SHORT})\)"
)
# A weekday or a month closing the clause before the name: "will reopen on Monday, Maritime Transport Agency (MTA) said",
# "left the rails in October, the Office of Rail and Road (ORR) said".
_DAY_BEFORE_COMMA = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December),")
# The other order: a short form, then the full name in brackets ("AEW (All Elite Wrestling)").
_SHORT_BEFORE_BRACKET = re.compile(r"(?<![\w&.-])(?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z&.-]{1,11})\s+$")
_FULL_NAME_IN_BRACKETS = re.compile(r"\((?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*(?:\s+(?:(?:of|and|for|the|on|&)\s+)*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*)+)\)")
# "X, known as Adek,", "X, also known as the FAA,": a body's other name.
_KNOWN_AS = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ \u00a0]+(?:(?:of|and|for|the|on|&)[ \u00a0]+)*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+),?\s+(?:also\s+|better\s+|locally\s+)?"
    r"known\s+as\s+(?:the\s+)?(?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]{1,15})(?=[\s,.;)])")
_LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
# Words that make a name a public body or an association, which "the company" never stands for.
# The words of a company's name that say its trade, for the nouns of trades ("the airline" is no "Graz Airport").
TRADE_NAME_WORDS = {
    "airline": re.compile(r"\b(?:Air|Airways|Airlines|Aviation|Jet)\b"),
    "carrier": re.compile(r"\b(?:Air|Airways|Airlines|Aviation|Jet)\b"),
    "bank": re.compile(r"\b(?:Bank|Banca|Banco|Banque|Bancorp)\b"),
    "carmaker": re.compile(r"\b(?:Motors?|Auto|Automobile|Automotive|Cars)\b"),
    "automaker": re.compile(r"\b(?:Motors?|Auto|Automobile|Automotive|Cars)\b"),
}
# Whom a statement went to ("In a statement to the Australian Securities Exchange, the company said"): no company speaking.
RECIPIENT_BEFORE = re.compile(r"\b(?:statement|letter|filing|submission|notice|disclosure|announcement)s?\s+(?:to|with)\s+(?:the\s+)?$")
NOT_A_COMPANY = re.compile(
    r"\b(?:Department|Ministry|Agency|Organi[sz]ation|Service|Board|Administration|Commission|Council|"
    r"Office|Center|Centre|Federation|Confederation|Association|Union|Committee|Court|Police|Force|Institute|University|"
    r"Chamber|Guild|Society|Club|Trust|Foundation|Church|Museum|Library|Band|Orchestra|Choir|Chorus|Ensemble|School|College|"
    r"Party|Bureau|Authority|Government|Parliament|Assembly|Nations|Alliance|Coalition|Executive|Inspectorate|Regulator|Tribunal|"
    r"Ombudsman|Commissioner|Directorate|Secretariat|Senate|Congress|Army|Navy|"
    # unions named by their members ("United Auto Workers (UAW)", "Teamsters")
    r"Workers|Employees|Teamsters|Steelworkers|Machinists|Nurses|Teachers|"
    # documents and schemes named with a short form ("an Indigenous Land Use Agreement (ILUA)")
    r"Agreement|Act|Plan|Treaty|Strategy|Programme|Program|Scheme|Fund|Index|Report|Survey|Convention)\b")
# Nouns that, after "the", stand for the company the article is about.
COMPANY_NOUNS = frozenset((
    "company", "firm", "utility", "operator", "carrier", "airline", "corporation", "manufacturer",
    "carmaker", "retailer", "chain", "insurer", "lender", "group", "business", "provider", "maker",
    "conglomerate", "giant", "developer", "publisher", "broadcaster", "supplier", "brewer",
    "automaker", "chipmaker", "drugmaker", "planemaker", "steelmaker", "shipbuilder", "miner", "refiner",
    "processor", "wholesaler", "bottler", "packer",
    "startup", "start-up",
))
# Nouns after "the"/"its"/"their" that stand for an organisation named with that noun.
INTRODUCING_NOUNS = COMPANY_NOUNS | {"union"}
_NOUN_ALTERNATION = "|".join(sorted(INTRODUCING_NOUNS, key=len, reverse=True))
_CAPITALISED_RUN = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*){0,3}"
# "the night train operator Nachtlinie" (noun, then name) or "The Unite Maritime union" (name, then noun).
_INTRODUCED = re.compile(
    rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<noun>{_NOUN_ALTERNATION})\s+(?P<name>{_CAPITALISED_RUN})"
    rf"|\b[Tt]he\s+(?P<name2>{_CAPITALISED_RUN})\s+(?P<noun2>{_NOUN_ALTERNATION})\b"
)
# Endings of demonyms, which describe a body rather than name it ("the Japanese automaker").
DEMONYM_ENDINGS = ("ian", "ese", "ish", "ean", "can", "man")
_DESCRIBING_ENDINGS = ("-based", "ch", "ic") + DEMONYM_ENDINGS
_DEFINITE_OWNER = frozenset(("the", "its", "their"))
# Where those two patterns can match: `re` tries `\b[Tt]he` at every character of a text, and a
# capitalised run at every capital, but finds "the" and a bracketed short form quickly.
_THE = re.compile(r"[Tt](?<!\w.)he\s")  # "\b[Tt]he\s", written to start with a class
_SHORT_FORM = re.compile(rf"\({_SHORT}\)")


_COMPANY_NOUN_WORD = re.compile(rf"\b(?:{'|'.join(sorted(COMPANY_NOUNS, key=len, reverse=True))})\b")
# Around a company noun: the name right after it ("State grid operator Ukrenergo", "The developer,
# Savanna Heights Limited,"), or the name it is in apposition to ("Trans Andino, a private company").
_NAME_ON_LINE = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*){0,3}"
_NAME_AFTER_NOUN = re.compile(rf"(?P<comma>,)?[ \u00a0]+(?P<name>{_NAME_ON_LINE})(?(comma),|(?=[\s,.;:]))")
# (an indefinite apposition only: in "…, the company said" the noun opens the next clause)
# ("Friends of the Columbia Gorge, a conservation group": links inside the name; "Akaroa Harbour Guardians, a residents'
# group": a plural owner among the modifiers)
_NAME_BEFORE_APPOSITION = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*(?:[ \u00a0]+(?:(?:of|for|and)[ \u00a0]+(?:the[ \u00a0]+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*){0,4}),[ \u00a0]+an?[ \u00a0]+"
    r"(?:(?!(?:for|of|at|with|from|to|in|on|by|the)\b)[a-z][\w-]*['’]?[ \u00a0]+){0,3}$")  # (not "X, a spokesman for the company")
_DESIGNATORS = frozenset(COMPANY_DESIGNATORS)
_NAME_THEN_COMMA_BEFORE = re.compile(r"(?<![\w&'’.-])(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,4}),[ \u00a0]+$")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|near|around|outside)\s+(?:the\s+)?$")
_NOT_NAMES = frozenset(("The", "A", "An", "It", "Its", "In", "On", "At", "But", "And", "He", "She", "They", "This",
                        # a title before a person ("company President Alan Brekke"), no company's name
                        "President", "Chairman", "Chairwoman", "Chair", "Chief", "CEO", "Director", "Spokesman",
                        "Spokeswoman", "Spokesperson", "Manager", "Vice", "Executive", "Founder", "Owner", "Secretary"))


def _company_nouns(text: str):
    """`_COMPANY_NOUN_WORD.finditer(text)`, tried only where one of the nouns stands (found by
    `str.find`, much faster than the pattern, which opens with a word boundary, over a whole text)."""
    starts = []
    for noun in COMPANY_NOUNS:
        at = text.find(noun)
        while at != -1:
            starts.append(at)
            at = text.find(noun, at + 1)
    return anchored_finditer(_COMPANY_NOUN_WORD, text, sorted(starts), len(text))


def _apposed_companies(text: str):
    """(offset, noun, name) of companies the text introduces with a company noun around the name."""
    for noun in _company_nouns(text):
        after = _NAME_AFTER_NOUN.match(text, noun.end())
        if after is not None and after.group("name").split()[0] not in _NOT_NAMES:
            yield noun.start(), noun.group(), after.group("name")
            continue
        before = _NAME_BEFORE_APPOSITION.search(text, max(0, noun.start() - 80), noun.start())
        if before is not None and before.group("name").split()[0] not in _NOT_NAMES:
            yield before.start("name"), noun.group(), before.group("name")


def _introduced(text: str):
    """`_INTRODUCED.finditer(text)`, tried only where "the"/"The" starts."""
    return anchored_finditer(_INTRODUCED, text, [m.start() for m in _THE.finditer(text)], len(text))


def _names_with_short_form(text: str):
    """`_NAME_WITH_SHORT_FORM.finditer(text)`. A match holds one "(": the first after its start,
    which opens a short form. So each match lies between the "(" before that short form and the
    ")" closing it, and is searched there only."""
    resume = 0  # where the last match ended
    after_paren = 0  # just past the previous "("
    at = text.find("(")
    while at != -1:
        short = _SHORT_FORM.match(text, at)
        if short is not None:
            match = _NAME_WITH_SHORT_FORM.search(text, max(resume, after_paren), short.end())
            if match is not None:
                yield match
                resume = match.end()
        after_paren = at + 1
        at = text.find("(", at + 1)


def _with_designator(text: str, name: str) -> str:
    """NAME with the company designator the article writes after it elsewhere ("developer Marasi
    Crest" in a headline, "Marasi Crest Developments" in the text), else NAME."""
    at = text.find(name + " ")
    while at != -1:
        word = text[at + len(name) + 1:].split(None, 1)[:1]
        if word and word[0].rstrip(".,;:") in _DESIGNATORS and not text[at - 1:at].isalnum():
            return f"{name} {word[0].rstrip('.,;:')}"
        at = text.find(name + " ", at + 1)
    return name


def _letters_in_order(initials: str, name: str) -> bool:
    capitals = iter(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) >= 2 and all(letter in capitals for letter in initials)


# A state's or a country's initials right before a body's name its short form spells without them ("NSW").
_STATE_INITIALS_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,4} $")


def stands_for(short: str, name: str) -> bool:
    """Whether SHORT can abbreviate NAME: same first letter, and its letters appear in NAME's in
    order ("WHO" / "World Health Organization", "CalFire" / "California Department of Forestry
    and Fire Protection", "PG&E" / "Pacific Gas and Electric")."""
    if " " in short and short.isupper() and stands_for(short.replace(" ", ""), name):
        return True  # "CAL FIRE" / "California Department of Forestry and Fire Protection"
    if " " in short:
        # "EPA Vic" / "Environment Protection Authority Victoria": initials in
        # order, and the second word opening one of the name's words
        initials, place = short.split(None, 1)
        words = name.split()
        return initials.isupper() and any(w.startswith(place) and w != place for w in words) \
            and _letters_in_order(initials, " ".join(w for w in words if not w.startswith(place)))
    if not short.isascii():  # "Fégafoot" / "Fédération gabonaise de football"
        short = "".join(c for c in unicodedata.normalize("NFKD", short) if not unicodedata.combining(c))
    letters = [c for c in short.lower() if c.isalpha()]
    if name and not name.isascii():  # "EDL" / "Électricité du Liban": letters without their accents
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if len(letters) < 2 or not name or name[0].lower() != letters[0]:
        return False
    words = name.split()
    if len(words) < 2:
        return False
    rest = iter(name.lower())
    return all(letter in rest for letter in letters)


def initials_in_any_order(short: str, name: str) -> bool:
    """Whether SHORT's letters are the first letters of NAME's words, links left out, in any order
    ("AIU" / "Unité d'intégrité de l'athlétisme": a body keeping the initials of its English name)."""
    words = [w for w in _NAME_WORD.findall(_without_accents(name).lower()) if w not in _NAME_LINKS]
    return sorted(w[0] for w in words) == sorted(_without_accents(short).lower())


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_NAME_WORD = re.compile(r"[^\W\d_][\w-]*")  # ("d'intégrité": "d", then "intégrité")
_NAME_LINKS = frozenset(("de", "du", "des", "la", "le", "les", "et", "pour", "sur", "en", "d", "l"))


_BASED_OPENING = re.compile(r"^[\w'’.-]+-based\s+(?=\S)")


@dataclass(slots=True)
class ArticleOrganisations:
    """Short forms of the article's organisations and where each company was named."""

    full_names: dict[str, str] = field(default_factory=dict)  # short form → full name
    named_at: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name), in order
    introduced: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, noun, name), in order

    @classmethod
    def build(cls, text: str) -> ArticleOrganisations:
        found = cls()
        for match in _introduced(text):
            name = match.group("name") or match.group("name2")
            if " " not in name and name.endswith(_DESCRIBING_ENDINGS):
                continue  # "the Japanese automaker", "the Vancouver-based miner": what it is, not its name
            if match.group("name2") and (apposed := _NAME_THEN_COMMA_BEFORE.search(text, max(0, match.start() - 60), match.start())) \
                    and apposed.group("name").split()[0] not in _NOT_NAMES:
                name = apposed.group("name")  # "Pixelkite Inc., the San Francisco company": its place, the company named before
            found.introduced.append((match.start(), match.group("noun") or match.group("noun2"), name))
        known = {(noun, name) for _, noun, name in found.introduced}
        found.introduced.extend(item for item in _apposed_companies(text) if item[1:] not in known)
        found.introduced.sort()
        # ("The developer, Melbourne-based Larkspur Property Group": where it is, no part of its name)
        found.introduced = [(o, noun, _with_designator(text, _BASED_OPENING.sub("", name))) for o, noun, name in found.introduced]
        if "known as" in text:  # "The Department of Education and Knowledge, known as Adek, said"
            for known in _KNOWN_AS.finditer(text):
                name = _LEADING_ARTICLE.sub("", known.group("name"))
                if " " in name and NOT_A_COMPANY.search(name):
                    found.full_names.setdefault(known.group("short"), name)
                    found.named_at.append((known.start("name"), name))
        if "(" not in text:
            return found
        places = set()
        for match in _names_with_short_form(text):
            name = _LEADING_ARTICLE.sub("", match.group("name"))
            short = match.group("short")
            while name and (not stands_for(short, name) or _DAY_BEFORE_COMMA.match(name)):
                # "In a statement, the World Health Organization (WHO)": drop words from the left.
                parts = name.split(None, 1)
                if len(parts) < 2:
                    name = ""
                    break
                name = _LEADING_ARTICLE.sub("", parts[1])
            whole = _LEADING_ARTICLE.sub("", match.group("name").rsplit("\n", 1)[-1])
            if name and (state := _STATE_INITIALS_BEFORE.search(whole, 0, len(whole) - len(name))) is not None \
                    and whole.endswith(" " + name):
                name = state.group() + name  # "the NSW Rural Fire Service (RFS)": the state's initials are the name's
            if not name and " " not in short and " " in whole and "," not in whole and NOT_A_COMPANY.search(whole) \
                    and any(w[:1] == short[:1] for w in whole.split()):
                # "the Peruvian Sea Institute (Imarpe)", "the National Federation of Mining Cooperatives of
                # Bolivia (Fencomin)": a body's short form in its own language
                name = whole
            if name:
                found.full_names.setdefault(short, name)
                start = match.start("name") + match.group("name").find(name)
                if _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is not None:
                    places.add(name)  # "a tower in Jumeirah Village Circle (JVC)": no company
                else:
                    found.named_at.append((start, name))
        at = text.find("(")
        while at != -1:
            full = _FULL_NAME_IN_BRACKETS.match(text, at)
            short = _SHORT_BEFORE_BRACKET.search(text, max(0, at - 14), at) if full is not None else None
            if short is not None and short.group("short").isupper() and stands_for(short.group("short"), full.group("name")):
                found.full_names.setdefault(short.group("short"), full.group("name"))
                found.named_at.append((full.start("name"), full.group("name")))
            at = text.find("(", at + 1)
        # Later mentions of a company's short form ("PG&E contract employees") name it again.
        for short, name in found.full_names.items():
            if NOT_A_COMPANY.search(name) or name in places:
                continue
            at = text.find(short)
            while at >= 0:
                if not text[at - 1:at].isalnum() and not text[at + len(short):at + len(short) + 1].isalnum():
                    found.named_at.append((at, name))
                at = text.find(short, at + len(short))
        found.named_at.sort()
        return found

    def full_name(self, name: str) -> str:
        """The full name for a short form the article introduced in brackets, else NAME. The part
        of a full name after its comma ("Disease Control and Research", cut from "Institute of
        Epidemiology, Disease Control and Research" where a clause was cut) stands for it too."""
        full = self.full_names.get(name)
        if full is not None:
            return full
        tail = ", " + name
        return next((full for full in self.full_names.values() if full.endswith(tail)), name)

    def last_company_before(self, position: int) -> tuple[int, str] | None:
        """The company (not a public body) named with a short form nearest before POSITION."""
        i = bisect_right(self.named_at, (position, "\uffff"))
        while i:
            i -= 1
            if not NOT_A_COMPANY.search(self.named_at[i][1]):
                return self.named_at[i]
        return None

    def introduced_as(self, noun: str, position: int) -> tuple[int, str] | None:
        """The organisation the article introduced with NOUN ("the operator Nachtlinie") nearest
        before POSITION, else the first after it ("their union said … The Unite Maritime union")."""
        same = [(o, n) for o, found, n in self.introduced if found == noun]
        before = [item for item in same if item[0] <= position]
        return before[-1] if before else (same[0] if same else None)


_NOUN_LAST = re.compile(r"^(?P<field>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)?)\s+(?P<noun>Department|Ministry|Office)$")


def noun_first_form(name: str, text: str) -> str | None:
    """"State Department" → "United States Department of State": the fuller name in which the
    article writes the same body noun first, with what it is the body of after "of"."""
    short = _NOUN_LAST.match(name)
    if short is None:
        return None
    pattern = re.compile(
        rf"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*\s+){{0,3}}{short.group('noun')}\s+of\s+(?:the\s+)?{re.escape(short.group('field'))}\b"
    )
    found = [_LEADING_ARTICLE.sub("", m.group()) for m in pattern.finditer(text)]
    return max(found, key=len) if found else None


# A campaigners' or a rights group ("the digital rights group Datos Protegidos Chile"): no company.
_CAMPAIGN_GROUP_BEFORE = re.compile(r"\b(?:rights|campaign|advocacy|pressure|lobby|protest|activist|environmental|conservation"
                                    r"|residents['’]?|patients['’]?|victims['’]?|parents['’]?|tenants['’]?|consumer|community)\s+group\s+$")


def campaign_group_named(text: str, name: str) -> bool:
    """Whether TEXT introduces NAME as a campaigners' group ("the digital rights group NAME"), which no "the company" names."""
    at = text.find(name)
    return at > 0 and _CAMPAIGN_GROUP_BEFORE.search(text, max(0, at - 40), at) is not None


def organisation_noun(phrase: str) -> str | None:
    """"the company", "their union": the noun of a definite organisation noun on its own."""
    words = phrase.split()
    if len(words) == 2 and words[0].lower() in _DEFINITE_OWNER and words[1].lower() in INTRODUCING_NOUNS:
        return words[1].lower()
    return None
