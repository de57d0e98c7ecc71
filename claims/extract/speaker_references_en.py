"""English references to someone or something the article named before.

References (`EnglishPhraseReferences`, mixed into `ArticleSpeakers`):
- "the 47-year-old added": the person just quoted;
- "the striker told reporters", a descriptive role the article tied to no one: the person just quoted;
- "the spokesperson said" after "A No 10 spokesperson said": the same speaker;
- "the company", "the Chicago-based company": the company the article is about;
- "the front", "the local council": the one organisation named with that noun ("Quillabamba
  Defence Front", "Redcar and Cleveland Borough Council"); "the alliance": the one alliance named
  before ("NATO", "AUKUS");
- "one of them", "one of the people": one of the anonymous group named before ("one of the
  people familiar with the discussions").
- "new figures": whoever the article says released them ("The figures, released by the ABS";
  `released_documents_en`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from claims.extract.organisations import COMPANY_NOUNS, NOT_A_COMPANY, TRADE_NAME_WORDS
from claims.extract.released_documents_en import releasing_body
from claims.extract.first_names import is_first_name
from claims.extract.lang.en import SPELLING_VARIANTS
from claims.extract.role_lookups import ENGLISH_ROLE_GENDERS
from claims.extract.segments import sentence_start
from claims.extract.sources import KNOWN_AGENCIES
from claims.extract.speaker_scan import introduced_by_noun
from claims.extract.name_tails import organisation_tail
from claims.extract.name_words import COMPANY_DESIGNATORS, COMPANY_PREFIXES
from claims.extract.speakers import Mention, fold, folded_words
from claims.extract.types import SpeakerRef
from claims.extract.speaker_organisations import PEOPLES_POSSESSIVES, bodies_under_other_heads, names_a_town
from claims.extract.speaking_bodies_en import city_government, named_in_apposition

# A court's decision, which speaks as the court last named handing one down ("The X Court sentenced … /
# According to the verdict, …").
_COURT_DOCUMENT = re.compile(r"(?:the|its)\s+(?:(?:majority|written)\s+)?(?:verdict|ruling|judgment|judgement|sentence|opinion)", re.IGNORECASE)
_COURT_ACTING = re.compile(r"(?!The\s)(?<![\w'’-])((?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+){0,5}(?:Court|Tribunal)"
                          r"(?:\s+(?:of|for|in)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)?)"
                          r"(?=\s+(?:on\s+\w+\s+)?(?:sentenced|convicted|acquitted|ruled|found|ordered|fined|jailed|upheld|overturned)\b)")
# "the state railway company": a company described by what it does, in a lede that names it next.
_DESCRIBED_COMPANY = re.compile(r"[Tt]he\s+(?:[a-z][\w'’-]*\s+){1,3}(?P<noun>[a-z]+)")  # "the state railway company", "the plant's developer"
_LEDE_REACH = 600  # where the lede's paragraph may start: after the headline and a date line
# "the 47-year-old", "the 31-year-old striker".
_AGE_EPITHET = re.compile(r"[Tt]he\s+\d{1,3}-year-old(?:\s+[a-z][\w-]*)?")
# "one of them", "One of the people", "one of those sources".
_ONE_OF_GROUP = re.compile(r"[Oo]ne\s+of\s+(?:them|(?:the|those)\s+(?P<noun>people|sources|persons|insiders))")
# Where the anonymous group was named before ("Two people familiar with the discussions said").
_GROUP_BEFORE = re.compile(
    r"\b(?P<noun>people|sources|persons|insiders)\s+(?P<link>close\s+to|familiar\s+with|"
    r"with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\s+(?P<topic>(?:the\s+|their\s+|its\s+)?[\w-]+(?:\s+[a-z][\w-]*){0,2}?)(?=[,.;]|\s+(?:said|say|says|told|who)\b)")
_GROUP_COUNTS = frozenset(("two", "three", "four", "five", "several", "some", "many"))
_GROUP_REACH = 2500  # how far back "one of them" looks for its group
_DOCUMENT_MENTION = re.compile(
    r"(?:(?:the|these|new|latest|official|same|preliminary|provisional|initial|final|recent|monthly|quarterly|annual|weekly|state|government|federal)\s+)*(?P<noun>figures|data|statistics|numbers|estimates|report)", re.IGNORECASE)
# A definite bare noun phrase: "the company", "the Chicago-based company", "the local council".
# (an adverb may close the subject: "The company now estimates that …")
_DEFINITE_NOUN = re.compile(
    r"[Tt]he\s+(?:(?P<modifier>[\w-]+)\s+)?(?!(?:now|also|still|already|later|previously|then)$)(?P<noun>[a-z]+)"
    r"(?:\s+(?:now|also|still|already|later|previously|then))?")
# A police force named by its place: "Maldives Police Service", "Lexington Police Department", "Yokote police",
# "Tyrol state police" (not the "Police Integrity Commission", which oversees one).
_NAMED_POLICE_FORCE = re.compile(
    r"(?<![\w'’-])(?P<name>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+){1,4}(?:(?:state|provincial|prefectural|federal|"
    r"regional|city|county|municipal|national)[ \u00a0]+)?(?:Police(?:[ \u00a0]+(?:Service|Department|Force|Administration|Agency))?"
    r"|police))(?![\w'’-])(?![ \u00a0]+(?:Integrity|Commission|Complaints|Ombudsman|Federation|Association|Union|officer|officers|chief|spokes))")
_KINDS_OF_POLICE = frozenset(("riot", "traffic", "transport", "border", "military", "secret", "mounted", "local", "armed",
                              "tourist", "judicial", "municipal", "national", "federal", "state", "provincial", "regional",
                              "city", "county", "city's", "religious", "morality"))
# Up to three capitalised words right before a position ("Tallinn " before "city government").
_CAPITALISED_WORDS_CLOSING = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+){1,3}$")
_SENTENCE_OPENING_WORDS = frozenset(("The", "A", "An", "In", "On", "At", "But", "And", "Its", "Their", "Meanwhile"))
# Common nouns closing the name of a public body, which the article may use alone for it ("the Board").
_GENERIC_BODY_HEADS = frozenset((
    "board", "authority", "agency", "council", "commission", "committee", "department", "ministry", "trust",
    "corporation", "institute", "union", "association", "federation", "bureau", "directorate", "tribunal"))
# ("the state's nonpartisan fiscal office": a described body's head word, its name elsewhere)
_DESCRIBED_BODY_HEADS = _GENERIC_BODY_HEADS | {"office"}
# "the Vancouver-based miner": a description of the organisation the article is about.
_SEATED = ("-based", "-headquartered", "-listed", "-owned")
# Nouns that stand for a body whose name ends with another word: a police force.
_BODIES_OF_NOUN = {"force": ("police", "constabulary"), "club": ("FC", "AFC", "SC")}
# Nouns that stand for a body whose name holds no word of its kind ("NATO … the alliance said"): the
# names of each such body, as the article may write them ("the Quad" only after "the": a common word).
_LISTED_BODIES_OF_NOUN = {"alliance": (
    ("NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "North Atlantic Alliance"),
    ("AUKUS",), ("the Quad", "Quadrilateral Security Dialogue"), ("Five Eyes",), ("ANZUS",),
    ("CSTO", "Collective Security Treaty Organization", "Collective Security Treaty Organisation"), ("Warsaw Pact",))}
_PLACE_POSSESSIVES = frozenset(f"{place}{mark}s" for place in ("island", "state", "country", "city", "province", "territory",
                                                                "county", "region", "nation", "town") for mark in "'’")
_BODY_POSSESSIVE = re.compile(r"(?P<noun>league|club|union|federation|association|council|commission|committee|board|company|firm|group)['’]s")
_SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson"))
# A body's name opening a sentence, after its country's possessive, before its short form, a time and its verb.
_BODY_OPENING_SENTENCE = re.compile(
    r"(?:[A-Z]{2,}(?:[ ,]+[A-Z][\w.]*){0,3}\s+[–—-]\s+)?"  # "ECONOMYNEXT – ", "MONROVIA, Nov 3 – ": a dateline
    r"(?:(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*['’]s\s+)?(?:The\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,7})"
    r"(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.]{1,9}\))?(?:,\s+(?:based|headquartered)\s+in\s[^,.;]{1,60},)?"  # ", based in the town of X,"
    r"(?:\s+(?:on|last|this|late|early)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]?[a-z]+)?\s+(?:[a-z]+ly\s+)?(?:(?:will|would|has|had|plans\s+to)\s+[a-z]+|[a-z]+ed|fined|said|told)\b")
_BODY_NOUNS = frozenset(("club", "team", "side", "charity", "organisation", "organization", "group", "union", "court", "tribunal"))
# Generic nouns of public bodies ("Rural Ambulance Services said … The agency said").
_PUBLIC_BODY_NOUNS = frozenset(("agency", "authority", "service", "body", "board", "department", "regulator"))
# Nouns that stand for any body just quoted, and nouns of bodies whose names hold them.
_ANY_BODY_NOUNS = frozenset(("group", "body", "organisation", "organization", "agency", "authority", "regulator",
                            "agence", "organisme"))
_NAMED_BODY_NOUNS = frozenset(("association", "institute", "centre", "center", "federation", "council", "commission",
                              "institut", "conseil", "syndicat", "office"))
_UNION_NOUNS = frozenset(("syndicat", "union"))
_BODY_HEAD_WORDS = frozenset(("Department", "Agency", "Authority", "Service", "Office", "Ministry", "Commission", "Council",
                              "Institute", "Board", "Directorate"))
_VAGUE_MODIFIERS = frozenset(("local", "same", "whole", "entire", "main", "national", "regional", "state"))
# Marks of a company's name: a corporate designator closing it, or words around it.
_CORPORATE_DESIGNATOR = re.compile(rf"\s(?:{'|'.join(COMPANY_DESIGNATORS)})\.?$")
_ABBREVIATED_DESIGNATORS = (" Inc", " Corp", " Co", " Ltd", " Bhd")
_LISTED_PREFIX = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w]*-(?:listed|based|headquartered)\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
_COMPANY_BEFORE = re.compile(r"(?:-listed|-based|[Ss]hares\s+in|[Ss]hares\s+of)\s+$")
_COMPANY_AFTER = re.compile(r"(?:\s+Inc\b|['’]s?\s+shares\b|\s+shares\b|\s+stock\b)")
# Roles that describe someone the article already named, rather than an office it would name
# the holder of ("the striker told reporters", not "the mayor said").
_EPITHET_ROLES = frozenset((
    "striker", "winger", "midfielder", "defender", "goalkeeper", "forward", "skipper", "player", "athlete",
    "veteran", "teenager", "youngster", "newcomer", "debutant", "rookie", "singer", "actor", "actress",
    "novelist", "author", "musician", "artist", "filmmaker", "entrepreneur", "businessman", "businesswoman",
    # What a person quoted as a witness is: "the retired schoolteacher said", "the mother of three added".
    "teacher", "schoolteacher", "retiree", "pensioner", "grandmother", "grandfather", "mother", "father",
    "widow", "widower", "homeowner", "farmer", "fisherman", "shopkeeper", "student", "nurse", "driver",
    "star", "rapper", "comedian", "presenter", "singer-songwriter",
))


# Where a role phrase's complement starts: "spokesperson for NSW Ambulance", "senior doctor at UHL".
_ROLE_COMPLEMENT = re.compile(r"\s(?:for|at|of|from|in|with|on|who|which|that)\s")


def _folded_head(phrase: str | None) -> str:
    """The role noun of a phrase, before its complement ("senior doctor at UHL" → "doctor")."""
    folded = fold(phrase or "")
    complement = _ROLE_COMPLEMENT.search(folded)
    words = (folded[:complement.start()] if complement else folded).split()
    return words[-1] if words else ""



def _without_owner(name: str) -> str:
    """NAME without an owner or an article opening it: "Sunday's", "New Zealand's" (in "New Zealand's
    Ministry of Foreign Affairs and Trade"), "A Rapid City Police Department officer" are no part of it."""
    words = name.split()
    if words[0] in ("A", "An"):
        return " ".join(words[1:])
    owner = next((i for i, w in enumerate(words[:3]) if w.endswith(("'s", "’s")) and not w.endswith(PEOPLES_POSSESSIVES)), None)
    return " ".join(words[owner + 1:]) if owner is not None else name

_FRIENDS_OF = re.compile(r"\bFriends\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|the))*(?<!\sand)(?<!\sof)(?<!\sthe)")
# A body's name in a second language right after its first, before its short form: "NZ Transport Agency" +
# " Waka Kotahi" + " (NZTA)".
_SECOND_LANGUAGE_NAME = r"((?: [A-ZĀĒĪŌŪ][\w'’āēīōū-]*){1,4})(?= \()"


# French: an outlet that reports what another body did ("…, a rapporté mardi la Tribune de Genève").
_OUTLET_REPORTING_BEFORE = re.compile(r"\b(?:a\s+rapporté|rapporte|a\s+révélé|révèle)\s+(?:[a-zé]+\s+){0,2}$")


class EnglishPhraseReferences:
    """Mixed into `ArticleSpeakers` (its fields: `text`, `lex`, `person_mentions`, `role_ties`,
    `full_names`, `organisations`, `english_cache`; its methods `full_name`, `_role_of`)."""

    __slots__ = ()

    def role_refers_back(self, mention: Mention, position: int, previous: SpeakerRef | None) -> str | None:
        """"the spokesperson said" right after "A No 10 spokesperson said": the previous speaker,
        when its phrase ends with the same role noun. "the striker told reporters", a role the article
        tied to no one and that describes rather than holds an office: the person just quoted, when
        the article tied no other role to them."""
        words = mention.text.split()
        if not self.lex.adjectival_names or not 2 <= len(words) <= 3 or fold(words[0]) != "the":
            return None
        role = fold(words[-1])
        if len(words) == 2 and previous is not None and previous.role and previous.name == previous.role \
                and _folded_head(previous.role) == role:
            return previous.name
        if len(words) == 2 and (introduced := self._unnamed_introduction(words[1], position)) is not None:
            return introduced  # "One paramedic in the North West, who …, described … "…," the paramedic said"
        if role not in _EPITHET_ROLES or any(r.split()[-1] == role for _, r, _ in self.role_ties):
            return None
        if len(words) == 3 and not words[1].islower():
            return None
        gender = ENGLISH_ROLE_GENDERS.get(role)  # ("The mother said" right after the father spoke)
        if previous is not None and previous.kind == "person" and " " in previous.name \
                and previous.name != previous.role and not self._role_of(previous.name) \
                and not self._other_person_named_since(previous.name, position) \
                and (gender is None or self.gender_of(previous.name) in (None, gender)):
            return previous.name
        person = self._untied_person_in_paragraph(position)
        return person if person is None or gender is None or self.gender_of(person) in (None, gender) else None

    def _unnamed_introduction(self, noun: str, position: int) -> str | None:
        """The last "One NOUN …" / "A NOUN …" phrase of POSITION's paragraph or the one before, up to
        its comma or verb: someone the article introduces without a name."""
        if not noun.isalpha() or not noun.islower():
            return None
        start = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, position) - 1)) + 1
        found = None
        for match in re.finditer(rf"\b(?:One|An?|Another) {noun}\b(?: (?:in|from|at|of|with) [^,.;:\"“”]{{1,40}}?)?(?=,| [a-z]+ed\b| said\b| told\b)",
                                 self.text[start:position]):
            found = match.group()
        return found

    def _other_person_named_since(self, name: str, position: int) -> bool:
        """Whether someone else than NAME is named in full in POSITION's paragraph before it."""
        start = self.text.rfind("\n", 0, position) + 1
        return any(start <= o < position and " " in n and self.full_name(n, o) != name for o, _, n in self.person_mentions)

    def _untied_person_in_paragraph(self, position: int) -> str | None:
        """"For Rosa Delgado, who lost …, the money is beside the point. "…," the retired
        schoolteacher said": the one person named in full earlier in the paragraph (else in the
        paragraph before, when this one names nobody first), with no role or a descriptive one."""
        start = self.text.rfind("\n", 0, position) + 1
        named = {self.full_name(n, o) for o, _, n in self.person_mentions if start <= o < position and " " in n}
        if not named:
            previous_end = len(self.text[:start].rstrip())
            before = self.text.rfind("\n", 0, previous_end) + 1
            named = {self.full_name(n, o) for o, _, n in self.person_mentions if before <= o < start and " " in n}
        if len(named) != 1:
            return None
        person = named.pop()
        role = self._role_of(person)
        return person if role is None or fold(role).split()[-1] in _EPITHET_ROLES else None

    def spokesperson_body(self, mention: Mention, position: int, previous: SpeakerRef | None) -> str | None:
        """"A spokesman said" right after an organisation's statement: "<organisation> spokesman";
        "A company spokesperson said": "<the company> spokesperson"."""
        words = fold(mention.text).split()
        just_spoke = previous is not None and previous.kind == "organisation" and bool(previous.mention) \
            and previous.mention in self.text[max(0, position - 400):position]
        if len(words) == 2 and words[0] in ("a", "an") and words[1] in _SPOKESPEOPLE and just_spoke:
            return f"{previous.name} {words[1]}"
        if len(words) == 3 and words[0] in ("a", "an", "the") and words[1] in COMPANY_NOUNS and words[2] in _SPOKESPEOPLE \
                and (company := self._company_before(position) or (previous.name if just_spoke else None)) is not None:
            return f"{company} {words[2]}"
        if 3 <= len(words) <= 5 and words[0] == "the" and (owner := _BODY_POSSESSIVE.fullmatch(words[1])) is not None:
            # "The league's disciplinary committee" after "the Nigeria Premier Football League (NPFL)"
            noun = owner.group("noun")
            body = self._company_before(position) if noun in COMPANY_NOUNS else self._organisation_with_head(noun)
            if body is not None:
                return f"{body} {' '.join(mention.text.split()[2:])}"
        return None

    def club_named(self, mention: Mention) -> str | None:
        """English "the club": the football club named by its town and its ending ("Norwich City"), the one
        the article names most ("Norwich City" beside a rival named once)."""
        if not self.lex.adjectival_names or fold(mention.text.strip()) != "the club":
            return None
        clubs = Counter(m.group().split(None, 1)[1] if m.group().split()[0] in self.common_words else m.group()
                        for m in _CLUB_NAME.finditer(self.text))
        ranked = clubs.most_common(2)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    def body_with_head_word(self, name: str) -> str | None:
        """"Civil Protection" where the article also writes "the national Civil Protection Department":
        the one fuller name that only adds a body's head word, else None (never for a person's name)."""
        words = name.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or fold(words[-1]) in self.lex.organisations \
                or is_first_name(words[0]) or len(words) == 1 and name.isupper():
            return None  # (not "FIFA" for "the Bureau of the FIFA Council": an acronym names the body, a council is a part)
        if words[-1] in _CLUB_NAME_ENDINGS and _CLUB_WORDS.search(self.text):
            return None  # "Norwich City" is the club, "Norwich City Council" another body
        bodies = set()
        at = self.text.find(name + " ")
        while at != -1:  # (a plain search: this runs for every speaker's name)
            head = self.text[at + len(name) + 1:at + len(name) + 14].split(" ", 1)[0].rstrip(".,;:")
            if head in _BODY_HEAD_WORDS and not self.text[at - 1:at].isalnum():
                bodies.add(f"{name} {head}")
            at = self.text.find(name + " ", at + 1)
        return bodies.pop() if len(bodies) == 1 else None

    def fuller_body_name(self, name: str) -> str | None:
        """"Energy Ministry" where the article also writes "the Energy and Infrastructure Ministry":
        the one longer name with the same first and last words (an organisation word), else None."""
        words = name.split()
        if name.lower() == "police" and (force := self._one_named_police_force()) is not None:
            return force  # "police said" after "The Maldives Police Service (MPS) has suspended …"
        lowered = name[:1].lower() + name[1:]  # ("Prefectural police said": the sentence's capital)
        if 2 <= len(words) <= 3 and lowered.islower() and fold(words[-1]) in self.lex.organisations \
                and (placed := self._placed_body(lowered)) is not None:
            return placed  # "the city government" after "the Tallinn city government"
        if len(words) == 2 and words[0] in _PLACE_POSSESSIVES and fold(words[1]) in self.lex.organisations \
                and (whole := self._organisation_with_head(words[1])) is not None:
            return whole  # "the island's government" where the article names the "St Helena Government"
        if len(words) == 2 and words[1] == "government" and words[0][:1].isupper() and f"Government of {words[0]}" in self.text:
            return f"Government of {words[0]}"  # "the Yukon government" where the article wrote "the Government of Yukon"
        if 3 <= len(words) <= 5 and words[-1] in _DESCRIBED_BODY_HEADS and words[-2].isalpha() and words[-2].islower() \
                and (whole := self._organisation_with_head(f"{words[-2]} {words[-1]}")) is not None:
            return whole  # "state's nonpartisan fiscal office" where the article names the "Joint Fiscal Office"
        if (len(words) == 1 or len(words) == 2 and words[1].islower()) and fold(words[-1]) in _GENERIC_BODY_HEADS \
                and all(w.isalpha() for w in words) and (whole := self._organisation_with_head(fold(name))) is not None:
            return whole  # "the Board", "Town council" after "… Water Supply and Sewerage Board", "X Town Council"
        if (body := self.body_with_head_word(name)) is not None:
            return body
        if len(words) != 2 or fold(words[-1]) not in self.lex.organisations or not words[0][:1].isupper():
            return None
        key = ("fuller", name)
        if key not in self.english_cache:
            found = {m.group() for m in _fuller_body(words[0], words[-1]).finditer(self.text)}
            self.english_cache[key] = found.pop() if len(found) == 1 else None
        return self.english_cache[key]

    def _one_named_police_force(self) -> str | None:
        """The one police force the article names ("Maldives Police Service", "Yokote police"), else None."""
        if ("police",) not in self.english_cache:
            found = set()
            for m in _NAMED_POLICE_FORCE.finditer(self.text):
                words = self._without_opening_words(m.group("name").split())
                if len(words) >= 2 and fold(words[0]) not in _KINDS_OF_POLICE:  # (not "Riot police cleared the square")
                    found.add(" ".join(words))
            self.english_cache[("police",)] = found.pop() if len(found) == 1 else None
        return self.english_cache[("police",)]

    def _without_opening_words(self, words: list[str]) -> list[str]:
        """WORDS, a capitalised run, without the article, determiner or function word opening it ("The
        Tallinn", "Some local press")."""
        while words and (words[0] in _SENTENCE_OPENING_WORDS or words[0] in self.lex.function_words
                         or fold(words[0]) in self.lex.bare_determiners):
            words = words[1:]
        return words

    def _placed_body(self, name: str) -> str | None:
        """The one capitalised place the article writes before the lower-case body NAME ("Tallinn" + "city
        government", "Akita" + "prefectural police"), with NAME; else None."""
        key = ("placed", name)
        if key not in self.english_cache:
            found = set()
            at = self.text.find(name)
            while at != -1:  # (a plain search, no pattern compiled for each name)
                end, at = at + len(name), self.text.find(name, at + 1)
                before = _CAPITALISED_WORDS_CLOSING.search(self.text, max(0, end - len(name) - 80), end - len(name))
                if before is None or self.text[end:end + 1].isalnum():
                    continue
                words = self._without_opening_words(before.group().split())  # "The Tallinn city government"
                if words and not words[-1].endswith(("'s", "’s")):  # (not "Lebanon's central bank": the country owns it)
                    found.add(" ".join(words))
            self.english_cache[key] = f"{found.pop()} {name}" if len(found) == 1 else None
        return self.english_cache[key]

    def english_reference(self, mention: Mention, position: int, previous: SpeakerRef | None,
                          earlier: Sequence[str]) -> SpeakerRef | None:
        """What an unresolved English phrase stands for (see the module docstring), or None."""
        if not self.lex.adjectival_names:
            return None
        phrase = mention.text.strip()
        if _AGE_EPITHET.fullmatch(phrase):
            if previous is not None and previous.kind == "person" and " " in previous.name and previous.name != previous.role:
                return SpeakerRef(previous.name, mention.text, previous.role, "person")
            return None
        document = _DOCUMENT_MENTION.fullmatch(phrase)
        if document is not None:
            author = releasing_body(self.text, document.group("noun").lower(), position, self.english_cache)
            return SpeakerRef(author, mention.text, mention.role, "organisation") if author else None
        if _COURT_DOCUMENT.fullmatch(phrase) and (courts := _COURT_ACTING.findall(self.text, 0, position)):
            # "The Specialized Interdistrict Criminal Court of Almaty sentenced … According to the verdict": that court
            return SpeakerRef(courts[-1], mention.text, mention.role, "organisation")
        one_of = _ONE_OF_GROUP.fullmatch(phrase)
        if one_of is not None:
            group = self._anonymous_group_before(position, one_of.group("noun"))
            if group is None and previous is not None and previous.name == previous.role:
                words = previous.name.split()  # "Two senior officials" → "one of the senior officials"
                if len(words) >= 2 and fold(words[0]) in _GROUP_COUNTS:
                    group = "one of the " + " ".join(words[1:])
                else:
                    return SpeakerRef(previous.name, mention.text, previous.role, previous.kind)
            return SpeakerRef(group, mention.text, group, "person") if group else None
        if (described := _DESCRIBED_COMPANY.fullmatch(phrase)) is not None and described.group("noun") in COMPANY_NOUNS \
                and (named := self._body_opening_next_paragraph(position)) is not None:
            return SpeakerRef(named, mention.text, mention.role, "organisation")
        definite = _DEFINITE_NOUN.fullmatch(phrase)
        if definite is None:
            return None
        modifier, noun = definite.group("modifier"), definite.group("noun")
        if noun in ("group", "charity", "campaign") and (friends := _FRIENDS_OF.search(
                self.text, max(self.text.rfind("\n", 0, position), self.text.rfind(". ", 0, position)) + 1, position)) is not None:
            return SpeakerRef(friends.group(), mention.text, mention.role, "organisation")  # "A petition started by the Friends of X …, the group said"
        if noun in COMPANY_NOUNS or (modifier is not None and modifier.endswith(_SEATED) and noun not in self.lex.roles):
            subject = self._body_subject_just_before(position)
            if subject is not None and noun != "group" and NOT_A_COMPANY.search(subject):
                subject = None  # "The Danish Agency for Digital Government said … The company said": another body
            # (the company named before the mention: not the owner in "The company, owned by X Holdings, said")
            at = self.text.rfind(mention.text, 0, position + len(mention.text))
            company = self.article_company(at if at != -1 else position) or subject \
                or self.body_just_quoted(mention, position, previous) \
                or self._body_opening_next_paragraph(position)  # "Ertis Chemical has said … the company said"; a lede's company
            return SpeakerRef(company, mention.text, mention.role, "organisation") if company else None
        if modifier is not None and modifier.isalpha() and modifier.islower() and (fold(noun) in self.lex.organisations or noun == "system") \
                and (named := self._organisation_with_head(f"{modifier} {noun}")) is not None:
            # "the town council": "X Town Council"; "the retirement system": "Kentucky Teachers' Retirement System"
            return SpeakerRef(named, mention.text, mention.role, "organisation")
        if modifier is not None and fold(modifier) not in _VAGUE_MODIFIERS:
            return None
        if noun in self.lex.roles or noun in self.lex.pronouns:
            return None
        named = self._organisation_with_head(noun)
        if named is None and noun in _BODIES_OF_NOUN:  # "the force said" after "West Midlands Police said"
            named = next((found for head in _BODIES_OF_NOUN[noun] if (found := self._organisation_with_head(head))), None)
        if named is None and noun in _LISTED_BODIES_OF_NOUN:  # "the alliance said" after "NATO defence ministers agreed"
            named = self._listed_body_before(noun, position)
        if named is None and noun in _PUBLIC_BODY_NOUNS:
            named = self._body_opening_the_sentence(position) or self._body_subject_just_before(position)
        elif named is None and noun in _BODY_NOUNS:
            named = self._organisation_subject_just_before(position) or introduced_by_noun(self.text, noun, position)
        if named is None:
            named = self.body_just_quoted(mention, position, previous)
        return SpeakerRef(named, mention.text, mention.role, "organisation") if named else None

    def body_just_quoted(self, mention: Mention, position: int, previous: SpeakerRef | None) -> str | None:
        """"The group said", "The agency said", "l'agence indique" right after an organisation spoke
        (its name in the 300 characters before): that organisation, when the noun fits it (any body
        is "the group", "the agency", any company "the company"; only a union is "the union")."""
        words = fold(mention.text).replace("l'", "l' ").split()
        if len(words) != 2 or words[0] not in ("the", "l'", "le", "la") or previous is None \
                or not previous.mention or previous.mention not in self.text[max(0, position - 300):position]:
            return None
        if previous.kind != "organisation" and (previous.role or self.gender_of(previous.name) is not None
                                                or re.search(rf"\b{re.escape(previous.name)},\s+(?:who|whose)\s", self.text)):
            return None  # (a body may read as a person's name: "Santé Québec reconnaît …"; not "Dianne Parsons, whose father …")
        noun = words[1]
        if previous.name in KNOWN_AGENCIES and noun not in ("agency", "agence"):
            return None  # "…, according to Reuters. The company said": the agency relays, it is no company
        if (trade := TRADE_NAME_WORDS.get(noun)) is not None and not trade.search(previous.name) \
                and trade.search(self.text, 0, position) is not None:
            return None  # "Graz Airport said …, the airline said": the airline the article names, not the airport
        said_at = self.text.rfind(previous.mention, 0, position)
        if _OUTLET_REPORTING_BEFORE.search(self.text, max(0, said_at - 40), said_at):
            return None  # "…, a rapporté mardi la Tribune de Genève. Selon l'organisation": the outlet only relays
        since = said_at + len(previous.mention)
        if re.search(rf"\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]* {noun.capitalize()}\b", self.text[since:position]):
            return None  # a body named since then has the noun in its name ("… Dar Rapid Transit Agency (DART) …")
        if self.lex.adjectival_names and noun not in folded_words(previous.name) \
                and re.search(rf"\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]* {noun.capitalize()}\b", self.text[:said_at]):
            return None  # "The authority said" after "According to the National Trust", of "the Peak District National Park Authority"
        if not self.lex.adjectival_names and noun not in fold(previous.name).split() \
                and re.search(rf"(?:\b[Ll][ae]\s+|\b[Ll]['’]){noun}\s+[a-zà-ÿ]", self.text[:position]):
            return None  # "l'agence régionale de santé … a annoncé … La section SUD … L'agence a précisé": that agency
        if noun in _ANY_BODY_NOUNS or (noun in COMPANY_NOUNS and previous.name[:1].isupper() and NOT_A_COMPANY.search(previous.name) is None
                                                                 and not (previous.name.isupper() and self._written_with_the(previous.name))) or (noun in _BODY_NOUNS | _PUBLIC_BODY_NOUNS | _NAMED_BODY_NOUNS
                                       and {noun, SPELLING_VARIANTS.get(noun)} & set(folded_words(previous.name))) \
                or noun in _UNION_NOUNS and sum(c.isupper() for c in previous.name.split()[0]) >= 3 \
                and not re.search(rf"\b{noun}\b", fold(self.text[:self.text.rfind(mention.text, 0, position)])):
            # "According to INDECI, … The agency said …"; "Pour le SNUipp-FSU, … Le syndicat affirme …": a
            # union known by its short form, in an article that names no union by its noun
            return previous.name
        return None

    def _body_subject_just_before(self, position: int) -> str | None:
        """The subject of the sentence before when its name reads as an organisation's (an
        organisation word in it, or three words or more closing on a plural: "Dunmore Valley Coaches"),
        never a person's ("Marcus Trell resigned. The company said …"); also three words or more that
        open on no first name and that no pronoun or title gave a gender ("Midland Prairie Power")."""
        name = self._organisation_subject_just_before(position)
        if name is None:
            return None
        words = name.split()
        # (an acronym opening a name of two words or more is a body's: "NOAA Fisheries published a rule … The agency said")
        if not self.lex.organisations.isdisjoint(fold(w) for w in words) or len(words) >= 3 and words[-1].endswith("s") \
                or len(words) >= 2 and len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha() \
                and self.gender_of(name) is None \
                or len(words) >= 3 and not is_first_name(words[0]) and self.gender_of(name) is None \
                and _PERSONAL_PRONOUN.search(self.text, max(0, self.text.rfind(name, 0, position)), position) is None:
            return name
        return None

    def _body_opening_the_sentence(self, position: int) -> str | None:
        """"Kenya's Office of the Data Protection Commissioner (ODPC) on Tuesday fined …, the
        regulator said": the body whose name opens the sentence the attribution closes."""
        sentence = sentence_start(self.text, position)
        opening = _BODY_OPENING_SENTENCE.match(self.text, sentence, position)
        if opening is None:
            return None
        words = opening.group("name").split()
        if self.lex.organisations.isdisjoint(fold(w) for w in words) and not (
                # "Metro Transit will reduce service …, the agency announced": a name that is no person's
                len(words) >= 2 and not is_first_name(words[0]) and words[0] not in self.lex.function_words
                and self.lex.roles.isdisjoint(fold(w) for w in words) and words[0].rstrip(".") not in self.lex.titles):
            return None
        return opening.group("name")

    def _body_opening_next_paragraph(self, position: int) -> str | None:
        """"… near Kattakurgan, the state railway company said. / Uzbekistan Railways said in a statement …":
        a body the lede describes, named as the subject that opens the next paragraph (not a person's name)."""
        end = self.text.find("\n", position)
        if end < 0 or self.text.rfind("\n", 0, position) > _LEDE_REACH:
            return None
        start = end + len(self.text[end:]) - len(self.text[end:].lstrip())
        opening = _BODY_OPENING_SENTENCE.match(self.text, start)
        if opening is None:
            return None
        words = opening.group("name").split()
        if len(words) < 2 or is_first_name(words[0]) or words[0] in self.lex.function_words \
                or not self.lex.roles.isdisjoint(fold(w) for w in words) or self.gender_of(opening.group("name")) is not None \
                or words[0].endswith("s") and words[1] == "of":  # ("Residents of Westlake and Moss Bluff": people, no body)
            return None
        return opening.group("name")

    def _organisation_subject_just_before(self, position: int) -> str | None:
        """"Eastfield Rovers sacked their manager. The club said …": the subject of the sentence before."""
        sentence = sentence_start(self.text, position)
        paragraph = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, sentence) - 1)) + 1
        return self.organisation_subject_before(self.text, sentence, paragraph)

    def _anonymous_group_before(self, position: int, noun: str | None) -> str | None:
        """"one of the people familiar with the matter": the last anonymous group named before POSITION."""
        found = None
        for match in _GROUP_BEFORE.finditer(self.text, max(0, position - _GROUP_REACH), position):
            if noun is None or match.group("noun") == noun:
                found = match
        if found is None:
            return None
        return f"one of the {found.group('noun')} {' '.join(found.group('link').split())} {found.group('topic')}"

    def role_acronym_holder(self, acronym: str, position: int) -> str | None:
        """"the DC" for "Deputy Commissioner Jollom Bagra": the one person the article tied, before
        POSITION, to a role whose words' initials spell ACRONYM; else None."""
        if f"({acronym})" in self.text:
            return None  # a body's short form the article spelt out
        wanted = acronym.lower()
        holders = {name for offset, role, name in self.role_ties if offset < position
                   and "".join(w[0] for w in role.split() if w not in ("of", "for", "the", "and")).endswith(wanted)
                   and len(role.split()) >= len(wanted)}
        return holders.pop() if len(holders) == 1 else None

    def _organisation_with_head(self, noun: str) -> str | None:
        """The one capitalised name of two words or more the article ends with NOUN capitalised
        ("Quillabamba Defence Front" for "the front"), or None when it names none or several."""
        cache = self.english_cache
        if ("head", noun) in cache:
            return cache["head", noun]
        if noun == "city" and (government := city_government(self.text)) is not None:
            cache["head", noun] = government  # "the City of Kigali", "the mayor of Regina": the city's government
            return government
        if noun.isalpha() and (described := named_in_apposition(self.text, noun)) is not None:
            cache["head", noun] = described  # "Rupsha Fibre Industries Ltd, a private jute spinning mill": "the mill"
            return described
        if len(other := {name for _, name in bodies_under_other_heads(noun, self.text)}) == 1:
            cache["head", noun] = other.pop()  # "the district": "Albuquerque Public Schools", not "International District"
            return cache["head", noun]
        head = " ".join(word[:1].upper() + word[1:] for word in noun.split())  # ("town council" → "Town Council")
        if head not in self.text and noun in SPELLING_VARIANTS:
            head = SPELLING_VARIANTS[noun].capitalize()  # "the centre" where the article writes "… Center"
        found = {
            name for _, name in self.full_names
            if name.endswith(" " + head) and not name.split()[0] in self.lex.function_words
        }
        # ("National Center" + " for Communicable Diseases": the name goes on past its head; not looked for,
        # capital by capital, in an article that never writes the head)
        named = list(_named_with_head(head).finditer(self.text)) if head in self.text else []
        towns = {m.group(1) for m in named if names_a_town(self.text, m.start(1), m.end(1))}  # ("in Port Union, Newfoundland")
        found |= {m.group(1) + (organisation_tail(self.text, m.end(1), m.group(1), self.lex) or self._name_word_after(m.end(1)))
                  for m in named if m.group(1) not in towns
                  and not _POSSESSIVE_BEFORE.search(self.text, max(0, m.start() - 6), m.start())  # (not "its Central Bank Rate")
                  and not _CAPITALISED_NOUN_NEXT.match(self.text, m.end(1))  # (nor "Iowa Hospital Association": no hospital)
                  and not (noun == "city" and (run := _CAPITALISED_RUN_NEXT.match(self.text, m.end(1))) is not None
                           and self.lex.organisations.isdisjoint(fold(w) for w in run.group().split()))}
        # (not "Queen City" of the charity "Queen City Open Door"; but "Cedar City" of "Cedar City Police Department")
        found = {_without_owner(name) for name in found}
        found = {name for name in found if " " in name}
        if noun.endswith("s"):
            # ("the drivers", "… of the Ikhwezi Truck Drivers' Association": the people, not the body they own)
            found = {name for name in found if re.search(re.escape(name) + r"(?!\w|['’])", self.text)}
        found = {name for name in found if not any(other.endswith(" " + name) for other in found)}  # "Defence Front"
        if len(found) == 1:
            # "NZ Transport Agency Waka Kotahi": the name the article gave it, a second language's after its head
            name = found.pop()
            second = re.search(re.escape(name) + _SECOND_LANGUAGE_NAME, self.text)
            if second is not None and self.lex.organisations.isdisjoint(words := folded_words(second.group(1))) \
                    and self.lex.roles.isdisjoint(words):
                name += second.group(1)
            found = {name}
        cache["head", noun] = found.pop() if len(found) == 1 else None
        if cache["head", noun] is None and not found and len(words := noun.split()) == 2 and words[0].isalpha():
            # "the fire service": "Lancashire Fire and Rescue Service", its modifier inside the name
            inside = {m.group(1) for m in _named_with_head(words[1].capitalize()).finditer(self.text)
                      if f" {words[0].capitalize()} " in f" {m.group(1)} " and not m.group(1).startswith(words[0].capitalize())}
            cache["head", noun] = inside.pop() if len(inside) == 1 else None
        if cache["head", noun] is None and not found and noun.isalpha() and not noun.endswith("s"):
            cache["head", noun] = self._organisation_with_head(noun + "s")  # "the railway": "Uzbekistan Railways"
        return cache["head", noun]

    def _listed_body_before(self, noun: str, position: int) -> str | None:
        """The one body of `_LISTED_BODIES_OF_NOUN[NOUN]` the article names before POSITION, by the
        name its first mention gives it (the full name for a short form the article spelt out:
        "North Atlantic Treaty Organization" for "NATO"); None when it names none or two."""
        cache = self.english_cache
        if ("listed", noun) not in cache:
            found = []
            for body, names in enumerate(_LISTED_BODIES_OF_NOUN[noun]):
                for name in names:
                    written = name.removeprefix("the ")
                    at = self.text.find(written)
                    while at != -1:  # (a plain search: whole words, "the Quad" after "the")
                        end = at + len(written)
                        if not (self.text[at - 1:at].isalnum() or self.text[end:end + 1].isalnum()) and (
                                written == name or self.text[max(0, at - 4):at] in ("the ", "The ")):
                            found.append((at, body, written))
                        at = self.text.find(written, end)
            cache["listed", noun] = sorted(found)
        before = [item for item in cache["listed", noun] if item[0] < position]
        if len({body for _, body, _ in before}) != 1:
            return None
        return self.organisations.full_name(before[0][2])

    def _name_word_after(self, end: int) -> str:
        """" Schiphol" after "Amsterdam Airport": one more capitalised word closing the name, not a
        person's first name, a function word, an organisation's word or the start of another name."""
        word = _ONE_NAME_WORD_AFTER.match(self.text, end)
        if word is None or word.group(1) in self.lex.function_words or is_first_name(word.group(1)) \
                or fold(word.group(1)) in self.lex.organisations:
            return ""  # (but "Greater Manchester Police Federation": another body)
        return word.group()

    def body_by_epithet(self, mention: Mention, position: int) -> str | None:
        """English "The anti-graft agency alleged", "the state-run body said": a hyphenated epithet
        for the last public body the article named in full (a company is "the company")."""
        if not self.lex.adjectival_names or (definite := _DEFINITE_NOUN.fullmatch(mention.text.strip())) is None:
            return None
        modifier = definite.group("modifier")
        if modifier is None or "-" not in modifier or not modifier.islower() or definite.group("noun") not in _ANY_BODY_NOUNS:
            return None
        return self._last_public_body_before(position)

    def _last_public_body_before(self, position: int) -> str | None:
        """The last body (no company) the article names in full as a sentence's subject in the 1,500
        characters before POSITION."""
        found = None
        for match in _CAPITALISED_NAME.finditer(self.text, max(0, position - 1500), position):
            name = match.group()
            at = match.start() - 4 if self.text[max(0, match.start() - 4):match.start()] in ("The ", "the ") else match.start()
            if " " in name and (at == 0 or self.text[at - 1] == "\n" or self.text[max(0, at - 2):at] == ". ") and not self.lex.organisations.isdisjoint(fold(w) for w in name.split()) \
                    and not _CORPORATE_DESIGNATOR.search(name):
                found = name
        return found

    def article_company(self, position: int) -> str | None:
        """The company the article is about: the name nearest before POSITION (else the first
        after) that a corporate designator closes ("Verant Logistics Inc.") or that the article
        writes as a company ("Swedish-listed Halvern Energy", "Shares in Halvern")."""
        companies = self.english_cache.get("companies")
        if companies is None:
            companies = self.english_cache["companies"] = []
            for offset, name in self.full_names:
                if _PUBLIC_BODY_NAME_BEFORE_AND.search(self.text, max(0, offset - 80), offset):
                    continue  # "Department of Mineral and Petroleum Resources": the end of a public body's name
                listed = _LISTED_PREFIX.match(name)
                if listed is not None:  # "Swedish-listed Halvern Energy": a company, without its listing
                    companies.append((offset + listed.end(), name[listed.end():]))
                elif name not in self.organisations.full_names.values() and self._reads_as_company(offset, name):
                    if name.endswith(_ABBREVIATED_DESIGNATORS) and self.text[offset + len(name):offset + len(name) + 1] == ".":
                        name += "."  # "Verant Logistics Inc." (not the full stop after "… Marrow Dairies")
                    companies.append((offset, name))
        if not companies:
            return None
        before = [item for item in companies if item[0] <= position]
        name = (before[-1] if before else companies[0])[1]
        fuller = [n for _, n in companies if n != name and (n.startswith(name + " ") or n.endswith(" " + name))]
        return max(fuller, key=len) if fuller and any(_CORPORATE_DESIGNATOR.search(n) for n in fuller) else name

    def _reads_as_company(self, offset: int, name: str) -> bool:
        if _CORPORATE_DESIGNATOR.search(name) or name.split()[0] in COMPANY_PREFIXES or (
            self._role_of(name) is None and (
                _COMPANY_BEFORE.search(self.text, max(0, offset - 12), offset)
                or _COMPANY_AFTER.match(self.text, offset + len(name))
            )
        ):
            return True
        first = name.split()[0].split("-")[-1]  # "Swedish-listed Halvern Energy" → "Halvern"
        if self._role_of(name) is not None or not first[:1].isupper():
            return False
        return _short_form_as_company(first).search(self.text) is not None


# A public body's name running on with "and" up to the name after it.
_PUBLIC_BODY_NAME_BEFORE_AND = re.compile(
    r"\b(?:Department|Ministry|Office|Bureau|Agency|Authority|Commission|Council|Institute)[ \u00a0]+(?:of|for)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*,?[ \u00a0]+)+and[ \u00a0]+$")
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b")


@lru_cache(maxsize=128)
def _fuller_body(first: str, last: str) -> re.Pattern:
    # (the first word, then the lookbehind "(?<![\w-])" before it: a pattern opening with a word is searched quickly)
    return re.compile(rf"{re.escape(first)}(?<![\w-]{re.escape(first)})(?:\s+(?:and|&|of|for|the)|\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){{1,5}}\s+{re.escape(last)}\b")


_CAPITALISED_NAME = re.compile(r"(?<![\w'’-])(?!The )[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?: +(?:(?:of|for|and) +(?:the +)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){1,7}")
_ONE_NAME_WORD_AFTER = re.compile(r" ([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z][\w'’-]*)(?![\w'’-]| [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")


_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their)[ \u00a0]+$")


_CLUB_NAME_ENDINGS = frozenset(("City", "United", "Town", "County", "Rovers", "Athletic", "Wanderers", "Albion", "Rangers"))
_CLUB_WORDS = re.compile(r"\b(?:club|football|stadium|supporters)\b")
# A club named by its town and its ending (not "Norwich City Council": a capitalised word after it).
_CLUB_NAME = re.compile(r"(?<![\w-])[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:" + "|".join(sorted(_CLUB_NAME_ENDINGS) + ["FC"])
                        + r")(?![\w-]| [A-Z])")
_CAPITALISED_RUN_NEXT = re.compile(r"(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+")
# A body's head noun after another one, which it only qualifies ("Iowa Hospital Association").
_CAPITALISED_NOUN_NEXT = re.compile(
    r"[ \u00a0]+(?:Association|Federation|Council|Board|Foundation|Union|Society|Trust|Alliance|Network|Committee)\b")


@lru_cache(maxsize=128)
def _named_with_head(head: str) -> re.Pattern:
    # (r"(?<![\w-])(?!The\s)(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]…){1,6}" with its assertions after the first capital: `re` skips to capitals)
    return re.compile(
        rf"([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ](?<![\w-].)(?!(?<=T)he\s)[\w'’-]*[ \u00a0]+(?:(?:and|of|for|with)[ \u00a0]+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+(?:(?:and|of|for|with)[ \u00a0]+)?){{0,5}}"
        rf"{re.escape(head)})\b")


@lru_cache(maxsize=128)
def _short_form_as_company(first: str) -> re.Pattern:
    """"Shares in Halvern", "Halvern shares", "Halvern's shares": the name's first word as a company."""
    word = re.escape(first)
    return re.compile(rf"[Ss]hares\s+(?:in|of)\s+{word}\b|\b{word}(?:['’]s)?\s+(?:shares|stock)\b")
