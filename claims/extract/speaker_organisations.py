"""Speakers that stand for an organisation the article named more fully: "WHO" → "World Health
Organization", "the company" → the company last named or introduced, "the ministry" → "transport
ministry" (English), and a bare organisation noun → the organisation it introduced ("le quotidien"
→ "Le Figaro")."""

from __future__ import annotations

import re

from functools import lru_cache
from claims.extract.organisations import (
    COMPANY_NOUNS, DEMONYM_ENDINGS, INTRODUCING_NOUNS, RECIPIENT_BEFORE, campaign_group_named, noun_first_form,
    organisation_noun,
)
from claims.extract.quotes import inside_quotation_marks
from claims.extract.sources import KNOWN_AGENCIES, last_agency_named
from claims.extract.speakers import Mention, closes_on_a_company_word, fold, names_in
from claims.extract.first_names import is_first_name
from claims.extract.mention_shapes import CAPITALISED_EN_NAME_LINKS
from claims.extract.name_tails import organisation_tail
from claims.extract.name_words import SIZE_WORDS
from claims.extract.types import SpeakerRef
from claims.extract.speaker_organisations_fr import FrenchOrganisationLinks
from claims.extract.speaker_organisations_short_forms import ShortFormLinks


# Nouns of a news outlet (folded): one may stand for a body introduced by another ("le journal" for "le site X",
# "le quotidien Le Soir").
OUTLET_NOUNS_FR = frozenset(("journal", "quotidien", "hebdomadaire", "magazine", "site", "media", "mensuel", "titre"))

# "Aviapass", not "HUG": a name written as a word, not as initials.
_NAMED_NOT_ACRONYM = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ][\w-]*")
# "The U.S. Bureau of Reclamation's November study": the owner's name without its possessive.
_POSSESSIVE_CLOSING = re.compile(r"['’]s$")
# A body's name right after its lower-case description ("the road safety charity SlowDown UK").
_NAME_APPOSED = re.compile(r"[ \u00a0]+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’&-]*){0,3})(?![\w'’-])")
_OPENING_ARTICLES = frozenset(("The", "A", "An"))
_VAGUE_MODIFIERS = frozenset(("same", "other", "new", "whole", "entire", "first", "second", "last", "next",
                              "former", "said", "such", "only", "main", "local", "own", "two", "three", "present",
                              "current", "latest", "recent", "previous", "original", "full"))
# "three-member", "15-strong": a body's size, no part of its name.
_SIZE_MODIFIER_ENDINGS = tuple("-" + word for word in SIZE_WORDS)

# Companies that are outlets: the article quotes them, they are rarely "the company" it reports on.
_MEDIA_COMPANY_NOUNS = frozenset(("broadcaster", "publisher"))
# A company's name closed by its legal form: "Copperbelt Ridge Mining Limited", "Arcadia Foods Plc".
_LEGAL_FORM_NAME = re.compile(
    r"(?<![\w'’-])(?:(?!The\s)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*[ \u00a0]+){1,5}(?:Limited|Ltd\.?|PLC|Plc|plc|Inc\.?|Corp\.?|LLC|GmbH|SpA|S\.A\.|SA|SAS|SARL|Sàrl|AG)(?![\w-])")
_DESCRIBED_OPENING = re.compile(r"^[\w.]+-(?:based|listed|owned|headquartered|registered)\s+")
# The words before an outlet's name ("told Swiss public broadcaster RTR", "le quotidien Al Massae").
OUTLET_BEFORE = re.compile(r"\b(?:told|broadcaster|newspaper|daily|radio|television|channel|outlet|agency"
                           r"|quotidien|journal|hebdomadaire|chaîne|télévision)[ \u00a0]+(?:the[ \u00a0]+)?$")


_DEMONYM_ENDINGS = DEMONYM_ENDINGS + ("ch", "ic", "i")  # ("Dutch", "Icelandic", "Pakistani")
# Spaces within one paragraph: a headline or paragraph above ends before a blank line ("… in North
# Rift\n\nKenya's Interior Ministry" names no "North Rift Kenya's Interior Ministry").
_ONE_LINE_SPACE = r"(?:[^\S\n]*\n[^\S\n]*(?=\S)|[^\S\n]+)"
# A group named as the owner in a company's own apposition ("l'entreprise, détenue depuis 2021 par le groupe X,")
# (but "La maison est détenue par le groupe Korian. … la société a indiqué": the owner may speak as the company)
_OWNER_BEFORE = re.compile(r",\s*(?:détenue?s?|rachetée?s?|contrôlée?s?|possédée?s?|reprise?s?|acquise?s?)\s+(?:(?:depuis|en)\s+\d{4}\s+)?par\s+(?:le\s+|la\s+|l['’])?$"
                           r"|\bfiliale\s+(?:du|de\s+la|de\s+l['’]|de|d['’])\s*$"
                           # ("Wolds and Dales Trains, which is owned by the transport group Calder Mobility, accepted", "…, which
                           # is majority-owned by the Australian group Redbank Resources,")
                           r"|,\s*(?:which\s+is\s+|which\s+was\s+)?(?:(?:majority|wholly|partly|jointly)-)?(?:owned|controlled)\s+by\s+"
                           r"(?:the\s+)?(?:(?:[a-z-]+|[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+){0,3}$")
# The owned body's name, closing right before its owner's clause.
_NAME_BEFORE_OWNER = re.compile(r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:\s+(?:(?:and|&|of)\s+)?[A-ZÀ-ÖØ-Þ][\w'’&-]*){0,5})$")


_PLURAL_NAMED_NOUNS = frozenset(("railway",))  # ("the railway": "Kenya Railways")


def names_an_office_holder(words: list[str], lex) -> bool:
    """Whether WORDS, before a body's noun, are an office-holder's title: "Deputy Commissioner of" (Police)."""
    return len(words) >= 2 and words[-1] == "of" and fold(words[-2]) in lex.roles


@lru_cache(maxsize=256)
def _fuller_organisation(noun: str) -> re.Pattern:
    """"the transport ministry" (one or two lower-case modifiers after "the", not "the breach of
    trust"), "the United States government" (capitalised ones) or "Northbridge Bank" (capitalised
    words, "of"/"and" inside) ending with NOUN (not "Central Bank" in "its Central Bank Rate")."""
    word = re.escape(noun)
    capitalised = re.escape(noun[:1].upper()) + re.escape(noun[1:]) + ("s?" if noun in _PLURAL_NAMED_NOUNS else "")
    return re.compile(
        rf"\b[Tt]he\s+(?:(?P<lower>(?:(?!(?:of|for|and|in|to)\s)[a-z][\w-]*\s+){{1,2}})|(?P<capitalised>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*{_ONE_LINE_SPACE}){{1,3}}))(?P<noun>{word})\b"
        rf"|(?P<proper>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ](?:[\w&'’-]*|\.(?<=\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\.)){_ONE_LINE_SPACE}(?:(?:of|and|for|with)\s+)?){{1,4}})(?P<noun2>{capitalised})\b"
        # ("Amalgamated Transit Union Local 615": a union's branch by its number)
        rf"(?P<local>[ \u00a0]+Local[ \u00a0]+\d+\b)?"
        # ("Pwani Cement Company Limited": the company's legal form closes its name)
        rf"(?P<designator>[ \u00a0]+(?:Limited|Ltd|PLC|Plc|LLC|Inc)\b\.?)?(?![ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])"
    )


# Bodies a common noun stands for whose names end with other words: a school district named for its
# schools, a hospital for its medical centre.
OTHER_HEADS = {noun: re.compile(rf"(?:(?:St\.?|Saint)[ \u00a0]+[A-Z][\w'’-]*[ \u00a0]+of[ \u00a0]+)?"  # ("St. Clare of Jaro Medical Center")
                                rf"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*[ \u00a0]+){{1,4}}(?:{heads})\b") for noun, heads in (
    ("district", r"Public[ \u00a0]+Schools|Unified[ \u00a0]+School[ \u00a0]+District|Independent[ \u00a0]+School[ \u00a0]+District"),
    ("hospital", r"Medical[ \u00a0]+Cent(?:er|re)|Infirmary|Health[ \u00a0]+Sciences[ \u00a0]+Cent(?:er|re)"),
    # ("the school" of the "Rio Grande College of Osteopathic Medicine")
    ("school", r"(?:College|Academy)(?:[ \u00a0]+of(?:[ \u00a0]+[A-Z][\w'’-]*){1,3})?(?![ \u00a0]+[A-Z])"),
    # a business named for its trade: "the brewery" of the "Blue Mahoe Brewing Company"
    ("brewery", r"Brew(?:ing|ers)(?:[ \u00a0]+(?:Company|Co\.))?"),
    ("distillery", r"Distill(?:ing|ers)(?:[ \u00a0]+(?:Company|Co\.))?"),
    ("bakery", r"Bak(?:ing|ers)(?:[ \u00a0]+(?:Company|Co\.))?"),
)} | {"school district": re.compile(  # "NLSchools", "Lakeview Public Schools", "Fulton County School District"
    r"(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*Schools\b|(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*[ \u00a0]+){1,4}(?:Schools|School[ \u00a0]+(?:District|Board))\b")} | {
    # the head in another language, first: "the museum" of the "Musée Hennequin", "the university" of "Universidad de Chile"
    noun: re.compile(rf"(?<![\w-])(?:{heads})(?:[ \u00a0]+(?:(?:de|del|des|du|di|della|do|da|der|für|de[ \u00a0]+la)[ \u00a0]+|d['’])?"
                     r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+")
    for noun, heads in (("museum", "Musée|Museo|Museu|Muzeum|Múzeum"),
                        ("university", "Université|Universidad|Università|Universität|Universidade|Uniwersytet"))}


def bodies_under_other_heads(noun: str, text: str) -> list[tuple[int, str]]:
    """(offset, name) of each body TEXT names under one of NOUN's `OTHER_HEADS` ("Albuquerque
    Public Schools" for "district"); none for a noun without other heads."""
    pattern = OTHER_HEADS.get(noun)
    return [(m.start(), m.group().removeprefix("The ")) for m in pattern.finditer(text)] if pattern is not None else []
_COURT_ROLE_OPENINGS = frozenset(("Prosecuting", "Defending", "Representing", "Mitigating"))
_DOTTED_INITIALS_CLOSING = re.compile(r"(?<![\w.])(?:[A-Z]\.)+$")


# French institutions a management runs, with their name or place: "centre hospitalier Côte de Lumière",
# "CHU de Brest", "lycée Jean-Moulin".
_SHORT_FORM_IN_NAME = re.compile(r"\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6}\)")
MANAGED_INSTITUTION_FR = re.compile(
    r"(?P<name>(?:[Cc]entre\s+hospitalier(?:\s+universitaire|\s+régional|\s+intercommunal)?|[Hh]ôpital|CHU|[Cc]linique|[Uu]niversité|"
    r"[Ll]ycée|[Cc]ollège|[Mm]usée|[Aa]éroport|Ehpad|EHPAD|[Mm]aison\s+d['’]arrêt|[Mm]aison\s+centrale|[Cc]entre\s+pénitentiaire"
    r"|[Cc]entre\s+de\s+détention)(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6}\))?\s+(?:(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*)?"
    r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)(?:[ \u00a0-]+(?:(?:de\s+la|de|du|des|d['’])\s*)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    r"(?:[ \u00a0][a-zà-ÿ]+(?:aise|ais|aine|ain|ienne|ien|oise|ois|ale|al)\b)?)")  # ("de la Polynésie française")
# A plural possessive of people opens a body's name ("Fishermen's Protective Union"), no owner.
PEOPLES_POSSESSIVES = ("men's", "men’s", "ren's", "ren’s", "ple's", "ple’s")
_WORKERS_UNION_IN_LOWER_CASE = re.compile(
    r"(?<![\w'’-])(?!The\s)(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:,?\s+(?:and\s+|&\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s+"
    r"(?:Workers|Employees|Teachers|Nurses|Drivers|Miners|Steelworkers)\s+union)\b")
# A town and its region ("in Port Union, Newfoundland") or closing a headline ("jobs at risk in Port
# Union"), no body whose name ends on its common noun.
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+$")
_REGION_AFTER = re.compile(r",\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+|[ \t]*(?:\n|$)")


def without_owner(name: str) -> str:
    """NAME without an owner or an article opening it: "Sunday's", "New Zealand's" (in "New Zealand's
    Ministry of Foreign Affairs and Trade"), "A Rapid City Police Department officer" are no part of it."""
    words = name.split()
    if words[0] in ("A", "An"):
        return " ".join(words[1:])
    owner = next((i for i, w in enumerate(words[:3]) if w.endswith(("'s", "’s")) and not w.endswith(PEOPLES_POSSESSIVES)), None)
    return " ".join(words[owner + 1:]) if owner is not None else name


def names_a_town(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a town given with its region ("in Port Union, Newfoundland")."""
    return _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 6), start) is not None \
        and _REGION_AFTER.match(text, end) is not None


# "Jamaicans Against Police Excess": "Police" after a capitalised linking word inside a longer name, no police body.
_INSIDE_A_LONGER_NAME = re.compile(rf"\w (?:{CAPITALISED_EN_NAME_LINKS}) $")
# "Police Scotland said", "the Police Service of Northern Ireland,": a police body named with "Police" first.
_POLICE_FIRST = re.compile(r"\bPolice(?: Service of(?: the)?)? [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?: [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)?(?= (?:said|says|told|has|have|had|is|was|confirmed|announced)\b|[,.;:])")
# "the Ministry of State-Owned Enterprises said": a ministry or department named with its noun first, speaking.
_SPEAKING_MINISTRY_FIRST = re.compile(
    r"(?:\b[Aa]ccording[ \u00a0]+to|(?<![\w'’-])[Tt]he)[ \u00a0]+(?P<name>(?:Ministry|Department)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:,?[ \u00a0]+(?:(?:and|&|for)[ \u00a0]+(?:the[ \u00a0]+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)*)"
    r"(?:[ \u00a0]+\([A-Za-z]{2,8}\))?(?:,|[ \u00a0]+(?:said|says|told|announced|confirmed|stated|has[ \u00a0]+said)\b)")
# "An administrative court in Karlstad": a court the article introduces by its kind and place, no name.
_COURT_IN_A_PLACE = re.compile(r"\b[Aa]n?\s+(?P<court>(?:[a-z]+\s+){0,2}court\s+in\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)")
# "the University of Tartu": a university named with its noun first.
_UNIVERSITY_FIRST = re.compile(r"\bUniversity of (?:the )?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*"
                               r"(?: (?:and )?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){0,3}"
                               r"(?![\w'’-]| [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
# The lower-case word right after a name ("National Lacrosse League teams").
_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")


class OrganisationLinks(ShortFormLinks, FrenchOrganisationLinks):
    """Mixed into `ArticleSpeakers` (its fields: `text`, `lex`, `organisations`,
    `organisation_ties`, `english_cache`)."""

    __slots__ = ()

    def _linked_organisation(self, mention: Mention, speaker: SpeakerRef, position: int) -> SpeakerRef:
        organisations = self.organisations
        if speaker.name.endswith(("Department", "Ministry", "Office")) and self.lex.adjectival_names:
            fuller = noun_first_form(speaker.name, self.text)  # "State Department"
            if fuller is not None:
                return SpeakerRef(fuller, speaker.mention, speaker.role, "organisation")
        if not (organisations.named_at or organisations.introduced or self.organisation_ties):
            return speaker
        full = organisations.full_name(speaker.name)
        noun = organisation_noun(mention.text) if mention.role and speaker.name == mention.role else None
        if full == speaker.name and noun is not None:
            introduced = organisations.introduced_as(noun, position)
            full = introduced[1] if introduced else (noun in COMPANY_NOUNS and self._company_before(position)) or full
        if full == speaker.name:
            return speaker
        return SpeakerRef(full, speaker.mention, speaker.role, "organisation")

    def _legal_form_named_before(self, position: int) -> str | None:
        """The one company the article named before POSITION with its legal form ("Copperbelt Ridge
        Mining Limited", "Arcadia Foods Plc", "Vuillerat Décolletage SA")."""
        # ("Toronto-based Meridian Logistix Inc.": where it is, no part of its name)
        found = {_DESCRIBED_OPENING.sub("", m.group()) for m in _LEGAL_FORM_NAME.finditer(self.text, 0, position)}
        return found.pop() if len(found) == 1 else None

    def _named_with_noun_before(self, noun: str, position: int) -> str | None:
        """English: the one body named before POSITION whose name closes on NOUN ("Kenya's Pharmacy and Poisons Board
        (PPB)" … "the board said"): that body, not the board of a company named in between."""
        found = {without_owner(name) for at, name in self.organisations.named_at
                 if at < position and name.endswith(" " + noun.capitalize())}  # (not "Nepal's": the name is whole without it)
        return found.pop() if len(found) == 1 else None

    def _apposed_noun_named_before(self, noun: str, position: int) -> str | None:
        """English: the one body named before POSITION with NOUN closing its apposition ("An Bord Pleanála, Ireland's
        planning appeals board, has granted …"): "the board" is that body, not the company its management would be."""
        found = {m.group("name") for m in re.finditer(
            rf"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)*),\s+(?:[\w'’-]+\s+){{0,4}}{re.escape(noun)},",
            self.text[:position])}
        return found.pop() if len(found) == 1 else None

    def _company_word_name_before(self, position: int) -> str | None:
        """The one company the article named before POSITION with a company's word closing its name ("Gulf
        Crescent Chemicals", "Boreas Cable Systems"), else None."""
        found = {name for at, name in names_in(self.text[:position], self.lex) if " " in name and closes_on_a_company_word(name)
                 and not self.text.endswith(" and ", 0, at)}  # (not "Gaming Corporation" of "… Horse Racing and Gaming Corporation")
        return found.pop() if len(found) == 1 else None

    def _managed_institution_before(self, position: int) -> str | None:
        """French: the one hospital, school, university, museum or prison the article named before POSITION
        ("le centre hospitalier de Lannion-Trestel"), whose management "la direction" is."""
        if self.lex.adjectival_names:
            return None
        named = list(MANAGED_INSTITUTION_FR.finditer(self.text, 0, position))
        # ("hôpital de Lannion" in the headline, "centre hospitalier de Lannion-Trestel" in the text: one, the fuller)
        places = {m.group("place").split("-")[0] for m in named}
        # ("Le centre hospitalier universitaire (CHU) de Caen Normandie": its short form left out)
        return max((" ".join(_SHORT_FORM_IN_NAME.sub("", m.group("name")).split()) for m in named), key=len) if len(places) == 1 else None

    def _company_before(self, position: int) -> str | None:
        """The company "the company" stands for: the last one the article named with a short form
        or introduced with a company noun before POSITION."""
        at, named = self.organisations.last_company_before(position) or (-1, None)
        while named is not None and RECIPIENT_BEFORE.search(
                self.text, max(0, (first := min(o for o, n in self.organisations.named_at if n == named)) - 40), first):
            at, named = self.organisations.last_company_before(first - 1) or (-1, None)  # "a statement to the X Exchange (XSE)"
        if named is not None and OUTLET_BEFORE.search(self.text, max(0, at - 40), at):
            at, named = -1, None  # "told Swiss public broadcaster RTR": an outlet, not the company
        tied = [(o, noun, n) for o, noun, n in self.organisation_ties if noun in COMPANY_NOUNS and at < o <= position]
        tied += [(o, noun, n) for o, noun, n in self.organisations.introduced if noun in COMPANY_NOUNS and at < o <= position]
        # ("Finnish forest company X … told the broadcaster Yle … The company said": the outlet quoted is no company speaking,
        # nor "the digital rights group Y" a company)
        tied = [t for t in tied if t[1] not in _MEDIA_COMPANY_NOUNS and not (t[1] == "group" and campaign_group_named(self.text, t[2]))]
        if tied and (owned := self._owned_by_the_one_at(max(tied)[0])) is not None:
            return owned  # "X, which is owned by the transport group Y, accepted …. the company said": X
        tied = [t for t in tied if not self._owner_at(t[0])]
        return max(tied)[2] if tied else named

    def _owned_by_the_one_at(self, offset: int) -> str | None:
        """English: the name closing right before the owner's clause that OFFSET's name ends ("X, which is owned by
        the transport group Y"), else None."""
        clause = _OWNER_BEFORE.search(self.text, max(0, offset - 80), offset)
        owned = _NAME_BEFORE_OWNER.search(self.text, max(0, clause.start() - 120), clause.start()) \
            if clause is not None and self.lex.adjectival_names else None
        return owned.group("name") if owned is not None else None

    def _owner_at(self, offset: int) -> bool:
        """Whether the body named at OFFSET owns the one a sentence is about ("l'entreprise, détenue
        depuis 2021 par le groupe italien X, a expliqué"): it is not the company speaking."""
        return _OWNER_BEFORE.search(self.text, max(0, offset - 80), offset) is not None

    def named_organisation(self, noun: str, position: int) -> str | None:
        """The fuller name the article gave an organisation that a bare common noun stands for:
        "the ministry" → "transport ministry", "the bank" → "Northbridge Bank" (English: the
        modifiers come before the noun). The nearest before `position`, else the first after."""
        lex = self.lex
        if lex.adjectival_names and " " in noun and noun in OTHER_HEADS:  # ("the school district" for "NLSchools")
            found = bodies_under_other_heads(noun, self.text)
            before = [name for at, name in found if at <= position]
            return before[-1] if before else (found[0][1] if found else None)
        if not lex.adjectival_names or " " in noun or not (
            noun in lex.organisations or noun in lex.organisation_nouns or noun in lex.management
        ):
            return None
        found = []
        matches = list(_fuller_organisation(noun).finditer(self.text))
        towns = {match.group() for match in matches if match.group("proper") and names_a_town(self.text, match.start(), match.end())}
        for match in matches:
            if match.group("capitalised"):  # "the New Zealand government"
                words = match.group("capitalised").split()
                if words[-1].endswith(("-based", "-headquartered")):
                    continue  # "the Barbados-based council": where it is, no name
                if noun not in INTRODUCING_NOUNS and not any(w in lex.function_words for w in words):
                    found.append((match.start(), " ".join(words + [noun])))
                continue
            words = (match.group("lower") or match.group("proper")).split()
            if match.group("proper") and words[0] in _OPENING_ARTICLES:
                words = words[1:]  # "The Regional Commission": the article is not part of the name
            if match.group("proper") and words and words[0].endswith("-based"):
                words = words[1:]  # "Sendai-based Michinoku Shinwa Bank": where it is, no part of its name
            if match.group("proper") and len(words) > 2 and words[0] in _COURT_ROLE_OPENINGS and words[1] == "for":
                words = words[2:]  # "Prosecuting for Redcar and Cleveland Council, solicitor X said": counsel's side, then the body
            if not words:
                continue
            if match.group("proper") and names_an_office_holder(words, lex):
                continue  # "Deputy Commissioner of Police (South) Meena Rathore": no body
            if match.group() in towns:
                continue  # "at its plant in Port Union, Newfoundland and Labrador": a town, wherever named, no union
            if any(fold(w) in lex.stops or w in lex.function_words or fold(w) in _VAGUE_MODIFIERS or w.endswith("ly") and w.islower()
                   or fold(w) in lex.bare_determiners or w.endswith(_SIZE_MODIFIER_ENDINGS) for w in words):
                # "the relatively clear-bottomed study area", "the best the company can afford", "the three-member panel": no name
                # (but "Antimonopoly Regulation Service": a capitalised word ending in "-ly" is no adverb)
                continue
            name = " ".join(words + [match.group("noun") or match.group("noun2")])
            if match.group("lower") and (apposed := _NAME_APPOSED.match(self.text, match.end())) is not None \
                    and not is_first_name(first := apposed.group("name").split()[0]) and fold(first) not in lex.roles \
                    and first.rstrip(".") not in lex.titles and first not in lex.function_words:
                name = apposed.group("name")  # "the road safety charity SlowDown UK": its name, right after its description
            if match.group("proper"):  # "United States Commission" + " on Presidential Debates"
                tail = organisation_tail(self.text, match.end(), name, lex)
                owner = next((i for i, w in enumerate(words[:3]) if w.endswith(("'s", "’s"))
                              and not w.endswith(PEOPLES_POSSESSIVES)), None)  # (not "Fishermen's Protective Union")
                if owner is not None and (tail or len(words) >= owner + 2):
                    name = " ".join(words[owner + 1:] + [match.group("noun2")])  # "Peru's Ministry of Production",
                    # "Sri Lanka's Ministry of Education": the country owns a name complete without it
                name += tail
            if (dotted := _DOTTED_INITIALS_CLOSING.search(self.text, max(0, match.start() - 8), match.start())) is not None \
                    and name.startswith(self.text[match.start():match.start() + 2]):
                name = dotted.group() + name  # "U.S. Army Corps of Engineers": its first initial is no sentence's end
            found.append((match.start(), _POSSESSIVE_CLOSING.sub("", name + (match.group("local") or "") + (match.group("designator") or ""))))
        if noun == "police":  # "Police Scotland", "Police Service of Northern Ireland": the noun first
            found = sorted(found + [(m.start(), m.group()) for m in _POLICE_FIRST.finditer(self.text)
                                    if not any(fold(w) in lex.roles or w in lex.titles or is_first_name(w) for w in m.group().split()[1:])
                                    and not _INSIDE_A_LONGER_NAME.search(self.text, max(0, m.start() - 30), m.start())])
        if noun in ("ministry", "department"):  # "the Ministry of State-Owned Enterprises said … the ministry said"
            found = sorted(found + [(m.start("name"), m.group("name")) for m in _SPEAKING_MINISTRY_FIRST.finditer(self.text)
                                    if m.group("name").split()[0].lower() == noun])
        if noun == "union":  # "the Fish, Food and Allied Workers union": a workers' union named in lower case
            found = sorted(found + [(m.start(), m.group("name")) for m in _WORKERS_UNION_IN_LOWER_CASE.finditer(self.text)])
        if noun in OTHER_HEADS and (others := bodies_under_other_heads(noun, self.text)):  # ("the district" for "Albuquerque Public Schools")
            # "Miners' Colfax Medical Center in Raton" … "the Raton hospital": the town's hospital is that body
            found = sorted([item for item in found
                            if not any(f"{other} in {item[1].removesuffix(' ' + noun)}" in self.text for _, other in others)] + others)
        if not found:
            return None
        before = [item for item in found if item[0] <= position]
        if not before and noun == "university" \
                and (introduced := [m.group() for m in _UNIVERSITY_FIRST.finditer(self.text, 0, position)]):
            return introduced[-1]  # "the University of Tartu" … "the university said", "Tallinn University" only named later
        if not before and noun == "court" \
                and (introduced := [m.group("court") for m in _COURT_IN_A_PLACE.finditer(self.text, 0, position)]):
            return introduced[-1]  # "An administrative court in Karlstad … the court said": that court, not one named later
        if not before:
            # the first named after, but not in someone's words ("the pre-sanction report" a quotation mentions)
            found = [item for item in found if not inside_quotation_marks(self.text, self.text.rfind("\n", 0, item[0]) + 1, item[0])]
            if not found:
                return None
        if len(before) >= 2 and self._modifying_a_noun(*before[-1]):
            # "… hoped to be scouted by National Lacrosse League teams": a name that only qualifies another noun is
            # no body "the league" goes back to, when an earlier one is named on its own
            before = [item for item in before if not self._modifying_a_noun(*item)] or before
        name = (before[-1] if before else found[0])[1]
        if (national := self.with_demonym(name)) is not None:
            return national
        # The fullest form of that name: "Supreme Court" → "Supreme Court of Puerto Rico".
        return max((n for _, n in found if n.startswith(name + " ")), key=len, default=name)

    def with_demonym(self, name: str) -> str | None:
        """"federal police" that the article first named "Belgian federal police", "Police Force" it named "Namibian
        Police Force", "Coast Guard" it named "Italian Coast Guard": with the one demonym written before it, else None."""
        key = ("demonym", name)  # (asked again for every claim of the same body)
        if key not in self.english_cache:
            countries = {m.group(1) for m in re.finditer(rf"\b([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+) {re.escape(name)}\b", self.text)
                         if m.group(1).endswith(_DEMONYM_ENDINGS)}
            self.english_cache[key] = f"{countries.pop()} {name}" if len(countries) == 1 else None
        return self.english_cache[key]

    def _modifying_a_noun(self, at: int, name: str) -> bool:
        """Whether the name written at AT is followed by the noun of a body or of people it qualifies
        ("National Lacrosse League teams", "Labour Party members")."""
        if not self.text.startswith(name, at) or (noun := _LOWER_WORD_AFTER.match(self.text, at + len(name))) is None:
            return False
        word = noun.group(1)
        return any(w in self.lex.organisations or w in self.lex.roles for w in (word, word.removesuffix("s")))

    def by_organisation_noun(self, role: str, position: int) -> str | None:
        """The organisation a bare common noun stands for: "le quotidien" → the newspaper the
        article introduced as "le quotidien français Le Figaro"; "la direction" → the company."""
        words = fold(role).split()
        if not words or len(words) > 3:
            return None
        head = words[0]
        if self.lex.adjectival_names and len(words) > 1 and words[-1] in self.lex.roles:
            return None  # "A board spokesperson": a person, whose body's noun only qualifies the role
        if not self.lex.adjectival_names and head in self.lex.management and len(words) > 1 \
                and words[1] not in ("de", "du", "des") and not words[1].startswith(("d'", "d’")):
            written = fold(self.text[:position])
            if any(" ".join(words) + link in written for link in (" de ", " du ", " des ", " d'", " d’")):
                return None  # "la direction interrégionale", written in full before ("… des services pénitentiaires de Paris"): that body
        if not self.lex.adjectival_names and head in self.lex.management and len(words) > 1 \
                and words[-1].split("'")[-1] not in self.lex.companies and not _NAMED_NOT_ACRONYM.fullmatch(role.split()[-1].split("'")[-1].split("’")[-1]):
            # "la direction de l'aéroport": the airport's, which the managements pass finds, not a company's; "la
            # direction de l'hôpital", "la direction des HUG": the hospital named before (not "la direction d'Aviapass": that company)
            return self._managed_institution_before(position)
        # "la direction", or "le groupe" after "le fabricant de vélos Véloria": the company.
        # ("la régie": a public operator, not "le fabricant X" named before)
        nouns = self.lex.companies if head in self.lex.management or head in self.lex.companies and head != "regie" \
            else OUTLET_NOUNS_FR if not self.lex.adjectival_names and head in OUTLET_NOUNS_FR else {head}
        tied = [(o, n) for o, noun, n in self.organisation_ties if noun in nouns and not self._owner_at(o)]
        if not tied and head in self.lex.management:
            # "Vuillerat Décolletage SA va supprimer …, a annoncé la direction"; "Selon la direction" of "le centre
            # hospitalier Côte de Lumière"
            return (self._apposed_noun_named_before(head, position) or self._named_with_noun_before(head, position)
                    if self.lex.adjectival_names and len(words) == 1 else None) \
                or self._legal_form_named_before(position) or self._managed_institution_before(position) \
                or (not self.lex.adjectival_names and self.company_opening_sentence_before(position))
        if not tied:
            return None
        before = [item for item in tied if item[0] <= position]
        if not before and not self.lex.adjectival_names and head not in self.lex.management and "\n" in self.text[:position].strip() \
                and all(noun != head for _, noun, _ in self.organisation_ties if noun in nouns) \
                and tied[0][0] > self.text.find(".", position):
            # "La société concessionnaire a assuré" in the body, "le groupe Écologie solidaire" named in a later sentence: no
            # tie (but "D'après l'entreprise chargée des travaux, la société Batiplus Borgou,": its name, in apposition)
            return None
        if head == "agence" and all(n in KNOWN_AGENCIES for _, n in tied) \
                and (cited := last_agency_named(self.text, position)) is not None:
            return cited  # "cité par l'AFP. …, rapporte l'agence", whatever "l'agence Reuters" the article has: the agency named last
        if not before and head in self.lex.management \
                and (named := self._legal_form_named_before(position) or self._managed_institution_before(position)):
            return named  # "a annoncé la direction de l'établissement" of the CHU named before, not a group named later
        if not before and head in self.lex.management and not self.lex.adjectival_names and "\n" not in self.text[:position]:
            return None  # a headline's "selon la direction": the management the lede names (`unnamed_managements_to_bodies`)
        if not before and not self.lex.adjectival_names and (headed := self._bracketed_name_headed_by(head, position)):
            return headed  # "un communiqué de l'organisation" after "L'Organisation mondiale de la santé (OMS)"
        if not before and self.lex.adjectival_names and (legal := self._legal_form_named_before(position)) is not None:
            return legal  # "the plant operated by X Mining Limited … the company said", not "the group Y" named later
        if not self.lex.adjectival_names and len(before) > 1:
            opening = max(self.text.rfind("\n", 0, position), self.text.rfind(". ", 0, position)) + 1
            subject = [item for item in before if opening <= item[0] <= opening + 5
                       # ("4 avril 2012. - Le groupe suisse Alpenkakao a conclu …": a dateline's dash before the kind)
                       or opening <= item[0] and _KIND_BEFORE_SUBJECT_FR.fullmatch(self.text, opening, item[0])]
            if subject:
                # "Le constructeur X a signé avec l'armateur Y une commande …, a annoncé l'entreprise": the sentence's subject
                return subject[-1][1]
            headline = self.text[:max(0, self.text.find("\n"))]
            if head in self.lex.management and len(in_headline := {n for _, n in before if n in headline}) == 1:
                # "La direction a indiqué" paragraphs after "X a signé avec l'armateur Y": the company the headline is about
                return in_headline.pop()
        name = (before[-1] if before else tied[0])[1]
        if not self.lex.adjectival_names and len(words) == 1 and (headed := re.search(
                rf"(?<![\w-]){re.escape(role[:1].upper() + role[1:])}(?:[ \u00a0][\w'’-]+){{1,3}}[ \u00a0]{re.escape(name)}(?![\w-])",
                self.text[:position])) is not None:
            return headed.group()  # "Selon le réseau" after "le Réseau de santé Vitalité": the name the noun opens
        # ("la scierie Thiriet" of a headline, "La scierie Thiriet et Fils" in the lede: the fullest)
        return max((n for _, n in tied if n.startswith(name + " ")), key=len, default=name)


_KIND_BEFORE_SUBJECT_FR = re.compile(r"[\s\-–—]*(?:Le|La|L['’])(?:(?<=['’])[ \u00a0]*|[ \u00a0]+)(?:[a-zà-ÿ-]+(?:[ \u00a0]+[a-zà-ÿ-]+){0,2}[ \u00a0]+)?")
