"""English ways of referring to a speaker already named, mixed into `ArticleSpeakers`: the age the
article gave a person ("Tomasz Wrobel, 54, …" … "the 54-year-old said") and their party
("Joel Baptiste, a Democrat from Ohio" … "the Democrat said")."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.first_names import is_first_name
from claims.extract.lang import en as english
from claims.extract.lede_companies_en import company_named_next
from claims.extract.organisations import TRADE_NAME_WORDS
from claims.extract.segments import sentence_start
from claims.extract.name_words import COMPANY_PREFIXES
from claims.extract.speakers import Mention, fold, names_in
from claims.extract.subjects import find_subject
from claims.extract.types import SpeakerRef

# A sentence opening on a name of two words or more, then its verb ("Fitzroy Valley Meats will close").
_SUBJECT_NAME_THEN_VERB = re.compile(  # (after a dateline in capitals: "MIDDLEBURY — ")
    r"\s*(?:[A-Z][A-Z'’. -]{2,30}(?:,\s+[A-Z][\w.]+)?\s+[—–-]\s+)?(?:The\s+)?(?P<name>[A-Z][\w&'’–-]*(?:\s+[A-Z][\w&'’–-]*){1,4})\s+(?:will|would|has|have|had|is|was|plans|planned|intends|expects)\s")
# Right after a name: ", 54," / ", 54 ," (an age in apposition).
_AGE_AFTER_NAME = re.compile(r",\s*(\d{1,3})\s*(?:,|\.|\s+(?:was|is|has|had|said|told)\b)")
# Right before a name: "54-year-old Tomasz Wrobel", "the 54-year-old striker Mateo Olivas".
_AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,2}$")
_AGE_EPITHET = re.compile(r"(\d{1,3})-year-old")
# ", a Democrat from Ohio" / ", the Republican senator": a party word opening the apposition.
_PARTY_AFTER_NAME = re.compile(r",\s+(?:an?|the)\s+([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)\b")
# "Democrat Joel Baptiste", "Republican Sen. Dale Whitacre", "Tory MP Ann Leigh".
_PARTY_BEFORE_NAME = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+)\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{1,3}\.\s+|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z]+\s+)?$")
_DEFINITE = frozenset(("the",))
_ITS = re.compile(r"\bits\b")
# ", which" right after a name: a relative clause on a thing or a body (a person takes ", who").
_WHICH_AFTER = re.compile(r",\s+which\b")
# "The ministry issued a statement …" … "the statement said": who put the document out.
_DOCUMENT_NOUNS = ("statement", "letter", "release", "memo", "notice", "report", "summary", "analysis", "review", "assessment",
                   "forecast", "outlook", "bulletin")
_ISSUED_DOCUMENT = re.compile(
    r"\b(?:issued|released|published|put\s+out|sent|posted|made\s+public)\s+(?:a|an|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(_DOCUMENT_NOUNS) + r")\b")
_IN_DOCUMENT_SUBJECT = re.compile(
    r"\b[Ii]n\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(_DOCUMENT_NOUNS) + r"),?\s+"
    r"(?P<subject>[^,.;:\"“”]{2,80}?)\s+(?:said|says|stated|announced|added|wrote|confirmed)\b")
# "the Corps said in its monthly forecast": who spoke in the document, anywhere earlier in the article.
_SAID_IN_DOCUMENT = re.compile(
    r"\s(?:said|says|stated|announced|warned|wrote)\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
    + "|".join(_DOCUMENT_NOUNS) + r")\b")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?=[^.!?\n]*$)")
_CAPITALISED_RUN = re.compile(r"(?!The\s)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*)*")
# What opens a capitalised run without naming: "India's ", "Swedish-listed ", "Toronto-based ".
_DESCRIBED_BEFORE = re.compile(r"^(?:[\w.-]+['’]s\s+|[\w.]+-(?:based|listed|owned|headquartered|registered|run|backed)\s+)+")
# "the utility", "the Charleston-based system": a company or a utility described, standing for the one its sentence names
_COMPANY_DESCRIBED = re.compile(r"the\s+(?:[\w.]+-based\s+|health\s+)?(?:company|firm|utility|system|operator|hospital)")
_BOSSES = re.compile(r"(?:(?P<word>[A-Za-z]+)\s+)?bosses")
# "the clerk's office", "the district attorney's office": an office known by its holder's role
_OFFICE_OF_ROLE = re.compile(r"the\s+(?P<holder>[a-z]+(?:\s+[a-z]+)?)['’]s\s+office")
_COMPANY_ENDINGS = frozenset((
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "ag", "sa", "nv", "group", "holdings", "energy",
    "motors", "technologies", "systems", "pharmaceuticals", "airlines", "airways", "partners", "capital", "industries",
    "mining", "foods", "brands", "labs", "media", "entertainment", "telecom", "logistics", "solutions",
    "products", "resources", "minerals", "metals", "mills", "manufacturing", "enterprises", "ventures", "materials",
    "chemicals", "aggregates",
))
def _number_word(word: str) -> bool:
    """Whether WORD is a number written out, the language's own list ("Eighteen wagons left the tracks",
    "Hundreds gathered"): no company's name."""
    folded = fold(word)
    return folded in english.NUMBER_WORDS or folded.removesuffix("s") in english.NUMBER_WORDS


def _has_word(text: str, word: str) -> bool:
    """Whether TEXT holds WORD as a whole word (a string search: no pattern compiled per word)."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


# Kinds of bodies an article calls the body it just named ("The regulator said" after "Ofcom fined …").
_BODY_KINDS = frozenset(("regulator", "watchdog", "broadcaster", "forecaster", "agency", "carrier", "airline", "major", "giant", "body",
                         "lender", "insurer", "bank", "utility", "automaker", "drugmaker", "chipmaker", "conglomerate",
                         # ("the health system" for "UPMC", "The resort said" for the ski company)
                         "system", "resort"))
# A release the article attributes to no one ("…, according to a news release").
_UNOWNED_RELEASES = frozenset(("a news release", "a press release", "a release", "a statement"))
# A sentence opening on the possessive of a body's name ("Vauxhall's van factory at Ellesmere Port will stop …").
_OWNER_OPENING = re.compile(r"(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*)['’]s\s+[a-z]")
# The verb after a headline's subject ("Geisinger to close …", "Acme says …").
_HEADLINE_VERB_NEXT = re.compile(r" (?:to|will|says|plans|confirms|announces|cuts|closes|shuts|axes|warns) ")
# Heads of public bodies' names, which no bare "the company" stands for.
_PUBLIC_BODY_HEADS = frozenset(("authority", "ministry", "commission", "police", "court", "council", "department",
                                "inspectorate", "regulator", "parliament", "government", "office", "bureau"))
# Trades a company is named by ("the Winnipeg carrier"), besides the lexicon's company words.
_TRADE_KINDS = frozenset(("carrier", "airline", "insurer", "lender", "miner", "producer", "exporter", "supplier", "chain"))
# Words that close a company's name in the sentence of "the company said", trades included ("Arctic Sealift Transport").
_SENTENCE_COMPANY_ENDINGS = _COMPANY_ENDINGS | frozenset(("transport", "shipping", "freight", "construction", "engineering"))
# What the article's words say of a person's gender (for he / she): a title before the name, a
# gendered role next to it, or the pronoun of the clause the name reports ("Tull said he …").
_TITLE_GENDER_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_TITLE_GENDERS = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_BYLINE_BEFORE = re.compile(r"\s*(?:By|BY|by)\s+")
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
# (not "Mele Tauevihi, whose husband has been on dialysis": her husband's role, not hers)
# (nor "Rokeya Begum, said her six-year-old son": whom she spoke of)
_GENDERED_ROLE_AFTER = re.compile(r",\s+(?!(?:whose|with|and|said|says|told)\s)(?:(?:a|an|the|his|her|their)\s+)?"
                                  r"(?:(?!(?:his|her|their)\s)[\w'’-]+\s+){0,3}?(" + "|".join(_GENDERED_ROLES) + r")\b")
_PRONOUN_AFTER_NAME = re.compile(
    r"(?:,[^,.;:\"“”\n]{1,60},|,(?=\s+said\s))?(?:\s+(?:also|then|later))?"
    r"\s+(?:said|says|told\s+(?:[\w.]+\s+){1,3}?|added|wrote|insisted|argued|explained)"
    r"(?:\s+(?:on|in|at|last)\s+\w+)?\s+(?:that\s+)?(he|she|his|her)\b")
_PRONOUN_GENDERS = {"he": "m", "his": "m", "she": "f", "her": "f"}
_JUDICIAL_TITLES = ("Justice ", "Lady Justice ", "Mr Justice ", "Mrs Justice ", "Chief Justice ")
# A plural noun opening a sentence, then where those people are ("Businesses across west Suffolk say").
_PLURAL_NOUN_THEN_WHERE = re.compile(r"[A-Z][a-z]{3,}s\s+(?:across|throughout|around|near|along|in|from)\s")
# Where the sentence before "It said …" opens: its capitalised subject, then a lower-case verb.
# (not after a month's or a title's short form: "on Feb. 28", "St. Thomas")
_SENTENCE_BREAK = re.compile(r"(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)(?<!\b(?:St|Dr|Mr|Ms|Mt))[.!?][\"”’]?\s+|\n+")
# (a relative clause may follow the name: "Vantor Energy, which runs two plants, said …")
_SUBJECT_THEN_VERB = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*['’]s\s+)?(?:The\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,6})"
    # "Pakistan's … Authority (NEPRA) on Monday approved", "The … Agency (CPPA-G), which buys …, had asked":
    # a country's body, its short form, a relative clause, a day
    r"(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]{1,9}\))?(?:,\s+which\s[^,]{1,150},)?(?:\s+on\s+[A-Z][a-z]+day)?"
    # ("Trego Plains Community Hospital in WaKeeney, Kansas will stop …": where it is)
    # ("… Club in North Otago, New Zealand, will not field …": a place of two words, its country of two)
    r"(?:\s+in\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)?(?:,\s+[A-Z][a-z]+|,\s+[A-Z][a-z]+\s+[A-Z][a-z]+(?=,))?,?)?"
    # ("Kentucky State Police are investigating …": an auxiliary and its participle)
    # ("Geisinger will close …": a future)
    r"\s+(?:(?:is|are|was|were|has|have|had|will|would)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|ing|en)|(?:[a-z]+\s+)?(?:[a-z]+(?:ed|s)|said|told)"
    r"|will\s+[a-z]+)\b")


# "a study … conducted by MIT professor Dr Ann Lee and other researchers", "research led by Ann Lee":
# the person whose work the study is; the study, the research or the paper then speaks as them.
_STUDY_SUBJECT = re.compile(r"(?:The|This|That)\s+(?:new\s+)?(?P<noun>study|research|paper)\b")
_STUDY_NOUNS = frozenset(("study", "research", "paper", "research paper", "findings"))
# A plural noun heading a role ("residents of …", "local traders"), its complement after.
_PLURAL_HEAD = re.compile(r"(?:[a-z-]+\s+)?[a-z-]+[a-hj-rtv-z]s(?:\s+(?:of|in|from|at|near)\s|$)")
_PLURAL_LAST = re.compile(r"\s(?:and|&)\s[a-z-]+\s+[a-z-]+[a-hj-rtv-z]s$")  # "counties and school boards": a group
_DETERMINER_OPENING = re.compile(r"^(?:the|a|an|this|that|its|their|new)\s+", re.IGNORECASE)
_STUDY_CONDUCTED_BY = re.compile(
    r"\b(?:study|research|paper|survey|experiment)\b[^.;\n]{0,120}?\b(?:conducted|led|authored|carried\s+out)\s+by\s+"
    r"(?P<by>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.\s+)?[^.;\n]{3,100})")
# "The lead author, Dr Ann Lee, said", "Ann Lee, an ecologist and the study's lead author", a sentence
# opening on "Lead author Ann Lee, …": the person a study's leading role is given to is its author
# too (not '"…," said lead author Ann Lee', a title inside a quote's attribution, where the study keeps
# speaking for itself: our annotated sets split on that one, five for the author, two for the study).
_LEAD_AUTHOR_BEFORE_NAME = re.compile(
    r"(?:\b[Tt]he\s+(?:(?:study|paper|research)['’]s\s+)?|(?:^|(?<=[.!?]\s)|(?<=\n))(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))(?:[Ll]ead|[Pp]rincipal|[Ss]enior|[Ff]irst)\s+(?:author|researcher|investigator)"
    r"(?:\s+of\s+the\s+(?:study|paper|research))?,?\s+"
    r"(?:(?:Dr|Prof|Professor)\.?\s+)?(?P<by>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,.;\n]{2,60})")
_LEAD_AUTHOR_AFTER_NAME = re.compile(
    r"(?P<by>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,3}),[^.;\n]{0,100}?\b(?:the\s+)?(?:(?:study|paper|research)['’]s\s+)?"
    r"(?:lead|principal|senior|first)\s+(?:author|researcher|investigator)\b")

# "by Halvorsen University's Centre for Outbreak Analysis": a name after a possessive or inside an
# organisation's complement is no author.
_OWNED_OR_COMPLEMENT_BEFORE = re.compile(r"['’]s\b|\b(?:for|of|on|in|at)\s+$")



_NO_BODY_NAMES = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An"))
# A body's name of capitalised words ("Coinara", "Carbones del Altiplano", "Korea Internet & Security Agency").
_BODY_NAME = r"[A-Z][\w&'’-]*(?:[ \u00a0]+(?:(?:of|del|de|&)[ \u00a0]+)?[A-Z][\w&'’-]*)*"


class EnglishReferences:
    """Mixed into `ArticleSpeakers` (its fields: `lex`, `role_ties`, `person_mentions`)."""

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
        if _PLURAL_HEAD.match(fold(role)) or _PLURAL_LAST.search(fold(role)) or (self.lex.roles.isdisjoint(fold(role).split())
                                              and not self.lex.organisations.isdisjoint(fold(role).split())) \
                or fold(role).split()[-1] in self.lex.companies:
            # "residents of six housing societies say", "police in Poland said", "the mine's operator said": a group or a body
            return None
        words = {w.rstrip("'’").removesuffix("'s").removesuffix("’s") for w in fold(role).split()}
        words = {w for w in words if len(w) > 3 and w not in self.lex.stops}
        head = fold(role).split()[-1] if role.split() else ""
        family = self.lex.role_families.get(head, frozenset()) | {head}
        found = set()
        for offset, tied, name in self.role_ties:
            if offset <= position or tied.endswith("-year-old"):
                continue
            tied_words = {w.rstrip("'’").removesuffix("'s").removesuffix("’s") for w in tied.split()}
            if words & tied_words or family & tied_words:
                found.add(name)
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
        if len(words) != 2 or fold(words[0]) not in _DEFINITE:
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
        if len(words) != 2 or fold(words[0]) not in _DEFINITE or mention.role is None or previous is None \
                or previous.kind != "person" or " " not in previous.name or previous.name == previous.role \
                or fold(mention.role) in self.lex.organisations or fold(mention.role) in self.lex.organisation_nouns:
            return None
        paragraph = self.text.rfind("\n", 0, position) + 1
        named = [n for o, _, n in self.person_mentions if paragraph <= o < position]
        if not named or any(self.full_name(n, position) != previous.name for n in named):
            return None
        return previous.name

    def reads_as_person(self, name: str) -> bool:
        """Whether NAME is a person's as the article writes it: a gender given, or a person's full
        name closing it after a title or a role ("Councillor Ann Roe")."""
        return self.gender_of(name) is not None or any(
            " " in person and name.endswith(" " + person)
            and not name[:-len(person)].rstrip().endswith((" and", " of", " for", " &"))  # ("Fisheries and Oceans Canada")
            for _, _, person in self.person_mentions)

    def study_author(self, name: str) -> str | None:
        """The person the article says conducted or led the study (or research, or paper) that NAME
        folds to; None when NAME is no such noun or the article ties the study to nobody."""
        if fold(name) not in _STUDY_NOUNS:
            return None
        cache = self.english_cache
        if "study_author" not in cache:
            cache["study_author"] = None
            persons = {n for _, _, n in self.person_mentions}
            ties = [*_STUDY_CONDUCTED_BY.finditer(self.text), *_LEAD_AUTHOR_BEFORE_NAME.finditer(self.text),
                    *_LEAD_AUTHOR_AFTER_NAME.finditer(self.text)]
            for tie in ties:
                by = tie.group("by")
                people = [n for at, n in names_in(by, self.lex) if " " in n and n in persons
                          and not _OWNED_OR_COMPLEMENT_BEFORE.search(by, 0, at)]
                if people:
                    cache["study_author"] = self.full_name(people[0], tie.start("by"))
                    break
        return cache["study_author"]

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

    def organisation_subject_before(self, text: str, sentence_start: int, since: int) -> str | None:
        """"Vantor Energy reported a loss. It said …": the name that is the subject of the sentence
        before SENTENCE_START (not before SINCE), which "it" refers to unless it names a person."""
        end = len(text[:sentence_start].rstrip())
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, since, max(since, end - 1))]
        start = breaks[-1] if breaks else since
        if (study := _STUDY_SUBJECT.match(text, start, end)) is not None:
            return self.study_author(study.group("noun"))  # "The research, which …, tracked … It found that …"
        subject = _SUBJECT_THEN_VERB.match(text, start, end)
        if subject is None:
            return None
        name = subject.group("name")
        first = name.split()[0]
        if first in self.lex.function_words or fold(first) in self.lex.pronouns or first.rstrip(".") in self.lex.titles \
                or self.lex.role_pattern.fullmatch(fold(first)):
            return None  # "Mayor Lucia Ferrante opened …": a person, not "it"
        if " " not in name and _PLURAL_NOUN_THEN_WHERE.match(text, subject.start("name")):
            return None  # "Businesses across west Suffolk say": people, no body
        people = {n for _, _, n in self.role_ties} | set(self.genders)
        if any(self.full_name(n, start) in people for _, n in names_in(name, self.lex)):
            return None  # a person the article gave a role elsewhere
        return name

    def lede_body(self, paras, paragraph: int) -> str | None:
        """The body the lede's first sentence opens on, when it shows it is a body ("Suir Valley Co-op has held
        its base milk price …"): what an "it" in PARAGRAPH stands for when no sentence since names one."""
        text = self.text
        for start, end in paras[1:min(5, paragraph)]:
            stop = text.find(". ", start, end)
            stop = end if stop == -1 else stop + 1
            if end - start < 80:
                continue  # (a byline, a date line)
            subject = self.organisation_subject_before(text, stop + 1, start)
            return subject if subject is not None and _ITS.search(text, start, stop) is not None else None
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

    def _body_kind(self, word: str) -> bool:
        """Whether WORD is a kind of body ("company", "regulator", "governing body"'s "body")."""
        folded = fold(word)
        return folded in self.lex.organisation_nouns or folded in _BODY_KINDS

    def body_of_its_kind(self, mention: Mention, position: int) -> str | None:
        """"The exchange said" where the article tied one name to that kind before POSITION ("cryptocurrency
        exchange Coinara", "Coinara, one of South Korea's largest cryptocurrency exchanges,"): that name."""
        words = mention.text.split()
        if len(words) != 2 or fold(words[0]) != "the" or not self._body_kind(words[1]):
            return None
        kind = re.escape(words[1].lower())
        names = {found.group("name") or found.group("apposed") for found in re.finditer(
            rf"\b{kind}[ \u00a0]+(?P<name>{_BODY_NAME})|(?P<apposed>{_BODY_NAME}),[ \u00a0]+(?:an?|one[ \u00a0]+of)[ \u00a0][^,.;:\n]{{0,60}}?\b{kind}s?\b",
            self.text[:position])} - _NO_BODY_NAMES
        return names.pop() if len(names) == 1 else None

    def company_named_before(self, mention: Mention, position: int) -> str | None:
        """"Vantor Energy cut its forecast. The company said …": a bare company noun the article tied
        to no name stands for the named subject of the sentence before its own."""
        words = mention.text.split()
        kind = fold(mention.role or "")
        # (or a body's kind after "the", a modifier maybe before it: "The airline said" after "Qantas cancelled …",
        # "The regulator said" after "Ofcom fined …", "The state logistics firm said"; not "A local miners' association")
        of_a_kind = 2 <= len(words) <= 4 and fold(words[0]) in _DEFINITE and self._body_kind(words[-1])
        if not (2 <= len(words) <= 3 or of_a_kind) or fold(words[0]) not in _DEFINITE and fold(words[0]) not in ("a", "an") \
                or kind not in self.lex.companies and not of_a_kind:
            return None
        text = self.text
        opening = sentence_start(text, position)
        paragraph_before = text.rfind("\n\n", 0, max(0, opening - 2))
        name = self.organisation_subject_before(text, opening, max(0, paragraph_before))
        if name is None or name.isupper() and self._written_with_the(name):
            return None  # ("The EMA said …": an agency)
        if (trade := TRADE_NAME_WORDS.get(kind)) is not None and not trade.search(name):
            # "Dachstein Airways filed … Graz Airport said … The airline said": the one airline named before, not the airport
            # (but "Qantas cancelled … The airline said": no other body named by its trade)
            of_trade = {found for _, found in names_in(text[:position], self.lex) if " " in found and trade.search(found)}
            if len(of_trade) == 1:
                return of_trade.pop()
        # Only a name the article shows is a body: an organisation word, a company's ending, "its" or ", which",
        # or one word that can be nothing else.
        at = text.rfind(name, 0, opening)
        its = _ITS.search(text, at + len(name), opening) is not None or _WHICH_AFTER.match(text, at + len(name)) is not None
        folded = [fold(w) for w in name.split()]
        if folded[-1] in _PUBLIC_BODY_HEADS:
            return None  # "The State Mining Authority said … The company denied": no company
        # (or "the company" for a name of two words or more the headline opens on and the lede names again, no
        # person's: "Southern Water criticised after …")
        evidence = its or folded[-1] in _COMPANY_ENDINGS or (kind in ("company", "firm") or of_a_kind) and " " in name and text.startswith(name) \
            and text.find(name, len(name)) != -1 \
            and self._no_persons_name(name)
        of_another_kind = not self.lex.organisations.isdisjoint(folded)
        if kind in self.lex.companies and (evidence or of_another_kind) or kind not in self.lex.companies and folded[-1] == fold(words[-1]):
            return name
        if kind not in self.lex.companies and of_another_kind:
            return None  # a body's kind is no other kind's body ("the players' union" is no "Croatian Handball Federation")
        # A name of one word that is nobody's and no common word ("Qantas", not "Bus", "Between"), in the same
        # paragraph, out of a quotation (not a headline's "Freight train derails", nor "“Visa status is …”")
        one_word = at >= text.rfind("\n", 0, opening) + 1 and self._lone_body_name(name) \
            and text.count("“", max(0, paragraph_before), at) <= text.count("”", max(0, paragraph_before), at)
        return name if evidence and kind not in self.lex.companies or one_word else None

    def _no_persons_name(self, name: str) -> bool:
        """Whether NAME opens on no first name and the article gives it no gender or role (a body's name)."""
        return not is_first_name(name.split()[0]) and name not in self.genders and all(n != name for _, _, n in self.role_ties)

    def _lone_body_name(self, name: str) -> bool:
        """A name of one word that is nobody's and no common word ("Qantas", "Geisinger"; not "Bus", "Between")."""
        return " " not in name and not self._persons_word(name) and name not in self.lex.function_words \
            and not _number_word(name) and not _has_word(self.text, name.lower())

    def _persons_word(self, word: str) -> bool:
        """Whether WORD is a first name or the last word of a person the article names."""
        return is_first_name(word) or any(n.split()[-1] == word for _, _, n in self.person_mentions if " " in n)

    def body_subject_of_own_sentence(self, mention: Mention, position: int) -> str | None:
        """"FIFA has appointed a committee …, world football's governing body said": a body's kind closing
        its sentence after a comma stands for the body that is the sentence's subject, when the name
        shows it is a body (an acronym, or an organisation's word in it)."""
        words = mention.text.split()
        if not self.lex.adjectival_names or not 2 <= len(words) <= 5 \
                or not self._body_kind(words[-1]) \
                or fold(words[0]) not in _DEFINITE and "'s" not in mention.text and "’s" not in mention.text:
            return None
        text = self.text
        if "," not in text[max(0, position - 2):position + 1]:
            return None  # (POSITION is where the mention starts, or the space before it)
        opening = sentence_start(text, position)
        name = self.organisation_subject_before(text, position, opening)
        if name is None and fold(words[-1]) in self.lex.companies \
                and (owner := _OWNER_OPENING.match(text, opening)) is not None \
                and text.count(owner.group("owner")) >= 2 and self._lone_body_name(owner.group("owner")):
            # "Vauxhall's van factory … will stop …, the carmaker told staff": the owner, a body's one-word name the
            # article uses again
            return owner.group("owner")
        if name is not None and (fold(words[-1]) in self.lex.companies or fold(words[-1]) in _TRADE_KINDS) \
                and not _PUBLIC_BODY_HEADS.isdisjoint(fold(w) for w in name.split()):
            return None  # "The Competition Bureau of Canada has approved …, the Winnipeg carrier said": no public body trades
        if name is None or not (name.isupper() and len(name) > 1 or not self.lex.organisations.isdisjoint(fold(w) for w in name.split())
                                or text.startswith(name) and _HEADLINE_VERB_NEXT.match(text, len(name)) and self._lone_body_name(name)
                                or fold(words[-1]) in self.lex.companies and self._no_persons_name(name)
                                and _WHICH_AFTER.match(text, text.find(name, opening) + len(name))):
            # (or the one word the headline opens on: "Geisinger to close …" / "Geisinger will close …, the health system confirmed")
            # (or a name "which" describes: "Keystone Aerostructures, which makes fuselage panels …, the company said")
            return None
        return name

    def company_in_sentence(self, mention: Mention, position: int) -> str | None:
        """"The vessel, chartered by Qimmiq Marine Transport, reached …, the company said": the one
        name its sentence gives before "the company" whose form shows it is a company's (a company
        form before it or a company's word closing it)."""
        if not self.lex.adjectival_names or fold(mention.text.strip()) not in ("the company", "the firm") \
                and not _COMPANY_DESCRIBED.fullmatch(mention.text.strip()):
            return None
        text = self.text
        opening_at = sentence_start(text, position)
        if text[opening_at:position].lstrip().startswith(mention.text.strip()):
            return None  # "The company, owned by Ohio-based X Holdings since 2019, said": the owner is another company
        runs = (_DESCRIBED_BEFORE.sub("", run.group()) for run in _CAPITALISED_RUN.finditer(text, opening_at, position))
        found = {run for run in runs if run and (run.split()[0] in COMPANY_PREFIXES  # ("PT Sulawesi Prima Nikel")
                                                 or " " in run and fold(run.split()[-1]) in _SENTENCE_COMPANY_ENDINGS)}
        if len(found) == 1:
            return found.pop()
        opening = _SUBJECT_NAME_THEN_VERB.match(text, opening_at, position)
        if not found and opening is not None and not is_first_name(opening.group("name").split()[0]) \
                and (named := _DESCRIBED_BEFORE.sub("", opening.group("name"))):
            return named  # "Fitzroy Valley Meats will close its plant …, the company told staff" (not "Oslo-listed")
        return None

    def body_of_bosses(self, mention: Mention, position: int) -> str | None:
        """"bosses", "Racecourse bosses": the body the article names with that word ("Cheltenham Racecourse"),
        else the one body the sentence names, else the company the next paragraphs name ("… , bosses say" in a
        standfirst, then "Fylde Coast Piers Ltd said …")."""
        if not self.lex.adjectival_names or (bosses := _BOSSES.fullmatch(mention.text.strip())) is None:
            return None
        text = self.text
        if (word := bosses.group("word")) is not None:
            named = re.compile(rf"(?<![\w-])(?:[A-Z][\w'’.&-]*[ \u00a0]+){{1,4}}{re.escape(word[:1].upper() + word[1:].lower())}(?![\w-])")
            found = [m.group() for m in named.finditer(text)]
            return found[0] if len(set(found)) == 1 else None
        runs = {run.group() for run in _CAPITALISED_RUN.finditer(text, sentence_start(text, position), position) if " " in run.group()}
        if len(runs) == 1:
            return runs.pop()  # "The opening of Eden Project Morecambe has been put back …, bosses have confirmed"
        return company_named_next(text, "A company", position, paragraphs=3)

    def office_named_before(self, mention: Mention, position: int) -> str | None:
        """"the clerk's office", "the sheriff's office" for the office the article named before POSITION
        ("the Grand Traverse County Clerk's office"): the last such name."""
        if not self.lex.adjectival_names or (office := _OFFICE_OF_ROLE.fullmatch(mention.text.strip())) is None:
            return None
        holder = office.group("holder")
        named = re.compile(rf"(?<![\w-])(?:[A-Z][\w'’.-]*[ \u00a0]+){{1,5}}(?i:{re.escape(holder)})['’]s[ \u00a0]+[Oo]ffice(?![\w-])")
        found = [m.group() for m in named.finditer(self.text, 0, position)]
        return found[-1] if found else None

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

    def release_of_clause_subject(self, mention: Mention, position: int) -> str | None:
        """"Carilion will also start a nurse line, according to a news release": the body the clause
        opens on issued the release the article does not attribute."""
        if not self.lex.adjectival_names or fold(mention.text.strip()) not in _UNOWNED_RELEASES:
            return None
        subject = _SUBJECT_THEN_VERB.match(self.text, sentence_start(self.text, position), position)
        if subject is None or not self._no_persons_name(name := subject.group("name")) or name in self.lex.function_words:
            return None
        return self.full_name(name, position)

    def statement_issuer(self, mention: Mention, position: int) -> tuple[Mention, int] | None:
        """"The ministry issued a statement on Monday. … "…," the statement said": the subject
        that issued the last document of that noun before POSITION (in this paragraph or the one
        before), and where it was named."""
        words = mention.text.split()
        if len(words) != 2 or fold(words[0]) not in _DEFINITE or fold(words[1]) not in _DOCUMENT_NOUNS:
            return None
        text = self.text
        paragraph = text.rfind("\n", 0, position)
        since = max(0, text.rfind("\n", 0, max(0, paragraph - 1)))
        issued = [m for m in _ISSUED_DOCUMENT.finditer(text, since, position) if m.group("noun") == fold(words[1])]
        opening = [m for m in _IN_DOCUMENT_SUBJECT.finditer(text, since, position) if m.group("noun") == fold(words[1])]
        if opening and (not issued or opening[-1].start() > issued[-1].start()):
            # "In a release, the Board said …" … "According to the release": who spoke in it
            subject = find_subject(text, opening[-1].start("subject"), opening[-1].end("subject"), self.lex,
                                   opening[-1].start("subject"))
            if subject is not None and not subject.pronoun and (subject.name or subject.role):
                return subject, opening[-1].start("subject")
        if not issued:
            said_in = [m for m in _SAID_IN_DOCUMENT.finditer(text, 0, since) if m.group("noun") == fold(words[1])]
            if not said_in:
                return None
            # "… the U.S. Army Corps of Engineers said in its monthly forecast on Monday." … "according to the forecast"
            verb = said_in[-1].start()
            start = sentence_start(text, verb)
        else:
            verb = issued[-1].start()
            opening = _SENTENCE_START_BEFORE.search(text, since, verb)
            start = opening.end() if opening is not None else since
        subject = find_subject(text, start, verb, self.lex, start)
        if subject is None or subject.pronoun or not (subject.name or subject.role):
            return None
        return subject, verb


_INDEFINITE_OPENING = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")


_GROUP_AT_PLACE = re.compile(r"[A-Za-z]+s (?:at|in|of|from) [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")


def headline_roles_to_body_person(drafts, speakers_of, speakers) -> None:
    """English: a role with no name in the headline or standfirst ("union leader warns", "Dockers'
    union chief says"), before the article names anyone, is the person the body introduces in
    that role."""
    text = speakers.text
    first_person = min((start for start, _, name in speakers.person_mentions if " " in name
                        and not _BYLINE_BEFORE.fullmatch(text, text.rfind("\n", 0, start) + 1, start)), default=len(text))
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        if draft.start >= first_person:
            break
        if speaker is None or speaker.kind != "person" or speaker.name != speaker.role \
                or _INDEFINITE_OPENING.match(speaker.mention or "") or _GROUP_AT_PLACE.match(speaker.role):
            continue  # ("A spokesperson for the Department of Finance said": someone the article never names;
            # "Nurses at Yellowstone Valley Medical Center say": a group, neither its body nor its union)
        person = speakers.body_person_for_headline_role(speaker.role, draft.start)
        if person is not None:
            speakers_of[i] = SpeakerRef(person, speaker.mention, speaker.role, "person")
        elif (body := _body_of_plural_role(speaker.role, speakers_of[i + 1:], speakers.lex)
              or _body_of_its_noun(speaker.role, speakers_of[i + 1:], speakers.lex)) is not None:
            speakers_of[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")


def _body_of_its_noun(role: str, later, lex) -> str | None:
    """"Japanese regional bank says" in a headline, "the mine's operator said" in a lede: the one
    organisation speaking later whose name or mention ends with the description's noun ("Michinoku
    Shinwa Bank", "X, the state-controlled operator"), else None."""
    head = fold(role).split()[-1] if role.split() else ""
    if head not in lex.companies and head not in lex.organisation_nouns and head not in lex.organisations:
        return None
    bodies = {s.name for s in later if s is not None and s.kind == "organisation" and " " in s.name
              and (fold(s.name.split()[-1]) == head or fold(s.mention or "").endswith(" " + head))}
    return bodies.pop() if len(bodies) == 1 else None


_LEVELS_OF_GOVERNMENT = frozenset(("county", "city", "state", "national", "regional", "provincial", "district",
                                   "federal", "local", "town", "municipal", "parish"))


def _body_of_plural_role(role: str, later, lex) -> str | None:
    """"Fire chiefs say" in a standfirst: the one organisation speaking later whose name holds the
    word that qualifies the plural role ("London Fire Brigade"), else None."""
    words = fold(role).split()
    if len(words) < 2 or not _PLURAL_HEAD.match(fold(role)):
        return None
    qualifiers = {w for w in words[:-1] if len(w) > 3 and w not in lex.stops and w not in lex.roles
                  and w not in _LEVELS_OF_GOVERNMENT}  # ("County engineers": any county body could employ them)
    bodies = {s.name for s in later if s is not None and s.kind == "organisation" and s.name[:1].isupper()
              and qualifiers & {fold(w) for w in s.name.split()}
              # (not "tour guides" for the "Tanzania Association of Tour Operators": other people)
              and not any(w.endswith("s") and fold(w) != words[-1] and (fold(w)[:-1] in lex.roles or fold(w)[:-1] in lex.companies)
                          for w in s.name.split()[1:])}
    return bodies.pop() if len(bodies) == 1 else None


def documents_to_authors(speakers_of, speakers) -> None:
    """English: a study, a paper or research speaking (by name, by "it", in the headline) speaks as
    the person the article says led or wrote it, when it names one."""
    for i, speaker in enumerate(speakers_of):
        if speaker is None:
            continue
        noun = _DETERMINER_OPENING.sub("", speaker.name)
        if fold(noun) in _STUDY_NOUNS and (author := speakers.study_author(noun)) is not None:
            speakers_of[i] = SpeakerRef(author, speaker.mention, speaker.role, "person")


# "The statement said …" right after "X, in a statement, announced …": X's statement (English).
_DEFINITE_DOCUMENT = re.compile(
    r"(?:the|this|that)\s+(?P<noun>statement|letter|e-?mail|release|memo|message|post|notice|communiqu[ée]|decision|ruling|"
    r"judge?ment|report|filing|note|webcast|update|bulletin)"
    # French: "Selon le communiqué" after "a annoncé … dans un communiqué"
    r"|(?:le|ce)\s+(?P<noun_fr>communiqué|courrier|rapport|message)|(?:la|cette)\s+(?P<noun_fr_f>lettre|note|déclaration)", re.IGNORECASE)


def document_of_previous(text: str, draft: Draft, previous_sentence: tuple[int, int] | None, french: bool = False) -> bool:
    """"The statement also said …": a definite document noun the previous claim's sentence
    mentioned ("X, in a statement delivered by …, announced …") is that speaker's document; with FRENCH,
    also "Selon le communiqué" after "a annoncé X dans un communiqué"."""
    document = _DEFINITE_DOCUMENT.fullmatch(draft.mention.text.strip()) if draft.mention.name is None else None
    if document is None or previous_sentence is None or not french and document.group("noun") is None:
        return False
    noun = (document.group("noun") or document.group("noun_fr") or document.group("noun_fr_f")).lower()
    return noun in text[previous_sentence[0]:previous_sentence[1]].lower()
