"""Speaker phrases: the proper names in a phrase, and what the words
next to a claim say about its speaker (`Mention`). The per-language lexicon is `speaker_lexicon`;
the per-article table is `speaker_table`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.extract.speaker_lexicon import Lexicon, fold, folded_words, lexicon  # noqa: F401 (re-exported)
from claims.extract.speaker_whole_phrases_en import kept_whole, organisation_alias

# A capitalised word or an initial. The first character class comes first, unalternated, so that
# the regex engine can skip quickly to capitals when scanning a whole article.
# "St." / "Ste." before another capitalised word is part of a name ("Evelyn St. Clair-Moreno"),
# unless that word opens a sentence ("Main St. The …").
_SAINT = r"(?<=\bS)te?\.(?=[ \u00a0]+[A-Z])(?![ \u00a0]+(?:The|A|An|He|She|It|They|We|I|Le|La|Les|Il|Elle|Ils|On)\b)"
# (Initials written together are one token: "B.S. Yediyurappa", "M.K. Stalin", "U.N.")
# (A plural possessive inside a name is part of it: "Finance Workers’ Union", "Farmers' Association")
_CAP = rf"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ](?:{_SAINT}|[\w’'\-]*\w(?:(?<=s)['’](?=[ \u00a0]+[A-Z]))?|(?<=[A-Z])\.(?:[A-Z]\.){{1,3}}(?=[ \u00a0]+[A-Z][a-z])|(?<=[A-ZÀ-ÖØ-Þ])\.?)"
# ("wa", Arabic "and", inside organisations' names: "Maâ wa Hayat")
_PARTICLE = r"(?:de|du|des|d['’]|von|van|der|den|ter|al-|el-|al|el|ben|bin|da|do|dos|di|del|della|das|y|la|le|of|wa)"
_NAME = re.compile(rf"{_CAP}(?:(?:[ \u00a0]+|-)(?:{_PARTICLE}[ \u00a0]*)*(?:{_CAP}))*")
_ROMAN = re.compile(r"[IVXLC]+")
_OWNER_BEFORE_ROLE = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s)\s+")
_BODY_BEFORE_ROLE = re.compile(r"(?:[Tt]he\s+)?(?P<body>[a-z]+)['’]s\s+")
_AGE_BEFORE_NAME = re.compile(r"^\d{1,3}-year-old\s+(?=[A-Z])")
_BOTH = re.compile(r"^[Bb]oth\s+|\s+both$")
_AUTHORED_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?P<author>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s)?\s+(?:press\s+)?"
    r"(?:statement|release|letter|communiqué|notice)")
_COMMON_AUTHOR_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?P<author>[a-z]+)\s+(?:press\s+)?(?:statement|release|communiqué|notice)")
_DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "ic", "ch", "an", "i")
_DOCUMENT_NOUN_AFTER = re.compile(r"\s+(?:press\s+)?(?:statement|release|report|letter|spokesman|spokeswoman|spokesperson)s?\b")
_POST_NOMINALS = frozenset(("KC", "QC", "MP", "MEP", "MSP", "MS", "PhD", "MBE", "OBE", "CBE", "KBE", "DBE", "Esq", "FRS"))
_PARTICLE_RE = re.compile(_PARTICLE)
# English wire copy's unnamed sources: who they are is said by what follows the noun.
UNNAMED_SOURCES = re.compile(
    r"(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ne|[Aa]|\d+)\s+)?(?:[a-z]+\s+)?"
    r"(?:[Pp]eople|[Pp]ersons?|[Ss]ources?|[Oo]fficials?|[Ii]nsiders?|[Dd]iplomats?|[Ee]xecutives?)\s+"
    r"(?:familiar\s+with|with\s+(?:direct\s+|first-hand\s+)?knowledge\s+of|close\s+to|briefed\s+on|"
    r"involved\s+in|aware\s+of|knowledgeable\s+about|who\s+(?:asked|spoke|requested|declined))\b")
PARTICLE_ANY_CASE = re.compile(_PARTICLE, re.IGNORECASE)
# Lower-case words before a role word, after an optional article ("a council ", "the ministry ").
_NOUN_MODIFIERS = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z][a-z-]*\s+){1,2}")
_POSSESSIVE = re.compile(r"['’]s\b")
_ELIDED_COMMON_NOUN = re.compile(r"[LD]['’][a-zà-ÿ][\w’'\-]*[ \u00a0]*")
_PARENS = re.compile(r"\s*\([^)]*\)")
# "L'ONG Amnesty International", "L'OTAN" stays: an elided article and the acronym of a kind of organisation.
_ELIDED_ORGANISATION_ACRONYM = re.compile(r"[LD]['’](?:ONG|AG|ASBL)[ \u00a0]+(?=[A-Z])")
PREPOSITION_BEFORE = re.compile(r"(?:\b(?:de|du|des|of|for|at|from|by|on|in|to|during|with|into|after|before|à|au|aux|sur|chez|pendant|lors|avec|contre|against|devant|pour|par|dans|en|sous|vers|entre|parmi|selon|under|near|between|among|via|like|unlike|including)\s+(?:(?:la|le|les|the)\s+|l['’])?|d['’])$", re.IGNORECASE)
_QUANTIFIERS = frozenset(("one", "some", "several", "many", "most", "two", "three", "four", "few", "un", "une",
                          "plusieurs", "certains", "certaines", "deux", "trois", "quatre", "nombre"))
def _initial_closing(tokens: list[str], i: int) -> bool:
    """"Cédric M.": a capital and a dot closing a first name is an initial, not the title "M."."""
    return i == len(tokens) - 1 and i > 0 and len(tokens[i]) == 2 and tokens[i][1] == "."


# Social networks written right before the name of who posted there.
_PLATFORMS = frozenset(("Facebook", "Twitter", "Instagram", "TikTok", "LinkedIn", "YouTube", "Telegram", "Bluesky", "Threads"))
# "Assassinat de Antoine Sollacaro": a noun, a particle, then the name ("Haitham bin Tariq Al Said" is one name).
_HEADLINE_NOUN_LINKS = frozenset(("de", "du", "des", "of"))
# An outlet relaying a source: "cité par l'agence Reuters", "seen by Reuters".
RELAYED_BY = re.compile(
    r"\s(?:cité|citée|cités|citées|consulté|consultée|consultés|consultées|interrogé|interrogée|interrogés|"
    r"interrogées|contacté|contactée|joint|jointe|vu|vue|obtenu|obtenue|quoted|cited|seen|obtained|reviewed|"
    r"interviewed|contacted|reached)\s+(?:par|by)\s", re.IGNORECASE)
_PUBLISHED_IN = re.compile(
    r"\s(?:published|released|issued|presented|publiée?s?|parue?s?|présentée?s?|diffusée?s?)\s+(?!by\b|par\b)",
    re.IGNORECASE)
_AND_ORGANISATION = re.compile(r" (?:and|&|et) (?:[A-Z][\w-]* )*(?P<last>[A-Z][\w-]*)(?![\w-])")
_AGENT_BEFORE = re.compile(r"\b(?:by|par)\s+(?:the\s+)?$", re.IGNORECASE)
# What continues an organisation's name past a lower-case link or a number: "Commission on
# Presidential Debates", "Committee for the Protection of Journalists", "Lost 52 Project".
_ORGANISATION_TAIL = re.compile(
    r"[ \u00a0](?P<link>\d+|(?:on|for|of|and)(?:[ \u00a0]the)?)[ \u00a0]"
    r"(?P<words>[A-Z][\w&'’-]*(?:[ \u00a0](?:(?:of|and|for|on)[ \u00a0](?:the[ \u00a0])?)?[A-Z][\w&'’-]*)*)(?![\w-])")
_MONTH_NAMES = frozenset(("January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"))
# Lower-case words between a capitalised modifier and a name: "Bus operator Dunav Ekspres".
NOUNS_BEFORE_NAME = re.compile(r"(?:[ \u00a0]+[a-z][a-z-]+){1,2}[ \u00a0]+")
# The English first person inside a capitalised run ("Sometimes I", "I'm"): never part of a name.
_FIRST_PERSON = re.compile(r"(?:^|(?<=[ \u00a0]))I(?:['’](?:m|ve|d|ll))?(?=[ \u00a0]|$)")
# A capitalised word glued to a dotted abbreviation ("Ph.D.", "M.A."): a degree, not a name.
_DOTTED_ABBREVIATION = re.compile(r"\.[A-Z]\.")


@dataclass(slots=True)
class Mention:
    """What the words next to a claim say about its speaker, before coreference."""

    text: str
    name: str | None = None  # a proper name as written (title removed)
    role: str | None = None
    pronoun: bool = False
    organisation: bool = False


def _strip_function_words(name: str, lex: Lexicon) -> str:
    tokens = name.split()
    while tokens and (tokens[0] in lex.function_words or tokens[0].rstrip(".") in lex.titles):
        tokens.pop(0)
    while tokens and fold(tokens[0]) in lex.roles:
        tokens.pop(0)
    return " ".join(tokens)


def clear_caches() -> None:
    """Forget the phrases parsed so far (timing tools: each timed article starts cold)."""
    names_in.cache_clear()
    folded_words.cache_clear()


# Segments run up to a whole article: 4,096 of them held ~15 MB for little more reuse.
@lru_cache(maxsize=512)
def names_in(segment: str, lex: Lexicon) -> tuple[tuple[int, str], ...]:
    """Proper names in a phrase, with their offsets; roles and titles split off."""
    return tuple(_names_in(segment, lex))


def _names_in(segment: str, lex: Lexicon) -> list[tuple[int, str]]:
    found = []
    roles, titles, function_words = lex.roles, lex.titles, lex.function_words
    for match in _NAME.finditer(segment):
        raw = match.group()
        base = match.start()
        if (raw[:2] in ("I'", "I’", "I ") or " I" in raw) and (raw := _before_first_person(raw)) is None:
            continue
        if segment[match.end():match.end() + 1] == "." and _DOTTED_ABBREVIATION.match(segment, match.end()):
            continue
        if " " not in raw and "\u00a0" not in raw and "'" not in raw and "’" not in raw:
            # One word, no possessive (three names in four): the general case below, shortened.
            if raw in function_words or fold(raw) in roles or raw.rstrip(".") in titles or (
                raw[-1:] == "s" and fold(raw[:-1]) in roles  # "Analysts at …", "Officials said"
            ) or (raw in _ORDINALS_OF_ROLES and _ROLE_AFTER_ORDINAL.match(segment, match.end())):  # "l'ancien Premier ministre"
                continue
            name = raw.rstrip(".").strip("-")
            if len(name) > 1 and not name.isdigit():
                found.append((base + raw.find(name), name))
            continue
        elided = _ELIDED_COMMON_NOUN.match(raw) or _ELIDED_ORGANISATION_ACRONYM.match(raw)
        if elided:
            # "L'entraîneur lorientais", "L'action Véloria": an article and a common noun opening a sentence.
            base += elided.end()
            raw = raw[elided.end():]
            if not raw:
                continue
            complement = raw.split()
            if len(complement) < 4 and _PARTICLE_RE.fullmatch(complement[0]):
                continue  # "L'ambassadeur de France": the noun's complement only, no person
            if len(complement) >= 4 and _PARTICLE_RE.fullmatch(complement[0]):
                # "L'attaquant du PSG Ousmane Dembélé", "L'entraîneur du FC Nantes X Y": the noun's
                # complement, then the person's first name and surname
                keep = 3 if _PARTICLE_RE.fullmatch(complement[-2]) else 2
                skipped = raw.rfind(" " + complement[-keep]) + 1
                base += skipped
                raw = raw[skipped:]
        possessive = list(_POSSESSIVE.finditer(raw))
        if possessive:
            base += possessive[-1].end()
            raw = raw[possessive[-1].end():].strip()
            if not raw:
                continue
        # A capitalised role word inside the run ("United States President Donald Trump") ends what precedes it.
        tokens = raw.split()
        while len(tokens) > 2 and tokens[-1].rstrip(".,") in _POST_NOMINALS:
            tokens.pop()  # "Jonathan Abbey KC", "Jane Smith MP": honours and offices after the name
            raw = " ".join(tokens)
        if tokens[-1] in _ORDINALS_OF_ROLES and _ROLE_AFTER_ORDINAL.match(segment, match.end()):
            tokens.pop()  # "Le Premier ministre", "L'ancien Premier ministre": the ordinal opens the role
            raw = " ".join(tokens)
            if not tokens:
                continue
        cut = 0
        for i, token in enumerate(tokens):
            if i >= 2 and tokens[i - 1] == "of":
                continue  # "Lars Chittka of Queen Mary University": a role word inside the organisation's name
            if fold(token) in lex.roles or (token.rstrip(".") in lex.titles and not _initial_closing(tokens, i)) \
                    or (i == 0 and fold(token) in lex.party_labels):
                cut = i + 1
        if len(tokens) > 2 and tokens[0].isupper() and len(tokens[0]) > 1 and tokens[0].isalpha() and not cut:
            cut = 1  # "LFI Louis Boyard", "AFP Jean-Philippe Magnen": an acronym glued to a name
        elif lex.adjectival_names and not cut and len(tokens) > 3:
            # "Opposition TD Mary Lou McDonald": a capitalised modifier and an office's acronym, then the name
            cut = next((i + 1 for i in range(1, len(tokens) - 2) if tokens[i].isupper() and 1 < len(tokens[i]) <= 4
                        and tokens[i].isalpha() and not tokens[i + 1].isupper() and _ROMAN.fullmatch(tokens[i]) is None), 0)
            if cut and not lex.organisations.isdisjoint(fold(t) for t in tokens):
                cut = 0  # "The US Geological Survey", "Carlos III Health Institute": one organisation
        if cut and cut < len(tokens):
            if _PARTICLE_RE.fullmatch(tokens[cut]) and tokens[cut - 1].rstrip(".") not in lex.titles:
                # (after a title the particle opens the surname: "M. von Albrecht")
                # "PDG de HP France": an organisation complement; "Mayor of London Sadiq Khan": a
                # place, then the person.
                if len(tokens) - cut - 2 < 2:
                    continue
                cut += 2
            raw = " ".join(tokens[cut:])
        elif cut:
            continue
        if not cut and not lex.adjectival_names and len(tokens) >= 3 and (demonym := _demonym_words(segment, base, tokens, lex)):
            tokens = tokens[demonym:]  # "le Norvégien Casper Ruud": a nationality before the person
            raw = " ".join(tokens)
        if not cut and len(tokens) >= 3 and tokens[0] in _PLATFORMS:
            tokens = tokens[1:]  # "sur sa page Facebook Adama Kéita-Soro": where it was posted, then who
            raw = " ".join(tokens)
        if not cut and len(tokens) >= 4 and tokens[1] in _HEADLINE_NOUN_LINKS and tokens[2][:1].isupper() \
                and tokens[2] not in _SURNAME_ARTICLES:  # "Marie-Hélène de La Roche-Vernay" stays whole
            raw = " ".join(tokens[2:])  # "Assassinat de Antoine Sollacaro": a headline noun, then the name
            tokens = tokens[2:]
        if " of " in raw:
            left = raw.split(" of ")[0]
            if len(left.split()) >= 2 and not ({fold(w) for w in left.split()} & lex.organisations):
                raw = left  # "Lucy Fischer of The Times"
                tokens = raw.split()
        if not cut and len(tokens) >= 3 and PREPOSITION_BEFORE.search(segment[max(0, base - 12):base]) and (
            lex.adjectival_names or not _FRENCH_LOCATIVE_BEFORE.search(segment, max(0, base - 6), base)
            or (not PARTICLE_ANY_CASE.fullmatch(tokens[-2]) and role_in(segment[max(0, base - 50):base], lex) is not None)
        ):  # (French "à Santa Cruz de Tenerife", "en Seine-Saint-Denis": a place through and through; but
            # "l'ambassadeur de France aux États-Unis Laurent Bili": a role, its place, then the person)
            # "of Scotland Nicola Sturgeon", "to the United Nations Nikki Haley": a place or an
            # organisation, then the person's first name and surname.
            keep = 3 if PARTICLE_ANY_CASE.fullmatch(tokens[-2]) else 2
            if not ({fold(w) for w in tokens} & lex.organisations):
                raw = " ".join(tokens[-keep:])
        name = _strip_function_words(raw, lex).rstrip(".").strip("-")
        if name and (len(name) > 1) and not name.isdigit():
            offset = base + match.group()[base - match.start():].find(name.split()[0])
            found.append((offset, name))
    return found


# French: a capitalised ordinal that opens a role ("le Premier ministre", "la Première secrétaire").
_ORDINALS_OF_ROLES = frozenset(("Premier", "Première"))
_ROLE_AFTER_ORDINAL = re.compile(r"[ \u00a0]+(?:ministre|secrétaire|adjoint|adjointe|magistrat|président|présidente)\b")
# French: a group around someone opening a phrase ("L'entourage du président", "le cabinet de la ministre").
_COLLECTIVE_OPENING = re.compile(r"(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?P<head>[\w-]+)\s+(?:de|du|des|d['’])")
# ", Josée Roux," after the group's phrase: the person is named in apposition (read by the subject finder).
_NAME_IN_APPOSITION_AFTER = re.compile(r",\s*[A-ZÀ-ÖØ-Þ]")
# French: an optional article, a capitalised word, one or two lower-case adjectives, a capitalised word.
_NAME_ACROSS_ADJECTIVES = re.compile(
    r"(?:(?:[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’])?(?P<name>[A-ZÀ-ÖØ-Þ][\w-]+(?P<lower>(?:\s+[a-zà-ÿ]{4,}){1,2})\s+[A-ZÀ-ÖØ-Þ][\w-]+)")
_FRENCH_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:à|au|aux|en|dans|vers)\s+$", re.IGNORECASE)
_DEFINITE_BEFORE_NAME = re.compile(r"(?:^|[\s(])(?:le|la|l['’])\s*$")


def _demonym_words(segment: str, base: int, tokens: list[str], lex: Lexicon) -> int:
    """French: how many tokens of a capitalised run are a definite article and a nationality
    before a person's name ("le Norvégien Casper Ruud", "L'Américaine Coco Gauff"), else 0."""
    if tokens[0] in ("Le", "La"):
        skip = 2
    elif tokens[0][:2] in ("L'", "L’") or _DEFINITE_BEFORE_NAME.search(segment, max(0, base - 4), base):
        skip = 1
    else:
        return 0
    demonym, rest = tokens[skip - 1], tokens[skip:]
    if len(rest) < 2 or rest[-1].isupper() or fold(demonym.split("'")[-1].split("’")[-1]) in lex.organisations:
        return 0
    if not rest[0][:1].isupper():
        return 0  # "la Santé du Hamas": a portfolio and its complement, no person
    return skip


# English: a plural role, then where they work ("researchers from the University of X").
_GROUP_FROM = re.compile(
    r"(?P<noun>[A-Za-z][a-z]+)\s+(?:(?:from|at|in)\s+(?:the\s+)?[A-Z]|[a-z]{3,}ing\s+(?:[a-z]+\s+)?[a-z]+s\b)")


def group_from_institution(segment: str, lex: Lexicon) -> bool:
    """English: "researchers from the University of Leeds and …", "officials at the Home Office",
    "scientists studying patients in Zhuhai": the group, whatever places its description names."""
    group = _GROUP_FROM.match(segment)
    return group is not None and _group_noun(group.group("noun"), lex)


def _group_noun(word: str, lex: Lexicon) -> bool:
    """A plural role or a group noun: "officials", "authorities", "police"."""
    low = fold(word)
    return low in ("police", "media", "authorities") or (low[-1:] == "s" and low[:-1] in lex.roles)


def modifier_before_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether text[start:end], between a one-word capitalised modifier and a name, is one or two
    lower-case words ending with a role or an organisation noun ("Bus operator", "Presidential
    physician"), not a verb ("Mohr spoke about Blankenship")."""
    between = NOUNS_BEFORE_NAME.fullmatch(text, start, end)
    if between is None:
        return False
    noun = fold(between.group().split()[-1])
    return noun in lex.roles or noun in lex.organisation_nouns or noun in lex.organisations


def organisation_tail(text: str, end: int, name: str, lex: Lexicon) -> str:
    """The rest of an organisation's name that `name` (ending at `end` in `text`) opens, past a
    lower-case link ("on", "for the") or a number: "" when none. Only after a name that holds an
    organisation word (or, for a number, any name): "the Court on Monday" is not a name."""
    tail = _ORGANISATION_TAIL.match(text, end)
    if tail is None:
        return ""
    words = tail.group("words").split()
    if any(w in lex.function_words or w in _MONTH_NAMES for w in words):
        return ""
    if not tail.group("link").isdigit() and lex.organisations.isdisjoint(
        word for w in name.split() for word in (fold(w), fold(w).removesuffix("s"))  # "Centers for Disease Control"
    ):
        return ""
    return tail.group()


def _before_first_person(raw: str) -> str | None:
    """The words of a capitalised run before a first-person "I" / "I'm" (None when fewer than two:
    "Sometimes I" is a sentence opener and a pronoun, not a name)."""
    pronoun = _FIRST_PERSON.search(raw)
    if pronoun is None:
        return raw
    kept = raw[:pronoun.start()].split()
    return " ".join(kept) if len(kept) >= 2 else None


def role_in(segment: str, lex: Lexicon, last: bool = False) -> tuple[int, str] | None:
    low = fold(segment)
    hits = list(lex.role_pattern.finditer(low)) if last else [lex.role_pattern.search(low)]
    if not hits or hits[-1] is None:
        return None
    k = len(hits) - 1
    while k and hits[k - 1].end() + 1 == hits[k].start():
        k -= 1  # "directeur général": the role starts at the first of adjacent role words
    return (hits[k].start(), low[hits[k].start():hits[-1].end()])


_SURNAME_ARTICLES = frozenset(("La", "Le", "Les", "L'", "L’"))
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


def clean_phrase(phrase: str, lex: Lexicon) -> str:
    phrase = _PARENS.sub("", phrase).strip(" ,;:.«»\"“”")
    words = phrase.split()
    while words and fold(words[0]).rstrip("'’") in lex.bare_determiners:
        words.pop(0)
    if words and fold(words[0])[:2] in ("l'", "d'"):
        words[0] = words[0][2:]
    return " ".join(words)


def _long_organisation(segment: str, phrase: str, lex: Lexicon) -> Mention | None:
    """An institution with a long name after its article: "le ministère de l'Europe et des
    Affaires étrangères", "le Service départemental d'incendie et de secours"."""
    words = phrase.split()
    if not words or len(words) > 10 or fold(words[0]) not in lex.organisations:
        return None
    first = fold(segment.split()[0])
    if first.rstrip("'’") not in lex.bare_determiners and first[:2] != "l'":
        return None
    return Mention(segment, role=phrase, organisation=True)


# A determiner, one capitalised word and lower-case ones before a role: "the Senate minority ".
_ROLE_MODIFIER = re.compile(r"(?:(?:the|a|an|The|A|An)\s+)?[A-Z][\w-]+\s+(?:[a-z][\w-]*\s+)*")
_LOWER_WORDS = re.compile(r"(?:\s+[a-zà-ÿ-]+){1,2}\s+")
_ROLE_IN_APPOSITION = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}")
_AND_FOLLOWERS = re.compile(r"\s+and\s+(?:his|her|their)\s+[a-z]+s")
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


# French: a second author after "et" ("… et du ministère de l'Équipement") and its article.
_AND_SECOND_AUTHOR = re.compile(r"\s+et\s+(?P<prep>du\s+|de\s+la\s+|de\s+l['’]|des\s+)(?=[a-zà-ÿ])")
_ARTICLE_OF = {"du": "le ", "de la": "la ", "de l'": "l'", "de l’": "l’", "des": "les "}


def _joint_authors(written: str, lex: Lexicon) -> str | None:
    """French: two bodies named by their common nouns that wrote one document together ("la wilaya
    de la région X et du ministère de l'Équipement" → "wilaya de la région X et le ministère de
    l'Équipement"), or None."""
    if lex.adjectival_names:
        return None
    joint = _AND_SECOND_AUTHOR.search(written)
    if joint is None:
        return None
    first, second = written[:joint.start()].strip(), written[joint.end():].strip(" .")
    if fold(first.split()[0]).split("'")[-1] not in lex.organisations or fold(second.split()[0]) not in lex.organisations:
        return None
    article = _ARTICLE_OF[" ".join(joint.group("prep").split())]
    return f"{first} et {article}{second}"


def parse_mention(segment: str, lex: Lexicon) -> Mention | None:
    """The speaker named by a short noun phrase (a clause subject or the words after an inverted verb)."""
    segment = _PARENS.sub("", segment).strip(" ,;:«»\"“”")
    relay = RELAYED_BY.search(segment)
    if relay is not None and relay.start() > 0:
        # "un analyste cité par l'agence Reuters", "a draft seen by Reuters": the outlet only relays.
        segment = segment[:relay.start()].rstrip(" ,")
    published = _PUBLISHED_IN.search(segment)
    if published is not None and published.start() > 0:
        # "the study published in the journal Marine Frontiers": where it appeared, not who speaks.
        segment = segment[:published.start()]
    if not segment or not segment.split():  # (only spaces and line breaks left)
        return None
    if lex.adjectival_names and (alias := organisation_alias(segment)) is not None:
        return Mention(segment, name=alias, organisation=True)  # "No 10 insists …": Downing Street
    if lex.adjectival_names and kept_whole(segment, lex.roles):
        # "a spokesperson for the Department for Business and Trade", "A source close to …", "Another Labour MP"
        return Mention(segment, role=clean_phrase(segment, lex))
    if lex.adjectival_names and "-year-old" in segment:
        segment = _AGE_BEFORE_NAME.sub("", segment, count=1)  # "47-year-old Matovič's office": the age describes
    if lex.adjectival_names and ("both" in segment or "Both" in segment):
        segment = _BOTH.sub("", segment) or segment  # "Both Ann Lee and Tom Reyes", "Lee and Reyes both"
    document = lex.document_pattern.match(segment) if lex.document_pattern is not None else None
    if document is not None:
        # "un décompte de la préfecture", "a report by council officers": the document's author speaks.
        written = document.group("author") or document.group("author2")
        if (joint := _joint_authors(written, lex)) is not None:
            return Mention(segment, role=joint, organisation=True)  # "un communiqué conjoint de la wilaya … et du ministère …"
        author = parse_mention(written, lex)
        if author is not None and not author.pronoun and (author.name or author.role):
            author.text = segment
            return author
    if lex.adjectival_names and (authored := _AUTHORED_DOCUMENT.fullmatch(segment)) is not None \
            and not authored.group("author").endswith(_DEMONYM_ENDINGS):
        # "A UN statement", "the Kremlin's statement": the organisation that wrote it speaks
        author = parse_mention(authored.group("author"), lex)
        if author is not None and author.name and not author.pronoun:
            author.text = segment
            return author
    if lex.adjectival_names and (common := _COMMON_AUTHOR_DOCUMENT.fullmatch(segment)) is not None \
            and fold(common.group("author")) in lex.organisations:
        return Mention(segment, role=common.group("author"), organisation=True)  # "A police statement": the police
    first = segment.split()[0]
    if first.lower() in lex.pronouns or first.lower().removeprefix("-t-").removeprefix("-") in lex.pronouns:
        return Mention(segment, pronoun=True)
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
    if lex.adjectival_names and group_from_institution(segment, lex):
        # "scientists from China's Tsinghua University and the Chinese Academy of Sciences": the group speaks.
        return Mention(segment, role=clean_phrase(segment, lex))
    if not lex.adjectival_names and (joined := _NAME_ACROSS_ADJECTIVES.fullmatch(segment)) is not None \
            and joined.group("name").split()[0] not in lex.function_words \
            and not {fold(w) for w in joined.group("lower").split()} & (
                lex.stops | lex.roles | lex.bare_determiners | lex.organisation_nouns | lex.organisations):
        # "Santé publique France", "Médecins du monde France": one organisation's name across lower-case words
        return Mention(segment, name=joined.group("name"), organisation=True)
    names = [(o, n) for o, n in names_in(segment, lex)]
    # A name after a preposition ("PDG de HP France", "Lucy Fischer of The Times") is not the speaker
    # when another name is there.
    primary = [(o, n) for o, n in names if not PREPOSITION_BEFORE.search(_without_title(segment[:o], lex))]
    if lex.adjectival_names and len(primary) >= 2 and primary[0][0] == 0 and " " not in primary[0][1] \
            and modifier_before_name(segment, len(primary[0][1]), primary[1][0], lex):
        primary = primary[1:]  # "Bus operator Dunav Ekspres": a capitalised modifier, a noun, then the name
    role_first = role_in(segment, lex)
    if role_first is not None:
        # "ex-députée UMP", "PDG de HP": an acronym after a role is its complement, not a person.
        primary = [(o, n) for o, n in primary if not (n.isupper() and o > role_first[0])]
        if not lex.adjectival_names and len(primary) == 1 and primary[0][0] > role_first[0] \
                and (noun := _ORGANISATION_COMPLEMENT_BEFORE.search(segment, role_first[0], primary[0][0])) is not None \
                and fold(noun.group("noun")) in lex.organisation_nouns and segment[primary[0][0] + len(primary[0][1]):].strip() == "":
            # "un économiste de l'institut de recherche Dai-ichi": the name closes the role's complement
            primary = []
    by_name = [(o, n) for o, n in names if _AGENT_BEFORE.search(segment[:o])]
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
        elif lex.adjectival_names and not primary and start and _NOUN_MODIFIERS.fullmatch(segment[:start]):
            start = 0  # "A council spokesperson", "disaster officials": the modifiers belong to the role
        elif lex.adjectival_names and not primary and start and (owner := _OWNER_BEFORE_ROLE.fullmatch(segment, 0, start)):
            start = owner.start("owner")  # "Lopez's spokesman": whose spokesman it is belongs to the role
        elif lex.adjectival_names and not primary and start and (owner := _BODY_BEFORE_ROLE.fullmatch(segment, 0, start)) \
                and fold(owner.group("body")) in lex.organisations:
            start = owner.start("body")  # "The ministry's spokesman": the body's spokesman
        end = len(segment)
        for o, n in primary:
            if o > start:
                end = o
                break
        role = clean_phrase(segment[start:end], lex) or None
        if role and len(role.split()) > 8:
            role = " ".join(role.split()[:8])
    if lex.adjectival_names and len(primary) >= 2 and _names_joined(segment, primary):
        last_offset, last = primary[-1]
        after = segment[last_offset + len(last):].split()
        if not after:  # "Ann Lee and Tom Reyes", "Kimberly-Clark and Solaris Paper": they speak together
            name = segment[:last_offset + len(last)]
            return Mention(segment, name=name, organisation=not {fold(w) for w in name.split()}.isdisjoint(lex.organisations))
        if len(after) <= 2 and all(w.isalpha() and w.islower() for w in after) and _group_noun(after[-1], lex):
            return Mention(segment, role=clean_phrase(segment, lex))  # "New Orleans and Jefferson Parish officials"
    if lex.adjectival_names and len(primary) == 1 and primary[0][0] == 0 \
            and _AND_FOLLOWERS.fullmatch(segment, len(primary[0][1])) is not None:
        return Mention(segment, role=clean_phrase(segment, lex))  # "Trump and his supporters"
    if lex.adjectival_names and len(primary) == 1 and (role_hit is None or role_hit[0] > primary[0][0]):
        after = segment[segment.find(primary[0][1]) + len(primary[0][1]):].split()
        if 1 <= len(after) <= 2 and all(w.isalpha() and w.islower() for w in after) and (
            " " not in primary[0][1] or _group_noun(after[-1], lex)
        ) and (len(after) == 1 or _group_noun(after[-1], lex)):
            # "Saudi officials", "Chilean military authorities", "Jefferson Parish officials": a qualifier.
            return Mention(segment, role=clean_phrase(segment, lex))
        if " " not in primary[0][1] and after and _group_noun(after[0], lex) and fold(after[1] if len(after) > 1 else "") in (
            "in", "at", "from", "for", "of", "on"
        ):
            return Mention(segment, role=clean_phrase(segment, lex))  # "Hospital officials in Omsk"
    if lex.adjectival_names and len(primary) == 1 and role_hit is not None and " " not in primary[0][1] \
            and primary[0][0] < role_hit[0] and _ROLE_MODIFIER.fullmatch(segment, 0, role_hit[0]) \
            and not segment[role_hit[0]:].split()[-1][:1].isupper():
        # "the Senate minority leader": a capitalised modifier of the role, no person's name
        return Mention(segment, role=clean_phrase(segment, lex))
    if primary:
        name = primary[0][1] if role_hit is None or primary[0][0] > role_hit[0] else primary[-1][1]
        if lex.adjectival_names and role_hit is not None and primary[0][0] == 0 and " " in primary[0][1] \
                and _ROLE_IN_APPOSITION.fullmatch(segment, len(primary[0][1]), role_hit[0]) \
                and lex.organisations.isdisjoint(folded_words(primary[0][1])):
            name = primary[0][1]  # "Ravi Shankar, an analyst at Hollister & Crane": the person, then the role
        introduced = False  # by an organisation noun ("l'ONG espagnole Frontera Sur")
        if role_hit is not None and len(primary) >= 2 and primary[0][0] > role_hit[0] \
                and _person_in_apposition(segment, primary[0], primary[1], lex):
            # "la présidente du groupe Les Républicains, Anne-Sophie Méral": the organisation belongs
            # to the role, the person in apposition after it holds the role.
            name = primary[1][1]
        elif not lex.adjectival_names and len(primary) >= 2 and fold(primary[0][1]) in lex.organisation_nouns \
                and _LOWER_WORDS.fullmatch(segment, primary[0][0] + len(primary[0][1]), primary[1][0]):
            name, introduced = primary[1][1], True  # the noun and its nationality introduce the name
            if primary[0][0] > 0 and not primary[0][1].isupper() and primary[0][1][:1].isupper():
                # "la Société régionale multiservices Casablanca-Settat": a capitalised noun opens the name
                name = segment[primary[0][0]:primary[1][0] + len(primary[1][1])]
        low_words = {fold(w) for w in name.split()}
        before = segment[: segment.find(name)].strip()
        organisation = introduced or bool(low_words & lex.organisations) or name.isupper() or (
            before != "" and fold(before.split()[-1]).rstrip("'’") in lex.bare_determiners and role is None
        ) or (before != "" and role is None and fold(before.split()[-1]).split("'")[-1] in lex.organisation_nouns) or (
            before != "" and role is None and not lex.adjectival_names and _NOUN_AND_KIND.fullmatch(before) is not None
            and fold(_NOUN_AND_KIND.fullmatch(before).group("noun")) in lex.organisation_nouns
        )  # "l'association de consommateurs Maâ wa Hayat"
        joined = _AND_ORGANISATION.match(segment, segment.find(name) + len(name))
        if joined is not None and fold(joined.group("last")) in lex.organisations:
            # "National Oceanic and Atmospheric Administration"
            name, organisation = name + joined.group(), True
        if lex.adjectival_names and (tail := organisation_tail(segment, segment.find(name) + len(name), name, lex)):
            name, organisation = name + tail, True
        if organisation and role is None and not (lex.adjectival_names and _DOCUMENT_NOUN_AFTER.match(segment, segment.find(name) + len(name))):
            # (English "A UN statement said": the document's author speaks)
            tail = segment[segment.find(name) + len(name):].split()
            if tail and tail[0][:1].islower() and len(tail) <= 6 and fold(tail[0]) not in lex.stops:
                # "la Banque centrale européenne", "l'Institut pour l'étude de la guerre"
                name = f"{name} {' '.join(tail)}".rstrip(" .;:")
        return Mention(segment, name=name, role=role, organisation=organisation)
    if role:
        return Mention(segment, role=role)
    phrase = clean_phrase(segment, lex)
    if not phrase or len(phrase.split()) > 6:
        return _long_organisation(segment, phrase, lex)
    words = {fold(w) for w in phrase.split()} | {fold(w).rstrip("s") for w in phrase.split()}
    if words & lex.organisations:
        return Mention(segment, role=phrase, organisation=True)
    first = fold(segment.split()[0]).rstrip("'’")
    words = phrase.split()
    if lex.adjectival_names and len(words) <= 3 and all(w.isalpha() and w.islower() for w in words) and words[-1].endswith("s"):
        return Mention(segment, role=phrase)  # "police", "local officials", "witnesses"
    if first in lex.bare_determiners or first in _QUANTIFIERS or fold(segment.split()[0])[:2] in ("l'", "d'"):
        # A group or a thing named by a common noun: "les syndicats", "local media".
        return Mention(segment, role=phrase)
    return None
