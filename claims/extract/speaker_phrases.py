"""Phrases next to a claim: a phrase cleaned of its determiners (`clean_phrase`), the role it names
(`role_in`), and the patterns other modules share for unnamed, relayed or place-bound speakers."""

from __future__ import annotations

import re

from claims.extract.lang import en
from claims.extract.regex_trie import trie_pattern
from claims.extract.speaker_lexicon import Lexicon, fold
from claims.extract.name_words import DESCRIBING_SUFFIXES

# English wire copy's unnamed sources: who they are is said by what follows the noun.
UNNAMED_SOURCES = re.compile(
    r"(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ne|[Aa]|\d+)\s+)?(?:[a-z]+\s+)?"
    r"(?:[Pp]eople|[Pp]ersons?|[Ss]ources?|[Oo]fficials?|[Ii]nsiders?|[Dd]iplomats?|[Ee]xecutives?)\s+"
    r"(?:familiar\s+with|with\s+(?:direct\s+|first-hand\s+)?knowledge\s+of|close\s+to|briefed\s+on|"
    r"involved\s+in|aware\s+of|knowledgeable\s+about|who\s+(?:asked|spoke|requested|declined))\b")
# English: "the" and one lower-case noun ("the company", "The developer").
THE_NOUN = re.compile(r"[Tt]he\s+(?P<noun>[a-z]+)")
# French: a place's kind right before its name, inside a role's complement ("le wali de la région
# Casablanca-Settat"): the name is the place's, no person's.
# French: a territory's body before its name ("La région Grand Est", "la ville Saint-Louis").
TERRITORY_BEFORE_FR = re.compile(r"\b(?:[Ll]a|[Ll]e|[Ll]['’])\s*(?:région|département|commune|ville|province|métropole)[ \u00a0]+$")
PLACE_NOUN_BEFORE = re.compile(r"\b(?:de\s+la\s+|du\s+|de\s+l['’])(?:région|province|wilaya|préfecture|commune|ville|département|"
                               r"canton|comté|district|gouvernorat|État|état|canal|lac|étang|marais|massif|rue|avenue|boulevard|place|quai|"
                               r"quartier)\s+$"
                               r"|\b(?:du|au)\s+mont\s+$")  # ("l'association syndicale du canal Saint-Julien", "… au mont Lozère")
PARENS = re.compile(r"\s*\([^)]*\)")  # (opening on spaces, tried at every character: test for "(" first)
# An outlet relaying a source: "cité par l'agence Reuters", "seen by Reuters".
# (the participles as a prefix tree: see speakers.PREPOSITION_BEFORE)
RELAYED_BY = re.compile(
    r"\s(?:" + trie_pattern((
        "cité", "citée", "cités", "citées", "consulté", "consultée", "consultés", "consultées", "interrogé", "interrogée", "interrogés",
        "interrogées", "contacté", "contactée", "contactés", "contactées", "joint", "jointe", "joints", "jointes", "vu", "vue", "obtenu",
        "obtenue", "quoted", "cited", "seen", "obtained", "reviewed", "reported", "interviewed", "contacted", "reached"))
    + r")\s+(?:(?:sous\s+couvert\s+d['’]anonymat|on\s+condition\s+of\s+anonymity)\s+)?(?:par|by)\s",
    re.IGNORECASE)  # (also "cité sous couvert d'anonymat par le quotidien X")


def role_in(segment: str, lex: Lexicon, last: bool = False) -> tuple[int, str] | None:
    low = fold(segment)
    hits = list(lex.role_pattern.finditer(low)) if last else [lex.role_pattern.search(low)]
    if not hits or hits[-1] is None:
        return None
    if not lex.adjectival_names and "universitaire" in low:  # "le Centre hospitalier universitaire de Sherbrooke": no academic
        hits = [h for h in hits if not (h.group() == "universitaire" and _INSTITUTION_BEFORE.search(low, 0, h.start()))]
        if not hits:
            return None
    if lex.adjectival_names and "Executive" in segment:  # "the Housing Executive's figures": a body, no executive
        hits = [h for h in hits if not (segment[h.start():h.end()] == "Executive" and BODY_EXECUTIVE.search(segment, 0, h.end() + 12)
                                        and fold(segment[:h.start()].split()[-1]) not in lex.roles)]
        if not hits:
            return None
    k = len(hits) - 1
    while k and hits[k - 1].end() + 1 == hits[k].start():
        k -= 1  # "directeur général": the role starts at the first of adjacent role words
    return (hits[k].start(), low[hits[k].start():hits[-1].end()])


# A body named "… Executive" ("the Housing Executive's figures"), no chief executive.
BODY_EXECUTIVE = re.compile(r"[A-Z][a-z]+\s+Executive(?!\s+[A-Z])")
_INSTITUTION_BEFORE = re.compile(r"\b(?:hospitaliere?|centre|pole|institut|campus)\s+$")  # (folded words)
# A plural noun ending a phrase ("residents", not "press").
_PLURAL_WORD = re.compile(r"[a-z’'-]+[^s]s")


def clean_phrase(phrase: str, lex: Lexicon) -> str:
    phrase = (PARENS.sub("", phrase) if "(" in phrase else phrase).strip(" ,;:.«»\"“”")
    words = phrase.split()
    while words and fold(words[0]).rstrip("'’") in lex.bare_determiners and not (
            lex.adjectival_names and fold(words[0]) == "some" and _PLURAL_WORD.fullmatch(words[-1])):
        words.pop(0)  # (English "Some residents" keeps its quantifier, as "Several residents" does; not "some local press")
    if words and fold(words[0])[:2] in ("l'", "d'"):
        words[0] = words[0][2:]
    if len(words) > 1 and words[-2].endswith(",") and words[-1].rstrip(".") in lex.titles:
        words[-2:] = [words[-2].rstrip(",")]  # "le bâtonnier, Me X": the name's title, no part of the role
    if lex.adjectival_names and len(words) > 1 and fold(words[0]) == "including":
        words.pop(0)  # "19 witnesses, including revenue collectors who testified": the collectors
    if lex.adjectival_names and len(words) > 2 and fold(words[0]) == "number" and fold(words[1]) == "of":
        del words[:2]  # "a number of residents who spoke to the Times": the residents
    if lex.adjectival_names:  # "Analysts at Mumbai-based Veda Securities": a description of the body, no part of it
        words = [w for i, w in enumerate(words) if not (w.endswith(DESCRIBING_SUFFIXES) and words[i + 1:i + 2]
                                                        and words[i + 1][:1].isupper() and i > 0)]
        if len(words) > 1 and words[-1] == "here":
            words.pop()  # "Seafood restaurant operators and hoteliers here say": where the dateline is
    elif len(words) > 2 and fold(words[-1]) in _WHERE_THEY_LIVE_FR:
        words.pop()  # "une mère d'élève établie à Genève" whose place went: no participle left dangling
    if lex.adjectival_names and len(words) > 2 and (dated := _DATED_CLOSING_EN.search(" ".join(words))) is not None:
        return " ".join(words)[:dated.start()]  # "120 volunteers on March 13": when they worked, no part of who
    if not lex.adjectival_names and len(words) > 4 and (dated := _DATED_CLOSING_FR.search(" ".join(words))) is not None:
        return " ".join(words)[:dated.start()]  # "un rapport d'inspection de l'ARS daté du 2 août": when, no part of who
    if not lex.adjectival_names and len(words) > 3 and (come := _COME_TO_DO_CLOSING_FR.search(" ".join(words))) is not None:
        return " ".join(words)[:come.start()]  # "un mareyeur de Marennes venu le soutenir": why he came, no part of who
    return " ".join(words)


# French: "venu(e)(s)" and an infinitive closing a description ("venu le soutenir", "venue témoigner").
_COME_TO_DO_CLOSING_FR = re.compile(r"\svenue?s?\s+(?:(?:le|la|les|l['’]|lui|leur|y|en)\s*)?[a-zà-ÿ]+(?:er|ir|re)$")
# English: a day closing a description ("on March 13", "on Tuesday").
_DATED_CLOSING_EN = re.compile(r"\son\s+(?:(?:" + "|".join(m.capitalize() for m in en.MONTHS if "." not in m and (len(m) > 3 or m == "may")) + r")\s+\d{1,2}"
                               r"|(?:" + "|".join(d.capitalize() for d in en.WEEKDAYS if "." not in d) + r"))$")
_DATED_CLOSING_FR = re.compile(r"\s(?:datée?s?|publiée?s?|rendue?s?|diffusée?s?)\s+(?:du|le)\s+\d{1,2}(?:er)?\s+"
                               r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+\d{4})?$")


# French participles of residence ("établie à Genève", "domicilié en Valais").
_WHERE_THEY_LIVE_FR = frozenset(("etabli", "etablie", "etablis", "etablies", "installe", "installee", "installes", "installees",
                                 "domicilie", "domiciliee", "domicilies", "domiciliees", "residant", "residante"))


# French: an article, an organisation noun and what kind it is ("L'association de consommateurs", "L'association de
# protection de la nature").
_NOUN_AND_KIND = (r"(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’])(?P<noun>[a-zà-ÿ]+)"
                  r"(?:\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|des\s+|d['’])\s*[a-zà-ÿ-]+){1,3}")
NOUN_AND_KIND_FR = re.compile(_NOUN_AND_KIND)
_NOUN_AND_KIND_BEFORE_FR = re.compile(r"(?<![\w'’])" + _NOUN_AND_KIND + r"\s+$")


def named_after_body_noun(text: str, position: int, lex) -> bool:
    """Whether the name at POSITION follows a body's lower-case noun, maybe and an adjective ("La région Grand Est",
    "l'entreprise Verdalys", "la radio privée Kerkennah FM"), or, in French, what kind of body it is ("l'association de
    protection de la nature Loup Alpes Vivant")."""
    words = text[max(0, position - 40):position].split()[-2:]
    nouns = [] if not words or not words[-1].islower() else words if words[0].islower() else words[-1:]
    return any(fold(word) in lex.organisation_nouns or fold(word) in _MEDIA_NOUNS for word in nouns) \
        or TERRITORY_BEFORE_FR.search(text, max(0, position - 16), position) is not None \
        or not lex.adjectival_names \
        and (kind := _NOUN_AND_KIND_BEFORE_FR.search(text, max(0, position - 70), position)) is not None \
        and fold(kind.group("noun")) in lex.organisation_nouns


def introduced_as_body(text: str, name: str, lex) -> bool:
    """Whether the article's first mention of NAME follows a body's noun ("la société Ogooué Offshore Gabon")."""
    first = text.find(name)
    return first > 0 and named_after_body_noun(text, first, lex)


_MEDIA_NOUNS = frozenset(("radio", "television", "station"))
