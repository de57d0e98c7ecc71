"""Speakers that stand for an organisation the article named more fully: "WHO" → "World Health
Organization", "the company" → the company last named or introduced, "the ministry" → "transport
ministry" (English), and a bare organisation noun → the organisation it introduced ("le quotidien"
→ "Le Figaro")."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.first_names import is_first_name
from claims.extract.organisations import (COMPANY_NOUNS, DEMONYM_ENDINGS, INTRODUCING_NOUNS, initials_in_any_order, noun_first_form,
                                         organisation_noun, stands_for)
from claims.extract.name_tails import organisation_tail
from claims.extract.name_words import closes_on_a_company_word
from claims.extract.speakers import Mention, fold, names_in
from claims.extract.triggers import anchored_finditer
from claims.extract.types import SpeakerRef

# Nouns of a news outlet (folded): one may stand for a body introduced by another ("le journal" for "le site X",
# "le quotidien Le Soir").
OUTLET_NOUNS_FR = frozenset(("journal", "quotidien", "hebdomadaire", "magazine", "site", "media", "mensuel", "titre"))

# "The U.S. Bureau of Reclamation's November study": the owner's name without its possessive.
_POSSESSIVE_CLOSING = re.compile(r"['’]s$")
_OPENING_ARTICLES = frozenset(("The", "A", "An"))
_UNION_MEMBERS_EN = re.compile(r"\b(?P<name>[A-Z][A-Za-z]{2,})\s+members\s+(?:voted|backed|rejected|accepted|walked|went|will|have|had)\b")
# "Members of the United Auto Workers (UAW) … the union announced": a union named by its members, in its paragraph
_UNION_NAMED_BY_MEMBERS_EN = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,4}(?:Workers|Employees|Teamsters|Steelworkers|Machinists)"
                                        r"(?:['’]?\s+(?:Union|of\s+America))?)(?![\w'’])")
_VAGUE_MODIFIERS = frozenset(("same", "other", "new", "whole", "entire", "first", "second", "last", "next",
                              "former", "said", "such", "only", "main", "local", "own", "two", "three", "present",
                              "current", "latest", "recent", "previous", "original", "full"))

# Companies that are outlets: the article quotes them, they are rarely "the company" it reports on.
_MEDIA_COMPANY_NOUNS = frozenset(("broadcaster", "publisher"))
# A company's name closed by its legal form: "Copperbelt Ridge Mining Limited", "Arcadia Foods Plc".
_LEGAL_FORM_NAME = re.compile(
    r"(?<![\w'’-])(?:(?!The\s)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’-]*[ \u00a0]+){1,5}(?:Limited|Ltd\.?|PLC|Plc|plc|Inc\.?|Corp\.?|LLC|GmbH|SpA|S\.A\.|SA|SAS|SARL|Sàrl|AG)(?![\w-])")
_DESCRIBED_OPENING = re.compile(r"^[\w.]+-(?:based|listed|owned|headquartered|registered)\s+")
# The words before an outlet's name ("told Swiss public broadcaster RTR", "le quotidien Al Massae").
OUTLET_BEFORE = re.compile(r"\b(?:told|broadcaster|newspaper|daily|radio|television|channel|outlet|agency"
                           r"|quotidien|journal|hebdomadaire|chaîne|télévision)[ \u00a0]+(?:the[ \u00a0]+)?$")


_DEMONYM_ENDINGS = DEMONYM_ENDINGS + ("ch", "ic", "i")  # ("Dutch", "Icelandic", "Pakistani")
# Spaces within one paragraph: a headline or paragraph above ends before a blank line ("… in North
# Rift\n\nKenya's Interior Ministry" names no "North Rift Kenya's Interior Ministry").
_ONE_LINE_SPACE = r"(?:[^\S\n]*\n[^\S\n]*(?=\S)|[^\S\n]+)"


# A body's noun before the capitalised rest of its long name ("ministère des " before "Ressources naturelles …").
_BODY_NOUN_BEFORE_NAME = re.compile(r"(?<![\w’'])(?P<noun>[a-zà-ÿ]{4,})\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*$")
# A group named as the owner in a company's own apposition ("l'entreprise, détenue depuis 2021 par le groupe X,")
# (but "La maison est détenue par le groupe Korian. … la société a indiqué": the owner may speak as the company)
_OWNER_BEFORE = re.compile(r",\s*(?:détenue?s?|rachetée?s?|contrôlée?s?|possédée?s?|reprise?s?|acquise?s?)\s+(?:(?:depuis|en)\s+\d{4}\s+)?par\s+(?:le\s+|la\s+|l['’])?$"
                           r"|\bfiliale\s+(?:du|de\s+la|de|d['’])\s*$")


@lru_cache(maxsize=256)
def _fuller_organisation(noun: str) -> re.Pattern:
    """"the transport ministry" (one or two lower-case modifiers after "the", not "the breach of
    trust"), "the United States government" (capitalised ones) or "Northbridge Bank" (capitalised
    words, "of"/"and" inside) ending with NOUN (not "Central Bank" in "its Central Bank Rate")."""
    word = re.escape(noun)
    capitalised = re.escape(noun[:1].upper()) + re.escape(noun[1:])
    return re.compile(
        rf"\b[Tt]he\s+(?:(?P<lower>(?:(?!(?:of|for|and|in|to)\s)[a-z][\w-]*\s+){{1,2}})|(?P<capitalised>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*{_ONE_LINE_SPACE}){{1,3}}))(?P<noun>{word})\b"
        rf"|(?P<proper>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ](?:[\w&'’-]*|\.(?<=\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]\.)){_ONE_LINE_SPACE}(?:(?:of|and|for|with)\s+)?){{1,4}})(?P<noun2>{capitalised})\b"
        # ("Amalgamated Transit Union Local 615": a union's branch by its number)
        rf"(?P<local>[ \u00a0]+Local[ \u00a0]+\d+\b)?"
        # ("Pwani Cement Company Limited": the company's legal form closes its name)
        rf"(?P<designator>[ \u00a0]+(?:Limited|Ltd|PLC|Plc|LLC|Inc)\b\.?)?(?![ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])"
    )


# Bodies a common noun stands for whose names end with other words: a school district named for its
# schools, a hospital for its medical centre.
OTHER_HEADS = {noun: re.compile(rf"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*[ \u00a0]+){{1,4}}(?:{heads})\b") for noun, heads in (
    ("district", r"Public[ \u00a0]+Schools|Unified[ \u00a0]+School[ \u00a0]+District|Independent[ \u00a0]+School[ \u00a0]+District"),
    ("hospital", r"Medical[ \u00a0]+Cent(?:er|re)|Infirmary|Health[ \u00a0]+Sciences[ \u00a0]+Cent(?:er|re)"),
)} | {"school district": re.compile(  # "NLSchools", "Lakeview Public Schools", "Fulton County School District"
    r"(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*Schools\b|(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*[ \u00a0]+){1,4}(?:Schools|School[ \u00a0]+(?:District|Board))\b")} | {
    # the head in another language, first: "the museum" of the "Musée Hennequin", "the university" of "Universidad de Chile"
    noun: re.compile(rf"(?<![\w-])(?:{heads})(?:[ \u00a0]+(?:(?:de|del|des|du|di|della|do|da|der|für|de[ \u00a0]+la)[ \u00a0]+|d['’])?"
                     r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+")
    for noun, heads in (("museum", "Musée|Museo|Museu|Muzeum|Múzeum"),
                        ("university", "Université|Universidad|Università|Universität|Universidade|Uniwersytet"))}


def bodies_under_other_heads(noun: str, text: str) -> list[tuple[int, str]]:
    """(offset, name) of each body TEXT names under one of NOUN's `OTHER_HEADS` ("Albuquerque
    Public Schools" for "district"); none for a noun without other heads."""
    pattern = OTHER_HEADS.get(noun)
    return [(m.start(), m.group().removeprefix("The ")) for m in pattern.finditer(text)] if pattern is not None else []


# French: a further portfolio joined to a body's name ("… et du Commerce", "… et des Infrastructures maritimes et portuaires").
_AND_PORTFOLIO_AFTER = re.compile(
    r"[ \u00a0]+et[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|d['’]|de[ \u00a0]+)"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?:[ \u00a0]+[a-zà-ÿ-]{4,}[ \u00a0]+et[ \u00a0]+[a-zà-ÿ-]{4,}|[ \u00a0]+[a-zà-ÿ-]{4,}(?=[ \u00a0]*[,.;:)]))?")


_TRADE_BODIES = frozenset(("comite", "conseil", "chambre", "syndicat", "federation", "union"))


@lru_cache(maxsize=64)
def _fuller_french_organisation(noun: str) -> re.Pattern:
    """French NOUN, up to two lower-case adjectives, then "de" and a capitalised name ("tribunal
    correctionnel de Marseille", "préfecture du Rhône")."""
    # (the lookbehind "(?<![\w-])" after the first letter: a pattern opening with a letter is searched quickly)
    return re.compile(
        rf"(?i:{re.escape(noun[:1])})(?<![\w-].){re.escape(noun[1:])}(?:[ \u00a0][a-zà-ÿ-]+){{0,2}}[ \u00a0]+"
        # ("la direction des Papeteries de la Glane": a link inside the name)
        r"(?:de[ \u00a0]+(?:la[ \u00a0]+)?|du[ \u00a0]+|des[ \u00a0]+|d['’]|de[ \u00a0]+l['’])"
        # ("comité régional de la conchyliculture Arcachon Aquitaine": what a trade's body covers, then its place)
        + (r"(?:[a-zà-ÿ]{4,}[ \u00a0]+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?" if fold(noun) in _TRADE_BODIES else "")
        # ("criée des Sables-d'Olonne": an elision inside a hyphenated name)
        + r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?:(?<=-d)['’][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?"
        r"(?:[ \u00a0-](?:(?:de[ \u00a0]+la|de|du|des)[ \u00a0]+|d['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?:(?<=-d)['’][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?)*")


def fuller_french_organisations(noun: str, text: str, end: int):
    """`_fuller_french_organisation(noun).finditer(text, 0, end)`, tried only where `str.find` finds the
    noun's tail after its first letter (the pattern, its first letter in either case, has no prefix
    that `re` could skip to)."""
    tail, starts = noun[1:], []
    at = text.find(tail, 1, end)
    while at != -1:
        starts.append(at - 1)
        at = text.find(tail, at + 1, end)
    return anchored_finditer(_fuller_french_organisation(noun), text, starts, end)


# French: where an organisation's long name may start before its bracketed short form ("l'agence
# régionale de santé (ARS)", "de l'Institut national de la santé … (Inserm)"): after an article.
_ARTICLE_BEFORE_NAME = re.compile(r"(?:(?<![\w-])(?:[Ll]es?|[Ll]a|du|des)\s+|(?<![\w-])[LlDd]['’])(?=\w)"
                                  r"|(?<![\w-])(?:par|pour|avec|contre|selon|chez)\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")  # "par Électricité du Liban (EDL)"
# What stops a long name going back: clause punctuation, quotation marks.
_NAME_BARRIER = re.compile(r"[,;:.!?«»“”\"()\n]")
# A place after the short form completes the name: "(ARS) des Hauts-de-France".
_COURT_ROLE_OPENINGS = frozenset(("Prosecuting", "Defending", "Representing", "Mitigating"))
_PLACE_AFTER_SHORT_FORM = re.compile(
    r"\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    # "(ARS) Auvergne-Rhône-Alpes a confirmé", "(ARS) Centre-Val de Loire."
    r"|\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’]*-[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:de|du|des|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    # "(ARS) La Réunion a annoncé": a place with its article, then the verb
    r"|\s+(?:La|Le|Les)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?=\s+[a-zà-ÿ]|[,.;:])"
    # "l'établissement public territorial de bassin (EPTB) Rance Frémur, maître d'ouvrage": a kind, then its name
    # ("l'agence régionale de santé (ARS) Occitanie.": one word)
    r"|\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,3}"
    r"(?=\s+[a-zà-ÿ]|\s*[.,;:!?])")
_NAME_RIGHT_BEFORE_BRACKET = re.compile(
    r"(?:\b(?:les?|la|l['’]|des|du|de\s+la|aux?)\s*)(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+(?:[a-zà-ÿ]+|de|du|des|d['’])){1,3}\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)\s*$")
ELIDED_ARTICLE = re.compile(r"^[LlDd]['’]")
_LISTED_COMPLEMENT = re.compile(r"\s+(?:de\s+la|de\s+l['’]|du|des)\s*[a-zà-ÿ][^,;:.()]*\set\s+(?:de|du|des|d['’])")
# Lower-case words after a capitalised one, up to a bracketed short form: "Observatoire français des
# drogues et des tendances addictives (OFDT)".
_LOWER_WORDS_TO_SHORT_FORM = re.compile(r"(?P<words>(?:\s+[a-zà-ÿ'’-]+){1,10})\s+\((?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]{1,11})\)")


# French nouns for any body, public or private ("l'institution" for "la Banque du Liban (BDL)").
_PRIME_BEFORE = re.compile(r"[Pp]remi(?:er|ère)[ \u00a0]+$")
_GENERIC_BODY_NOUNS = frozenset(("institution", "etablissement", "organisme", "instance"))
# Folded adjectives of nationality ("chilien", "portugaise", "espagnol"; not "agricole").
_NATIONALITY_ENDING = re.compile(r"(?:ien|ienne|ais|aise|ois|oise|ain|aine|and|ande|(?<!ic)ol|(?<!ic)ole|ec|eque)$")
_WORD_WITH_OFFSET = re.compile(r"[\w'’-]+")
_NAME_LINK_WORDS = frozenset(("de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "pour", "en", "sur"))
# French: a union named after the word for its kind ("délégué syndical CGT", "la section syndicale SUD").
_DOTTED_INITIALS_CLOSING = re.compile(r"(?<![\w.])(?:[A-Z]\.)+$")
_UNION_NAMED = re.compile(r"\bsyndica(?:l|le|ts?)\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)(?![\w-])"
                          r"|\bdélégu(?:é|ée)s?\s+(?P<acronym>[A-Z]{2,}[\w-]*)(?![\w-])")  # ("déléguée CGT")


# A French union named by its acronym, with the body or the trade it is the branch of ("la CGT du centre hospitalier").
_UNION_BY_ACRONYM = re.compile(
    r"(?<![\w-])(?P<union>(?:CGT|CFDT|FO|CFTC|CFE-CGC|UNSA|Unsa|SUD|FSU|Solidaires)(?:-[A-Z][\w]*)?"
    r"(?:[ \u00a0]+(?:du|de[ \u00a0]+la|de[ \u00a0]+l['’]|des|de|d['’])[ \u00a0]*[^,.;:«»()\n]{2,40}?)?)(?=[ \u00a0]*[,.;:)])")


_MEDIA_NOUNS = frozenset(("quotidien", "journal", "hebdomadaire", "magazine", "mensuel", "titre", "chaine", "site", "agence",
                          "radio", "television", "media"))
# French nouns for a newspaper or a magazine ("le quotidien de centre gauche", "l'hebdomadaire").
_PRESS_NOUNS = frozenset(("quotidien", "journal", "hebdomadaire", "magazine", "mensuel", "titre"))


# A sentence opening with an organisation's proper name and its verb: "La Conférence des évêques de
# France n'a pas …", "L'Union démocratique du centre (UDC) a …".
_BODY_SUBJECT = re.compile(
    r"(?:[-–—][ \u00a0]+)?(?P<article>Le |La |Les |L['’])(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*(?:[ \u00a0]+(?:[a-zà-ÿ’'-][\w’'-]*|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*)){0,7}?)"
    # "Le Tribunal pénal fédéral (TPF) de Bellinzone a condamné": a short form, then the place completing the name
    r"(?:[ \u00a0]*\([^)]{1,15}\))?(?P<place>[ \u00a0]+(?:de|du|d['’])[ \u00a0]*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*)?"
    r"[ \u00a0]+(?=n['’]|ne[ \u00a0]|a[ \u00a0]|ont[ \u00a0]|avait[ \u00a0]|est[ \u00a0]|se[ \u00a0]|s['’]"
    r"|(?:dénonce|estime|affirme|assure|réclame|juge|critique|demande|salue|refuse|regrette|déplore|annonce|conteste"
    r"|accuse|reproche|craint|rappelle|souligne|prévient|exige)(?:nt)?[ \u00a0])")
# A sentence opening with an institution's common noun and its place, then its verb: "Le tribunal
# correctionnel de Lille a condamné", "La cour d'appel de Douai a jugé".
_INSTITUTION_SUBJECT = re.compile(
    r"(?:[-–—][ \u00a0]+)?(?:Le |La |L['’])(?P<name>(?:tribunal|cour|parquet|préfecture|mairie|conseil|commission|ministère)"
    r"(?:[ \u00a0][a-zà-ÿ'’-]+){0,3}?[ \u00a0]+(?:de[ \u00a0]+(?:la[ \u00a0]+)?|du[ \u00a0]+|d['’]|de[ \u00a0]+l['’])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)"
    # "Le tribunal de Faro, au Portugal, a condamné": a place apposition before the verb
    r"(?:,[ \u00a0]+(?:au|en|aux|à)[ \u00a0][^,.;]{1,40},)?"
    r"[ \u00a0]+(?=a[ \u00a0]|ont[ \u00a0]|avait[ \u00a0]|est[ \u00a0])")
# A short form in brackets: "(OMS)", "(CGT)".
# Bodies that are never "l'établissement" (a hospital's, a school's, a plant's word).
_NO_ESTABLISHMENTS = frozenset(("agence", "autorite", "ministere", "prefecture", "conseil", "direction", "syndicat", "federation"))
_BRACKETED_SHORT_FORM = re.compile(r"\(([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-zÀ-ÿ-]{1,9})\)")


# French institutions a management runs, with their name or place: "centre hospitalier Côte de Lumière",
# "CHU de Brest", "lycée Jean-Moulin".
_SHORT_FORM_IN_NAME = re.compile(r"\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6}\)")
_MANAGED_INSTITUTION_FR = re.compile(
    r"(?P<name>(?:[Cc]entre\s+hospitalier(?:\s+universitaire|\s+régional|\s+intercommunal)?|[Hh]ôpital|CHU|[Cc]linique|[Uu]niversité|"
    r"[Ll]ycée|[Cc]ollège|[Mm]usée|[Aa]éroport|Ehpad|EHPAD)(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6}\))?\s+(?:(?:de\s+la|de|du|des|d['’])\s*)?"
    r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)(?:[ \u00a0-]+(?:(?:de\s+la|de|du|des|d['’])\s*)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    r"(?:[ \u00a0][a-zà-ÿ]+(?:aise|ais|aine|ain|ienne|ien|oise|ois|ale|al)\b)?)")  # ("de la Polynésie française")
# A plural possessive of people opens a body's name ("Fishermen's Protective Union"), no owner.
PEOPLES_POSSESSIVES = ("men's", "men’s", "ren's", "ren’s", "ple's", "ple’s")
_WORKERS_UNION_IN_LOWER_CASE = re.compile(
    r"(?<![\w'’-])(?!The\s)(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:,?\s+(?:and\s+|&\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s+"
    r"(?:Workers|Employees|Teachers|Nurses|Drivers|Miners|Steelworkers)\s+union)\b")
# French forces of the state, never another body's short form ("la police cantonale").
_FORCES_FR = frozenset(("police", "gendarmerie", "armee", "douane", "douanes", "parquet", "justice"))
# A town and its region ("in Port Union, Newfoundland") or closing a headline ("jobs at risk in Port
# Union"), no body whose name ends on its common noun.
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+$")
_REGION_AFTER = re.compile(r",\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+|[ \t]*(?:\n|$)")


def names_a_town(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a town given with its region ("in Port Union, Newfoundland")."""
    return _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 6), start) is not None \
        and _REGION_AFTER.match(text, end) is not None


class OrganisationLinks:
    """Mixed into `ArticleSpeakers` (its fields: `text`, `lex`, `organisations`,
    `organisation_ties`)."""

    __slots__ = ()

    def _linked_organisation(self, mention: Mention, speaker: SpeakerRef, position: int) -> SpeakerRef:
        organisations = self.organisations
        if speaker.name.endswith(("Department", "Ministry", "Office")) and self.lex.adjectival_names:
            fuller = noun_first_form(speaker.name, self.text)  # "State Department"
            if fuller is not None:
                return SpeakerRef(fuller, speaker.mention, speaker.role, "organisation")
        if not (organisations.named_at or organisations.introduced or self.organisation_ties):
            return speaker
        full = organisations.full_name(speaker.name)
        noun = organisation_noun(mention.text) if mention.role and speaker.name == mention.role else None
        if full == speaker.name and noun is not None:
            introduced = organisations.introduced_as(noun, position)
            full = introduced[1] if introduced else (noun in COMPANY_NOUNS and self._company_before(position)) or full
        if full == speaker.name:
            return speaker
        return SpeakerRef(full, speaker.mention, speaker.role, "organisation")

    def long_form(self, name: str) -> str | None:
        """French: the long name an article gave before a bracketed short form ("L'ARS" →
        "agence régionale de santé des Hauts-de-France" after "l'agence régionale de santé (ARS)
        des Hauts-de-France"), or None."""
        short = ELIDED_ARTICLE.sub("", name)
        if " " in short or len(short) < 2:
            return None
        at = self.text.find(f"({short})")
        if at < 1 and (numbered := re.search(rf"\({re.escape(short)} \d{{1,3}}\)", self.text)) is not None:
            at = numbered.start()  # "(Sdis 06)": a short form and a département's number
        if at < 1:
            opened = self.text.find(short + " ")
            run = _LOWER_WORDS_TO_SHORT_FORM.match(self.text, opened + len(short)) if opened >= 0 else None
            if run is not None and stands_for(run.group("short"), short + run.group("words")):
                return self.long_form(run.group("short"))  # "Observatoire" opens "… addictives (OFDT)"
            return self._name_of_initials(short)
        return self._bracketed_long_form(short, at)

    def _name_of_initials(self, short: str) -> str | None:
        """"L'OM" after "L'Olympique de Marseille": the one name of two capitalised words or more
        whose initials the upper-case short form spells exactly; else, for three letters or more,
        the first capitalised phrase whose words but its links spell it ("L'Agence régionale de
        santé" for "ARS")."""
        if not short.isupper() or not short.isalpha():
            return None
        found = {ELIDED_ARTICLE.sub("", full) for _, full in self.full_names
                 if "".join(w[0] for w in ELIDED_ARTICLE.sub("", full).split() if w[:1].isupper()) == short}
        if not found and len(short) >= 3 and not self.lex.adjectival_names:
            return self._phrase_of_initials(short)
        return found.pop() if len(found) == 1 else None

    def _phrase_of_initials(self, short: str) -> str | None:
        words = list(_WORD_WITH_OFFSET.finditer(self.text))
        for i, first in enumerate(words):
            word = ELIDED_ARTICLE.sub("", first.group())
            if word[:1] != short[0] or "’" in word or "'" in word:
                continue  # (not "C’est du gâchis pour tout" for "CGT": a clause, no name)
            letters, end, k = [word[0].lower()], first.end(), i + 1
            while len(letters) < len(short) and k < len(words) and words[k].start() - words[k - 1].end() <= 1:
                following = ELIDED_ARTICLE.sub("", words[k].group())
                if words[k].group().lower() not in _NAME_LINK_WORDS:
                    letters.append(following[:1].lower())
                    end = words[k].end()
                k += 1
            if "".join(letters) == short.lower():
                return ELIDED_ARTICLE.sub("", self.text[first.start():end])
        return None

    def _bracketed_long_form(self, short: str, at: int) -> str | None:
        window = self.text[max(0, at - 160):at]
        # (not a comma listing the name's complements: "de la concurrence, de la consommation et de …")
        barrier = max((m.end() for m in _NAME_BARRIER.finditer(window)
                       if not (m.group() == "," and _LISTED_COMPLEMENT.match(window, m.end()))), default=0)
        names = [long for start in _ARTICLE_BEFORE_NAME.finditer(window, barrier)
                 if stands_for(short, long := window[start.end():].strip())]
        if not names and (whole := window[barrier:].strip())[:1].isupper() and stands_for(short, whole):
            names = [whole]  # "Électricité du Liban (EDL) a annoncé …" opening its sentence, no article
        if not names and short.isupper() and len(short) >= 3:
            # "L'Unité d'intégrité de l'athlétisme (AIU)": a body that keeps the initials of its English name
            names = [long for start in _ARTICLE_BEFORE_NAME.finditer(window, barrier)
                     if (long := window[start.end():].strip())[:1].isupper() and initials_in_any_order(short, long)]
        if not names and short.isupper() and len(short) >= 3 \
                and (named := _NAME_RIGHT_BEFORE_BRACKET.search(window, barrier)) is not None:
            # "les Collections nationales de Saxe (SKD)": a name right before the bracket, its short form
            # from another language
            names = [named.group("name")]
        # (not "les comptes 2025 du centre hospitalier Eure-Seine (CHES)": a document and its year, then the body)
        names = [n for n in names if not any(c.isdigit() for c in n)] or names
        # the leftmost article whose name the short form abbreviates, capitalised if one is ("Le
        # tribunal a placé … les Tanneries de la Moselle (TDM)": not the clause from "tribunal")
        long = next((n for n in names if n[:1].isupper()), names[0] if names else None)
        if long is None:
            return None
        if (head := _BODY_NOUN_BEFORE_NAME.search(window, 0, window.rfind(long))) is not None \
                and fold(head.group("noun")) in self.lex.organisations and stands_for(short, head.group("noun") + " " + long):
            long = head.group() + long  # "au ministère des Ressources naturelles et des Forêts (MRNF)": the body's noun opens its name
        place = _PLACE_AFTER_SHORT_FORM.match(self.text, at + len(short) + 2)
        return long + (place.group() if place else "")

    def _legal_form_named_before(self, position: int) -> str | None:
        """The one company the article named before POSITION with its legal form ("Copperbelt Ridge
        Mining Limited", "Arcadia Foods Plc", "Vuillerat Décolletage SA")."""
        # ("Toronto-based Meridian Logistix Inc.": where it is, no part of its name)
        found = {_DESCRIBED_OPENING.sub("", m.group()) for m in _LEGAL_FORM_NAME.finditer(self.text, 0, position)}
        return found.pop() if len(found) == 1 else None

    def _company_word_name_before(self, position: int) -> str | None:
        """The one company the article named before POSITION with a company's word closing its name ("Gulf
        Crescent Chemicals", "Boreas Cable Systems"), else None."""
        found = {name for at, name in names_in(self.text[:position], self.lex) if " " in name and closes_on_a_company_word(name)
                 and not self.text.endswith(" and ", 0, at)}  # (not "Gaming Corporation" of "… Horse Racing and Gaming Corporation")
        return found.pop() if len(found) == 1 else None

    def _managed_institution_before(self, position: int) -> str | None:
        """French: the one hospital, school, university or museum the article named before POSITION
        ("le centre hospitalier de Lannion-Trestel"), whose management "la direction" is."""
        if self.lex.adjectival_names:
            return None
        named = list(_MANAGED_INSTITUTION_FR.finditer(self.text, 0, position))
        # ("hôpital de Lannion" in the headline, "centre hospitalier de Lannion-Trestel" in the text: one, the fuller)
        places = {m.group("place").split("-")[0] for m in named}
        # ("Le centre hospitalier universitaire (CHU) de Caen Normandie": its short form left out)
        return max((" ".join(_SHORT_FORM_IN_NAME.sub("", m.group("name")).split()) for m in named), key=len) if len(places) == 1 else None

    def _company_before(self, position: int) -> str | None:
        """The company "the company" stands for: the last one the article named with a short form
        or introduced with a company noun before POSITION."""
        at, named = self.organisations.last_company_before(position) or (-1, None)
        if named is not None and OUTLET_BEFORE.search(self.text, max(0, at - 40), at):
            at, named = -1, None  # "told Swiss public broadcaster RTR": an outlet, not the company
        tied = [(o, noun, n) for o, noun, n in self.organisation_ties if noun in COMPANY_NOUNS and at < o <= position]
        tied += [(o, noun, n) for o, noun, n in self.organisations.introduced if noun in COMPANY_NOUNS and at < o <= position]
        # ("Finnish forest company X … told the broadcaster Yle … The company said": the outlet quoted is no company speaking)
        tied = [t for t in tied if t[1] not in _MEDIA_COMPANY_NOUNS]
        tied = [t for t in tied if not self._owner_at(t[0])]
        return max(tied)[2] if tied else named

    def _owner_at(self, offset: int) -> bool:
        """Whether the body named at OFFSET owns the one a sentence is about ("l'entreprise, détenue
        depuis 2021 par le groupe italien X, a expliqué"): it is not the company speaking."""
        return _OWNER_BEFORE.search(self.text, max(0, offset - 40), offset) is not None

    def named_organisation(self, noun: str, position: int) -> str | None:
        """The fuller name the article gave an organisation that a bare common noun stands for:
        "the ministry" → "transport ministry", "the bank" → "Northbridge Bank" (English: the
        modifiers come before the noun). The nearest before `position`, else the first after."""
        lex = self.lex
        if lex.adjectival_names and " " in noun and noun in OTHER_HEADS:  # ("the school district" for "NLSchools")
            found = bodies_under_other_heads(noun, self.text)
            before = [name for at, name in found if at <= position]
            return before[-1] if before else (found[0][1] if found else None)
        if not lex.adjectival_names or " " in noun or not (
            noun in lex.organisations or noun in lex.organisation_nouns or noun in lex.management
        ):
            return None
        found = []
        matches = list(_fuller_organisation(noun).finditer(self.text))
        towns = {match.group() for match in matches if match.group("proper") and names_a_town(self.text, match.start(), match.end())}
        for match in matches:
            if match.group("capitalised"):  # "the New Zealand government"
                words = match.group("capitalised").split()
                if noun not in INTRODUCING_NOUNS and not any(w in lex.function_words for w in words):
                    found.append((match.start(), " ".join(words + [noun])))
                continue
            words = (match.group("lower") or match.group("proper")).split()
            if match.group("proper") and words[0] in _OPENING_ARTICLES:
                words = words[1:]  # "The Regional Commission": the article is not part of the name
            if match.group("proper") and words and words[0].endswith("-based"):
                words = words[1:]  # "Sendai-based Michinoku Shinwa Bank": where it is, no part of its name
            if match.group("proper") and len(words) > 2 and words[0] in _COURT_ROLE_OPENINGS and words[1] == "for":
                words = words[2:]  # "Prosecuting for Redcar and Cleveland Council, solicitor X said": counsel's side, then the body
            if not words:
                continue
            if match.group() in towns:
                continue  # "at its plant in Port Union, Newfoundland and Labrador": a town, wherever named, no union
            if any(fold(w) in lex.stops or w in lex.function_words or fold(w) in _VAGUE_MODIFIERS or w.endswith("ly") and w.islower()
                   or fold(w) in lex.bare_determiners for w in words):
                # "the relatively clear-bottomed study area", "the best the company can afford": no name
                # (but "Antimonopoly Regulation Service": a capitalised word ending in "-ly" is no adverb)
                continue
            name = " ".join(words + [match.group("noun") or match.group("noun2")])
            if match.group("proper"):  # "United States Commission" + " on Presidential Debates"
                tail = organisation_tail(self.text, match.end(), name, lex)
                owner = next((i for i, w in enumerate(words[:3]) if w.endswith(("'s", "’s"))
                              and not w.endswith(PEOPLES_POSSESSIVES)), None)  # (not "Fishermen's Protective Union")
                if owner is not None and (tail or len(words) >= owner + 2):
                    name = " ".join(words[owner + 1:] + [match.group("noun2")])  # "Peru's Ministry of Production",
                    # "Sri Lanka's Ministry of Education": the country owns a name complete without it
                name += tail
            if (dotted := _DOTTED_INITIALS_CLOSING.search(self.text, max(0, match.start() - 8), match.start())) is not None \
                    and name.startswith(self.text[match.start():match.start() + 2]):
                name = dotted.group() + name  # "U.S. Army Corps of Engineers": its first initial is no sentence's end
            found.append((match.start(), _POSSESSIVE_CLOSING.sub("", name + (match.group("local") or "") + (match.group("designator") or ""))))
        if noun == "union":  # "the Fish, Food and Allied Workers union": a workers' union named in lower case
            found = sorted(found + [(m.start(), m.group("name")) for m in _WORKERS_UNION_IN_LOWER_CASE.finditer(self.text)])
        if noun in OTHER_HEADS and (others := bodies_under_other_heads(noun, self.text)):  # ("the district" for "Albuquerque Public Schools")
            # "Miners' Colfax Medical Center in Raton" … "the Raton hospital": the town's hospital is that body
            found = sorted([item for item in found
                            if not any(f"{other} in {item[1].removesuffix(' ' + noun)}" in self.text for _, other in others)] + others)
        if not found:
            return None
        before = [item for item in found if item[0] <= position]
        name = (before[-1] if before else found[0])[1]
        if name[:1].islower():
            # "federal police" that the article first named "Belgian federal police": its country too
            countries = {m.group(1) for m in re.finditer(rf"\b([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]+) {re.escape(name)}\b", self.text)
                         if m.group(1).endswith(_DEMONYM_ENDINGS)}
            if len(countries) == 1:
                return f"{countries.pop()} {name}"
        # The fullest form of that name: "Supreme Court" → "Supreme Court of Puerto Rico".
        return max((n for _, n in found if n.startswith(name + " ")), key=len, default=name)

    def newspaper_quoted_before(self, mention: Mention, position: int, earlier) -> str | None:
        """French "selon le quotidien de centre gauche" after the article quoted "l'Asahi Shimbun":
        the latest speaker so far that the text names with a definite article before POSITION."""
        words = fold(mention.text).split()
        if self.lex.adjectival_names or len(words) < 2 or words[0] not in ("le", "la") or words[1] not in _PRESS_NOUNS:
            return None
        for name in reversed(earlier):
            if not name[:1].isupper() or name.isupper() or not self.lex.organisations.isdisjoint(fold(w) for w in name.split()):
                continue  # (not "la CGT", "la Banque mondiale": a newspaper's name has no organisation word)
            for article in ("l'", "l’", "le ", "la ", "Le ", "La ", "L'", "L’"):
                at = self.text.find(article + name, 0, position)
                if at >= 0 and not self.text[at - 1:at].isalpha():
                    return name
        return None

    def union_named_before(self, mention: Mention, position: int) -> str | None:
        """French "le syndicat" for the union the article named after "syndical" ("Samir Roux,
        délégué syndical CGT" … "a indiqué le syndicat" → "CGT"): the last one before POSITION; English
        "the union" for the union whose members the paragraph names ("Unite members voted")."""
        words = fold(mention.text).split()
        if self.lex.adjectival_names and words == ["the", "union"]:
            # "… after Unite members voted to accept the offer, the union said": the union whose members the sentence names
            since = self.text.rfind("\n", 0, position) + 1
            members = [m.group("name") for m in _UNION_MEMBERS_EN.finditer(self.text, since, position)
                       if fold(m.group("name")) not in self.lex.organisations and not is_first_name(m.group("name"))]
            members = members or [m.group("name") for m in _UNION_NAMED_BY_MEMBERS_EN.finditer(self.text, since, position)]
            return members[-1] if members else None
        if self.lex.adjectival_names or words != ["le", "syndicat"]:
            return None
        found = [m.group("name") or m.group("acronym") for m in _UNION_NAMED.finditer(self.text, 0, position)]
        if not found:
            # "Pour la CGT du centre hospitalier, « … ». Selon le syndicat, …": the union just named, from the paragraph before on
            since = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, position) - 2)) + 1
            found = [m.group("union") for m in _UNION_BY_ACRONYM.finditer(self.text, since, position)]
        return found[-1] if found else None

    def by_organisation_noun(self, role: str, position: int) -> str | None:
        """The organisation a bare common noun stands for: "le quotidien" → the newspaper the
        article introduced as "le quotidien français Le Figaro"; "la direction" → the company."""
        words = fold(role).split()
        if not words or len(words) > 3:
            return None
        head = words[0]
        if self.lex.adjectival_names and len(words) > 1 and words[-1] in self.lex.roles:
            return None  # "A board spokesperson": a person, whose body's noun only qualifies the role
        if not self.lex.adjectival_names and head in self.lex.management and len(words) > 1 \
                and words[-1].split("'")[-1] not in self.lex.companies:
            # "la direction de l'aéroport": the airport's, which the managements pass finds, not a company's; "la
            # direction de l'hôpital": the hospital named before
            return self._managed_institution_before(position)
        # "la direction", or "le groupe" after "le fabricant de vélos Véloria": the company.
        # ("la régie": a public operator, not "le fabricant X" named before)
        nouns = self.lex.companies if head in self.lex.management or head in self.lex.companies and head != "regie" \
            else OUTLET_NOUNS_FR if not self.lex.adjectival_names and head in OUTLET_NOUNS_FR else {head}
        tied = [(o, n) for o, noun, n in self.organisation_ties if noun in nouns and not self._owner_at(o)]
        if not tied and head in self.lex.management:
            # "Vuillerat Décolletage SA va supprimer …, a annoncé la direction"; "Selon la direction" of "le centre
            # hospitalier Côte de Lumière"
            return self._legal_form_named_before(position) or self._managed_institution_before(position) \
                or (not self.lex.adjectival_names and self.company_opening_sentence_before(position))
        if not tied:
            return None
        before = [item for item in tied if item[0] <= position]
        if not before and head in self.lex.management \
                and (named := self._legal_form_named_before(position) or self._managed_institution_before(position)):
            return named  # "a annoncé la direction de l'établissement" of the CHU named before, not a group named later
        if not before and not self.lex.adjectival_names and (headed := self._bracketed_name_headed_by(head, position)):
            return headed  # "un communiqué de l'organisation" after "L'Organisation mondiale de la santé (OMS)"
        if not before and self.lex.adjectival_names and (legal := self._legal_form_named_before(position)) is not None:
            return legal  # "the plant operated by X Mining Limited … the company said", not "the group Y" named later
        if not self.lex.adjectival_names and len(before) > 1:
            opening = max(self.text.rfind("\n", 0, position), self.text.rfind(". ", 0, position)) + 1
            subject = [item for item in before if opening <= item[0] <= opening + 5]
            if subject:
                # "Le constructeur X a signé avec l'armateur Y une commande …, a annoncé l'entreprise": the sentence's subject
                return subject[-1][1]
        name = (before[-1] if before else tied[0])[1]
        # ("la scierie Thiriet" of a headline, "La scierie Thiriet et Fils" in the lede: the fullest)
        return max((n for _, n in tied if n.startswith(name + " ")), key=len, default=name)

    def fuller_in_text(self, noun: str, position: int) -> str | None:
        """French "le tribunal", "la mairie" with nothing else tied (NOUN as written): the latest fuller
        phrase of that noun before POSITION with its place or body ("tribunal correctionnel de Marseille")."""
        key = fold(noun)
        # ("l'inspection académique de la Haute-Vienne"; "la communauté de communes du Grésivaudan"; the head as
        # written, "préfecture" and not its folded "prefecture")
        head = noun.split()[0]
        if self.lex.adjectival_names or fold(head) not in self.lex.organisations:
            return None
        found = None
        names = set()
        for match in fuller_french_organisations(head, self.text, position):
            if " " not in key or fold(match.group()).startswith(key + " "):
                found = match
                names.add(fold(match.group()))
        if len(names) > 1:
            found = None  # ("le ministère de la Culture et le ministère du Travail … Le ministère a affirmé": which one?)
        if found is None and key == "ministere":
            # "Selon le ministère" after "le ministre des Finances, X": his ministry (not "le Premier ministre du …")
            found = next((m for m in reversed(list(fuller_french_organisations("ministre", self.text, position)))
                          if not _PRIME_BEFORE.search(self.text, max(0, m.start() - 9), m.start())), None)
            return "ministère" + found.group()[len("ministre"):].replace("\u00a0", " ") if found is not None else None
        if found is None:
            return None
        end = found.end()
        while (joined := _AND_PORTFOLIO_AFTER.match(self.text, end)) is not None:
            end = joined.end()  # "ministère des Pêches et des Infrastructures maritimes et portuaires": its portfolios, all of them
        return self.text[found.start():end].replace("\u00a0", " ")

    def body_behind_document(self, mention: Mention, position: int) -> str | None:
        """French "Selon la décision, …", "le rapport indique que …" with no author named: the body
        whose act the sentence before reports ("La Commission européenne a infligé jeudi une amende
        … / Selon la décision, …"), from the previous paragraph when the document opens its own."""
        words = fold(mention.text).replace("’", "'").split()
        if self.lex.adjectival_names or self.lex.document_pattern is None or mention.role is None or " " in mention.role \
                or not ((len(words) == 2 and words[0] in ("le", "la")) or (len(words) == 1 and words[0][:2] == "l'")) \
                or self.lex.document_pattern.match(f"une {mention.role} de la Cour") is None:
            return None
        return self._body_subject_before(position)

    def body_named_by_noun(self, mention: Mention, position: int) -> str | None:
        """French "le club vaudois", "la société" right after a sentence whose subject is a body's
        name ("Le Lausanne HC a annoncé …"): that body."""
        words = fold(mention.text).replace("’", "'").split()
        if self.lex.adjectival_names or not words or len(words) > 3 or not (words[0] in ("le", "la") or words[0][:2] == "l'"):
            return None
        head = words[1] if words[0] in ("le", "la") and len(words) > 1 else words[0].split("'")[-1]
        if head not in self.lex.companies and head not in self.lex.organisation_nouns or head in _MEDIA_NOUNS:
            return None  # ("selon le quotidien": the newspaper, not the body its report is about)
        if any(w[:1].isupper() for w in mention.text.split()[1:]):
            return None  # "L'hôpital de Quimper": a body named by its own place
        return self._body_subject_before(position)

    def _body_subject_before(self, position: int) -> str | None:
        """The body's name opening a sentence before POSITION in its paragraph (the nearest), or in
        the paragraph before when POSITION's sentence opens its own."""
        text = self.text
        start = text.rfind("\n", 0, position) + 1
        stop = text.rfind(". ", start, position)
        if stop < 0:  # the document opens the paragraph: the last sentence of the one before
            end = len(text[:start].rstrip())
            start = text.rfind("\n", 0, end) + 1
            stop = end - 1
            if stop < start or text[stop] != ".":
                return None
        while stop >= start:
            # the sentence before, else the ones before it in the same paragraph ("Le Tribunal … a
            # condamné X. L'homme était accusé de … / Selon le jugement, …")
            opening = text.rfind(". ", start, stop)
            body = _BODY_SUBJECT.match(text, start if opening < 0 else opening + 2, stop + 1)
            if body is not None:
                return body.group("name") + (body.group("place") or "").replace("\u00a0", " ")
            institution = _INSTITUTION_SUBJECT.match(text, start if opening < 0 else opening + 2, stop + 1)
            if institution is not None:
                return institution.group("name").replace("\u00a0", " ")
            if opening < 0:
                return None
            stop = opening
        return None

    def speaker_headed_by(self, mention: Mention, earlier) -> str | None:
        """French "l'agence", "la commission": the latest speaker whose name that noun heads
        ("Agence régionale de santé Nouvelle-Aquitaine"), the body the article is quoting."""
        words = fold(mention.text).split()
        if self.lex.adjectival_names or not words or len(words) > 2 or not (words[0] in ("le", "la") or words[0][:2] == "l'"):
            return None
        noun = words[-1].split("'")[-1]
        if noun not in self.lex.organisations and noun not in self.lex.organisation_nouns:
            return None
        return next((name for name in reversed(earlier) if " " in name and fold(name.split()[0]) == noun), None)

    def company_with_short_form_before(self, mention: Mention, position: int) -> str | None:
        """French "l'entreprise", "la société" right after the article named a company with its
        short form in brackets ("les Fonderies de la Vezouze (FDV)"), from the previous paragraph
        on: that company, when its name is no public body's ("l'Agence …", "le Conseil …")."""
        words = fold(mention.text).split()
        if self.lex.adjectival_names or len(words) > 3 or not words or not (words[0] in ("le", "la") or words[0][:2] == "l'"):
            return None
        head = words[1] if words[0] in ("le", "la") and len(words) > 1 else words[0].split("'")[-1]
        size = len(words) - (words[0] in ("le", "la"))
        generic = head in _GENERIC_BODY_NOUNS or (size == 2 and (head in self.lex.organisations or words[-1] in ("syndicale", "syndical"))
                                                   and not words[-1].startswith(("d'", "l'")))  # (not "le parquet d'Albertville")
        if size > 2 or not (head in self.lex.companies or generic):
            # "l'entreprise", "la société"; "l'institution"; "l'office public", "la centrale syndicale" (a body's noun and its adjective)
            return None
        # "le gouvernement chilien": the country's own body, unless the name just given opens with that noun
        national = size == 2 and head not in self.lex.companies and _NATIONALITY_ENDING.search(words[-1]) is not None
        since = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, position) - 2)) + 1
        for short in reversed(_BRACKETED_SHORT_FORM.findall(self.text, since, position)):
            long = self.long_form(short)
            if long and (national or head in _FORCES_FR or size == 2 and head == "conseil") \
                    and fold(long.split()[0]).split("'")[-1] != head:
                # (not "la police cantonale" for "l'Hôpital fribourgeois (HFR)": a force is named by its own noun; nor
                # "le conseil départemental" for "le service départemental d'incendie et de secours (SDIS)")
                continue
            if long and head == "etablissement" and fold(long.split()[0]).split("'")[-1] in _NO_ESTABLISHMENTS:
                continue  # "a annoncé l'agence régionale de santé (ARS) … D'après l'établissement": the hospital, no agency
            if long and (generic or fold(long.split()[0]).split("'")[-1] not in self.lex.organisations):
                return long
        return None

    def _bracketed_name_headed_by(self, head: str, position: int) -> str | None:
        """French: the long name of the latest short form in brackets before POSITION whose name
        opens with the noun HEAD ("l'organisation" → "Organisation mondiale de la santé")."""
        for short in reversed(_BRACKETED_SHORT_FORM.findall(self.text, 0, position)):
            long = self.long_form(short)
            if long and fold(long.split()[0]).split("'")[-1] == head:
                return long
        return None
