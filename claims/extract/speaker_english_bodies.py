"""English references to a body, mixed into `ArticleSpeakers` through `EnglishReferences`: the subject
"It said …" refers back to, and the one body "the company", "the regulator", "bosses" or "the clerk's office"
stands for."""

from __future__ import annotations

import re

from claims.extract.quotes import inside_quotation_marks
from claims.extract.first_names import is_first_name
from claims.extract.lang import en as english
from claims.extract.legal_forms import never_this_company
from claims.extract.lede_companies_en import company_named_next
from claims.extract.organisations import RECIPIENT_BEFORE, TRADE_NAME_WORDS
from claims.extract.segments import lede, sentence_start
from claims.extract.speakers import COMPANY_PREFIXES, Mention, fold, names_in
from claims.extract.speaker_english_documents import STUDY_SUBJECT
from claims.extract.speaker_english_people import DEFINITE
from claims.extract.speaking_bodies_en import OUTLET_NOUNS_EN
from claims.extract.subject_openings_en import GROUP_NOUNS


# A sentence opening on a name of two words or more, then its verb ("Fitzroy Valley Meats will close").
_SUBJECT_NAME_THEN_VERB = re.compile(  # (after a dateline in capitals: "MIDDLEBURY — ")
    r"\s*(?:[A-Z][A-Z'’. -]{2,30}(?:,\s+[A-Z][\w.]+)?\s+[—–-]\s+)?(?:The\s+)?(?P<name>[A-Z][\w&'’–-]*(?:\s+[A-Z][\w&'’–-]*){1,4})\s+(?:will|would|has|have|had|is|was|plans|planned|intends|expects)\s")
# A company named in apposition to the owners of what the sentence is about ("…, its owners, Seaview Leisure, said").
_OWNER_NAMED = re.compile(r",\s+its\s+(?:owners?|operators?|parent\s+company|parent\s+group),\s+"
                          r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),")
_ITS = re.compile(r"\bits\b")
# ", which" right after a name: a relative clause on a thing or a body (a person takes ", who").
_WHICH_AFTER = re.compile(r",\s+which\b")
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
# Heads of bodies of people, never a company.
_CIVIC_BODY_HEADS = frozenset(("alliance", "coalition", "association", "union", "federation", "network", "society", "campaign"))
# Trades a company is named by ("the Winnipeg carrier"), besides the lexicon's company words.
_TRADE_KINDS = frozenset(("carrier", "airline", "insurer", "lender", "miner", "producer", "exporter", "supplier", "chain"))
# Words that close a company's name in the sentence of "the company said", trades included ("Arctic Sealift Transport").
_SENTENCE_COMPANY_ENDINGS = _COMPANY_ENDINGS | frozenset(("transport", "shipping", "freight", "construction", "engineering"))
# A plural noun opening a sentence, then where those people are ("Businesses across west Suffolk say").
_PLURAL_NOUN_THEN_WHERE = re.compile(r"[A-Z][a-z]{3,}s\s+(?:across|throughout|around|near|along|in|from)\s")
# Where the sentence before "It said …" opens: its capitalised subject, then a lower-case verb.
# (not after a month's or a title's short form: "on Feb. 28", "St. Thomas")
# (no sentence ends before a lower-case word: "between 11 p.m. and 7 a.m.")
_SENTENCE_BREAK = re.compile(r"(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)(?<!\b(?:St|Dr|Mr|Ms|Mt))[.!?][\"”’]?\s+(?![a-z])|\n+")
# (a relative clause may follow the name: "Vantor Energy, which runs two plants, said …")
_IRREGULAR_PAST = ("put", "set", "cut", "hit", "shut", "led", "held", "made", "gave", "took", "kept", "sent", "spent", "won",
                   "lost", "paid", "sold", "began", "brought", "bought", "found")
_SUBJECT_THEN_VERB = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*['’]s\s+)?(?:The\s+)?"
    # ("The regulator Ofcom fined …", "The national forecaster MetService tweeted …": the kind of body before its name)
    r"(?:(?:[a-z-]+\s+)?(?:regulator|watchdog|forecaster|broadcaster|operator|retailer|lender|insurer|carrier|airline|miner)\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,6})"
    # "Pakistan's … Authority (NEPRA) on Monday approved", "The … Agency (CPPA-G), which buys …, had asked":
    # a country's body, its short form, a relative clause, a day
    # ("The Danish Data Protection Agency, Datatilsynet, confirmed …": its name in the country's language)
    r"(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]{1,9}\)|,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,2},)?"
    # ("The Carlisle Bay Players, the oldest independent theatre company in Barbados, will close": what it is)
    # ("The Wearside Chamber Orchestra, one of the oldest professional ensembles in …, will give": one of its kind)
    # ("Radio Glannau, a community radio station in Caernarfon, Gwynedd, will stop …": its place, then its region)
    # ("…, a state-funded tertiary institute with campuses in Whyalla, Port Augusta and Port Pirie, will stop": a list of places)
    # ("The Housing Executive, set up in 1971, is the public housing authority": when it was founded)
    r"(?:,\s+(?:which|the|an?|one\s+of|set\s+up|founded|established|created|formed)\s[^,]{1,150}(?:,\s+[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,4})?,)?(?:\s+on\s+[A-Z][a-z]+day)?"
    # ("Trego Plains Community Hospital in WaKeeney, Kansas will stop …": where it is)
    # ("… Club in North Otago, New Zealand, will not field …": a place of two words, its country of two)
    r"(?:\s+in\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)?(?:,\s+[A-Z][a-z]+|,\s+[A-Z][a-z]+\s+[A-Z][a-z]+(?=,))?,?)?"
    # ("Kentucky State Police are investigating …": an auxiliary and its participle)
    # ("Geisinger will close …": a future)
    # ("The Housing Executive … is the public housing authority for Northern Ireland": what the body is)
    r"\s+(?:(?:is|are|was|were|has|have|had|will|would)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|ing|en)|(?:is|was)\s+(?:the|an?)\s"
    r"|(?:[a-z]+\s+)?(?:[a-z]+(?:ed|s)|said|told)"
    # ("The Ministry of Defence in Kabul put the losses at seven": a verb of irregular past)
    r"|will\s+[a-z]+|(?:" + "|".join(_IRREGULAR_PAST) + r"))\b")



_BODY_NOUN_THEN_VERB = re.compile(r"The\s+(?P<noun>[a-z]+)\s+(?:(?:has|had|have)\s+)?[a-z]+ed\s")
_BEFORE_VERB = frozenset(("also", "still", "then", "now", "have", "had", "will", "would", "are", "were", "said", "told",
                          "never", "already", "again", "first", "last", "on")) | frozenset(_IRREGULAR_PAST)
_NO_BODY_NAMES = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An"))
# A body's name of capitalised words ("Coinara", "Carbones del Altiplano", "Korea Internet & Security Agency").
_BODY_NAME = r"[A-Z][\w&'’-]*(?:[ \u00a0]+(?:(?:of|del|de|&)[ \u00a0]+)?[A-Z][\w&'’-]*)*"
# The nouns an apposition gives a company ("a Bengaluru-based start-up").
_COMPANY_NOUNS = r"(?:compan(?:y|ies)|firms?|start-?ups?)"


class EnglishBodyReferences:
    """The bodies of `EnglishReferences`: what "it", "the company", "the regulator", "bosses" or
    "the clerk's office" stands for."""

    __slots__ = ()

    def organisation_subject_before(self, text: str, sentence_start: int, since: int) -> str | None:
        """"Vantor Energy reported a loss. It said …": the name that is the subject of the sentence
        before SENTENCE_START (not before SINCE), which "it" refers to unless it names a person."""
        end = len(text[:sentence_start].rstrip())
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, since, max(since, end - 1))
                  if not inside_quotation_marks(text, since, m.start())]  # (not a full stop inside a tweet it quoted)
        start = breaks[-1] if breaks else since
        if (study := STUDY_SUBJECT.match(text, start, end)) is not None:
            return self.study_author(study.group("noun"))  # "The research, which …, tracked … It found that …"
        if (noun := _BODY_NOUN_THEN_VERB.match(text, start, end)) is not None and fold(noun.group("noun")) in self.lex.organisations:
            return self.named_organisation(noun.group("noun"), start)  # "The college disputed the figures. It said …"
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
        after = text[subject.end("name"):subject.end()].split() if " " not in name else []
        if len(after) == 2 and after[0].isalpha() and not after[0].endswith(("ly", "ed", "s")) and after[0] not in _BEFORE_VERB:
            return None  # "Armed men boarded …": an adjective and its noun, no body
        if after and (after[0] in GROUP_NOUNS or after[0].endswith("s") and fold(after[0][:-1]) in self.lex.roles):
            # "Bus drivers employed by …", "Postal workers at the Carlisle delivery office … have voted": people by their
            # trade, no body
            return None
        people = {n for _, _, n in self.role_ties} | set(self.genders)
        if any(self.full_name(n, start) in people for _, n in names_in(name, self.lex)):
            return None  # a person the article gave a role elsewhere
        return name

    def lede_body(self, paras, paragraph: int) -> str | None:
        """The body the lede's first sentence opens on, when it shows it is a body ("Suir Valley Co-op has held
        its base milk price …"): what an "it" in PARAGRAPH stands for when no sentence since names one."""
        text = self.text
        if (found := lede(paras, min(5, paragraph))) is None:
            return None
        start, end = found
        stop = text.find(". ", start, end)
        stop = end if stop == -1 else stop + 1
        subject = self.organisation_subject_before(text, stop + 1, start)
        return subject if subject is not None and _ITS.search(text, start, stop) is not None else None

    def _body_kind(self, word: str) -> bool:
        """Whether WORD is a kind of body ("company", "regulator", "governing body"'s "body")."""
        folded = fold(word)
        return folded in self.lex.organisation_nouns or folded in _BODY_KINDS

    def body_of_its_kind(self, mention: Mention, position: int) -> str | None:
        """"The exchange said" where the article tied one name to that kind before POSITION ("cryptocurrency
        exchange Coinara", "Coinara, one of South Korea's largest cryptocurrency exchanges,"): that name (not
        "Karnataka, a step the company says": a noun phrase of its own holds the kind)."""
        words = mention.text.split()
        if len(words) != 2 or fold(words[0]) != "the" or not self._body_kind(words[1]):
            return None
        kind = re.escape(words[1].lower())
        # ("Vyomika Aerospace, a Bengaluru-based start-up, said … the company says": a company's other nouns)
        apposed_kind = _COMPANY_NOUNS if kind in ("company", "firm") else f"{kind}s?"
        names = {found.group("name") or found.group("apposed") for found in re.finditer(
            rf"\b{kind}[ \u00a0]+(?P<name>{_BODY_NAME})|(?P<apposed>{_BODY_NAME}),[ \u00a0]+(?:an?|one[ \u00a0]+of)[ \u00a0](?:(?!the\b)[^,.;:\n]){{0,60}}?\b{apposed_kind}\b",
            self.text[:position])} - _NO_BODY_NAMES
        return names.pop() if len(names) == 1 else None

    def company_named_before(self, mention: Mention, position: int) -> str | None:
        """"Vantor Energy cut its forecast. The company said …": a bare company noun the article tied
        to no name stands for the named subject of the sentence before its own."""
        words = mention.text.split()
        kind = fold(mention.role or "")
        # (or a body's kind after "the", a modifier maybe before it: "The airline said" after "Qantas cancelled …",
        # "The regulator said" after "Ofcom fined …", "The state logistics firm said"; not "A local miners' association")
        of_a_kind = 2 <= len(words) <= 4 and fold(words[0]) in DEFINITE and self._body_kind(words[-1])
        if not (2 <= len(words) <= 3 or of_a_kind) or fold(words[0]) not in DEFINITE and fold(words[0]) not in ("a", "an") \
                or kind not in self.lex.companies and not of_a_kind:
            return None
        text = self.text
        opening = sentence_start(text, position)
        paragraph_before = text.rfind("\n\n", 0, max(0, opening - 2))
        name = self.organisation_subject_before(text, opening, max(0, paragraph_before))
        if name is not None and kind in self.lex.companies \
                and (owner := _OWNER_NAMED.search(text, sentence_start(text, max(0, opening - 2)), opening)) is not None:
            return owner.group("name")  # "The aquarium will close, its owners, Seaview Leisure, said. The company said": the owner
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
        if folded[-1] in _PUBLIC_BODY_HEADS or never_this_company(fold(words[-1]), name) \
                or folded[-1] in _CIVIC_BODY_HEADS and kind in self.lex.companies:
            # "The State Mining Authority said … The company denied": no company ("… Coal Ltd … The union said": no union;
            # "The Dawson Water Alliance, a coalition of landholders, said … the company's statement": no company)
            return None
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
                or fold(words[0]) not in DEFINITE and "'s" not in mention.text and "’s" not in mention.text:
            return None
        if fold(words[-1]) in OUTLET_NOUNS_EN and any(w[:1].isupper() for w in words[1:-1]):
            return None  # "…, the Kompas newspaper reported": the paper by its name, no kind standing for the subject
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
        if name is not None and fold(words[-1]) in _CIVIC_BODY_HEADS and fold(words[-1]) not in fold(name).split() \
                and not _PUBLIC_BODY_HEADS.isdisjoint(fold(w) for w in name.split()):
            return None  # "The Federal Ministry of Labour has invited both sides …, the union said": no ministry is a union
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
        runs = (_DESCRIBED_BEFORE.sub("", run.group()) for run in _CAPITALISED_RUN.finditer(text, opening_at, position)
                if not RECIPIENT_BEFORE.search(text, max(opening_at, run.start() - 40), run.start()))
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

    def release_of_clause_subject(self, mention: Mention, position: int) -> str | None:
        """"Carilion will also start a nurse line, according to a news release": the body the clause
        opens on issued the release the article does not attribute."""
        if not self.lex.adjectival_names or fold(mention.text.strip()) not in _UNOWNED_RELEASES:
            return None
        subject = _SUBJECT_THEN_VERB.match(self.text, sentence_start(self.text, position), position)
        if subject is None or not self._no_persons_name(name := subject.group("name")) or name in self.lex.function_words:
            return None
        return self.full_name(name, position)
