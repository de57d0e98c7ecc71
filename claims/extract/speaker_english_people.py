"""English references to a person already named, mixed into `ArticleSpeakers` through `EnglishReferences`:
the age, party and gender the article gives a person ("Tomasz Wrobel, 54, …" … "the 54-year-old said"; "Ms Voss";
"Joel Baptiste, a Democrat from Ohio" … "the Democrat said"), "the latter", a headline's role."""

from __future__ import annotations

import re

from claims.extract.name_words import MUNICIPALITY_NOUNS
from claims.extract.speakers import Mention, fold


# Right after a name: ", 54," / ", 54 ," (an age in apposition).
_AGE_AFTER_NAME = re.compile(r",\s*(\d{1,3})\s*(?:,|\.|\s+(?:was|is|has|had|said|told)\b)")
# Right before a name: "54-year-old Tomasz Wrobel", "the 54-year-old striker Mateo Olivas".
_AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,2}$")
_AGE_EPITHET = re.compile(r"(\d{1,3})-year-old")
# ", a Democrat from Ohio" / ", the Republican senator": a party word opening the apposition.
_PARTY_AFTER_NAME = re.compile(r",\s+(?:an?|the)\s+([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)\b")
# "Democrat Joel Baptiste", "Republican Sen. Dale Whitacre", "Tory MP Ann Leigh".
_PARTY_BEFORE_NAME = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{1,3}\.\s+|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z]+\s+)?$")
DEFINITE = frozenset(("the",))
# What the article's words say of a person's gender (for he / she): a title before the name, a
# gendered role next to it, or the pronoun of the clause the name reports ("Tull said he …").
_TITLE_GENDER_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_TITLE_GENDERS = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
# (r"\b(?:Mr|Mrs|Ms|Miss)…" written to open with the "M": `re` skips to it when scanning a whole article)
_TITLED_SURNAME = re.compile(r"(?P<title>M(?<!\w.)(?:r|rs|s|iss))\.?\s+(?P<surname>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)(?!\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
_GENDERED_ROLES = {
    **dict.fromkeys(("spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "actress",
                     "mother", "wife", "daughter", "queen", "princess", "sister", "widow", "grandmother",
                     "sportswoman", "policewoman", "stewardess", "waitress", "headmistress"), "f"),
    **dict.fromkeys(("spokesman", "chairman", "congressman", "businessman", "councilman", "father", "husband",
                     "son", "king", "prince", "brother", "widower", "grandfather", "sportsman", "policeman",
                     "headmaster"), "m"),
}
_GENDERED_ROLE_BEFORE = re.compile(r"\b(" + "|".join(_GENDERED_ROLES) + r"),?\s+$")  # "Kiptoo’s mother, Rose Chepkemoi"
# (not "Mele Tauevihi, whose husband has been on dialysis": her husband's role, not hers; nor "a PSF member
# whose brother is among those released")
# (nor "Rokeya Begum, said her six-year-old son": whom she spoke of)
_GENDERED_ROLE_AFTER = re.compile(r",\s+(?!(?:whose|with|and|said|says|told)\s)(?:(?:a|an|the|his|her|their)\s+)?"
                                  r"(?:(?!(?:his|her|their|whose)\s)[\w'’-]+\s+){0,3}?(" + "|".join(_GENDERED_ROLES) + r")\b")
_PRONOUN_AFTER_NAME = re.compile(
    r"(?:,[^,.;:\"“”\n]{1,60},|,(?=\s+said\s))?(?:\s+(?:also|then|later))?"
    r"\s+(?:said|says|told\s+(?:[\w.]+\s+){1,3}?|added|wrote|insisted|argued|explained)"
    r"(?:\s+(?:on|in|at|last)\s+\w+)?\s+(?:that\s+)?(he|she|his|her)\b")
_PRONOUN_GENDERS = {"he": "m", "his": "m", "she": "f", "her": "f"}
_JUDICIAL_TITLES = ("Justice ", "Lady Justice ", "Mr Justice ", "Mrs Justice ", "Chief Justice ")
# A plural noun heading a role ("residents of …", "local traders"), its complement after.
PLURAL_HEAD = re.compile(r"(?:[a-z-]+\s+)?(?:[a-z-]+[a-hj-rtv-z]s|[a-z]+men)(?:\s+(?:of|in|from|at|near)\s|$)")
# A group of more words, maybe possessive or with its complement ("gippsland dairy farmers", "farmers' groups",
# "twenty-three maple syrup producers in northern vermont"): never one person.
_LONGER_PLURAL_HEAD = re.compile(r"(?:[a-z'’-]+\s+){2,3}[a-z-]+[a-hj-rtv-z]s(?:\s+(?:of|in|from|at|near)\s|$)|[a-z-]+s['’]\s+[a-z-]+[a-hj-rtv-z]s$")
_PLURAL_LAST = re.compile(r"\s(?:and|&)\s[a-z-]+\s+[a-z-]+[a-hj-rtv-z]s$")  # "counties and school boards": a group
# Nouns of a place or a public body run from it ("the district wrote"): no person described.
_PLACE_BODY_NOUNS = frozenset(MUNICIPALITY_NOUNS) | {"district", "county", "state", "province", "region", "school", "hospital"}



def tied_to_another_body(text: str, role: str, head: str, offset: int, bodies: frozenset[str]) -> bool:
    """Whether the name at OFFSET follows ROLE's HEAD after another body's noun than ROLE's (BODIES): "police board
    chair" is not "Finance committee chair Sandra Petrenko", another body's chair."""
    words = fold(role).split()
    qualifier = words[words.index(head) - 1] if head in words and words.index(head) > 0 else None
    if qualifier not in bodies:
        return False
    before = fold(text[max(0, offset - 40):offset]).split()[-2:]
    return len(before) == 2 and before[1] == head and before[0] in bodies and before[0] != qualifier


# Someone introduced by a role and no name ("a landlord removed the doors"), whom "the landlord" names again.
_UNNAMED_INTRODUCTION = r"\b(?:[Aa]n?|[Uu]ne?)\s+{role}\b(?!\s*,\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])"


def introduced_unnamed(text: str, role: str, start: int, end: int) -> bool:
    """Whether text[start:end] introduces someone by ROLE with an indefinite article and no name after it."""
    return re.search(_UNNAMED_INTRODUCTION.format(role=re.escape(role)), text[start:end]) is not None


class EnglishPersonReferences:
    """The people of `EnglishReferences`: the age, party and gender the article gives a person, and whom
    "the 54-year-old", "the Democrat", "the latter" or a headline's role names."""

    __slots__ = ()

    def _note_english_epithets(self, offset: int, name: str, before: str, after: str) -> None:
        """Tie the age and the party the words around NAME (at OFFSET) give it."""
        age = _AGE_AFTER_NAME.match(after) or _AGE_BEFORE_NAME.search(before, max(0, len(before) - 40))
        if age is not None:
            self.role_ties.append((offset, f"{age.group(1)}-year-old", name))
        title = _TITLE_GENDER_BEFORE.search(before, max(0, len(before) - 6))
        if title is not None:
            self._note_gender(name, _TITLE_GENDERS[title.group(1)])
        role = _GENDERED_ROLE_BEFORE.search(before, max(0, len(before) - 20)) or _GENDERED_ROLE_AFTER.match(after)
        if role is not None:
            self._note_gender(name, _GENDERED_ROLES[role.group(1)])
        pronoun = _PRONOUN_AFTER_NAME.match(after)
        if pronoun is not None:
            self._note_gender(name, _PRONOUN_GENDERS[pronoun.group(1)])
        party = _PARTY_AFTER_NAME.match(after) or _PARTY_BEFORE_NAME.search(before, max(0, len(before) - 30))
        if party is not None and fold(party.group(1)) in self.lex.party_labels:
            self.role_ties.append((offset, fold(party.group(1)), name))
        if before.endswith(_JUDICIAL_TITLES) or name.startswith(_JUDICIAL_TITLES):
            self.role_ties.append((offset, "judge", name))  # "Justice Grace Mutua" … "the judge said"

    def body_person_for_headline_role(self, role: str, position: int) -> str | None:
        """"union leader warns" in a headline, "The head of the dockers' union, Sean Mallory, said"
        in the body: the one person named after POSITION whose tied role shares a word with ROLE
        or whose role noun is of the same family."""
        if PLURAL_HEAD.match(fold(role)) or _LONGER_PLURAL_HEAD.match(fold(role)) or _PLURAL_LAST.search(fold(role)) \
                or fold(role).endswith("men") or (self.lex.roles.isdisjoint(fold(role).split())
                                              and not self.lex.organisations.isdisjoint(fold(role).split())) \
                or fold(role).split()[-1] in self.lex.companies or fold(role) in MUNICIPALITY_NOUNS:
            # "residents of six housing societies say", "police in Poland said", "the mine's operator said": a group or a body
            # ("Newlyn's handline mackerel fishermen"); "the town said": not "an engineer hired by the town, X"
            return None
        words = {w.rstrip("'’").removesuffix("'s").removesuffix("’s") for w in fold(role).split()}
        words = {w for w in words if len(w) > 3 and w not in self.lex.stops}
        head = fold(role).split()[-1] if role.split() else ""
        family = self.lex.role_families.get(head, frozenset()) | {head}
        found, of_family, shared = set(), set(), {}
        for offset, tied, name in self.role_ties:
            if offset <= position or tied.endswith("-year-old") \
                    or tied_to_another_body(self.text, role, head, offset, self.lex.organisations):
                continue
            tied_words = {w.rstrip("'’").removesuffix("'s").removesuffix("’s") for w in tied.split()}
            if words & tied_words or family & tied_words:
                found.add(name)
                shared[name] = max(shared.get(name, 0), len(words & tied_words))
            if family & tied_words:
                of_family.add(name)
        if len(found) > 1 and len(of_family) == 1:
            return of_family.pop()  # "Norfolk coroner says": the assistant coroner, not "a collision investigator with Norfolk Constabulary"
        if len(found) > 1 and len(best := [n for n in found if shared[n] == max(shared.values())]) == 1 and shared[best[0]] >= 2:
            return best[0]  # "Jamaica netball coach" for the "head coach of Jamaica's national netball team", not the assistant coach
        return found.pop() if len(found) == 1 else None

    def note_titled_surnames(self) -> None:
        """"Ms Voss said …", "Mr Dunne said …": the title's gender for the person named in full
        whose surname it is (one person only)."""
        for titled in _TITLED_SURNAME.finditer(self.text):
            surname = " " + titled.group("surname")
            people = {name for _, name in self.full_names if name.endswith(surname)}
            if len(people) == 1:
                self._note_gender(people.pop(), _TITLE_GENDERS[titled.group("title")])

    def english_epithet_person(self, mention: Mention, position: int, previous=None) -> str | None:
        """The person "the 54-year-old" or "the Democrat" names: the one the article gave that age
        or party, before POSITION if any; an age never given names the person just quoted
        (PREVIOUS), else the person last fully named."""
        words = mention.text.split()
        if len(words) != 2 or fold(words[0]) not in DEFINITE:
            return None
        if mention.role is not None and _AGE_EPITHET.fullmatch(mention.role):
            key = mention.role
            tied = self._tied_before(key, position)
            if tied is not None:
                return tied
            if previous is not None and previous.kind == "person" and " " in previous.name:
                return previous.name  # '"…," Steve Cole told Sky Sports. The 47-year-old added'
            return self._last_named_without_other_age(key, position)
        if fold(words[1]) in ("latter", "former") and mention.name is None:
            return self._former_or_latter(fold(words[1]), position)
        if mention.name is not None and fold(mention.name) in self.lex.party_labels:
            return self._tied_before(fold(mention.name), position)
        return None

    def described_person_just_quoted(self, mention: Mention, position: int, previous) -> str | None:
        """'"…," said the retiree' right after the paragraph quoted a person it named in full: that
        person, when nobody else is named in the paragraph between."""
        words = mention.text.split()
        if len(words) != 2 or fold(words[0]) not in DEFINITE or mention.role is None or previous is None \
                or previous.kind != "person" or " " not in previous.name or previous.name == previous.role \
                or fold(mention.role) in self.lex.organisations or fold(mention.role) in self.lex.organisation_nouns \
                or fold(mention.role) in _PLACE_BODY_NOUNS:
            return None
        paragraph = self.text.rfind("\n", 0, position) + 1
        named = [n for o, _, n in self.person_mentions if paragraph <= o < position]
        if not named or any(self.full_name(n, position) != previous.name for n in named) \
                or introduced_unnamed(self.text, mention.role, paragraph, position):
            return None
        return previous.name

    def reads_as_person(self, name: str) -> bool:
        """Whether NAME is a person's as the article writes it: a gender given, or a person's full
        name closing it after a title or a role ("Councillor Ann Roe")."""
        return self.gender_of(name) is not None or any(
            " " in person and name.endswith(" " + person)
            and not name[:-len(person)].rstrip().endswith((" and", " of", " for", " &"))  # ("Fisheries and Oceans Canada")
            for _, _, person in self.person_mentions)

    def _tied_before(self, key: str, position: int) -> str | None:
        tied = [(o, n) for o, r, n in self.role_ties if r == key]
        before = [item for item in tied if item[0] <= position]
        return (before[-1] if before else tied[0])[1] if tied else None

    def _last_named_without_other_age(self, age: str, position: int) -> str | None:
        aged = {n: r for _, r, n in self.role_ties if _AGE_EPITHET.fullmatch(r)}
        for start, end, name in reversed(self.person_mentions):
            if end > position:
                continue
            full = self.full_name(name, start)
            if " " in full and aged.get(full, age) == age:
                return full
        return None

    def last_person_of_gender(self, gender: str, position: int, since: int) -> str | None:
        """The person last named between SINCE and POSITION whom the article gave GENDER."""
        for start, end, name in reversed(self.person_mentions):
            if since <= start and end <= position and self.gender_of(full := self.full_name(name, start)) == gender:
                return full
        return None

    def role_head(self, role: str) -> str:
        """The folded word of ROLE that says what the person is: its first word, but in English
        past the name of their team or company ("Vantor boss", "Harlow manager")."""
        words = fold(role).split()
        if not words:
            return ""
        if self.lex.adjectival_names and words[0] not in self.lex.role_families:
            return next((w for w in words[1:] if w in self.lex.role_families), words[0])
        return words[0]

    def _former_or_latter(self, which: str, position: int) -> str | None:
        """"Ann Lee met Tom Reyes. The latter said …": of the last two people named, the second
        ("latter") or the first ("former")."""
        named: list[str] = []
        for start, end, name in reversed(self.person_mentions):
            if end > position:
                continue
            full = self.full_name(name, start)
            if " " in full and full not in named:
                named.append(full)
            if len(named) == 2:
                return named[0] if which == "latter" else named[1]
        return None
