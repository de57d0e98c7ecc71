"""Parsing the words next to a claim into the `Mention` of its speaker: the phrase shapes read whole here,
the names and roles of any other phrase in `mention_names`."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.document_authors import document_author
from claims.extract.document_mentions_en import document_maker, english_document_speaker
from claims.extract.lang import en as english
from claims.extract.body_mentions_fr import BODY_SEATED, PRESS_NOUNS_FR, PRESS_TITLE, answering_agent, regional_body, unit_of_named_body
from claims.extract.group_phrases_en import (
    GROUP_OF_PLACES, ROLE_AT_A_PLACE_NOUN, group_from_institution, group_noun, is_agent_noun,
)
from claims.extract.institution_names import listed_body_closing, listed_body_name, organisation_running_on, quoted_body_name
from claims.extract.speaker_lexicon import Lexicon, fold
from claims.extract.speaker_whole_phrases_en import body_gathered_for_a_cause, kept_whole, named_unit_of_body, organisation_alias
from claims.extract.subject_openings_en import figures_owner, names_a_group_or_office, speaker_of_comment_clause, without_adverbs
from claims.extract.sources import canonical_source
from claims.extract.mention_names import OWNER_BEFORE, mention_from_names
from claims.extract.name_contexts import ITALIAN_TITLE
from claims.extract.speaker_phrases import PARENS, RELAYED_BY, UNNAMED_SOURCES, clean_phrase, role_in
from claims.extract.speakers import Mention, names_in

# French: a bare plural group ("des négociants"), which its relay describes ("interrogés par l'agence").
# English: a paper named by its town and kind, then its title ("the Maputo weekly O Observador").
_PLACE_PAPER_THEN_TITLE_EN = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+){1,2}(?:weekly|daily|newspaper|tabloid|magazine|broadcaster|fortnightly)\s+"
    r"(?P<title>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*|de|da|do|del|la|ya|wa)){0,4})")
_BARE_PLURAL = re.compile(r"[Dd]es[ \u00a0]+[a-zà-ÿ-]{3,}[sx]")
# English: the same, without an article ("Protesters interviewed by Wikinews", as the real gold names them).
_BARE_PLURAL_EN = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z][a-z-]+\s+)?(?:[a-z][a-z-]{2,}s|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?:ers|ors|ents|ants|ists|ians|ees|les|ies)"
                             # ("Records obtained by the Journal", "Emails seen by the BBC": documents opening the sentence)
                             r"|(?:Records|Minutes|E-?mails|Messages|Texts|Files|Notes|Transcripts|Invoices|Contracts|Accounts|Recordings))\s*")
# English: a document's maker's verb closing the phrase ("according to a statement the company released.")
_MADE_VERBS_EN = (" released", " issued", " published", " presented", " sent", " filed")
# English: how a document was obtained, no part of who issued it.
_UNDER_FOI_EN = re.compile(r"\s+(?:under|through|following)\s+(?:the\s+|an?\s+)?(?:Freedom\s+of\s+Information|freedom\s+of\s+information)\b.*")
# French: an owner's role for a body, then the body in apposition ("son exploitant, la société X").
_OWNED_ROLE_THEN_BODY_FR = re.compile(
    r"(?:son|sa|ses|leur|leurs)\s+[a-zà-ÿ'’ -]{3,40},\s+(?P<body>(?:la|le|l['’])\s*[a-zà-ÿ-]+\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].*)")
# English: people described by where they live or what they do ("People living near RAF Coningsby").
_PEOPLE_DESCRIBED_EN = re.compile(r"People\s+(?:living|who|in|from|near|across|around|working|along)\s.+")
# English: a plural noun opening the sentence, then where they are ("Businesses across west Suffolk say").
_PLURAL_GROUP_DESCRIBED_EN = re.compile(
    r"[A-Z][a-z]{3,}(?:ers|ses|ies|ists|ants|ents|ors|ives)\s+(?:across|throughout|around|near|along)\s.+")
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
# English: papers put to a named body's meeting ("papers published ahead of a board meeting of the Mid and South
# Essex NHS Foundation Trust"): the body's.
# ("papers for the trust's board meeting on Thursday": the body that meets, by its noun, before the meeting)
_PAPERS_FOR_MEETING_EN = re.compile(
    r"(?:[Tt]he\s+)?(?:[Bb]oard\s+)?(?:[Pp]apers|[Dd]ocuments|[Mm]inutes)\s+(?:published|released|prepared|presented|seen)?\s*(?:on\s+\w+\s+)?"
    r"(?:ahead\s+of|for|before|to)\s+(?:a|an|the|its)\s+(?:[a-z-]+\s+){0,2}meeting\s+of\s+(?:the\s+)?(?:board\s+of\s+(?:the\s+)?)?(?P<body>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].+)"
    r"|(?:(?:the|board|meeting)\s+)?papers\s+(?:for|ahead\s+of|prepared\s+for)\s+(?P<owner>the\s+[a-z]+)['’]s\s+(?:[\w-]+\s+){0,2}meeting\b.*")
# English: a named body's website or register ("Thurrock Council’s planning portal"): the body publishes.
_SITE_OF_OWNER_EN = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+(?:of\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){0,5})['’]s\s+"
    r"(?:[a-z-]+\s+){0,2}(?:website|portal|web\s+page|page|database|dashboard|register)")
_ENGLISH_BODY_DESCRIPTION = re.compile(
    r"(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:venture|subsidiary|unit|partnership|consortium|division|affiliate|arm)"
    r"\s+(?:between|of|owned\s+by|formed\s+by|backed\s+by|led\s+by)\s.{3,120}")
_CAPITALISED_RUN = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
# A body named with its portfolios listed: "Ministry of Culture, Tourism and Antiquities".
NAME_WITH_LISTED_PORTFOLIOS = re.compile(
    rf"(?!The\s)(?P<head>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?![\w'’-]))(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s+(?:of|for)\s+(?:the\s+)?{_CAPITALISED_RUN}"
    rf"(?:,\s+(?:the\s+)?{_CAPITALISED_RUN})*,?\s+(?:and|&)\s+(?:the\s+)?{_CAPITALISED_RUN}$")
_LISTED_BODY_THEN_SPOKESPERSON = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?P<body>[A-Z].+?)\s+(?P<role>spokes(?:wo)?man|spokesperson)")
# English: an indefinite article, capitalised modifiers and lower-case nouns: a description, no name.
_INDEFINITE_DESCRIPTION = re.compile(
    r"[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*\s+(?:(?:and|of|for|&)\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?){1,4}(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
_INDEFINITE_WHOSE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+\s+whose\s+\S.*")  # "A woman whose father …"
_BODY_THEN_MODIFIER = re.compile(
    r"(?P<np>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+))\s+(?:that|which|[a-z]{3,}ing)\s+\S.*")
# An agency's noun, its qualifiers, then its name ("l'agence allemande dpa", "the German news agency dpa").
_AGENCY_CLOSING = re.compile(r"(?:(?:[Ll]['’]|[Tt]he\s+)?[\w\s-]{0,30}?)\b(?:agence|agency)\b[\w\s-]{0,40}?\s(?P<name>\S+)")
# English: a body named by what it does "for" a place ("Transport for London (TfL)", "Homes for Scotland").
_BODY_FOR_A_PLACE = re.compile(r"(?:[Tt]he\s+)?(?P<name>(?P<kind>[A-Z][a-z]+)\s+for\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,4}))")  # ("Transport for NSW")
# English: a lower-case owner opening a phrase, maybe after a word or a nationality ("world football's
# governing body", "European football's governing body").
_LOWER_CASE_OWNER_OPENING = re.compile(
    r"(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|it|there|he|she|what|who|let|here|where)\b)(?:[a-z]+\s+|[A-Z][a-z]+(?:an|ese|ish|ic)\s+)?[a-z]+['’]s\s+[a-z]")
_LEDE_CAPITALS = re.compile(r"(?:An?|AN?|The|THE)\s+(?P<noun>[A-Z]{4,})")
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
_GROUP_OF_COUNTED = re.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+(?:group|coalition|team|panel|delegation)\s+of\s+\d+\s+[^,;:]{3,60}")
# French: a relative clause closing the phrase ("les données de X que le JDD a pu consulter").
_OF_CAPITALISED = re.compile(r"\s(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# French: a relative clause telling which outlet saw a document ("que Le Monde a pu consulter").
_SEEN_BY_OUTLET_FR = re.compile(
    r"\s+(?:que|qu['’])\s*(?:[\w'’-]+\s+){1,4}?(?:a|ont|avait|avaient)\s+(?:pu\s+)?(?:consulter|consulté|consultée|consultés|"
    r"consultées|lire|lu|lue|obtenir|obtenu|obtenue|se\s+procurer|procuré|procurée)\s*$")
_FRENCH_RELATIVE = re.compile(r"(?<!\b[Cc]e)\s+(?:que\s+|qu['’])(?=\S)")
_PUBLISHED_IN = re.compile(
    # (the space first, the words before it looked at behind it: `re` then skips to spaces)
    r"\s(?<!\blatest\s)(?<!\brecently\s)(?<!\bnewly\s)(?<!\blast\s)(?<!\bfirst\s)"  # ("the trust's latest published accounts": an adjective)
    r"(?:published|released|issued|presented|tabled|unveiled|submitted|circulated|publiée?s?|parue?s?|présentée?s?|"
    r"déposée?s?(?=\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette|le\s+\d))|"  # (not "déposés au greffe")
    r"diffusée?s?|lue?s?(?=\s+(?:à|au|lors|devant|pendant)\s)|dating|datant|remontant)\s+(?!(?:[\w'’-]+\s+){0,3}(?:by|par)\b)",  # ("datant de 2023": when)
    re.IGNORECASE)
_RELATIVE_PASSIVE_CLOSING = re.compile(r"\b(?:who|qui)\s+(?:was|were|had\s+been|has\s+been|a\s+été|avait\s+été)$")
# English: a named analyst's work on another body's numbers ("PA Media analysis of NHS England figures").
_ANALYSIS_OF_OTHERS_DATA_EN = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:new\s+)?(?P<author>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.'’-]*){0,4})\s+"
    r"(?:analysis|review|modelling|modeling|study)\s+of\s+(?:the\s+)?(?:latest\s+|official\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.'’-]*\s+){1,5}(?:figures|data|statistics|numbers|records)")
_TRAILING_COORDINATION = re.compile(r"[\s,]+(?:(?:et|ou|and|or)[\s,]*)?$")
# French: an indefinite article, a nationality, then lower-case words ("un Français installé à Siem Reap").
_INDEFINITE_DEMONYM_FR = re.compile(r"(?:[Uu]ne?)\s+(?P<noun>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+(?:ais|aise|ien|ienne|ois|oise|ain|aine|ol|ole|and|ande|ote|otte|ge|que|se|an|ane))"
                                   r"(?:\s+[a-zà-ÿ0-9][\w'’-]*)*")
# French: a group around someone opening a phrase ("L'entourage du président", "le cabinet de la ministre").
_COLLECTIVE_OPENING = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?P<head>[\w-]+)\s+(?:de|du|des|d['’])")
# ", Josée Roux," after the group's phrase: the person is named in apposition (read by the subject finder).
_NAME_IN_APPOSITION_AFTER = re.compile(r",\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# French banks whose name opens on "Crédit", elsewhere a photo credit's word ("le Crédit agricole Charente-Périgord").
_BANKS_CREDIT = ("Crédit agricole", "Crédit mutuel", "Crédit coopératif", "Crédit municipal")
# French: an optional article, a capitalised word, one or two lower-case adjectives, a capitalised word.
_NAME_ACROSS_ADJECTIVES = re.compile(
    r"(?:(?:[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’])?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?P<lower>(?:\s+[a-zà-ÿ]{4,}){1,2})\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)")


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
# French: a newspaper by its kind ("le quotidien sportif", "le journal satirique"): a paper, whatever its adjective.
_PRESS_NOUN_AND_ADJECTIVE_FR = re.compile(rf"(?:[Ll]e|[Ll]a|[Ll]['’]|[Cc]e|[Cc]et)\s*(?:{PRESS_NOUNS_FR})"
                                          r"(?:\s+[a-zà-ÿ-]+){1,2}")
# English: a body's branch described, then its own name in apposition.
_BRANCH_THEN_NAME_EN = re.compile(r"[^,]*\b(?:branch|chapter|affiliate|subsidiary|arm|wing|section)\b[^,]*,\s+"
                                  r"(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})")
# French: the day an inverted subject was given, left before it ("a annoncé jeudi soir la police cantonale, qui …").
_LEADING_DAY_FR = re.compile(r"(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|midi|soir|après-midi))?"
                             r"\s+(?=(?:le|la|les|l['’])\s*\w)")
_TRAILING_DAY_EN = re.compile(r"\s+(?:on|last|this|early|late)\s+(?:" + "|".join(w.capitalize() for w in english.WEEKDAYS if w.isalpha())
                              + r")(?:\s+(?:morning|afternoon|evening|night))?$|\s+(?:yesterday|today)$")


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
_COMPANY_MANAGEMENT = re.compile(r"(?P<company>(?:[Tt]he\s+)?(?P<noun>[a-z]+))['’]s\s+(?:senior\s+|local\s+)?(?:management|bosses|directors|executives)"
                                 # "Company bosses said"
                                 r"|(?P<bare>[A-Z]?[a-z]+)\s+bosses")
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


# The documents a body puts out, which speak for it when the article gives their owner ("its financial
# statements", "the authority's latest annual report").
OWNED_DOCUMENT_NOUNS = (r"(?:report|statements?|figures|data|statistics|study|survey|analysis|review|website|accounts|records"
                        r"|filing|estimates?|results|disclosure|release|census|audit|tally|reference\s+rates?|documents?|paper|findings|business\s+case"
                        r"|order|memo|notice|assessment)")
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
# French: a participle left closing a phrase whose adjunct went ("… publié" of "… publié en 2023").
_BARE_PARTICIPLE_CLOSING_FR = re.compile(r"\s+(?:publiée?s?|parue?s?|diffusée?s?|dévoilée?s?|réalisée?s?|rendue?s?)$")
# French: a document presented at a meeting ("présenté en séance", "présenté aux élus", "présenté lors de l'assemblée").
_PRESENTED_AT_MEETING_FR = re.compile(r"\s+présentée?s?\s+(?:en\s+séance|en\s+conseil|(?:à|au|aux)\s|lors\s+d)")
_DAY_CLOSING_FR = re.compile(r"\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir))?$")
# French: a complement's first word ("de financement", "de la commission", "du Cerema").
_COMPLEMENT_WORD_FR = re.compile(r"\s(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?P<word>[\w-]+)")
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


# French: the participle "élu" and when, how or by whom (not the noun "élu", "un élu de l'opposition").
_ELECTED_WHEN_FR = re.compile(
    r"élue?s?\s+(?:en\s+\d{4}|le\s+\d|depuis|par|avec|lors|après|à\s+la\s+(?:tête|majorité|présidence)|au\s+(?:premier|second|poste))")


# A body's spokesperson and where they are posted ("A Coast Guard spokesperson in Juneau").
_VOICE_POSTED_IN_EN = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<body>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)\s+(?P<voice>spokesperson|spokesman|spokeswoman)"
    r"\s+(?P<place>in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
# An indefinite noun, then the subject of a relative clause with no "that" ("a figure the department").
_OBJECT_OF_A_REDUCED_RELATIVE_EN = re.compile(r"an?\s+[a-z]+\s+(?:the|his|her|its|their)\s+[a-z]+(?:\s+[a-z]+)?")


# French: "ONG", what it defends maybe, then its name ("l'ONG Memorial", "l'ONG de défense des droits de l'homme Memorial").
_NGO_THEN_NAME_FR = re.compile(
    r"(?:[Ll]['’][ \u00a0]*|[Uu]ne[ \u00a0]+)ONG(?:[ \u00a0]+[a-zà-ÿ'’-]+){0,8}?[ \u00a0]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \u00a0]+(?:(?:de|du|des|pour|sans)[ \u00a0]+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)*"
    r"(?:[ \u00a0]+(?:sans|pour)[ \u00a0]+[\w'’-]+)?)")  # ("Médecins sans frontières")
# English: a named body's management, which speaks as the body (as the real annotations have "la direction").
_NAMED_BODYS_MANAGEMENT_EN = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){0,4})['’]s\s+(?:senior\s+)?management")


def parse_mention(segment: str, lex: Lexicon) -> Mention | None:
    """The speaker named by a short noun phrase (a clause subject or the words after an inverted verb).
    A new `Mention` each call (callers complete theirs), parsed once per phrase: the passes of one
    sentence ask again for the same subject."""
    parsed = _parsed_mention(segment, lex)
    return None if parsed is None else Mention(parsed.text, parsed.name, parsed.role, parsed.pronoun, parsed.organisation)


@lru_cache(maxsize=1024)
def _parsed_mention(segment: str, lex: Lexicon) -> Mention | None:
    segment = (PARENS.sub("", segment) if "(" in segment else segment).strip(" ,;:«»\"“”")
    if not lex.adjectival_names and segment[:1] in "lmjvsdhc" and (day := _LEADING_DAY_FR.match(segment)) is not None:
        segment = segment[day.end():]
    if not lex.adjectival_names and "ONG" in segment and (ngo := _NGO_THEN_NAME_FR.fullmatch(segment)) is not None:
        return Mention(segment, name=ngo.group("name"), organisation=True)  # "l'ONG de défense des droits de l'homme Memorial"
    if lex.adjectival_names and ", " in segment and (branch := _BRANCH_THEN_NAME_EN.fullmatch(segment)) is not None:
        return Mention(segment, name=branch.group("name"), organisation=True)  # "Transparency International's Latvian branch, Delna"
    if lex.adjectival_names and (paper := _PLACE_PAPER_THEN_TITLE_EN.fullmatch(segment)) is not None:
        return Mention(segment, name=paper.group("title"), organisation=True)  # "the Maputo weekly O Observador": its title
    if lex.adjectival_names and "management" in segment and (managed := _NAMED_BODYS_MANAGEMENT_EN.fullmatch(segment)) is not None:
        return Mention(segment, name=managed.group("body"), organisation=True)  # "MoravaRail's management said": the company
    if not lex.adjectival_names and segment[:3] == "élu" and _ELECTED_WHEN_FR.match(segment):
        return None  # "…, élu en 2024 après la démission de X,": when and how someone was elected, no speaker
    if not lex.adjectival_names and segment.endswith(("é", "ée", "és", "ées", "u", "ue")) \
            and (bare := _BARE_PARTICIPLE_CLOSING_FR.search(segment)) is not None:
        segment = segment[:bare.start()]  # "Un rapport de l'agence de l'eau Rhin-Meuse publié [en 2023]": its date went
    if lex.adjectival_names and "day" in segment and (when := _TRAILING_DAY_EN.search(segment)) is not None \
            and not segment[:when.start()].endswith(("ed", "ing")) and not segment.split(None, 1)[0].endswith(("ed", "ing")):
        # "a memo sent to employees on Friday", "A court in southern Moldova on Wednesday": when, no part of who
        # (not ", sitting by video link in London on Saturday,": a participle's clause, no speaker)
        # (but "a report by the auditor general released on Monday" is read whole, its participle with it)
        segment = segment[:when.start()]
    if lex.adjectival_names and "nformation" in segment and (request := _UNDER_FOI_EN.search(segment)) is not None:
        segment = segment[:request.start()]  # "figures released by the Ministry of Defence under the Freedom of Information Act"
    if lex.adjectival_names and "meeting" in segment and (papers := _PAPERS_FOR_MEETING_EN.fullmatch(segment.strip())):
        if papers.group("owner"):
            return parse_mention(papers.group("owner"), lex)
        if (body := parse_mention(papers.group("body"), lex)) is not None and body.name and body.organisation:
            return Mention(segment, name=body.name, organisation=True)  # the papers of a named body's meeting
    relay = RELAYED_BY.search(segment)
    if relay is not None and not lex.adjectival_names and _BARE_PLURAL.fullmatch(segment, 0, relay.start()):
        return Mention(segment, role=segment.split(None, 1)[1])  # "des témoins cités par le quotidien X": who they are
    if relay is not None and lex.adjectival_names and _BARE_PLURAL_EN.fullmatch(segment, 0, relay.start()) \
            and not relay.group().lstrip().lower().startswith("reported"):  # (not "municipality figures reported by KUNA")
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
    if published is not None and not lex.adjectival_names and _PRESENTED_AT_MEETING_FR.match(segment, published.start()) \
            and not any(of.group("word")[:1].isupper() or fold(of.group("word")) in lex.organisations
                        for of in _COMPLEMENT_WORD_FR.finditer(segment, 0, published.start())):
        # "le rapport présenté en séance", "… présenté aux élus lundi": no author, the whole phrase names it (not its day)
        whole = _DAY_CLOSING_FR.sub("", segment.strip())
        return Mention(whole, role=clean_phrase(whole, lex), organisation=True)
    if (published is not None or lex.adjectival_names and segment.endswith(_MADE_VERBS_EN)) and lex.adjectival_names \
            and (maker := document_maker(segment, lex, parse_mention)) is not None:
        return maker  # "figures the utility presented at a public meeting": who presented them
    if published is not None and published.start() > 0 and _RELATIVE_PASSIVE_CLOSING.search(segment, 0, published.start()) is None:
        # "the study published in the journal Marine Frontiers": where it appeared, not who speaks (but "A worker
        # who was released on Monday night": a person's clause).
        segment = segment[:published.start()]
    if not segment or not segment.split():  # (only spaces and line breaks left)
        return None
    if lex.adjectival_names and segment[:2] in ("a ", "an") and _OBJECT_OF_A_REDUCED_RELATIVE_EN.fullmatch(segment):
        return None  # "…, a figure the department did not dispute": what the department did not dispute, no speaker
    if lex.adjectival_names and " in " in segment and (posted := _VOICE_POSTED_IN_EN.fullmatch(segment)) is not None:
        # "A Coast Guard spokesperson in Juneau": the body's voice where it is posted, no body named "Coast Guard" alone
        return Mention(segment, role=f"{posted.group('voice')} for {posted.group('body')} {posted.group('place')}")
    if lex.adjectival_names and segment[:9] == "speaking ":
        return None  # ", speaking on condition of anonymity because the firm advises Corvane,": how, no one else
    if lex.adjectival_names and (segment[:7] == "People " and _PEOPLE_DESCRIBED_EN.fullmatch(segment)
                                 or _PLURAL_GROUP_DESCRIBED_EN.fullmatch(segment)):
        return Mention(segment, role=segment)  # "People living near RAF Coningsby say": who they are, no name
    if not lex.adjectival_names and " par " in segment and (denied := _DENIED_BY_FR.fullmatch(segment)) is not None \
            and (agent := parse_mention(denied.group("agent"), lex)) is not None and (agent.name or agent.role) and not agent.pronoun:
        return agent  # "Une version démentie par le maire, qui assure que …": the agent speaks
    if segment[-1:].isalpha() and (numbered := _PRESS_TITLE_WITH_NUMBER.fullmatch(segment)) is not None:
        # "selon le quotidien 24 heures", "the newspaper 20 Minutes": a title that opens with a number
        return Mention(segment, name=numbered.group("title"), organisation=True)
    if lex.adjectival_names and "General " in segment and (general := _GENERAL_BODY_EN.fullmatch(segment)) is not None:
        return Mention(segment, name=general.group("name"), organisation=True)  # "Rwanda's Directorate General of Immigration …"
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and _NAMED_BODYS_BRANCH.fullmatch(segment) is not None:
        # "The Victorian Farmers Federation's Mallee branch": the branch of the body, named as such
        return Mention(segment, name=re.sub(r"^[Tt]he\s+", "", segment.strip()), organisation=True)
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (owned := _NAMED_BODYS_OFFICER.fullmatch(segment.strip())) \
            and not lex.organisations.isdisjoint(fold(w) for w in owned.group("owner").split()) \
            and role_in(owned.group("office"), lex) is not None:
        # "Redcar and Cleveland Council's cabinet member for economic growth": an officer of the body, no name
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.adjectival_names and (counsel := _COUNSEL_FOR_OPENING.fullmatch(segment.strip())) is not None:
        # "Lawyers for Tinjar Agro Plantation said": the company's lawyers, capitalised by the sentence, no body's name
        return Mention(segment, role=counsel.group("group").lower() + segment.strip()[len(counsel.group("group")):])
    if lex.adjectival_names and ("'s " in segment or "’s " in segment or " bosses" in segment) \
            and (managed := _COMPANY_MANAGEMENT.fullmatch(segment.strip())) is not None \
            and fold(noun := managed.group("noun") or managed.group("bare")) in lex.companies:
        # "the company's management said", "Company bosses said": the company speaks (resolved as "the company" is)
        return Mention(managed.group("company") or f"the {noun.lower()}", role=noun.lower(), organisation=True)
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (office := _NAMED_BODYS_REGIONAL_OFFICE.fullmatch(segment.strip())) \
            and not lex.organisations.isdisjoint(fold(w) for w in office.group("owner").split()):
        return Mention(segment, name=office.group("owner"), organisation=True)  # "… Commission's Eastern Cape office": the Commission
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (unit := _NAMED_BODYS_UNIT.fullmatch(segment.strip())) is not None \
            and not lex.organisations.isdisjoint(fold(w) for w in unit.group("owner").split()) \
            and not (" of " in unit.group("owner") and role_in(unit.group("owner").split(" of ")[0], lex) is not None
                     and lex.organisations.isdisjoint(fold(w) for w in unit.group("owner").split(" of ")[0].split())):
        # (not "Detective Constable Sam Urchfont of Wiltshire Police’s rural crime team": a person of the body)
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
    if not lex.adjectival_names and (press := _PRESS_NOUN_AND_ADJECTIVE_FR.fullmatch(segment)) is not None:
        return Mention(segment, role=clean_phrase(segment, lex), organisation=True)  # "le quotidien sportif": no sportsman
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
        if not before or before in ("the", "The") or OWNER_BEFORE.fullmatch(before + " "):
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
    if lex.adjectival_names and " of " in segment and (analysis := _ANALYSIS_OF_OTHERS_DATA_EN.fullmatch(segment.strip())) is not None:
        if (analyst := parse_mention(analysis.group("author"), lex)) is not None:
            analyst.text = segment
            return analyst  # "PA Media analysis of NHS England figures": who analysed them
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
    if lex.adjectival_names and first in ("its", "their") and len(owned := segment.split()[1:]) >= 2 \
            and all(word[:1].isupper() for word in owned) and fold(owned[-1]) in lex.organisations \
            and (body := parse_mention(" ".join(owned), lex)) is not None and body.name:
        body.text = segment
        return body  # "after its Privileges Committee found that": the committee, by its name
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
            and (joined.group("name").split()[0] not in lex.function_words or joined.group("name").startswith(_BANKS_CREDIT)) \
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
    if lex.adjectival_names and ("'s " in segment or "’s " in segment) and (site := _SITE_OF_OWNER_EN.fullmatch(segment.strip())) \
            and (owner := parse_mention(site.group("owner"), lex)) is not None and owner.name and owner.organisation:
        return Mention(segment, name=owner.name, organisation=True)  # "Thurrock Council’s planning portal": the council publishes
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
    if not lex.adjectival_names and ", " in segment and (owned := _OWNED_ROLE_THEN_BODY_FR.fullmatch(segment.strip())) is not None \
            and (body := parse_mention(owned.group("body"), lex)) is not None and body.organisation and not body.pronoun:
        # "sa société d'exploitation, la régie des Neiges catalanes": the body in apposition to its owner's role
        return Mention(segment, name=body.name, role=body.role, organisation=True)
    return mention_from_names(segment, lex)
