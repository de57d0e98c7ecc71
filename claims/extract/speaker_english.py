"""English ways of referring to a speaker already named, mixed into `ArticleSpeakers`: the age the
article gave a person ("Tomasz Wrobel, 54, …" … "the 54-year-old said") and their party
("Joel Baptiste, a Democrat from Ohio" … "the Democrat said") (`speaker_english_people`), the body
"it" or "the company" stands for (`speaker_english_bodies`), the author of a study or a statement
(`speaker_english_documents`); and the English passes over the resolved speakers: a headline's role,
a study's author, the previous claim's document."""

from __future__ import annotations

import re

from claims.extract.bodies_by_kind_en import PRESS_WORDS, names_public_kind
from claims.extract.drafts import Draft
from claims.extract.first_names import is_first_name
from claims.extract.lang import en as english
from claims.extract.name_words import closes_on_a_company_word
from claims.extract.speakers import fold
from claims.extract.organisations import DEMONYM_ENDINGS
from claims.extract.types import SpeakerRef
from claims.extract.speaker_english_bodies import EnglishBodyReferences
from claims.extract.speaker_english_documents import EnglishDocumentReferences, STUDY_NOUNS
from claims.extract.speaker_english_people import EnglishPersonReferences, PLURAL_HEAD


_BYLINE_BEFORE = re.compile(r"\s*(?:By|BY|by)\s+")
_DETERMINER_OPENING = re.compile(r"^(?:the|a|an|this|that|its|their|new)\s+", re.IGNORECASE)


class EnglishReferences(EnglishPersonReferences, EnglishBodyReferences, EnglishDocumentReferences):
    """Mixed into `ArticleSpeakers` (its fields: `lex`, `role_ties`, `person_mentions`)."""

    __slots__ = ()


INDEFINITE_OPENING = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
# A headline's person known by a noun of their sex or age ("Michigan man", "Toledo woman"), and its gender.
_PERSON_NOUN_GENDERS = {"man": "m", "boy": "m", "father": "m", "dad": "m", "grandfather": "m",
                        "woman": "f", "girl": "f", "mother": "f", "mum": "f", "grandmother": "f"}
_FIRST_PERSON_REACH = 400  # from a headline's claim to the first person the lede names
# A headline's role that a company holds as well as a person: "…, owner says".
_OWNING_ROLES = frozenset(("owner", "owners", "operator"))
# A headline's business by its trade, after its place: "Zimbabwe dairy says".
_TRADES = frozenset(("dairy", "brewery", "distillery", "winery", "bakery", "creamery", "sawmill", "quarry", "mill", "cannery"))


# A headline's role that any office holder may be: "…, official says".
_ANY_OFFICIAL = frozenset(("official", "senior official", "government official"))
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
        if speaker is not None and speaker.kind == "person" and speaker.name == speaker.role and draft.paragraph == 0 \
                and (gender := _PERSON_NOUN_GENDERS.get(fold(speaker.role).split()[-1])) is not None \
                and not INDEFINITE_OPENING.match(speaker.mention or "") and first_person - draft.end <= _FIRST_PERSON_REACH \
                and (person := next((speakers.full_name(name, start) for start, _, name in speakers.person_mentions
                                     if start == first_person), None)) is not None \
                and speakers.gender_of(person) in (None, gender):
            # "Parole denied for Michigan man who says …": the person the lede names first
            speakers_of[i] = SpeakerRef(person, speaker.mention, speaker.role, "person")
            continue
        if speaker is not None and speaker.kind == "organisation" and speaker.name == speaker.role \
                and (speaker.mention or "") == speaker.name \
                and (body := _body_of_its_noun(speaker.role, speakers_of[i + 1:], speakers.lex)) and _may_be_named_in(body, speaker.role):
            speakers_of[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")  # "Japanese regional bank says"
            continue
        if speaker is None or speaker.kind != "person" or speaker.name != speaker.role \
                or INDEFINITE_OPENING.match(speaker.mention or "") or _GROUP_AT_PLACE.match(speaker.role) \
                or fold(speaker.mention or "").split()[-1:] and fold(speaker.mention or "").split()[-1] in english.DOCUMENT_WORDS:
            continue  # ("A spokesperson for the Department of Finance said": someone the article never names;
            # "Nurses at Yellowstone Valley Medical Center say": a group, neither its body nor its union; "the report
            # said": a document)
        head = fold(speaker.role).split()[-1]
        if (fold(speaker.role) in _OWNING_ROLES or head in _TRADES and speaker.role[:1].isupper()) and (company := next((
                said.name for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph <= 2 and said is not None
                and (closes_on_a_company_word(said.name) or head.capitalize() in said.name.split()[1:])
                and (said.kind == "organisation" or not is_first_name(said.name.split()[0]))), None)) is not None:
            # "Newfoundland crab plant will not reopen this season, owner says", "Zimbabwe dairy says …": the company the
            # lede has say so ("Mashonaland Dairy Products")
            speakers_of[i] = SpeakerRef(company, speaker.mention, speaker.role, "organisation")
            continue
        if fold(speaker.role) in _OWNING_ROLES and (lede := next(((later, said) for later, said in zip(drafts[i + 1:], speakers_of[i + 1:])
                                                                  if said is not None), None)) is not None \
                and lede[0].paragraph <= 2 and " " in lede[1].name and lede[1].name[:1].isupper() \
                and not is_first_name(lede[1].name.split()[0]) and speakers.text.startswith(lede[1].name, lede[0].sentence[0]):
            # "Alberta coal mine to close …, owner says" over the lede's "Boreal Thermal Coal said yesterday that it will close its
            # … mine": the name opening the lede, no word of a company's in it
            speakers_of[i] = SpeakerRef(lede[1].name, speaker.mention, speaker.role, "organisation")
            continue
        person = speakers.body_person_for_headline_role(speaker.role, draft.start)
        if person is None and fold(speaker.role) in _ANY_OFFICIAL and draft.paragraph == 0 and (said := next((
                said for later, said in zip(drafts[i + 1:], speakers_of[i + 1:]) if later.paragraph > 0), None)) is not None \
                and said.kind == "person" and " " in said.name and said.role and said.name != said.role \
                and speakers.text.find(said.name.split()[-1], 0, first_person) == -1:
            person = said.name  # "…, official says" over the lede's "Dr Ruth Akello, the commissioner for …, told Parliament"
        if person is not None:
            speakers_of[i] = SpeakerRef(person, speaker.mention, speaker.role, "person")
        elif draft.paragraph <= 2 and (body := _body_of_plural_role(speaker.role, speakers_of[i + 1:], speakers.lex)
                                       or _body_of_its_noun(speaker.role, speakers_of[i + 1:], speakers.lex)) is not None \
                and _may_be_named_in(body, speaker.role):
            # (in the headline, its date line or the lede: not "Traditional priests say …" further down, a group of its own)
            speakers_of[i] = SpeakerRef(body, speaker.mention, speaker.role, "organisation")


def _may_be_named_in(body: str, role: str) -> bool:
    """Whether BODY may be the one ROLE speaks for: ROLE names BODY ("Researchers from the Desert Fireball Network at
    …"), or names nothing BODY's name does not hold ("Solomon Islands police"; not "Pune Municipal Corporation" for
    "officials of the Pune Urban Transit Corporation")."""
    return body in role or {w for w in role.split()[1:] if w[:1].isupper()} <= set(body.split())


def _body_of_its_noun(role: str, later, lex) -> str | None:
    """"Japanese regional bank says" in a headline, "the mine's operator said" in a lede: the one
    organisation speaking later whose name or mention ends with the description's noun ("Michinoku
    Shinwa Bank", "X, the state-controlled operator"), else None."""
    head = fold(role).split()[-1] if role.split() else ""
    if head not in lex.companies and head not in lex.organisation_nouns and head not in lex.organisations:
        return None
    organisations = [s for s in later if s is not None and s.kind == "organisation" and " " in s.name]
    qualifiers = {w for w in fold(role).split()[:-1] if len(w) > 3 and w not in lex.stops}
    if qualifiers:  # ("forestry department says": the Department of Forestry and Range Resources)
        named = {s.name for s in organisations if qualifiers | {head} <= set(fold(s.name).split())}
        if len(named) == 1:
            return named.pop()
    bodies = {s.name for s in organisations
              if fold(s.name.split()[-1]) == head or fold(s.mention or "").endswith(" " + head)
              or head == "union" and names_public_kind(s.name, head)}
    return bodies.pop() if len(bodies) == 1 else None


# The last word of a local authority's name ("Portmore Municipal Corporation", "Kisumu County Assembly").
_LOCAL_GOVERNMENT_BODIES = frozenset(("council", "corporation", "municipality", "assembly"))
_LEVELS_OF_GOVERNMENT = frozenset(("county", "city", "state", "national", "regional", "provincial", "district",
                                   "federal", "local", "town", "municipal", "parish"))


# The staff of a paper, who may speak for it ("Courier reporters say").
_PRESS_STAFF = frozenset(("reporters", "journalists", "editors", "correspondents", "staff"))


def _body_of_plural_role(role: str, later, lex) -> str | None:
    """"Fire chiefs say" in a standfirst: the one organisation speaking later whose name holds the
    word that qualifies the plural role ("London Fire Brigade"), else None."""
    words = fold(role).split()
    if len(words) < 2 or not PLURAL_HEAD.match(fold(role)) or " of " in role:
        return None  # (not "organisers of the Cromarty Firth Music Festival": the body they serve is named)
    qualifiers = {w for w in words[:-1] if len(w) > 3 and w not in lex.stops and w not in lex.roles
                  and w not in _LEVELS_OF_GOVERNMENT  # ("County engineers": any county body could employ them)
                  and not w.endswith(DEMONYM_ENDINGS)}  # ("Australian bakers": any Australian body's name holds it)
    bodies = {s.name for s in later if s is not None and s.kind == "organisation" and s.name[:1].isupper()
              and qualifiers & {fold(w) for w in s.name.split()}
              # (not "Mindanao rebels" for the "Mindanao Courier": a paper, unless its staff speak)
              and (PRESS_WORDS.fullmatch(s.name.split()[-1]) is None or words[-1] in _PRESS_STAFF)
              # (not "tour guides" for the "Tanzania Association of Tour Operators": other people)
              and not any(w.endswith("s") and fold(w) != words[-1] and (fold(w)[:-1] in lex.roles or fold(w)[:-1] in lex.companies)
                          for w in s.name.split()[1:])}
    if role[:1].isupper() and any(fold(body.split()[-1]) in _LOCAL_GOVERNMENT_BODIES for body in bodies):
        return None  # "Portmore vendors", the "Portmore Municipal Corporation": people of the place its council governs
    return bodies.pop() if len(bodies) == 1 else None


def documents_to_authors(speakers_of, speakers) -> None:
    """English: a study, a paper or research speaking (by name, by "it", in the headline) speaks as
    the person the article says led or wrote it, when it names one."""
    for i, speaker in enumerate(speakers_of):
        if speaker is None:
            continue
        noun = _DETERMINER_OPENING.sub("", speaker.name)
        if fold(noun) in STUDY_NOUNS and (author := speakers.study_author(noun)) is not None:
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
    # (the noun itself: not "its public notices" in the previous statement for "the notice said")
    return re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", text[previous_sentence[0]:previous_sentence[1]].lower()) is not None
