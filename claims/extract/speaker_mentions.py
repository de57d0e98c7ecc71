"""Parsing the words next to a claim into the `Mention` of its speaker."""

from __future__ import annotations

import re

from claims.extract.document_authors import document_author
from claims.extract.document_mentions_en import document_maker, english_document_speaker
from claims.extract.first_names import is_first_name
from claims.extract.lang import en as english
from claims.extract.name_titles_en import person_closing_a_title
from claims.extract.body_mentions_fr import BODY_SEATED, PRESS_TITLE, answering_agent, regional_body, unit_of_named_body
from claims.extract.group_phrases_en import (
    GROUP_OF_PLACES, ROLE_AT_A_PLACE_NOUN, describes_a_body, group_from_institution, group_noun, is_agent_noun, modifier_before_name,
    people_around_someone,
)
from claims.extract.organisations import DEMONYM_ENDINGS
from claims.extract.institution_names import listed_body_closing, listed_body_name, organisation_around, organisation_running_on, quoted_body_name
from claims.extract.speaker_lexicon import Lexicon, fold, folded_words
from claims.extract.speaker_whole_phrases_en import body_gathered_for_a_cause, kept_whole, named_unit_of_body, organisation_alias
from claims.extract.subject_openings_en import (
    GROUP_NOUNS, figures_owner, names_a_group_or_office, speaker_of_comment_clause, without_adverbs,
)
from claims.extract.sources import canonical_source
from claims.extract.speakers import (
    AND_ORGANISATION,
    _PARENS, COMPANY_PREFIXES, ITALIAN_TITLE, PLACE_NOUN_BEFORE, PREPOSITION_BEFORE, RELAYED_BY, UNNAMED_SOURCES, Mention, clean_phrase,
    closes_on_a_company_word, names_in, organisation_tail, role_in,
)

# French: a bare plural group ("des négociants"), which its relay describes ("interrogés par l'agence").
_BARE_PLURAL = re.compile(r"[Dd]es[ \u00a0]+[a-zà-ÿ-]{3,}[sx]")
# English: the same, without an article ("Protesters interviewed by Wikinews", as the real gold names them).
_BARE_PLURAL_EN = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z][a-z-]+\s+)?(?:[a-z][a-z-]{2,}s|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?:ers|ors|ents|ants|ists|ians|ees|les|ies))\s*")
# A capitalised owner right before a name ("Salalah's "): looked past to find the preposition before both.
_OWNER_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:['’]s|(?<=s)['’])\s+$")
# English: a capitalised plural noun opening a subject before names ("Retailers X and Y", "Insurers X").
_PLURAL_KIND_BEFORE_NAMES = re.compile(r"(?P<noun>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{3,}s)\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
_EN_NAME_LINKS = frozenset(("without", "for", "of", "against", "in", "on", "and", "united", "international"))
# English sentence adverbs that open a sentence before its subject ("Separately, the police said").
_FRENCH_INDEFINITE_DESCRIPTION = re.compile(
    r"(?:[Uu]n|[Uu]ne)\s+[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de|du|des|d['’]|à|au|aux)\s*"
    r"(?:(?!\s(?:(?:qui|que|dont|ne|nous|vous|se|y|lui|leur)(?![\w-])|(?:qu|n|s)['’]))[^,;:]){2,80}")
# French: someone the article does not name, described by a noun and its adjectives, then a relative clause.
_FRENCH_DESCRIBED_THEN_RELATIVE = re.compile(r"(?:[Uu]n|[Uu]ne)\s+[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?\s+qui\s+[^,;:]{2,80}")
# French: another outlet, named as colleagues ("nos confrères de Presse Océan", "nos confrères du Télégramme").
_COLLEAGUES_OF_FR = re.compile(r"\s*(?:[Nn]os|[Ll]es)\s+confrères\s+(?:de\s+|du\s+|d['’])(?P<outlet>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].{1,40})")
_SITE_OF_OWNER_FR = re.compile(
    r"(?:[Ll]e|[Ll]a)\s+(?:site|page|compte|application|plateforme)(?:\s+(?:web|internet|officiel(?:le)?))?\s+"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+)?(?:de\s+|d['’]|du\s+)(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].{1,60}|(?:la\s+|l['’]).{1,60})")
_ENGLISH_BODY_DESCRIPTION = re.compile(
    r"(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:venture|subsidiary|unit|partnership|consortium|division|affiliate|arm)"
    r"\s+(?:between|of|owned\s+by|formed\s+by|backed\s+by|led\s+by)\s.{3,120}")
_JOINED_AFTER_NAME = re.compile(r"[\w'’.-][ \u00a0]+(?:and|or|&)[ \u00a0]+$")
_CAPITALISED_RUN = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
# A body named with its portfolios listed: "Ministry of Culture, Tourism and Antiquities".
NAME_WITH_LISTED_PORTFOLIOS = re.compile(
    rf"(?!The\s)(?P<head>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?![\w'’-]))(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s+(?:of|for)\s+(?:the\s+)?{_CAPITALISED_RUN}"
    rf"(?:,\s+(?:the\s+)?{_CAPITALISED_RUN})*,?\s+(?:and|&)\s+(?:the\s+)?{_CAPITALISED_RUN}$")
_OPENING_ARTICLE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+")
_LISTED_BODY_THEN_SPOKESPERSON = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?P<body>[A-Z].+?)\s+(?P<role>spokes(?:wo)?man|spokesperson)")
_SECOND_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[a-zà-ÿ-]+)?\s+et\s+(?:(?:de\s+la|des|du|de)\s+)?$")
# English: an indefinite article, capitalised modifiers and lower-case nouns: a description, no name.
_INDEFINITE_DESCRIPTION = re.compile(
    r"[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*\s+(?:(?:and|of|for|&)\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?){1,4}(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
_INDEFINITE_WHOSE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+\s+whose\s+\S.*")  # "A woman whose father …"
_BODY_THEN_MODIFIER = re.compile(
    r"(?P<np>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+))\s+(?:that|which|[a-z]{3,}ing)\s+\S.*")
_INDEFINITE_PERSON_WITH_COMPLEMENT = re.compile(
    # ("A worker who has been at the port for 22 years": a relative clause for complement)
    # ("A woman travelling to Vehari with her two children": a participle for complement)
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z\d][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:with|from|of|at|in|on|for|who|[a-z]{3,}ing)\s")
_GROUP_WITH_COMPLEMENT = re.compile(r"[A-Za-z]+\s+(?:at|in|of|from|on|near|across|who)\s", re.IGNORECASE)
_INDEFINITE_PERSON_WITH_RELATIVE_FR = re.compile(r"(?:[Uu]ne?|[Ll]['’]une?)\s+[a-zà-ÿ-]+\s+qui\s")
# An agency's noun, its qualifiers, then its name ("l'agence allemande dpa", "the German news agency dpa").
_AGENCY_CLOSING = re.compile(r"(?:(?:[Ll]['’]|[Tt]he\s+)?[\w\s-]{0,30}?)\b(?:agence|agency)\b[\w\s-]{0,40}?\s(?P<name>\S+)")
# English: a body named by what it does "for" a place ("Transport for London (TfL)", "Homes for Scotland").
_BODY_FOR_A_PLACE = re.compile(r"(?:[Tt]he\s+)?(?P<name>(?P<kind>[A-Z][a-z]+)\s+for\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,4}))")  # ("Transport for NSW")
# English: a lower-case owner opening a phrase, maybe after a word or a nationality ("world football's
# governing body", "European football's governing body").
_LOWER_CASE_OWNER_OPENING = re.compile(
    r"(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|it|there|he|she|what|who|let|here|where)\b)(?:[a-z]+\s+|[A-Z][a-z]+(?:an|ese|ish|ic)\s+)?[a-z]+['’]s\s+[a-z]")
_OWNER_BEFORE_ROLE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*){0,3}(?:['’]s|(?<=s)['’]))\s+(?:[a-z][\w-]*\s+){0,2}")
_KIN_ROLES = frozenset(("son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "partner", "mum", "dad",
                        "niece", "nephew", "grandson", "granddaughter", "grandmother", "grandfather", "widow", "widower"))
_LEDE_CAPITALS = re.compile(r"(?:An?|AN?|The|THE)\s+(?P<noun>[A-Z]{4,})")
_BODY_BEFORE_ROLE = re.compile(r"(?:[Tt]he\s+)?(?P<body>[a-z]+)['’]s\s+(?:[a-z]+\s+){0,2}")  # ("The municipality's city manager")
# French: an article and a body's head noun alone, capitalised ("le Ministère").
_CAPITALISED_BODY_HEAD_FR = re.compile(r"(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*)(?P<head>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+)")
# (French writes "le ministère des Transports" in lower case, then "le Ministère" alone; other heads
# written capitalised alone, "la Région", "la Direction", have their own pass)
_COMMON_BODY_HEADS_FR = frozenset(("ministere",))
# English: a group's noun, then its name (which may open on a title's word: "Justice Now Jamaica").
_GROUP_NOUN_THEN_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,2}(?:group|organi[sz]ation|charity|campaign|movement|coalition|alliance|network|NGO)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*)+)")
# English: a body named with its linking words ("the Bahamas Chamber of Commerce and Employers
# Confederation's chairman") owning the role that closes the phrase.
_LINKED_NAME_OWNING_ROLE = re.compile(
    r"(?:[Tt]he\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*)*"
    r"\s+(?:of|for|and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*)*['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]*)")
_AGE_BEFORE_NAME = re.compile(r"^\d{1,3}-year-old\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
_BOTH = re.compile(r"^[Bb]oth\s+|\s+both$")
_DOCUMENT_NOUN_AFTER = re.compile(r"\s+(?:press\s+)?(?:statement|release|report|letter|spokesman|spokeswoman|spokesperson)s?\b")
# Lower-case words before a role word, after an optional article ("a council ", "the ministry ").
# The rest of a long role phrase, a body's name completing it: " Infrastructure Administration".
_LINKING_WORDS = frozenset(("the", "a", "an", "of", "in", "at", "for", "from", "on", "with", "to", "and",
                            "et", "de", "du", "des", "la", "le", "les", "à", "au", "aux"))
_COMPLEMENT_NOUN_BEFORE = re.compile(r"[a-zà-ÿ]\s+(?:du|de\s+la|de\s+l['’]|des)\s*[a-zà-ÿ]{3,}\s+$")
_NEGATION_CLITIC = re.compile(r"\s+n['’](?:y|en)?\b.*$")
_NAME_COMPLETING_ROLE = re.compile(r"(?: (?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*|of|for|and|the|on)){1,5}(?<! of)(?<! for)(?<! and)(?<! the)(?<! on)")
# "Analysts at the research firm Gold Coast Economics": the body's kind after a preposition, then its name.
_PREPOSITION_AND_KIND_BEFORE = re.compile(r"\b(?:at|of|for|with|from)\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)\s+$")
_GROUP_OF = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:group|coalition|team|panel|consortium|delegation)\s+of\s+(?:[\w-]+\s+){0,2}")
_GROUP_OF_COUNTED = re.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+(?:group|coalition|team|panel|delegation)\s+of\s+\d+\s+[^,;:]{3,60}")
_NOUN_MODIFIERS = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?!(?:the|a|an|of|for|to|in|at|on|by|with)\s)[a-z\dà-ÿ][a-z\dà-ÿ-]*\s+){1,3}")
_QUANTIFIERS = frozenset(("one", "some", "several", "many", "most", "two", "three", "four", "few", "un", "une",
                          "plusieurs", "certains", "certaines", "deux", "trois", "quatre", "nombre"))
# French: a relative clause closing the phrase ("les données de X que le JDD a pu consulter").
_OF_CAPITALISED = re.compile(r"\s(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# French: a relative clause telling which outlet saw a document ("que Le Monde a pu consulter").
_SEEN_BY_OUTLET_FR = re.compile(
    r"\s+(?:que|qu['’])\s*(?:[\w'’-]+\s+){1,4}?(?:a|ont|avait|avaient)\s+(?:pu\s+)?(?:consulter|consulté|consultée|consultés|"
    r"consultées|lire|lu|lue|obtenir|obtenu|obtenue|se\s+procurer|procuré|procurée)\s*$")
_FRENCH_RELATIVE = re.compile(r"(?<!\b[Cc]e)\s+(?:que\s+|qu['’])(?=\S)")
_PUBLISHED_IN = re.compile(
    r"\s(?:published|released|issued|presented|tabled|unveiled|submitted|circulated|publiée?s?|parue?s?|présentée?s?|"
    r"déposée?s?(?=\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette|le\s+\d))|"  # (not "déposés au greffe")
    r"diffusée?s?|dating|datant|remontant)\s+(?!(?:[\w'’-]+\s+){0,3}(?:by|par)\b)",  # ("datant de 2023": when)
    re.IGNORECASE)
_TRAILING_COORDINATION = re.compile(r"[\s,]+(?:(?:et|ou|and|or)[\s,]*)?$")
# French: an indefinite article, a nationality, then lower-case words ("un Français installé à Siem Reap").
_INDEFINITE_DEMONYM_FR = re.compile(r"(?:[Uu]ne?)\s+(?P<noun>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+(?:ais|aise|ien|ienne|ois|oise|ain|aine|ol|ole|and|ande|ote|otte|ge|que|se|an|ane))"
                                   r"(?:\s+[a-zà-ÿ0-9][\w'’-]*)*")
_AGENT_WITH_MODIFIERS = re.compile(r"\bby\s+(?P<modifiers>(?:[a-z][\w-]*\s+){1,2})$")
_AGENT_BEFORE = re.compile(r"\b(?:by|par)\s+(?:the\s+)?$", re.IGNORECASE)
# French: a group around someone opening a phrase ("L'entourage du président", "le cabinet de la ministre").
_COLLECTIVE_OPENING = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?P<head>[\w-]+)\s+(?:de|du|des|d['’])")
_BODY_OF_A_ROLE = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?P<head>[a-zà-ÿ-]+)(?:\s+[a-zà-ÿ-]+)?\s+(?:de|du|des|d['’])")
# ", Josée Roux," after the group's phrase: the person is named in apposition (read by the subject finder).
_NAME_IN_APPOSITION_AFTER = re.compile(r",\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# French: an optional article, a capitalised word, one or two lower-case adjectives, a capitalised word.
_NAME_ACROSS_ADJECTIVES = re.compile(
    r"(?:(?:[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’])?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?P<lower>(?:\s+[a-zà-ÿ]{4,}){1,2})\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)")
# French: an article, an organisation noun and what kind it is ("L'association de consommateurs").
_NOUN_AND_KIND = re.compile(r"(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’])(?P<noun>[a-zà-ÿ]+)\s+(?:de|des|d['’])\s*[a-zà-ÿ-]+")
# French: a role's complement naming an organisation by its noun, right before its name ("de
# l'institut de recherche ", "du groupe ").
_ORGANISATION_COMPLEMENT_BEFORE = re.compile(
    r"\s(?:de\s+la\s+|de\s+l['’]|d['’]|du\s+|des\s+)(?P<noun>[a-zà-ÿ]+)(?:\s+(?:de\s+|d['’])?[a-zà-ÿ-]+){0,2}\s+$")
# French: the preposition between an organisation's capitalised noun and the rest of its name.
# French: lower-case words of an organisation's name ending with a preposition before a role word:
# " national de l'ordre des " (médecins).
_LOWER_NAME_COMPLEMENT = re.compile(r"(?:\s+[a-zà-ÿ'’-]+){0,4}?\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*")
_NAME_COMPLEMENT = re.compile(r"\s+(?:de|du|des|d['’])(?:\s+(?:la|les)\s+|\s*l['’]|\s+)")


def _long_organisation(segment: str, phrase: str, lex: Lexicon) -> Mention | None:
    """An institution with a long name after its article: "le ministère de l'Europe et des
    Affaires étrangères", "le Service départemental d'incendie et de secours"."""
    words = phrase.split()
    if not words or len(words) > 14 or fold(words[0]) not in lex.organisations and not (
            fold(words[0]) in ("service", "organisme") and len(words) >= 4):
        # ("le service départemental d'incendie et de secours de l'Aude", "l'organisme de défense et de gestion du X")
        return None
    first = fold(segment.split()[0])
    if first.rstrip("'’") not in lex.bare_determiners and first[:2] != "l'":
        return None
    return Mention(segment, role=phrase, organisation=True)


# A determiner, capitalised words and lower-case ones before a role: "the Senate minority ", "the
# Fianna Fáil " (a name after "the" and before a role qualifies the role: a party, a place).
_ROLE_MODIFIER = re.compile(r"(?:(?:the|a|an|The|A|An)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)*\s+(?:[a-z][\w-]*\s+)*")
_DEFINITE_ARTICLE_THEN_NAME = re.compile(r"[Tt]he\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_BODY_NOUN_AND_ADJECTIVE = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<noun>[a-zà-ÿ]+)\s+[a-zà-ÿ]+")
_LOWER_WORDS = re.compile(r"(?:\s+[a-zà-ÿ-]+){1,2}\s+")
# (a place or a body may qualify the role: ", a Pasadena lawyer", ", the Leeds United striker")
_ROLE_IN_APPOSITION = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?")
_AND_FOLLOWERS = re.compile(r"\s+and\s+(?:his|her|their)\s+[a-z]+s")
_POSSESSIVE_S = re.compile(r"\w['’]s\s")
_NAME_JOINT = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+|\s*,\s*")


def _names_joined(segment: str, names: list[tuple[int, str]]) -> bool:
    """English: the phrase opens with names joined by commas and "and" ("Leeds and York officials",
    "Ann Lee and Tom Reyes"), which speak together."""
    if names[0][0] != 0:
        return False
    joints = [_NAME_JOINT.fullmatch(segment, offset + len(name), following)
              for (offset, name), (following, _) in zip(names, names[1:])]
    return all(joints) and ("&" in joints[-1].group() or "and" in joints[-1].group())


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


# French: a body's noun and "général(e)" ("le parquet général", "le Contrôle général des lieux …").
_GENERAL_BODY = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<body>(?P<head>[\w-]+)\s+générale?s?(?:\s+(?:de|du|des|d['’]).+)?)")
# French: a town's intermunicipal body written with a lower-case noun ("Brest métropole", "Laval agglomération").
_TOWN_BODY = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+(?:métropole|agglomération|agglo)(?![\w-])")
# French: a person's name, then their role after a comma, with or without its article ("Jean Roux, le
# président de l'association Terre Vive", "Ana Weis, porte-parole de l'initiative citoyenne Biergerinitiativ
# Bëschfeld"): the person speaks, not the body the role names.
_NAME_THEN_ROLE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+(?:de\s+|du\s+|van\s+|von\s+|le\s+|la\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,3}),\s+"
    r"(?:(?:le|la|l['’])\s*)?(?P<role>[^,]+)")
_GENERAL_BODY_HEADS = frozenset(("secretariat", "commissariat", "controle", "etat-major", "quartier", "commandement", "consulat",
                                 "departement", "conseil", "office", "inspection", "direction"))


_DOCUMENT_OPENING_EN = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:" + "|".join(english.DOCUMENT_WORDS) + r")\b")
_TRAILING_DAY_EN = re.compile(r"\s+(?:on|last|this|early|late)\s+(?:" + "|".join(w.capitalize() for w in english.WEEKDAYS if w.isalpha())
                              + r")(?:\s+(?:morning|afternoon|evening|night))?$|\s+(?:yesterday|today)$")


_PLURAL_OWNER_THEN_NOUNS = re.compile(r"['’](?:\s+[a-z][\w-]*){1,3}\s+")


# English: a capitalised body's name and its possessive, maybe after "the" ("The Victorian Farmers Federation's ").
_NAMED_OWNERS = r"(?P<the>[Tt]he\s+)?(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){1,6})['’]s\s+"
# English: a named body's unit written with lower-case words ("the provincial command of the
# Mozambique Republic Police").
# "Redcar and Cleveland Council's cabinet member for economic growth": an office of a named body, its portfolio in lower case.
_NAMED_BODYS_OFFICER = re.compile(_NAMED_OWNERS + r"(?P<office>(?:[a-z-]+\s+){1,3}?)(?:for|of)\s+[a-z][\w\s,-]*")
_NAMED_BODYS_BRANCH = re.compile(
    _NAMED_OWNERS
    + r"(?P<unit>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w/-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){0,2}\s+(?:branch|chapter|division|section|wing|local|region"
    r"|Base|Unit|Command|Squadron))")  # ("The Royal Virgin Islands Police Force's Marine Base")
_COUNSEL_FOR_OPENING = re.compile(r"(?P<group>Lawyers|Attorneys|Solicitors)\s+(?:for|representing)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*"
                                  r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,4}")
# A report put to a council: its staff wrote it, the council speaks ("A report to councillors said").
# ("A report to the council's cabinet", "figures presented to the trust's board of directors": the body's own)
_REPORT_TO_COUNCIL = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:(?:staff|officers['’])\s+)?report\s+to\s+(?:the\s+)?(?P<noun>council|councillors|councilors)(?:['’]s\s+cabinet)?"
    r"|(?:(?:[Aa]n?|[Tt]he)\s+(?:separate\s+)?)?(?:papers?|figures)\s+(?:presented\s+)?to\s+the\s+(?P<owner>council|trust|authority)['’]s\s+"
    r"(?:cabinet|board(?:\s+of\s+directors)?|committee|directors)(?:\s+on\s+\w+)?")
_COMPANY_MANAGEMENT = re.compile(r"(?P<company>(?:[Tt]he\s+)?(?P<noun>[a-z]+))['’]s\s+(?:senior\s+|local\s+)?management")
# A named body's office in a region ("The SA Human Rights Commission's Eastern Cape office"): the body speaks.
_NAMED_BODYS_REGIONAL_OFFICE = re.compile(
    _NAMED_OWNERS
    + r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+){1,3}(?:regional\s+|provincial\s+)?office")
# A named body's unit written in lower case ("Stoke-on-Trent City Council's trading standards team").
_NAMED_BODYS_UNIT = re.compile(
    _NAMED_OWNERS
    + r"(?P<unit>(?:[a-z][\w-]*\s+){0,3}(?:team|department|committee|service|unit))")
# A body called a "Directorate General" ("the Directorate General of Immigration and Emigration"): no general.
_GENERAL_BODY_EN = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?['’]s\s+)?(?P<name>(?:Directorate|Secretariat|Inspectorate|Commissariat)"
    r"[\s-]General\s+(?:of|for)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:,?\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)")
_UNIT_OF_NAMED_BODY_EN = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:[a-z]+\s+){0,2}(?:command|office|headquarters|division|directorate|department|unit|bureau"
    r"|secretariat|section|wing|branch|chapter)\s+of\s+(?:the\s+)?(?P<body>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&.-]*"
    r"(?:\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&.-]*){0,6})(?:\s*\([A-Z]{2,8}\))?\s*")
_OFFICE_OF_A_ROLE = re.compile(r"(?:[Tt]he\s+)?(?:office|cabinet|secretariat|press\s+office)\s+of\s+the\s+"
                               r"(?:[a-z][\w -]+|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){0,3})")  # ("of the Labour Commissioner")


# English: an indefinite article, a capitalised modifier, then a lower-case noun ("An Aboriginal corporation that …").
_INDEFINITE_MODIFIER_THEN_NOUN = re.compile(r"\s*(?:A|An|a|an)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+[a-z]{3,}")
# The documents a body puts out, which speak for it when the article gives their owner ("its financial
# statements", "the authority's latest annual report").
OWNED_DOCUMENT_NOUNS = (r"(?:report|statements?|figures|data|statistics|study|survey|analysis|review|website|accounts|records"
                        r"|filing|estimates?|results|disclosure|release|census|audit|tally|reference\s+rates?|documents?|paper|findings|business\s+case)")
_ITS_DOCUMENT = re.compile(r"its\s+(?:[\w-]+\s+){0,3}" + OWNED_DOCUMENT_NOUNS)


# French: a document handed to someone ("remis lundi au ministre"), who did not write it.
_HANDED_TO_FR = re.compile(
    r"\s+(?:remise?s?|adressée?s?|transmise?s?|envoyée?s?|présentée?s?|rendue?s?|déposée?s?|distribuée?s?)\s+"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce\s+\w+)\s+)?(?:à|au|aux)\s")  # ("déposé au conseil d'administration")
# French: a statement described by who denied or confirmed it ("Une version démentie par le maire").
_DENIED_BY_FR = re.compile(
    r"(?:Une?|Des|La|Le|Les|Cette|Ce|Cet)\s+(?:version|affirmation|accusation|thèse|position|analyse|lecture|hypothèse|chiffre|critique)s?"
    r"\s+(?:démentie?s?|contestée?s?|réfutée?s?|rejetée?s?|nuancée?s?|balayée?s?|critiquée?s?|partagée?s?|confirmée?s?)"
    r"\s+par\s+(?P<agent>(?:le|la|les|l['’])\s*[^,;:]{2,60})")
# A complement that may name a document's author ("le rapport de la commission").
_AUTHOR_COMPLEMENT_FR = re.compile(r"\s(?:de|du|des|d['’])\s*\w")


def without_recipient_fr(phrase: str) -> str:
    """French: PHRASE without who its document was handed to, when it names an author ("le rapport de la
    commission remis lundi au ministre" → "le rapport de la commission"; "le document remis aux élus" whole)."""
    handed = _HANDED_TO_FR.search(phrase)
    return phrase[:handed.start()] if handed is not None and _AUTHOR_COMPLEMENT_FR.search(phrase, 0, handed.start()) else phrase


# A newspaper whose title opens with a number ("le quotidien 24 heures").
_PRESS_TITLE_WITH_NUMBER = re.compile(
    r"(?:(?:le|la|l['’]|the)\s*)?(?:quotidien|journal|hebdomadaire|magazine|site|chaîne|radio|daily|newspaper|weekly|broadcaster)"
    r"\s+(?P<title>\d{1,3}\s+[A-Za-zÀ-ÿ]+)", re.IGNORECASE)


def _someone_described_at_length(segment: str, phrase: str, lex: Lexicon) -> bool:
    """Whether SEGMENT (PHRASE cleaned) describes someone unnamed with a complement: "One driver with eight years
    on the job", "patients at several rural health posts in Chipata District", "Un docker qui travaille sur le
    port depuis vingt-deux ans"."""
    if not lex.adjectival_names:
        return _INDEFINITE_PERSON_WITH_RELATIVE_FR.match(segment) is not None and fold(segment.split()[1]) not in lex.organisations
    return _INDEFINITE_PERSON_WITH_COMPLEMENT.match(segment) is not None \
        or _GROUP_WITH_COMPLEMENT.match(phrase) is not None and fold(phrase.split()[0]) in GROUP_NOUNS


# French: the participle "élu" and when, how or by whom (not the noun "élu", "un élu de l'opposition").
_ELECTED_WHEN_FR = re.compile(
    r"élue?s?\s+(?:en\s+\d{4}|le\s+\d|depuis|par|avec|lors|après|à\s+la\s+(?:tête|majorité|présidence)|au\s+(?:premier|second|poste))")
# English nouns of a body's people that take no plural "s" ("port staff said").
_COLLECTIVE_STAFF = frozenset(("staff", "personnel"))


def parse_mention(segment: str, lex: Lexicon) -> Mention | None:
    """The speaker named by a short noun phrase (a clause subject or the words after an inverted verb)."""
    segment = _PARENS.sub("", segment).strip(" ,;:«»\"“”")
    if not lex.adjectival_names and segment[:3] == "élu" and _ELECTED_WHEN_FR.match(segment):
        return None  # "…, élu en 2024 après la démission de X,": when and how someone was elected, no speaker
    if lex.adjectival_names and "day" in segment and (when := _TRAILING_DAY_EN.search(segment)) is not None \
            and not segment[:when.start()].endswith(("ed", "ing")) and not segment.split(None, 1)[0].endswith(("ed", "ing")):
        # "a memo sent to employees on Friday", "A court in southern Moldova on Wednesday": when, no part of who
        # (not ", sitting by video link in London on Saturday,": a participle's clause, no speaker)
        # (but "a report by the auditor general released on Monday" is read whole, its participle with it)
        segment = segment[:when.start()]
    relay = RELAYED_BY.search(segment)
    if relay is not None and not lex.adjectival_names and _BARE_PLURAL.fullmatch(segment, 0, relay.start()):
        return Mention(segment, role=segment.split(None, 1)[1])  # "des témoins cités par le quotidien X": who they are
    if relay is not None and lex.adjectival_names and _BARE_PLURAL_EN.fullmatch(segment, 0, relay.start()):
        return Mention(segment, role=clean_phrase(segment, lex))  # "Parents interviewed by the news site Ikon.mn"
    if relay is not None and relay.start() > 0:
        # "un analyste cité par l'agence Reuters", "a draft seen by Reuters": the outlet only relays.
        segment = _TRAILING_COORDINATION.sub("", segment[:relay.start()])  # ("déposés au greffe et consultés par X")
    if not lex.adjectival_names and (" qu" in segment) and ("consult" in segment or "obten" in segment or "procur" in segment
                                                           or " lu" in segment) \
            and (seen := _SEEN_BY_OUTLET_FR.search(segment)) is not None and seen.start() > 0:
        segment = segment[:seen.start()]  # "le projet de délibération que la woxx a pu consulter": the document speaks
    if not lex.adjectival_names:
        segment = without_recipient_fr(segment)  # "le rapport de la commission remis lundi au ministre": who received it
    if lex.adjectival_names and (reported := _REPORT_TO_COUNCIL.fullmatch(segment.strip())) is not None:
        noun = "council" if reported.group("noun") else reported.group("owner")
        return Mention(segment, role=noun, organisation=True)  # resolved as "A council report" is
    published = _PUBLISHED_IN.search(segment)
    if published is not None and lex.adjectival_names and (maker := document_maker(segment, lex, parse_mention)) is not None:
        return maker  # "figures the utility presented at a public meeting": who presented them
    if published is not None and published.start() > 0:
        # "the study published in the journal Marine Frontiers": where it appeared, not who speaks.
        segment = segment[:published.start()]
    if not segment or not segment.split():  # (only spaces and line breaks left)
        return None
    if lex.adjectival_names and segment[:9] == "speaking ":
        return None  # ", speaking on condition of anonymity because the firm advises Corvane,": how, no one else
    if not lex.adjectival_names and " par " in segment and (denied := _DENIED_BY_FR.fullmatch(segment)) is not None \
            and (agent := parse_mention(denied.group("agent"), lex)) is not None and (agent.name or agent.role) and not agent.pronoun:
        return agent  # "Une version démentie par le maire, qui assure que …": the agent speaks
    if segment[-1:].isalpha() and (numbered := _PRESS_TITLE_WITH_NUMBER.fullmatch(segment)) is not None:
        # "selon le quotidien 24 heures", "the newspaper 20 Minutes": a title that opens with a number
        return Mention(segment, name=numbered.group("title"), organisation=True)
    if lex.adjectival_names and "General " in segment and (general := _GENERAL_BODY_EN.fullmatch(segment)) is not None:
        return Mention(segment, name=general.group("name"), organisation=True)  # "Rwanda's Directorate General of Immigration …"
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (branch := _NAMED_BODYS_BRANCH.fullmatch(segment)) is not None:
        # "The Victorian Farmers Federation's Mallee branch": the branch of the body, named as such
        the = "the " if branch.group("the") else ""
        return Mention(segment, name=f"{branch.group('unit')} of {the}{branch.group('owner')}", organisation=True)
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (owned := _NAMED_BODYS_OFFICER.fullmatch(segment.strip())) \
            and not lex.organisations.isdisjoint(fold(w) for w in owned.group("owner").split()) \
            and role_in(owned.group("office"), lex) is not None:
        # "Redcar and Cleveland Council's cabinet member for economic growth": an officer of the body, no name
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.adjectival_names and (counsel := _COUNSEL_FOR_OPENING.fullmatch(segment.strip())) is not None:
        # "Lawyers for Tinjar Agro Plantation said": the company's lawyers, capitalised by the sentence, no body's name
        return Mention(segment, role=counsel.group("group").lower() + segment.strip()[len(counsel.group("group")):])
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (managed := _COMPANY_MANAGEMENT.fullmatch(segment.strip())) \
            and fold(managed.group("noun")) in lex.companies:
        # "the company's management said": the company speaks (resolved as "the company" is)
        return Mention(managed.group("company"), role=managed.group("noun"), organisation=True)
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (office := _NAMED_BODYS_REGIONAL_OFFICE.fullmatch(segment.strip())) \
            and not lex.organisations.isdisjoint(fold(w) for w in office.group("owner").split()):
        return Mention(segment, name=office.group("owner"), organisation=True)  # "… Commission's Eastern Cape office": the Commission
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (unit := _NAMED_BODYS_UNIT.fullmatch(segment.strip())) is not None \
            and not lex.organisations.isdisjoint(fold(w) for w in unit.group("owner").split()):
        # "Stoke-on-Trent City Council's trading standards team": the unit of the body, named as such
        the = "the " if unit.group("the") else ""
        return Mention(segment, name=f"{unit.group('unit')} of {the}{unit.group('owner')}", organisation=True)
    if lex.adjectival_names and segment[:4].isupper() and "," not in segment and (first := segment.split(None, 1)[0]).isalpha() and first.isupper() \
            and len(first) >= 4 and group_noun(first, lex):
        # "FISHERMEN in Castletownbere have warned": a lede's first word in capitals, a group noun
        lowered = parse_mention(first.lower() + segment[len(first):], lex)
        if lowered is not None:
            lowered.text = segment
        return lowered
    if lex.adjectival_names and segment[-1:].isupper() and (capitals := _LEDE_CAPITALS.fullmatch(segment)) is not None \
            and ((noun := capitals.group("noun").lower()) in lex.roles or noun in lex.companies or noun in lex.organisation_nouns
                 or is_agent_noun(noun, lex)):
        return parse_mention(segment[:capitals.start("noun")] + noun, lex)  # "A DEVELOPER says": a lede's noun in capitals
    if not lex.adjectival_names and (head := _CAPITALISED_BODY_HEAD_FR.fullmatch(segment)) is not None \
            and fold(head.group("head")) in _COMMON_BODY_HEADS_FR:
        # "Selon le Ministère" after "Le ministère des Transports …": the body's common noun, capitalised
        return parse_mention(segment[:head.start("head")] + head.group("head").lower(), lex)
    if lex.adjectival_names and (group := _GROUP_NOUN_THEN_NAME.fullmatch(segment)) is not None \
            and [n for _, n in names_in(group.group("name"), lex)] != [group.group("name")]:
        return Mention(segment, name=group.group("name"), organisation=True)  # "The advocacy group Justice Now Jamaica"
    if "gen" in segment and (agency := _AGENCY_CLOSING.fullmatch(segment)) is not None and canonical_source(agency.group("name")) is not None:
        return Mention(segment, name=agency.group("name"), organisation=True)  # "l'agence allemande dpa": the agency
    if (press := PRESS_TITLE.fullmatch(segment)) is not None:
        return Mention(segment, name=press.group("title"), organisation=True)  # "le quotidien néerlandais De Telegraaf"
    if not lex.adjectival_names and (seated := BODY_SEATED.fullmatch(segment)) is not None \
            and (fold(seated.group("noun")) in lex.organisation_nouns or fold(seated.group("noun")) in lex.companies):
        # "l'instance basée à Aigle": the body the noun stands for, where it sits no part of the mention
        return Mention(segment[:seated.end("noun")], role=seated.group("noun"), organisation=True)
    if not lex.adjectival_names and (relative := _FRENCH_RELATIVE.search(segment)) is not None \
            and (segment[:relative.start()].split()[-1][:1].isupper() or _OF_CAPITALISED.search(segment, 0, relative.start())) \
            and (head := parse_mention(segment[:relative.start()], lex)) is not None and (head.name or head.organisation):
        # "les données de Santé publique France que le JDD a pu consulter", "un rapport de l'Inspection
        # générale des affaires sociales que Le Monde a consulté"
        head.text = segment
        return head
    if not lex.adjectival_names and (described := _INDEFINITE_DEMONYM_FR.fullmatch(segment)) is not None \
            and fold(described.group("noun")) not in lex.organisations and fold(described.group("noun")) not in lex.organisation_nouns:
        return Mention(segment, role=clean_phrase(segment, lex))  # "un Français installé dans la province depuis 2004": who, no name
    if not lex.adjectival_names and (answered := answering_agent(segment)) is not None \
            and (agent := parse_mention(answered, lex)) is not None:
        agent.text = segment
        return agent  # "Une information démentie par l'entreprise, qui affirme que …": the company speaks
    if not lex.adjectival_names and "«" in segment and (quoted := quoted_body_name(segment)) is not None:
        return Mention(segment, name=quoted[1], organisation=True)  # "selon le comité « Touche pas à mon hôpital »"
    if not lex.adjectival_names and (unit := unit_of_named_body(segment)) is not None:
        return Mention(segment, name=unit, organisation=True)  # "la délégation régionale de la Direction générale des élections"
    if not lex.adjectival_names and (regional := regional_body(segment)) is not None:
        return Mention(segment, name=regional, organisation=True)  # "l'agence régionale de santé Centre-Val de Loire"
    if lex.adjectival_names and (body := _BODY_THEN_MODIFIER.fullmatch(segment)) is not None \
            and fold(body.group("noun")) in lex.organisations and (head := parse_mention(body.group("np"), lex)) is not None:
        head.text = segment  # "the health board running it", "the company that owns the mine": the body
        return head
    if lex.adjectival_names and (alias := organisation_alias(segment) or named_unit_of_body(segment)) is not None:
        return Mention(segment, name=alias, organisation=True)  # "No 10 insists …": Downing Street; "The Ohio chapter of …"
    if lex.adjectival_names and " for " in segment and (body := _BODY_FOR_A_PLACE.fullmatch(segment)) is not None \
            and not any(w in lex.roles or w in lex.organisations
                        for w in (fold(body.group("kind")), fold(body.group("kind")).removesuffix("s"))) \
            and body.group("kind") not in lex.titles and fold(body.group("place")) not in lex.portfolios:
        return Mention(segment, name=body.group("name"), organisation=True)  # "Transport for London", "Homes for Scotland"
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and _LOWER_CASE_OWNER_OPENING.match(segment) \
            and (owned := parse_mention("the " + segment[0].lower() + segment[1:], lex)) is not None and owned.role and not owned.name:
        # "world football's governing body", "European football's governing body": a role its owner opens, no article
        return Mention(segment, role=clean_phrase(segment, lex), organisation=owned.organisation)
    if lex.adjectival_names:
        segment = without_adverbs(segment)  # "Separately, …", "But …", "… later": no part of the speaker
        if (commenter := speaker_of_comment_clause(segment)) is not None:
            segment = commenter  # "As one docker put it": "one docker"
        if (owner := figures_owner(segment)) is not None and (body := parse_mention(owner, lex)) is not None and body.name:
            return Mention(segment, name=body.name, organisation=True)  # "according to Adek figures", "Council papers"
        if names_a_group_or_office(segment, lex):
            return Mention(segment, role=clean_phrase(segment, lex))
        if (cause := body_gathered_for_a_cause(segment, lex)) is not None:
            return Mention(segment, name=cause, organisation=True)  # "Citizens for a Better Environment"
    if lex.adjectival_names and "," in segment and (listed_name := listed_body_name(segment)) is not None:
        return Mention(segment, name=listed_name, organisation=True)  # "The Rail, Tram and Bus Union"
    if lex.adjectival_names and "," in segment and (staff := _LISTED_BODY_THEN_SPOKESPERSON.fullmatch(segment)) is not None \
            and (listed := NAME_WITH_LISTED_PORTFOLIOS.fullmatch(staff.group("body"))) is not None \
            and fold(listed.group("head")) in lex.organisations:
        # "A Department of Biodiversity, Conservation and Attractions spokesperson": the body's, its portfolios listed
        return Mention(segment, role=f"{staff.group('role')} for the {staff.group('body')}", organisation=False)
    if lex.adjectival_names and "," in segment and (listed := NAME_WITH_LISTED_PORTFOLIOS.search(segment)) is not None \
            and "," in listed.group() and fold(listed.group("head")) in lex.organisations:
        # "the Ministry of Culture, Tourism and Antiquities": one body whose portfolios are listed
        before = segment[:listed.start()].strip()
        if not before or before in ("the", "The") or _OWNER_BEFORE.fullmatch(before + " "):
            return Mention(segment, name=listed.group(), organisation=True)  # (also "Iraq's Ministry of …")
        if role_in(before, lex) is not None:
            return Mention(segment, role=clean_phrase(segment, lex))  # "a spokesperson for the Department of …, … and …"
    if lex.adjectival_names and (owned := _LINKED_NAME_OWNING_ROLE.fullmatch(segment)) is not None \
            and fold(owned.group("role")) in lex.roles:
        return Mention(segment, role=clean_phrase(segment, lex))  # "the Bahamas Chamber of Commerce and … Confederation's chairman"
    if lex.adjectival_names and "," in segment and (listed_at := listed_body_closing(segment)) \
            and role_in(segment[:listed_at], lex) is not None:
        # "the Tanga branch secretary of the Tanzania Mines, Energy, Construction and Allied Workers Union"
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.adjectival_names and (places := GROUP_OF_PLACES.fullmatch(segment)) is not None and group_noun(places.group("noun"), lex):
        return Mention(segment, role=clean_phrase(segment, lex))  # "Residents of Herstelling and Farm on the East Bank of Demerara"
    if lex.adjectival_names and ROLE_AT_A_PLACE_NOUN.fullmatch(segment):
        return Mention(segment, role=clean_phrase(segment, lex))  # "An economist at a Dar es Salaam brokerage": no name
    if lex.adjectival_names and _GROUP_OF_COUNTED.fullmatch(segment):
        return Mention(segment, role=clean_phrase(segment, lex))  # "A group of 14 Senate Democrats": the group
    if lex.adjectival_names and kept_whole(segment, lex.roles):
        # "a spokesperson for the Department for Business and Trade", "A source close to …", "Another Labour MP"
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.adjectival_names and (kind := _PLURAL_KIND_BEFORE_NAMES.match(segment)) is not None \
            and fold(kind.group("noun")[:-1]) in lex.companies | lex.organisation_nouns \
            and (first := fold(segment[kind.end():].split()[0])) not in lex.organisations \
            and first not in lex.organisation_nouns and first not in lex.function_words and first not in _EN_NAME_LINKS:
        # "Retailers Shoprite and Pick n Pay": the kind of the bodies named, not a word of their names
        # (unlike "Doctors Without Borders", "Teachers Union": people's nouns, a link or a body's noun next)
        named = parse_mention(segment[kind.end():], lex)
        if named is not None and named.name:
            return Mention(segment, name=segment[kind.end():].strip() if " and " in segment else named.name,
                           role=kind.group("noun").lower(), organisation=True)
    if lex.adjectival_names and "-year-old" in segment:
        segment = _AGE_BEFORE_NAME.sub("", segment, count=1)  # "47-year-old Matovič's office": the age describes
    if lex.adjectival_names and ("both" in segment or "Both" in segment):
        segment = _BOTH.sub("", segment) or segment  # "Both Ann Lee and Tom Reyes", "Lee and Reyes both"
    if (author := document_author(segment, lex, parse_mention)) is not None:
        return author  # "un décompte de la préfecture", "a report by council officers": the document's author speaks
    if lex.adjectival_names and (document := english_document_speaker(segment, lex, parse_mention)) is not None:
        return document  # "A UN statement", "the company's 2025 estimate", "a statement posted to his account"
    if lex.adjectival_names and (_INDEFINITE_DESCRIPTION.fullmatch(segment) or _INDEFINITE_WHOSE.fullmatch(segment)):
        return Mention(segment, role=clean_phrase(segment, lex))  # "a Sofia-based election monitor": no name
    first = segment.split()[0]
    if lex.adjectival_names and segment.lower() == "her":
        return Mention(segment, pronoun=True)  # "according to her" (elsewhere "her" is a possessive)
    if (first.lower() in lex.pronouns or first.lower().removeprefix("-t-").removeprefix("-") in lex.pronouns) \
            and (lex.adjectival_names or not ITALIAN_TITLE.match(segment)):
        return Mention(segment, pronoun=True)
    if lex.adjectival_names and first == "its" and _ITS_DOCUMENT.fullmatch(segment):
        return Mention(segment, pronoun=True, organisation=True)  # "its un-audited financial statements disclosed on …"
    if lex.adjectival_names and segment.lower() in ("its owner", "its owners", "its new owners"):
        return Mention(segment, pronoun=True, organisation=True)  # "…, its owners have confirmed": the company, as "its operator"
    if first.lower() in lex.organisation_pronouns and len(segment.split()) <= 3 and not (
        lex.adjectival_names and len(segment.split()) > 1 and role_in(segment, lex) is not None
    ):  # (English "its chief executive": a person in a role, below)
        return Mention(segment, pronoun=True, organisation=True)  # "It", "its forecast"
    if lex.adjectival_names and UNNAMED_SOURCES.match(segment):
        # "people familiar with the matter", "two sources close to the talks": unnamed, but a speaker.
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.collective_heads and (group := _COLLECTIVE_OPENING.match(segment)) is not None \
            and fold(group.group("head")) in lex.collective_heads and not _NAME_IN_APPOSITION_AFTER.search(segment):
        # "l'entourage du président", "le cabinet du ministre de l'Intérieur": the group speaks, under its whole phrase
        return Mention(segment, role=clean_phrase(segment, lex))
    if not lex.adjectival_names and (town_body := _TOWN_BODY.match(segment)) is not None:
        return Mention(segment, name=town_body.group(), organisation=True)  # "Brest métropole a confirmé"
    if not lex.adjectival_names and (named := _NAME_THEN_ROLE.fullmatch(segment)) is not None \
            and (hit := role_in(named.group("role"), lex)) is not None and hit[0] == 0 \
            and lex.organisations.isdisjoint(fold(w) for w in named.group("name").split()):
        return Mention(segment, name=named.group("name"), role=named.group("role").strip())  # "X, le président de …"
    if not lex.adjectival_names and (general := _GENERAL_BODY.fullmatch(segment)) is not None \
            and (fold(general.group("head")) in lex.organisations or fold(general.group("head")) in _GENERAL_BODY_HEADS):
        # "le parquet général", "le Secrétariat général": a body, "général" is no role of its own
        return Mention(segment, role=general.group("body"), organisation=True)
    if lex.adjectival_names and group_from_institution(segment, lex):
        # "scientists from China's Tsinghua University and the Chinese Academy of Sciences": the group speaks.
        return Mention(segment, role=clean_phrase(segment, lex))
    if not lex.adjectival_names and (joined := _NAME_ACROSS_ADJECTIVES.fullmatch(segment)) is not None \
            and joined.group("name").split()[0] not in lex.function_words \
            and not {fold(w) for w in joined.group("lower").split()} & (
                lex.stops | lex.roles | lex.bare_determiners | lex.organisation_nouns | lex.organisations):
        # "Santé publique France", "Médecins du monde France": one organisation's name across lower-case words
        return Mention(segment, name=joined.group("name"), organisation=True)
    if not lex.adjectival_names and (running_on := organisation_running_on(segment, lex)) is not None:
        return running_on
    if not lex.adjectival_names and (site := _SITE_OF_OWNER_FR.fullmatch(segment)) is not None \
            and (owner := parse_mention(site.group("owner"), lex)) is not None and (owner.name or owner.role) \
            and not owner.pronoun:
        # "le site Info-pannes d'Hydro-Québec", "le compte Facebook de la mairie": the owner publishes
        return Mention(segment, name=owner.name, role=owner.role, organisation=True)
    if lex.adjectival_names and _ENGLISH_BODY_DESCRIPTION.fullmatch(segment) is not None:
        # "a joint venture between X and Y", "a unit of X": what the body is, not who speaks
        return Mention(segment, role=clean_phrase(segment, lex))
    if not lex.adjectival_names and (colleagues := _COLLEAGUES_OF_FR.fullmatch(segment)) is not None:
        return Mention(segment, name=colleagues.group("outlet"), organisation=True)  # "Nos confrères de Presse Océan"
    if not lex.adjectival_names and (_FRENCH_INDEFINITE_DESCRIPTION.fullmatch(segment) is not None
                                     or _FRENCH_DESCRIBED_THEN_RELATIVE.fullmatch(segment) is not None):
        # "un distributeur agréé de la zone de Hassi Bounif": someone the article does not name,
        # whatever the noun (the place or body in the complement is not who speaks); "un soudeur intérimaire
        # qui habite Saint-Brevin": the whole description, nor the place in its relative clause
        return Mention(segment, role=clean_phrase(segment, lex))
    names = [(o, n) for o, n in names_in(segment, lex)]
    # A name after a preposition ("PDG de HP France", "Lucy Fischer of The Times") is not the speaker
    # when another name is there.
    primary = [(o, n) for o, n in names if not PREPOSITION_BEFORE.search(_without_title(segment[:o], lex))
               # French "le ministère des Ressources hydrauliques et Électricité": the complement's second member
               and not (not lex.adjectival_names and " " not in n and _SECOND_COMPLEMENT_BEFORE.search(segment, max(0, o - 60), o))
               and not (not lex.adjectival_names and PLACE_NOUN_BEFORE.search(segment, 0, o))  # "de la région Drâa-Tafilalet"
               # "le garde forestier du triage Broye-Vully": one word naming what the role's complement is
               and not (not lex.adjectival_names and " " not in n and o and _COMPLEMENT_NOUN_BEFORE.search(segment, 0, o)
                        and (held := role_in(segment, lex)) is not None and held[0] < o
                        and fold(held[1].split()[0]) not in lex.organisations)
               # "a shopkeeper in Salalah's al-Haffa market": a place owned by a place, inside the complement
               and not (lex.adjectival_names and PREPOSITION_BEFORE.search(_OWNER_BEFORE.sub("", segment[:o])))
               and not (lex.adjectival_names and o and (kind := _PREPOSITION_AND_KIND_BEFORE.search(segment, max(0, o - 50), o))
                        and fold(kind.group("noun")) in lex.organisation_nouns
                        and not (kind.group().startswith("of") and person_closing_a_title(segment, o, n, lex)))]
    if lex.adjectival_names and len(primary) < len(names):
        # "Residents of Kelby and Harlow", "X, the Minister for Works and Housing": a name joined by
        # "and" to a complement is one too
        primary = [(o, n) for i, (o, n) in enumerate(names) if (o, n) in primary
                   and not (i and names[i - 1] not in primary and _JOINED_AFTER_NAME.search(segment, 0, o))]
    if lex.adjectival_names and len(primary) >= 2 and (primary[0][0] == 0 or _OPENING_ARTICLE.fullmatch(segment, 0, primary[0][0])) \
            and modifier_before_name(segment, primary[0][0] + len(primary[0][1]), primary[1][0], lex):
        # ("the South African brewer Karoo Beverages", "German automotive supplier X": demonyms too)
        primary = primary[1:]  # "Bus operator Dunav Ekspres": a capitalised modifier, a noun, then the name
    role_first = role_in(segment, lex)
    if lex.adjectival_names and role_first is not None and any(
            o <= role_first[0] < o + len(n) and (not lex.organisations.isdisjoint(folded_words(n)) or (
                closes_on_a_company_word(n) and role_first[0] + len(role_first[1]) < o + len(n)))
            for o, n in primary):
        role_first = None  # "the State Auditor's Office for …", "Prairie Coach Industries": the title is a word of the name
    if role_first is not None:
        # "ex-députée UMP", "PDG de HP": an acronym after a role is its complement, not a person.
        primary = [(o, n) for o, n in primary if not (n.isupper() and o > role_first[0]) or (
            lex.adjectival_names and not segment[role_first[0] + len(role_first[1]):o].strip()
            and not segment[o + len(n):].strip())]  # (English "the broadcaster RTP": the role's own name)
        if not lex.adjectival_names and len(primary) == 1 and primary[0][0] > role_first[0] \
                and (noun := _ORGANISATION_COMPLEMENT_BEFORE.search(segment, role_first[0], primary[0][0])) is not None \
                and fold(noun.group("noun")) in lex.organisation_nouns and segment[primary[0][0] + len(primary[0][1]):].strip() == "":
            # "un économiste de l'institut de recherche Dai-ichi": the name closes the role's complement
            primary = []
    if lex.adjectival_names and role_first is not None and segment[role_first[0]:role_first[0] + 1].isupper() \
            and (whole := organisation_around(segment, role_first[0], lex)) is not None:
        return Mention(segment, name=whole, organisation=True)  # "the Royal College of Nurses", "Irish Nurses and Midwives Organisation"
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
    if by_name:
        primary = by_name
    if role_first is not None and not lex.adjectival_names and primary and primary[0][0] < role_first[0] \
            and fold(primary[0][1].split()[0]) in lex.organisations \
            and (_NAME_COMPLEMENT.fullmatch(segment, primary[0][0] + len(primary[0][1]), role_first[0])
                 or _LOWER_NAME_COMPLEMENT.fullmatch(segment, primary[0][0] + len(primary[0][1]), role_first[0])):
        # "le Syndicat des commerçants du Wouri", "le Conseil national de l'ordre des médecins": the
        # role word is part of the name
        role_first = None
    role_hit = role_first
    role = None
    if role_hit is not None:
        start = role_hit[0]
        if fold(segment.split()[0]) in _QUANTIFIERS and not primary:
            start = 0  # "One interviewee", "Some of the protesters"
        elif lex.adjectival_names and not primary and start and (_NOUN_MODIFIERS.fullmatch(segment[:start])
                                                                 or _GROUP_OF.fullmatch(segment[:start])):
            start = 0  # "A council spokesperson", "disaster officials", "a group of telecom customers": one role
        elif lex.adjectival_names and not primary and start and (owner := _OWNER_BEFORE_ROLE.fullmatch(segment, 0, start)):
            start = owner.start("owner")  # "Lopez's spokesman": whose spokesman it is belongs to the role
        elif lex.adjectival_names and not primary and start and (owner := _BODY_BEFORE_ROLE.fullmatch(segment, 0, start)) \
                and fold(owner.group("body")) in lex.organisations:
            start = owner.start("body")  # "The ministry's spokesman": the body's spokesman
        elif lex.adjectival_names and not primary and start and (owner := _BODY_BEFORE_ROLE.fullmatch(segment, 0, start)) \
                and fold(role_hit[1]) in _KIN_ROLES:
            start = owner.start("body")  # "The widow's son", "the victim's mother": whose relative speaks
        elif lex.adjectival_names and not primary and start and (agent := _AGENT_WITH_MODIFIERS.search(segment, 0, start)) is not None:
            start = agent.start("modifiers")  # "A report to the committee by planning officers": the officers who wrote it
        end = len(segment)
        for o, n in primary:
            if o > start:
                end = o
                break
        role = clean_phrase(segment[start:end], lex) or None
        if role and len(role.split()) > 8 and not _NAME_COMPLETING_ROLE.fullmatch(role, len(" ".join(role.split()[:8]))) \
                and not (len(role.split()) <= 12 and role.split()[7] in _LINKING_WORDS) \
                and not (len(role.split()) <= 14 and "whose" in role.split()):
            # (but "an official at the National Company for Road Infrastructure Administration",
            # "a representative of one of the clubs in the top division", whose cut would end on "the",
            # and "a teacher in Mito whose house was damaged in the fire", a description and its clause)
            role = " ".join(role.split()[:8])
        if role and (negated := _NEGATION_CLITIC.search(role)) is not None:
            role = role[:negated.start()]  # "Un père de famille rencontré devant une supérette du centre-ville n'y croit plus"
    if lex.adjectival_names and len(primary) >= 2 and _names_joined(segment, primary):
        last_offset, last = primary[-1]
        after = segment[last_offset + len(last):].split()
        if not after:  # "Ann Lee and Tom Reyes", "Kimberly-Clark and Solaris Paper": they speak together
            name = segment[:last_offset + len(last)]
            return Mention(segment, name=name, organisation=not {fold(w) for w in name.split()}.isdisjoint(lex.organisations))
        if len(after) <= 2 and all(w.isalpha() and w.islower() for w in after) and group_noun(after[-1], lex):
            return Mention(segment, role=clean_phrase(segment, lex))  # "New Orleans and Jefferson Parish officials"
    if lex.adjectival_names and len(primary) == 1 and primary[0][0] == 0 \
            and _AND_FOLLOWERS.fullmatch(segment, len(primary[0][1])) is not None:
        return Mention(segment, role=clean_phrase(segment, lex))  # "Trump and his supporters"
    if lex.adjectival_names and len(primary) == 1 and (role_hit is None or role_hit[0] > primary[0][0]):
        after = segment[segment.find(primary[0][1]) + len(primary[0][1]):].split()
        if 1 <= len(after) <= 2 and all(w.isalpha() and w.islower() for w in after) and (
            " " not in primary[0][1] or group_noun(after[-1], lex)
        ) and (len(after) == 1 or group_noun(after[-1], lex) or (
            primary[0][0] == 0 and primary[0][1].endswith(DEMONYM_ENDINGS)
            and (fold(after[-1]) in lex.companies or fold(after[-1]) in lex.organisation_nouns))):
            # "Saudi officials", "Chilean military authorities", "Jefferson Parish officials", headline
            # "Japanese regional bank": a qualifier.
            return Mention(segment, role=clean_phrase(segment, lex))
        if " " not in primary[0][1] and after and group_noun(after[0], lex) and (fold(after[1] if len(after) > 1 else "") in (
            "in", "at", "from", "for", "of", "on"
        ) or len(after) > 2 and after[1].endswith("ing") and after[1].islower()):
            return Mention(segment, role=clean_phrase(segment, lex))  # "Hospital officials in Omsk", "Truck drivers waiting at X"
    if lex.adjectival_names and len(primary) == 1 and role_hit is not None \
            and (" " not in primary[0][1] or _DEFINITE_ARTICLE_THEN_NAME.match(segment, 0, primary[0][0] + 1)) \
            and primary[0][0] < role_hit[0] and _ROLE_MODIFIER.fullmatch(segment, 0, role_hit[0]) \
            and not segment[role_hit[0] + len(role_hit[1]):].lstrip()[:1].isupper():
        # "the Senate minority leader", "a GP partner in Ludlow": a capitalised modifier of the
        # role, no person's name right after it
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.adjectival_names and len(primary) == 1 and " " not in primary[0][1] \
            and _INDEFINITE_MODIFIER_THEN_NOUN.match(segment) is not None and segment[primary[0][0] - 1:primary[0][0]] == " " \
            and segment[:primary[0][0]].strip().lower() in ("a", "an"):
        return Mention(segment, role=clean_phrase(segment, lex))  # "An Aboriginal corporation that holds native title over …"
    if primary:
        name = primary[0][1] if role_hit is None or primary[0][0] > role_hit[0] else primary[-1][1]
        if lex.adjectival_names and role_hit is not None and primary[0][0] == 0 \
                and (" " in primary[0][1] or segment.startswith(primary[0][1] + ", ")) \
                and _ROLE_IN_APPOSITION.fullmatch(segment, len(primary[0][1]), role_hit[0]) \
                and lex.organisations.isdisjoint(folded_words(primary[0][1])):
            name = primary[0][1]  # "Ravi Shankar, an analyst at Hollister & Crane", "Lott, a former Decatur police officer"
        if not lex.adjectival_names and role_hit is not None and len(primary) >= 2 and primary[0][0] > role_hit[0] \
                and name != primary[-1][1] and " " in primary[-1][1] and is_first_name(primary[-1][1].split()[0]) \
                and not is_first_name(name.split()[0]) and segment[:primary[-1][0]].rstrip().endswith(",") \
                and not segment[primary[-1][0] + len(primary[-1][1]):].strip(" ."):
            # "le vice-président … de la communauté d'agglomération Béthune-Bruay, Artois-Lys Romane, Philippe Lesage":
            # the body's second name, then the person closing the phrase
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
        elif not lex.adjectival_names and len(primary) >= 2 and fold(primary[0][1]) in lex.organisation_nouns \
                and _LOWER_WORDS.fullmatch(segment, primary[0][0] + len(primary[0][1]), primary[1][0]):
            name, introduced = primary[1][1], True  # the noun and its nationality introduce the name
            if primary[0][0] > 0 and not primary[0][1].isupper() and primary[0][1][:1].isupper():
                # "la Société régionale multiservices Casablanca-Settat": a capitalised noun opens the name
                name = segment[primary[0][0]:primary[1][0] + len(primary[1][1])]
        low_words = {fold(w) for w in name.split()}
        before = segment[: segment.find(name)].strip()
        if role is not None and not lex.adjectival_names and (kind := _NOUN_AND_KIND.fullmatch(before)) is not None \
                and fold(kind.group("noun")) in lex.organisation_nouns and fold(kind.group("noun")) not in lex.roles:
            role = None  # "L'association des commerçants Oisans Actif": its members' trade, not a speaker's role
        organisation = introduced or bool(low_words & lex.organisations) or name.isupper() or name.split()[0] in COMPANY_PREFIXES \
            or (lex.adjectival_names and closes_on_a_company_word(name)) or (
            before != "" and fold(before.split()[-1]).rstrip("'’") in lex.bare_determiners and role is None
        ) or (before != "" and role is None and fold(before.split()[-1]).rstrip(",").split("'")[-1] in lex.organisation_nouns) or (
            before != "" and role is None and not lex.adjectival_names and (qualified := _BODY_NOUN_AND_ADJECTIVE.fullmatch(before))
            and fold(qualified.group("noun")) in lex.organisations  # "le comité citoyen Air pur Sept-Îles"
        ) or (
            before != "" and role is None and not lex.adjectival_names and _NOUN_AND_KIND.fullmatch(before) is not None
            and fold(_NOUN_AND_KIND.fullmatch(before).group("noun")) in lex.organisation_nouns
        ) or (role is None and segment.startswith(", ", segment.find(name) + len(name))
              and describes_a_body(segment[segment.find(name) + len(name) + 2:], lex)
        )  # "l'association de consommateurs Maâ wa Hayat"
        joined = AND_ORGANISATION.match(segment, segment.find(name) + len(name))
        if joined is not None and fold(joined.group("last")) in lex.organisations:
            # "National Oceanic and Atmospheric Administration"
            name, organisation = name + joined.group(), True
        if lex.adjectival_names and (tail := organisation_tail(segment, segment.find(name) + len(name), name, lex)):
            name, organisation = name + tail, True
        if organisation and role is None and lex.adjectival_names and " " not in name and fold(before) in ("a", "an") \
                and not low_words & lex.organisations and (after := segment[segment.find(name) + len(name):].split()) \
                and after[0].islower() and is_agent_noun(after[0], lex) and fold(after[0]) not in lex.organisations:
            return Mention(segment, role=clean_phrase(segment, lex))  # "a Mennonite rancher in Spanish Lookout": who, no body
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
            if tail and tail[0][:1].islower() and len(tail) <= 6 and fold(tail[0]) not in lex.stops \
                    and not (lex.adjectival_names and tail[0] in ("that", "which", "who")):
                # "la Banque centrale européenne", "l'Institut pour l'étude de la guerre"
                name = f"{name} {' '.join(tail)}".rstrip(" .;:")
        return Mention(segment, name=name, role=role, organisation=organisation)
    if role and not lex.adjectival_names and (body := _BODY_OF_A_ROLE.match(segment)) is not None \
            and fold(body.group("head")) in lex.organisations and fold(body.group("head")) not in lex.roles:
        # "Le syndicat local des infirmières": the body of the people its complement names
        return Mention(segment, role=clean_phrase(segment.split(",", 1)[0], lex), organisation=True)
    if role and lex.adjectival_names and _OFFICE_OF_A_ROLE.fullmatch(segment):
        return Mention(segment, role=clean_phrase(segment, lex), organisation=True)  # "The office of the prime minister": a body
    if role:
        return Mention(segment, role=role)
    phrase = clean_phrase(segment, lex)
    if phrase and 6 < len(phrase.split()) <= 14 and _someone_described_at_length(segment, phrase, lex):
        return Mention(segment, role=phrase)
    if lex.adjectival_names and phrase and (unit := _UNIT_OF_NAMED_BODY_EN.fullmatch(segment)) is not None \
            and fold(unit.group("body").split()[-1]) in lex.organisations:
        return Mention(segment, role=phrase, organisation=True)  # "The provincial command of the Mozambique Republic Police"
    # ("L'un des deux cadres de la banque": one of a group and the group's complement)
    if not phrase or len(phrase.split()) > (8 if lex.adjectival_names and _POSSESSIVE_S.search(phrase)
                                            or phrase.startswith(("un des ", "une des ")) else 6):
        return _long_organisation(segment, phrase, lex)  # (but "The ILO's project office in Doha": a body's unit)
    words = {fold(w) for w in phrase.split()} | {fold(w).rstrip("s") for w in phrase.split()}
    if words & lex.organisations or (lex.adjectival_names and fold(phrase.split()[-1]) in lex.management):
        return Mention(segment, role=phrase, organisation=True)  # ("The management said …, it said": a body)
    first = fold(segment.split()[0]).rstrip("'’")
    words = phrase.split()
    if lex.adjectival_names and people_around_someone(phrase):
        return Mention(segment, role=phrase)  # "Moradi's team", "the senator's aides"
    if lex.adjectival_names and len(words) <= 3 and all(w.isalpha() and w.islower() for w in words) \
            and (words[-1].endswith("s") or words[-1] in _COLLECTIVE_STAFF):
        return Mention(segment, role=phrase)  # "police", "local officials", "witnesses", "district staff"
    if first in lex.bare_determiners or first in _QUANTIFIERS or fold(segment.split()[0])[:2] in ("l'", "d'"):
        # A group or a thing named by a common noun: "les syndicats", "local media".
        return Mention(segment, role=phrase)
    return None
