"""The shapes of the speaker phrases that `speaker_mentions` reads whole: a paper and its title, a named body's
officer, branch or management, a document and its owner, a described group, and the like."""

from __future__ import annotations

import re

from claims.extract.lang import en as english
from claims.extract.body_mentions_fr import PRESS_NOUNS_FR
from claims.extract.speaker_lexicon import Lexicon

# French: a bare plural group ("des négociants"), which its relay describes ("interrogés par l'agence").
# English: a paper named by its town and kind, then its title ("the Maputo weekly O Observador").
PLACE_PAPER_THEN_TITLE_EN = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+){1,2}(?:weekly|daily|newspaper|tabloid|magazine|broadcaster|fortnightly)\s+"
    r"(?P<title>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*|de|da|do|del|la|ya|wa)){0,4})")
# English: a newspaper whose one-word title is also a role or common noun ("According to The Star").
PRESS_TITLE_ALONE_EN = re.compile(r"[Tt]he\s+(?P<title>Star|Sun|Nation|Citizen|Standard|Independent|Monitor|Mirror|Express|Herald|Tribune"
                                  r"|Observer|Chronicle|Gazette|Courier|Examiner|Sentinel|Telegraph|Guardian|Times|Post|Mail)")
BARE_PLURAL = re.compile(r"[Dd]es[ \u00a0]+[a-zà-ÿ-]{3,}[sx]")
# English: the same, without an article ("Protesters interviewed by Wikinews", as the real gold names them).
BARE_PLURAL_EN = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z][a-z-]+\s+)?(?:[a-z][a-z-]{2,}s|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+(?:ers|ors|ents|ants|ists|ians|ees|les|ies)"
                             # ("Records obtained by the Journal", "Emails seen by the BBC": documents opening the sentence)
                             r"|(?:Records|Minutes|E-?mails|Messages|Texts|Files|Notes|Transcripts|Invoices|Contracts|Accounts|Recordings))\s*")
# English: a document's maker's verb closing the phrase ("according to a statement the company released.")
MADE_VERBS_EN = (" released", " issued", " published", " presented", " sent", " filed")
# English: how a document was obtained, no part of who issued it.
UNDER_FOI_EN = re.compile(r"\s+(?:under|through|following)\s+(?:the\s+|an?\s+)?(?:Freedom\s+of\s+Information|freedom\s+of\s+information)\b.*")
# French: an owner's role for a body, then the body in apposition ("son exploitant, la société X").
OWNED_ROLE_THEN_BODY_FR = re.compile(
    r"(?:son|sa|ses|leur|leurs)\s+[a-zà-ÿ'’ -]{3,40},\s+(?P<body>(?:la|le|l['’])\s*[a-zà-ÿ-]+\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].*)")
# English: people described by where they live or what they do ("People living near RAF Coningsby").
PEOPLE_DESCRIBED_EN = re.compile(r"People\s+(?:living|who|in|from|near|across|around|working|along)\s.+")
# English: a plural noun opening the sentence, then where they are ("Businesses across west Suffolk say").
PLURAL_GROUP_DESCRIBED_EN = re.compile(
    r"[A-Z][a-z]{3,}(?:ers|ses|ies|ists|ants|ents|ors|ives)\s+(?:across|throughout|around|near|along)\s.+")
# English: a capitalised plural noun opening a subject before names ("Retailers X and Y", "Insurers X").
PLURAL_KIND_BEFORE_NAMES = re.compile(r"(?P<noun>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{3,}s)\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
# English words that link the capitalised words of one name ("Doctors Without Borders", "Jamaicans Against Police Excess").
EN_NAME_LINKS = frozenset(("without", "for", "of", "against", "in", "on", "and", "united", "international"))
# The same words capitalised, as a regular expression's alternation ("Jamaicans Against Police Excess").
CAPITALISED_EN_NAME_LINKS = "|".join(word.capitalize() for word in sorted(EN_NAME_LINKS))
# French: someone described by an indefinite noun and its complement ("une habitante du quartier"), up to a relative clause.
FRENCH_INDEFINITE_DESCRIPTION = re.compile(
    r"(?:[Uu]n|[Uu]ne)\s+[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de|du|des|d['’]|à|au|aux)\s*"
    r"(?:(?!\s(?:(?:qui|que|dont|ne|nous|vous|se|y|lui|leur)(?![\w-])|(?:qu|n|s)['’]))[^,;:]){2,80}")
# French: someone the article does not name, described by a noun and its adjectives, then a relative clause.
FRENCH_DESCRIBED_THEN_RELATIVE = re.compile(r"(?:[Uu]n|[Uu]ne)\s+[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?\s+qui\s+[^,;:]{2,80}")
# French: another outlet, named as colleagues ("nos confrères de Presse Océan", "nos confrères du Télégramme").
COLLEAGUES_OF_FR = re.compile(r"\s*(?:[Nn]os|[Ll]es)\s+confrères\s+(?:de\s+|du\s+|d['’])(?P<outlet>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].{1,40})")
SITE_OF_OWNER_FR = re.compile(
    r"(?:[Ll]e|[Ll]a)\s+(?:site|page|compte|application|plateforme)(?:\s+(?:web|internet|officiel(?:le)?))?\s+"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+)?(?:de\s+|d['’]|du\s+)(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].{1,60}|(?:la\s+|l['’]).{1,60})")
# English: papers put to a named body's meeting ("papers published ahead of a board meeting of the Mid and South
# Essex NHS Foundation Trust"): the body's.
# ("papers for the trust's board meeting on Thursday": the body that meets, by its noun, before the meeting)
PAPERS_FOR_MEETING_EN = re.compile(
    r"(?:[Tt]he\s+)?(?:[Bb]oard\s+)?(?:[Pp]apers|[Dd]ocuments|[Mm]inutes)\s+(?:published|released|prepared|presented|seen)?\s*(?:on\s+\w+\s+)?"
    r"(?:ahead\s+of|for|before|to)\s+(?:a|an|the|its)\s+(?:[a-z-]+\s+){0,2}meeting\s+of\s+(?:the\s+)?(?:board\s+of\s+(?:the\s+)?)?(?P<body>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ].+)"
    r"|(?:(?:the|board|meeting)\s+)?papers\s+(?:for|ahead\s+of|prepared\s+for)\s+(?P<owner>the\s+[a-z]+)['’]s\s+(?:[\w-]+\s+){0,2}meeting\b.*")
# English: a named body's website or register ("Thurrock Council’s planning portal"): the body publishes.
SITE_OF_OWNER_EN = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+(?:of\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){0,5})['’]s\s+"
    r"(?:[a-z-]+\s+){0,2}(?:website|portal|web\s+page|page|database|dashboard|register)")
# English: a social-media account a body owns, named by the body's noun ("the league's official Twitter account").
ACCOUNT_OF_BODY_EN = re.compile(
    r"(?:[Tt]he\s+)(?P<owner>[a-z]+)['’]s\s+(?:official\s+)?(?:Twitter|Facebook|Instagram|YouTube|TikTok)\s+(?:account|page|feed|channel)")
ENGLISH_BODY_DESCRIPTION = re.compile(
    r"(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:venture|subsidiary|unit|partnership|consortium|division|affiliate|arm)"
    r"\s+(?:between|of|owned\s+by|formed\s+by|backed\s+by|led\s+by)\s.{3,120}")
_CAPITALISED_RUN = r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
# A body named with its portfolios listed: "Ministry of Culture, Tourism and Antiquities".
NAME_WITH_LISTED_PORTFOLIOS = re.compile(
    rf"(?!The\s)(?P<head>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?![\w'’-]))(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s+(?:of|for|on)\s+(?:the\s+)?{_CAPITALISED_RUN}"
    rf"(?:,\s+(?:the\s+)?{_CAPITALISED_RUN})*,?\s+(?:and|&)\s+(?:the\s+)?{_CAPITALISED_RUN}$")
LISTED_BODY_THEN_SPOKESPERSON = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?P<body>[A-Z].+?)\s+(?P<role>spokes(?:wo)?man|spokesperson)")
# English: an indefinite article, capitalised modifiers and lower-case nouns: a description, no name.
INDEFINITE_DESCRIPTION = re.compile(
    r"[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*\s+(?:(?:and|of|for|in|&)\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?){1,4}(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
    # ("A High Court judge in Manchester": where the court sits)
    r"(?:\s+in\s+(?!(?:" + "|".join(m.capitalize() for m in english.MONTHS if "." not in m) + r")\b)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?")
INDEFINITE_WHOSE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+\s+whose\s+\S.*")  # "A woman whose father …"
BODY_THEN_MODIFIER = re.compile(
    r"(?P<np>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+))\s+(?:that|which|[a-z]{3,}ing)\s+\S.*")
# An agency's noun, its qualifiers, then its name ("l'agence allemande dpa", "the German news agency dpa").
AGENCY_CLOSING = re.compile(r"(?:(?:[Ll]['’]|[Tt]he\s+)?[\w\s-]{0,30}?)\b(?:agence|agency)\b[\w\s-]{0,40}?\s(?P<name>\S+)")
# English: a body named by what it does "for" a place ("Transport for London (TfL)", "Homes for Scotland"), or
# its figures ("according to Transport for NSW figures").
BODY_FOR_A_PLACE = re.compile(r"(?:[Tt]he\s+)?(?P<name>(?P<kind>[A-Z][a-z]+)\s+for\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,4}))"
                              r"(?:\s+(?:figures|data|statistics))?")  # ("Transport for NSW")
# English: a lower-case owner opening a phrase, maybe after a word or a nationality ("world football's
# governing body", "European football's governing body").
LOWER_CASE_OWNER_OPENING = re.compile(
    r"(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|it|there|he|she|what|who|let|here|where)\b)(?:[a-z]+\s+|[A-Z][a-z]+(?:an|ese|ish|ic)\s+)?[a-z]+['’]s\s+[a-z]")
LEDE_CAPITALS = re.compile(r"(?:An?|AN?|The|THE)\s+(?P<noun>[A-Z]{4,})")
# French: an article and a body's head noun alone, capitalised ("le Ministère").
CAPITALISED_BODY_HEAD_FR = re.compile(r"(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*)(?P<head>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+)")
# (French writes "le ministère des Transports" in lower case, then "le Ministère" alone; other heads
# written capitalised alone, "la Région", "la Direction", have their own pass)
COMMON_BODY_HEADS_FR = frozenset(("ministere",))
# English: a group's noun, then its name (which may open on a title's word: "Justice Now Jamaica").
GROUP_NOUN_THEN_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?:[a-z][\w'’-]*\s+){0,2}(?:group|organi[sz]ation|charity|campaign|movement|coalition|alliance|network|NGO)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:\s+(?:(?:of|for|the|and|against)\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*)+)")
# English: a body named with its linking words ("the Bahamas Chamber of Commerce and Employers
# Confederation's chairman") owning the role that closes the phrase.
LINKED_NAME_OWNING_ROLE = re.compile(
    r"(?:[Tt]he\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*)*"
    r"\s+(?:of|for|and|&)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*)*['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]*)")
AGE_BEFORE_NAME = re.compile(r"^\d{1,3}-year-old\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
BOTH = re.compile(r"^[Bb]oth\s+|\s+both$")
GROUP_OF_COUNTED = re.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+(?:group|coalition|team|panel|delegation)\s+of\s+\d+\s+[^,;:]{3,60}")
# French: "de" and a capitalised word, a name's complement ("le maire de Lyon").
OF_CAPITALISED = re.compile(r"\s(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# French: a relative clause telling which outlet saw a document ("que Le Monde a pu consulter").
SEEN_BY_OUTLET_FR = re.compile(
    r"\s+(?:que|qu['’])\s*(?:[\w'’-]+\s+){1,4}?(?:a|ont|avait|avaient)\s+(?:pu\s+)?(?:consulter|consulté|consultée|consultés|"
    r"consultées|lire|lu|lue|obtenir|obtenu|obtenue|se\s+procurer|procuré|procurée)\s*$")
# French: the outlet that met the person, and where ("Un motard rencontré dimanche au col du Simplon par le quotidien X").
MET_BY_OUTLET_FR = re.compile(r"\s(?:rencontrée?s?|croisée?s?|interviewée?s?)\s(?:[^,;:]{0,80}?\s)?par\s+(?:le|la|les|l['’])\s*"
                              r"(?:quotidien|journal|hebdomadaire|magazine|agence|site|radio|chaîne|télévision|[A-ZÀ-ÖØ-Þ])")
FRENCH_RELATIVE = re.compile(r"(?<!\b[Cc]e)\s+(?:que\s+|qu['’])(?=\S)")
PUBLISHED_IN = re.compile(
    # (the space first, the words before it looked at behind it: `re` then skips to spaces)
    # ("the trust's latest published accounts", "one of the released men": an adjective)
    r"\s(?<!\blatest\s)(?<!\brecently\s)(?<!\bnewly\s)(?<!\blast\s)(?<!\bfirst\s)(?<!\bthe\s)"
    r"(?:published|released|issued|presented|tabled|unveiled|submitted|circulated|publiée?s?|parue?s?|présentée?s?|"
    # (not "déposés au greffe"; "l'arrêté préfectoral pris lundi", "signé mardi": when)
    r"(?:déposée?s?|prise?s?|signée?s?)(?=\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette|le\s+\d))|"
    r"rendue?s?(?=\s+(?:publi\w*|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette|le\s+\d))|"  # "le jugement rendu mercredi"
    r"diffusée?s?|lue?s?(?=\s+(?:à|au|lors|devant|pendant)\s)|dating|datant|remontant)\s+(?!(?:[\w'’-]+\s+){0,3}(?:by|par)\b)",  # ("datant de 2023": when)
    re.IGNORECASE)
RELATIVE_PASSIVE_CLOSING = re.compile(r"\b(?:who|qui)\s+(?:was|were|had\s+been|has\s+been|a\s+été|avait\s+été)$")
# English: a named analyst's work on another body's numbers ("PA Media analysis of NHS England figures").
ANALYSIS_OF_OTHERS_DATA_EN = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:new\s+)?(?P<author>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.'’-]*){0,4})\s+"
    r"(?:analysis|review|modelling|modeling|study)\s+of\s+(?:the\s+)?(?:latest\s+|official\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.'’-]*\s+){1,5}(?:figures|data|statistics|numbers|records)")
TRAILING_COORDINATION = re.compile(r"[\s,]+(?:(?:et|ou|and|or)[\s,]*)?$")
# French: an indefinite article, a nationality, then lower-case words ("un Français installé à Siem Reap").
INDEFINITE_DEMONYM_FR = re.compile(r"(?:[Uu]ne?)\s+(?P<noun>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ]+(?:ais|aise|ien|ienne|ois|oise|ain|aine|ol|ole|and|ande|ote|otte|ge|que|se|an|ane))"
                                   r"(?:\s+[a-zà-ÿ0-9][\w'’-]*)*")
# French: a group around someone opening a phrase ("L'entourage du président", "le cabinet de la ministre").
COLLECTIVE_OPENING = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?P<head>[\w-]+)\s+(?:de|du|des|d['’])")
# ", Josée Roux," after the group's phrase: the person is named in apposition (read by the subject finder).
NAME_IN_APPOSITION_AFTER = re.compile(r",\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# French banks whose name opens on "Crédit", elsewhere a photo credit's word ("le Crédit agricole Charente-Périgord").
BANKS_CREDIT = ("Crédit agricole", "Crédit mutuel", "Crédit coopératif", "Crédit municipal")
# French public bodies whose name closes on a lower-case word ("selon Pôle emploi").
NAMES_CLOSING_IN_LOWER_CASE_FR = frozenset(("Pôle emploi", "Réseau ferré de France", "Voies navigables de France",
                                            "Électricité de France", "Gaz de France", "Aéroports de Paris"))
# French: an optional article, a capitalised word, one or two lower-case adjectives, a capitalised word.
NAME_ACROSS_ADJECTIVES = re.compile(
    r"(?:(?:[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’])?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?P<lower>(?:\s+[a-zà-ÿ]{4,}){1,2})\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)")


# French: a body's noun and "général(e)" ("le parquet général", "le Contrôle général des lieux …").
GENERAL_BODY = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<body>(?P<head>[\w-]+)\s+générale?s?(?:\s+(?:de|du|des|d['’]).+)?)")
# French: a town's intermunicipal body written with a lower-case noun ("Brest métropole", "Laval agglomération").
TOWN_BODY = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+(?:métropole|agglomération|agglo)(?![\w-])")
# French: a person's name, then their role after a comma, with or without its article ("Jean Roux, le
# président de l'association Terre Vive", "Ana Weis, porte-parole de l'initiative citoyenne Biergerinitiativ
# Bëschfeld"): the person speaks, not the body the role names.
NAME_THEN_ROLE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+(?:de\s+|du\s+|van\s+|von\s+|le\s+|la\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,3}),\s+"
    r"(?:(?:le|la|l['’])\s*)?(?P<role>[^,]+)")
GENERAL_BODY_HEADS = frozenset(("secretariat", "commissariat", "controle", "etat-major", "quartier", "commandement", "consulat",
                                 "departement", "conseil", "office", "inspection", "direction"))


_DOCUMENT_OPENING_EN = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:" + "|".join(english.DOCUMENT_WORDS) + r")\b")
# French: a newspaper by its kind ("le quotidien sportif", "le journal satirique"): a paper, whatever its adjective.
PRESS_NOUN_AND_ADJECTIVE_FR = re.compile(rf"(?:[Ll]e|[Ll]a|[Ll]['’]|[Cc]e|[Cc]et)\s*(?:{PRESS_NOUNS_FR})"
                                          r"(?:\s+[a-zà-ÿ-]+){1,2}")
# English: a body's branch described, then its own name in apposition.
BRANCH_THEN_NAME_EN = re.compile(r"[^,]*\b(?:branch|chapter|affiliate|subsidiary|arm|wing|section)\b[^,]*,\s+"
                                  r"(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})")
# English: a person "of the firm", then the firm's name in apposition ("Fiona Carmichael of the firm, Blackwood Reid").
PERSON_OF_NAMED_BODY_EN = re.compile(r"(?P<person>.*?[A-Z][\w'’-]+)\s+of\s+the\s+(?P<noun>[a-z]+),\s+"
                                     r"(?P<body>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})")
# French: a day, maybe with its part ("mercredi soir").
DAY_FR = r"(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|midi|soir|après-midi))?"
# French: the day an inverted subject was given, left before it ("a annoncé jeudi soir la police cantonale, qui …").
LEADING_DAY_FR = re.compile(DAY_FR + r"\s+(?=(?:le|la|les|l['’])\s*\w)")
# French: the day the words were said, then their clause ("a indiqué mercredi soir que …"): no inverted subject.
DAY_THEN_QUE_FR = re.compile(r"\s+" + DAY_FR + r"\s+(?:que\b|qu['’])")
TRAILING_DAY_EN = re.compile(r"\s+(?:on|last|this|early|late)\s+(?:" + "|".join(w.capitalize() for w in english.WEEKDAYS if w.isalpha())
                              + r")(?:\s+(?:morning|afternoon|evening|night))?$|\s+(?:yesterday|today)$")


# English: a capitalised body's name and its possessive, maybe after "the" ("The Victorian Farmers Federation's ").
_NAMED_OWNERS = r"(?P<the>[Tt]he\s+)?(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){1,6})['’]s\s+"
# English: a named body's unit written with lower-case words ("the provincial command of the
# Mozambique Republic Police").
# "Redcar and Cleveland Council's cabinet member for economic growth": an office of a named body, its portfolio in lower case.
NAMED_BODYS_OFFICER = re.compile(_NAMED_OWNERS + r"(?P<office>(?:[a-z-]+\s+){1,3}?)(?:for|of)\s+[a-z][\w\s-]*(?:,\s+[a-z][\w\s-]*)*")
NAMED_BODYS_BRANCH = re.compile(
    _NAMED_OWNERS
    + r"(?P<unit>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w/-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){0,2}\s+(?:branch|chapter|division|section|wing|local|region"
    r"|Base|Unit|Command|Squadron))")  # ("The Royal Virgin Islands Police Force's Marine Base")
COUNSEL_FOR_OPENING = re.compile(r"(?P<group>Lawyers|Attorneys|Solicitors)\s+(?:for|representing)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*"
                                  r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){0,4}")
# A report put to a council: its staff wrote it, the council speaks ("A report to councillors said").
# ("A report to the council's cabinet", "figures presented to the trust's board of directors": the body's own)
REPORT_TO_COUNCIL = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:(?:staff|officers['’])\s+)?report\s+to\s+(?:the\s+)?(?P<noun>council|councillors|councilors)(?:['’]s\s+cabinet)?"
    r"|(?:(?:[Aa]n?|[Tt]he)\s+(?:separate\s+)?)?(?:papers?|figures)\s+(?:presented\s+)?to\s+the\s+(?P<owner>council|trust|authority)['’]s\s+"
    r"(?:cabinet|board(?:\s+of\s+directors)?|committee|directors)(?:\s+on\s+\w+)?")
COMPANY_MANAGEMENT = re.compile(r"(?P<company>(?:[Tt]he\s+)?(?P<noun>[a-z]+))['’]s\s+(?:senior\s+|local\s+)?(?:management|bosses|directors|executives)"
                                 # "Company bosses said"
                                 r"|(?P<bare>[A-Z]?[a-z]+)\s+bosses")
# A named body's office in a region ("The SA Human Rights Commission's Eastern Cape office"): the body speaks.
NAMED_BODYS_REGIONAL_OFFICE = re.compile(
    _NAMED_OWNERS
    + r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+){1,3}(?:regional\s+|provincial\s+)?office")
# A named body's unit written in lower case ("Stoke-on-Trent City Council's trading standards team").
NAMED_BODYS_UNIT = re.compile(
    _NAMED_OWNERS
    + r"(?P<unit>(?:[a-z][\w-]*\s+){0,3}(?:team|department|committee|service|unit))")
# A body called a "Directorate General" ("the Directorate General of Immigration and Emigration"): no general.
GENERAL_BODY_EN = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?['’]s\s+)?(?P<name>(?:Directorate|Secretariat|Inspectorate|Commissariat)"
    r"[\s-]General\s+(?:of|for)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:,?\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)")


# The documents a body puts out, which speak for it when the article gives their owner ("its financial
# statements", "the authority's latest annual report").
OWNED_DOCUMENT_NOUNS = (r"(?:report|statements?|figures|data|statistics|study|survey|analysis|review|website|accounts|records"
                        r"|filing|estimates?|results|disclosure|release|census|audit|tally|reference\s+rates?|documents?|paper|findings|business\s+case"
                        r"|order|memo|notice|assessment|decision|ruling|judg(?:e)?ment|letter|citation)")
# ("its filing with the US Bankruptcy Court for the Southern District of Texas": where it was filed)
ITS_DOCUMENT = re.compile(r"its\s+(?:[\w-]+\s+){0,3}" + OWNED_DOCUMENT_NOUNS + r"(?:\s+(?:with|to)\s+(?:the\s+)?[A-Z][^,;:]*)?")


# French: a document handed to someone ("remis lundi au ministre"), who did not write it.
_HANDED_TO_FR = re.compile(
    r"\s+(?:remise?s?|adressée?s?|transmise?s?|envoyée?s?|présentée?s?|rendue?s?|déposée?s?|distribuée?s?)\s+"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce\s+\w+)\s+)?(?:à|au|aux)\s")  # ("déposé au conseil d'administration")
# French: where a document was read out or published ("lu mardi soir sur Gabon Télévision", "diffusé sur son site").
_READ_OUT_FR = re.compile(
    r"\s+(?:lue?s?|diffusée?s?|relayée?s?|consultée?s?|affichée?s?)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
    r"(?:\s+(?:matin|soir))?\s+)?(?:sur|dans|à|au|aux|en)\s")
# French: a statement described by who denied or confirmed it ("Une version démentie par le maire").
DENIED_BY_FR = re.compile(
    r"(?:Une?|Des|La|Le|Les|Cette|Ce|Cet)\s+(?:version|affirmation|accusation|thèse|position|analyse|lecture|hypothèse|chiffre|critique)s?"
    r"\s+(?:démentie?s?|contestée?s?|réfutée?s?|rejetée?s?|nuancée?s?|balayée?s?|critiquée?s?|partagée?s?|confirmée?s?)"
    r"\s+par\s+(?P<agent>(?:le|la|les|l['’])\s*[^,;:]{2,60})")
# French: a participle left closing a phrase whose adjunct went ("… publié" of "… publié en 2023").
BARE_PARTICIPLE_CLOSING_FR = re.compile(r"\s+(?:publiée?s?|parue?s?|diffusée?s?|dévoilée?s?|réalisée?s?|rendue?s?|signée?s?|prise?s?)$")
# French: a document presented at a meeting ("présenté en séance", "présenté aux élus", "présenté lors de l'assemblée").
PRESENTED_AT_MEETING_FR = re.compile(r"\s+présentée?s?\s+(?:en\s+séance|en\s+conseil|(?:à|au|aux)\s|lors\s+d)")
DAY_CLOSING_FR = re.compile(r"\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir))?$")
# French: a complement's first word ("de financement", "de la commission", "du Cerema").
COMPLEMENT_WORD_FR = re.compile(r"\s(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?P<word>[\w-]+)")
# A complement that may name a document's author ("le rapport de la commission").
_AUTHOR_COMPLEMENT_FR = re.compile(r"\s(?:de|du|des|d['’])\s*\w")


def without_recipient_fr(phrase: str) -> str:
    """French: PHRASE without who its document was handed to or where it was read out, when it names an author
    ("le rapport de la commission remis lundi au ministre" → "le rapport de la commission"; "le document remis aux
    élus" whole)."""
    handed = _HANDED_TO_FR.search(phrase) or _READ_OUT_FR.search(phrase)
    return phrase[:handed.start()] if handed is not None and _AUTHOR_COMPLEMENT_FR.search(phrase, 0, handed.start()) else phrase


# A newspaper whose title opens with a number ("le quotidien 24 heures").
# Channels and titles whose name holds a number: "selon France 24", "a déclaré à Europe 1", "Il Sole 24 Ore".
# A medium's kind before its title, with its article: "le quotidien ", "the newspaper ".
_MEDIUM_KIND = r"(?:(?:le|la|l['’]|the)\s*)?(?:quotidien|journal|hebdomadaire|magazine|site|chaîne|radio|daily|newspaper|weekly|broadcaster)"
# The overseas public channels: "Nouvelle-Calédonie 1re", "Réunion la 1ère".
OVERSEAS_CHANNEL = r"[A-ZÀ-Þ][\w-]+\s+(?:[Ll]a\s+)?1(?:re|ère)(?![\w])"
NUMBERED_OUTLET_NAME = re.compile(r"(?:France|Europe|Channel)\s\d{1,2}(?!\d)|Il\sSole\s24\sOre|" + OVERSEAS_CHANNEL)
NUMBERED_OUTLET = re.compile(rf"(?:{_MEDIUM_KIND}(?:\s+[a-zà-ÿ]+)?\s+|(?:le|la|l['’]|the)\s*)?(?P<title>{NUMBERED_OUTLET_NAME.pattern})")
PRESS_TITLE_WITH_NUMBER = re.compile(_MEDIUM_KIND + r"\s+(?P<title>\d{1,3}\s+[A-Za-zÀ-ÿ]+)", re.IGNORECASE)


# French: the participle "élu" and when, how or by whom (not the noun "élu", "un élu de l'opposition").
ELECTED_WHEN_FR = re.compile(
    r"élue?s?\s+(?:en\s+\d{4}|le\s+\d|depuis|par|avec|lors|après|à\s+la\s+(?:tête|majorité|présidence)|au\s+(?:premier|second|poste))")


# A body's spokesperson and where they are posted ("A Coast Guard spokesperson in Juneau").
VOICE_POSTED_IN_EN = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<body>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)\s+(?P<voice>spokesperson|spokesman|spokeswoman)"
    r"\s+(?P<place>in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
# An indefinite noun, then the subject of a relative clause with no "that" ("a figure the department").
OBJECT_OF_A_REDUCED_RELATIVE_EN = re.compile(r"an?\s+[a-z]+\s+(?:the|his|her|its|their)\s+[a-z]+(?:\s+[a-z]+)?")


# French: "ONG", what it defends maybe, then its name ("l'ONG Memorial", "l'ONG de défense des droits de l'homme Memorial").
NGO_THEN_NAME_FR = re.compile(
    r"(?:[Ll]['’][ \u00a0]*|[Uu]ne[ \u00a0]+)ONG(?:[ \u00a0]+[a-zà-ÿ'’-]+){0,8}?[ \u00a0]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \u00a0]+(?:(?:de|du|des|pour|sans)[ \u00a0]+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)*"
    r"(?:[ \u00a0]+(?:sans|pour)[ \u00a0]+[\w'’-]+)?)")  # ("Médecins sans frontières")
# English: a named body's management, which speaks as the body (as the real annotations have "la direction").
NAMED_BODYS_MANAGEMENT_EN = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){0,4})['’]s\s+(?:senior\s+)?management")


# French: a person's name in apposition after the outlet that met them (", Graciela Ferreyra, une retraitée").
NAME_APPOSED_AFTER_OUTLET_FR = re.compile(
    r"[^,]*,\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)+)\s*(?:,|$)")


def name_apposed_after_outlet(segment: str, end: int, lex: Lexicon) -> str:
    """French: ", X" when the outlet ending near END is followed by a person's name in apposition ("une manifestante
    interrogée par le quotidien Clarín, Graciela Ferreyra, une retraitée"), else ""."""
    named = None if lex.adjectival_names else NAME_APPOSED_AFTER_OUTLET_FR.match(segment, end)
    return f", {named.group('name')}" if named is not None else ""


# English: an unsigned document, then what it is about, in lower case ("An independent review of stroke care at …").
DOCUMENT_ABOUT_EN = re.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+(?P<document>(?:[a-z-]+\s+){0,2}(?:review|audit|assessment|evaluation))"
                               r"\s+(?:of|into)\s+(?=[a-z])(?!the\s+[A-Z])")
# Who wrote or ordered a document, after it ("… by the Care Quality Commission", "… commissioned by …").
AUTHOR_AFTER_EN = re.compile(r"\b(?:by|for|from)\s")
AT_A_NAMED_PLACE_EN = re.compile(r"\sat\s+(?:the\s+)?[A-Z]")  # ("… at Withybush General Hospital": what was reviewed)
