"""The speakers of one article: its names, the roles and organisation nouns tied to them, and
the resolution of a claim's `Mention` to a canonical speaker (coreference; the cases of one mention are
`mention_resolution`'s)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claims.extract.lang import en as english
from claims.extract.first_names import first_middle_and_surname, is_first_name
from claims.extract.mention_names import SECOND_COMPLEMENT_BEFORE_FR, given_name_like_a_body
from claims.extract.organisations import ArticleOrganisations
from claims.extract.speakers import Lexicon, Mention, fold, names_in
from claims.extract.name_contexts import SPORT_NAME_WORDS
from claims.extract.name_words import PLATFORMS
from claims.extract.speaker_english import EnglishReferences
from claims.extract.speaker_lookups import SOURCES_HEADING, NameLookups
from claims.extract.role_lookups import RoleLookups
from claims.extract.speaker_epithets import _ROLE_AFTER_ORDINAL, PressEpithets, _names_a_thing
from claims.extract.speaker_organisations import OrganisationLinks
from claims.extract.speaker_references_en import EnglishPhraseReferences
from claims.extract.speaker_relations import RelatedPeople
from claims.extract.speaker_french import FrenchReferences
from claims.extract.speaker_french_possessives import _FRENCH_POSSESSIVES, OPERATOR_NOUNS
from claims.extract.speaker_role_ties import tie_roles
from claims.extract.speech_recipients_fr import outside_bylines_and_recipients, without_outlet_first
from claims.extract.speaker_scan import (
    _BIRTH_NAME_BEFORE, _CAPITALISED_INSIDE, _FIRST_OPENER, _PLACE_BEFORE, _SENTENCE_OPENER, _apposed_noun, _introducing_noun,
    _names_before_possessives, _spelling_variants, _without_sentence_openers, _written_in_lower_case,
)
from claims.extract.types import SpeakerRef
from claims.extract.mention_resolution import MentionResolution

# A body's board as a speaker ("Calder Valley College board of governors").
_NAMED_BOARD_EN = re.compile(r"^[A-Z][\w'’&. -]* board(?: of (?:governors|trustees|directors))?$")
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
# The opening mark of a title, maybe its article: '"', '“The ', '« Le '.
_OPENING_MARK_BEFORE = re.compile(r"[\"“«][ \u00a0]?(?:The |Le |La |Les |L['’])?$")
_PHOTO_CREDIT_BEFORE = re.compile(r"(?:©|\b[Pp]hoto\s*:|\b[Cc]rédit\s+photo\s*:)\s*$")
# An event counted by its owner ("qui disputait ses premiers Jeux", "her first Olympics"): no one's name.
_OWNED_EVENT_BEFORE = re.compile(r"\b(?:[Ss]es|[Ss]on|[Ss]a|[Ll]eurs?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:premi\w+|derni\w+|prochain\w*|first|last|next)\s+$")
_THE_AND_MODIFIER_BEFORE = re.compile(r"\b[Tt]he [a-z]+ $")
# English: an indefinite article before a capitalised run and a lower-case noun after it ("a South African supplier"): a modifier.
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?) $")
_LOWER_CASE_NOUN_AFTER = re.compile(r" [a-z]{3,}\b(?! (?:of|for|to|at|in|and|who|said|says|told|has|had|is|was|will|would)\b)")
_TOLD_BEFORE = re.compile(r"\b(?:told|telling|tells)\s+$")
_DAY_AFTER = re.compile(r"[ \u00a0]+\d{1,2}\b")
_SAINT_BEFORE = re.compile(r"\b(?:San|Santa|Santo|São)[ \u00a0]+$")
# A publication's name after its kind ("told the Constanța daily Litoral Azi", "the news site Tut.by").
_PRESS_NOUN_BEFORE_EN = re.compile(r"\b(?:newspaper|daily|weekly|tabloid|magazine|website|news[ \u00a0]+site)[ \u00a0]+$")
# French: the lower-case links of a town's name ("L'Isle-sur-la-Sorgue", "Saint-Saturnin-lès-Apt").
_TOWN_LINKS_FR = re.compile(r"-(?:sur|sous|lès|lez|en|la|le|les|aux|du|des)-")
# French: one word listed among names that take an article ("le Qatar, Bahreïn et le Koweït", "du Qatar, Oman et du
# Koweït"): a country or a body.
_ARTICLE_NAME_LISTED_BEFORE_FR = re.compile(
    r"(?:\b(?:[Ll][ea]s?|du|des|au|aux|de\sla)\s|\b[LlDd]['’])[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s[a-zà-ÿ]+)?,\s$")
_ARTICLE_NAME_LISTED_AFTER_FR = re.compile(r"(?:,|\set)\s(?:(?:l[ea]s?|du|des|au|aux|de\sla)\s|[ld]['’])[A-ZÀ-ÖØ-Þ]")
# French: a definite article right before a name, maybe elided ("par l'Arabie saoudite": a country, no person).
_DEFINITE_ARTICLE_BEFORE_FR = re.compile(r"(?:^|[.!?»]\s|\n)(Le|La|Les) $|(?<![\w’'-])(le|la|les) $|(?<![\w’'-])(l['’])$")
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
# Bodies listed by their short forms, then the last one named in words: "l'UTG, la CFDT et Sud Santé".
_ACRONYMS_LISTED_BEFORE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6},[ \u00a0]+(?:(?:la|le|les)[ \u00a0]+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6}[ \u00a0]+(?:et|ou|and|or)[ \u00a0]+$")
# ", 72 ans,", ", 34,": an age in apposition makes the one word before it a person's first name.
_AGE_APPOSITION = re.compile(r",[ \u00a0]*\d{1,3}(?:[ \u00a0]+ans)?[ \u00a0]*,")


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
# A channel's name and number, before the rest of its name: "à France 3 Grand Est", "BBC Radio 4 Today".
_NUMBERED_CHANNEL_BEFORE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*[ \u00a0]\d{1,2}[ \u00a0]$")


# A role's short form in capitals ("the DC", "the SP", "the MD").
_ROLE_ACRONYM = re.compile(r"[A-Z]{2,4}")
# French: one lower-case word closing a body's name before its verb or a comma ("l'association Rhin vivant a …").
_LOWER_WORD_CLOSING_NAME_FR = re.compile(r"[ \u00a0]([a-zà-ÿ]{3,})(?=[ \u00a0]+(?:a|ont|est|sont|avait|avaient|va|vont|n['’]|ne|se|s['’])\b|\s*[,.;:])")


@dataclass(slots=True)
class ArticleSpeakers(NameLookups, RoleLookups, PressEpithets, OrganisationLinks, FrenchReferences, EnglishReferences,
                      EnglishPhraseReferences, RelatedPeople, MentionResolution):
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
            if organisation and lex.adjectival_names and given_name_like_a_body(tokens, lex) \
                    and (before := text[max(0, offset - 30):offset].split()) and fold(before[-1]) in lex.roles:
                organisation = False  # "Club president Washington Ferrés"
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
                                                                and _POSSESSOR_BEFORE.search(text, max(0, offset - 30), offset)
                                                                # ("denied parole to Curtis Lamont Hale": a first name opening three words)
                                                                or lex.adjectival_names and first_middle_and_surname(tokens))))
                or _names_a_thing(text, offset, name, lex)
                # ("le ministère des Eaux et Forêts": the complement's second member)
                or not lex.adjectival_names and " " not in name and not is_first_name(name)
                and SECOND_COMPLEMENT_BEFORE_FR.search(text, max(0, offset - 60), offset) is not None
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
            elif sentence_adverb and not (
                organisation or noun is not None or name.isupper() or name in speakers.common_words
            ) and (lex.adjectival_names or not (before := text[max(0, offset - 8):offset].rstrip(". ").split())
                   or before[-1] not in lex.titles):
                # (French: not "l'avocat de M. Tazi, Me X": a title's full stop opens no sentence)
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
            # "Menendez, 52, who took over in January, …", "Rugwiza, qui a nié les faits, …": a surname the article
            # wrote in full elsewhere, not a sentence adverb ("However, …", "Néanmoins, …")
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
        # (nor is a platform anyone: "In a video posted on the club's Instagram account, he said")
        speakers.person_mentions = [m for m in speakers.person_mentions
                                    if m[2] not in PLATFORMS and _PHOTO_CREDIT_BEFORE.search(text, max(0, m[0] - 16), m[0]) is None
                                    and _OWNED_EVENT_BEFORE.search(text, max(0, m[0] - 24), m[0]) is None
                                    # (nor a club: "Arverne Handball Clermont")
                                    and SPORT_NAME_WORDS.isdisjoint(fold(word) for word in m[2].split())
                                    and not (_OPENING_MARK_BEFORE.search(text, max(0, m[0] - 6), m[0])
                                             and text[m[1]:m[1] + 2].lstrip(" \u00a0")[:1] in ('"', "”", "»"))]
        # (nor does it write anyone's name in full: "© Belga Image" is no fuller "Belga")
        speakers.full_names = [(o, n) for o, n in speakers.full_names if _PHOTO_CREDIT_BEFORE.search(text, max(0, o - 16), o) is None]
        if lex.adjectival_names:
            # "She told Wikinews that …", "telling Yle": a one-word audience after "told" is an outlet, never who speaks next
            # (nor is one word after "the" and a lower-case modifier: "orchards in the western Bay")
            speakers.person_mentions = [m for m in speakers.person_mentions if " " in m[2] or " " in speakers.full_name(m[2], m[0])
                                        or _TOLD_BEFORE.search(text, max(0, m[0] - 9), m[0]) is None
                                        and _THE_AND_MODIFIER_BEFORE.search(text, max(0, m[0] - 24), m[0]) is None]
            # (nor a name right after "the", unless it opens on a first name: "The Kerrera Sound was built in 1989", a ship;
            # nor an audience of two words or more after "told", unless it opens on one: "he told ITV Wales")
            speakers.person_mentions = [m for m in speakers.person_mentions
                                        if text[max(0, m[0] - 4):m[0]] not in ("the ", "The ") and _TOLD_BEFORE.search(text, max(0, m[0] - 9), m[0]) is None
                                        or is_first_name(m[2].split()[0])]
            # (nor is a month before its day: "Thursday, August 1, 2019"; nor a saint's name of a town, "San Pedro Sula")
            speakers.person_mentions = [m for m in speakers.person_mentions
                                        if (m[2].lower() not in english.MONTHS or _DAY_AFTER.match(text, m[1]) is None)
                                        and _SAINT_BEFORE.search(text, max(0, m[0] - 7), m[0]) is None
                                        and _PRESS_NOUN_BEFORE_EN.search(text, max(0, m[0] - 12), m[0]) is None
                                        # ("a dispute with a South African supplier. She said …": no person)
                                        and not (_INDEFINITE_BEFORE.search(text, max(0, m[0] - 3), m[0])
                                                 and _LOWER_CASE_NOUN_AFTER.match(text, m[1]))]
        if not lex.adjectival_names:
            # French "Le Zalgiris Kaunas n'a pas …", "la LDLC Arena": a name right after a definite article
            # is a team's, a place's or a body's, unless the article belongs to a surname ("Le Drian").
            speakers.person_mentions = [
                m for m in speakers.person_mentions
                if not (opening := _DEFINITE_ARTICLE_BEFORE_FR.search(text, max(0, m[0] - 6), m[0]))
                or f"{opening.group(1) or opening.group(2) or opening.group(3)} {m[2]}" in speakers.full_name(m[2], m[0])
            ]
            speakers.person_mentions = [m for m in speakers.person_mentions if " " in m[2]
                                        or not (_ARTICLE_NAME_LISTED_BEFORE_FR.search(text, max(0, m[0] - 40), m[0])
                                                and _ARTICLE_NAME_LISTED_AFTER_FR.match(text, m[1]))]
            # "L'Isle-sur-la-Sorgue", "Saint-Saturnin-lès-Apt": a town's name, its links in lower case, is nobody's
            speakers.person_mentions = [m for m in speakers.person_mentions if _TOWN_LINKS_FR.search(m[2]) is None
                                        and not m[2].startswith(("Pays ", "Val ", "Côte "))  # ("IGP Pays d'Oc": a region)
                                        # ("à la Radio Télévision Suisse": a broadcaster)
                                        and not m[2].startswith(("Télévision ", "Radio ", "Télé "))
                                        and not text.endswith(("Radio ", "Télévision "), 0, m[0])]
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

    def resolve(self, mention: Mention, position: int, previous: SpeakerRef | None, earlier: Sequence[str] = ()) -> SpeakerRef | None:
        """The canonical speaker of MENTION; an organisation's short form ("WHO") or "the company"
        becomes the full name the article gave it."""
        if self.lex.adjectival_names and mention.role and not mention.name and not mention.pronoun \
                and mention.text[:8].lower() == "another ":
            # "Another commuter": not the one named before ("Another student, from Kiribati": the role her apposition completes)
            return SpeakerRef(mention.role if ", " in mention.text else mention.text, mention.text, mention.role, "person")
        if not self.lex.adjectival_names and mention.role and fold(mention.role).startswith("societe civile"):
            return SpeakerRef(mention.role, mention.text, mention.role, "organisation")  # civil society, no company
        speaker = self._resolve_mention(mention, position, previous, earlier)
        if speaker is None:
            return None
        if self.lex.adjectival_names and mention.text.lower() == "the board" \
                and len(boards := [name for name in earlier if _NAMED_BOARD_EN.search(name)]) == 1:
            return SpeakerRef(boards[0], mention.text, speaker.role, speaker.kind)  # "The board said": the board that spoke before
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
