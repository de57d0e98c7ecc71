"""English references to someone by a role or an epithet, mixed into `ArticleSpeakers` through
`EnglishPhraseReferences`: "the striker told reporters", "the spokesperson said" after "A No 10 spokesperson
said", "A company spokesperson said", "the DC" for the deputy commissioner the article named."""

from __future__ import annotations

import re

from claims.extract.bodies_named_by_noun_en import one_named
from claims.extract.fuller_forms_en import owned_office_before
from claims.extract.lang.en import DOCUMENT_WORDS
from claims.extract.organisations import COMPANY_NOUNS
from claims.extract.role_lookups import ENGLISH_ROLE_GENDERS
from claims.extract.speakers import Mention, fold
from claims.extract.types import SpeakerRef

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


_BODY_POSSESSIVE = re.compile(r"(?P<noun>[a-z-]+)['’]s")  # ("the league's", "the orchestra's": a body's noun, looked up)
# Owners of a role beyond the organisation nouns of `lang/en.py` (which hold "club", "union", "company", "university" …).
_OWNER_NOUNS = frozenset(("league", "council", "commission", "committee", "board", "district", "department", "ministry",
                          "authority", "hospital", "trust", "service", "co-operative", "cooperative", "college", "university",
                          "school", "museum", "garden", "zoo", "aquarium", "theatre", "theater", "library"))
_SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson"))
# A possessive right before a body's name ("Mongolia's Ministry of Health"): a country's body, its role phrase kept.
_OWNER_BEFORE = re.compile(r"['’]s[ \u00a0]+$")
# Bodies "a spokesperson for the …" speaks for, by the noun the article named them with.
_BODIES_SPOKEN_FOR = frozenset(("office", "department", "ministry", "agency", "commission", "authority", "council", "board"))


def _one_body_by_noun_before(text: str, noun: str, position: int) -> str | None:
    """The one body the article names before POSITION by a name holding NOUN ("Department for the Economy",
    "Oklahoma Attorney General's office"), else None."""
    if noun == "office" and (owned := owned_office_before(text, position)) is not None:
        return owned  # "The Oklahoma Attorney General's office"
    cap = noun.capitalize()
    space = r"[ \u00a0]+"
    named = re.compile(rf"\b(?:{cap}{space}(?:of|for){space}(?:the{space})?[A-Z][\w'’-]*(?:,?{space}(?:(?:and|of|the){space})?[A-Z][\w'’-]*)*"
                       rf"|(?<!['’]s[ \u00a0])(?!The[ \u00a0])(?:[A-Z][\w.-]*{space}){{1,4}}{cap})\b")
    found = {re.sub(r"^The[ \u00a0]+", "", m.group()) for m in named.finditer(text, 0, position)
             if not _OWNER_BEFORE.search(text, max(0, m.start() - 3), m.start())}  # (not "Mongolia's Ministry of Health")
    return found.pop() if len(found) == 1 else None


class EnglishRoleReferences:
    """The people of `EnglishPhraseReferences` named by a role, an epithet or a spokesperson's noun: "the
    spokesperson said", "the striker told reporters", "the DC", "A company spokesperson said"."""

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
        if len(words) == 2 and previous is not None and previous.role and _folded_head(previous.role) == role \
                and (previous.name == previous.role or _folded_head(previous.name) == role):
            tied = {name for at, held, name in self.role_ties if position - 400 <= at < position and held.split()[-1:] == [role]}
            if previous.name == previous.role and len(tied) == 1:
                return tied.pop()  # "A coroner found … Deputy State Coroner Fiona Aldridge … "…," the coroner said": her
            return previous.name  # (also "Fife Council spokesman", a role at the body that just spoke)
        if len(words) == 2 and (introduced := self._unnamed_introduction(words[1], position)) is not None:
            return introduced  # "One paramedic in the North West, who …, described … "…," the paramedic said"
        if role not in _EPITHET_ROLES or any(r.split()[-1] == role for _, r, _ in self.role_ties):
            return None
        if len(words) == 3 and (not words[1].islower() or words[1].endswith(("'s", "’s"))):
            return None  # (nor "the umpire's mother": someone else's relative)
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
        """"A spokesman said" right after an organisation's statement: "<organisation> spokesman" ("A company
        spokesperson said" stays the role the article wrote)."""
        words = fold(mention.text).split()
        just_spoke = previous is not None and previous.kind == "organisation" and bool(previous.mention) \
            and previous.mention in self.text[max(0, position - 400):position]
        if len(words) == 2 and words[0] in ("a", "an") and words[1] in _SPOKESPEOPLE and just_spoke:
            return f"{previous.name} {words[1]}"
        if len(words) == 2 and words[0] == "the" and words[1] in ("trustees", "directors") and just_spoke \
                and previous.name.endswith(f" board of {words[1]}"):
            return previous.name  # "its board of trustees announced … In a statement, the trustees said": that board
        if len(words) == 5 and words[0] in ("a", "an") and words[1] in _SPOKESPEOPLE and words[2:4] == ["for", "the"] \
                and words[4] in _BODIES_SPOKEN_FOR and (body := _one_body_by_noun_before(self.text, words[4], position)) is not None:
            # "A spokesperson for the office" after "The Oklahoma Attorney General's office …": that office's
            return f"{mention.text.split()[1]} for the {body}"
        if 3 <= len(words) <= 5 and words[0] == "the" and (owner := _BODY_POSSESSIVE.fullmatch(words[1])) is not None \
                and (owner.group("noun") in _OWNER_NOUNS or owner.group("noun") in self.lex.organisation_nouns) \
                and words[-1] not in DOCUMENT_WORDS:
            # "The league's disciplinary committee" after "the Nigeria Premier Football League (NPFL)"
            noun, owned = owner.group("noun"), mention.text.split()[2:]
            if len(owned) == 1 and fold(owned[0]) in self.lex.organisations and f" {owned[0].capitalize()}" in self.text:
                return None  # "the hospital's trust": the trust the article names, a body of its own
            body = self._company_before(position) if noun in COMPANY_NOUNS else (
                # ("the league's tribunal" after "The Goyder Plains Football League", before the state's league is named; for
                # no other noun: the gold keeps "the university's registrar", "the hospital's administrators" as written)
                self.organisation_with_head(noun) or (one_named(self.text, noun, position) if noun == "league" else None))
            if body is not None:  # "Pine Ridge Medical Center board of trustees", as the newer gold writes it
                return f"{body} {' '.join(owned)}"
        return None

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
