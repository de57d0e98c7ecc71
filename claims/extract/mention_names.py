"""The speaker a noun phrase names, read from the names in it and the role around them: the
second half of `speaker_mentions.parse_mention`, once the phrase shapes it recognises whole are
ruled out."""

from __future__ import annotations

import re

from claims.extract.anonymous_speakers_en import COUNTING_WORD
from claims.extract.first_names import is_first_name
from claims.extract.name_titles_en import person_closing_a_title
from claims.extract.group_phrases_en import (
    PEOPLE_BY_KIND, describes_a_body, group_noun, is_agent_noun, modifier_before_name,
)
from claims.extract.organisations import COMPANY_NOUNS, DEMONYM_ENDINGS
from claims.extract.institution_names import organisation_around
from claims.extract.lang.en import DOCUMENT_WORDS, FULL_MONTH_NAMES
from claims.extract.name_contexts import FAMILY_FIRM_CLOSINGS
from claims.extract.speaker_lexicon import Lexicon, fold, folded_words
from claims.extract.name_tails import AND_ORGANISATION, organisation_tail
from claims.extract.name_words import COMPANY_PREFIXES, LEGAL_FORMS, closes_on_a_company_word
from claims.extract.speaker_phrases import NOUN_AND_KIND_FR, PLACE_NOUN_BEFORE, clean_phrase, role_in
from claims.extract.speakers import PREPOSITION_BEFORE, Mention, names_in
from claims.extract.unnamed_mentions import QUANTIFIERS, unnamed_mention
from claims.extract.state_names_en import COUNTRY_NAMES, NATION_NAMES, names_a_place_after_a_town

# A capitalised owner right before a name ("Salalah's "): looked past to find the preposition before both.
OWNER_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:['’]s|(?<=s)['’])\s+$")
# How often an event is held, between its owner and its name ("Belfast's annual Diwali festival").
_RECURRENCE_BEFORE = re.compile(r"(?<=\s)(?:annual|yearly|biennial|monthly|weekly)\s+$")
# "a 24-year-old" before a capitalised word: a person's age, then what they are.
_AGE_EPITHET_BEFORE = re.compile(r"an?\s+\d{1,3}-year-old")
_JOINED_AFTER_NAME = re.compile(r"[\w'’.-][ \u00a0]+(?:and|or|&)[ \u00a0]+$")
_OPENING_ARTICLE = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[Ff]ormer\s+)?")
# French: a complement's first member and "et" before its second ("des Eaux et ", "des 11e et ").
SECOND_COMPLEMENT_BEFORE_FR = re.compile(
    r"\b(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*|\d+(?:e|er|re|ème))(?:\s+[a-zà-ÿ-]+)?\s+et\s+"
    r"(?:(?:de\s+la|des|du|de)\s+)?$")
_OWNER_BEFORE_ROLE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*){0,3}(?:['’]s|(?<=s)['’]))\s+(?:[a-z][\w-]*\s+){0,2}")
_KIN_ROLES = frozenset(("son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "partner", "mum", "dad",
                        "niece", "nephew", "grandson", "granddaughter", "grandmother", "grandfather", "widow", "widower"))
_BODY_BEFORE_ROLE = re.compile(r"(?:[Tt]he\s+)?(?P<body>[a-z]+)['’]s\s+(?:[a-z]+\s+){0,2}")  # ("The municipality's city manager")
# ("the injured man's brother": an owner described by an adjective)
_DESCRIBED_OWNER_BEFORE_ROLE = re.compile(r"(?:[Tt]he\s+)?(?P<body>[a-z]+\s+[a-z]+)['’]s\s+")
# English: a person by kind, described by what they do with their own relative ("a woman waiting with her feverish son").
_PERSON_WITH_OWN_KIN_EN = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?P<words>(?:[a-z-]+\s+){2,6}?)(?:her|his|their)\s+(?:[a-z-]+\s+)?")
_DOCUMENT_NOUN_AFTER = re.compile(r"\s+(?:press\s+)?(?:statement|release|report|letter|spokesman|spokeswoman|spokesperson|census|survey"
                                  r"|count|study|audit|review|analysis)s?\b")
# Lower-case words before a role word, after an optional article ("a council ", "the ministry ").
# The rest of a long role phrase, a body's name completing it: " Infrastructure Administration".
_LINKING_WORDS = frozenset(("the", "a", "an", "of", "in", "at", "for", "from", "on", "with", "to", "and",
                            "et", "de", "du", "des", "la", "le", "les", "à", "au", "aux"))
# English: a lower-case noun of a place right after a name ("Sarah Baartman district", "Lake Kivu region").
_PLACE_NOUN_AFTER_EN = re.compile(r"\s+(?:district|county|region|province|municipality|valley|area|township|ward|constituency)\b")
# English: a numbered level after a capitalised word, then a noun ("A Grade 6 teacher", "a Year 10 pupil").
_NUMBER_THEN_NOUN_AFTER_EN = re.compile(r"\s\d{1,2}\s+[a-z]")
_NUMBERED_LEVEL_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+\s\d{1,2}\s+$")
_COMPLEMENT_NOUN_BEFORE = re.compile(r"[a-zà-ÿ]\s+(?:du|de\s+la|de\s+l['’]|des)\s*[a-zà-ÿ]{3,}\s+(?:(?:Les|Le|La)\s+)?$")  # ("du festival Les Nuits …")
_NEGATION_CLITIC = re.compile(r"\s+n['’](?:y|en)?\b.*$")
_NAME_COMPLETING_ROLE = re.compile(r"(?: (?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*|of|for|and|the|on)){1,5}(?<! of)(?<! for)(?<! and)(?<! the)(?<! on)")
# French: a role, then a body's capitalised name running on to the capitalised owner closing it ("porte-parole du Bureau
# de la coordination des affaires humanitaires de l'ONU"): one office, however long.
_ROLE_OF_OWNED_BODY_FR = re.compile(r"\S+ (?:du |de la |de l['’]|des )[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,()]* (?:de l['’]|de la |du |des |de )"
                                    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*")
# Bodies whose names may hold "en" or "et" between capitalised words ("l'association Pornic Voiles et Traditions").
_CIVIC_BODY_NOUNS_FR = ("association", "organisation", "collectif")
# A plural owner's mark, then a body's noun: "Nurses’ union NZNO".
_PLURAL_OWNER_BODY = re.compile(r"['’]\s+(?P<noun>[a-z]+)\s+")
# A role at a named body, then the town, county and country the body is in.
_CAPITALISED_RUN = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
NAMED_BODY_IN_PLACES = re.compile(rf"(?P<role>.+?\s(?:at|of)\s+(?:the\s+)?{_CAPITALISED_RUN})\s+in\s+{_CAPITALISED_RUN}(?:,\s*{_CAPITALISED_RUN})+,?")
# "Analysts at the research firm Gold Coast Economics": the body's kind after a preposition, then its name.
_PREPOSITION_AND_KIND_BEFORE = re.compile(r"\b(?:at|of|for|with|from)\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)\s+$")
_GROUP_OF = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:group|coalition|team|panel|consortium|delegation)\s+of\s+(?:[\w-]+\s+){0,2}")
_NOUN_MODIFIERS = re.compile(r"(?:(?:[Tt]he|[Aa]n?|Her|His|Their|Its|Our)\s+)?"
                             r"(?:(?!(?:the|a|an|of|for|to|in|at|on|by|with)\s)[a-z\dà-ÿ][a-z\dà-ÿ-]*\s+){1,3}")
_AGENT_WITH_MODIFIERS = re.compile(r"\bby\s+(?P<modifiers>(?:[a-z][\w-]*\s+){1,2})$")
_AGENT_BEFORE = re.compile(r"\b(?:by|par)\s+(?:the\s+)?$", re.IGNORECASE)
# "The Boxing Task Force set up by the International Olympic Committee": the body named first speaks; who made it
# only describes it.
_MAKER_AFTER_NAME = re.compile(r",?\s+(?:set up|created|established|formed|founded|convened|appointed|commissioned|"
                               r"owned|run|funded|backed|mandated)\s+by\s+(?:the\s+)?")
# French: a role's complement naming an organisation or another person by its noun, right before its name ("de
# l'institut de recherche ", "du groupe ", "chez le courtier ", "du chanteur ").
_NAMED_COMPLEMENT_NOUN_BEFORE_FR = re.compile(
    r"\s(?:(?:de|à)\s+(?:la\s+|l['’])|(?P<chez>chez)\s+(?:la\s+|l['’]|les?\s+)|d['’]|du\s+|des\s+|au\s+|aux\s+)"
    r"(?P<noun>[a-zà-ÿ]+)(?:\s+(?:de\s+|d['’])?[a-zà-ÿ-]+){0,2}\s+$")
# French: lower-case words of an organisation's name ending with a preposition before a role word:
# " national de l'ordre des " (médecins).
_LOWER_NAME_COMPLEMENT = re.compile(r"(?:\s+[a-zà-ÿ'’-]+){0,4}?\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*")
_LOWER_WORDS_TO_END = re.compile(r"[a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ'’-]+){0,3}\s*")
# French: the preposition between an organisation's capitalised noun and the rest of its name.
_NAME_COMPLEMENT = re.compile(r"\s+(?:de|du|des|d['’])(?:\s+(?:la|les)\s+|\s*l['’]|\s+)")


# A determiner, capitalised words and lower-case ones before a role: "the Senate minority ", "the
# Fianna Fáil " (a name after "the" and before a role qualifies the role: a party, a place).
_ROLE_MODIFIER = re.compile(r"(?:(?:the|a|an|The|A|An)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)*\s+(?:[a-z][\w-]*\s+)*")
_DEFINITE_ARTICLE_THEN_NAME = re.compile(r"[Tt]he\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_BODY_NOUN_AND_ADJECTIVE = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<noun>[a-zà-ÿ]+)\s+(?:non\s+)?[a-zà-ÿ]+")  # ("l'organisation non gouvernementale X")
_LOWER_WORDS = re.compile(r"(?:\s+[a-zà-ÿ-]+){1,2}\s+")
# (a place or a body may qualify the role: ", a Pasadena lawyer", ", the Leeds United striker")
_ROLE_IN_APPOSITION = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?")
# French: a rank or a title after the comma of an apposition, before the name ("…, l'adjudant-chef Serge Lacoste").
_TITLE_AFTER_COMMA_FR = re.compile(r",\s*(?:l['’]|le\s+|la\s+)?(?P<title>[a-zà-ÿ-]+)\s*$")
_AND_FOLLOWERS = re.compile(r"\s+and\s+(?:his|her|their)\s+[a-z]+s")
_COURTESY_TITLE = r"(?:(?:Dr|Mrs?|Ms|Miss|Prof|Cllr)\.?\s+)"
_NAME_JOINT = re.compile(r"(?:\s*(?:,\s*)?(?:and|&)\s+|\s*,\s*)" + _COURTESY_TITLE + "?")
_TITLE_OPENING = re.compile(_COURTESY_TITLE)
_TITLE_IN_JOINT = re.compile(r"(?:(?<=and )|(?<=, )|(?<=& ))" + _COURTESY_TITLE)


def _names_joined(segment: str, names: list[tuple[int, str]], lex: Lexicon) -> bool:
    """English: the phrase opens with names joined by commas and "and" ("Leeds and York officials",
    "Ann Lee and Tom Reyes", "Dr Helen Ashworth and Dr Ravi Menon", "owners Graham and Lyn Petrie"),
    which speak together."""
    if names[0][0] != 0 and not _TITLE_OPENING.fullmatch(segment, 0, names[0][0]) \
            and _plural_role_opening(segment[:names[0][0]], lex) is None:
        return False
    joints = [_NAME_JOINT.fullmatch(segment, offset + len(name), following)
              for (offset, name), (following, _) in zip(names, names[1:])]
    return all(joints) and ("&" in joints[-1].group() or "and" in joints[-1].group())


def _plural_role_opening(opening: str, lex: Lexicon) -> str | None:
    """The plural role OPENING is ("owners " before "Graham and Lyn Petrie"), else None."""
    words = opening.split()
    return opening.strip() if 1 <= len(words) <= 2 and opening.endswith(" ") and all(w.isalpha() and w.islower() for w in words) \
        and words[-1].endswith("s") and group_noun(words[-1], lex) else None


def _person_in_apposition(segment: str, first: tuple[int, str], second: tuple[int, str], lex: Lexicon) -> bool:
    """Whether SECOND, right after FIRST (and the lower-case rest of its name: "Force ouvrière")
    and a comma, is a person's full name (two words or more, no organisation word)."""
    between = segment[first[0] + len(first[1]):second[0]].strip()
    rest = between[:-1].split()
    return between[-1:] == "," and len(rest) <= 3 and all(w.islower() and w.isalpha() for w in rest) \
        and " " in second[1] and lex.organisations.isdisjoint(folded_words(second[1]))


def _without_title(before: str, lex: Lexicon) -> str:
    """The words before a name without the title that ends them ("avocat de M. " → "avocat de ")."""
    words = before.rsplit(None, 1)
    if len(words) == 2 and words[1].rstrip(".") in lex.titles:
        return words[0] + " "
    return before


_PLURAL_OWNER_THEN_NOUNS = re.compile(r"['’](?:\s+[a-z][\w-]*){1,3}\s+")
# English: an indefinite article, a capitalised modifier, then a lower-case noun ("An Aboriginal corporation that …").
_INDEFINITE_MODIFIER_THEN_NOUN = re.compile(r"\s*(?:A|An|a|an)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+[a-z]{3,}")



_BODY_NOUN_BEFORE_FR = re.compile(r"(?:^|[ \u00a0'’])(?P<noun>[a-zà-ÿ]{4,})[ \u00a0]+$")
_ENGLISH_DOCUMENT_WORDS = frozenset(DOCUMENT_WORDS)
# One or two lower-case words after a name, the last a body's noun ("Leeds hospitals trust").
_LOWER_BODY_NOUN_AFTER = re.compile(r"(?:\s+[a-z]+){1,2}\s*")
# English: a body's French name, its noun, then lower-case words and a place ("Société de transport de Laval", "Train de
# banlieue des Basses-Laurentides").
_FRENCH_NAME_TAIL = re.compile(r"\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*(?:[a-zà-ÿ]+\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*)?"
                               r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# French: a family firm's name ("Roussot et Fils", "Martin & Frères").
_FIRM_OF_A_FAMILY_FR = re.compile(rf"\s(?:et|&)\s+{FAMILY_FIRM_CLOSINGS}$")


# French: "entre" a place "et", where the next name is the other end ("la ligne entre Clermont-Ferrand et Le Puy").
BETWEEN_THEN_AND_BEFORE_FR = re.compile(r"\bentre\s+(?:(?:la|le|les)\s+|l['’])?[A-ZÀ-ÖØ-Þ][^,;]*?\s+et\s+(?:(?:la|le|les|Le|La|Les)\s+|l['’])?$")


def _joined_across_for_a(segment: str, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """English: two names joined by "for a" are one body's ("Concerned Citizens for a Casino-Free Bermuda")."""
    joined = [names[0]]
    for offset, name in names[1:]:
        last_offset, last = joined[-1]
        if segment[last_offset + len(last):offset] in (" for a ", " for an "):
            joined[-1] = (last_offset, segment[last_offset:offset + len(name)])
        else:
            joined.append((offset, name))
    return joined


# French points of the compass, which qualify a body's noun ("la zone de défense Ouest") where they close its name.
_COMPASS_POINTS_FR = frozenset(("Nord", "Sud", "Est", "Ouest", "Nord-Est", "Nord-Ouest", "Sud-Est", "Sud-Ouest", "Midi"))


# English: the nouns of bodies a place and lower-case words may describe ("Maldives anti-corruption watchdog", "Trinidad state
# bus company").
_PUBLIC_BODY_NOUNS_EN = frozenset(("watchdog", "regulator", "agency", "authority", "commission", "ministry", "tribunal", "district",
                                   "company", "operator", "utility", "corporation"))
# English: the nouns of a body's units in a place ("the FBI's Detroit field office", "the company's Ohio plant").
_UNIT_NOUNS_EN = frozenset(("office", "bureau", "branch", "plant", "division", "headquarters"))


def given_name_like_a_body(tokens: list[str], lex: Lexicon) -> bool:
    """Whether TOKENS, two or three words after a person's role, open on a word that stands for a body elsewhere and
    hold no other ("president Washington Ferrés": a given name, not the capital's government)."""
    return 2 <= len(tokens) <= 3 and tokens[0][1:].islower() and fold(tokens[0]) in lex.organisations \
        and lex.organisations.isdisjoint(fold(w) for w in tokens[1:])


def mention_from_names(segment: str, lex: Lexicon) -> Mention | None:
    """The speaker SEGMENT names, from its names, its role and the words around them."""
    if not lex.adjectival_names and _PARTICIPLE_AND_COMPLEMENT_FR.fullmatch(segment) is not None:
        return None  # "Les riverains, réunis en association, se disent …": the subject's apposition, nobody of its own
    if not lex.adjectival_names and (members := _MEMBERS_OF_NAMED_BODY_FR.fullmatch(segment)) is not None \
            and fold(members.group("body").split()[0]) in lex.organisations:
        return Mention(segment, name=members.group("body"), organisation=True)  # "les membres du Collectif des supporters de l'AHC"
    if not lex.adjectival_names and (served := _SERVICE_OF_AN_AREA_FR.fullmatch(segment)) is not None:
        return Mention(segment, name=served.group("service"), organisation=True)  # "le service de prévision des crues Meuse-Moselle"
    if lex.adjectival_names and (when := _MONTH_CLOSING_EN.search(segment)) is not None and len(segment[:when.start()].split()) >= 3:
        segment = segment[:when.start()]  # "An inspection team sent by the directorate in August found": when, no part of who
    names = [(o, n) for o, n in names_in(segment, lex)]
    if lex.adjectival_names and len(names) >= 2 and (" for a " in segment or " for an " in segment):
        names = _joined_across_for_a(segment, names)
    # A name after a preposition ("PDG de HP France", "Lucy Fischer of The Times") is not the speaker
    # when another name is there.
    primary = [(o, n) for o, n in names if not PREPOSITION_BEFORE.search(_without_title(segment[:o], lex))
               # French "le ministère des Ressources hydrauliques et Électricité": the complement's second member
               and not (not lex.adjectival_names and " " not in n and SECOND_COMPLEMENT_BEFORE_FR.search(segment, max(0, o - 60), o))
               and not (not lex.adjectival_names and PLACE_NOUN_BEFORE.search(segment, 0, o))  # "de la région Drâa-Tafilalet"
               # "la préfecture de la zone de défense et de sécurité Ouest": a point of the compass qualifying the noun before it
               and not (not lex.adjectival_names and n in _COMPASS_POINTS_FR and segment[:o].rstrip()[-1:].islower())
               # "les usagers du TER entre Clermont-Ferrand et Le Puy": the second place, as the first
               and not (not lex.adjectival_names and o and BETWEEN_THEN_AND_BEFORE_FR.search(segment, max(0, o - 80), o))
               # "le garde forestier du triage Broye-Vully": one word naming what the role's complement is
               and not (not lex.adjectival_names and " " not in n and o and _COMPLEMENT_NOUN_BEFORE.search(segment, 0, o)
                        and (held := role_in(segment, lex)) is not None and held[0] < o
                        and fold(held[1].split()[0]) not in lex.organisations)
               # "a shopkeeper in Salalah's al-Haffa market": a place owned by a place, inside the complement
               # ("The organisers of Belfast's annual Diwali festival": how often it is held, between the owner and the name)
               and not (lex.adjectival_names and PREPOSITION_BEFORE.search(OWNER_BEFORE.sub("", _RECURRENCE_BEFORE.sub("", segment[:o]))))
               # "Farmers in the surrounding Sarah Baartman district": a place named after someone, no speaker
               and not (lex.adjectival_names and _PLACE_NOUN_AFTER_EN.match(segment, o + len(n)))
               # "A Grade 6 teacher", "a Year 10 pupil": a numbered level qualifying the noun after it, no name
               and not (lex.adjectival_names and " " not in n and _NUMBER_THEN_NOUN_AFTER_EN.match(segment, o + len(n)))
               and not (lex.adjectival_names and o and (kind := _PREPOSITION_AND_KIND_BEFORE.search(segment, max(0, o - 50), o))
                        and (fold(kind.group("noun")) in lex.organisation_nouns
                             # ("point guard for the league leaders Dynamo Windhoek": whom the complement's role describes)
                             or " " in n and fold(kind.group("noun")).removesuffix("s") in lex.roles)
                        and not (kind.group().startswith("of") and person_closing_a_title(segment, o, n, lex)))]
    if lex.adjectival_names and len(primary) < len(names):
        # "Residents of Kelby and Harlow", "X, the Minister for Works and Housing": a name joined by
        # "and" to a complement is one too
        kept = []
        for i, (o, n) in enumerate(names):
            if (o, n) in primary and not (i and names[i - 1] not in kept and _JOINED_AFTER_NAME.search(segment, 0, o)) \
                    and not (i and names[i - 1] not in kept and (" " not in n or names_a_place_after_a_town(n) or n.startswith("County "))
                             and segment[names[i - 1][0] + len(names[i - 1][1]):o] == ", "):
                # (not "a power station in Calaca, Batangas", "in Whyalla, South Australia", "in Rotherham, South Yorkshire",
                # "in Athlone, County Westmeath, Ireland": the town's county, province or country)
                kept.append((o, n))
        primary = kept
    if lex.adjectival_names and len(primary) >= 2 and (primary[0][0] == 0 or _OPENING_ARTICLE.fullmatch(segment, 0, primary[0][0])) \
            and modifier_before_name(segment, primary[0][0] + len(primary[0][1]), primary[1][0], lex):
        # ("the South African brewer Karoo Beverages", "German automotive supplier X": demonyms too)
        primary = primary[1:]  # "Bus operator Dunav Ekspres": a capitalised modifier, a noun, then the name
    role_first = role_in(segment, lex)
    if lex.adjectival_names and role_first is not None and any(
            o <= role_first[0] < o + len(n) and (not lex.organisations.isdisjoint(folded_words(n))
                                                 and role_first[0] + len(role_first[1]) <= o + len(n) or (
                closes_on_a_company_word(n) and role_first[0] + len(role_first[1]) < o + len(n)))
            for o, n in primary):
        # "the State Auditor's Office for …", "Prairie Coach Industries": the title is a word of the name (not "Radio amateur
        # Dale Brinkley": a role running past the capitalised word)
        role_first = None
    if role_first is not None:
        # "ex-députée UMP", "PDG de HP": an acronym after a role is its complement, not a person.
        primary = [(o, n) for o, n in primary if not (n.isupper() and o > role_first[0]) or (
            lex.adjectival_names and not segment[role_first[0] + len(role_first[1]):o].strip()
            or segment[role_first[0] + len(role_first[1]):o] == ", "
            or lex.adjectival_names and (owned := _PLURAL_OWNER_BODY.fullmatch(segment, role_first[0] + len(role_first[1]), o)) is not None
            and fold(owned.group("noun")) in lex.organisations)
            and not segment[o + len(n):].strip()]  # (English "the broadcaster RTP", "l'exploitant, EDF", "Nurses’ union NZNO": the role's own name)
        if not lex.adjectival_names and len(primary) == 1 and primary[0][0] > role_first[0] \
                and (noun := _NAMED_COMPLEMENT_NOUN_BEFORE_FR.search(segment, role_first[0], primary[0][0])) is not None \
                and (fold(noun.group("noun")) in lex.organisation_nouns or fold(noun.group("noun")) in lex.roles or noun.group("chez")) \
                and segment[primary[0][0] + len(primary[0][1]):].strip() == "":
            # "un économiste de l'institut de recherche Dai-ichi", "analyste chez le courtier Leysen & Cie", "la fille du
            # chanteur X": the name closes the role's complement
            primary = []
    if lex.adjectival_names and role_first is not None and segment[role_first[0]:role_first[0] + 1].isupper() \
            and (whole := organisation_around(segment, role_first[0], lex)) is not None:
        # "the Royal College of Nurses", "Irish Nurses and Midwives Organisation"; "Fiji's Office of the Auditor-General":
        # the office, without the country owning it
        owned = _COUNTRY_OWNING.match(whole)
        return Mention(segment, name=whole[owned.end():] if owned and owned.group("country") in COUNTRY_NAMES else whole, organisation=True)
    if lex.adjectival_names and role_first is not None and primary:
        # "Dockers' union chief": a plural possessor of the role, not the speaker
        primary = [(o, n) for o, n in primary if not (
            o < role_first[0] and n.endswith("s") and segment[o + len(n):o + len(n) + 2] in ("' ", "’ "))]
    if lex.adjectival_names and len(primary) >= 2 and primary[0][1].endswith("s") \
            and _PLURAL_OWNER_THEN_NOUNS.fullmatch(segment, primary[0][0] + len(primary[0][1]), primary[1][0]):
        primary = primary[1:]  # "Lions' top scorer Brian Chikore": the team owns the role; the person speaks
    by_name = [(o, n) for o, n in names if _AGENT_BEFORE.search(segment[:o])]
    if lex.adjectival_names and len(by_name) == 1 and (after := [(o, n) for o, n in names if o > by_name[0][0]]) \
            and modifier_before_name(segment, by_name[0][0] + len(by_name[0][1]), after[0][0], lex):
        by_name = [after[0]]  # "by Stockton consultants Leven Geotechnical": a place, their trade, then the firm
    if by_name and lex.adjectival_names and primary and primary[0][0] < by_name[0][0] \
            and _MAKER_AFTER_NAME.fullmatch(segment, primary[0][0] + len(primary[0][1]), by_name[0][0]):
        by_name = []
    if by_name:
        primary = by_name
    if role_first is not None and not lex.adjectival_names and primary and primary[0][0] < role_first[0] \
            and fold(primary[0][1].split()[0]) in lex.organisations \
            and (_NAME_COMPLEMENT.fullmatch(segment, primary[0][0] + len(primary[0][1]), role_first[0])
                 or _LOWER_NAME_COMPLEMENT.fullmatch(segment, primary[0][0] + len(primary[0][1]), role_first[0])
                 or (" " not in primary[0][1] and role_first[0] == primary[0][0] + len(primary[0][1]) + 1
                     and _LOWER_WORDS_TO_END.fullmatch(segment, role_first[0]))):
        # "le Syndicat des commerçants du Wouri", "le Conseil national de l'ordre des médecins", "l'Union cycliste
        # internationale": the role word is part of the name
        role_first = None
    if lex.adjectival_names and role_first is not None and not primary \
            and len(after_role := segment[role_first[0] + len(role_first[1]):].split()) == 1 \
            and after_role[0].islower() and fold(after_role[0]) in lex.organisations:
        phrase = clean_phrase(segment, lex)
        return Mention(segment, role=phrase, organisation=True)  # "The student council said": a body the role word qualifies
    role_hit = role_first
    role = None
    if role_hit is not None:
        start = role_hit[0]
        if not lex.adjectival_names and (body := _BODY_NOUN_BEFORE_FR.search(segment, 0, start)) is not None \
                and segment[start:start + 1].islower() and fold(body.group("noun")).rstrip("s") in lex.organisation_nouns:
            start = body.start("noun")  # "les organisations paysannes": the body's noun, its members' trade after it
        if fold(segment.split()[0]) in QUANTIFIERS and not primary:
            start = 0  # "One interviewee", "Some of the protesters"
        elif lex.adjectival_names and not primary and start and (_NOUN_MODIFIERS.fullmatch(segment[:start])
                                                                 or _GROUP_OF.fullmatch(segment[:start])):
            start = 0  # "A council spokesperson", "disaster officials", "a group of telecom customers": one role
        elif lex.adjectival_names and not primary and start and (owner := _OWNER_BEFORE_ROLE.fullmatch(segment, 0, start)):
            start = owner.start("owner")  # "Lopez's spokesman": whose spokesman it is belongs to the role
        elif lex.adjectival_names and not primary and start and fold(role_hit[1]) in _KIN_ROLES \
                and (person := _PERSON_WITH_OWN_KIN_EN.fullmatch(segment, 0, start)) is not None \
                and not PEOPLE_BY_KIND.isdisjoint(person.group("words").split()[:2]):
            start = 0  # "a woman waiting with her feverish son": the woman, described by her son
        elif lex.adjectival_names and not primary and start and (owner := _BODY_BEFORE_ROLE.fullmatch(segment, 0, start)) \
                and (fold(owner.group("body")) in lex.organisations or fold(owner.group("body")) in lex.organisation_nouns):
            start = owner.start("body")  # "The ministry's spokesman", "the festival's organisers": the body's spokesman
        elif lex.adjectival_names and not primary and start and (owner := _BODY_BEFORE_ROLE.fullmatch(segment, 0, start)
                                                                 or _DESCRIBED_OWNER_BEFORE_ROLE.fullmatch(segment, 0, start)) \
                and fold(role_hit[1]) in _KIN_ROLES:
            start = owner.start("body")  # "The widow's son", "the injured man's brother": whose relative speaks
        elif lex.adjectival_names and not primary and start and (owner := _BODY_BEFORE_ROLE.fullmatch(segment, 0, start)
                                                                 or _DESCRIBED_OWNER_BEFORE_ROLE.fullmatch(segment, 0, start)) \
                and fold(owner.group("body").split()[-1]) not in lex.roles and not (segment[start + len(role_hit[1]):].strip()):
            start = owner.start("body")  # "The vessel's captain", "the food bank's organisers": the thing whose role it is
        elif lex.adjectival_names and not primary and start and (sent := _DOCUMENT_SENT_TO.fullmatch(segment, 0, start)) is not None:
            start = sent.start("document")  # "a letter sent to parents": the letter, its readers no speakers
        elif lex.adjectival_names and not primary and start and (agent := _AGENT_WITH_MODIFIERS.search(segment, 0, start)) is not None:
            start = agent.start("modifiers")  # "A report to the committee by planning officers": the officers who wrote it
        elif lex.adjectival_names and not primary and start and (level := _NUMBERED_LEVEL_BEFORE.search(segment, 0, start)) is not None:
            start = level.start()  # "A Grade 6 teacher": the year the role teaches or studies in is part of it
        end = len(segment)
        for o, n in primary:
            if o > start:
                end = o
                break
        role = clean_phrase(segment[start:end], lex) or None
        if role and lex.adjectival_names and start == 0 and not primary and " who " in role:
            role = COUNTING_WORD.sub("", role)  # "One magistrate who voted for the increase": who, not how many
        if role and len(role.split()) > 8 and not _NAME_COMPLETING_ROLE.fullmatch(role, len(" ".join(role.split()[:8]))) \
                and not (len(role.split()) <= 12 and role.split()[7] in _LINKING_WORDS) \
                and not (len(role.split()) <= 20 and "whose" in role.split()) \
                and not (not lex.adjectival_names and len(role.split()) <= 14 and _ROLE_OF_OWNED_BODY_FR.fullmatch(role)):
            # (but "an official at the National Company for Road Infrastructure Administration",
            # "a representative of one of the clubs in the top division", whose cut would end on "the",
            # and "a teacher in Mito whose house was damaged in the fire", a description and its clause)
            cut = len(" ".join(role.split()[:8]))
            # ("a nurse manager at the University of Vermont Medical Center in Burlington": the name's end, not its place)
            completed = _NAME_COMPLETING_ROLE.match(role, cut)
            placed = NAMED_BODY_IN_PLACES.fullmatch(role) if lex.adjectival_names else None
            role = role[:completed.end()] if completed is not None and role.startswith(" in ", completed.end()) \
                else placed.group("role") if placed is not None else role[:cut]  # ("Midwives at X in Athlone, County Westmeath, Ireland")
        if role and (negated := _NEGATION_CLITIC.search(role)) is not None:
            role = role[:negated.start()]  # "Un père de famille rencontré devant une supérette du centre-ville n'y croit plus"
        if role and not lex.adjectival_names and (titled := _TITLE_WORD_AFTER_ROLE_FR.search(role)) is not None \
                and fold(titled.group("title")) in lex.roles:
            role = role[:titled.start()]  # "son vice-chancelier, le professeur X": the office, the title before the name
    if lex.adjectival_names and len(primary) >= 2 and _names_joined(segment, primary, lex):
        last_offset, last = primary[-1]
        after = segment[last_offset + len(last):].split()
        name = _TITLE_IN_JOINT.sub("", segment[primary[0][0]:last_offset + len(last)])
        if not after:  # "Ann Lee and Tom Reyes", "Kimberly-Clark and Solaris Paper": they speak together
            return Mention(segment, name=name, role=_plural_role_opening(segment[:primary[0][0]], lex),
                           organisation=not {fold(w) for w in name.split()}.isdisjoint(lex.organisations))
        if after[0] in ("of", "from", "at") and all(" " in joined and lex.organisations.isdisjoint(folded_words(joined))
                                                    for _, joined in primary):
            # "Fiona Grealy and Ben Achterberg of the accounting firm Brightwater Partners": the people, their firm after them
            return Mention(segment, name=name, role=_plural_role_opening(segment[:primary[0][0]], lex))
        if len(after) <= 2 and all(w.isalpha() and w.islower() for w in after) and group_noun(after[-1], lex):
            return Mention(segment, role=clean_phrase(segment, lex))  # "New Orleans and Jefferson Parish officials"
    if lex.adjectival_names and len(primary) == 1 and primary[0][0] == 0 \
            and _AND_FOLLOWERS.fullmatch(segment, len(primary[0][1])) is not None:
        return Mention(segment, role=clean_phrase(segment, lex))  # "Trump and his supporters"
    if lex.adjectival_names and len(primary) == 1 and (role_hit is None or role_hit[0] > primary[0][0]):
        after = segment[segment.find(primary[0][1]) + len(primary[0][1]):].split()
        described_company = segment[:primary[0][0]] in ("The ", "the ") and primary[0][1].endswith(DEMONYM_ENDINGS) \
            and fold(after[-1] if after else "") in COMPANY_NOUNS  # ("The Finnish telecoms equipment maker")
        if 1 <= len(after) <= (3 if described_company else 2) and all(w.isalpha() and w.islower() for w in after) and (
            " " not in primary[0][1] or group_noun(after[-1], lex)
        ) and (len(after) == 1 or group_noun(after[-1], lex) or (
            # "The FBI's Detroit field office": an owner's unit in a place
            segment[:primary[0][0]].rstrip().endswith(("'s", "’s")) and after[-1] in _UNIT_NOUNS_EN) or (
            segment[:primary[0][0]] in ("", "The ", "the ") and primary[0][1].endswith(DEMONYM_ENDINGS)
            and (fold(after[-1]) in lex.companies or fold(after[-1]) in lex.organisation_nouns))):
            # "Saudi officials", "Chilean military authorities", "Jefferson Parish officials", headline
            # "Japanese regional bank", "The German engineering group": a qualifier.
            return Mention(segment, role=clean_phrase(segment, lex))
        if " " not in primary[0][1] and after and group_noun(after[0], lex) and (fold(after[1] if len(after) > 1 else "") in (
            "in", "at", "from", "for", "of", "on"
        ) or len(after) > 2 and after[1].endswith("ing") and after[1].islower()):
            return Mention(segment, role=clean_phrase(segment, lex))  # "Hospital officials in Omsk", "Truck drivers waiting at X"
    if lex.adjectival_names and len(primary) == 1 and role_hit is not None \
            and (" " not in primary[0][1] or _DEFINITE_ARTICLE_THEN_NAME.match(segment, 0, primary[0][0] + 1)) \
            and primary[0][0] < role_hit[0] and _ROLE_MODIFIER.fullmatch(segment, 0, role_hit[0]) \
            and not (segment[role_hit[0]].isupper() and segment.endswith(("of ", "of the "), 0, role_hit[0])) \
            and not segment[role_hit[0] + len(role_hit[1]):].lstrip()[:1].isupper():
        # "the Senate minority leader", "a GP partner in Ludlow": a capitalised modifier of the
        # role, no person's name right after it (not "the Office of the Inspector of Prisons": a body's name)
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.adjectival_names and len(primary) == 1 and " " not in primary[0][1] \
            and _INDEFINITE_MODIFIER_THEN_NOUN.match(segment) is not None and segment[primary[0][0] - 1:primary[0][0]] == " " \
            and segment[:primary[0][0]].strip().lower() in ("a", "an"):
        return Mention(segment, role=clean_phrase(segment, lex))  # "An Aboriginal corporation that holds native title over …"
    if primary:
        return _named_mention(segment, primary, role, role_hit, lex)
    return unnamed_mention(segment, role, lex)


def _named_mention(segment: str, primary: list[tuple[int, str]], role: str | None, role_hit: tuple[int, str] | None,
                   lex: Lexicon) -> Mention:
    """The speaker SEGMENT names by one of its PRIMARY names (offset, name), the one ROLE (found at ROLE_HIT) belongs to
    or the body it names, with the words that complete that name."""
    name = primary[0][1] if role_hit is None or primary[0][0] > role_hit[0] else primary[-1][1]
    if lex.adjectival_names and role_hit is not None and primary[0][0] == 0 \
            and (" " in primary[0][1] or segment.startswith(primary[0][1] + ", ")) \
            and _ROLE_IN_APPOSITION.fullmatch(segment, len(primary[0][1]), role_hit[0]) \
            and lex.organisations.isdisjoint(folded_words(primary[0][1])):
        name = primary[0][1]  # "Ravi Shankar, an analyst at Hollister & Crane", "Lott, a former Decatur police officer"
    if not lex.adjectival_names and role_hit is not None and len(primary) >= 2 and primary[0][0] > role_hit[0] \
            and name != primary[-1][1] and " " in primary[-1][1] and is_first_name(primary[-1][1].split()[0]) \
            and not is_first_name(name.split()[0]) and (segment[:primary[-1][0]].rstrip().endswith(",") or (
                titled := _TITLE_AFTER_COMMA_FR.search(segment, 0, primary[-1][0])) is not None and fold(titled.group("title")) in lex.roles) \
            and not segment[primary[-1][0] + len(primary[-1][1]):].strip(" ."):
        # "le vice-président … de la communauté d'agglomération Béthune-Bruay, Artois-Lys Romane, Philippe Lesage":
        # the body's second name, then the person closing the phrase ("le chef des maîtres-nageurs sauveteurs CRS
        # de Biscarrosse, l'adjudant-chef Serge Lacoste": his rank before his name)
        return Mention(segment, name=primary[-1][1], role=role)
    introduced = False  # by an organisation noun ("l'ONG espagnole Frontera Sur")
    if role_hit is not None and len(primary) >= 2 and primary[0][0] > role_hit[0] \
            and _person_in_apposition(segment, primary[0], primary[1], lex):
        # "la présidente du groupe Les Républicains, Anne-Sophie Méral": the organisation belongs
        # to the role, the person in apposition after it holds the role.
        name = primary[1][1]
    elif role_hit is not None and len(primary) >= 2 and primary[0][0] > role_hit[0] \
            and segment.count(",", role_hit[0], primary[-1][0]) == 1 and segment[:primary[-1][0]].rstrip().endswith(",") \
            and not segment[primary[-1][0] + len(primary[-1][1]):].strip(" .") \
            and " " in primary[-1][1] and lex.organisations.isdisjoint(folded_words(primary[-1][1])):
        name = primary[-1][1]  # "le directeur de la branche Eau de l'ONEE, Abdelhak Ouazzani": the same, further on
    elif lex.adjectival_names and role_hit is not None and len(primary) >= 2 and primary[0][0] > role_hit[0] \
            and not segment[primary[-1][0] + len(primary[-1][1]):].strip(" .") and " " in primary[-1][1] \
            and (between := segment[primary[-2][0] + len(primary[-2][1]):primary[-1][0]].split()) \
            and all(w.islower() for w in between) and role_in(" ".join(between), lex) is not None \
            and lex.organisations.isdisjoint(folded_words(primary[-1][1])):
        name = primary[-1][1]  # "the spokesperson, former Queensland fire commissioner Ross Whitely": the office's place
    elif not lex.adjectival_names and len(primary) >= 2 and re.split(r"['’]", fold(primary[0][1]))[-1] in lex.organisation_nouns \
            and _LOWER_WORDS.fullmatch(segment, primary[0][0] + len(primary[0][1]), primary[1][0]):
        name, introduced = primary[1][1], True  # the noun and its nationality introduce the name ("L'ONG belge X")
        if primary[0][0] > 0 and not primary[0][1].isupper() and primary[0][1][:1].isupper():
            # "la Société régionale multiservices Casablanca-Settat": a capitalised noun opens the name
            name = segment[primary[0][0]:primary[1][0] + len(primary[1][1])]
    low_words = {fold(w) for w in name.split()}
    if lex.adjectival_names and role is not None and fold(role.split()[-1]) in lex.roles and given_name_like_a_body(name.split(), lex):
        low_words.discard(fold(name.split()[0]))  # "Club president Washington Ferrés": a given name, no capital's government
    if lex.adjectival_names and role is None and len(primary) == 1 \
            and _UNIT_AFTER_NAME_EN.fullmatch(segment, primary[0][0] + len(name)) is not None:
        return Mention(segment, role=clean_phrase(segment, lex), organisation=True)  # "The PSNI's Banbridge neighbourhood team"
    before = segment[: segment.find(name)].strip()
    if role is not None and not lex.adjectival_names and (kind := NOUN_AND_KIND_FR.fullmatch(before)) is not None \
            and fold(kind.group("noun")) in lex.organisation_nouns and fold(kind.group("noun")) not in lex.roles:
        role = None  # "L'association des commerçants Oisans Actif": its members' trade, not a speaker's role
    organisation = introduced or bool(low_words & lex.organisations) or name.isupper() or name.split()[0] in COMPANY_PREFIXES \
        or (lex.adjectival_names and closes_on_a_company_word(name)) or (lex.adjectival_names and role is None and national_body(name, lex)) or (
        before != "" and fold(before.split()[-1]).rstrip("'’") in lex.bare_determiners and role is None
    ) or (before != "" and role is None and fold(before.split()[-1]).rstrip(",").split("'")[-1] in lex.organisation_nouns) or (
        before != "" and role is None and not lex.adjectival_names and (qualified := _BODY_NOUN_AND_ADJECTIVE.fullmatch(before))
        and fold(qualified.group("noun")) in lex.organisations  # "le comité citoyen Air pur Sept-Îles"
    ) or (
        before != "" and role is None and not lex.adjectival_names and NOUN_AND_KIND_FR.fullmatch(before) is not None
        and fold(NOUN_AND_KIND_FR.fullmatch(before).group("noun")) in lex.organisation_nouns
    ) or (role is None and segment.startswith(", ", segment.find(name) + len(name))
          and describes_a_body(segment[segment.find(name) + len(name) + 2:], lex)  # "l'association de consommateurs Maâ wa Hayat"
    ) or (lex.adjectival_names and role is None and " " not in name and not is_first_name(name)
          and _FRENCH_NAME_TAIL.match(segment, segment.find(name) + len(name)) is not None
    ) or (lex.adjectival_names and role is None and before == "" and _LOWER_BODY_NOUN_AFTER.fullmatch(segment, segment.find(name) + len(name))
          is not None and (fold(segment.split()[-1]) in lex.organisations or fold(segment.split()[-1]) in lex.organisation_nouns)
          and fold(segment.split()[-1]) not in _ENGLISH_DOCUMENT_WORDS)
    # (a headline's "Leeds hospitals trust says"; not "ECan monitoring data": a document)
    joined = AND_ORGANISATION.match(segment, segment.find(name) + len(name))
    if joined is not None and fold(joined.group("last")) in lex.organisations:
        # "National Oceanic and Atmospheric Administration"
        name, organisation = name + joined.group(), True
    if lex.adjectival_names and (tail := organisation_tail(segment, segment.find(name) + len(name), name, lex)):
        name, organisation = name + tail, True
    if organisation and role is None and lex.adjectival_names and fold(before).split()[:1] in (["a"], ["an"]) \
            and (" " not in name and fold(before) in ("a", "an") and not low_words & lex.organisations
                 or _AGE_EPITHET_BEFORE.fullmatch(before)) \
            and (after := segment[segment.find(name) + len(name):].split()) \
            and after[0].islower() and (is_agent_noun(after[0], lex) or after[0] in PEOPLE_BY_KIND or fold(after[0]) in lex.roles) \
            and fold(after[0]) not in lex.organisations:
        # "a Mennonite rancher in Spanish Lookout", "a 24-year-old Air Force veteran from Glendale": who, no body
        return Mention(segment, role=clean_phrase(segment, lex))
    if organisation and role is None and lex.adjectival_names and len(primary) >= 2 \
            and primary[-1][0] > segment.find(name) + len(name) and segment[segment.find(name) + len(name):primary[-1][0]].strip() \
            and segment[segment.find(name) + len(name):].lstrip()[:1].islower() \
            and role_in(segment[segment.find(name) + len(name):primary[-1][0]], lex) is not None:
        # "Rural Doctors Association vice-president Dr Kate Ellery": the body's officer, by name
        office = segment[:primary[-1][0]].split()
        while office and office[-1].rstrip(".") in lex.titles:
            office.pop()  # ("… vice-president Dr")
        return Mention(segment, name=primary[-1][1], role=clean_phrase(" ".join(office), lex))
    if organisation and role is None and not (lex.adjectival_names and _DOCUMENT_NOUN_AFTER.match(segment, segment.find(name) + len(name))):
        # (English "A UN statement said": the document's author speaks)
        tail = segment[segment.find(name) + len(name):].split()
        if lex.adjectival_names and (named := next((k for k in range(2, len(tail)) if tail[k][:1].isupper()
                                                     and tail[k - 1] in COMPANY_NOUNS and tail[0].endswith(("'s", "’s", "s'", "s’"))), None)):
            # "the Lindqvist family's investment company Skären Invest": the company, named after its owner's description
            return Mention(segment, name=" ".join(tail[named:]).rstrip(" .;:"), role=role, organisation=True)
        if not lex.adjectival_names and " " not in name and fold(name) in lex.organisations and tail \
                and tail[0] in ("de", "des", "du") and len(tail) <= 10 and "," not in " ".join(tail):
            # "l'Association de défense des victimes de Caves & Héritage": a capitalised body's noun, then what it is for
            return Mention(segment, name=f"{name} {' '.join(tail)}".rstrip(" .;:"), role=role, organisation=True)
        if not lex.adjectival_names and len(tail) in (2, 3) and tail[1][:1].isupper() and (len(tail) == 2 or tail[2].startswith("(")) \
                and (tail[0] == "à" or tail[0] in ("en", "et") and any(noun in fold(segment) for noun in _CIVIC_BODY_NOUNS_FR)):
            # "l'association Vivre à Magny", "l'Université du Québec à Rimouski (UQAR)": the town, in the name
            # ("L'association de riverains Vivre en Vieille-Ville", "l'association Pornic Voiles et Traditions",
            # "L'organisation de défense des droits de l'homme Ciudadanos en Alerta")
            return Mention(segment, name=f"{name} {tail[0]} {tail[1]}".rstrip(" .;:,"), role=role, organisation=True)
        if tail and tail[0][:1].islower() and (len(tail) <= 6 or lex.adjectival_names and len(tail) <= 10 and all(
                w[:1].isupper() or w in ("of", "the", "and") for w in tail[1:])) and fold(tail[0]) not in lex.stops and tail not in (["et"], ["ou"]) \
                and not (lex.adjectival_names and (tail[0] in ("that", "which", "who") or tail[0] in _PLACE_PREPOSITIONS_EN)) \
                and not (lex.adjectival_names and len(tail) >= 2 and tail[0].endswith("s") and not tail[0].endswith("ss")
                         and tail[1][:1].isdigit()) \
                and not (lex.adjectival_names and tail[0] == "of" and name.split()[-1].rstrip(".") in LEGAL_FORMS) \
                and not (not lex.adjectival_names and name.isupper() and len(name) > 1 and tail[0] not in _LINKS_AFTER_ACRONYM_FR
                         and tail[0][:2] not in ("d'", "d’")):
            # ("The National Inquiry into Missing and Murdered Indigenous Women and Girls": longer, all capitalised)
            # (nor "le CCNB suspend six programmes": a verb after a short form, where "la CGT du centre hospitalier" goes on)
            # (not "Prairie Current Energy LLC of Minneapolis": the legal form closes the name, where it is based follows;
            # nor a headline's "Gaming Commission shuts 60 betting shops, says …": a verb and its object)
            # "la Banque centrale européenne", "l'Institut pour l'étude de la guerre" (not "par X et", cut before
            # "publiée en 2025": a coordination)
            if lex.adjectival_names and (place := next((k for k in range(1, len(tail) - 1) if tail[k] in _PLACE_PREPOSITIONS_EN
                                                        and tail[k + 1][:1].isupper()), None)) is not None \
                    and all(w[:1].isupper() or w in ("of", "the", "and") for w in tail[:place]):
                # "the Red River Gallery of Art in Winnipeg": where it is, no part of its name (but "the United States
                # embassy in Antananarivo": the place tells which embassy)
                tail = tail[:place]
            apposed = " ".join(tail).partition(", ")[2]
            if apposed and apposed.rstrip(" .;:").isupper() and 2 <= len(apposed.rstrip(" .;:")) <= 8:
                return Mention(segment, name=apposed.rstrip(" .;:"), role=role, organisation=True)  # "the UN refugee agency, UNHCR"
            name = f"{name} {' '.join(tail)}".rstrip(" .;:")
    if lex.adjectival_names and not organisation and role is None and segment.startswith(name + " ") \
            and 1 <= len(after := segment[len(name):].split()) <= 3 and all(w.replace("-", "").isalpha() and w.islower() for w in after) \
            and fold(after[-1]) in _PUBLIC_BODY_NOUNS_EN:
        return Mention(segment, role=clean_phrase(segment, lex), organisation=True)  # "Maldives anti-corruption watchdog says"
    if not lex.adjectival_names and role is not None and _FIRM_OF_A_FAMILY_FR.search(name) is not None \
            and fold(role) in fold(name).split():
        role = None  # "Roussot et Fils": a firm, no son
    if lex.adjectival_names and role is not None and role[:1].isupper() and " " not in role and f"{role} {name}" in segment \
            and names_a_place_after_a_town(name):
        return Mention(segment, name=f"{role} {name}", organisation=True)  # "Ombudsman Saskatchewan said": an office, no person
    return Mention(segment, name=name, role=role, organisation=organisation)


# English: a month closing a subject ("… sent by the directorate in August"): when, no part of who.
_MONTH_CLOSING_EN = re.compile(r"\s+in\s+(?:" + "|".join(FULL_MONTH_NAMES) + r")\s*$")
# French: a service, what it does, then the area it covers, named by its rivers or places joined by hyphens ("le service de
# prévision des crues Garonne-Tarn-Lot"): the whole is the service's name, the area no body of its own.
_SERVICE_OF_AN_AREA_FR = re.compile(r"\s*(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u)\s*(?P<service>(?:service|centre|office)\s+(?:de|des|du|d['’])\s*[a-zà-ÿ'’ ]+?"
                                    r"\s+[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)+)\s*")
# French: the members of a body named with capitals ("les membres du Collectif des supporters de l'AHC"): the body speaks.
_MEMBERS_OF_NAMED_BODY_FR = re.compile(r"\s*(?:[Ll]es\s+|[Dd]es\s+)?membres\s+(?:du|de\s+la|de\s+l['’]|des)\s*"
                                       r"(?P<body>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,8})\s*")
# French: a past participle and its complement, in apposition to a subject ("réunis en association").
_PARTICIPLE_AND_COMPLEMENT_FR = re.compile(r"\s*[a-zà-ÿ]{3,}(?:és|ées|is|ies)\s+(?:en|par|dans|au|aux|sur|autour)\s+[^,]{1,60}")
# English: a body's unit named by its place and lower-case nouns after it ("Banbridge neighbourhood team").
_UNIT_AFTER_NAME_EN = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:team|unit|squad|branch|division|section)\s*")
# English: a letter or a note sent to people ("a letter sent to parents"): the document, not its readers.
_DOCUMENT_SENT_TO = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?P<document>(?:[a-z-]+\s+)?(?:letter|email|e-mail|message|memo|note|notice|circular|newsletter))"
                               r"\s+(?:sent|addressed|written|delivered|handed|emailed|posted|issued)\s+to\s+(?:the\s+|all\s+)?")
# French: a title after a role and a comma ("son vice-chancelier, le professeur X"): no part of the role.
_TITLE_WORD_AFTER_ROLE_FR = re.compile(r",\s+(?:le|la|l['’])\s*(?P<title>[\w-]+)$")
_NATIONS = frozenset(name for name in COUNTRY_NAMES + NATION_NAMES if " " not in name)
# English: a country's possessive opening a body's name ("Fiji's Office of the Auditor-General").
_COUNTRY_OWNING = re.compile(r"(?P<country>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})['’]s (?=[A-Z])")


def national_body(name: str, lex: Lexicon) -> bool:
    """English: a word that is no first name or title, then a country ("Netball Scotland", "Statistics Canada"):
    a national body."""
    words = name.split()
    return len(words) == 2 and words[1] in _NATIONS and words[0].isalpha() and words[0][1:].islower() \
        and words[0] not in lex.titles and not is_first_name(words[0])


_PLACE_PREPOSITIONS_EN = frozenset(("in", "at", "near", "outside"))
# French words that carry a short form's name on ("la CGT du centre hospitalier", "la FDSEA de l'Allier").
_LINKS_AFTER_ACRONYM_FR = frozenset(("de", "du", "des", "à", "au", "aux", "en", "pour", "sur"))
