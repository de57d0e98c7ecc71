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
Its mixins: the people named by a role or an epithet (`role_references_en`), a body's full name
(`body_full_names_en`), the company the article is about (`company_references_en`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.extract.organisations import COMPANY_NOUNS, NOT_A_COMPANY, TRADE_NAME_WORDS, campaign_group_named
from claims.extract.released_documents_en import releasing_body
from claims.extract.first_names import is_first_name
from claims.extract.legal_forms import never_this_company
from claims.extract.lang.en import SPELLING_VARIANTS
from claims.extract.segments import sentence_start
from claims.extract.sources import KNOWN_AGENCIES
from claims.extract.speaker_scan import introduced_by_noun
from claims.extract.speakers import Mention, fold, folded_words
from claims.extract.speaking_bodies_en import outlet_reported, paper_reporting
from claims.extract.trailing_attribution_en import DOCUMENT_HEAD
from claims.extract.types import SpeakerRef
from claims.extract.body_full_names_en import EnglishBodyFullNames
from claims.extract.company_references_en import CORPORATE_DESIGNATOR, EnglishCompanyReferences
from claims.extract.role_references_en import EnglishRoleReferences

# A union's name ("Western Montana Transit Workers Union"): no agency.
_UNION_NAME_EN = re.compile(r"\b(?:Union|Federation of Labor|Guild)\b")
# Bodies that "the charity said", as "the company said", after the sentence opens on their name (and "the federal
# agency said" after "Parks Canada has closed …").
_NON_PROFIT_NOUNS = frozenset(("charity", "non-profit", "nonprofit", "not-for-profit", "trust", "foundation"))
_PUBLIC_BODY_KINDS = frozenset(("agency", "authority", "regulator", "service"))
_PUBLIC_SCOPES = frozenset(("federal", "state", "national", "provincial", "regional", "government"))
# A court's decision, which speaks as the court last named handing one down ("The X Court sentenced … /
# According to the verdict, …").
_COURT_DOCUMENT = re.compile(r"(?:the|its)\s+(?:(?:majority|written)\s+)?(?:verdict|ruling|judgment|judgement|sentence|opinion)", re.IGNORECASE)
_COURT_ACTING = re.compile(r"(?!The\s)(?<![\w'’-])((?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*[ \u00a0]+){0,5}(?:Court|Tribunal)"
                          r"(?:\s+(?:of|for|in)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)?)"
                          # (maybe where it sits and when: "The Court of Appeal in Accra yesterday quashed")
                          r"(?=(?:\s+in\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?(?:\s+(?:on\s+\w+|yesterday|today))?\s+"
                          r"(?:sentenced|convicted|acquitted|ruled|found|ordered|fined|jailed|upheld|overturned|quashed|dismissed"
                          r"|rejected|cleared|annulled|reversed|struck\s+down|set\s+aside)\b)")
# "the state railway company": a company described by what it does, in a lede that names it next.
_DESCRIBED_COMPANY = re.compile(r"[Tt]he\s+(?:[a-z][\w'’-]*\s+){1,3}(?P<noun>[a-z]+)")  # "the state railway company", "the plant's developer"
# A public service's name ("Kimberley Police", "Derby Fire Service"): no company a description stands for.
_PUBLIC_SERVICE = re.compile(r"\b(?:Police|Fire|Ambulance|Council|Ministry|Department|Service|Office|Agency|Authority)\b")
_LEDE_REACH = 600  # where the lede's paragraph may start: after the headline and a date line
# "the 47-year-old", "the 31-year-old striker".
_AGE_EPITHET = re.compile(r"[Tt]he\s+\d{1,3}-year-old(?:\s+[a-z][\w-]*)?")
# "one of them", "One of the people", "one of those sources".
_ONE_OF_GROUP = re.compile(r"[Oo]ne\s+of\s+(?:them|(?:the|those)\s+(?P<noun>people|sources|persons|insiders))")
# Where the anonymous group was named before ("Two people familiar with the discussions said").
_GROUP_BEFORE = re.compile(
    r"\b(?P<noun>people|sources|persons|insiders)\s+(?P<link>close\s+to|familiar\s+with|"
    r"with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\s+(?P<topic>(?:the\s+|their\s+|its\s+)?[\w-]+(?:\s+[a-z][\w-]*){0,2}?)(?=[,.;]|\s+(?:said|say|says|told|who)\b)")
# A share of a group just named, alone as a subject ("several said", "Others said").
_SOME_OF_GROUP = re.compile(r"[Ss]everal|[Ss]ome|[Mm]any|[Oo]thers|[Mm]ost|[Aa]\s+few")
_GROUP_COUNTS = frozenset(("two", "three", "four", "five", "several", "some", "many"))
_GROUP_REACH = 2500  # how far back "one of them" looks for its group
_DOCUMENT_MENTION = re.compile(
    r"(?:(?:the|these|new|latest|official|same|preliminary|provisional|initial|final|recent|monthly|quarterly|annual|weekly|state|government|federal)\s+)*(?P<noun>figures|data|statistics|numbers|estimates|report)", re.IGNORECASE)
# A definite bare noun phrase: "the company", "the Chicago-based company", "the local council".
# (an adverb may close the subject: "The company now estimates that …")
_FACILITIES = frozenset(("airport", "port", "harbour", "terminal", "bridge", "tunnel", "motorway", "stadium", "dam"))
_DEFINITE_NOUN = re.compile(
    r"[Tt]he\s+(?:(?P<modifier>[\w-]+)\s+)?(?!(?:now|also|still|already|later|previously|then)$)(?P<noun>[a-z]+(?:-[a-z]+)*)"
    r"(?:\s+(?:now|also|still|already|later|previously|then))?")
# A relative clause after a body's noun ("the company that supplies them").
_RELATIVE_AFTER_NOUN = re.compile(r"\s+(?:that|which)\s+[a-z]")
# "the Vancouver-based miner": a description of the organisation the article is about.
_SEATED = ("-based", "-headquartered", "-listed", "-owned")
# Nouns that stand for a body whose name ends with another word: a police force.
_BODIES_OF_NOUN = {"force": ("police", "constabulary"), "club": ("FC", "AFC", "SC", "CC", "RFC")}  # ("Negombo Lions CC")
# A police force whose name does not close on its kind: the Royal Canadian Mounted Police by its short form, maybe
# with its province ("the Saskatchewan RCMP"), "Police Scotland", "the Police Service of Northern Ireland".
_FORCE_NAMED_OTHERWISE = re.compile(r"\b(?:(?<=\b[Tt]he )[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+)?RCMP\b"
                                    r"|\bPolice (?:Scotland|Service of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
# Nouns that stand for a body whose name holds no word of its kind ("NATO … the alliance said"): the
# names of each such body, as the article may write them ("the Quad" only after "the": a common word).
_LISTED_BODIES_OF_NOUN = {"alliance": (
    ("NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "North Atlantic Alliance"),
    ("AUKUS",), ("the Quad", "Quadrilateral Security Dialogue"), ("Five Eyes",), ("ANZUS",),
    ("CSTO", "Collective Security Treaty Organization", "Collective Security Treaty Organisation"), ("Warsaw Pact",))}
# A body's name opening a sentence, after its country's possessive, before its short form, a time and its verb.
_BODY_OPENING_SENTENCE = re.compile(
    r"(?:[A-Z]{2,}(?:[ ,]+[A-Z][\w.]*){0,3}\s+[–—-]\s+)?"  # "ECONOMYNEXT – ", "MONROVIA, Nov 3 – ": a dateline
    r"(?:(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*['’]s\s+)?(?:The\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,7})"
    r"(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.]{1,9}\))?(?:,\s+(?:based|headquartered)\s+in\s[^,.;]{1,60},)?"  # ", based in the town of X,"
    r"(?:\s+(?:on|last|this|late|early)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]?[a-z]+)?\s+(?:[a-z]+ly\s+)?(?:(?:will|would|has|had|plans\s+to)\s+[a-z]+|[a-z]+ed|fined|said|told)\b")
_BODY_NOUNS = frozenset(("club", "team", "side", "charity", "organisation", "organization", "group", "union", "court", "tribunal"))
# Generic nouns of public bodies ("Rural Ambulance Services said … The agency said").
# "the club's board": a body known by what it belongs to.
_OWNED_BODY = re.compile(r"\b[Tt]he (?P<owner>[a-z]+)['’]s (?P<noun>[a-z]+)\b")
_PUBLIC_BODY_NOUNS = frozenset(("agency", "authority", "service", "body", "board", "department", "regulator"))
# Nouns that stand for any body just quoted, and nouns of bodies whose names hold them.
_ANY_BODY_NOUNS = frozenset(("group", "body", "organisation", "organization", "agency", "authority", "regulator",
                            "agence", "organisme"))
_NAMED_BODY_NOUNS = frozenset(("association", "institute", "centre", "center", "federation", "council", "commission",
                              "institut", "conseil", "syndicat", "office"))
_UNION_NOUNS = frozenset(("syndicat", "union"))
_VAGUE_MODIFIERS = frozenset(("local", "same", "whole", "entire", "main", "national", "regional", "state", "private", "independent",
                              "family-owned", "family-run", "non-profit"))
_FRIENDS_OF = re.compile(r"\bFriends\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|the))*(?<!\sand)(?<!\sof)(?<!\sthe)")


# French: an outlet that reports what another body did ("…, a rapporté mardi la Tribune de Genève").
_OUTLET_REPORTING_BEFORE = re.compile(r"\b(?:a\s+rapporté|rapporte|a\s+révélé|révèle)\s+(?:[a-zé]+\s+){0,2}$")
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b")
_CAPITALISED_NAME = re.compile(r"(?<![\w'’-])(?!The )[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?: +(?:(?:of|for|and) +(?:the +)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){1,7}")
# A company's legal form, which names another company since the one that spoke.
_LEGAL_FORM = re.compile(r"\s(?:Corp|Inc|Ltd|LLC|PLC|plc|AG|SA|GmbH|Co)\b")
# A company described by its country or place, not named: "The German engineering group", "the Dallas-based airline",
# "the Finnish telecoms equipment maker".
_COMPANY_EPITHET = re.compile(r"[Tt]he\s+(?P<where>[A-Z][a-z]+|[A-Z][\w.-]*-(?:based|headquartered))\s+"
                              r"(?:[a-z-]+\s+){0,2}[a-z-]+")


class EnglishPhraseReferences(EnglishRoleReferences, EnglishBodyFullNames, EnglishCompanyReferences):
    """Mixed into `ArticleSpeakers` (its fields: `text`, `lex`, `person_mentions`, `role_ties`,
    `full_names`, `organisations`, `english_cache`; its methods `full_name`, `_role_of`)."""

    __slots__ = ()

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
        if _SOME_OF_GROUP.fullmatch(phrase) and previous is not None and previous.name == previous.role \
                and previous.name.split()[0].lower().endswith(("s", "men")) and fold(previous.name.split()[0]) not in _GROUP_COUNTS \
                and previous.mention and previous.mention in self.text[sentence_start(self.text, position):position]:
            group = f"{phrase.lower()} {previous.name[0].lower()}{previous.name[1:]}"
            return SpeakerRef(group, mention.text, group, "person")  # "Fishermen in Msimbati told …; several said": several of them
        if (described := _DESCRIBED_COMPANY.fullmatch(phrase)) is not None and described.group("noun") in COMPANY_NOUNS \
                and (named := self._body_opening_next_paragraph(position)) is not None and _PUBLIC_SERVICE.search(named) is None:
            # (not "according to the airport's operator. / The Kimberley Police said …": a public service is no company)
            return SpeakerRef(named, mention.text, mention.role, "organisation")
        definite = _DEFINITE_NOUN.fullmatch(phrase)
        if definite is None and (relative := _RELATIVE_AFTER_NOUN.search(phrase)) is not None \
                and (definite := _DEFINITE_NOUN.fullmatch(phrase, 0, relative.start())) is not None \
                and definite.group("noun") not in COMPANY_NOUNS:
            definite = None  # "the company that supplies them said": the company, whatever it does
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
            # ("Suir Valley Co-op has held its price, but the Tipperary-based processor has signalled …": the sentence's
            # own company before one the article names later)
            own = self._as_body_subject(self.organisation_subject_before(self.text, position, sentence_start(self.text, position)),
                                        position)
            own = None if own is None or NOT_A_COMPANY.search(own) else own
            if noun == "operator" and modifier in _FACILITIES and subject is None and own is None:
                return None  # "The airport operator said": whoever runs the airport, not the airline the article is about
            company = self.article_company(at if at != -1 else position, after=subject is None and own is None) or subject or own \
                or self.body_just_quoted(mention, position, previous) \
                or self._body_opening_next_paragraph(position)  # "Ertis Chemical has said … the company said"; a lede's company
            return SpeakerRef(company, mention.text, mention.role, "organisation") if company else None
        if (noun in _NON_PROFIT_NOUNS and modifier is None or noun in _PUBLIC_BODY_KINDS and modifier in _PUBLIC_SCOPES) \
                and (own := self.organisation_subject_before(self.text, position, sentence_start(self.text, position))) is not None \
                and not is_first_name(own.split()[0]) and self.gender_of(own) is None:
            # "Elmhurst Valley Hospice … will close …, the non-profit said", "Parks Canada has closed …, the federal agency said"
            return SpeakerRef(own, mention.text, mention.role, "organisation")
        if modifier is not None and modifier.isalpha() and modifier.islower() and (fold(noun) in self.lex.organisations or noun == "system") \
                and (named := self.organisation_with_head(f"{modifier} {noun}")) is not None:
            # "the town council": "X Town Council"; "the retirement system": "Kentucky Teachers' Retirement System"
            return SpeakerRef(named, mention.text, mention.role, "organisation")
        if modifier is not None and fold(modifier) not in _VAGUE_MODIFIERS:
            return None
        if noun in self.lex.roles or noun in self.lex.pronouns:
            return None
        named = self.organisation_with_head(noun)
        if named is None and noun in _BODIES_OF_NOUN:  # "the force said" after "West Midlands Police said"
            named = next((found for head in _BODIES_OF_NOUN[noun] if (found := self.organisation_with_head(head))), None)
            if named is None and noun == "force" and len(forces := set(_FORCE_NAMED_OTHERWISE.findall(self.text, 0, position))) == 1:
                named = forces.pop()  # "The Saskatchewan RCMP tweeted …. On Monday, the force said"; "Police Scotland appealed …"
        if named is None and noun in _LISTED_BODIES_OF_NOUN:  # "the alliance said" after "NATO defence ministers agreed"
            named = self._listed_body_before(noun, position)
        if named is None and noun in _PUBLIC_BODY_NOUNS and modifier is None:
            # "the club's board said … The Welsh Rugby Union said …, an offer the board said was": the board named before
            named = next((f"{owned.group('owner')}'s {noun}" for owned in reversed(list(_OWNED_BODY.finditer(
                self.text, 0, sentence_start(self.text, position)))) if owned.group("noun") == noun), None)
        if named is None and noun in _PUBLIC_BODY_NOUNS:
            named = self._body_opening_the_sentence(position) or self._body_subject_just_before(position)
        elif named is None and noun in _BODY_NOUNS:
            named = self._organisation_subject_just_before(position)
            if named is not None and is_first_name(named.split()[0]):
                named = None  # ("Daniel Brereton was taken to hospital, the Rovers said. The team posted …": a person)
            named = named or introduced_by_noun(self.text, noun, position)
        if named is None:
            named = self.body_just_quoted(mention, position, previous)
        if named and never_this_company(noun, named):
            return None  # ("Ridgeline Coal Ltd said … The union said …": no union)
        return SpeakerRef(named, mention.text, mention.role, "organisation") if named else None

    def body_just_quoted(self, mention: Mention, position: int, previous: SpeakerRef | None) -> str | None:
        """"The group said", "The agency said", "l'agence indique" right after an organisation spoke
        (its name in the 300 characters before): that organisation, when the noun fits it (any body
        is "the group", "the agency", any company "the company"; only a union is "the union")."""
        words = fold(mention.text).replace("l'", "l' ").split()
        if len(words) > 2 and self.lex.adjectival_names and words[-1] in COMPANY_NOUNS and _COMPANY_EPITHET.fullmatch(mention.text) \
                and previous is not None and previous.mention \
                and not self._epithet_of_another_company(mention.text, previous.name, position) \
                and _LEGAL_FORM.search(self.text, self.text.rfind(previous.mention, 0, position) + 1, position) is None:
            # (not "Coldbrook Minerals Corp. named … The Vancouver-based miner said": a company named since)
            words = [words[0], words[-1]]  # "The German engineering group said": the company that just spoke
        if len(words) != 2 or words[0] not in ("the", "l'", "le", "la") or previous is None \
                or not previous.mention or previous.mention not in self.text[max(0, position - 300):position] \
                or (previous.name.islower() and " " not in previous.name):
            return None  # (not "The company said" left unresolved: "the group" is no bare noun)
        if previous.kind != "organisation" and (previous.role or self.gender_of(previous.name) is not None
                                                or is_first_name(previous.name.split()[0])  # ("her first name, Julie")
                                                or re.search(rf"\b{re.escape(previous.name)},\s+(?:who|whose)\s", self.text)):
            return None  # (a body may read as a person's name: "Santé Québec reconnaît …"; not "Dianne Parsons, whose father …")
        noun = words[1]
        if self.lex.adjectival_names and DOCUMENT_HEAD.match(previous.name) is not None:
            return None  # "A 2017 council report … had warned …. According to the council": no report is the council
        if previous.name in KNOWN_AGENCIES and noun not in ("agency", "agence") or self.lex.adjectival_names and paper_reporting(previous.name, noun):
            return None  # "…, according to Reuters. The company said": the agency relays, it is no company (nor "The Economic Times")
        if self.lex.adjectival_names and noun == "agency" and _UNION_NAME_EN.search(previous.name) is not None:
            return None  # "Their union said … The agency announced": the employer the union asked, no union
        if (trade := TRADE_NAME_WORDS.get(noun)) is not None and not trade.search(previous.name) \
                and trade.search(self.text, 0, position) is not None:
            return None  # "Graz Airport said …, the airline said": the airline the article names, not the airport
        said_at = self.text.rfind(previous.mention, 0, position)
        if _OUTLET_REPORTING_BEFORE.search(self.text, max(0, said_at - 40), said_at):
            return None  # "…, a rapporté mardi la Tribune de Genève. Selon l'organisation": the outlet only relays
        since = said_at + len(previous.mention)
        if self.lex.adjectival_names and outlet_reported(self.text, since, noun):
            return None  # "Chisomo Mobile … has ended its sponsorship, The Nation reported. … the company said": no paper
        if re.search(rf"\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]* {re.escape(noun.capitalize())}\b", self.text[since:position]):
            return None  # a body named since then has the noun in its name ("… Dar Rapid Transit Agency (DART) …")
        if self.lex.adjectival_names and noun not in folded_words(previous.name) \
                and re.search(rf"\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]* {re.escape(noun.capitalize())}\b", self.text[:said_at]):
            return None  # "The authority said" after "According to the National Trust", of "the Peak District National Park Authority"
        if not self.lex.adjectival_names and noun not in fold(previous.name).split() \
                and re.search(rf"(?:\b[Ll][ae]\s+|\b[Ll]['’]){re.escape(noun)}\s+[a-zà-ÿ]", self.text[:position]):
            return None  # "l'agence régionale de santé … a annoncé … La section SUD … L'agence a précisé": that agency
        if noun in COMPANY_NOUNS and noun not in _ANY_BODY_NOUNS and campaign_group_named(self.text, previous.name):
            return None  # "according to the digital rights group X. … the company said": no campaigners' group is a company
        if noun in COMPANY_NOUNS and noun not in _ANY_BODY_NOUNS and re.search(rf"\bthe {noun}\b", self.text[since:position]) \
                and introduced_by_noun(self.text, noun, position) not in (None, previous.name):
            # "The bus, operated by the company X, … SUTRAN said the company had been fined … the company said": the body
            # that spoke of the company is not it
            return None
        if noun in _ANY_BODY_NOUNS or (noun in COMPANY_NOUNS and previous.name[:1].isupper() and NOT_A_COMPANY.search(previous.name) is None
                                                                 and not (previous.name.isupper() and self._written_with_the(previous.name))) or (noun in _BODY_NOUNS | _PUBLIC_BODY_NOUNS | _NAMED_BODY_NOUNS
                                       and {noun, SPELLING_VARIANTS.get(noun)} & set(folded_words(previous.name))) \
                or noun == "force" and self.lex.adjectival_names and not {"police", "constabulary"}.isdisjoint(folded_words(previous.name)) \
                or noun in _UNION_NOUNS and sum(c.isupper() for c in previous.name.split()[0]) >= 3 \
                and not re.search(rf"\b{re.escape(noun)}\b", fold(self.text[:self.text.rfind(mention.text, 0, position)])):
            # "According to INDECI, … The agency said …"; "Pour le SNUipp-FSU, … Le syndicat affirme …": a
            # union known by its short form, in an article that names no union by its noun
            return previous.name
        return None

    def _epithet_of_another_company(self, epithet: str, name: str, position: int) -> bool:
        """Whether the demonym or place of EPITHET ("The Swiss drugmaker") also comes right before another
        company's name in the text before POSITION ("its Swiss rival Roche")."""
        where = re.escape(_COMPANY_EPITHET.fullmatch(epithet).group("where").removesuffix("-based").removesuffix("-headquartered"))
        return any(other.group("name") != name and not name.startswith(other.group("name"))
                   for other in re.finditer(rf"\b{where}(?:-based|-headquartered)?\s+(?:[a-z-]+\s+){{0,3}}(?P<name>[A-Z][\w&'’-]*)",
                                            self.text[:position]))

    def _body_subject_just_before(self, position: int) -> str | None:
        """The subject of the sentence before when its name reads as an organisation's (an
        organisation word in it, or three words or more closing on a plural: "Dunmore Valley Coaches"),
        never a person's ("Marcus Trell resigned. The company said …"); also three words or more that
        open on no first name and that no pronoun or title gave a gender ("Midland Prairie Power")."""
        return self._as_body_subject(self._organisation_subject_just_before(position), position)

    def _as_body_subject(self, name: str | None, position: int) -> str | None:
        """NAME, a sentence's subject, when it reads as an organisation's (see `_body_subject_just_before`)."""
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
                    and not CORPORATE_DESIGNATOR.search(name):
                found = name
        return found
