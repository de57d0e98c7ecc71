"""Resolving one mention to a name of the article (`MentionResolution`, mixed into `ArticleSpeakers`): a role,
a pronoun, a body's or a company's noun, a document, a group, each to the person or body the article named."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.extract.bodies_by_kind_en import BODY_KINDS
from claims.extract.body_mentions_fr import PRESS_NOUNS_FR
from claims.extract.capitalised_tails_en import name_ending_with, owned_body_in_full
from claims.extract.document_authors import filer_of_document
from claims.extract.lede_companies_en import company_named_next, holder_named_next
from claims.extract.legal_forms import ends_with_legal_form
from claims.extract.one_of_them_fr import ONE_OF_THEM, SHARE_OF_THEM, one_of_counted_group, share_of_group
from claims.extract.organisations import COMPANY_NOUNS, stands_for
from claims.extract.mention_shapes import OWNED_DOCUMENT_NOUNS
from claims.extract.speaker_mentions import parse_mention
from claims.extract.name_words import COMPANY_DESIGNATORS, PAPER_WORDS, PLURAL_BODY_ENDINGS, SIZE_WORDS
from claims.extract.speakers import Lexicon, Mention, fold, folded_words
from claims.extract.speaker_english_people import introduced_unnamed, tied_to_another_body
from claims.extract.speaker_lookups import PERSONAL_TITLE_OPENING
from claims.extract.speaker_epithets import _ELIDED_ROLE
from claims.extract.speaker_relations import DEMONSTRATIVES
from claims.extract.role_lookups import AGE_AFTER_NOUN_FR
from claims.extract.speaker_scan import introduced_by_noun
from claims.extract.speaker_french import without_place
from claims.extract.subject_companies_fr import body_opening_sentence, company_opening_sentence
from claims.extract.types import SpeakerRef

INDEFINITE_COMPLEMENT_FR = re.compile(r"^[a-zà-ÿ-]+\s+(?:d['’]une?|de\s+plusieurs)\s")
# French: a body's noun, then what it was put in charge of ("entreprise chargée des travaux").
_BODY_CHARGED_WITH_FR = re.compile(r"(?P<head>[a-zà-ÿ-]+)\s+(?:chargée?s?|responsables?|en\s+charge)\s+(?:de|du|des|d['’]).*")

# English heads of a body that a described mention ends on ("the student representative council").
_COUNCIL_NOUNS_EN = frozenset(("council", "committee", "board", "commission"))
_COMPANY_HEADS = frozenset(word for word in COMPANY_DESIGNATORS if len(word) > 4)  # ("Properties", "Holdings", not "Co")
_COMPANY_CLOSINGS = _COMPANY_HEADS | PLURAL_BODY_ENDINGS | {"Company", "Airlines", "Bank"}
# French: a role serving a group of people ("l'avocat des rameurs", "la porte-parole des grévistes").
_ROLE_OF_A_GROUP_FR = re.compile(r"(?P<role>[a-zà-ÿ-]+)\s+des\s+[a-zà-ÿ-]+s")
# English: a role owned by a common noun ("the clinic's head nurse").
_OWNER_THEN_ROLE_EN = re.compile(r"[Tt]he\s+[a-z]+['’]s\s+[a-z][\w -]*")
# A relative of someone the role names ("la mère de la victime", "the mother of the child"): no one named near is them.
# English: the people around an office-holder ("the governor's office", "the mayor's staff"), no person.
_OFFICE_OF_A_ROLE = re.compile(r"['’]s\s+(?:office|staff|team|aides|campaign)$")
_RELATIVE_OF_SOMEONE = re.compile(r"(?:mere|pere|fils|fille|frere|soeur|sœur|epouse|mari|veuve|oncle|tante|mother|father|son|daughter"
                                  r"|brother|sister|wife|husband|widow)\s+(?:de|du|des|d'|of)\b"
                                  # ("the umpire's mother": the relative of someone the article names by a role)
                                  r"|[a-z-]+['’]s\s+(?:mother|father|son|daughter|brother|sister|wife|husband|widow|parents)$")
# French: a plural group named by a common noun ("les syndicats", "des manifestants").
_LAST_PLURAL_GROUP = re.compile(
    r"(?<![\w’'])(?:les|des|aux|ces)\s+([a-zà-ÿ-]+[sx](?:\s+(?:des|du|de\s+la|de\s+l['’]|de)\s*[\w’'-]+)?)(?![\w’'])")
_LATTER = frozenset(("latter", "dernier", "derniere"))
# French nouns of a sports team, which a team's name follows ("L'équipe cycliste belge X Cycling Team").
_TEAM_NOUNS = frozenset(("equipe", "formation", "ecurie"))


_SAME_DOCUMENTS = frozenset(("source", "sources", "communique", "document", "texte", "rapport", "message", "bilan", "bulletin",
                             "avis", "note", "lettre", "courrier", "etude", "enquete", "sondage",
                             "statement", "report", "release", "letter", "study", "survey", "notice", "memo", "filing"))


# A company's filings to its stock exchange, which speak for it ("…, according to the filing").
_COMPANY_FILINGS = frozenset(("the filing", "the disclosure", "the exchange filing", "the regulatory filing", "company filings",
                              "the company filings", "its filings", "company records", "company figures", "the company's filings",
                              # (a planning application's: "Marston Gate Developments wants outline permission …")
                              "the application", "the planning application"))
_INDEFINITE_BODY_FR = re.compile(r"(?:un|une)[ \u00a0]+(?P<noun>ONG|[a-zà-ÿ]{4,})")  # headline "…, avertit une ONG"
_DEFINITE_ONG_FR = re.compile(r"[Ll]['’][ \u00a0]*ONG")  # "a annoncé l'ONG"
# English: a document the article gives its owner by a possessive ("the authority's latest annual report",
# "the match commissioner's report").
_OWNED_DOCUMENT = re.compile(
    r"(?P<owner>(?:[Tt]he\s+)?(?:[a-z-]+(?:['’]s)?\s+)?[\w-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+){0,4})['’]s\s+(?:[a-z0-9-]+\s+){0,5}"
    + OWNED_DOCUMENT_NOUNS)  # ("the ministry's 2025 school census", "the sheriff's office's daily population report")


# "county property records", "council figures", "the county budget document": a public body's noun, then its document.
_BODY_NOUN_DOCUMENT = re.compile(r"(?:[Tt]he\s+)?(?P<body>county|council|city|port|district)\s+(?:[a-z-]+\s+){0,2}" + OWNED_DOCUMENT_NOUNS)


_PRESS_NOUN = re.compile(PRESS_NOUNS_FR + "|newspaper|paper|daily")


# A body described by its size: "the three-member panel", "the 15-member council".
_COUNTED_BODY_EN = re.compile(rf"[a-z0-9]+-(?:{'|'.join(SIZE_WORDS)}) (?P<noun>[a-z]+)")
# English "the newspaper", "the paper": the one a speaker told something, named just before ("told the Dales Herald").
_THE_NEWSPAPER = re.compile(r"[Tt]he\s+(?:local\s+)?(?:newspaper|paper)")
_PAPER_TOLD = re.compile(r"\b(?:told|telling)\s+(?:the\s+)?(?P<paper>(?:[A-Z][\w'’-]*[ \u00a0]+){0,3}(?:" + "|".join(sorted(PAPER_WORDS))
                         + r"|Gazette|Courier|Journal|Chronicle|Tribune|Guardian|Record|Echo|Advertiser|Examiner|Press|Review|Leader))\b")


def _previous_paragraph_start(text: str, position: int) -> int:
    """Where the paragraph before POSITION's starts (0 in the first paragraph)."""
    paragraph = text.rfind("\n", 0, position) + 1
    return text.rfind("\n", 0, max(0, paragraph - 2)) + 1 if paragraph > 1 else 0


def _last_paper_told(text: str, position: int) -> str | None:
    """The newspaper someone was last said to have told something, in POSITION's paragraph or the one before."""
    since = _previous_paragraph_start(text, position)
    found = [m.group("paper") for m in _PAPER_TOLD.finditer(text, since, position)]
    return found[-1] if found else None


def _refers_back(phrase: str) -> bool:
    """A demonstrative noun phrase, "the latter" / "ce dernier", "notre interlocuteur", "selon le même communiqué"."""
    raw = phrase.strip(" ,").split()
    words = [fold(w) for w in raw]
    if len(words) == 2 and words[0] in ("notre", "our") and words[1] in ("interlocuteur", "interlocutrice", "source", "contact"):
        return True  # "confie notre interlocuteur": the source just quoted
    if len(words) == 2 and words[0] in DEMONSTRATIVES:
        return raw[1].isalpha() and raw[1].islower() and words[1] not in ("is", "was", "est", "a")
    if len(words) >= 2 and words[-2] in ("meme", "same") and words[-1] in _SAME_DOCUMENTS:
        return True  # "selon la même source", "de même source", "selon le même communiqué": the source just cited
    return 1 < len(words) <= 3 and words[-1] in _LATTER


_DOCUMENTS_AND_SOURCES = frozenset(("source", "sources", "dernier", "derniere", "document", "texte", "message"))
# English: a role headed by a plural noun ("the authors", "residents of the blocks"): a group, never
# the one person named with a like role.
_PLURAL_ROLE = re.compile(
    r"(?:(?!(?:of|for|at|in|with|from|near)\s)[A-Za-z'’-]+\s+){0,3}(?:[a-z-]*[a-hj-rtv-z]s|[a-z-]+men)"  # (not "-us", "-is", "-ss")
    r"(?:\s+(?:of|for|at|in|with|from|near)\s.+)?")  # ("North-east fishermen", "Newlyn's handline mackerel fishermen")


def _describes_someone_just_named(mention: Mention, lex: Lexicon) -> bool:
    """French: a demonstrative and a description of a person ("ce père de famille", "cette
    habitante du quartier"), not "ce dernier", "cette source" or a document or a body."""
    words = mention.text.split()
    if len(words) < 2 or fold(words[0]) not in ("ce", "cet", "cette") or not words[1].islower():
        return False
    head = fold(words[1])
    return head not in _DOCUMENTS_AND_SOURCES and head not in lex.organisations and head not in lex.organisation_nouns \
        and lex.document_pattern is not None and lex.document_pattern.match(f"une {words[1]} de la Cour") is None


# A sentence opening on an unnamed holder of a role, with its complement, then its verb ("Le juge des référés du tribunal
# administratif de Nîmes a suspendu", "The coroner for North Wales has ruled").
_HOLDER_OPENING = "(?:^|(?<=[.!?»”\"] )|(?<=\\. - ))(?:Le|La|L['’]|The)\\s*(?P<phrase>{head}(?:\\s+(?:des|du|de\\s+la|de\\s+l['’]|d['’]|de|of\\s+the|of|for\\s+the|for)\\s*[^,.;:«»()]{{1,80}}?)?)\\s+(?:a|avait|est|has|had|was|is|said|says)\\s"


def _unnamed_holder_before(text: str, head: str, position: int) -> str | None:
    """The role phrase of HEAD's holder opening a sentence of POSITION's paragraph or the one before, when the article
    names no one in it ("Le juge des référés du tribunal administratif de Nîmes a suspendu …"), else None."""
    since = _previous_paragraph_start(text, position)
    for match in re.finditer(_HOLDER_OPENING.format(head=re.escape(head)), text[since:position], re.MULTILINE | re.IGNORECASE):
        if match.group("phrase")[:1].islower() and not any(w[:1].isupper() for w in match.group("phrase").split()[:2]):
            return match.group("phrase")
    return None


_ELLIPTIC_QUANTIFIERS = frozenset(("several", "some", "many", "others", "plusieurs", "certains", "certaines"))


def _elided_group(quantifier: str, earlier: Sequence[str]) -> str | None:
    """"several" after a speaker named "One interviewee": "several interviewees"."""
    if not earlier:
        return None
    words = earlier[-1].split()
    if len(words) != 2 or fold(words[0]) not in _INDEFINITE | {"another"} or not words[1].isalpha():
        return None
    noun = words[1] if words[1].endswith(("s", "x")) else words[1] + "s"
    return f"{quantifier} {noun}"


_INDEFINITE = frozenset(("a", "an", "one", "un", "une"))
_DEFINITE = frozenset(("the", "le", "la", "l'"))
# English offices one person holds, by which copy refers back to the one person it named.
_SINGLE_OFFICES_EN = frozenset(("minister", "president", "premier", "governor", "mayor", "chancellor", "ambassador"))


# French: the group around one office holder ("entourage de la ministre", "cabinet du maire").
_GROUP_AROUND_A_ROLE = re.compile(r"(?P<group>cabinet|entourage|bureau|proches|équipe)[ \u00a0]+(?:de[ \u00a0]+la|du|de[ \u00a0]+l['’])[ \u00a0]*"
                                  r"(?P<role>[a-zà-ÿ-]+)")


# A bracketed upper-case short form after a name ("Voies navigables de France (VNF)"), and closing a phrase.
_SHORT_FORM = r" \(([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6})\)"
_SHORT_FORM_AFTER = re.compile(_SHORT_FORM)
_SHORT_FORM_CLOSING = re.compile(_SHORT_FORM + "$")


class MentionResolution:
    """How `ArticleSpeakers` resolves one mention (a role, a pronoun, a body's noun, a document) to a name of the article."""

    __slots__ = ()

    def _company_named_with(self, word: str, mention: Mention) -> str | None:
        """English: the one company the article names with WORD and a company's closing noun ("Calder Motor
        Company", "Ardent Fire Products"), which WORD alone stands for (not in "According to The Namibian",
        a title)."""
        if mention.text.lstrip().startswith("The "):
            return None
        found = {m.group().removesuffix("'s").removesuffix("’s")
                 for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?:\s+[A-Z][\w&'’-]*){{1,3}}", self.text)}
        companies = {name for name in found if name.split()[-1] in _COMPANY_CLOSINGS}
        return companies.pop() if len(companies) == 1 else None

    def _name_its_short_form_spells(self, mention: Mention) -> str | None:
        """French: the phrase MENTION opens with its one-word name, when the article follows it with a short
        form it spells ("Voies navigables de France (VNF)", not read as "Voies"), else None."""
        phrase = _SHORT_FORM_CLOSING.sub("", mention.text.strip())
        if not phrase.startswith(mention.name + " ") or (at := self.text.find(phrase + " (")) == -1:
            return None
        short = _SHORT_FORM_AFTER.match(self.text, at + len(phrase))
        return phrase if short is not None and stands_for(short.group(1), phrase) else None

    def _resolve_mention(self, mention: Mention, position: int, previous: SpeakerRef | None, earlier: Sequence[str] = ()) -> SpeakerRef | None:
        if self.lex.adjectival_names and mention.role and not mention.name and not mention.organisation and not mention.pronoun \
                and " " in mention.role and fold(mention.role).split()[-1] in _COUNCIL_NOUNS_EN \
                and fold(mention.role).split()[-2] not in ("on", "of", "to", "at", "for"):  # (not "worker on board")
            mention = Mention(mention.text, role=mention.role, organisation=True)  # "The student representative council": a body
        if not self.lex.adjectival_names and mention.role and not mention.name and not mention.pronoun \
                and (charged := _BODY_CHARGED_WITH_FR.fullmatch(mention.role)) is not None \
                and (at := mention.text.find(charged.group("head"))) > 0 \
                and (body := self._resolve_mention(Mention(mention.text[:at + len(charged.group("head"))], role=charged.group("head"),
                                                           organisation=True), position, previous, earlier)) is not None \
                and body.kind == "organisation" and body.name[:1].isupper():
            # a headline's "selon l'entreprise chargée des travaux": the body the article names with that noun alone
            # ("l'entreprise Sotraci-BTP")
            return SpeakerRef(body.name, mention.text, mention.role, "organisation")
        if not self.lex.adjectival_names and mention.name and " " not in mention.name \
                and (spelt := self._name_its_short_form_spells(mention)) is not None:
            return SpeakerRef(spelt, mention.text, mention.role, "organisation")  # "Voies navigables de France (VNF)"
        if self.lex.adjectival_names and not mention.pronoun and (aged := self.english_epithet_person(mention, position, previous)):
            return SpeakerRef(aged, mention.text, mention.role or fold(mention.name or ""), "person")  # "the 54-year-old"
        if self.lex.adjectival_names and (owned := _OWNED_DOCUMENT.fullmatch(mention.text.strip())) is not None \
                and (owner := parse_mention(owned.group("owner"), self.lex)) is not None and not owner.pronoun \
                and (resolved := self._resolve_mention(owner, position, previous, earlier)) is not None:
            return SpeakerRef(resolved.name, mention.text, resolved.role, resolved.kind)  # "the authority's annual report"
        if self.lex.adjectival_names and (kept := _BODY_NOUN_DOCUMENT.fullmatch(mention.text.strip())) is not None \
                and (body := self._resolve_mention(Mention(f"the {kept.group('body')}", role=kept.group("body"), organisation=True),
                                                   position, previous, earlier)) is not None \
                and body.kind == "organisation" and body.name[:1].isupper():
            return SpeakerRef(body.name, mention.text, body.role, body.kind)  # "county property records", "council figures"
        if self.lex.adjectival_names and (team := self.team_introduced(mention, position)) is not None:
            return SpeakerRef(team, mention.text, mention.role, "person")  # "A team of X has found … the team reported"
        if self.lex.adjectival_names and (issuer := self.statement_issuer(mention, position)) is not None \
                and (issued := self._resolve_mention(issuer[0], issuer[1], None)) is not None:
            return SpeakerRef(issued.name, mention.text, issued.role, issued.kind)  # "… issued a statement. The statement said"
        if self.lex.adjectival_names and mention.role and fold(mention.text) == f"the {mention.role}" \
                and (filer := filer_of_document(self.text, mention.role, position)) is not None:
            return SpeakerRef(filer, mention.text, mention.role, "organisation")  # "X filed the suit … According to the suit"
        if self.lex.adjectival_names and fold(mention.text) in _COMPANY_FILINGS \
                and (company := self._legal_form_named_before(position) or self._company_before(position)) is not None:
            return SpeakerRef(company, mention.text, mention.role, "organisation")  # "…, according to the filing": the company's
        if not self.lex.adjectival_names and (body := self._latter_body(mention, position)) is not None:
            return SpeakerRef(body, mention.text, None, "organisation")  # "… du Centre pour l'égalité des chances. Ce dernier a salué"
        if not self.lex.adjectival_names and (latter := self._latter_introduced(mention, position, previous)) is not None:
            return SpeakerRef(latter, mention.text, latter, "person")  # "…, a raconté ce dernier" after "repérés par un joggeur"
        if not self.lex.adjectival_names and (person := self._demonstrative_person(mention, position)) is not None:
            return SpeakerRef(person, mention.text, mention.role, "person")  # "ce dernier", "cette spécialiste"
        if mention.pronoun:
            if previous is not None:
                return SpeakerRef(previous.name, mention.text, previous.role, previous.kind)
            return None
        if not self.lex.adjectival_names and (kind := _INDEFINITE_BODY_FR.fullmatch(mention.text.strip())) is not None \
                and (kind.group("noun") == "ONG" or fold(kind.group("noun")) in self.lex.organisation_nouns) \
                and "\n" not in self.text[:position].strip() \
                and (body := introduced_by_noun(self.text, kind.group("noun"), len(self.text)) or (
                    introduced_by_noun(self.text, "organisation non gouvernementale", len(self.text)) if kind.group("noun") == "ONG"
                    else None)) is not None:
            return SpeakerRef(body, mention.text, kind.group("noun"), "organisation")  # headline "…, avertit une ONG"
        if not self.lex.adjectival_names and mention.name == "ONG" and _DEFINITE_ONG_FR.fullmatch(mention.text.strip()) \
                and (body := introduced_by_noun(self.text, "organisation non gouvernementale", position)) is not None:
            return SpeakerRef(body, mention.text, "ONG", "organisation")  # "l'organisation non gouvernementale X … a annoncé l'ONG"
        if mention.name:
            if (" " not in mention.name or mention.name.endswith(" ans")) and (person := self._person_of_demonym(mention, position)) is not None:
                return SpeakerRef(person, mention.text, mention.name, "person")  # "a déclaré le Norvégien"
            if " " not in mention.name and mention.name.lower().endswith(("ly", "ment")) \
                    and mention.name not in self.capitalised_inside:
                return None  # "Actually", "Finalement": a sentence adverb, not a name
            if mention.name in self.common_words and not mention.organisation:
                if self.lex.adjectival_names and " " not in mention.name and mention.name.lower() in BODY_KINDS:
                    # a standfirst's "Firm says": the kind, left to `kinds_to_bodies` and `headline_kinds_to_later_bodies`
                    return SpeakerRef(mention.name, mention.text, None, "organisation")
                return None
            if mention.organisation:
                person = self._surname_with_article(mention, position)
                if person is None:
                    name = mention.name
                    if " " not in name and fold(name) in self.lex.organisations:
                        name = self.named_organisation(fold(name), position) or name  # "the Court" → "Supreme Court of …"
                    elif " " not in name and self.lex.adjectival_names and name[:1].isupper():
                        name = self._company_named_with(name, mention) or name  # "Calder's management" → "Calder Motor Company"
                    if " " not in name and not self.lex.adjectival_names and name[:1].isupper():
                        name = self._fuller_from(name, position)  # "la Métropole" → "Métropole de Lyon"
                    if " " not in name and not self.lex.adjectival_names and previous is not None \
                            and previous.kind == "organisation" and previous.name.startswith(name + " "):
                        name = previous.name  # "La Confédération paysanne du Cantal juge … et estime": the body just named
                    elif " " not in name and not self.lex.adjectival_names and fold(name) in self.lex.organisations:
                        # "La Confédération a par ailleurs indiqué" after "Selon la Confédération générale de Roquefort"
                        name = next((n for n in reversed(earlier) if n.startswith(name + " ")), name)
                    return SpeakerRef(name, mention.text, mention.role, "organisation")
                return SpeakerRef(person, mention.text, mention.role or self._role_of(person), "person")
            if not self.lex.adjectival_names and mention.name.isupper() and " " not in mention.name \
                    and (fuller := next((n for n in reversed(earlier) if n.startswith(mention.name + " ")), None)) is not None:
                return SpeakerRef(fuller, mention.text, mention.role, "organisation")  # "Selon le CHU" after "… du CHU de Clermont-Ferrand"
            name = self.full_name(mention.name, position)
            if self.lex.adjectival_names and name == mention.name and " " not in name and name[:1].isupper() \
                    and (company := self._company_named_with(name, mention)) is not None:
                return SpeakerRef(company, mention.text, mention.role, "organisation")  # "Calder said" → "Calder Motor Company"
            if PERSONAL_TITLE_OPENING.match(mention.text):
                # "M. Hennequin" after "Tissages Hennequin … Son président, Olivier Hennequin": the man
                name = self.titled_person(mention.name, name, position)
            if name != mention.name and not self.lex.adjectival_names and self._audience_before(name, mention.name):
                name = mention.name  # "explique au Parisien Sophie Marcellin": the outlet is no first name
            if not self.lex.adjectival_names and mention.role and (person := self.without_party_label(name)) is not None \
                    and fold(mention.text.split()[0]).split("'")[-1] not in self.lex.organisation_nouns | _TEAM_NOUNS:
                name = person  # "le député Ecolo Samuel Roux" where "Ecolo" also speaks alone (not "L'équipe … X Cycling Team")
            role = mention.role or self._role_of(name)
            # ("The building's owner, Harrison Square Properties": a company, though its role is a person's)
            # ("Seohae said" for "Seohae Shipbuilding & Marine Engineering": a firm's name joined by "&")
            company = ends_with_legal_form(name) or (" " in name and name.rsplit(" ", 1)[1] in _COMPANY_HEADS) \
                or self.lex.adjectival_names and " & " in name and name != mention.name \
                or self.lex.adjectival_names and " " in name and self.written_as_company(name)  # ("X, a company based in …")
            return SpeakerRef(name, mention.text, role, "organisation" if company else "person")
        if mention.role and not self.lex.adjectival_names and ONE_OF_THEM.fullmatch(mention.text.strip()) \
                and (member := one_of_counted_group(self.text, position, self.lex)) is not None:
            return SpeakerRef(member, mention.text, member, "person")  # "17 rescapés … L'un d'eux témoigne"
        if not self.lex.adjectival_names and (share := SHARE_OF_THEM.fullmatch(mention.text.strip())) \
                and (part := share_of_group(self.text, position, share.group("share"))) is not None:
            return SpeakerRef(part, mention.text, part, "person")  # "Les riverains …, eux, … Une trentaine d'entre eux"
        if mention.role and not self.lex.adjectival_names and fold(mention.text).split()[:2] in (["ces", "derniers"], ["ces", "dernieres"]):
            group = _LAST_PLURAL_GROUP.findall(self.text, max(0, position - 200), position)
            if group:  # "Le ministre a reçu les syndicats. Ces derniers ont affirmé …": the group just named
                return SpeakerRef(group[-1], mention.text, group[-1], "person")
        if mention.role and not self.lex.adjectival_names and previous is not None and previous.kind == "organisation" \
                and fold(mention.text).split()[:1] in (["ce"], ["cette"]) and fold(previous.name).startswith(fold(mention.role) + " "):
            # "Selon ce service" after "a indiqué le service de prévision des crues Garonne-Tarn-Lot": that body
            return SpeakerRef(previous.name, mention.text, previous.role, previous.kind)
        if mention.role and not self.lex.adjectival_names and _describes_someone_just_named(mention, self.lex):
            person = self.person_in_narration(position)
            if person is not None:  # "Karim, 34 ans, attendait le bus. « … », raconte ce père de famille"
                return SpeakerRef(person, mention.text, mention.role, "person")
        if mention.role and self.lex.adjectival_names and mention.text.strip()[:1].isupper() and " " not in mention.text.strip() \
                and (person := self._surname_of_full_name(mention.text.strip(), position)) is not None:
            return SpeakerRef(person, mention.text, self._role_of(person), "person")  # "Sheikh said" after "Abdul Karim Sheikh"
        if mention.role and not mention.name and (founder := self._founder(mention, position)) is not None:
            return SpeakerRef(founder, mention.text, mention.role, "person")  # "sa fondatrice"
        if mention.role and not mention.name and (counterpart := self._counterpart_of(mention, previous)) is not None:
            return SpeakerRef(counterpart, mention.text, mention.role, "person")  # "son homologue ghanéen"
        if mention.role and (introduced := self._indefinite_introduction(mention, position, previous)) is not None:
            return SpeakerRef(introduced, mention.text, introduced, "person")  # "affirme cette source" after "Une source diplomatique …"
        if self.lex.adjectival_names and not mention.name and _THE_NEWSPAPER.fullmatch(mention.text.strip()) \
                and (paper := _last_paper_told(self.text, position)) is not None:
            return SpeakerRef(paper, mention.text, mention.role, "organisation")  # "told the Dales Herald … According to the newspaper"
        if mention.role and previous is not None and _refers_back(mention.text) \
                and not (previous.kind == "person" and _PRESS_NOUN.fullmatch(fold(mention.text).split()[-1])):
            # (not "Selon ce journal" after the man the newspaper quoted: the newspaper, below)
            # "However, this person also said", "a ajouté ce dernier": the speaker just quoted.
            return SpeakerRef(previous.name, mention.text, previous.role, previous.kind)
        if mention.role and fold(mention.role) in _ELLIPTIC_QUANTIFIERS:
            group = _elided_group(mention.role, earlier)
            if group is not None:  # "One interviewee said … and several said …"
                return SpeakerRef(group, mention.text, group, "person")
        if mention.role and (person := self.new_or_beaten_person(mention)) is not None:
            return SpeakerRef(person, mention.text, mention.role, "person")  # "a déclaré le nouveau député"
        epithet = fold(mention.role or "")
        if epithet and epithet not in self.lex.epithets:
            epithet = fold(without_place(mention.role))  # "l'élu de la Haute-Marne": the elected official
        if epithet not in self.lex.epithets and " " not in (noun := AGE_AFTER_NOUN_FR.sub("", epithet)):
            epithet = noun  # "l'athlète de 27 ans": the athlete
        if epithet.startswith(("ancien ", "ancienne ")) and epithet.split(" ", 1)[1] in self.lex.epithets:
            epithet = epithet.split(" ", 1)[1]  # "l'ancien édile": the mayor the article named, now out of office
        if epithet in self.lex.epithets:
            person = self._epithet_person(epithet, position)
            if person is not None:  # "a assuré le chef de l'État" after "le président Paul Roux"
                return SpeakerRef(person, mention.text, mention.role, "person")
        if mention.role:
            # "un député", "One MP": someone the article does not name, not the MP it named.
            indefinite = fold(mention.text.split()[0]) in _INDEFINITE if mention.text.strip() else False
            # ("le maire d'une commune rurale de l'agglomération": one of several, whom the article does not name)
            indefinite = indefinite or (not self.lex.adjectival_names and INDEFINITE_COMPLEMENT_FR.search(mention.role) is not None)
            # "le cabinet de la ministre": the group around her speaks, not she.
            collective = fold(mention.role.split()[0]) in self.lex.collective_heads \
                or (self.lex.adjectival_names and _PLURAL_ROLE.fullmatch(mention.role) is not None)  # "The authors wrote"
            if collective and not indefinite and not self.lex.adjectival_names \
                    and (around := _GROUP_AROUND_A_ROLE.fullmatch(mention.role)) is not None \
                    and (holder := self.by_role(around.group("role"), position)) is not None and " " in holder:
                # "l'entourage de la ministre" after "La ministre de l'Éducation, Claire Vasseur-Delmas": hers
                return SpeakerRef(f"{around.group('group')} de {holder}", mention.text, mention.role, "person")
            if indefinite and not self.lex.adjectival_names and "\n" not in self.text[:position].strip() \
                    and (person := self._one_tied_after(mention.role, position)) is not None:
                # headline "« … », alerte un éleveur de la Vienne": the one person the body ties to that role
                return SpeakerRef(person, mention.text, mention.role, "person")
            if self.lex.adjectival_names and not indefinite and not collective and not mention.organisation \
                    and mention.text.strip() == mention.role and mention.role.islower() and "\n" not in self.text[:position].strip() \
                    and (person := self._one_tied_after(mention.role, position)) is not None:
                # headline "…, mayor says homes will …": the one person the body names with that role
                return SpeakerRef(person, mention.text, mention.role, "person")
            if not mention.organisation and not indefinite and not collective and previous is not None and previous.kind == "person" \
                    and previous.role and previous.name == previous.role and fold(mention.text.split()[0]) in _DEFINITE \
                    and previous.mention and fold(previous.mention.split()[0]) in _INDEFINITE \
                    and previous.mention in self.text[self.text.rfind("\n", 0, position) + 1:position] \
                    and fold(previous.role).split()[-1] == self.role_head(mention.role):
                # "A Ministry of Health spokesperson said … Doctors would …, the spokesperson said": the one just described
                # in the paragraph, not whoever the article names next
                return SpeakerRef(previous.name, mention.text, mention.role, "person")
            name = None if mention.organisation or indefinite or collective else (
                self.role_refers_back(mention, position, previous) or self.by_role(mention.role, position))
            if not name and not self.lex.adjectival_names and not mention.organisation and not indefinite and not collective \
                    and (served := _ROLE_OF_A_GROUP_FR.fullmatch(mention.role)) is not None:
                name = self.by_role(served.group("role"), position)  # "L'avocat des rameurs" after "leur avocat, Me X"
            if not name and not mention.organisation and _ELIDED_ROLE.fullmatch(mention.text.strip()):
                name = self._person_for_elided_role(mention.role, position)
            if not name and not mention.organisation and not collective and not indefinite and not self.lex.adjectival_names:
                # "Paul Roux tient la boulangerie. « … », dit le commerçant"; "le prévenu" for "Jean-Claude H."
                name = self.untied_role_person(mention, position, previous) or self.anonymised_defendant(mention, position)
            if not name and not mention.organisation and not collective and not indefinite and previous is not None \
                    and previous.kind == "person" and previous.role and previous.name == previous.role \
                    and self.role_head(previous.role) != self.role_head(mention.role) \
                    and (fold(mention.text.split()[0]) in _DEFINITE or fold(mention.text)[:2] in ("l'", "l’")) \
                    and self.role_head(previous.role) in self.lex.role_families.get(self.role_head(mention.role), ()):
                # "le juge des référés a estimé … Le magistrat relève": the unnamed holder just quoted
                return SpeakerRef(previous.name, mention.text, previous.role, "person")
            if not name and self.lex.adjectival_names and not mention.organisation and not collective:
                name = self.described_person_just_quoted(mention, position, previous)  # '"…," said the retiree'
            if not name and self.lex.adjectival_names and mention.text[:4].lower() == "its ":
                name = holder_named_next(self.text, mention.text, position, self.known_people())  # "…, its chairman said. / X told …"
            if not name and not mention.organisation and not collective and fold(mention.text.split()[0]) in _DEFINITE \
                    and self.lex.role_pattern.match(fold(mention.role)) and not self.family_tied_before(mention.role, position) \
                    and _RELATIVE_OF_SOMEONE.match(fold(mention.role)) is None and _OFFICE_OF_A_ROLE.search(mention.role) is None \
                    and (fold(mention.text).replace("l'", "l' ").replace("l’", "l’ ").split()[1:2] == fold(mention.role).split()[:1]
                         # English "the clinic's head nurse said" … "Palesa Mokhothu, who has run …": the owner before the role
                         or self.lex.adjectival_names and _OWNER_THEN_ROLE_EN.fullmatch(mention.text.strip()) is not None
                         and fold(mention.text).split()[2:3] == fold(mention.role).split()[:1]):
                # (not "le rapport du médecin légiste": the document's author, whoever is named next; nor "« … », a
                # raconté Nicolas Berthoud. Le skipper de 34 ans a estimé": whom the paragraph named just before)
                paragraph = self.text.rfind("\n", 0, position) + 1
                if (holder := _unnamed_holder_before(self.text, mention.role.split()[0], position)) is not None:
                    # "Le juge des référés du tribunal administratif de Nîmes a suspendu … le juge estime": that holder,
                    # not whoever the article names next
                    return SpeakerRef(holder, mention.text, mention.role, "person")
                if (previous is None or previous.kind != "person" or " " not in previous.name
                        or not any(paragraph <= o < position and self.full_name(n, o) == previous.name for o, _, n in self.person_mentions)) \
                        and not introduced_unnamed(self.text, mention.role, paragraph, position):
                    # ("In one case, a landlord removed the doors … The landlord told …": no one named)
                    name = self._only_person_near(position, role=mention.role)
                if not name and self.lex.adjectival_names and fold(mention.role) in _SINGLE_OFFICES_EN:
                    name = self._only_untied_person_before(position)  # "Pavel Orlov arrived … the minister said"
            if name:
                return SpeakerRef(name, mention.text, mention.role, "person")
            if (lead := self.study_lead(mention)) is not None:
                return SpeakerRef(lead, mention.text, mention.role, "person")  # "selon une étude suisse" that X led
            organisation = self.sports_club_named(mention) or self.club_named(mention) \
                or self.release_of_clause_subject(mention, position) \
                or self.company_in_sentence(mention, position) or self.body_subject_of_own_sentence(mention, position) \
                or self.office_named_before(mention, position) or self.body_of_bosses(mention, position) \
                or self.body_just_quoted(mention, position, previous) \
                or self.company_speaking_in_paragraph(mention, position, previous) or self.body_by_its_trade(mention, position, previous) \
                or (not (indefinite and " " in mention.role) and self.by_organisation_noun(mention.role, position)) \
                or self._company_just_quoted(mention, earlier) \
                or self.company_with_short_form_before(mention, position) or self.speaker_headed_by(mention, earlier) \
                or self.body_named_by_noun(mention, position) or self.body_by_epithet(mention, position) \
                or self.body_introduced_by_noun(mention, position) \
                or self._company_named_alone(mention, position, earlier) or self.union_named_before(mention, position) \
                or self.newspaper_quoted_before(mention, position, earlier) \
                or (self.lex.adjectival_names and company_named_next(self.text, mention.text, position)) \
                or (not self.lex.adjectival_names and (company_opening_sentence(self.text, mention.text, position)
                                                       or body_opening_sentence(self.text, mention.text, position, self.lex)))
            key = fold(mention.role)
            if organisation:
                if " " not in key:
                    self._bare_role_uses.setdefault(key, []).append((position, organisation))
                return SpeakerRef(organisation, mention.text, mention.role, "organisation")
            if self.lex.adjectival_names and fold(mention.text).split()[0] == "the" and (key in COMPANY_NOUNS or (
                    # "the Somerset-based processor", "the Chennai-based specialty plastics maker"
                    2 <= len(key.split()) <= 4 and key.split()[0].endswith(("-based", "-headquartered")) and key.split()[-1] in COMPANY_NOUNS)) \
                    and (company := self._company_before(position) or self._legal_form_named_before(len(self.text))
                         # ("The company" of "Bayou Crest Chemicals", unless the sentence before opens on another body)
                         or (self._company_word_name_before(position) if self._organisation_subject_just_before(position) is None
                             else None)) is not None:
                return SpeakerRef(company, mention.text, mention.role, "organisation")  # "Andes Freight, a private company, … The company said"
            named = None
            if self.lex.adjectival_names and len(key.split()) == 2 and key.split()[0].endswith(("-based", "-headquartered")):
                named = self.named_organisation(key.split()[1], position)  # "the Barbados-based council": the council named before
            if self.lex.adjectival_names and (counted := _COUNTED_BODY_EN.fullmatch(key)) is not None:
                named = self.named_organisation(counted.group("noun"), position)  # "the three-member panel": the panel named
            named = named or self.named_organisation(key, position)
            if named is None and (named := self.fuller_in_text(mention.role, position)) is not None:
                # (a speaker named earlier may go on past what the phrase's search found: "ministère de l'Équipement et de l'Eau")
                named = next((n for n in reversed(earlier) if n.startswith(named + " ")), named)
            if named is not None:  # "the ministry" after "the transport ministry"; "le tribunal" after "le tribunal de Nancy"
                return SpeakerRef(named, mention.text, mention.role, "organisation")
            # ("the university" is no "University of Galway Students' Union": a union)
            fuller = [n for n in earlier if fold(n).startswith(key + " ")
                      and not ((mention.organisation or self.lex.adjectival_names and key not in self.lex.roles)
                               and (fold(n.split()[-1]) in self.lex.roles or fold(n.split()[-1])[:-1] in self.lex.roles))
                      # ("company official", "company officials"; "The city" is no "city auditors")
                      and not (key in self.lex.organisations and n.split()[-1][:1].isupper()
                               and fold(n.split()[-1]) in self.lex.organisations and fold(n.split()[-1]) != key)]
            if fuller and self.lex.adjectival_names and fold(mention.text.split()[0]) not in self.lex.determiners:
                fuller = []  # "scientists say": a bare plural speaks for the kind, not for the group named before
            if fuller and not self.lex.adjectival_names and fold(mention.text.split()[0]) in ("son", "sa", "ses", "leur", "leurs"):
                fuller = []  # "Son équipe" after "l'équipe de l'ancien Premier ministre": whose, the possessive says
            if fuller:  # "le documentaire" after "le documentaire d'Al Jazeera"
                kind = "organisation" if mention.organisation else "person"
                return SpeakerRef(fuller[-1], mention.text, mention.role, kind)
            if self.lex.adjectival_names and mention.organisation and (whole := owned_body_in_full(self.text, mention.role)):
                return SpeakerRef(whole, mention.text, mention.role, "organisation")  # "Iceland's central bank" → "Central Bank of Iceland"
            if self.lex.adjectival_names and mention.organisation and (whole := name_ending_with(self.text, mention.role, position)):
                return SpeakerRef(whole, mention.text, mention.role, "organisation")  # "the milling company" → "… Milling Company"
            if (body := self._body_named_with(mention, earlier)) is not None:
                return SpeakerRef(body, mention.text, mention.role, "organisation")  # "L'ordre" → "Conseil national de l'ordre …"
            if (issuer := self._issuer_of_statement(mention, position, previous)) is not None:
                return issuer  # "Orvalis a annoncé que … selon le communiqué"
            author = self._author_of_document_named_before(mention, position)
            if author is not None:  # "L'étude montre que …" after "selon une étude de l'Inserm"
                return SpeakerRef(author, mention.text, mention.role, "organisation")
            if (body := self.body_behind_document(mention, position)) is not None:
                return SpeakerRef(body, mention.text, mention.role, "organisation")  # "La Commission a infligé … Selon la décision"
            if self.lex.adjectival_names and (company := self.company_named_before(mention, position)) is not None:
                return SpeakerRef(company, mention.text, mention.role, "organisation")  # "Vantor cut … The company said"
            if self.lex.adjectival_names and (tied := self.body_of_its_kind(mention, position)) is not None:
                return SpeakerRef(tied, mention.text, mention.role, "organisation")  # "The exchange" of "exchange Coinara"
            if mention.organisation and (used := [n for at, n in self._bare_role_uses.get(key, ()) if at < position]):
                # "X, the state-controlled operator, said … the company said" … "The company denied": still X
                return SpeakerRef(used[-1], mention.text, mention.role, "organisation")
            kind = "organisation" if mention.organisation else "person"
            group = self.qualified_group(mention, position)
            if group is not None:  # "officials" in an article about what "German officials" said
                return SpeakerRef(group, mention.text, mention.role, kind)
            return SpeakerRef(mention.role, mention.text, mention.role, kind)
        return None

    def _one_tied_after(self, role: str, position: int) -> str | None:
        """The one person the article ties after POSITION to a role with ROLE's head word."""
        head = self.role_head(role)
        tied = {n for o, r, n in self.role_ties if o > position and r and head in fold(r).split()
                and (self.lex.adjectival_names or self.role_head(r) == head)  # (not "la porte-parole du collectif")
                and not tied_to_another_body(self.text, role, head, o, self.lex.organisations)}
        return tied.pop() if len(tied) == 1 else None

    def _surname_of_full_name(self, word: str, position: int) -> str | None:
        """English: the person named in full before POSITION whose surname is WORD, a role word too
        ("Abdul Karim Sheikh" … "Sheikh said")."""
        ending = " " + word
        return next((name for offset, name in reversed(self.full_names)
                     if offset < position and name.endswith(ending) and name in self.known_people()), None)

    def known_people(self) -> set[str]:
        """Names the article gave a role, a gender or a person mention."""
        return {n for _, _, n in self.role_ties} | set(self.genders) | {n for _, _, n in self.person_mentions}

    def _body_named_with(self, mention: Mention, earlier: Sequence[str]) -> str | None:
        """French: a definite bare noun that is a word of the name of a body quoted before ("L'ordre
        estime" after "le Conseil national de l'ordre des médecins a regretté"), that body."""
        words = fold(mention.text).split()
        key = fold(mention.role or "")
        if self.lex.adjectival_names or " " in key or not key or not (
            (len(words) == 2 and words[0] in ("le", "la")) or (len(words) == 1 and words[0] == "l'" + key)
        ):
            return None
        for name in reversed(earlier):
            folded = [w.split("'")[-1] for w in folded_words(name)]
            if len(folded) >= 3 and key in folded[1:] and name[:1].isupper() and folded[0] in self.lex.organisations:
                return name
        return None
