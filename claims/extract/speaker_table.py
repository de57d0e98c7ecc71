"""The speakers of one article: its names, the roles and organisation nouns tied to them, and
the resolution of a claim's `Mention` to a canonical speaker (coreference)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claims.extract.capitalised_tails_en import name_ending_with, owned_body_in_full
from claims.extract.document_authors import filer_of_document
from claims.extract.first_names import is_first_name
from claims.extract.lede_companies_en import company_named_next
from claims.extract.legal_forms import ends_with_legal_form
from claims.extract.one_of_them_fr import ONE_OF_THEM, SHARE_OF_THEM, one_of_counted_group, share_of_group
from claims.extract.organisations import COMPANY_NOUNS, ArticleOrganisations, stands_for
from claims.extract.speaker_mentions import OWNED_DOCUMENT_NOUNS, parse_mention
from claims.extract.speakers import COMPANY_DESIGNATORS, PLURAL_BODY_ENDINGS, Lexicon, Mention, fold, folded_words, names_in
from claims.extract.speaker_english import EnglishReferences
from claims.extract.speaker_lookups import PERSONAL_TITLE_OPENING, SOURCES_HEADING, NameLookups
from claims.extract.speaker_epithets import _ELIDED_ROLE, _ROLE_AFTER_ORDINAL, PressEpithets, _names_a_thing
from claims.extract.speaker_organisations import OrganisationLinks
from claims.extract.speaker_references_en import EnglishPhraseReferences
from claims.extract.speaker_relations import DEMONSTRATIVES, RelatedPeople
from claims.extract.speaker_french import FrenchReferences, without_place
from claims.extract.speaker_french_possessives import _FRENCH_POSSESSIVES, OPERATOR_NOUNS
from claims.extract.speaker_role_ties import tie_roles
from claims.extract.speech_recipients_fr import outside_bylines_and_recipients, without_outlet_first
from claims.extract.subject_companies_fr import company_opening_sentence
from claims.extract.speaker_scan import (
    _BIRTH_NAME_BEFORE, _CAPITALISED_INSIDE, _FIRST_OPENER, _PLACE_BEFORE, _SENTENCE_OPENER, _apposed_noun, _introducing_noun,
    _names_before_possessives, _spelling_variants, _without_sentence_openers, _written_in_lower_case,
)
from claims.extract.types import SpeakerRef

INDEFINITE_COMPLEMENT_FR = re.compile(r"^[a-zà-ÿ-]+\s+(?:d['’]une?|de\s+plusieurs)\s")
_TITLE_QUOTE_BEFORE = re.compile(r"\b(?:intitulée?s?|titled|entitled|baptisée?s?)[ \u00a0]*[«“\"‘][ \u00a0\u202f]*$")
_WORKS_NOUN = re.compile(r"(?<=[\s'’])[a-zà-ÿ]+(?=\s)")  # the noun after the article ("la conserverie ")
# A person's belongings before their name ("l'exploitation de Bertrand Leclercq", "the farm of Ann Lee"):
# the name is a person's (not a street's or a school's: "rue Jean Jaurès", "lycée Victor Hugo").
_POSSESSOR_BEFORE = re.compile(
    r"\b(?:l['’]\s*)?(?:exploitation|ferme|maison|entreprise|boutique|commerce|atelier|cabinet|famille|fils|fille|épouse|mari|femme"
    r"|avocat|avocate|domicile|voiture|œil|oeil|regard|côtés|entourage|société|farm|home|house|shop|family|wife|husband|son|daughter"
    r"|lawyer)\s+(?:de|d['’]|of)\s*$")

_ARTICLE_BEFORE_FIRST = re.compile(r"(?:\b(?:[Ll][ea]s?|du|des|au|aux|the)\s+|\b[Ll]['’])$")
_CAPITALISED_ARTICLE_INSIDE = re.compile(r"[\w,’'] (?:Le|La|Les|The) $")
_COMPANY_HEADS = frozenset(word for word in COMPANY_DESIGNATORS if len(word) > 4)  # ("Properties", "Holdings", not "Co")
_COMPANY_CLOSINGS = _COMPANY_HEADS | PLURAL_BODY_ENDINGS | {"Company", "Airlines", "Bank"}
# The opening mark of a title, maybe its article: '"', '“The ', '« Le '.
_OPENING_MARK_BEFORE = re.compile(r"[\"“«][ \u00a0]?(?:The |Le |La |Les |L['’])?$")
_PHOTO_CREDIT_BEFORE = re.compile(r"(?:©|\b[Pp]hoto\s*:|\b[Cc]rédit\s+photo\s*:)\s*$")
_THE_AND_MODIFIER_BEFORE = re.compile(r"\b[Tt]he [a-z]+ $")
_TOLD_BEFORE = re.compile(r"\b(?:told|telling|tells)\s+$")
# A relative of someone the role names ("la mère de la victime", "the mother of the child"): no one named near is them.
# English: the people around an office-holder ("the governor's office", "the mayor's staff"), no person.
_OFFICE_OF_A_ROLE = re.compile(r"['’]s\s+(?:office|staff|team|aides|campaign)$")
_RELATIVE_OF_SOMEONE = re.compile(r"(?:mere|pere|fils|fille|frere|soeur|sœur|epouse|mari|veuve|oncle|tante|mother|father|son|daughter"
                                  r"|brother|sister|wife|husband|widow)\s+(?:de|du|des|d'|of)\b")
# French: the lower-case links of a town's name ("L'Isle-sur-la-Sorgue", "Saint-Saturnin-lès-Apt").
_TOWN_LINKS_FR = re.compile(r"-(?:sur|sous|lès|lez|en|la|le|les|aux|du|des)-")
_SENTENCE_ARTICLE_BEFORE = re.compile(r"(?:^|[.!?»]\s|\n)(Le|La|Les) $|(?<![\w’'-])(le|la|les) $")
# French: a plural group named by a common noun ("les syndicats", "des manifestants").
_LAST_PLURAL_GROUP = re.compile(
    r"(?<![\w’'])(?:les|des|aux|ces)\s+([a-zà-ÿ-]+[sx](?:\s+(?:des|du|de\s+la|de\s+l['’]|de)\s*[\w’'-]+)?)(?![\w’'])")
_LATTER = frozenset(("latter", "dernier", "derniere"))
# A company's management before its name: "la direction de ", "la direction d'".
_MANAGEMENT_BEFORE = re.compile(r"(?<!sous )\b[Ll]a\s+(?P<noun>\w+)\s+(?:de\s+|d['’])$")
# French: a short form and the region it serves ("L'ARS Nouvelle-Aquitaine", "la CPAM Gironde").
# (not a company's branch named with its acronym: "SNCF Réseau", "SNCF Voyageurs")
_ACRONYM_AND_PLACE = re.compile(r"(?:[Ll]['’])?(?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6})"
                                # ("la CLI du Blayais": the place may come with its preposition)
                                r"(?P<place> (?:(?:du|de|des|de la) |d['’])?(?!(?:Réseau|Voyageurs|Mobilités|Fret|Connect|Immobilier|Gares)\b)"
                                r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)")
_APPOSITION_OPENER = re.compile(r"[ \u00a0]+(?:à|au|aux|de|du|des|d['’]|chez|en|dans)[ \u00a0][^,.;:!?«»\n]{1,50},[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_ADJECTIVE_OPENER = re.compile(r"[ \u00a0]+[a-zà-ÿ]{3,},[ \u00a0]")
_FRONTED_PARTICIPLE_PLACE = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+(?:é|ée|és|ées|ue|ues|ie|ies)|Originaires?|Native|Natif|Natifs)[ \u00a0]+(?:du|de|des|d['’])[ \u00a0]*\S.*")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?»]\s|\n)$")
# French nouns of a sports team, which a team's name follows ("L'équipe cycliste belge X Cycling Team").
_TEAM_NOUNS = frozenset(("equipe", "formation", "ecurie"))
# Bodies listed by their short forms, then the last one named in words: "l'UTG, la CFDT et Sud Santé".
_ACRONYMS_LISTED_BEFORE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6},[ \u00a0]+(?:(?:la|le|les)[ \u00a0]+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6}[ \u00a0]+(?:et|ou|and|or)[ \u00a0]+$")
# ", 72 ans,", ", 34,": an age in apposition makes the one word before it a person's first name.
_AGE_APPOSITION = re.compile(r",[ \u00a0]*\d{1,3}(?:[ \u00a0]+ans)?[ \u00a0]*,")


_SAME_DOCUMENTS = frozenset(("source", "sources", "communique", "document", "texte", "rapport", "message", "bilan",
                             "statement", "report", "release"))


# A company's filings to its stock exchange, which speak for it ("…, according to the filing").
_COMPANY_FILINGS = frozenset(("the filing", "the disclosure", "the exchange filing", "the regulatory filing", "company filings",
                              "the company filings", "its filings", "company records", "company figures", "the company's filings",
                              # (a planning application's: "Marston Gate Developments wants outline permission …")
                              "the application", "the planning application"))
# English: a document the article gives its owner by a possessive ("the authority's latest annual report",
# "the match commissioner's report").
_OWNED_DOCUMENT = re.compile(
    r"(?P<owner>(?:[Tt]he\s+)?(?:[a-z-]+(?:['’]s)?\s+)?[\w-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+){0,4})['’]s\s+(?:[a-z0-9-]+\s+){0,5}"
    + OWNED_DOCUMENT_NOUNS)  # ("the ministry's 2025 school census", "the sheriff's office's daily population report")


# "county property records", "council figures", "the county budget document": a public body's noun, then its document.
_BODY_NOUN_DOCUMENT = re.compile(r"(?:[Tt]he\s+)?(?P<body>county|council|city|port|district)\s+(?:[a-z-]+\s+){0,2}" + OWNED_DOCUMENT_NOUNS)


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
    r"(?:(?!(?:of|for|at|in|with|from|near)\s)[a-z-]+\s+){0,2}[a-z-]*[a-hj-rtv-z]s(?:\s+(?:of|for|at|in|with|from|near)\s.+)?")  # (not "-us", "-is", "-ss")


def _describes_someone_just_named(mention: Mention, lex: Lexicon) -> bool:
    """French: a demonstrative and a description of a person ("ce père de famille", "cette
    habitante du quartier"), not "ce dernier", "cette source" or a document or a body."""
    words = mention.text.split()
    if len(words) < 2 or fold(words[0]) not in ("ce", "cet", "cette") or not words[1].islower():
        return False
    head = fold(words[1])
    return head not in _DOCUMENTS_AND_SOURCES and head not in lex.organisations and head not in lex.organisation_nouns \
        and lex.document_pattern is not None and lex.document_pattern.match(f"une {words[1]} de la Cour") is None


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


_POSSESSIVES = frozenset(("his", "her", "their", "its"))


def _possessive_role(phrase: str, role: str) -> str | None:
    """"his publicist", "her memoirs": a role the article gives only through its owner keeps the
    possessive (English), as the article words it."""
    words = phrase.split()
    if len(words) >= 2 and words[0].lower() in _POSSESSIVES and " ".join(words[1:]) == role:
        return f"{words[0].lower()} {role}"
    return None


# English: the bodies a person may head, named by "his party", "her union".
_BODIES_A_PERSON_HEADS = frozenset(("party", "union", "club", "movement"))
_HEAD_OF_NAMED_BODY_EN = re.compile(
    r"\b(?:chairman|chairwoman|chair|leader|head|president|founder|secretary[- ]general)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:[a-z]+[ \u00a0]+){0,2}(?P<body>[A-Z][\w'’-]*(?:[ \u00a0]+(?:(?:of|for|and|&|the)[ \u00a0]+)*[A-Z][\w'’-]*)*)")


def _one_body_headed_before(text: str, position: int) -> str | None:
    """The one body whose head the article names before POSITION ("the chairman of the opposition Alliance for
    Democracy and Development"), else None."""
    bodies = {m.group("body") for m in _HEAD_OF_NAMED_BODY_EN.finditer(text, 0, position)}
    return bodies.pop() if len(bodies) == 1 else None


_OWNER_BEFORE = re.compile(r"(?:^|\s)(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){0,2})['’]s\s+$")


def _named_owner(text: str, role: str) -> str | None:
    """The one possessor the article names for ROLE ("Avenatti's legal team"), as "Owner's role"."""
    owners = set()
    at = text.find(" " + role)
    while at != -1 and len(owners) <= 1:
        owner = _OWNER_BEFORE.search(text, max(0, at - 40), at + 1)
        if owner is not None and not text[at + 1 + len(role):at + 2 + len(role)].isalnum():
            owners.add(owner.group("owner"))
        at = text.find(" " + role, at + 1)
    return f"{owners.pop()}'s {role}" if len(owners) == 1 else None


# French: an unnamed person's role and the short form of their body ("responsable d'EDL", "cadre de l'ARS").
_ROLE_OF_SHORT_FORM = re.compile(r"(?P<role>[a-zà-ÿ][\w'’ -]*?[ \u00a0](?:de|du|des)[ \u00a0]+(?:l['’])?|[a-zà-ÿ][\w'’ -]*?[ \u00a0]d['’])"
                                 r"(?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z]{1,6})")
_SHARED_SURNAME_LINK = re.compile(r"[ \u00a0]+(?:et|and|&)[ \u00a0]+")


# French: the group around one office holder ("entourage de la ministre", "cabinet du maire").
_GROUP_AROUND_A_ROLE = re.compile(r"(?P<group>cabinet|entourage|bureau|proches|équipe)[ \u00a0]+(?:de[ \u00a0]+la|du|de[ \u00a0]+l['’])[ \u00a0]*"
                                  r"(?P<role>[a-zà-ÿ-]+)")
# A channel's name and number, before the rest of its name: "à France 3 Grand Est", "BBC Radio 4 Today".
_NUMBERED_CHANNEL_BEFORE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*[ \u00a0]\d{1,2}[ \u00a0]$")


# A role's short form in capitals ("the DC", "the SP", "the MD").
_ROLE_ACRONYM = re.compile(r"[A-Z]{2,4}")


# A bracketed upper-case short form after a name ("Voies navigables de France (VNF)"), and closing a phrase.
_SHORT_FORM = r" \(([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6})\)"
_SHORT_FORM_AFTER = re.compile(_SHORT_FORM)
_SHORT_FORM_CLOSING = re.compile(_SHORT_FORM + "$")
# French: one lower-case word closing a body's name before its verb or a comma ("l'association Rhin vivant a …").
_LOWER_WORD_CLOSING_NAME_FR = re.compile(r"[ \u00a0]([a-zà-ÿ]{3,})(?=[ \u00a0]+(?:a|ont|est|sont|avait|avaient|va|vont|n['’]|ne|se|s['’])\b|\s*[,.;:])")


@dataclass(slots=True)
class ArticleSpeakers(NameLookups, PressEpithets, OrganisationLinks, FrenchReferences, EnglishReferences,
                      EnglishPhraseReferences, RelatedPeople):
    """Names and role ties of one article, used to resolve mentions to canonical names."""

    lex: Lexicon
    full_names: list[tuple[int, str]] = field(default_factory=list)  # multi-word person names with offsets
    role_ties: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, folded role, name)
    # Organisations introduced by a common noun: "le quotidien français Le Figaro" → (offset, "quotidien", "Le Figaro").
    organisation_ties: list[tuple[int, str, str]] = field(default_factory=list)
    # Spellings of one name that differ by a letter ("Miguel Nerva" / "Miguel Neiva") → the most frequent.
    variants: dict[str, str] = field(default_factory=dict)
    person_mentions: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, name) as written
    # Capitalised words seen inside sentences: a word capitalised only at sentence starts
    # ("Actually", "Neighbors") is not a name.
    capitalised_inside: frozenset[str] = frozenset()
    # Words capitalised only where a sentence opens and written in lower case elsewhere, or
    # participles ("Former prime minister …", "Faced with …"): common words, not names.
    common_words: frozenset[str] = frozenset()
    # full_names by each of their folded words, built on first use (keeps `_fullest` linear).
    _by_word: dict[str, list[tuple[list[int], str, tuple[str, ...]]]] | None = None
    _groups: dict[str, list] = field(default_factory=dict)  # bare plural group → (offset, qualifier) of its qualified forms
    # A bare role resolved to the one person holding it ("le porte-parole"), a bare body noun to its
    # body ("the company"): (position, name) per role or noun.
    _bare_role_uses: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    text: str = ""
    _main: str | None = None  # the article's main person ("" when none), built on first use
    # English: "World Health Organization (WHO)" short forms and where companies were named.
    organisations: ArticleOrganisations = field(default_factory=ArticleOrganisations)
    # French: "f" / "m" as the article's determiners, role forms and titles give it ("" when they disagree).
    genders: dict[str, str] = field(default_factory=dict)
    # English references ("the company", "the front"), worked out once per article on first use.
    english_cache: dict = field(default_factory=dict)

    @classmethod
    def build(cls, text: str, lex: Lexicon) -> ArticleSpeakers:
        speakers = cls(lex)
        speakers.text = text
        speakers.capitalised_inside = frozenset(_CAPITALISED_INSIDE.findall(text))
        if lex.adjectival_names:
            speakers.organisations = ArticleOrganisations.build(text)
        openers = set(_SENTENCE_OPENER.findall(text))
        first = _FIRST_OPENER.match(text)
        if first:
            openers.add(first.group())
        openers -= speakers.capitalised_inside
        if openers:
            speakers.common_words = frozenset(
                # (English plurals stay: "Officials said"; French ones go: "Banques belges piratées : « … »")
                w for w in openers if (not w.endswith("s") or not lex.adjectival_names)
                # ("Mohamed", "Ahmed": a first name, no English participle)
                and (w.endswith(("ed", "ing")) and lex.adjectival_names and not is_first_name(w) or _written_in_lower_case(w, text))
            )
        organisations = lex.organisations
        people: set[str] = set()
        surnames_before_comma: list[tuple[int, int, str]] = []  # "Menendez, 52, who …" opening a sentence
        # French: the titles listed under a closing "Sources" heading name no one the article quotes
        # ("(nl) « Chocolatier Verhaegen sluit … »" would make "Verhaegen" a person's surname).
        body_end = sources_heading.start() if not lex.adjectival_names and (
            sources_heading := SOURCES_HEADING.search(text)) is not None else len(text)
        for offset, name in names_in(text[:body_end] if body_end < len(text) else text, lex):
            offset, name = without_outlet_first(text, offset, name) if not lex.adjectival_names else (offset, name)
            tokens = name.split()
            folded = [fold(w) for w in tokens]
            if folded[0][1:2] in ("'", "’") and folded[0][:1] in ("l", "d"):
                folded[0] = folded[0][2:]  # "L'Agence régionale …": the article's elision is no part of the noun
            organisation = not organisations.isdisjoint(folded) or folded[0] in lex.named_works  # ("Forges Mosanes")
            if len(tokens) >= 3 and not organisations.isdisjoint(folded[:-2]) and all(
                t[:1].isupper() and f not in organisations and f not in lex.roles for t, f in zip(tokens[-2:], folded[-2:])
            ):
                # "House Intelligence Committee Representative Adam Schiff": the person closes the run.
                tail = " ".join(tokens[-2:])
                speakers.full_names.append((offset + name.rfind(tail), tail))
            end = offset + len(name)
            sentence_adverb = " " not in name and text[end:end + 1] == "," and (
                offset == 0 or text[max(0, offset - 2):offset].strip() in ("", ".", "!", "?", "-")
            ) and not _AGE_APPOSITION.match(text, end)  # "Néanmoins, …", "However, …"; not "Marie, 72 ans,"
            after_preposition = _PLACE_BEFORE.search(text, max(0, offset - 12), offset) is not None
            noun = _introducing_noun(text, offset, lex) or _apposed_noun(text, offset, end, lex)  # "du groupe Les Républicains"
            if not (
                organisation or noun is not None or name.isupper() or sentence_adverb or name in speakers.common_words
                or name.lower() in lex.pronouns  # "Celle-ci a estimé"
                or (after_preposition and not (" " in name and (name in people or len(tokens) == 2 and is_first_name(tokens[0])
                                                                and _POSSESSOR_BEFORE.search(text, max(0, offset - 30), offset))))
                or _names_a_thing(text, offset, name, lex)
                or _ROLE_AFTER_ORDINAL.match(text, end) and " " not in name  # "la Première ministre"
                or _NUMBERED_CHANNEL_BEFORE.search(text, max(0, offset - 16), offset) is not None  # "France 3 Grand Est"
                or _TITLE_QUOTE_BEFORE.search(text, max(0, offset - 24), offset) is not None  # "un communiqué intitulé « Ligne des Cévennes : … »"
                or _ACRONYMS_LISTED_BEFORE.search(text, max(0, offset - 40), offset) is not None  # "l'UTG, la CFDT et Sud Santé"
                or text[offset - 1:offset] in ("–", "—") and text[offset - 2:offset - 1].isalpha()  # "the Dibrugarh–Tinsukia road"
                or text[offset - 1:offset] == "(" and text[end:end + 1] == ")" and (" " not in name or not is_first_name(tokens[0]))
                # (a body's short form "(Synepp)", a list's name "(Étampes Citoyenne)")
            ):
                # "l'équipe d'Hélène Vasseur-Daumas" after "Hélène Vasseur-Daumas publie …": still her
                speakers.person_mentions.append((offset, end, name))
                people.add(name)
            elif sentence_adverb and lex.adjectival_names and not (
                organisation or noun is not None or name.isupper() or name in speakers.common_words
            ):
                surnames_before_comma.append((offset, end, name))
            # ("Jean-Yves" is a name written in full, "Low-cost" opening a sentence is not)
            if (len(tokens) >= 2 or "-" in name and name[name.rfind("-") + 1:][:1].isupper()) \
                    and not organisation and not _BIRTH_NAME_BEFORE.search(
                text, max(0, offset - 6), offset
            ):  # "Ginger Baker was born Peter Edward Baker": not the name the article calls him
                speakers.full_names.append((offset, name))
                first = speakers.person_mentions[-2] if len(speakers.person_mentions) >= 2 \
                    and speakers.person_mentions[-1][0] == offset else None
                if len(tokens) == 2 and first is not None and " " not in first[2] and first[2] in people and not tokens[0].isupper() \
                        and is_first_name(tokens[0]) \
                        and _SHARED_SURNAME_LINK.fullmatch(text, first[1], offset) \
                        and not _ARTICLE_BEFORE_FIRST.search(text, max(0, first[0] - 5), first[0]):  # (not "le Ghana et Akouvi X")
                    # "Sandrine et Olivier Mercadier", "Tom and Ann Reyes": the first one's surname too (not "Unite and DP
                    # World": an acronym opens no first name; nor "Russia and South Africa": no first name after "and")
                    speakers.full_names.append((first[0], f"{first[2]} {tokens[1]}"))
            if noun is not None:
                tied = noun[2] + name
                if noun[0] in lex.named_works and (written := _WORKS_NOUN.search(text, offset - noun[1], offset)) is not None:
                    tied = f"{written.group()} {name}"  # "la conserverie Kerlaouen": the works' noun is part of the name
                elif not lex.adjectival_names and (closing := _LOWER_WORD_CLOSING_NAME_FR.match(text, end)) is not None \
                        and fold(closing.group(1)) not in lex.stops and fold(closing.group(1)) not in lex.roles:
                    tied += closing.group()  # "L'association Rhin vivant a annoncé …": an adjective closes the name
                speakers.organisation_ties.append((offset - noun[1], noun[0], tied))
            elif not lex.adjectival_names and (" " not in name or organisation) \
                    and (managed := _MANAGEMENT_BEFORE.search(text, max(0, offset - 20), offset)) \
                    and fold(managed.group("noun")) in lex.management:
                # "la direction de Logivia" (not "sous la direction de X"): Logivia is the company
                speakers.organisation_ties.append((offset, "entreprise", name))
        if lex.adjectival_names:
            speakers.full_names.extend(_names_before_possessives(text, lex))
            if surnames_before_comma:
                # "Menendez, 52, who took over in January, …": a surname the article wrote in full
                # elsewhere, not a sentence adverb ("However, …")
                surnames = {full.split()[-1] for _, full in speakers.full_names if " " in full}
                speakers.person_mentions = sorted(
                    speakers.person_mentions + [m for m in surnames_before_comma if m[2] in surnames])
        speakers.person_mentions = [
            # "Interrogée par Le Parisien": a capitalised article inside a sentence opens a title or an
            # organisation's name, unless the words are a person's surname ("Marine Le Pen" … "Le Pen").
            m for m in _without_sentence_openers(speakers, text)
            if not _CAPITALISED_ARTICLE_INSIDE.search(text, max(0, m[0] - 6), m[0]) or " " in speakers.full_name(m[2], m[0])
        ]
        # "… sur le parking de l'école. © Canal Zoom", "(Photo: Sam Lee)": a photo's credit names no one in the story;
        # nor does a title in quotation marks ("on Prairie Public's "Main Street" program")
        speakers.person_mentions = [m for m in speakers.person_mentions
                                    if _PHOTO_CREDIT_BEFORE.search(text, max(0, m[0] - 16), m[0]) is None
                                    and not (_OPENING_MARK_BEFORE.search(text, max(0, m[0] - 6), m[0])
                                             and text[m[1]:m[1] + 1] in ('"', "”", "»"))]
        # (nor does it write anyone's name in full: "© Belga Image" is no fuller "Belga")
        speakers.full_names = [(o, n) for o, n in speakers.full_names if _PHOTO_CREDIT_BEFORE.search(text, max(0, o - 16), o) is None]
        if lex.adjectival_names:
            # "She told Wikinews that …", "telling Yle": a one-word audience after "told" is an outlet, never who speaks next
            # (nor is one word after "the" and a lower-case modifier: "orchards in the western Bay")
            speakers.person_mentions = [m for m in speakers.person_mentions if " " in m[2] or " " in speakers.full_name(m[2], m[0])
                                        or _TOLD_BEFORE.search(text, max(0, m[0] - 9), m[0]) is None
                                        and _THE_AND_MODIFIER_BEFORE.search(text, max(0, m[0] - 24), m[0]) is None]
        if not lex.adjectival_names:
            # French "Le Zalgiris Kaunas n'a pas …", "la LDLC Arena": a name right after a definite article
            # is a team's, a place's or a body's, unless the article belongs to a surname ("Le Drian").
            speakers.person_mentions = [
                m for m in speakers.person_mentions
                if not (opening := _SENTENCE_ARTICLE_BEFORE.search(text, max(0, m[0] - 6), m[0]))
                or f"{opening.group(1) or opening.group(2)} {m[2]}" in speakers.full_name(m[2], m[0])
            ]
            # "L'Isle-sur-la-Sorgue", "Saint-Saturnin-lès-Apt": a town's name, its links in lower case, is nobody's
            speakers.person_mentions = [m for m in speakers.person_mentions if _TOWN_LINKS_FR.search(m[2]) is None
                                        and not m[2].startswith(("Pays ", "Val ", "Côte "))]  # ("IGP Pays d'Oc": a region)
            speakers.person_mentions = [
                # "Pharmacienne à Rodez, Anne Vidal …": a capitalised noun opening the sentence, then its
                # complement and the person in apposition: no name ("Arrivée du Sénégal en 2024, Aminata
                # Diallo …": nor a participle and its place)
                m for m in outside_bylines_and_recipients(text, speakers.person_mentions)
                if not (_FRONTED_PARTICIPLE_PLACE.fullmatch(m[2]) and not is_first_name(m[2].split()[0])
                        and _OPENS_SENTENCE.search(text, max(0, m[0] - 3), m[0]))
                and (" " in m[2]
                     or not (_APPOSITION_OPENER.match(text, m[1])
                             or _ADJECTIVE_OPENER.match(text, m[1]) and not is_first_name(m[2]))  # ("Costume sombre, …")
                     or not _OPENS_SENTENCE.search(text, max(0, m[0] - 3), m[0]))
            ]
        if lex.metonyms:  # "le Quai d'Orsay", "Bercy": a ministry by its seat, no person a pronoun or a role stands for
            speakers.person_mentions = [m for m in speakers.person_mentions if m[2] not in lex.metonyms]
        speakers.variants = _spelling_variants([name for _, name in speakers.full_names])
        tie_roles(speakers, text, lex)
        if lex.adjectival_names:
            speakers.note_titled_surnames()
        return speakers

    def _company_named_with(self, word: str) -> str | None:
        """English: the one company the article names with WORD and a company's closing noun ("Calder Motor
        Company", "Ardent Fire Products"), which WORD alone stands for."""
        found = {m.group().removesuffix("'s").removesuffix("’s")
                 for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?:\s+[A-Z][\w&'’-]*){{1,3}}", self.text)}
        companies = {name for name in found if name.split()[-1] in _COMPANY_CLOSINGS}
        return companies.pop() if len(companies) == 1 else None

    def resolve(self, mention: Mention, position: int, previous: SpeakerRef | None, earlier: Sequence[str] = ()) -> SpeakerRef | None:
        """The canonical speaker of MENTION; an organisation's short form ("WHO") or "the company"
        becomes the full name the article gave it."""
        if self.lex.adjectival_names and mention.role and not mention.name and not mention.pronoun \
                and mention.text[:8].lower() == "another ":
            return SpeakerRef(mention.text, mention.text, mention.role, "person")  # "Another commuter": not the one named before
        if not self.lex.adjectival_names and mention.role and fold(mention.role).startswith("societe civile"):
            return SpeakerRef(mention.role, mention.text, mention.role, "organisation")  # civil society, no company
        speaker = self._resolve_mention(mention, position, previous, earlier)
        if speaker is None:
            return None
        if self.lex.adjectival_names and speaker.name == speaker.role \
                and (body := self.spokesperson_body(mention, position, previous)) is not None:
            return SpeakerRef(body, speaker.mention, speaker.role, speaker.kind)  # "A spokesman said" after the DHSC's statement
        if self.lex.adjectival_names and not mention.pronoun and (author := self.study_author(speaker.name)) is not None:
            return SpeakerRef(author, speaker.mention, speaker.role, "person")  # "the study, conducted by Dr Ann Lee"
        if speaker.name == mention.role and self.lex.adjectival_names:
            linked = self._linked_organisation(mention, speaker, position)
            if linked is speaker and (named := self.english_reference(mention, position, previous, earlier)) is not None:
                return named  # "the company", "the front", "the 47-year-old", "one of them"
            if linked is speaker and (fuller := self.fuller_body_name(speaker.name)) is not None:
                return SpeakerRef(fuller, speaker.mention, speaker.role, "organisation")  # "Town council says" in a headline
            if linked is speaker and (owned := _possessive_role(mention.text, speaker.name)) is not None:
                if speaker.name in _BODIES_A_PERSON_HEADS and (headed := _one_body_headed_before(self.text, position)) is not None:
                    # "X, the chairman of the opposition Alliance for Democracy and Development, … his party said": that body
                    return SpeakerRef(headed, speaker.mention, speaker.role, "organisation")
                # "his publicist"; "His legal team" where the article also writes "Avenatti's legal team"
                owned = _named_owner(self.text, speaker.name) or owned
                return SpeakerRef(owned, speaker.mention, speaker.role, speaker.kind)
            return linked
        if speaker.name in self.lex.metonyms and (named := self._named_for_metonym(speaker.name)) is not None:
            return SpeakerRef(named, speaker.mention, speaker.role, "organisation")  # "fait valoir Bercy"
        if not self.lex.adjectival_names and " " not in speaker.name and (long := self.long_form(speaker.name)):
            return SpeakerRef(long, speaker.mention, speaker.role, "organisation")  # "l'Inserm"
        if not self.lex.adjectival_names and (acronym := _ACRONYM_AND_PLACE.fullmatch(speaker.name)) \
                and (long := self.long_form(acronym.group("short"))):
            # "L'ARS Occitanie" (the long form may hold the place already: "le PGHM de Chamonix")
            place = acronym.group("place")
            return SpeakerRef(long if place.split()[-1].removeprefix("d'").removeprefix("d’") in long else long + place,
                              speaker.mention, speaker.role, "organisation")
        if not self.lex.adjectival_names and speaker.name == mention.role and mention.text[:4].lower().startswith(_FRENCH_POSSESSIVES):
            return self._possessed(mention, speaker, position, previous)
        if not self.lex.adjectival_names and mention.role and fold(mention.role) in OPERATOR_NOUNS \
                and mention.text[:4].lower().startswith(_FRENCH_POSSESSIVES):
            # "a annoncé sa régie": the régie of the place the sentence opens on, not a company named elsewhere
            owned = self._possessed(mention, SpeakerRef(mention.role, mention.text, mention.role, "organisation"), position, previous)
            return owned if " " in owned.name and not fold(owned.name).startswith(("sa ", "son ")) else speaker
        if not self.lex.adjectival_names and speaker.name == mention.role and speaker.kind == "person" \
                and (staff := _ROLE_OF_SHORT_FORM.fullmatch(speaker.name)) and fold(speaker.name.split()[0]) in self.lex.roles \
                and (long := self.long_form(staff.group("short"))):
            return SpeakerRef(staff.group("role") + long, speaker.mention, speaker.role, "person")  # "un responsable d'EDL"
        if self.lex.adjectival_names and speaker.kind == "organisation" and (fuller := self.fuller_body_name(speaker.name)):
            return SpeakerRef(fuller, speaker.mention, speaker.role, "organisation")  # "Energy Ministry says" in a standfirst
        if self.lex.adjectival_names and speaker.kind == "person" and (body := self.body_with_head_word(speaker.name)):
            return SpeakerRef(body, speaker.mention, speaker.role, "organisation")  # "Civil Protection says" in a headline
        if self.lex.adjectival_names and speaker.name == mention.name and _ROLE_ACRONYM.fullmatch(speaker.name) \
                and mention.text[:4].lower() == "the " and (holder := self.role_acronym_holder(speaker.name, position)):
            return SpeakerRef(holder, speaker.mention, self._role_of(holder), "person")  # "the DC said": the deputy commissioner
        return self._linked_organisation(mention, speaker, position)


    def _name_its_short_form_spells(self, mention: Mention) -> str | None:
        """French: the phrase MENTION opens with its one-word name, when the article follows it with a short
        form it spells ("Voies navigables de France (VNF)", not read as "Voies"), else None."""
        phrase = _SHORT_FORM_CLOSING.sub("", mention.text.strip())
        if not phrase.startswith(mention.name + " ") or (at := self.text.find(phrase + " (")) == -1:
            return None
        short = _SHORT_FORM_AFTER.match(self.text, at + len(phrase))
        return phrase if short is not None and stands_for(short.group(1), phrase) else None

    def _resolve_mention(self, mention: Mention, position: int, previous: SpeakerRef | None, earlier: Sequence[str] = ()) -> SpeakerRef | None:
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
        if self.lex.adjectival_names and (issuer := self.statement_issuer(mention, position)) is not None \
                and (issued := self._resolve_mention(issuer[0], issuer[1], None)) is not None:
            return SpeakerRef(issued.name, mention.text, issued.role, issued.kind)  # "… issued a statement. The statement said"
        if self.lex.adjectival_names and mention.role and fold(mention.text) == f"the {mention.role}" \
                and (filer := filer_of_document(self.text, mention.role, position)) is not None:
            return SpeakerRef(filer, mention.text, mention.role, "organisation")  # "X filed the suit … According to the suit"
        if self.lex.adjectival_names and fold(mention.text) in _COMPANY_FILINGS \
                and (company := self._legal_form_named_before(position) or self._company_before(position)) is not None:
            return SpeakerRef(company, mention.text, mention.role, "organisation")  # "…, according to the filing": the company's
        if not self.lex.adjectival_names and (person := self._demonstrative_person(mention, position)) is not None:
            return SpeakerRef(person, mention.text, mention.role, "person")  # "ce dernier", "cette spécialiste"
        if mention.pronoun:
            if previous is not None:
                return SpeakerRef(previous.name, mention.text, previous.role, previous.kind)
            return None
        if mention.name:
            if (" " not in mention.name or mention.name.endswith(" ans")) and (person := self._person_of_demonym(mention, position)) is not None:
                return SpeakerRef(person, mention.text, mention.name, "person")  # "a déclaré le Norvégien"
            if " " not in mention.name and mention.name.lower().endswith(("ly", "ment")) \
                    and mention.name not in self.capitalised_inside:
                return None  # "Actually", "Finalement": a sentence adverb, not a name
            if mention.name in self.common_words and not mention.organisation:
                return None
            if mention.organisation:
                person = self._surname_with_article(mention, position)
                if person is None:
                    name = mention.name
                    if " " not in name and fold(name) in self.lex.organisations:
                        name = self.named_organisation(fold(name), position) or name  # "the Court" → "Supreme Court of …"
                    elif " " not in name and self.lex.adjectival_names and name[:1].isupper():
                        name = self._company_named_with(name) or name  # "Calder's management" → "Calder Motor Company"
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
                    and (company := self._company_named_with(name)) is not None:
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
            company = ends_with_legal_form(name) or (" " in name and name.rsplit(" ", 1)[1] in _COMPANY_HEADS)
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
        if mention.role and previous is not None and _refers_back(mention.text):
            # "However, this person also said", "a ajouté ce dernier": the speaker just quoted.
            return SpeakerRef(previous.name, mention.text, previous.role, previous.kind)
        if mention.role and fold(mention.role) in _ELLIPTIC_QUANTIFIERS:
            group = _elided_group(mention.role, earlier)
            if group is not None:  # "One interviewee said … and several said …"
                return SpeakerRef(group, mention.text, group, "person")
        epithet = fold(mention.role or "")
        if epithet and epithet not in self.lex.epithets:
            epithet = fold(without_place(mention.role))  # "l'élu de la Haute-Marne": the elected official
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
            name = None if mention.organisation or indefinite or collective else (
                self.role_refers_back(mention, position, previous) or self.by_role(mention.role, position))
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
            if not name and not mention.organisation and not collective and fold(mention.text.split()[0]) in _DEFINITE \
                    and self.lex.role_pattern.match(fold(mention.role)) and not self.family_tied_before(mention.role, position) \
                    and _RELATIVE_OF_SOMEONE.match(fold(mention.role)) is None and _OFFICE_OF_A_ROLE.search(mention.role) is None \
                    and fold(mention.text).replace("l'", "l' ").replace("l’", "l’ ").split()[1:2] == fold(mention.role).split()[:1]:
                # (not "le rapport du médecin légiste": the document's author, whoever is named next)
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
                or (not self.lex.adjectival_names and company_opening_sentence(self.text, mention.text, position))
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
            named = self.named_organisation(key, position)
            if named is None and (named := self.fuller_in_text(mention.role, position)) is not None:
                # (a speaker named earlier may go on past what the phrase's search found: "ministère de l'Équipement et de l'Eau")
                named = next((n for n in reversed(earlier) if n.startswith(named + " ")), named)
            if named is not None:  # "the ministry" after "the transport ministry"; "le tribunal" after "le tribunal de Nancy"
                return SpeakerRef(named, mention.text, mention.role, "organisation")
            # ("the university" is no "University of Galway Students' Union": a union)
            fuller = [n for n in earlier if fold(n).startswith(key + " ")
                      and not (mention.organisation and (fold(n.split()[-1]) in self.lex.roles or fold(n.split()[-1])[:-1] in self.lex.roles))
                      # ("company official", "company officials")
                      and not (key in self.lex.organisations and n.split()[-1][:1].isupper()
                               and fold(n.split()[-1]) in self.lex.organisations and fold(n.split()[-1]) != key)]
            if fuller and self.lex.adjectival_names and fold(mention.text.split()[0]) not in self.lex.determiners:
                fuller = []  # "scientists say": a bare plural speaks for the kind, not for the group named before
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
        tied = {n for o, r, n in self.role_ties if o > position and r and head in fold(r).split()}
        return tied.pop() if len(tied) == 1 else None

    def _surname_of_full_name(self, word: str, position: int) -> str | None:
        """English: the person named in full before POSITION whose surname is WORD, a role word too
        ("Abdul Karim Sheikh" … "Sheikh said")."""
        ending = " " + word
        return next((name for offset, name in reversed(self.full_names)
                     if offset < position and name.endswith(ending) and name in self._known_people()), None)

    def _known_people(self) -> set[str]:
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
